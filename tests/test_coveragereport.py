# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:coveragereport and core/allocation/coverage.py: exact tables on hand-made data."""
from __future__ import annotations

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from palveluverkko.core.allocation import coverage

NAN = math.nan


def test_compute_exact():
    # area 0: pops 10 (cost 5), 20 (cost 30), 30 (cost 45), 40 unreachable; area 1: 5 (cost 70); outside: 100
    area = np.array([0, 0, 0, 0, 1, -1])
    pop = np.array([10.0, 20, 30, 40, 5, 100])
    cost = np.array([5.0, 30, 45, NAN, 70, 1])
    age = np.array([2.0, NAN, 10, 4, NAN, 50])
    t = coverage.compute(["A", "B"], [30, 60], area, pop, cost, age)
    assert t.population.tolist() == [100, 5]
    assert t.within.tolist() == [[30, 60], [0, 0]]  # cost 30 is within 30
    assert t.share[0].tolist() == [30.0, 60.0]
    assert t.unreachable.tolist() == [40, 0]
    assert t.mean_cost[0] == pytest.approx((10 * 5 + 20 * 30 + 30 * 45) / 60)
    assert t.mean_cost[1] == 70 and t.max_cost.tolist() == [45, 70]
    assert t.pop65.tolist() == [16, 0] and t.pop65_within.tolist() == [[2, 12], [0, 0]]
    assert t.masked_cells.tolist() == [1, 1] and t.masked_population.tolist() == [20, 5]
    assert t.demand_count.tolist() == [4, 1]
    total = t.total()
    assert total.population.tolist() == [105] and total.within.tolist() == [[30, 60]]
    assert total.mean_cost[0] == pytest.approx((10 * 5 + 20 * 30 + 30 * 45 + 5 * 70) / 65)


def test_empty_area_and_no_age():
    t = coverage.compute(["A", "empty"], [10], np.array([0]), np.array([3.0]), np.array([NAN]))
    assert t.population.tolist() == [3, 0] and t.unreachable.tolist() == [3, 0]
    assert math.isnan(t.mean_cost[0]) and math.isnan(t.share[1, 0]) and not t.has_age


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 2), st.integers(0, 500), st.one_of(st.none(), st.floats(0, 100))),
                min_size=1, max_size=40))
def test_population_conserved(rows):
    area = np.array([r[0] for r in rows])
    pop = np.array([float(r[1]) for r in rows])
    cost = np.array([NAN if r[2] is None else r[2] for r in rows])
    t = coverage.compute(["a", "b", "c"], [20, 50], area, pop, cost)
    assert t.population.sum() == pop[area >= 0].sum()
    assert (t.within[:, 0] <= t.within[:, 1]).all()
    beyond = t.population - t.within[:, 1] - t.unreachable
    assert (beyond >= -1e-9).all()
    expected = [sum(p for a, p, c in rows if a == i and c is not None and c <= 50) for i in range(3)]
    assert t.within[:, 1].tolist() == pytest.approx(expected)


def _layer(uri, features):
    layer = QgsVectorLayer(uri, "mem", "memory")
    provider = layer.dataProvider()
    for geometry, attributes in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        provider.addFeature(feature)
    return layer


@pytest.fixture
def layers():
    def square(x0, y0, size):
        return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x0 + size} {y0},{x0 + size} {y0 + size},{x0} {y0 + size},"
                                   f"{x0} {y0}))")

    areas = _layer("MultiPolygon?crs=EPSG:3067&field=nimi:string",
                   [(square(0, 0, 10000), ["West"]), (square(10000, 0, 10000), ["East"])])
    demand = _layer(
        "Polygon?crs=EPSG:3067&field=vaesto:integer&field=ika_65_:integer&field=cost:double&field=label:string",
        [(square(1000, 1000, 1000), [120, 30, 12.5, "a"]),
         (square(3000, 1000, 1000), [7, -1, 40.0, "b"]),        # masked, within 60
         (square(5000, 5000, 1000), [50, 20, None, "c"]),       # unreachable
         (square(12000, 1000, 1000), [15, 5, 61.0, "d"]),       # beyond 60
         (square(14000, 3000, 1000), [None, None, 2.0, "e"]),   # NULL population
         (square(30000, 0, 1000), [99, 9, 1.0, "f"])])          # outside every area
    return demand, areas


