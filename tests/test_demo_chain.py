# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo chain on a reduced region: every step runs, report.html agrees with the output layers."""
from __future__ import annotations

import os
import re
import sqlite3

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtGui import QFontDatabase, QImage

from palveluverkko.core.demo import generate as demo
from palveluverkko.core.demo import map as demo_map
from palveluverkko.core.demo import report as demo_report
from palveluverkko.processing import demo_chain

REDUCED = "398,098,316"  # Lahti, Hollola, Kärkölä


def _provider():
    from palveluverkko.processing.provider import PalveluverkkoProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("palveluverkko")
    if existing is None:
        existing = PalveluverkkoProvider()
        assert registry.addProvider(existing)
        _KEEP_ALIVE.append(existing)
    return existing


_KEEP_ALIVE: list = []


@pytest.fixture(scope="module")
def chain(qgis_processing, tmp_path_factory):
    import processing

    provider = _provider()
    out = str(tmp_path_factory.mktemp("demo-output"))
    available = [alg.id() for alg in provider.algorithms()]
    steps = demo_chain.steps(out, available, REDUCED)
    os.makedirs(os.path.join(out, "runs"), exist_ok=True)
    results = {}
    for step in steps:
        results[step.name] = processing.run(f"palveluverkko:{step.algorithm}", dict(step.parameters))
    return out, steps, results


