# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:fetchwfs and core/wfs against real servers on 127.0.0.1 (QGIS Server and a misbehaving one)."""
from __future__ import annotations

import os

import pytest
import wfs_servers as servers
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

pytestmark = pytest.mark.server

ALG = "palveluverkko:fetchwfs"


def run(params, feedback=None):
    import processing

    return processing.run(ALG, params, feedback=feedback or QgsProcessingFeedback())


def read(path):
    """(attributes dict, geometry WKT) of every feature of the single layer in ``path``, ordered by fid."""
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    rows = [(f.items(), f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else None) for f in layer]
    srs = layer.GetSpatialRef()
    epsg = srs.GetAuthorityCode(None) if srs else None
    return rows, epsg


def fetch_params(server_url, typename, tmp_path, **extra):
    params = {"URL": server_url, "TYPENAME": typename, "VERSION": "1.1.0", "OUTPUT": str(tmp_path / "out.gpkg")}
    params.update(extra)
    return params


# -- pure helpers ----------------------------------------------------------------------------
def test_redact_hides_credentials_and_keys():
    from palveluverkko.core.sources.wfs import redact

    text = "Error transferring https://ann:s3cret@example.org/wfs?api-key=ABC123&SERVICE=WFS&token=xyz - 500"
    assert redact(text) == "Error transferring https://***@example.org/wfs?api-key=***&SERVICE=WFS&token=*** - 500"


def test_server_message_reads_html_json_and_ogc_exceptions():
    from palveluverkko.core.sources.wfs import server_message

    assert server_message(b"<html><head><title>x</title></head><body><h1>Bad</h1><p>No  luck</p></body></html>") \
        == "Bad No luck"
    assert server_message(b'[{"code":"NotFound","description":"Collection nosuch was not found"}]') \
        == "NotFound: Collection nosuch was not found"
    report = servers.EXCEPTION_REPORT.format(text="Ääkköset toimivat").encode("utf-8")
    assert server_message(report) == "Ääkköset toimivat"


def test_service_url_drops_request_parameters_but_keeps_others():
    from palveluverkko.core.sources.wfs import crs_authid, service_url

    assert service_url("https://geo.stat.fi/geoserver/vaestoruutu/wfs?service=WFS&request=GetCapabilities"
                       "&version=2.0.0") == "https://geo.stat.fi/geoserver/vaestoruutu/wfs"
    assert service_url("http://h/ows?MAP=/srv/p.qgs&REQUEST=GetCapabilities") == "http://h/ows?MAP=/srv/p.qgs"
    assert crs_authid("urn:ogc:def:crs:EPSG::3067") == "EPSG:3067"
    assert crs_authid("http://www.opengis.net/def/crs/EPSG/9.6.2/3879") == "EPSG:3879"
    assert crs_authid("http://www.opengis.net/def/crs/OGC/1.3/CRS84") == "OGC:CRS84"


# -- capabilities and counts from QGIS Server --------------------------------------------------
@pytest.mark.parametrize("version, expected", [("auto", "1.1.0"), ("1.0.0", "1.0.0"), ("1.1.0", "1.1.0")])
def test_capabilities_list_the_feature_types(qgis_wfs_server, version, expected):
    from palveluverkko.core.sources import wfs

    service = wfs.get_capabilities(qgis_wfs_server.url + "?SERVICE=WFS&REQUEST=GetCapabilities", version)
    assert service.version == expected
    assert sorted(t.name for t in service.feature_types) == sorted(["grid", "premises", *servers.STATFI_LAYERS])
    assert {t.crs for t in service.feature_types} == {"EPSG:3067"}
    assert service.supports_hits is (expected != "1.0.0")


def test_capabilities_of_ogc_api_features(qgis_wfs_server):
    from palveluverkko.core.sources import wfs

    service = wfs.get_capabilities(qgis_wfs_server.oapif_url(), "OAPIF")
    assert service.version == "OAPIF"
    assert sorted(t.name for t in service.feature_types) == sorted(["grid", "premises", *servers.STATFI_LAYERS])
    assert wfs.feature_count(service, "grid") == servers.GRID_CELLS


def test_feature_count_with_hits(qgis_wfs_server):
    from palveluverkko.core.sources import wfs

    service = wfs.get_capabilities(qgis_wfs_server.url, "1.1.0")
    assert wfs.feature_count(service, "grid") == servers.GRID_CELLS
    assert wfs.feature_count(service, "premises") == len(servers.PREMISES_ROWS)
    assert wfs.feature_count(service, "grid", bbox=(303200.0, 6710100.0, 307800.0, 6713900.0)) == 20