def test_algorithm_exact(provider, layers, tmp_path):
    import processing

    demand, areas = layers
    report = str(tmp_path / "coverage.html")
    result = processing.run("palveluverkko:coveragereport", {
        "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "CUTOFFS": "30,60",
        "OUTPUT": "memory:", "OUTPUT_REPORT": report})
    out = result["OUTPUT"]
    rows = {f["area"]: f for f in out.getFeatures()}
    west, east = rows["West"], rows["East"]
    assert [west[n] for n in ("population", "pop_within_30", "pop_within_60", "pop_unreachable")] == [177, 120, 127, 50]
    assert west["share_within_30"] == pytest.approx(100 * 120 / 177)
    assert west["mean_cost"] == pytest.approx((120 * 12.5 + 7 * 40) / 127)
    assert west["max_cost"] == 40
    assert [west[n] for n in ("pop65", "pop65_within_30", "pop65_within_60", "masked_cells",
                              "masked_population", "demand_count")] == [50, 30, 30, 1, 7, 3]
    assert [east[n] for n in ("population", "pop_within_30", "pop_within_60", "pop_unreachable")] == [15, 0, 0, 0]
    assert east["demand_count"] == 2 and east["masked_cells"] == 0
    assert result["TOTAL_POPULATION"] == 192 and result["COVERED_POPULATION"] == 127
    assert result["COVERED_SHARE"] == pytest.approx(100 * 127 / 192)
    assert result["UNREACHABLE_POPULATION"] == 50 and result["OUTSIDE_POPULATION"] == 99
    assert result["MEAN_COST"] == pytest.approx((120 * 12.5 + 7 * 40 + 15 * 61) / 142)
    assert out.featureCount() == 2 and out.wkbType() == QgsWkbTypes.MultiPolygon
    assert out.getFeature(1).geometry().area() == pytest.approx(1e8)
    html = open(report, encoding="utf-8").read()
    assert "data:image/png;base64," in html
    assert report_values(html, "West") == [west[n] for n in _REPORT_COLUMNS]
    assert report_values(html, "Total")[:4] == [192, 120, 62.5, 127]


_REPORT_COLUMNS = ("population", "pop_within_30", "share_within_30", "pop_within_60", "share_within_60",
                   "pop_unreachable", "mean_cost", "pop65", "pop65_within_30", "pop65_within_60", "masked_cells",
                   "masked_population")


def report_values(html: str, name: str):
    """The data-value numbers of the coverage table row whose first cell is ``name``."""
    table = re.search(r'<table id="coverage">(.*?)</table>', html, re.S).group(1)
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", row, re.S)
        if cells and cells[0][1] == name:
            values = [re.search(r'data-value="([^"]*)"', attrs).group(1) for attrs, _text in cells[1:]]
            return [float(v) if v else None for v in values]
    raise AssertionError(f"no row {name}")


