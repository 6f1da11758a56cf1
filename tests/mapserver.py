# SPDX-License-Identifier: GPL-2.0-or-later
"""MapServer 8 (Debian's ``cgi-mapserver``) as a third-party WFS for the tests.

A small HTTP server on 127.0.0.1 runs ``mapserv`` as CGI for every request. The
first path segment chooses the set-up:

- ``/nm/``: answers capped at ``PAGE`` features, ``wfs_compute_number_matched`` on;
- ``/plain/``: capped at ``PAGE``, ``numberMatched="unknown"`` (MapServer's default);
- ``/nopaging/``: like ``plain`` but STARTINDEX is dropped from every request and the
  capabilities say the server does not implement paging (a capped server without paging).

Layers: ``points`` (``POINTS`` generated points: integer ``id``, text ``code`` with leading
zeros, ``name`` with ä/ö/å, float ``value``) and ``squares`` (``SQUARES`` polygons).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from wfs_servers import LoopbackServer

PAGE = 100  # features per answer at most (wfs_maxfeatures)
POINTS = 1234  # more than ten pages
SQUARES = 250
ORIGIN = (380000.0, 6700000.0)
NAMES = ("Äänekoski", "Öja", "Åland", "Kemiönsaari", "Pietarsaari")
SETUPS = ("nm", "plain", "nopaging")


def point_row(i: int):
    """(id, code, name, value, x, y) of point ``i``: a 37 x n lattice, 250 m apart."""
    x = ORIGIN[0] + (i % 37) * 250.0 + 0.125
    y = ORIGIN[1] + (i // 37) * 250.0 + 0.375
    return i + 1, f"{i:05d}", f"{NAMES[i % len(NAMES)]} {i}", round(i * 1.5 + 0.25, 4), x, y


def square_row(i: int):
    """(id, code, name, value, xmin, ymin) of square ``i`` (1 km, in a 20 x n lattice)."""
    return i + 1, f"{i:04d}", f"Ruutu {NAMES[i % len(NAMES)]}", i * 0.5, ORIGIN[0] + (i % 20) * 1000.0, \
        ORIGIN[1] + (i // 20) * 1000.0


def write_data(path: str, points: int = POINTS, squares: int = SQUARES) -> None:
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    for name, kind, count in (("points", ogr.wkbPoint, points), ("squares", ogr.wkbPolygon, squares)):
        layer = ds.CreateLayer(name, srs, kind, ["FID=fid"])
        for field, ftype in (("id", ogr.OFTInteger), ("code", ogr.OFTString), ("name", ogr.OFTString),
                             ("value", ogr.OFTReal)):
            layer.CreateField(ogr.FieldDefn(field, ftype))
        layer.StartTransaction()
        for i in range(count):
            feature = ogr.Feature(layer.GetLayerDefn())
            if name == "points":
                fid, code, label, value, x, y = point_row(i)
                wkt = f"POINT ({x} {y})"
            else:
                fid, code, label, value, x, y = square_row(i)
                wkt = f"POLYGON (({x} {y},{x + 1000} {y},{x + 1000} {y + 1000},{x} {y + 1000},{x} {y}))"
            for field, v in (("id", fid), ("code", code), ("name", label), ("value", value)):
                feature.SetField(field, v)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    ds = None  # noqa: F841


MAPFILE = """MAP
  NAME "palveluverkko_test"
  EXTENT 300000 6600000 500000 6800000
  PROJECTION "init=epsg:3067" END
  WEB
    METADATA
      "wfs_title" "Palveluverkko MapServer test ({setup})"
      "wfs_onlineresource" "{url}"
      "wfs_srs" "EPSG:3067 EPSG:4326"
      "wfs_enable_request" "*"
      "wfs_maxfeatures" "{page}"
      {number_matched}
    END
  END
{layers}END
"""
LAYER = """  LAYER
    NAME "{name}"
    TYPE {kind}
    STATUS ON
    CONNECTIONTYPE OGR
    CONNECTION "{data}"
    DATA "{name}"
    PROJECTION "init=epsg:3067" END
    METADATA
      "wfs_title" "{name}"
      "wfs_srs" "EPSG:3067"
      "gml_include_items" "all"
      "gml_types" "auto"
      "gml_featureid" "id"
      "wfs_getfeature_formatlist" "gml3"
    END
  END
