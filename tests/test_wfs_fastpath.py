# SPDX-License-Identifier: GPL-2.0-or-later
"""The fast path of fetchwfs (core/wfs_pages.py: our own requests parsed by GDAL) against QGIS's provider.

Same features, attributes and geometries as the provider path on QGIS Server (WFS 1.0.0, 1.1.0, OGC API
Features), page boundaries, axis order of EPSG:4326 layers, the authentication configuration on every
request, and the fallback to the provider.
"""
from __future__ import annotations

import base64
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import wfs_servers as servers
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsRectangle,
    QgsReferencedRectangle,
)

pytestmark = pytest.mark.server


class ListSink:
    """A sink keeping copies of what it gets."""

    def __init__(self):
        self.features = []

    def addFeatures(self, features, flags=None):  # noqa: N802 - QgsFeatureSink API
        self.features.extend(QgsFeature(f) for f in features)
        return True


def fetch(url, typename, version="1.1.0", **options):
    """(FetchResult, [(attributes, WKT)], (field names and types), wkb type, CRS) of one fetch into a list."""
    from palveluverkko.core.sources import fetch as wfs_fetch

    sink = ListSink()
    made = {}

    def make_sink(fields, wkb_type, crs):
        made.update(fields=[(f.name(), f.type()) for f in fields], wkb=wkb_type, crs=crs.authid())
        return sink

    result = wfs_fetch.fetch(wfs_fetch.FetchRequest(url, typename, version, **options), make_sink)
    rows = [(f.attributes(), f.geometry().asWkt(9) if f.hasGeometry() else None) for f in sink.features]
    return result, rows, made


def by_key(rows):
    return sorted(rows, key=lambda row: [str(v) for v in row[0]])


def url_of(server, version):
    return server.oapif_url() if version == "OAPIF" else server.url


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0", "OAPIF"])
@pytest.mark.parametrize("typename", ["premises", "grid", "kunta1000k_2023", "vaki2023_1km"])
def test_fast_path_equals_the_provider(qgis_wfs_server, version, typename):
    url = url_of(qgis_wfs_server, version)
    fast, fast_rows, fast_schema = fetch(url, typename, version)
    slow, slow_rows, slow_schema = fetch(url, typename, version, method="provider")
    assert (fast.method, slow.method) == ("pages", "provider")
    assert fast_schema == slow_schema
    assert fast.count == slow.count == len(fast_rows) > 0
    assert by_key(fast_rows) == by_key(slow_rows)


@pytest.mark.parametrize("version", ["1.1.0", "OAPIF"])
@pytest.mark.parametrize("page_size, limit", [
    (2999, 0), (3000, 0), (3001, 0), (5999, 0), (6000, 0), (6001, 0), (1000, 2999), (1000, 3000), (1000, 3001),
    (3000, 2999), (3000, 3001)])
def test_page_boundaries(qgis_wfs_server, version, page_size, limit):
    result, rows, _schema = fetch(url_of(qgis_wfs_server, version), "grid", version, page_size=page_size,
                                  max_features=limit)
    expected = limit or servers.GRID_CELLS
    assert result.method == "pages" and result.count == expected == len(rows)
    index = [name for name, _type in _schema["fields"]].index("cell")
    cells = sorted(row[0][index] for row in rows)
    assert cells == list(range(expected))  # each once, in the server's order up to the limit


def test_two_requests_for_a_large_layer_and_one_for_a_small_one(qgis_wfs_server, monkeypatch):
    from palveluverkko.core.sources import pages as wfs_pages
    from palveluverkko.core.sources import paging

    urls = []
    real = wfs_pages.Download.__init__

    def spy(self, url, *args, **kwargs):
        urls.append(url)
        real(self, url, *args, **kwargs)

    monkeypatch.setattr(wfs_pages.Download, "__init__", spy)
    monkeypatch.setattr(paging, "FIRST_PAGE", 3600)
    result, rows, schema = fetch(qgis_wfs_server.url, "grid")
    assert result.count == len(rows) == servers.GRID_CELLS
    cells = [name for name, _type in schema["fields"]].index("cell")
    assert sorted(row[0][cells] for row in rows) == list(range(servers.GRID_CELLS))
    # the first 3,600, a one-feature probe of STARTINDEX, then all the rest in one answer
    assert [(u.split("MAXFEATURES=")[1].split("&")[0] if "MAXFEATURES=" in u else None,
             u.split("STARTINDEX=")[1].split("&")[0] if "STARTINDEX=" in u else None) for u in urls] == [
        ("3600", None), ("1", "1"), (None, "3600")]
    urls.clear()
    result, rows, _schema = fetch(qgis_wfs_server.url, "premises")
    # the first answer was shorter than asked, but the server's maximum is not known: one more (empty) answer
    assert result.count == len(servers.PREMISES_ROWS) and result.complete
    assert len(urls) == 2 and "STARTINDEX" not in urls[0] and f"STARTINDEX={len(servers.PREMISES_ROWS)}" in urls[1]


