# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:suitability end to end on real layers, exact values and error messages."""
from __future__ import annotations

import json
import os
import site
import subprocess
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProject, QgsVectorLayer

from palveluverkko.core.suitability import scoring as sc

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
PKGROOT = Path(__file__).resolve().parent.parent / "build" / "pkgroot"

ROWS = [
    # premises_id, name, pop_within, annual_cost_eur, accessible
    ("P1", "Joensuu", 52000.0, 120000.0, 1),
    ("P2", "Lieksa", 9000.0, 40000.0, 1),
    ("P3", "Kitee", 12000.0, 60000.0, 0),
    ("P4", "Nurmes", None, 50000.0, 1),
    ("P5", "Outokumpu", 15000.0, 45000.0, 1),
]


def premises_layer(tmp_path, rows=ROWS):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:3067&field=premises_id:string&field=name:string&field=pop_within:double"
        "&field=annual_cost_eur:double&field=accessible:integer&field=notes:string",
        "premises", "memory")
    features = []
    for k, (pid, name, pop, cost, acc) in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes([pid, name, pop, cost, acc, "text"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(640000 + 1000 * k, 6950000)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def run(provider, tmp_path, **params):
    import processing

    params.setdefault("OUTPUT", str(tmp_path / "out.gpkg"))
    params.setdefault("SENSITIVITY_RUNS", 0)
    result = processing.run("palveluverkko:suitability", params)
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.isValid()
    rows = {f["premises_id"]: f for f in out.getFeatures()}
    return result, out, rows


def test_weighted_sum_with_constraints_exact(provider, tmp_path):
    result, out, rows = run(
        provider, tmp_path, PREMISES=premises_layer(tmp_path),
        CRITERIA=["pop_within", "benefit", "5", "annual_cost_eur", "cost", "3"],
        CONSTRAINTS='"accessible" = 1 AND "annual_cost_eur" < 100000', TOP_K=2)
    # passing: P2, P4, P5 (P1 too expensive, P3 not accessible); P4's NULL pop -> worst passing (9000)
    assert result["PASSING_COUNT"] == 3
    assert result["CONSISTENCY_RATIO"] is None
    assert [rows[p]["passes"] for p in ("P1", "P2", "P3", "P4", "P5")] == [0, 1, 0, 1, 1]
    w_pop, w_cost = 5 / 8, 3 / 8
    # pop range 9000..15000, cost range 40000..50000
    expected = {
        "P2": (0.0, 1.0),
        "P4": (0.0, 0.0),
        "P5": (1.0, 0.5),
    }
    for pid, (n_pop, n_cost) in expected.items():
        f = rows[pid]
        assert f["n_pop_within"] == pytest.approx(n_pop)
        assert f["n_annual_cost_eur"] == pytest.approx(n_cost)
        assert f["c_pop_within"] == pytest.approx(w_pop * n_pop)
        assert f["c_annual_cost_eur"] == pytest.approx(w_cost * n_cost)
        assert f["score"] == pytest.approx(w_pop * n_pop + w_cost * n_cost)
    assert [rows[p]["rank"] for p in ("P5", "P2", "P4")] == [1, 2, 3]
    for pid in ("P1", "P3"):
        assert rows[pid]["rank"] is None or rows[pid]["rank"] == rows[pid]["rank"].__class__()  # NULL
        assert not rows[pid]["score"] and not rows[pid]["p_top"]
    assert [rows[p]["rank_p05"] for p in ("P5", "P2", "P4")] == [1, 2, 3]
    assert [rows[p]["rank_p95"] for p in ("P5", "P2", "P4")] == [1, 2, 3]
    assert [rows[p]["p_top"] for p in ("P5", "P2", "P4")] == [1.0, 1.0, 0.0]
    # source fields kept, geometry kept
    assert rows["P5"]["notes"] == "text" and rows["P5"].geometry().asPoint().x() == 644000


def test_null_rank_is_null(provider, tmp_path):
    _, _, rows = run(provider, tmp_path, PREMISES=premises_layer(tmp_path),
                     CRITERIA=["pop_within", "benefit", "1"], CONSTRAINTS='"accessible" = 1')
    from qgis.PyQt.QtCore import QVariant

    value = rows["P3"]["rank"]
    assert value is None or (isinstance(value, QVariant) and value.isNull())


def test_qgis_process_style_string_and_topsis_match_core(provider, tmp_path):
    layer = premises_layer(tmp_path)
    result, _, rows = run(provider, tmp_path, PREMISES=layer, METHOD=1,
                          CRITERIA="pop_within,benefit,5,annual_cost_eur,cost,3",
                          SENSITIVITY_RUNS=300, SEED=4, TOP_K=2)
    x = np.array([[np.nan if r[2] is None else r[2], r[3]] for r in ROWS])
    core = sc.score(x, [True, False], [5, 3], sc.TOPSIS, runs=300, spread=0.2, seed=4, top_k=2)
    for k, row in enumerate(ROWS):
        f = rows[row[0]]
        assert f["score"] == pytest.approx(core.score[k])
        assert f["rank"] == core.rank[k]
        assert f["rank_p05"] == core.rank_p05[k] and f["rank_p95"] == core.rank_p95[k]
        assert f["p_top"] == pytest.approx(core.p_top[k])
        assert f["n_pop_within"] == pytest.approx(core.normalised[k, 0])
    assert sum(f["p_top"] for f in rows.values()) == pytest.approx(2.0)


def test_ahp_weights_and_consistency_ratio(provider, tmp_path):
    result, _, rows = run(provider, tmp_path, PREMISES=premises_layer(tmp_path),
                          CRITERIA="pop_within,benefit,1,annual_cost_eur,cost,1", AHP="1 3\n0.33 1")
    w = sc.ahp([[1, 3], [0.33, 1]]).weights
    assert result["CONSISTENCY_RATIO"] == 0.0  # n = 2 is always consistent
    # P1 is best on pop (52000), worst on cost (120000)
    assert rows["P1"]["c_pop_within"] == pytest.approx(w[0])
    assert rows["P1"]["c_annual_cost_eur"] == pytest.approx(0.0)
    assert w[0] == pytest.approx(0.75, abs=0.002)


def test_ahp_inconsistent_warns_and_strict_fails(provider, tmp_path):
    import processing

    layer = premises_layer(tmp_path)
    params = dict(PREMISES=layer, CRITERIA="pop_within,benefit,1,annual_cost_eur,cost,1,accessible,benefit,1",
                  AHP="1 9 1/9; 1/9 1 9; 9 1/9 1", SENSITIVITY_RUNS=0, OUTPUT=str(tmp_path / "a.gpkg"))
    result = processing.run("palveluverkko:suitability", params)
    assert result["CONSISTENCY_RATIO"] > 0.10
    with pytest.raises(QgsProcessingException) as err:
        processing.run("palveluverkko:suitability", dict(params, AHP_STRICT=True, OUTPUT=str(tmp_path / "b.gpkg")))
    assert "is above 0.10" in str(err.value)


@pytest.mark.parametrize(
    "params, message",
    [
        (dict(CRITERIA="population,benefit,1"),
         "The criterion field population is not in the premises layer. Its fields are: premises_id, name, "
         "pop_within, annual_cost_eur, accessible, notes."),
        (dict(CRITERIA="name,benefit,1"),
         "The criterion field name is not numeric (it is string); choose a numeric field."),
        (dict(CRITERIA="pop_within,benefit,-1"),
         "Criteria row 1 (pop_within): the weight -1 is negative; weights must be 0 or more."),
        (dict(CRITERIA="pop_within,benefit,0,annual_cost_eur,cost,0"),
         "All criterion weights are zero: give at least one criterion a positive weight."),
        (dict(CRITERIA="pop_within,benefit,1", CONSTRAINTS='"accessible" = '),
         "The constraint expression is invalid"),
        (dict(CRITERIA="pop_within,benefit,1", CONSTRAINTS='"accesible" = 1'),
         "The constraint expression refers to the field accesible, which is not in the premises layer."),
        (dict(CRITERIA="pop_within,benefit,1,annual_cost_eur,cost,1", AHP="1 2 3; 0.5 1 1; 0.33 1 1"),
         "The AHP matrix is 3×3 but there are 2 criteria"),
        (dict(CRITERIA="pop_within,benefit,1,annual_cost_eur,cost,1", AHP="1 2; 2 1"),
         "AHP matrix cells (row 1, column 2) = 2 and (row 2, column 1) = 2 [pop_within vs annual_cost_eur] "
         "are not reciprocal"),
    ],
)
def test_bad_input_messages(provider, tmp_path, params, message):
    import processing

    with pytest.raises(QgsProcessingException) as err:
        processing.run("palveluverkko:suitability",
                       dict(params, PREMISES=premises_layer(tmp_path), OUTPUT=str(tmp_path / "x.gpkg")))
    assert message in str(err.value)


def test_report_has_tables_and_two_embedded_charts(provider, tmp_path):
    report = tmp_path / "report.html"
    result, _, _ = run(provider, tmp_path, PREMISES=premises_layer(tmp_path),
                       CRITERIA="pop_within,benefit,5,annual_cost_eur,cost,3", AHP="1,3,1/3,1",
                       SENSITIVITY_RUNS=100, OUTPUT_REPORT=str(report))
    assert result["OUTPUT_REPORT"] == str(report)
    text = report.read_text(encoding="utf-8")
    assert text.count("src='data:image/png;base64,") == 2
    for expected in ("Joensuu", "Outokumpu", "c_pop_within", "consistency ratio 0.000", "100 runs"):
        assert expected in text
    # ranking table in rank order
    assert text.index("Outokumpu") < text.index("Kitee")


def test_style_applies_to_the_output(provider, tmp_path):
    from qgis.core import QgsRuleBasedRenderer

    from palveluverkko.core.styling import style_path

    _, out, _ = run(provider, tmp_path, PREMISES=premises_layer(tmp_path), CRITERIA="pop_within,benefit,1")
    message, ok = out.loadNamedStyle(style_path("suitability"))
    assert ok, message
    assert isinstance(out.renderer(), QgsRuleBasedRenderer)
    assert len(out.renderer().rootRule().children()) == 4
    assert out.labelsEnabled()


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
def test_qgis_process_criteria_matrix_and_ahp(tmp_path):
    from qgis.core import QgsVectorFileWriter

    layer = premises_layer(tmp_path)
    source = str(tmp_path / "premises.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, source, QgsProject.instance().transformContext(), options)
    # the test venv's packages (shapely 2 for the shared cost engine) are visible to qgis_process's Python too
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PKGROOT),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"), PYTHONPATH=os.pathsep.join(site.getsitepackages()))

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=180,
                              cwd=tmp_path)

    assert qgis_process("plugins", "enable", "palveluverkko").returncode == 0
    output = tmp_path / "ranked.gpkg"
    done = qgis_process("run", "palveluverkko:suitability", "--json", "--", f"PREMISES={source}",
                        "CRITERIA=pop_within,benefit,5,annual_cost_eur,cost,3", "AHP=1,3,0.33,1",
                        "CONSTRAINTS=\"accessible\" = 1", "SENSITIVITY_RUNS=50", f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert results["CONSISTENCY_RATIO"] == 0.0 and results["PASSING_COUNT"] == 4
    ranked = QgsVectorLayer(str(output), "ranked", "ogr")
    ranks = {f["premises_id"]: f["rank"] for f in ranked.getFeatures() if f["passes"] == 1}
    x = np.array([[np.nan if r[2] is None else r[2], r[3]] for r in ROWS if r[4] == 1])
    w = sc.ahp([[1, 3], [0.33, 1]]).weights
    expected = sc.score(x, [True, False], w).rank
    assert [ranks[r[0]] for r in ROWS if r[4] == 1] == expected.tolist()


def test_cancelled_run_writes_nothing(provider, tmp_path):
    """Cancelled while writing (the output file exists): the file is removed again and the log says so."""
    from cancelling import assert_cancelled_and_clean, run_and_cancel

    out = tmp_path / "out"
    out.mkdir()
    target = out / "never.gpkg"
    result, feedback = run_and_cancel("palveluverkko:suitability", dict(
        PREMISES=premises_layer(tmp_path), CRITERIA="pop_within,benefit,1", OUTPUT=str(target)), target)
    assert_cancelled_and_clean(result, feedback, out)
