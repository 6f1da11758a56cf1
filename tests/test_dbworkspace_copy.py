# SPDX-License-Identifier: GPL-2.0-or-later
"""copyworkspace: GeoPackage -> PostGIS -> GeoPackage, every row and value, no duplicates."""
from __future__ import annotations

import datetime as dt

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from palveluverkko.core.demo import gpkg as demo_gpkg
from palveluverkko.core.presence import postgis, postgis_copy


def _add_typed_premises(path):
    """One premises with every field type set (dates, booleans, reals) and one with no geometry."""
    ds = ogr.Open(path, update=1)
    layer = ds.GetLayerByName("premises")
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in (("premises_id", "TYPED-1"), ("name", "Kirkkokatu 12 'A'"), ("municipality_code", "398"),
                        ("floor_area_m2", 950.125), ("annual_cost_eur", 123456.78), ("accessible", 1),
                        ("is_candidate", 0), ("notes", "ä ö å")):
        feature.SetField(name, value)
    feature.SetField("lease_end", 2031, 6, 30, 0, 0, 0, 0)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (426512.123456789 6762501.987654321)"))
    assert layer.CreateFeature(feature) == 0
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("premises_id", "NOGEOM-1")
    assert layer.CreateFeature(feature) == 0
    ds = None  # noqa: F841


def test_geopackage_to_database_and_back(provider, pg_server, pg_database, tmp_path):
    import processing

    source = str(tmp_path / "demo.gpkg")
    demo_gpkg.create_demo_workspace(source, codes=["398", "111"])
    _add_typed_premises(source)
    original = postgis_copy.read_geopackage(source)
    assert len(original["premises"]) >= 10 and len(original["agency_presence"]) >= 10
    uri = pg_server.uri(pg_database, "planner_admin")
    params = {"GEOPACKAGE": source, "CONNECTION": uri, "SCHEMA": "shared"}
    result = processing.run("palveluverkko:copyworkspace", params)
    assert result == {"PREMISES": len(original["premises"]), "PRESENCE": len(original["agency_presence"]),
                      "AGENCIES": 12}
    conn = postgis.connection(uri)
    assert postgis_copy.read_database(conn, "shared") == original
    typed = pg_server.execute("SELECT lease_end, accessible, is_candidate, is_fixed, floor_area_m2, "
                              "ST_X(geom), ST_Y(geom) FROM shared.premises WHERE premises_id = 'TYPED-1'",
                              pg_database)
    assert typed == [(dt.date(2031, 6, 30), True, False, None, 950.125, 426512.123456789, 6762501.987654321)]
    assert pg_server.execute("SELECT DISTINCT row_version FROM shared.agency_presence UNION "
                             "SELECT DISTINCT row_version FROM shared.premises", pg_database) == [(1,)]
    with pytest.raises(QgsProcessingException, match=r"The database workspace shared already has \d+ premises"):
        processing.run("palveluverkko:copyworkspace", params)
    processing.run("palveluverkko:copyworkspace", {**params, "REPLACE": True})
    assert pg_server.execute("SELECT count(*), count(DISTINCT premises_id) FROM shared.premises", pg_database) == [
        (len(original["premises"]), len(original["premises"]))]
    assert pg_server.execute("SELECT DISTINCT row_version FROM shared.premises", pg_database) == [(1,)]
    back = str(tmp_path / "back.gpkg")
    result = processing.run("palveluverkko:copyworkspace", {**params, "DIRECTION": 1, "GEOPACKAGE": back})
    assert result["PRESENCE"] == len(original["agency_presence"])
    assert postgis_copy.read_geopackage(back) == original
    with pytest.raises(QgsProcessingException, match="The workspace back.gpkg already has"):
        processing.run("palveluverkko:copyworkspace", {**params, "DIRECTION": 1, "GEOPACKAGE": back})


def test_a_failed_copy_leaves_the_database_as_it_was(qgis_app, pg_server, pg_database, tmp_path):
    source = str(tmp_path / "bad.gpkg")
    demo_gpkg.create_demo_workspace(source, codes=["398"])
    ds = ogr.Open(source, update=1)  # a presence row whose premises does not exist: the foreign key refuses it
    ds.ExecuteSQL("DROP TRIGGER IF EXISTS trg_agency_presence_mode_insert")
    ds.ExecuteSQL("INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('GHOST', 'KELA', 'staff')")
    ds = None
    conn = postgis.connection(pg_server.uri(pg_database, "planner_admin"))
    postgis.create_db_workspace(conn, "shared")
    with pytest.raises(postgis.DbWorkspaceError, match="Nothing was copied into shared: .*foreign key"):
        postgis_copy.geopackage_to_database(source, conn, "shared")
    assert pg_server.execute("SELECT (SELECT count(*) FROM shared.premises), (SELECT count(*) FROM "
                             "shared.audit_log), (SELECT count(*) FROM shared.agencies)", pg_database) == [(0, 0, 12)]