def test_extent_and_target_crs_match_the_provider(qgis_wfs_server):
    extent = QgsReferencedRectangle(QgsRectangle(23.45, 60.47, 23.52, 60.51),
                                    QgsCoordinateReferenceSystem("EPSG:4326"))
    target = QgsCoordinateReferenceSystem("EPSG:3857")
    for version in ("1.0.0", "1.1.0", "OAPIF"):
        url = url_of(qgis_wfs_server, version)
        fast, fast_rows, _s = fetch(url, "grid", version, extent=extent, target_crs=target)
        slow, slow_rows, _s = fetch(url, "grid", version, extent=extent, target_crs=target, method="provider")
        assert fast.method == "pages" and fast.count == slow.count > 10
        assert by_key(fast_rows) == by_key(slow_rows)


def test_fallback_to_the_provider_when_gdal_cannot_read_the_answer(qgis_wfs_server, monkeypatch):
    from palveluverkko.core.sources import pages as wfs_pages

    def unreadable(self, path, geojson):
        raise wfs_pages.UnreadableError(path)

    monkeypatch.setattr(wfs_pages.PageReader, "open", unreadable)
    result, rows, _schema = fetch(qgis_wfs_server.url, "premises")
    assert result.method == "provider" and result.count == len(rows) == len(servers.PREMISES_ROWS)


def test_temporary_files_are_removed(qgis_wfs_server, monkeypatch, tmp_path):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    fetch(qgis_wfs_server.url, "grid", page_size=2500)
    assert os.listdir(tmp_path) == []


# -- EPSG:4326 (latitude first in WFS 1.1.0 URNs) ------------------------------------------------------
WGS84_POINTS = (("A", 24.9384, 60.1699), ("B", 22.2666, 60.4518), ("C", 29.7636, 62.6010))


