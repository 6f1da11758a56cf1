# SPDX-License-Identifier: GPL-2.0-or-later
"""One premises polygon and one set of masked cells through five algorithms: placed and counted the same.

The C-shaped polygon's centroid lies in its opening, outside it; by the rule (core/rules/points.py) it
stands at its point on surface, which the test takes from shapely (GEOS) on its own. The demand has a
masked cell (-1) and a NULL cell besides two counted ones: every algorithm counts 50 + 20 residents.
"""
from __future__ import annotations

import sqlite3

import pytest
import shapely
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

X0, Y0 = 400_000.0, 6_700_000.0
C_WKT = shapely.affinity.translate(shapely.from_wkt(
    "POLYGON ((0 0, 1000 0, 1000 300, 300 300, 300 700, 1000 700, 1000 1000, 0 1000, 0 0))"), X0, Y0).wkt
C_SHAPE = shapely.from_wkt(C_WKT)
STANDS = shapely.get_coordinates(shapely.point_on_surface(C_SHAPE))[0]  # where the rule puts it
CENTROID = shapely.get_coordinates(C_SHAPE.centroid)[0]
POPULATION = 50.0 + 20.0  # the C (50), a cell of 20; a masked cell (-1) and a NULL cell count as 0


def memory(kind, fields, rows, name="layer"):
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:3067&" + "&".join(f"field={f}" for f in fields), name, "memory")
    features = []
    for *values, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def cell(x, y, size=250):
    return shapely.box(X0 + x, Y0 + y, X0 + x + size, Y0 + y + size).wkt


@pytest.fixture
def demand():
    """The C-shaped polygon and three grid cells 3-4 km east: 20 residents, masked (-1), NULL."""
    return memory("Polygon", ["id:string", "vaesto:integer"], [
        ("C", 50, C_WKT), ("counted", 20, cell(3000, 0)), ("masked", -1, cell(3250, 0)),
        ("null", None, cell(3500, 0))], "demand")


def point(xy):
    return f"POINT ({xy[0]} {xy[1]})"


def features(path_or_layer, key):
    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(path_or_layer, "x", "ogr")
    return {f[key]: f for f in layer.getFeatures()}


def test_the_centroid_is_outside_and_the_rule_point_inside():
    assert not C_SHAPE.contains(shapely.Point(CENTROID)) and C_SHAPE.contains(shapely.Point(STANDS))
    assert shapely.distance(shapely.Point(CENTROID), shapely.Point(STANDS)) > 250


def test_catchments_and_coveragereport(provider, demand, tmp_path):
    import processing

    facility = memory("Point", ["code:string"], [("F", point(STANDS))], "facility")
    result = processing.run("palveluverkko:catchments", {
        "FACILITIES": facility, "FACILITY_ID": "code", "DEMAND": demand, "POPULATION": "vaesto", "METHOD": 0,
        "CUTOFFS": "1,5", "OUTPUT_DEMAND": str(tmp_path / "d.gpkg"), "OUTPUT_CATCHMENTS": str(tmp_path / "c.gpkg")})
    assert result["TOTAL_POPULATION"] == POPULATION
    rows = features(result["OUTPUT_DEMAND"], "id")
    assert rows["C"]["cost"] == pytest.approx(0.0, abs=1e-9)  # it stands exactly at the facility
    # the areas split the C between its point (west) and its centroid (east)
    areas = memory("Polygon", ["name:string"], [
        ("West", shapely.box(X0 - 100, Y0 - 100, X0 + 300, Y0 + 1100).wkt),
        ("East", shapely.box(X0 + 300, Y0 - 100, X0 + 5000, Y0 + 1100).wkt)], "areas")
    report = processing.run("palveluverkko:coveragereport", {
        "DEMAND": result["OUTPUT_DEMAND"], "POPULATION": "vaesto", "COST_FIELD": "cost", "CUTOFFS": "1,5",
        "AREAS": areas, "AREA_NAME": "name", "OUTPUT": "memory:"})
    assert report["TOTAL_POPULATION"] == POPULATION and report["OUTSIDE_POPULATION"] == 0
    table = features(report["OUTPUT"], "area")
    assert (table["West"]["population"], table["East"]["population"]) == (50, 20)
    assert (table["West"]["demand_count"], table["East"]["demand_count"]) == (1, 3)
    assert table["West"]["pop_within_1"] == 50


def test_premisescriteria(provider, demand):
    import processing

    premises = memory("Polygon", ["premises_id:string"], [("C", C_WKT)], "premises")
    stops = memory("Point", ["n:integer"], [(1, point(STANDS))], "stops")
    result = processing.run("palveluverkko:premisescriteria", {
        "PREMISES": premises, "PREMISES_ID": "premises_id", "DEMAND": demand, "POPULATION": "vaesto",
        "METHOD": 0, "CUTOFF": 100.0, "STOPS": stops, "OUTPUT": "memory:"})
    row = features(result["OUTPUT"], "premises_id")["C"]
    assert row["dist_stop_m"] == pytest.approx(0.0, abs=1e-6)
    assert row["pop_within"] == POPULATION


def test_importpremises(provider, workspace):
    import processing

    source = memory("Polygon", ["tunnus:string"], [("C", C_WKT)], "source")
    premises = QgsVectorLayer(f"{workspace}|layername=premises", "premises", "ogr")
    result = processing.run("palveluverkko:importpremises", {
        "INPUT": source, "WORKSPACE": premises, "FIELD_MAP": "premises_id=tunnus", "OUTPUT_REJECTED": "memory:"})
    assert result["INSERTED"] == 1
    connection = sqlite3.connect(workspace)
    try:
        (blob,) = connection.execute("SELECT geom FROM premises").fetchone()
    finally:
        connection.close()
    imported = QgsVectorLayer(f"{workspace}|layername=premises", "premises", "ogr")
    geometry = next(imported.getFeatures()).geometry().asPoint()
    assert blob and (geometry.x(), geometry.y()) == pytest.approx(tuple(STANDS), abs=1e-6)


def test_locationallocation(provider, demand, tmp_path):
    import processing

    candidates = memory("Point", ["code:string"], [("at_point", point(STANDS)), ("at_centroid", point(CENTROID))],
                        "candidates")
    result = processing.run("palveluverkko:locationallocation", {
        "CANDIDATES": candidates, "CANDIDATE_ID": "code", "DEMAND": demand, "POPULATION": "vaesto",
        "PROBLEM": 0, "P": 1, "CUTOFF": 0.01, "METHOD": 0,
        "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_DEMAND": str(tmp_path / "d.gpkg")})
    assert result["REACHABLE_POPULATION"] + result["UNREACHABLE_POPULATION"] == POPULATION
    assert result["COVERED_POPULATION"] == 50  # only a point within 10 m of where the C stands covers it
    chosen = {code: f["chosen"] for code, f in features(result["OUTPUT"], "code").items()}
    assert chosen == {"at_point": 1, "at_centroid": 0}
    assert features(result["OUTPUT_DEMAND"], "id")["C"]["cost"] == pytest.approx(0.0, abs=1e-9)
