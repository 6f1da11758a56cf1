# SPDX-License-Identifier: GPL-2.0-or-later
"""The SYNTHETIC demo region: invariants of the generated workspace."""
from __future__ import annotations

import sqlite3
from collections import Counter

import networkx as nx
import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

from palveluverkko.core.demo import generate as demo
from palveluverkko.core.demo import gpkg as demo_gpkg
from palveluverkko.core.presence import workspace as ws

REAL_CODES = {"016": "Asikkala", "081": "Hartola", "098": "Hollola", "111": "Heinola", "142": "Iitti",
              "316": "Kärkölä", "398": "Lahti", "560": "Orimattila", "576": "Padasjoki", "781": "Sysmä"}


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("demo") / "demo.gpkg")
    counts = demo_gpkg.create_demo_workspace(path)
    return path, counts


def _rows(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_recipe_is_paijat_hame():
    municipalities = demo.read_municipalities()
    assert {m.kunta: m.nimi for m in municipalities} == REAL_CODES
    assert all(380_000 < m.centre[0] < 480_000 and 6_720_000 < m.centre[1] < 6_850_000 for m in municipalities)


def test_grid_sums_equal_municipal_populations(demo_ws):
    path, counts = demo_ws
    sums = dict(_rows(path, "SELECT kunta, sum(vaesto) FROM population_grid GROUP BY kunta"))
    assert sums == {m.kunta: m.population for m in demo.read_municipalities()}
    assert dict(_rows(path, "SELECT kunta, vaesto FROM municipalities")) == sums
    assert counts["population_grid"] == _rows(path, "SELECT count(*) FROM population_grid")[0][0]
    assert _rows(path, "SELECT min(vaesto) FROM population_grid")[0][0] >= 1  # only inhabited cells exist


def test_grid_fields_follow_statistics_finland(demo_ws):
    path, _counts = demo_ws
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(population_grid)")][2:]
        rows = np.array(connection.execute(
            "SELECT id_nro, xkoord, ykoord, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_ "
            "FROM population_grid").fetchall())
        grd_ids = [row[0] for row in connection.execute("SELECT grd_id FROM population_grid")]
    assert columns == list(demo.GRID_FIELDS)
    id_nro, x, y, vaesto, men, women, young, middle, old = rows.T
    masked = vaesto < 10
    assert masked.any() and (~masked).any()
    assert (rows[masked][:, 4:] == -1).all()
    assert (men + women == vaesto)[~masked].all()
    assert (young + middle + old == vaesto)[~masked].all()
    assert (rows[~masked][:, 4:] >= 0).all()
    assert len(set(grd_ids)) == len(grd_ids) and len(set(id_nro)) == len(id_nro)
    assert (x % 1000 == 0).all() and (y % 1000 == 0).all()
    assert grd_ids[0] == f"1kmN{int(y[0]) // 1000}E{int(x[0]) // 1000:04d}"
    layer = QgsVectorLayer(ws.layer_uri(path, "population_grid"), "grid", "ogr")
    for feature in list(layer.getFeatures())[:50]:
        box = feature.geometry().boundingBox()
        assert (box.xMinimum(), box.yMinimum(), box.width(), box.height()) == (
            feature["xkoord"], feature["ykoord"], 1000, 1000)


def test_cells_lie_in_their_municipality(demo_ws):
    path, _counts = demo_ws
    areas = QgsVectorLayer(ws.layer_uri(path, "municipalities"), "m", "ogr")
    polygons = {f["kunta"]: f.geometry() for f in areas.getFeatures()}
    assert sorted(polygons) == sorted(REAL_CODES)
    union = QgsGeometry.unaryUnion(list(polygons.values()))
    total = sum(g.area() for g in polygons.values())
    assert union.area() == pytest.approx(total)  # no overlaps
    for kunta, x, y in _rows(path, "SELECT kunta, xkoord, ykoord FROM population_grid"):
        centre = QgsGeometry.fromPointXY(QgsPointXY(x + 500, y + 500))
        assert polygons[kunta].contains(centre), (kunta, x, y)


def _road_graph(path):
    graph = nx.DiGraph()
    for x0, y0, x1, y1, direction in _road_rows(path):
        a, b = (x0, y0), (x1, y1)
        if direction in (2, 4):
            graph.add_edge(a, b)
        if direction in (2, 3):
            graph.add_edge(b, a)
    return graph


def _road_rows(path):
    layer = QgsVectorLayer(ws.layer_uri(path, "roads"), "roads", "ogr")
    for feature in layer.getFeatures():
        line = feature.geometry().asPolyline()
        yield line[0].x(), line[0].y(), line[-1].x(), line[-1].y(), feature["ajosuunta"]


def test_network_connected_except_the_island(demo_ws):
    path, _counts = demo_ws
    graph = _road_graph(path)
    components = sorted(nx.strongly_connected_components(graph), key=len)
    assert len(components) == 2
    island = {(x, y) for _k, x, y, _p in (r.values() for r in demo.recipe_rows("islands.csv"))}
    assert {(float(x), float(y)) for x, y in island} == components[0]
    assert len(list(nx.weakly_connected_components(graph))) == 2
    directions = Counter(direction for *_xy, direction in _road_rows(path))
    assert directions[3] >= 2 and directions[4] >= 2  # one-way streets, both codings
    # every inhabited cell centre is a network node, so no cell is farther than the snap distance
    nodes = set(graph.nodes)
    for x, y in _rows(path, "SELECT xkoord, ykoord FROM population_grid"):
        assert (x + 500.0, y + 500.0) in nodes
    island_population = _rows(path, "SELECT sum(vaesto) FROM population_grid WHERE "
                                    + " OR ".join(f"(xkoord={int(x) - 500} AND ykoord={int(y) - 500})"
                                                  for x, y in island))[0][0]
    assert island_population == 23


def test_ids_unique_and_presence_valid(demo_ws):
    path, counts = demo_ws
    ids = [row[0] for row in _rows(path, "SELECT premises_id FROM premises")]
    assert len(ids) == len(set(ids)) == counts["premises"] == 18
    links = [row[0] for row in _rows(path, "SELECT link_id FROM roads")]
    assert len(links) == len(set(links)) == counts["roads"]
    presence = _rows(path, "SELECT premises_id, agency FROM agency_presence")
    assert len(presence) == len(set(presence)) == 25
    assert {p for p, _a in presence} <= set(ids)
    codes = {row[0] for row in _rows(path, "SELECT code FROM agencies")}
    assert {a for _p, a in presence} <= codes
    assert _rows(path, "SELECT premises_id FROM premises WHERE is_fixed") == [("LHT-01",)]
    assert _rows(path, "SELECT value FROM palveluverkko_meta WHERE key='demo'")[0][0].startswith("SYNTHETIC")
    described = _rows(path, "SELECT table_name, description FROM gpkg_contents WHERE description LIKE 'SYNTHETIC%'")
    assert sorted(t for t, _d in described) == sorted(demo_gpkg.DEMO_LAYERS)
    ws.check_workspace(path)


def test_deterministic_and_reduced_region():
    first, second = demo.generate(["398", "98"]), demo.generate(["398", "098"])
    for name in demo.GRID_FIELDS:
        assert list(first.grid[name]) == list(second.grid[name])
    assert [link["start"] for link in first.roads] == [link["start"] for link in second.roads]
    assert set(first.grid["kunta"]) == {"398", "098"}
    assert int(first.grid["vaesto"].sum()) == 120000 + 23500
    assert {p["municipality_code"] for p in first.premises} == {"398", "098"}
    with pytest.raises(ValueError, match="Unknown demo municipality code"):
        demo.generate(["999"])


def test_demoworkspace_algorithm(provider, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    path = str(tmp_path / "small.gpkg")
    result = processing.run("palveluverkko:demoworkspace", {"OUTPUT": path, "MUNICIPALITIES": "316,576"})
    assert result["TOTAL_POPULATION"] == 4300 + 2800
    assert result["PREMISES"] == 2
    assert result["GRID_CELLS"] == _rows(path, "SELECT count(*) FROM population_grid")[0][0]
    assert _rows(path, "SELECT sum(vaesto) FROM population_grid")[0][0] == 7100
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("palveluverkko:demoworkspace", {"OUTPUT": path})
    with pytest.raises(QgsProcessingException, match="Unknown demo municipality code"):
        processing.run("palveluverkko:demoworkspace", {"OUTPUT": str(tmp_path / "x.gpkg"), "MUNICIPALITIES": "999"})
