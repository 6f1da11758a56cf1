# SPDX-License-Identifier: GPL-2.0-or-later
"""resources/models/plannetwork.model3: registered by the provider and runs on the demo data."""
from __future__ import annotations

import sqlite3

import pytest
from qgis.core import NULL, QgsApplication, QgsVectorLayer

from palveluverkko.core.demo import gpkg as demo_gpkg
from palveluverkko.core.presence import workspace as ws

REDUCED = ["398", "098", "316"]


def _null(value) -> bool:
    return value is None or value == NULL


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("model") / "demo.gpkg")
    demo_gpkg.create_demo_workspace(path, codes=REDUCED)
    return path


def test_model_registered(provider):
    model = QgsApplication.processingRegistry().algorithmById("palveluverkko:plannetwork")
    assert model is not None
    children = {c.algorithmId() for c in model.childAlgorithms().values()}
    assert {"palveluverkko:catchments", "palveluverkko:coveragereport", "palveluverkko:premisescriteria",
            "palveluverkko:suitability", "palveluverkko:locationallocation",
            "palveluverkko:comparescenarios"} <= children
    for child in model.childAlgorithms().values():
        assert child.algorithm() is not None, child.algorithmId()


def test_model_runs_on_demo_data(provider, demo_path, tmp_path):
    import processing

    def layer(name):
        return ws.layer_uri(demo_path, name)

    staff = layer("premises") + "|subset=\"premises_id\" IN (SELECT premises_id FROM agency_presence " \
                                "WHERE mode = 'staff')"
    report = str(tmp_path / "coverage.html")
    result = processing.run("palveluverkko:plannetwork", {
        "premises": layer("premises"), "presence": layer("agency_presence"), "service_points": staff,
        "population_grid": layer("population_grid"), "population_field": "vaesto", "roads": layer("roads"),
        "speed_field": "speed_kmh", "direction_field": "ajosuunta", "municipalities": layer("municipalities"),
        "area_name": "nimi", "points": 2,
        "coverage:Coverage by municipality": "TEMPORARY_OUTPUT", "coverage:Coverage report": report,
        "catchments:Travel time per cell": "TEMPORARY_OUTPUT", "catchments:Catchments": "TEMPORARY_OUTPUT",
        "ranking:Ranking of candidates": "TEMPORARY_OUTPUT", "ranking:Ranking report": "TEMPORARY_OUTPUT",
        "allocation:Chosen service points": "TEMPORARY_OUTPUT",
        "compare:Chosen versus today per municipality": "TEMPORARY_OUTPUT",
        "leastcost:Least-cost network": "TEMPORARY_OUTPUT",
    })

    def as_layer(value):
        return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")

    with sqlite3.connect(demo_path) as connection:
        population = dict(connection.execute("SELECT kunta, sum(vaesto) FROM population_grid GROUP BY kunta"))
        names = dict(connection.execute("SELECT nimi, kunta FROM municipalities"))
        staff_ids = {r[0] for r in connection.execute(
            "SELECT DISTINCT premises_id FROM agency_presence WHERE mode = 'staff'")}
    coverage = {f["area"]: f for f in as_layer(result["coverage:Coverage by municipality"]).getFeatures()}
    assert {name: coverage[name]["population"] for name in coverage} == {n: population[k] for n, k in names.items()}
    html = open(report, encoding="utf-8").read()
    table = html[html.index('<table id="coverage">'):]
    assert table[:table.index("</table>")].count("<tr") == len(coverage) + 2  # header, areas, total
    catchments = as_layer(result["catchments:Catchments"])
    assert {str(f["facility"]) for f in catchments.getFeatures()} == staff_ids
    ranking = list(as_layer(result["ranking:Ranking of candidates"]).getFeatures())
    ranked = sorted(f["rank"] for f in ranking if not _null(f["rank"]))
    assert ranked == list(range(1, len(ranked) + 1)) and ranked
    assert all(f["pop_within"] >= 10000 for f in ranking if not _null(f["rank"]))
    assert all(not (f["accessible"] and f["pop_within"] >= 10000) for f in ranking if _null(f["rank"]))
    chosen = [f for f in as_layer(result["allocation:Chosen service points"]).getFeatures() if f["chosen"] == 1]
    assert len(chosen) == 2 and "LHT-01" in {f["premises_id"] for f in chosen}  # is_fixed is always chosen
    areas = list(as_layer(result["compare:Chosen versus today per municipality"]).getFeatures())
    assert sum(f["population"] for f in areas) == sum(population.values())
    least = [f for f in as_layer(result["leastcost:Least-cost network"]).getFeatures() if f["chosen"] == 1]
    assert "LHT-01" in {f["premises_id"] for f in least}
    assert all(f["eligible"] == 1 and f["annual_cost_eur"] >= 0 for f in least)