# -- fetching ----------------------------------------------------------------------------------
@pytest.mark.parametrize("version", ["1.0.0", "1.1.0", "auto", "OAPIF"])
def test_premises_round_trip_with_scandinavian_letters(qgis_wfs_server, provider, tmp_path, version):
    url = qgis_wfs_server.oapif_url() if version == "OAPIF" else qgis_wfs_server.url
    result = run(fetch_params(url, "premises", tmp_path, VERSION=version))
    assert result["FEATURE_COUNT"] == len(servers.PREMISES_ROWS)
    rows, epsg = read(result["OUTPUT"])
    assert epsg == "3067"
    got = sorted((a["pid"], a["nimi"], a["area"]) for a, _g in rows)
    assert got == sorted((pid, name, area) for pid, name, area, _x, _y in servers.PREMISES_ROWS)
    tolerance = 0.5 if version == "OAPIF" else 1e-6  # OAPIF travels in WGS84 with 6 decimals
    by_id = {a["pid"]: ogr.CreateGeometryFromWkt(g) for a, g in rows}
    for pid, _name, _area, x, y in servers.PREMISES_ROWS:
        assert by_id[pid].GetX() == pytest.approx(x, abs=tolerance)
        assert by_id[pid].GetY() == pytest.approx(y, abs=tolerance)


@pytest.mark.parametrize("version", ["1.1.0", "OAPIF"])
def test_all_features_of_a_large_layer(qgis_wfs_server, provider, tmp_path, version):
    url = qgis_wfs_server.oapif_url() if version == "OAPIF" else qgis_wfs_server.url
    result = run(fetch_params(url, "grid", tmp_path, VERSION=version))
    assert result["FEATURE_COUNT"] == servers.GRID_CELLS
    rows, _epsg = read(result["OUTPUT"])
    assert sorted(a["cell"] for a, _g in rows) == list(range(servers.GRID_CELLS))
    assert all(a["vaesto"] == a["cell"] % 97 for a, _g in rows)


def expected_cells(xmin, ymin, xmax, ymax, epsg=3067):
    """Cells whose square meets the rectangle, computed independently with OGR."""
    ring = f"{xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}"
    rect = ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))")
    transform = None
    if epsg != 3067:
        source, target = osr.SpatialReference(), osr.SpatialReference()
        source.ImportFromEPSG(3067)
        target.ImportFromEPSG(epsg)
        for srs in (source, target):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, target)
    cells = []
    for index in range(servers.GRID_CELLS):
        x, y = servers.grid_cell_origin(index)
        cell = ogr.CreateGeometryFromWkt(f"POLYGON(({x} {y},{x + 1000} {y},{x + 1000} {y + 1000},{x} {y + 1000},"
                                         f"{x} {y}))")
        if transform is not None:
            cell.Transform(transform)
        if cell.Intersects(rect):
            cells.append(index)
    return cells


def test_extent_returns_exactly_the_features_inside(qgis_wfs_server, provider, tmp_path):
    extent = (303200.0, 6710100.0, 307800.0, 6713900.0)
    result = run(fetch_params(qgis_wfs_server.url, "grid", tmp_path,
                              EXTENT=f"{extent[0]},{extent[2]},{extent[1]},{extent[3]} [EPSG:3067]"))
    rows, _epsg = read(result["OUTPUT"])
    got = sorted(a["cell"] for a, _g in rows)
    assert got == expected_cells(*extent)
    assert len(got) == 5 * 4
    assert result["FEATURE_COUNT"] == 20


def test_extent_in_another_crs_is_exact_too(qgis_wfs_server, provider, tmp_path):
    extent = (23.45, 60.47, 23.52, 60.51)  # longitude/latitude, cuts through cells obliquely in EPSG:3067
    result = run(fetch_params(qgis_wfs_server.url, "grid", tmp_path,
                              EXTENT=f"{extent[0]},{extent[2]},{extent[1]},{extent[3]} [EPSG:4326]"))
    got = sorted(a["cell"] for a, _g in read(result["OUTPUT"])[0])
    assert got == expected_cells(*extent, epsg=4326)
    assert len(got) > 10


def test_max_features_and_target_crs(qgis_wfs_server, provider, tmp_path):
    result = run(fetch_params(qgis_wfs_server.url, "grid", tmp_path, MAX_FEATURES=25, TARGET_CRS="EPSG:4326"))
    assert result["FEATURE_COUNT"] == 25
    rows, epsg = read(result["OUTPUT"])
    assert len(rows) == 25 and epsg == "4326"
    first = min(rows, key=lambda r: r[0]["cell"])
    x, y = servers.grid_cell_origin(first[0]["cell"])
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(3067)
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _z = osr.CoordinateTransformation(source, target).TransformPoint(x, y)
    envelope = ogr.CreateGeometryFromWkt(first[1]).GetEnvelope()
    assert envelope[0] == pytest.approx(lon, abs=1e-7) or envelope[0] < lon < envelope[1]
    assert envelope[2] == pytest.approx(lat, abs=1e-7)


def test_cancel_leaves_no_output(qgis_wfs_server, provider, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.pushInfo = lambda text, fb=feedback: fb.cancel() if "features to fetch" in text else None
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 5 else None)
    params = fetch_params(qgis_wfs_server.url, "grid", tmp_path)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(params, feedback)
    assert not os.path.exists(params["OUTPUT"])


