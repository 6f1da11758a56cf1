# SPDX-License-Identifier: GPL-2.0-or-later
"""Local servers for the WFS tests: QGIS Server (qgis_mapserver) and a misbehaving HTTP server.

Everything listens on 127.0.0.1 on a free port and is stopped by the test session.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

PREMISES_ROWS = (
    # pid, name, area, x, y
    ("P1", "Hämeenlinnan virastotalo", 1200.5, 360500.0, 6765500.0),
    ("P2", "Åbo ämbetshus", 800.0, 239500.0, 6711500.0),
    ("P3", "Jyväskylän Kööpenhamina-talo", 455.25, 435500.0, 6901500.0),
    ("P4", "Lahden yhteispalvelupiste, Kirkkokatu 12", 950.0, 426500.0, 6762500.0),
)
GRID_COLUMNS = 100
GRID_ORIGIN = (300000.0, 6700000.0)
CELL = 1000.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def grid_cell_origin(index: int):
    return GRID_ORIGIN[0] + (index % GRID_COLUMNS) * CELL, GRID_ORIGIN[1] + (index // GRID_COLUMNS) * CELL


def write_data(path: str, grid_cells: int) -> None:
    """A GeoPackage with the layers premises (points) and grid (square polygons)."""
    from osgeo import ogr, osr

    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    premises = ds.CreateLayer("premises", srs, ogr.wkbPoint, ["FID=fid"])
    for name, kind in (("pid", ogr.OFTString), ("nimi", ogr.OFTString), ("area", ogr.OFTReal)):
        premises.CreateField(ogr.FieldDefn(name, kind))
    for pid, name, area, x, y in PREMISES_ROWS:
        feature = ogr.Feature(premises.GetLayerDefn())
        feature.SetField("pid", pid)
        feature.SetField("nimi", name)
        feature.SetField("area", area)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        premises.CreateFeature(feature)
    grid = ds.CreateLayer("grid", srs, ogr.wkbPolygon, ["FID=fid"])
    grid.CreateField(ogr.FieldDefn("cell", ogr.OFTInteger))
    grid.CreateField(ogr.FieldDefn("vaesto", ogr.OFTInteger))
    ds.StartTransaction()
    for index in range(grid_cells):
        x, y = grid_cell_origin(index)
        feature = ogr.Feature(grid.GetLayerDefn())
        feature.SetField("cell", index)
        feature.SetField("vaesto", index % 97)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON (({x} {y},{x + CELL} {y},{x + CELL} {y + CELL},{x} {y + CELL},{x} {y}))"))
        grid.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None  # noqa: F841


# (grd_id, kunta, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_, x, y): -1 = masked (fewer than 10)
STATFI_CELLS = (
    ("1kmN6762E426", "398", 1520, 740, 780, 210, 950, 360, 426000, 6762000),
    ("1kmN6762E427", "398", 7, -1, -1, -1, -1, -1, 427000, 6762000),
    ("1kmN6763E426", "398", 264, 130, 134, 40, 170, 54, 426000, 6763000),
    ("1kmN6763E427", "398", 3, -1, -1, -1, -1, -1, 427000, 6763000),
    ("1kmN6955E301", "599", 88, 45, 43, 20, 50, 18, 301000, 6955000),
)
# (kunta, nimi, namn, name, xmin, ymin)
STATFI_MUNICIPALITIES = (
    ("398", "Lahti", "Lahtis", "Lahti", 420000, 6755000),
    ("599", "Pedersören kunta", "Pedersöre", "Pedersöre", 295000, 6950000),
    ("508", "Mänttä-Vilppula", "Mänttä-Vilppula", "Mänttä-Vilppula", 360000, 6870000),
)


def write_statfi_data(path: str) -> None:
    """Look-alikes of Statistics Finland's layers vaki2023_1km, kunta1000k_2023 and kunta1000k_2022."""
    from osgeo import ogr, osr

    ds = ogr.Open(path, 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    grid = ds.CreateLayer("vaki2023_1km", srs, ogr.wkbPolygon, ["FID=fid"])
    names = ("grd_id", "kunta", "vaesto", "miehet", "naiset", "ika_0_14", "ika_15_64", "ika_65_")
    for name in names:
        grid.CreateField(ogr.FieldDefn(name, ogr.OFTString if name in ("grd_id", "kunta") else ogr.OFTInteger))
    for row in STATFI_CELLS:
        feature = ogr.Feature(grid.GetLayerDefn())
        for name, value in zip(names, row):
            feature.SetField(name, value)
        x, y = row[-2:]
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON (({x} {y},{x + 1000} {y},{x + 1000} {y + 1000},{x} {y + 1000},{x} {y}))"))
        grid.CreateFeature(feature)
    for year in (2022, 2023):
        layer = ds.CreateLayer(f"kunta1000k_{year}", srs, ogr.wkbMultiPolygon, ["FID=fid"])
        for name in ("kunta", "vuosi", "nimi", "namn", "name"):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "vuosi" else ogr.OFTString))
        for kunta, nimi, namn, name, x, y in STATFI_MUNICIPALITIES:
            feature = ogr.Feature(layer.GetLayerDefn())
            for field_name, value in (("kunta", kunta), ("vuosi", year), ("nimi", nimi), ("namn", namn),
                                      ("name", name)):
                feature.SetField(field_name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"MULTIPOLYGON ((({x} {y},{x + 20000} {y},{x + 20000} {y + 20000},{x} {y + 20000},{x} {y})))"))
            layer.CreateFeature(feature)
    ds = None  # noqa: F841