@pytest.fixture(scope="module")
def wgs84_server(qgis_app, tmp_path_factory):
    import shutil

    if shutil.which("qgis_mapserver") is None:
        pytest.skip("qgis_mapserver (qgis-server-bin) is not installed")
    folder = tmp_path_factory.mktemp("qgis_server_4326")
    data = str(folder / "data.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(data)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("paikat", srs, ogr.wkbPoint, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn("tunnus", ogr.OFTString))
    for name, lon, lat in WGS84_POINTS:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("tunnus", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
        layer.CreateFeature(feature)
    ds = None  # noqa: F841
    project = str(folder / "project.qgs")
    servers.write_project(project, data, ("paikat",))
    server = servers.QgisServer(project, str(folder)).start()
    yield server
    server.stop()


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_axis_order_of_epsg_4326(wgs84_server, version):
    fast, fast_rows, schema = fetch(wgs84_server.url, "paikat", version, target_crs=QgsCoordinateReferenceSystem(
        "EPSG:4326"))
    slow, slow_rows, _s = fetch(wgs84_server.url, "paikat", version, method="provider",
                                target_crs=QgsCoordinateReferenceSystem("EPSG:4326"))
    assert fast.method == "pages" and schema["crs"] == "EPSG:4326"
    assert by_key(fast_rows) == by_key(slow_rows)
    names = [name for name, _type in schema["fields"]]
    got = {row[0][names.index("tunnus")]: ogr.CreateGeometryFromWkt(row[1]) for row in fast_rows}
    for name, lon, lat in WGS84_POINTS:
        assert (got[name].GetX(), got[name].GetY()) == (pytest.approx(lon, abs=1e-7), pytest.approx(lat, abs=1e-7))


# -- the authentication configuration ---------------------------------------------------------------
USER, PASSWORD = "planner", "Sal@isuus ÅÄÖ"
GETFEATURE_110 = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml"
 xmlns:pv="http://example.org/pv">
 <gml:featureMember><pv:toimipaikat gml:id="toimipaikat.1"><pv:tunnus>0120</pv:tunnus><pv:nimi>Kärsämäki</pv:nimi>
  <pv:geom><gml:Point srsName="urn:ogc:def:crs:EPSG::3067"><gml:pos>430000 7100000</gml:pos></gml:Point></pv:geom>
 </pv:toimipaikat></gml:featureMember>
 <gml:featureMember><pv:toimipaikat gml:id="toimipaikat.2"><pv:tunnus>007</pv:tunnus><pv:nimi>Närpes</pv:nimi>
  <pv:geom><gml:Point srsName="urn:ogc:def:crs:EPSG::3067"><gml:pos>215000 6960000</gml:pos></gml:Point></pv:geom>
 </pv:toimipaikat></gml:featureMember>
</wfs:FeatureCollection>
"""


class _AuthHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        query = {k.upper(): v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        request = query.get("REQUEST", "").lower()
        header = self.headers.get("Authorization", "")
        self.server.seen.append((request, header))
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode("ascii")
        if header != expected:
            body, status, extra = b"Authentication required", 401, [("WWW-Authenticate", 'Basic realm="pv"')]
        else:
            base = f"http://127.0.0.1:{self.server.server_address[1]}/wfs"
            text = {"getcapabilities": servers.CAPABILITIES_110.format(base=base),
                    "describefeaturetype": servers.DESCRIBE_110, "getfeature": GETFEATURE_110}.get(request)
            if query.get("RESULTTYPE", "").lower() == "hits":
                text = servers.EMPTY_COLLECTION.replace('numberOfFeatures="0"', 'numberOfFeatures="2"')
            if request == "getfeature" and self.server.truncate and text:
                text = text[: len(text) // 2]  # the connection's end: the answer stops half-way
            body, status, extra = (text or "").encode("utf-8"), 200 if text else 404, []
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def auth_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", servers.free_port()), _AuthHandler)
    httpd.daemon_threads = True
    httpd.seen = []
    httpd.truncate = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def basic_authcfg(qgis_app):
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("palveluverkko-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("palveluverkko test")
    config.setConfig("username", USER)
    config.setConfig("password", PASSWORD)
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    config_id = config.id() if not isinstance(stored, tuple) else stored[1].id()
    yield config_id
    manager.removeAuthenticationConfig(config_id)


def test_authcfg_is_sent_with_every_request(auth_server, basic_authcfg):
    url = f"http://127.0.0.1:{auth_server.server_address[1]}/wfs"
    result, rows, schema = fetch(url, "pv:toimipaikat", authcfg=basic_authcfg)
    assert result.method == "pages" and result.count == 2
    names = [name for name, _type in schema["fields"]]
    assert sorted((row[0][names.index("tunnus")], row[0][names.index("nimi")], row[1]) for row in rows) == [
        ("007", "Närpes", "Point (215000 6960000)"), ("0120", "Kärsämäki", "Point (430000 7100000)")]
    requests = [request for request, _header in auth_server.seen]
    assert "getfeature" in requests and "describefeaturetype" in requests
    assert all(header.startswith("Basic ") for _request, header in auth_server.seen)


def test_without_the_authcfg_the_server_refuses(auth_server):
    from palveluverkko.core.sources import wfs

    url = f"http://127.0.0.1:{auth_server.server_address[1]}/wfs"
    with pytest.raises(wfs.WfsError, match="HTTP 401"):
        fetch(url, "pv:toimipaikat")


def test_without_a_schema_text_stays_text(auth_server, basic_authcfg, monkeypatch):
    """GDAL guessing the types from the data must not turn '007' into 7: all text, then the provider's types."""
    from palveluverkko.core.sources import pages as wfs_pages

    monkeypatch.setattr(wfs_pages.PagedFetch, "_schema", lambda self: "")
    url = f"http://127.0.0.1:{auth_server.server_address[1]}/wfs"
    result, rows, schema = fetch(url, "pv:toimipaikat", authcfg=basic_authcfg)
    names = [name for name, _type in schema["fields"]]
    assert result.method == "pages"
    assert sorted(row[0][names.index("tunnus")] for row in rows) == ["007", "0120"]


def test_an_answer_cut_off_half_way_is_an_error(auth_server, basic_authcfg):
    from palveluverkko.core.sources import wfs

    auth_server.truncate = True
    url = f"http://127.0.0.1:{auth_server.server_address[1]}/wfs"
    with pytest.raises(wfs.WfsError, match="cut off"):
        fetch(url, "pv:toimipaikat", authcfg=basic_authcfg)