def test_boundary_point_goes_to_first_area(provider):
    import processing

    areas = _layer("Polygon?crs=EPSG:3067&field=nimi:string",
                   [(QgsGeometry.fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"), ["A"]),
                    (QgsGeometry.fromWkt("POLYGON((10 0,20 0,20 10,10 10,10 0))"), ["B"])])
    demand = _layer("Point?crs=EPSG:3067&field=vaesto:double&field=cost:double",
                    [(QgsGeometry.fromPointXY(QgsPointXY(10, 5)), [4, 1.0])])
    result = processing.run("palveluverkko:coveragereport", {
        "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "OUTPUT": "memory:"})
    assert {f["area"]: f["population"] for f in result["OUTPUT"].getFeatures()} == {"A": 4, "B": 0}
    assert result["OUTSIDE_POPULATION"] == 0


def test_areas_reprojected(provider, layers):
    import processing

    demand, _areas = layers
    areas = _layer("Polygon?crs=EPSG:4326&field=nimi:string",
                   [(QgsGeometry.fromWkt("POLYGON((20 0,28 0,28 10,20 10,20 0))"), ["all"])])
    # EPSG:3067 x 0..30000 near the false origin lie west of 28E at latitude 0..10? use a box that holds them
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    t = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3067"), QgsCoordinateReferenceSystem("EPSG:4326"),
                               QgsProject.instance())
    box = QgsGeometry.fromWkt("POLYGON((0 0,20000 0,20000 10000,0 10000,0 0))")
    box.transform(t)
    areas = _layer("Polygon?crs=EPSG:4326&field=nimi:string", [(box, ["all"])])
    result = processing.run("palveluverkko:coveragereport", {
        "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "OUTPUT": "memory:"})
    assert result["TOTAL_POPULATION"] == 192 and result["OUTSIDE_POPULATION"] == 99
    assert result["OUTPUT"].crs().authid() == "EPSG:3067"


@pytest.mark.parametrize("params, message", [
    ({"CUTOFFS": "60,30"}, "CUTOFFS must be increasing positive numbers"),
    ({"COST_FIELD": "nothere"}, "no field nothere"),
    ({"COST_FIELD": "label"}, "The field label of the DEMAND layer is not numeric"),
])
def test_bad_input(provider, layers, params, message):
    import processing

    demand, areas = layers
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("palveluverkko:coveragereport", {
            "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "OUTPUT": "memory:", **params})


def test_facilities_mode_runs_catchments(provider, layers):
    """With FACILITIES, the report equals running catchments first and reporting on its demand output."""
    import processing

    demand, areas = layers
    facilities = _layer("Point?crs=EPSG:3067&field=fid_txt:string",
                        [(QgsGeometry.fromPointXY(QgsPointXY(1500, 1500)), ["A"]),
                         (QgsGeometry.fromPointXY(QgsPointXY(14500, 3500)), ["B"])])
    common = {"AREAS": areas, "AREA_NAME": "nimi", "CUTOFFS": "2,10", "OUTPUT": "memory:"}
    direct = processing.run("palveluverkko:coveragereport", {
        "DEMAND": demand, "FACILITIES": facilities, "FACILITY_ID": "fid_txt", "METHOD": 0, **common})
    two_step = processing.run("palveluverkko:catchments", {
        "FACILITIES": facilities, "FACILITY_ID": "fid_txt", "DEMAND": demand, "POPULATION": "vaesto",
        "METHOD": 0, "CUTOFFS": "2,10", "OUTPUT_DEMAND": "memory:", "OUTPUT_CATCHMENTS": "memory:"})
    reported = processing.run("palveluverkko:coveragereport", {"DEMAND": two_step["OUTPUT_DEMAND"], **common})
    rows = {f["area"]: f.attributes() for f in direct["OUTPUT"].getFeatures()}
    assert rows == {f["area"]: f.attributes() for f in reported["OUTPUT"].getFeatures()}
    # straight line from (1500,1500): cells a (0 km), b (2 km), c (5 km, cost no longer NULL)
    west = {f["area"]: f for f in direct["OUTPUT"].getFeatures()}["West"]
    assert [west["pop_within_2"], west["pop_within_10"], west["pop_unreachable"]] == [127, 177, 0]
    assert direct["TOTAL_POPULATION"] == 192 and direct["UNREACHABLE_POPULATION"] == 0


def test_output_styled_when_loaded(provider, layers, layer_tree_view):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    import processing

    demand, areas = layers
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.runAndLoadResults("palveluverkko:coveragereport", {
        "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context, feedback=QgsProcessingFeedback())
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        assert layer.renderer().type() == "graduatedSymbol"
        assert layer.renderer().classAttribute() == "share_within_60"
        assert layer.labelsEnabled()
    finally:
        QgsProject.instance().removeMapLayer(layer)


def _row_names(html: str):
    table = re.search(r'<table id="coverage">(.*?)</table>', html, re.S).group(1)
    return [re.search(r"<td>(.*?)</td>", row).group(1) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
            if "<td>" in row]


@pytest.mark.parametrize("code, order, text", [
    ("en", ["Ähtäri", "Aura", "Total"],
     "The table counts 192 residents; 99 residents (1 demand features) lie outside every area and are not in it; "
     "291 residents in all. 2 areas without residents are left out of the table; the output layer has every area."),
    ("fi", ["Aura", "Ähtäri", "Yhteensä"],
     "Taulukossa on 192 asukasta; 99 asukasta (1 kysyntäkohdetta) on kaikkien alueiden ulkopuolella eikä "
     "taulukossa; asukkaita on kaikkiaan 291. 2 aluetta, joilla ei ole asukkaita, on jätetty taulukosta pois; "
     "tulostasolla ovat kaikki alueet."),
    ("sv", ["Aura", "Ähtäri", "Totalt"],
     "Tabellen räknar 192 invånare; 99 invånare (1 efterfrågeobjekt) ligger utanför alla områden och finns inte i "
     "den; 291 invånare sammanlagt. 2 områden utan invånare har lämnats bort ur tabellen; utdatalagret har alla "
     "områden."),
])
def test_report_reconciles_and_sorts_by_collation(provider, layers, tmp_path, language, code, order, text):
    """Rows with residents sorted in the language's collation (å, ä, ö after z in fi and sv), empty areas left
    out of the report but kept in the layer, and table total + outside = all residents."""
    import processing

    demand, _areas = layers
    areas = _layer("Polygon?crs=EPSG:3067&field=nimi:string", [
        (QgsGeometry.fromWkt("POLYGON((0 0,10000 0,10000 10000,0 10000,0 0))"), ["Ähtäri"]),
        (QgsGeometry.fromWkt("POLYGON((10000 0,20000 0,20000 10000,10000 10000,10000 0))"), ["Aura"]),
        (QgsGeometry.fromWkt("POLYGON((0 20000,10000 20000,10000 30000,0 30000,0 20000))"), ["Akaa"]),
        (QgsGeometry.fromWkt("POLYGON((10000 20000,20000 20000,20000 30000,10000 30000,10000 20000))"), ["Öja"])])
    language(code)
    report = tmp_path / "coverage.html"
    result = processing.run("palveluverkko:coveragereport", {
        "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "CUTOFFS": "30,60", "OUTPUT": "memory:",
        "OUTPUT_REPORT": str(report)})
    assert [(f["area"], f["population"]) for f in result["OUTPUT"].getFeatures()] == [
        ("Ähtäri", 177), ("Aura", 15), ("Akaa", 0), ("Öja", 0)]
    assert (result["TOTAL_POPULATION"], result["OUTSIDE_POPULATION"], result["OUTSIDE_COUNT"]) == (192, 99, 1)
    html = report.read_text(encoding="utf-8")
    assert _row_names(html) == order
    note = re.search(r'<p class="note" id="reconciliation" ([^>]*)>(.*?)</p>', html, re.S)
    assert dict(re.findall(r'data-(\w+)="([^"]*)"', note.group(1))) == {
        "table": "192.0", "outside": "99.0", "cells": "1", "all": "291.0", "empty": "2"}
    assert note.group(2) == text