STATFI_LAYERS = ("vaki2023_1km", "kunta1000k_2023", "kunta1000k_2022")


def write_project(project_path: str, data_path: str, layer_names, short_names=None) -> None:
    """A QGIS project publishing ``layer_names`` of ``data_path`` over WFS (and OGC API Features)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    project = QgsProject()
    ids = []
    for name in layer_names:
        layer = QgsVectorLayer(f"{data_path}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        if short_names and name in short_names:
            layer.setShortName(short_names[name])
        project.addMapLayer(layer)
        ids.append(layer.id())
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3067"))
    project.writeEntry("WFSLayers", "/", ids)
    for layer_id in ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, 8)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "Palveluverkko test server")
    project.writeEntry("WMSCrsList", "/", ["EPSG:3067", "EPSG:4326"])
    assert project.write(project_path)


def _die_with_parent():
    """In the child: get SIGTERM when the test process dies, even if killed (Linux prctl)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class QgisServer:
    """``qgis_mapserver`` serving one project on a free port."""

    def __init__(self, project_path: str, workdir: str):
        self.project_path = project_path
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process = None
        self.oapif = False

    def oapif_url(self) -> str:
        """The OGC API Features landing page, or skip when QGIS Server has no wfs3 module."""
        if not self.oapif:
            pytest.skip("QGIS Server's OGC API Features module (qgis-server-wfs3) is not installed")
        return self.url + "wfs3"

    def start(self, timeout: float = 30.0):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_SERVER_LOG_LEVEL="2",
                   QGIS_SERVER_API_WFS3_MAX_LIMIT="10000", HOME=self.workdir)
        self.log = open(os.path.join(self.workdir, "qgis_mapserver.log"), "wb")
        self.process = subprocess.Popen(
            [shutil.which("qgis_mapserver") or "qgis_mapserver", "-p", self.project_path, f"127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=self.workdir, preexec_fn=_die_with_parent,
        )
        deadline = time.time() + timeout
        probe = self.url + "?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.1.0"
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"qgis_mapserver exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(probe, timeout=5) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("qgis_mapserver did not start")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
            self.log.close()


# -- the misbehaving server -----------------------------------------------------------------
CAPABILITIES_110 = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs"
 xmlns:ows="http://www.opengis.net/ows" xmlns:xlink="http://www.w3.org/1999/xlink">
 <ows:ServiceIdentification><ows:Title>Misbehaving test service</ows:Title>
  <ows:ServiceType>WFS</ows:ServiceType><ows:ServiceTypeVersion>1.1.0</ows:ServiceTypeVersion>
 </ows:ServiceIdentification>
 <ows:OperationsMetadata>
  <ows:Operation name="GetFeature"><ows:DCP><ows:HTTP><ows:Get xlink:href="{base}"/></ows:HTTP></ows:DCP>
   <ows:Parameter name="resultType"><ows:Value>results</ows:Value><ows:Value>hits</ows:Value></ows:Parameter>
  </ows:Operation>
  <ows:Operation name="DescribeFeatureType"><ows:DCP><ows:HTTP><ows:Get xlink:href="{base}"/></ows:HTTP>
  </ows:DCP></ows:Operation>
 </ows:OperationsMetadata>
 <wfs:FeatureTypeList>
  <wfs:FeatureType xmlns:pv="http://example.org/pv"><wfs:Name>pv:toimipaikat</wfs:Name>
   <wfs:Title>Toimipaikat – lokaler</wfs:Title><wfs:DefaultSRS>urn:ogc:def:crs:EPSG::3067</wfs:DefaultSRS>
   <wfs:OtherSRS>urn:ogc:def:crs:EPSG::4326</wfs:OtherSRS>
   <ows:WGS84BoundingBox><ows:LowerCorner>19 59</ows:LowerCorner><ows:UpperCorner>32 70</ows:UpperCorner>
   </ows:WGS84BoundingBox>
  </wfs:FeatureType>
 </wfs:FeatureTypeList>
</wfs:WFS_Capabilities>
"""

DESCRIBE_110 = """<?xml version="1.0" encoding="UTF-8"?>
<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:gml="http://www.opengis.net/gml"
 xmlns:pv="http://example.org/pv" targetNamespace="http://example.org/pv" elementFormDefault="qualified">
 <import namespace="http://www.opengis.net/gml" schemaLocation="http://schemas.opengis.net/gml/3.1.1/base/gml.xsd"/>
 <complexType name="toimipaikatType"><complexContent><extension base="gml:AbstractFeatureType"><sequence>
  <element name="tunnus" type="string" minOccurs="0"/>
  <element name="nimi" type="string" minOccurs="0"/>
  <element name="geom" type="gml:PointPropertyType" minOccurs="0"/>
 </sequence></extension></complexContent></complexType>
 <element name="toimipaikat" type="pv:toimipaikatType" substitutionGroup="gml:_Feature"/>
</schema>
"""

EMPTY_COLLECTION = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml"
 xmlns:pv="http://example.org/pv" numberOfFeatures="0">
</wfs:FeatureCollection>
"""

EXCEPTION_REPORT = """<?xml version="1.0" encoding="UTF-8"?>
<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.1.0">
 <ows:Exception exceptionCode="NoApplicableCode">
  <ows:ExceptionText>{text}</ows:ExceptionText>
 </ows:Exception>
</ows:ExceptionReport>
"""

MODES = ("http500", "exception", "hang", "truncated", "getfeature500", "getfeature_exception", "empty", "stall",
         "html", "json", "oapif")
STALLED_FEATURES = "".join(
    f'<gml:featureMember><pv:toimipaikat gml:id="t.{i}"><pv:tunnus>{i:03d}</pv:tunnus><pv:nimi>Piste {i}</pv:nimi>'
    f'<pv:geom><gml:Point srsName="EPSG:3067"><gml:pos>{380000 + i} 6700000</gml:pos></gml:Point></pv:geom>'
    "</pv:toimipaikat></gml:featureMember>\n" for i in range(200))
MESSAGE_500 = "Tietokantayhteys katkesi (database connection lost)"
MESSAGE_EXCEPTION = "Palvelu on huoltotauolla: service under maintenance"
MESSAGE_GETFEATURE = "Query timeout in backend: kysely kesti liian kauan"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Misbehaving/1.0"

    def log_message(self, *args):  # silence
        pass

    def _send(self, status: int, body: str, content_type: str = "text/xml; charset=utf-8"):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stall(self, body: str):
        """Send half of ``body`` and then nothing until the test ends (a server stuck mid-answer)."""
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.wfile.flush()
        self.server.release.wait(30)

    def _oapif(self, rest, base):
        """Landing page, /collections and /collections/pisteet/items of a minimal OGC API Features service."""
        if rest == ["collections"]:
            body = {"collections": [{"id": "pisteet", "title": "Pisteet – punkter", "links": [],
                                     "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]}], "links": []}
        elif rest[:1] == ["collections"] and rest[2:] == ["items"]:
            body = {"type": "FeatureCollection", "links": [], "numberMatched": 3, "features": [
                {"type": "Feature", "id": f"p{i}", "properties": {"nimi": f"Piste ä{i}", "arvo": i},
                 "geometry": {"type": "Point", "coordinates": [25.0 + i / 10, 61.0]}} for i in range(3)]}
        elif rest == ["collections", "pisteet"]:
            body = {"id": "pisteet", "title": "Pisteet – punkter", "itemType": "feature",
                    "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
                    "extent": {"spatial": {"bbox": [[25.0, 61.0, 25.2, 61.0]]}},
                    "links": [{"rel": "items", "type": "application/geo+json",
                               "href": base + "/collections/pisteet/items"}]}
        elif rest[:1] == ["collections"]:
            return self._send(404, '{"description": "no such collection"}', "application/json")
        elif rest == ["api"]:
            body = {"openapi": "3.0.2", "info": {"title": "Pieni OGC API", "version": "1"}, "paths": {}}
        elif rest == ["conformance"]:
            body = {"conformsTo": ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                                   "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"]}
        else:
            body = {"title": "Pieni OGC API", "links": [
                {"rel": "self", "type": "application/json", "href": base},
                {"rel": "conformance", "type": "application/json", "href": base + "/conformance"},
                {"rel": "data", "type": "application/json", "href": base + "/collections"},
                {"rel": "service-desc", "type": "application/vnd.oai.openapi+json;version=3.0", "href": base + "/api"}]}
        import json

        return self._send(200, json.dumps(body), "application/json")

    def do_GET(self):  # noqa: N802
        parts = urlsplit(self.path)
        mode = parts.path.strip("/").split("/")[0]
        query = {k.upper(): v[0] for k, v in parse_qs(parts.query).items()}
        request = query.get("REQUEST", "").lower()
        base = f"http://127.0.0.1:{self.server.server_address[1]}/{mode}/wfs"
        self.server.requests.append((mode, request, query))
        if mode == "http500":
            return self._send(500, f"<html><body><h1>Internal Server Error</h1><p>{MESSAGE_500}</p></body></html>",
                              "text/html; charset=utf-8")
        if mode == "exception":
            return self._send(200, EXCEPTION_REPORT.format(text=MESSAGE_EXCEPTION))
        if mode == "oapif":  # a small OGC API Features service that answers its landing page to anything else
            return self._oapif(parts.path.rstrip("/").split("/")[3:], base)
        if mode == "html":  # a web page, not a service
            return self._send(200, "<!DOCTYPE html><html><head><title>Palvelut</title></head><body><h1>Tervetuloa"
                                   "</h1></body></html>", "text/html; charset=utf-8")
        if mode == "json":  # JSON, but no OGC API Features
            return self._send(200, '{"title": "Rajapinnat", "links": []}', "application/json")
        if mode == "hang":
            self.server.release.wait(30)
            return self._send(200, CAPABILITIES_110.format(base=base))
        if mode == "truncated":
            text = CAPABILITIES_110.format(base=base)
            return self._send(200, text[: len(text) // 2])
        if mode == "stall" and request == "getfeature":
            return self._stall(EMPTY_COLLECTION.replace("</wfs:FeatureCollection>", STALLED_FEATURES +
                                                         "</wfs:FeatureCollection>"))
        if mode in ("getfeature500", "getfeature_exception", "empty", "stall"):
            if request == "getcapabilities":
                return self._send(200, CAPABILITIES_110.format(base=base))
            if request == "describefeaturetype":
                return self._send(200, DESCRIBE_110)
            if request == "getfeature":
                if mode == "empty":
                    return self._send(200, EMPTY_COLLECTION)
                if query.get("RESULTTYPE", "").lower() == "hits":
                    return self._send(200, EMPTY_COLLECTION.replace('numberOfFeatures="0"',
                                                                    'numberOfFeatures="25"'))
                if mode == "getfeature500":
                    return self._send(500, f"Internal Server Error: {MESSAGE_GETFEATURE}", "text/plain")
                return self._send(200, EXCEPTION_REPORT.format(text=MESSAGE_GETFEATURE))
        return self._send(404, "Not found", "text/plain")


class LoopbackServer:
    """A threaded HTTP server on a free port of 127.0.0.1 with ``handler``; ``requests`` lists what it got."""

    def __init__(self, handler):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
        self.httpd.daemon_threads = True
        self.httpd.requests = []
        self.httpd.release = threading.Event()  # lets a handler that waits go on
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def requests(self):
        return self.httpd.requests

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class MisbehavingServer(LoopbackServer):
    """An HTTP server whose first path segment chooses how it misbehaves (see ``MODES``)."""

    def __init__(self):
        super().__init__(_Handler)

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mode}/wfs"


# -- pytest fixtures (imported by conftest.py) ----------------------------------------------
GRID_CELLS = 6000


@pytest.fixture(scope="session")
def qgis_wfs_server(qgis_app, tmp_path_factory):
    """QGIS Server publishing premises (4 points, ä/ö/å names), grid (6,000 squares) and Statistics
    Finland look-alikes (any URL path works: /vaestoruutu/wfs, /tilastointialueet/wfs)."""
    if shutil.which("qgis_mapserver") is None:
        pytest.skip("qgis_mapserver (qgis-server-bin) is not installed")
    folder = tmp_path_factory.mktemp("qgis_server")
    data = str(folder / "data.gpkg")
    project = str(folder / "project.qgs")
    write_data(data, GRID_CELLS)
    write_statfi_data(data)
    # No empty layer: QGIS Server 3.22's OGC API answers HTTP 500 to /collections when a layer has no extent.
    write_project(project, data, ("premises", "grid", *STATFI_LAYERS))
    server = QgisServer(project, str(folder)).start()
    try:
        with urllib.request.urlopen(server.url + "wfs3/collections.json", timeout=10) as answer:
            server.oapif = answer.status == 200
    except OSError:
        server.oapif = False
    yield server
    server.stop()


@pytest.fixture(scope="session")
def misbehaving_server():
    server = MisbehavingServer().start()
    yield server
    server.stop()


@pytest.fixture
def short_network_timeout():
    """QGIS's network timeout set to 1.5 s for the test."""
    from qgis.core import QgsNetworkAccessManager

    previous = QgsNetworkAccessManager.timeout()
    if previous == 1500:  # left behind by a run that was killed inside this fixture: QGIS stores the setting
        previous = 60000
    QgsNetworkAccessManager.setTimeout(1500)
    try:
        yield 1500
    finally:
        QgsNetworkAccessManager.setTimeout(previous)