def test_wrong_typename_lists_what_the_server_offers(qgis_wfs_server, provider, tmp_path):
    params = fetch_params(qgis_wfs_server.url, "vaestoruutu:nosuch", tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run(params)
    assert "has no feature type 'vaestoruutu:nosuch'" in str(error.value)
    assert "premises, grid, vaki2023_1km" in str(error.value)
    assert not os.path.exists(params["OUTPUT"])


def test_empty_result_is_an_empty_output(qgis_wfs_server, misbehaving_server, provider, tmp_path):
    result = run(fetch_params(misbehaving_server.url("empty"), "pv:toimipaikat", tmp_path))
    assert result["FEATURE_COUNT"] == 0 and read(result["OUTPUT"])[0] == []
    for version, url in (("1.1.0", qgis_wfs_server.url), ("OAPIF", qgis_wfs_server.oapif_url())):
        far = run(fetch_params(url, "grid", tmp_path, OUTPUT=str(tmp_path / f"far{version}.gpkg"), VERSION=version,
                               EXTENT="700000,710000,7700000,7710000 [EPSG:3067]"))
        assert far["FEATURE_COUNT"] == 0 and read(far["OUTPUT"])[0] == []


@pytest.mark.parametrize("mode, expected", [
    ("http500", ["HTTP 500", servers.MESSAGE_500]),
    ("exception", ["reported an error for GetCapabilities", servers.MESSAGE_EXCEPTION]),
    ("truncated", ["not valid XML", "cut off"]),
    ("getfeature500", ["HTTP 500", servers.MESSAGE_GETFEATURE]),
    ("getfeature_exception", ["reported an error for GetFeature", servers.MESSAGE_GETFEATURE]),
])
def test_misbehaving_server_gives_its_own_message_and_no_output(misbehaving_server, provider, tmp_path, mode,
                                                                 expected):
    params = fetch_params(misbehaving_server.url(mode), "pv:toimipaikat", tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run(params)
    for text in expected:
        assert text in str(error.value)
    assert not os.path.exists(params["OUTPUT"])


def test_hanging_server_times_out(misbehaving_server, provider, tmp_path, short_network_timeout):
    params = fetch_params(misbehaving_server.url("hang"), "pv:toimipaikat", tmp_path)
    with pytest.raises(QgsProcessingException, match=r"did not answer within 1\.5 seconds"):
        run(params)
    assert not os.path.exists(params["OUTPUT"])


def test_no_server_at_all(provider, tmp_path):
    params = fetch_params(f"http://127.0.0.1:{servers.free_port()}/wfs", "x", tmp_path)
    with pytest.raises(QgsProcessingException, match="Could not reach the server 127.0.0.1"):
        run(params)


def test_ogc_api_features_unknown_collection(qgis_wfs_server, provider, tmp_path):
    params = fetch_params(qgis_wfs_server.oapif_url(), "nosuch", tmp_path, VERSION="OAPIF")
    with pytest.raises(QgsProcessingException, match="has no feature type 'nosuch'"):
        run(params)


def test_algorithm_interface(provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == ["URL", "TYPENAME", "VERSION", "EXTENT", "TARGET_CRS", "MAX_FEATURES", "AUTHCFG", "OUTPUT"]
    version = alg.parameterDefinition("VERSION")
    assert version.options() == ["auto", "1.0.0", "1.1.0", "2.0.0", "OAPIF"] and version.usesStaticStrings()
    assert alg.parameterDefinition("TARGET_CRS").defaultValue() == "EPSG:3067"
    assert [o.name() for o in alg.outputDefinitions()] == ["OUTPUT", "FEATURE_COUNT", "COMPLETE"]


def test_into_a_workspace_table_and_a_failure_drops_only_that_table(qgis_wfs_server, misbehaving_server, provider,
                                                                     workspace):
    from palveluverkko.core.presence.workspace import check_workspace

    def tables():
        ds = ogr.Open(workspace)
        names = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
        ds = None  # noqa: F841
        return names

    before = tables()
    result = run({"URL": qgis_wfs_server.url, "TYPENAME": "premises", "VERSION": "1.1.0",
                  "OUTPUT": f"ogr:dbname='{workspace}' table=\"wfs_premises\" (geom)"})
    assert result["FEATURE_COUNT"] == len(servers.PREMISES_ROWS)
    assert tables() == sorted([*before, "wfs_premises"])
    with pytest.raises(QgsProcessingException, match=servers.MESSAGE_GETFEATURE):
        run({"URL": misbehaving_server.url("getfeature500"), "TYPENAME": "pv:toimipaikat", "VERSION": "1.1.0",
             "OUTPUT": f"ogr:dbname='{workspace}' table=\"broken\" (geom)"})
    assert tables() == sorted([*before, "wfs_premises"])
    check_workspace(workspace)
