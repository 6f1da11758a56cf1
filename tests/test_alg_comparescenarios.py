# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:comparescenarios: identical scenarios change nothing, closing a point changes only its demand."""
from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer
from test_alg_locationallocation import generated

ALG = "palveluverkko:comparescenarios"


def areas_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3067&field=nimi:string", "areas", "memory")
    feats = []
    for name, x0, x1 in (("West", 300_000, 330_000), ("East", 330_000, 360_000)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, 6_900_000, x1, 6_960_000)))
        f.setAttributes([name])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def run(tmp_path, **params):
    import processing

    params.setdefault("OUTPUT", str(tmp_path / "out.gpkg"))
    params.setdefault("POPULATION", "vaesto")
    result = processing.run(ALG, params)
    out = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert out.isValid()
    return result, {f["name"]: f for f in out.getFeatures()}


def test_same_scenario_changes_nothing(provider, tmp_path):
    demand, cands, km, pop = generated()
    result, rows = run(tmp_path, BASE=cands, SCENARIO=cands, FACILITY_ID="code", DEMAND=demand, CUTOFF=10)
    assert result["POPULATION_LOST"] == 0 and result["POPULATION_GAINED"] == 0
    assert result["MEAN_COST_BASE"] == result["MEAN_COST_SCENARIO"]
    for f in rows.values():
        assert f["change"] == 0 and f["lost_cutoff"] == 0 and f["gained_cutoff"] == 0
        assert f["facility_base"] == f["facility_scenario"]


def test_closing_one_point_changes_only_its_demand(provider, tmp_path):
    demand, cands, km, pop = generated()
    cutoff = 10.0
    report = tmp_path / "report.html"
    result, rows = run(tmp_path, BASE=cands, SCENARIO_EXPRESSION="\"code\" <> 'C3'", FACILITY_ID="code",
                       DEMAND=demand, CUTOFF=cutoff, AREAS=areas_layer(), AREA_NAME="nimi",
                       OUTPUT_AREAS=str(tmp_path / "areas.gpkg"), OUTPUT_REPORT=str(report))
    base = km.min(axis=1)
    keep = [j for j in range(km.shape[1]) if j != 3]
    scen = km[:, keep].min(axis=1)
    served_by_3 = km.argmin(axis=1) == 3
    assert served_by_3.any()
    lost = (base <= cutoff) & (scen > cutoff)
    for i in range(len(pop)):
        f = rows[f"d{i}"]
        assert f["cost_base"] == pytest.approx(base[i], rel=1e-12)
        assert f["cost_scenario"] == pytest.approx(scen[i], rel=1e-12)
        if served_by_3[i]:
            assert f["facility_base"] == "C3" and f["facility_scenario"] != "C3"
        else:
            assert f["change"] == 0 and f["facility_base"] == f["facility_scenario"]
        assert f["lost_cutoff"] == int(lost[i]) and f["gained_cutoff"] == 0
    assert result["POPULATION_LOST"] == pytest.approx(pop[lost].sum())
    assert result["POPULATION_GAINED"] == 0
    # per area
    areas = {f["area"]: f for f in QgsVectorLayer(result["OUTPUT_AREAS"], "a", "ogr").getFeatures()}
    dxy = np.array([[rows[f"d{i}"].geometry().asPoint().x()] for i in range(len(pop))])[:, 0]
    for name, west in (("West", True), ("East", False)):
        sel = (dxy < 330_000) == west
        assert areas[name]["population"] == pytest.approx(pop[sel].sum())
        assert areas[name]["pop_lost"] == pytest.approx(pop[sel & lost].sum())
        assert areas[name]["mean_cost_scenario"] == pytest.approx((pop[sel] * scen[sel]).sum() / pop[sel].sum())
    text = report.read_text(encoding="utf-8")
    assert f'data-value="{float(pop[lost].sum())!r}"' in text and "West" in text


def test_missing_scenario_is_an_error(provider, tmp_path):
    import processing

    demand, cands, _, _ = generated()
    with pytest.raises(QgsProcessingException, match="Give the scenario"):
        processing.run(ALG, dict(BASE=cands, DEMAND=demand, POPULATION="vaesto", OUTPUT="memory:"))


def test_cancel_leaves_no_output(provider, tmp_path):
    """Cancelled after the first batch of demand rows is written: the file is removed again."""
    from cancelling import assert_cancelled_and_clean, run_and_cancel

    demand, cands, _, _ = generated(n_d=12_000)  # over two batches of written rows
    out = tmp_path / "never.gpkg"
    result, feedback = run_and_cancel(ALG, dict(BASE=cands, SCENARIO=cands, DEMAND=demand, POPULATION="vaesto",
                                                OUTPUT=str(out)), out)
    assert_cancelled_and_clean(result, feedback, tmp_path)


@pytest.mark.parametrize("code, order", [("en", ["Ähtäri", "Aura"]), ("fi", ["Aura", "Ähtäri"])])
def test_area_report_reconciles_and_sorts_by_collation(provider, tmp_path, language, code, order):
    """The per-area table: rows with residents in the language's collation, the empty area left out (kept in
    OUTPUT_AREAS), and table total + outside every area = all residents."""
    import re

    demand, cands, km, pop = generated()
    layer = QgsVectorLayer("Polygon?crs=EPSG:3067&field=nimi:string", "areas", "memory")
    for name, x0, x1, y0 in (("Ähtäri", 300_000, 330_000, 6_900_000), ("Aura", 330_000, 350_000, 6_900_000),
                             ("Akaa", 300_000, 310_000, 7_100_000)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y0 + 60_000)))
        f.setAttributes([name])
        layer.dataProvider().addFeature(f)
    language(code)
    report = tmp_path / "report.html"
    result, rows = run(tmp_path, BASE=cands, SCENARIO_EXPRESSION="\"code\" <> 'C3'", FACILITY_ID="code",
                       DEMAND=demand, CUTOFF=10, AREAS=layer, AREA_NAME="nimi",
                       OUTPUT_AREAS=str(tmp_path / "areas.gpkg"), OUTPUT_REPORT=str(report))
    x = np.array([rows[f"d{i}"].geometry().asPoint().x() for i in range(len(pop))])
    west, east, outside = x < 330_000, (x >= 330_000) & (x < 350_000), x >= 350_000
    assert outside.any()
    areas = [(f["area"], f["population"]) for f in QgsVectorLayer(result["OUTPUT_AREAS"], "a", "ogr").getFeatures()]
    assert areas == [("Ähtäri", pytest.approx(pop[west].sum())), ("Aura", pytest.approx(pop[east].sum())),
                     ("Akaa", 0)]
    assert result["OUTSIDE_POPULATION"] == pytest.approx(pop[outside].sum())
    assert result["OUTSIDE_COUNT"] == int(outside.sum())
    html = report.read_text(encoding="utf-8")
    table = re.search(r'<table id="areas">(.*?)</table>', html, re.S).group(1)
    assert re.findall(r"<tr><td>([^<]*)</td>", table) == order
    note = dict(re.findall(r'data-(\w+)="([^"]*)"', re.search(r'id="reconciliation" ([^>]*)>', html).group(1)))
    assert float(note["table"]) == pytest.approx(pop[west | east].sum())
    assert float(note["outside"]) == pytest.approx(pop[outside].sum())
    assert int(note["cells"]) == int(outside.sum()) and int(note["empty"]) == 1
    assert float(note["all"]) == pytest.approx(pop.sum()) == result["TOTAL_POPULATION"]
