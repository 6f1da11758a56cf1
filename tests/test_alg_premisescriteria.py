# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:premisescriteria against independent computations (brute force, networkx, QGIS geometry)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from palveluverkko.core.network.costs import CostModel
from palveluverkko.core.suitability import criteria as pc

X0, Y0 = 500_000.0, 6_900_000.0


def memory_layer(uri, rows, geometry=None):
    layer = QgsVectorLayer(uri, "layer", "memory")
    features = []
    for k, attributes in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(attributes))
        if geometry is not None:
            f.setGeometry(geometry(k))
        features.append(f)
    assert layer.dataProvider().addFeatures(features)
    return layer


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


PREMISES_XY = [(0, 0), (3000, 0), (10_000, 10_000), (20_000, 0)]


def premises(ids=("A", "B", "C", "D")):
    return memory_layer("Point?crs=EPSG:3067&field=premises_id:string&field=name:string",
                        [(pid, f"name {pid}") for pid in ids], lambda k: point(*PREMISES_XY[k]))


def run(params):
    import processing

    result = processing.run("palveluverkko:premisescriteria", dict(params, OUTPUT="TEMPORARY_OUTPUT"))
    out = result["OUTPUT"]
    return result, {f["premises_id"]: f for f in out.getFeatures()}, out


def test_straight_line_population_within_matches_brute_force(provider):
    rng = np.random.default_rng(5)
    demand_xy = rng.uniform(-5000, 25_000, size=(400, 2))
    population = rng.integers(1, 500, size=400).astype(float)
    population[:5] = -1  # masked cells never add
    values = [None if k == 7 else float(v) for k, v in enumerate(population)]
    demand = memory_layer("Point?crs=EPSG:3067&field=vaesto:double", [(v,) for v in values],
                          lambda k: point(*demand_xy[k]))
    result, rows, out = run(dict(PREMISES=premises(), DEMAND=demand, POPULATION="vaesto", METHOD=0, CUTOFF=6.5))
    clean = np.where((population < 0), 0, population)
    clean[7] = 0
    for pid, (x, y) in zip("ABCD", PREMISES_XY):
        distance_km = np.hypot(demand_xy[:, 0] - x, demand_xy[:, 1] - y) / 1000
        assert rows[pid]["pop_within"] == pytest.approx(clean[distance_km <= 6.5].sum(), abs=1e-9)
    # A and B overlap: the shared cells count for both
    assert rows["A"]["pop_within"] + rows["B"]["pop_within"] > clean[
        (np.hypot(demand_xy[:, 0], demand_xy[:, 1]) <= 6500) | (np.hypot(demand_xy[:, 0] - 3000, demand_xy[:, 1])
                                                                 <= 6500)].sum()
    assert result["UNREACHABLE_COUNT"] == 0
    assert out.fields().names() == ["premises_id", "name", "pop_within"]


def test_road_population_within_matches_networkx(provider):
    nx = pytest.importorskip("networkx")
    # a 6 x 6 street grid, 1 km links; speeds 30/60/90 km/h by row; one premises far from the roads
    links, speeds = [], []
    for i in range(6):
        for j in range(6):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < 6 and j + dj < 6:
                    links.append(((i * 1000, j * 1000), ((i + di) * 1000, (j + dj) * 1000)))
                    speeds.append((30.0, 60.0, 90.0)[j % 3])
    network = memory_layer("LineString?crs=EPSG:3067&field=nopeus:double", [(s,) for s in speeds],
                           lambda k: QgsGeometry.fromPolylineXY([QgsPointXY(X0 + a, Y0 + b) for a, b in links[k]]))
    nodes = [(i * 1000, j * 1000) for i in range(6) for j in range(6)]
    demand = memory_layer("Point?crs=EPSG:3067&field=vaesto:integer", [(10 + k,) for k in range(len(nodes))],
                          lambda k: point(*nodes[k]))
    prem = memory_layer("Point?crs=EPSG:3067&field=premises_id:string", [("A",), ("B",), ("FAR",)],
                        lambda k: point(*[(0, 0), (3000, 2000), (50_000, 0)][k]))
    result, rows, _ = run(dict(PREMISES=prem, DEMAND=demand, POPULATION="vaesto", METHOD=1, NETWORK=network,
                               SPEED_FIELD="nopeus", CUTOFF=4.0))
    graph = nx.Graph()
    for (a, b), speed in zip(links, speeds):
        graph.add_edge(a, b, weight=1.0 / speed * 60.0)  # minutes per 1 km link
    for pid, origin in (("A", (0, 0)), ("B", (3000, 2000))):
        minutes = nx.single_source_dijkstra_path_length(graph, origin)
        expected = sum(10 + k for k, node in enumerate(nodes) if minutes[node] <= 4.0 + 1e-9)
        assert rows[pid]["pop_within"] == expected
    assert rows["FAR"]["pop_within"] is None or rows["FAR"]["pop_within"].isNull()
    assert result["UNREACHABLE_COUNT"] == 1