"""


def write_setup(folder: str, data: str, setup: str, url: str, page: int = PAGE) -> str:
    """The mapfile and MapServer 8 config file of ``setup``; the config file's path."""
    layers = "".join(LAYER.format(name=name, kind=kind, data=data)
                     for name, kind in (("points", "POINT"), ("squares", "POLYGON")))
    number_matched = '"wfs_compute_number_matched" "true"' if setup == "nm" else ""
    mapfile = os.path.join(folder, f"{setup}.map")
    with open(mapfile, "w", encoding="utf-8") as stream:
        stream.write(MAPFILE.format(setup=setup, url=url, page=page, number_matched=number_matched,
                                    layers=layers))
    config = os.path.join(folder, f"{setup}.conf")
    with open(config, "w", encoding="utf-8") as stream:
        stream.write(f'CONFIG\n  ENV\n    MS_MAPFILE "{mapfile}"\n  END\nEND\n')
    return config


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        parts = urlsplit(self.path)
        setup = parts.path.strip("/").split("/")[0]
        if setup not in SETUPS:
            return self._send(404, b"Not found", "text/plain")
        query = parse_qsl(parts.query, keep_blank_values=True)
        if setup == "nopaging":
            query = [(k, v) for k, v in query if k.upper() != "STARTINDEX"]
        self.server.requests.append((setup, dict((k.upper(), v) for k, v in query)))
        env = dict(os.environ, REQUEST_METHOD="GET", QUERY_STRING=urlencode(query), SERVER_NAME="127.0.0.1",
                   SERVER_PORT=str(self.server.server_address[1]), SCRIPT_NAME=f"/{setup}/wfs",
                   MAPSERVER_CONFIG_FILE=self.server.configs[setup])
        done = subprocess.run([self.server.mapserv], env=env, capture_output=True, timeout=120)
        head, _sep, body = done.stdout.partition(b"\r\n\r\n")
        if not _sep:
            head, _sep, body = done.stdout.partition(b"\n\n")
        content_type = "text/xml"
        for line in head.decode("latin-1").splitlines():
            if line.lower().startswith("content-type:"):
                content_type = line.split(":", 1)[1].strip()
        if setup == "nopaging" and b"WFS_Capabilities" in body[:2000]:
            body = re.sub(rb'(name="ImplementsResultPaging">\s*<ows:NoValues/>\s*<ows:DefaultValue>)TRUE',
                          rb"\1FALSE", body)
        return self._send(200, body, content_type)

    def _send(self, status: int, body: bytes, content_type: str):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class MapServer(LoopbackServer):
    """MapServer 8 as CGI behind a local HTTP server; ``url(setup)`` is a WFS service address."""

    def __init__(self, folder: str, points: int = POINTS, page: int = PAGE):
        super().__init__(_Handler)
        self.httpd.mapserv = shutil.which("mapserv")
        data = os.path.join(folder, "data.gpkg")
        write_data(data, points)
        self.httpd.configs = {setup: write_setup(folder, data, setup, self.url(setup), page) for setup in SETUPS}

    def url(self, setup: str) -> str:
        return f"http://127.0.0.1:{self.port}/{setup}/wfs?"


@pytest.fixture(scope="session")
def mapserver(tmp_path_factory):
    """MapServer 8 serving ``points`` and ``squares`` (see the module docstring)."""
    if shutil.which("mapserv") is None:
        pytest.skip("MapServer (cgi-mapserver) is not installed: apt-get install cgi-mapserver mapserver-bin")
    server = MapServer(str(tmp_path_factory.mktemp("mapserver"))).start()
    yield server
    server.stop()
