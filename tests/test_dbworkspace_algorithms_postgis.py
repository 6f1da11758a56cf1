# SPDX-License-Identifier: GPL-2.0-or-later
"""catchments and suitability on the same data from GeoPackage and from PostGIS give the same results.

The demo workspace (two municipalities) is copied into a database workspace
(copyworkspace for premises and presence, GDAL for the population grid and
the roads); the demo chain's catchments and suitability steps run once on the
GeoPackage layers into GeoPackage tables and once on the PostGIS layers into
PostGIS tables (``postgres://`` destinations), and the outputs are compared
feature by feature.
"""
from __future__ import annotations

import math

import pytest
from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from palveluverkko.core.demo import gpkg as demo_gpkg
from palveluverkko.core.presence import postgis, postgis_copy
from palveluverkko.processing import demo_chain

S = "palveluverkko"
MUNICIPALITIES = "560,316"


def _pg_uri(server, database, schema, table, geometry="geom", sql=""):
    uri = QgsDataSourceUri()
    uri.setConnection(server.socket_dir, str(server.port), database, "planner_admin", "")
    uri.setDataSource(schema, table, geometry, sql, "fid")
    return uri


def _features(source, provider, key):
    layer = QgsVectorLayer(source, "out", provider)
    assert layer.isValid(), source
    names = [f.name() for f in layer.fields() if f.name() not in ("fid", "row_version")]  # the database keeps versions
    rows = {}
    for feature in layer.getFeatures():
        values = tuple(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                       for v in (feature[n] for n in names))
        rows[feature[key]] = values
    return names, rows


def _same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@pytest.fixture
def both(provider, pg_server, pg_database, tmp_path):
    """(GeoPackage steps, PostGIS steps) of the demo chain's catchments and suitability."""
    steps = {s.name: s for s in demo_chain.steps(str(tmp_path), ["catchments", "suitability"], MUNICIPALITIES)}
    (tmp_path / "runs").mkdir()
    workspace = str(tmp_path / "workspace.gpkg")
    demo_gpkg.create_demo_workspace(workspace, codes=MUNICIPALITIES.split(","))
    conn = postgis.connection(pg_server.uri(pg_database, "planner_admin"))
    postgis_copy.geopackage_to_database(workspace, conn, S)
    pg_server.execute("CREATE SCHEMA results AUTHORIZATION planner_admin", pg_database)
    dest = (f"PG:host={pg_server.socket_dir} port={pg_server.port} dbname={pg_database} user=planner_admin")
    done = gdal.VectorTranslate(dest, workspace, layers=["population_grid", "roads"], format="PostgreSQL",
                                layerCreationOptions=["SCHEMA=" + S, "GEOMETRY_NAME=geom", "FID=fid"])
    assert done is not None
    done = None  # noqa: F841

    def layer(name, sql=""):
        return "postgres://" + _pg_uri(pg_server, pg_database, S, name, sql=sql).uri(False)

    def table(name):
        return "postgres://" + _pg_uri(pg_server, pg_database, "results", name).uri(False)

    pg = {}
    swap = {f"{workspace}|layername={name}": layer(name) for name in ("population_grid", "roads", "premises")}
    swap[f"{workspace}|layername=premises|subset=\"premises_id\" IN (SELECT premises_id FROM agency_presence "
         "WHERE mode = 'staff')"] = layer("premises", f"\"premises_id\" IN (SELECT premises_id FROM {S}."
                                                      "agency_presence WHERE mode = 'staff')")
    swap[f'{workspace}|layername=premises|subset="is_candidate" = 1'] = layer("premises", '"is_candidate"')
    for name in ("02_catchments", "05_suitability"):
        params = {}
        for key, value in steps[name].parameters.items():
            if value in swap:
                value = swap[value]
            elif value.startswith("ogr:dbname="):
                value = table(value.split('table="')[1].split('"')[0])
            elif value.endswith(".html"):
                value = str(tmp_path / f"pg_{name}.html")
            params[key] = value
        pg[name] = params
    return steps, pg


def _pg_layer_source(destination):
    return destination[len("postgres://"):]


def test_catchments_and_suitability_same_from_geopackage_and_postgis(both):
    import processing

    steps, pg = both
    runs = (("02_catchments", "grd_id", "OUTPUT_DEMAND"), ("05_suitability", "premises_id", "OUTPUT"))
    for name, key, output in runs:
        from_file = processing.run(f"palveluverkko:{steps[name].algorithm}", dict(steps[name].parameters))
        from_db = processing.run(f"palveluverkko:{steps[name].algorithm}", dict(pg[name]))
        numbers = {k: v for k, v in from_file.items() if isinstance(v, (int, float))}
        assert numbers and {k: from_db[k] for k in numbers} == numbers
        file_names, file_rows = _features(steps[name].parameters[output][len("ogr:"):].replace(
            "dbname=", "").replace("'", "").replace(' table="', "|layername=").replace('" (geom)', ""), "ogr", key)
        db_names, db_rows = _features(_pg_layer_source(pg[name][output]), "postgres", key)
        assert db_names == file_names
        assert sorted(db_rows) == sorted(file_rows) and len(file_rows) >= 3
        for row_key, values in file_rows.items():
            assert all(_same(a, b) for a, b in zip(values, db_rows[row_key])), (row_key, values, db_rows[row_key])