def test_presence_counts(provider):
    presence = memory_layer(
        "None?field=premises_id:string&field=agency:string&field=mode:string&field=annual_visits:integer",
        [("A", "KELA", "staff", 5200), ("A", "vero", "staff", None), ("A", "POLIISI", "remote", 300),
         ("A", "VERO", "appointment", 10), ("B", "KELA", "appointment", 100), ("Z", "KELA", "staff", 9)])
    _, rows, out = run(dict(PREMISES=premises(), PRESENCE=presence))
    assert [(rows[p]["agencies_staff"], rows[p]["agencies_total"], rows[p]["visits_total"]) for p in "ABCD"] == [
        (2, 3, 5510.0), (0, 1, 100.0), (0, 0, 0.0), (0, 0, 0.0)]
    assert "pop_within" not in out.fields().names()


def test_centres_and_stops_match_qgis_geometry(provider):
    square = QgsGeometry.fromWkt(f"POLYGON(({X0 - 500} {Y0 - 500}, {X0 + 500} {Y0 - 500}, {X0 + 500} {Y0 + 500}, "
                                 f"{X0 - 500} {Y0 + 500}, {X0 - 500} {Y0 - 500}))")
    ring = QgsGeometry.fromWkt(f"POLYGON(({X0 + 9000} {Y0 + 9000}, {X0 + 9500} {Y0 + 9000}, {X0 + 9500} "
                               f"{Y0 + 9500}, {X0 + 9000} {Y0 + 9000}))")
    centres = memory_layer("Polygon?crs=EPSG:3067&field=name:string", [("c1",), ("c2",)],
                           lambda k: [square, ring][k])
    stop_xy = [(100, 100), (2800, 400), (19_000, -300)]
    stops = memory_layer("Point?crs=EPSG:3067&field=id:integer", [(k,) for k in range(3)],
                         lambda k: point(*stop_xy[k]))
    _, rows, _ = run(dict(PREMISES=premises(), CENTRES=centres, STOPS=stops))
    for pid, (x, y) in zip("ABCD", PREMISES_XY):
        p = point(x, y)
        expected = min(square.distance(p), ring.distance(p))
        assert rows[pid]["dist_centre_m"] == pytest.approx(expected, abs=1e-6)
        assert rows[pid]["in_centre"] == (1 if expected == 0 else 0)
        assert rows[pid]["dist_stop_m"] == pytest.approx(min(math.hypot(x - a, y - b) for a, b in stop_xy))
    assert rows["A"]["in_centre"] == 1 and rows["B"]["in_centre"] == 0


def test_reprojected_premises(provider):
    """Premises in EPSG:4326 are measured in metres all the same."""
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3067"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    prem = memory_layer("Point?crs=EPSG:4326&field=premises_id:string", [("A",)],
                        lambda k: QgsGeometry.fromPointXY(to_wgs.transform(QgsPointXY(X0 + 1000, Y0))))
    stops = memory_layer("Point?crs=EPSG:3067&field=id:integer", [(1,)], lambda k: point(0, 0))
    _, rows, _ = run(dict(PREMISES=prem, STOPS=stops))
    assert rows["A"]["dist_stop_m"] == pytest.approx(1000.0, abs=0.01)


