# SPDX-License-Identifier: GPL-2.0-or-later
"""The workspace schema, creation and validation."""
from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest
from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from palveluverkko.core.presence import agencies
from palveluverkko.core.presence import workspace as ws
from palveluverkko.core.presence.project import add_workspace_to_project


def _execute(path, *statements):
    """Run SQL through GDAL (which provides the GeoPackage's ST_ functions); raise on error."""
    from osgeo import gdal, ogr

    ds = ogr.Open(path, update=1)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        for sql in statements:
            gdal.ErrorReset()
            ds.ExecuteSQL(sql)
            if gdal.GetLastErrorType() >= gdal.CE_Failure:
                raise RuntimeError(gdal.GetLastErrorMsg())
    finally:
        gdal.PopErrorHandler()
        ds = None  # noqa: F841


def _columns(path, table):
    with sqlite3.connect(path) as connection:
        return {row[1]: (row[2], row[3]) for row in connection.execute(f"PRAGMA table_info({table})")}


def test_tables_and_fields(workspace):
    with sqlite3.connect(workspace) as connection:
        contents = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
        geometry = connection.execute(
            "SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name='premises'"
        ).fetchone()
    assert contents == {"premises": "features", "agency_presence": "attributes",
                        "agencies": "attributes", "palveluverkko_meta": "attributes"}
    assert geometry == ("POINT", 3067)
    premises = _columns(workspace, "premises")
    assert list(premises)[1:] == ["geom", "premises_id", "name", "address", "municipality_code", "owner",
                                  "floor_area_m2", "annual_cost_eur", "lease_end", "accessible",
                                  "is_candidate", "is_fixed", "notes"]
    assert premises["premises_id"] == ("TEXT", 1)
    assert premises["municipality_code"][0] == "TEXT(3)"
    assert premises["lease_end"][0] == "DATE"
    assert premises["accessible"][0] == "BOOLEAN"
    presence = _columns(workspace, "agency_presence")
    assert list(presence)[1:] == ["premises_id", "agency", "mode", "days_per_week", "annual_visits", "notes"]
    assert list(_columns(workspace, "agencies"))[1:] == ["code", "name_fi", "name_sv", "name_en",
                                                         "valid_from", "valid_to"]


def test_registry_seeded_from_csv(workspace):
    with open(agencies.SEED_CSV, encoding="utf-8") as handle:
        expected = [tuple(row.values()) for row in csv.DictReader(handle)]
    with sqlite3.connect(workspace) as connection:
        rows = connection.execute(
            "SELECT code, name_fi, name_sv, name_en, coalesce(valid_from, ''), coalesce(valid_to, '') "
            "FROM agencies ORDER BY fid"
        ).fetchall()
    assert rows == expected
    assert [row[0] for row in rows] == ["KELA", "AVI", "DVV", "ELY", "MIGRI", "MML", "OIKEUSAPU", "POLIISI",
                                        "RISE", "TE", "ULOSOTTO", "VERO"]
    layer = QgsVectorLayer(ws.layer_uri(workspace, "agencies"), "agencies", "ogr")
    registry = agencies.from_layer(layer)
    valid = [a.code for a in agencies.valid_on(registry, dt.date(2026, 11, 28))]
    assert valid == ["KELA", "DVV", "MIGRI", "MML", "OIKEUSAPU", "POLIISI", "RISE", "ULOSOTTO", "VERO"]
    assert "TE" in [a.code for a in agencies.valid_on(registry, dt.date(2024, 12, 31))]
    assert registry[1].name("sv") == "Regionförvaltningsverken"


def test_meta_schema_version(workspace):
    with sqlite3.connect(workspace) as connection:
        meta = dict(connection.execute("SELECT key, value FROM palveluverkko_meta"))
    assert meta["schema_version"] == str(ws.SCHEMA_VERSION)
    assert ws.check_workspace(workspace).schema_version == ws.SCHEMA_VERSION


@pytest.mark.parametrize(
    "sql, message",
    [
        ("INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('P1', 'KELA', 'visiting')",
         "mode must be one of staff, appointment, remote"),
        ("INSERT INTO agency_presence (premises_id, agency, mode, days_per_week) VALUES ('P1', 'KELA', 'staff', 6)",
         "days_per_week must be between 0 and 5"),
        ("INSERT INTO agency_presence (premises_id, agency, mode, annual_visits) VALUES ('P1', 'KELA', 'staff', -1)",
         "annual_visits must be 0 or more"),
        ("INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('P1', 'VERO', 'staff')",
         "UNIQUE constraint failed: agency_presence.premises_id, agency_presence.agency"),
        ("INSERT INTO premises (premises_id) VALUES ('P1')",
         "UNIQUE constraint failed: premises.premises_id"),
        ("INSERT INTO premises (name) VALUES ('no id')",
         "NOT NULL constraint failed: premises.premises_id"),
    ],
)
def test_database_rejects_invalid_rows(workspace, sql, message):
    _execute(workspace, "INSERT INTO premises (premises_id) VALUES ('P1')",
             "INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('P1', 'VERO', 'remote')")
    with pytest.raises(RuntimeError, match=message):
        _execute(workspace, sql)


def test_overwrite_refused_then_allowed(workspace):
    with pytest.raises(ws.WorkspaceError, match="already exists"):
        ws.create_workspace(workspace)
    _execute(workspace, "INSERT INTO premises (premises_id) VALUES ('keep')")
    with sqlite3.connect(workspace) as connection:
        assert connection.execute("SELECT count(*) FROM premises").fetchone() == (1,)
    ws.create_workspace(workspace, overwrite=True)
    with sqlite3.connect(workspace) as connection:
        assert connection.execute("SELECT count(*) FROM premises").fetchone() == (0,)


def test_not_a_workspace(tmp_path):
    path = str(tmp_path / "other.gpkg")
    from osgeo import ogr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    with pytest.raises(ws.WorkspaceError, match="is a GeoPackage but not a Palveluverkko workspace"):
        ws.check_workspace(path)
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    with pytest.raises(ws.WorkspaceError, match="is not a GeoPackage"):
        ws.check_workspace(str(text))


def test_newer_schema_refused_and_nothing_added(workspace, qgis_new_project):
    with sqlite3.connect(workspace) as connection:
        connection.execute("UPDATE palveluverkko_meta SET value = '99' WHERE key = 'schema_version'")
    project = QgsProject.instance()
    before = len(project.mapLayers())
    with pytest.raises(ws.WorkspaceError, match=r"newer version of Palveluverkko \(schema 99"):
        add_workspace_to_project(workspace, project)
    assert len(project.mapLayers()) == before
    assert project.layerTreeRoot().children() == []


def test_open_adds_layers_and_relation(workspace, qgis_new_project):
    project = QgsProject.instance()
    layers = add_workspace_to_project(workspace, project)
    assert sorted(layer.name() for layer in project.mapLayers().values()) == [
        "agencies", "agency_presence", "premises"]
    assert QgsWkbTypes.geometryType(layers["premises"].wkbType()) == QgsWkbTypes.PointGeometry
    assert layers["premises"].crs().authid() == "EPSG:3067"
    relations = list(project.relationManager().relations().values())
    assert len(relations) == 1
    relation = relations[0]
    assert relation.referencedLayer() is layers["premises"]
    assert relation.referencingLayer() is layers["agency_presence"]
    assert relation.fieldPairs() == {"premises_id": "premises_id"}
    presence = layers["agency_presence"]
    assert presence.editorWidgetSetup(presence.fields().indexOf("mode")).type() == "ValueMap"