def _rows(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def _table_values(html, table_id, key=0):
    """{text of cell ``key``: [cells, numbers from data-value]} of an HTML table of the report."""
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', html, re.S).group(1)
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", row, re.S)
        if not cells:
            continue
        values = []
        for attrs, text in cells:
            match = re.search(r'data-value="([^"]*)"', attrs)
            values.append((float(match.group(1)) if match.group(1) else None) if match else text)
        rows[values[key]] = values
    return rows


def test_chain_steps_and_arguments(chain, tmp_path):
    out, steps, results = chain
    names = [s.name for s in steps]
    assert names[0] == "01_demoworkspace" and names == sorted(names)
    assert results["01_demoworkspace"]["TOTAL_POPULATION"] == 120000 + 23500 + 4300
    ids = [f"palveluverkko:{s.algorithm}" for s in steps]
    files = demo_chain.write_argument_files(str(tmp_path), ids, REDUCED)
    with open(files[0], encoding="utf-8") as handle:
        arguments = handle.read().split("\0")[:-1]
    assert arguments[0] == "palveluverkko:demoworkspace"
    assert f"MUNICIPALITIES={REDUCED}" in arguments and len(files) == len(steps)
    assert not any(s.algorithm == "catchments" for s in demo_chain.steps(out, ["palveluverkko:suitability"]))


def test_project_opens_on_one_readable_map(chain, tmp_path):
    """Only the map's layers are switched on, drawn premises over the base map over today's catchments."""
    from qgis.core import QgsProviderRegistry

    out, _steps, _results = chain
    workspace = os.path.join(out, "workspace.gpkg")
    project = QgsProject.instance()
    project.clear()
    try:
        demo_map.build_project(workspace, project)
        assert project.write(str(tmp_path / "demo.qgz"))
    finally:
        project.clear()
    reread = QgsProject()
    assert reread.read(str(tmp_path / "demo.qgz"))
    root = reread.layerTreeRoot()

    def table(layer):
        return QgsProviderRegistry.instance().decodeUri("ogr", layer.source())["layerName"]

    spatial = [layer for layer in root.layerOrder() if layer.isSpatial()]  # drawing order, top first
    drawn = [table(layer) for layer in spatial if root.findLayer(layer.id()).isVisible()]
    assert drawn == ["premises", "municipalities", "roads", "lakes", "catchments"]
    off = {table(layer) for layer in spatial if not root.findLayer(layer.id()).isVisible()}
    results = {"catchment_demand", "coverage", "premises_criteria", "suitability", "allocation",
               "allocation_demand", "scenario_demand", "scenario_areas", "today_network", "leastcost"}
    assert off == (results | {"population_grid"}) & set(demo_map.spatial_tables(workspace))
    assert {"catchment_demand", "coverage"} <= off  # the band layer and the coverage no longer blend in
    municipalities = next(layer for layer in spatial if table(layer) == "municipalities")
    assert reread.viewSettings().defaultViewExtent() == municipalities.extent()
    reread.clear()


def test_report_equals_layers(chain):
    out, steps, results = chain
    workspace = os.path.join(out, "workspace.gpkg")
    project = QgsProject.instance()
    project.clear()
    try:
        layers = demo_map.build_project(workspace, project)
        assert project.write(os.path.join(out, "demo.qgz"))
        demo_map.export_map(project, layers, os.path.join(out, "map.png"), "test map")
        summary = demo_report.build_report(workspace, os.path.join(out, "runs"), os.path.join(out, "report.html"))
    finally:
        project.clear()
    reread = QgsProject()
    assert reread.read(os.path.join(out, "demo.qgz"))
    loaded = list(reread.mapLayers().values())
    assert len(loaded) == len(layers) and all(layer.isValid() for layer in loaded)
    assert {layer.name() for layer in loaded} >= {"Population grid 1 km (SYNTHETIC)", "Coverage per municipality"}
    reread.clear()
    html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
    assert "SYNTHETIC" in html and "Run parameters" in html and "attribution" in html.lower()
    image = QImage(os.path.join(out, "map.png"))
    assert image.width() > 500 and image.height() > 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 25) for y in range(0, image.height(), 25)}
    assert len(colours) > 5  # something was drawn
    styled = {row[0] for row in _rows(workspace, "SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert {"premises", "population_grid", "roads", "municipalities"} <= styled
    saved = " ".join(row[0] for row in _rows(workspace, "SELECT styleQML FROM layer_styles"))
    fonts = set(re.findall(r'fontFamily="([^"]*)"', saved))
    assert fonts and fonts <= set(QFontDatabase().families())  # no "Font not available on system" on opening
    tables = demo_map.spatial_tables(workspace)
    if "suitability" in tables:
        ranking = _table_values(html, "ranking", key=1)
        criteria = demo_report.criteria_of(demo_report.read_rows(workspace, "suitability"))
        for row in demo_report.read_rows(workspace, "suitability"):
            values = ranking[row["premises_id"]]
            assert values[0] == (None if row["rank"] is None else row["rank"])
            assert values[3] == (None if row["score"] is None else pytest.approx(row["score"]))
            assert values[4:4 + len(criteria)] == [None if row[f"c_{c}"] is None else pytest.approx(row[f"c_{c}"])
                                                   for c in criteria]
        first = min((r for r in demo_report.read_rows(workspace, "suitability") if r["rank"] is not None),
                    key=lambda r: r["rank"])
        assert any(line.startswith(f"Ranked first: {first['premises_id']}") for line in summary)
    if "allocation" in tables:
        allocation = _table_values(html, "allocation")
        chosen = [r for r in demo_report.read_rows(workspace, "allocation") if r["chosen"]]
        assert sorted(allocation) == sorted(r["premises_id"] for r in chosen)
        for row in chosen:
            expected = [row["required"], row["order"], pytest.approx(row["population"]),
                        pytest.approx(row["pop_within"])]
            assert allocation[row["premises_id"]][2:] == expected
        covered = results["06_locationallocation"]["COVERED_POPULATION"]
        assert sum(r["pop_within"] for r in chosen) == pytest.approx(covered)
    if "coverage" in tables:
        coverage = _table_values(html, "coverage")
        columns = ("population", "pop_within_30", "share_within_30", "pop_within_60", "share_within_60",
                   "pop_unreachable", "mean_cost", "pop65", "pop65_within_30", "pop65_within_60", "masked_cells",
                   "masked_population")
        rows = demo_report.read_rows(workspace, "coverage")
        assert sorted(r["area"] for r in rows) == ["Hollola", "Kärkölä", "Lahti"]
        for row in rows:
            assert coverage[row["area"]][1:] == [pytest.approx(row[c]) for c in columns]
        grid_total = _rows(workspace, "SELECT sum(vaesto) FROM population_grid")[0][0]
        assert sum(r["population"] for r in rows) == grid_total == results["03_coveragereport"]["TOTAL_POPULATION"]
        assert coverage["Total"][1] == grid_total
        assert list(coverage) == ["Hollola", "Kärkölä", "Lahti", "Total"]  # by name; every municipality inhabited
        notes = [dict(re.findall(r'data-(\w+)="([^"]*)"', attrs))
                 for attrs in re.findall(r'id="reconciliation" ([^>]*)>', html)]
        assert notes[0] == {"table": repr(float(grid_total)), "outside": "0.0", "cells": "0",
                            "all": repr(float(grid_total)), "empty": "0"}


def test_demo_layers_are_synthetic_and_reduced(chain):
    out, _steps, _results = chain
    workspace = os.path.join(out, "workspace.gpkg")
    assert {r[0] for r in _rows(workspace, "SELECT kunta FROM municipalities")} == {"398", "098", "316"}
    assert _rows(workspace, "SELECT value FROM palveluverkko_meta WHERE key='demo'")[0][0] == demo.SYNTHETIC_NOTE
    assert QgsApplication.processingRegistry().algorithmById("palveluverkko:coveragereport") is not None


def test_report_in_finnish(chain):
    from qgis.PyQt.QtCore import QCoreApplication

    from palveluverkko.core import i18n

    out, _steps, _results = chain
    workspace = os.path.join(out, "workspace.gpkg")
    translator = i18n.install_translator("fi")
    assert translator is not None
    try:
        summary = demo_report.build_report(workspace, os.path.join(out, "runs"), os.path.join(out, "fi.html"))
    finally:
        QCoreApplication.removeTranslator(translator)
    html = open(os.path.join(out, "fi.html"), encoding="utf-8").read()
    assert "<h2>Yhteenveto</h2>" in html and "SYNTEETTISTÄ AINEISTOA" in html
    if "coverage" in demo_map.spatial_tables(workspace):
        assert summary[0].startswith("Väestö enintään 30 min päässä nykyisestä palvelupisteestä")
        share = re.search(r"\((\d+(?:,\d)?) %\)", summary[0])
        assert share is not None and "," in share.group(1), summary[0]  # a decimal comma in Finnish
        assert "Yhteensä" in _table_values(html, "coverage")


@pytest.mark.parametrize("code, environ, expected, names", [
    ("fi", {}, "fi", {"Väestöruudukko 1 km (SYNTEETTINEN)", "Kattavuus kunnittain"}),
    ("sv", {}, "sv", {"Befolkningsrutnät 1 km (SYNTETISKT)", "Täckning per kommun"}),
    ("fi", {"DEMO_LANG": "en"}, "en", {"Population grid 1 km (SYNTHETIC)", "Coverage per municipality"}),
    ("en", {"DEMO_LANG": "sv"}, "sv", {"Befolkningsrutnät 1 km (SYNTETISKT)", "Täckning per kommun"}),
])
def test_demo_layer_names_follow_the_language(chain, language, code, environ, expected, names):
    """The demo names its layers in the language of the QGIS running it, or DEMO_LANG's."""
    from palveluverkko.core.demo.texts import demo_language

    out, _steps, _results = chain
    language(code)
    chosen = demo_language(environ)
    assert chosen == expected
    language(chosen)  # what scripts/demo_finish.py installs
    project = QgsProject()
    layers = demo_map.build_project(os.path.join(out, "workspace.gpkg"), project)
    assert names <= {layer.name() for layer in layers.values()}
    project.clear()


def test_least_cost_network_beside_today(chain, tmp_path):
    """The demo's least-cost network keeps every reachable resident within 60 min; the report's cost table shows
    its figures beside today's network, equal to the runs' results and to the output layers."""
    import json

    out, steps, results = chain
    workspace = os.path.join(out, "workspace.gpkg")
    today, least = results["08_todaynetwork"], results["09_leastcost"]
    assert least["COVERED_POPULATION"] == pytest.approx(least["REACHABLE_POPULATION"])
    assert least["OBJECTIVE"] == least["TOTAL_COST"] and least["OPTIMAL"] is True
    for table, result in (("leastcost", least), ("today_network", today)):
        chosen = _rows(workspace, f'SELECT annual_cost_eur FROM "{table}" WHERE chosen = 1')
        assert len(chosen) == result["FACILITIES"]
        assert sum(c for (c,) in chosen) == pytest.approx(result["TOTAL_COST"])
        longest = _rows(workspace, f'SELECT MAX(cost) FROM "{table}_demand" WHERE vaesto > 0')[0][0]
        assert result["MAX_COST"] == pytest.approx(longest)
    assert len(_rows(workspace, 'SELECT 1 FROM "today_network" WHERE chosen = 0')) == 0  # every point kept
    runs = tmp_path / "runs"
    runs.mkdir()
    inputs = {s.name: s.parameters for s in steps}
    for name in ("08_todaynetwork", "09_leastcost"):
        plain = {k: v for k, v in results[name].items() if isinstance(v, (int, float, bool)) or v is None}
        (runs / f"{name}.json").write_text(json.dumps({"inputs": inputs[name], "results": plain}), encoding="utf-8")
    demo_report.build_report(workspace, str(runs), str(tmp_path / "report.html"), map_name=None)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    table = _table_values(html, "costs")
    rows = list(table.values())
    assert [r[1:] for r in rows] == [
        [r["FACILITIES"], r["TOTAL_COST"], r["COVERED_POPULATION"], pytest.approx(r["MAX_COST"])]
        for r in (today, least)]
    summary = demo_report.summary_lines(workspace, demo_report.read_runs(str(runs)))
    assert any(line.startswith("Least-cost network keeping everyone within 60 min") for line in summary)