@pytest.mark.parametrize(
    "params, message",
    [
        (dict(PREMISES_ID="code"), "The premises layer has no field code: choose its identifier field as PREMISES_ID."),
        (dict(PRESENCE="bad"), "The presence table has no field agency; it needs premises_id, agency, mode and "
                               "annual_visits (the agency_presence table of the workspace)."),
        (dict(DEMAND="demand", METHOD=1), "The road network method (METHOD 1) needs a road network"),
    ],
)
def test_bad_input(provider, params, message):
    import processing

    bad = memory_layer("None?field=premises_id:string&field=agencies:string", [("A", "KELA")])
    demand = memory_layer("Point?crs=EPSG:3067&field=vaesto:integer", [(1,)], lambda k: point(0, 0))
    values = dict(params)
    if values.get("PRESENCE") == "bad":
        values["PRESENCE"] = bad
    if values.get("DEMAND") == "demand":
        values["DEMAND"] = demand
    with pytest.raises(QgsProcessingException) as err:
        processing.run("palveluverkko:premisescriteria", dict(values, PREMISES=premises(), OUTPUT="TEMPORARY_OUTPUT"))
    assert message in str(err.value)


def test_population_within_chunks_give_the_same_sums():
    rng = np.random.default_rng(9)
    demand = rng.uniform(0, 10_000, (300, 2))
    pop = rng.uniform(0, 100, 300)
    prem = rng.uniform(0, 10_000, (37, 2))
    model = CostModel.straight_line()
    whole = pc.population_within(model, demand, pop, prem, 3.0)
    chunked = pc.population_within(model, demand, pop, prem, 3.0, pair_target=50)  # a few premises a call
    brute = np.array([pop[np.hypot(*(demand - p).T) <= 3000].sum() for p in prem])
    assert whole == pytest.approx(brute) and chunked == pytest.approx(brute)


def test_real_helsinki_grid_within_two_km_of_the_railway_station(provider, shared_data):
    grid_path = shared_data / "helsinki_test_fixtures" / "hsy_population_grid_2021_helsinki_region_250m.gpkg"
    grid = QgsVectorLayer(str(grid_path), "grid", "ogr")
    assert grid.isValid() and grid.crs().authid() == "EPSG:3879"
    # Helsinki railway station in EPSG:3067 (ETRS-TM35FIN)
    station = QgsPointXY(385_800.0, 6_672_300.0)
    prem = memory_layer("Point?crs=EPSG:3067&field=premises_id:string", [("RS",)],
                        lambda k: QgsGeometry.fromPointXY(station))
    _, rows, _ = run(dict(PREMISES=prem, DEMAND=grid, POPULATION="inhabitants", METHOD=0, CUTOFF=2.0))
    to_3067 = QgsCoordinateTransform(grid.crs(), QgsCoordinateReferenceSystem("EPSG:3067"), QgsProject.instance())
    expected = 0.0
    for f in grid.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(to_3067)
        if g.centroid().asPoint().distance(station) <= 2000 and f["inhabitants"] and f["inhabitants"] > 0:
            expected += f["inhabitants"]
    assert expected > 10_000
    assert rows["RS"]["pop_within"] == pytest.approx(expected, rel=1e-9)


def test_style_shows_the_10000_rule(provider):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsRuleBasedRenderer

    from palveluverkko.core.styling import style_path

    demand = memory_layer("Point?crs=EPSG:3067&field=vaesto:integer", [(12_000,), (500,)],
                          lambda k: point(*[(0, 0), (20_000, 0)][k]))
    _, rows, out = run(dict(PREMISES=premises(), DEMAND=demand, POPULATION="vaesto", CUTOFF=1.0))
    message, ok = out.loadNamedStyle(style_path("premisescriteria"))
    assert ok, message
    rules = out.renderer().rootRule().children()
    assert isinstance(out.renderer(), QgsRuleBasedRenderer) and len(rules) == 3

    def matching(feature):
        context = QgsExpressionContext()
        context.setFeature(feature)
        return [r.label() for r in rules if QgsExpression(r.filterExpression()).evaluate(context)]

    assert matching(rows["A"]) == ["At least 10,000 residents within reach"]
    assert matching(rows["D"]) == ["Fewer than 10,000 residents within reach"]


def test_cancelled_run_writes_nothing(provider, tmp_path):
    """Cancelled while writing (the output file exists): the file is removed again and the log says so."""
    from cancelling import assert_cancelled_and_clean, run_and_cancel

    demand = memory_layer("Point?crs=EPSG:3067&field=vaesto:integer", [(1,)], lambda k: point(0, 0))
    target = tmp_path / "never.gpkg"
    result, feedback = run_and_cancel("palveluverkko:premisescriteria", dict(
        PREMISES=premises(), DEMAND=demand, POPULATION="vaesto", OUTPUT=str(target)), target)
    assert_cancelled_and_clean(result, feedback, tmp_path)
