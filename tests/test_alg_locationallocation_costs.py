# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:locationallocation with costs, budgets, p-center and MIN_POPULATION_WITHIN: brute force, errors."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from test_alg_locationallocation import point_layer

ALG = "palveluverkko:locationallocation"


def generated(seed=3, n_d=90, n_c=8, costs=None):
    rng = np.random.default_rng(seed)
    dxy = rng.uniform(0, 60_000, (n_d, 2)) + (300_000, 6_900_000)
    cxy = rng.uniform(0, 60_000, (n_c, 2)) + (300_000, 6_900_000)
    pop = rng.integers(0, 400, n_d).astype(float)
    fc = rng.integers(10, 90, n_c).astype(float) * 1000 if costs is None else np.asarray(costs, dtype=float)
    demand = point_layer("demand", ["vaesto:double", "name:string"],
                         [(x, y, p, f"d{i}") for i, ((x, y), p) in enumerate(zip(dxy, pop))])
    visits = rng.uniform(0.1, 0.5, n_c) * pop.sum() * 2.0
    cands = point_layer("cands", ["code:string", "is_fixed:integer", "annual_cost_eur:double", "label:string",
                                  "visits:double"],
                        [(x, y, f"C{j}", int(j == 2), fc[j], "x", visits[j]) for j, (x, y) in enumerate(cxy)])
    km = np.hypot(dxy[:, None, 0] - cxy[None, :, 0], dxy[:, None, 1] - cxy[None, :, 1]) / 1000.0
    return demand, cands, km, np.maximum(pop, 0), fc


def run(tmp_path, feedback=None, **params):
    import processing

    params.setdefault("OUTPUT", str(tmp_path / "cands.gpkg"))
    params.setdefault("OUTPUT_DEMAND", str(tmp_path / "demand.gpkg"))
    params.setdefault("POPULATION", "vaesto")
    params.setdefault("CANDIDATE_ID", "code")
    result = processing.run(ALG, params, feedback=feedback)
    cands = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    return result, {f["code"]: f for f in cands.getFeatures()}


def chosen_of(rows):
    return sorted(int(code[1:]) for code, f in rows.items() if f["chosen"] == 1)


def subsets(n_c, must=(), max_size=None):
    for k in range(len(must), (max_size or n_c) + 1):
        for combo in itertools.combinations(range(n_c), k):
            if set(must) <= set(combo):
                yield list(combo)


def cov(km, pop, s, cutoff):
    return pop[(km[:, s] <= cutoff).any(axis=1)].sum() if s else 0.0


@pytest.mark.parametrize("solver", [0, 1])
def test_least_cost_coverage_equals_brute_force(provider, tmp_path, solver):
    demand, cands, km, pop, fc = generated()
    cutoff, target = 18.0, 85.0
    result, rows = run(tmp_path, CANDIDATES=cands, DEMAND=demand, PROBLEM=3, CUTOFF=cutoff, COVERAGE_TARGET=target,
                       COST_FIELD="annual_cost_eur", REQUIRED='"is_fixed" = 1', SOLVER=solver)
    goal = target / 100 * pop.sum()
    best = min((fc[s].sum(), -cov(km, pop, s, cutoff)) for s in subsets(8, (2,)) if cov(km, pop, s, cutoff) >= goal)
    chosen = chosen_of(rows)
    assert 2 in chosen
    assert result["TOTAL_COST"] == pytest.approx(fc[chosen].sum()) == result["OBJECTIVE"]
    assert result["COVERED_POPULATION"] >= goal
    if solver == 1:
        assert result["TOTAL_COST"] == pytest.approx(best[0]) and result["OPTIMAL"] is True
        assert result["COVERED_POPULATION"] == pytest.approx(-best[1])
    else:
        assert result["TOTAL_COST"] <= best[0] * 1.02
    served = pop > 0
    assert result["MAX_COST"] == pytest.approx(km[served][:, chosen].min(axis=1).max(), rel=1e-9)


@pytest.mark.parametrize("solver", [0, 1])
@pytest.mark.parametrize("p", [0, 3])
def test_budgeted_coverage_equals_brute_force(provider, tmp_path, solver, p):
    demand, cands, km, pop, fc = generated(seed=4)
    cutoff, budget = 15.0, 120_000.0
    result, rows = run(tmp_path, CANDIDATES=cands, DEMAND=demand, PROBLEM=0, P=p, CUTOFF=cutoff, BUDGET=budget,
                       COST_FIELD="annual_cost_eur", SOLVER=solver)
    best = max(cov(km, pop, s, cutoff) for s in subsets(8, (), p or None) if fc[s].sum() <= budget)
    chosen = chosen_of(rows)
    assert fc[chosen].sum() <= budget and result["TOTAL_COST"] == pytest.approx(fc[chosen].sum())
    assert p == 0 or len(chosen) <= p
    assert result["COVERED_POPULATION"] == pytest.approx(cov(km, pop, chosen, cutoff))
    if solver == 1:
        assert result["OBJECTIVE"] == pytest.approx(best)
    else:
        assert result["OBJECTIVE"] >= 0.98 * best


def test_budgeted_p_median_equals_brute_force(provider, tmp_path):
    demand, cands, km, pop, fc = generated(seed=6)
    budget = 100_000.0
    result, rows = run(tmp_path, CANDIDATES=cands, DEMAND=demand, PROBLEM=1, P=0, BUDGET=budget,
                       COST_FIELD="annual_cost_eur", SOLVER=1)
    best = min(pop @ km[:, s].min(axis=1) for s in subsets(8) if s and fc[s].sum() <= budget)
    assert result["OBJECTIVE"] == pytest.approx(best, rel=1e-9)
    assert fc[chosen_of(rows)].sum() <= budget


@pytest.mark.parametrize("solver", [0, 1])
def test_p_center_equals_brute_force(provider, tmp_path, solver):
    demand, cands, km, pop, fc = generated(seed=8)
    result, rows = run(tmp_path, CANDIDATES=cands, DEMAND=demand, PROBLEM=4, P=3, SOLVER=solver)
    served = pop > 0
    k = km[served]
    best = min((k[:, s].min(axis=1).max(), pop[served] @ k[:, s].min(axis=1)) for s in subsets(8, (), 3)
               if len(s) == 3)
    chosen = chosen_of(rows)
    assert len(chosen) == 3 == result["FACILITIES"]
    assert result["MAX_COST"] == pytest.approx(k[:, chosen].min(axis=1).max(), rel=1e-9) == result["OBJECTIVE"]
    assert result["TOTAL_COST"] is None
    if solver == 1:
        assert result["MAX_COST"] == pytest.approx(best[0], rel=1e-9)
        assert pop[served] @ k[:, chosen].min(axis=1) == pytest.approx(best[1], rel=1e-9)
    else:
        assert result["MAX_COST"] <= best[0] * 1.05


def test_min_population_within_eligibility(provider, tmp_path):
    demand, cands, km, pop, fc = generated(seed=3)
    cutoff = 14.0
    within = np.array([pop[km[:, j] <= cutoff].sum() for j in range(8)])
    floor = float(np.sort(within)[3])  # about half the candidates fall below
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.reportError = lambda text, fatal=False: warnings.append(text)  # noqa: ARG005
    feedback.pushWarning = warnings.append
    low = int(np.argmin(within))
    result, rows = run(tmp_path, feedback, CANDIDATES=cands, DEMAND=demand, PROBLEM=0, P=3, CUTOFF=cutoff,
                       MIN_POPULATION_WITHIN=floor, REQUIRED=f'"code" = \'C{low}\'')
    for j in range(8):
        f = rows[f"C{j}"]
        assert f["pop_within_reach"] == pytest.approx(within[j])
        assert f["eligible"] == int(within[j] >= floor)
        if within[j] < floor and j != low:
            assert f["chosen"] == 0
    assert rows[f"C{low}"]["chosen"] == 1
    allowed = [j for j in range(8) if within[j] >= floor or j == low]
    best = max(cov(km, pop, s, cutoff) for s in subsets(8, (low,), 3) if len(s) == 3 and set(s) <= set(allowed))
    assert result["OBJECTIVE"] >= 0.98 * best
    assert any(f"C{low}" in w and "are kept" in w for w in warnings)


@pytest.mark.parametrize("params,message", [
    (dict(PROBLEM=3), "COST_FIELD is required by PROBLEM 3"),
    (dict(BUDGET=1000.0), "COST_FIELD is required by PROBLEM 3 .least-cost coverage. and by BUDGET"),
    (dict(PROBLEM=3, COST_FIELD="label"), "The COST_FIELD field label of the CANDIDATES layer is not numeric"),
    (dict(BUDGET=10.0, COST_FIELD="annual_cost_eur", REQUIRED='"is_fixed" = 1'),
     r"The required candidates cost 9000 together, more than the BUDGET 10 by 8990"),
    (dict(PROBLEM=2, CAPACITY_FIELD="annual_cost_eur"),
     r"CAPACITY_FIELD applies to PROBLEM 0 .capacitated maximal coverage. and 1 .capacitated p-median. only; "
     r"leave it empty for PROBLEM 2"),
    (dict(PROBLEM=4, CAPACITY_FIELD="annual_cost_eur"), "leave it empty for PROBLEM 4"),
    (dict(CAPACITY_FIELD="annual_cost_eur", VISIT_RATE=0.0), r"VISIT_RATE must be above 0"),
    (dict(PROBLEM=2, BUDGET=5.0, COST_FIELD="annual_cost_eur"), "BUDGET applies to PROBLEM 0"),
    (dict(P=0), "P must be at least 1; P = 0 .as many points as the budget allows. needs a BUDGET"),
    (dict(P=3, MIN_POPULATION_WITHIN=1e9), r"MIN_POPULATION_WITHIN 1e\+09 leaves 0 candidates that can be chosen, "
                                           r"fewer than P \(3\)"),
])
def test_bad_input_messages(provider, params, message):
    import processing

    demand, cands, _, _, _ = generated(costs=[5000, 7000, 9000, 3000, 1000, 2000, 4000, 8000])
    base = dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto", P=3,
                OUTPUT="memory:", OUTPUT_DEMAND="memory:")
    base.update(params)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run(ALG, base)


def test_null_and_negative_costs_name_the_candidates(provider):
    import processing

    demand, cands, _, _, _ = generated(costs=[5000, -1, 9000, 3000, 1000, 2000, 4000, 8000])
    cands.startEditing()
    f = next(f for f in cands.getFeatures() if f["code"] == "C6")
    cands.changeAttributeValue(f.id(), cands.fields().lookupField("annual_cost_eur"), None)
    cands.commitChanges()
    base = dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto", PROBLEM=3,
                COST_FIELD="annual_cost_eur", OUTPUT="memory:", OUTPUT_DEMAND="memory:")
    with pytest.raises(QgsProcessingException,
                       match=r"The COST_FIELD field annual_cost_eur is NULL or negative on candidates that can be "
                             r"chosen: C1, C6\."):
        processing.run(ALG, base)


@pytest.mark.parametrize("solver", [0, 1])
def test_capacitated_coverage_outputs(provider, tmp_path, solver):
    from test_capacitated_core import lp_value

    demand, cands, km, pop, _ = generated(seed=9, n_d=40, n_c=7)
    visits = np.array([f["visits"] for f in sorted(cands.getFeatures(), key=lambda f: f["code"])])
    cap = visits / 2.0
    cutoff = 20.0
    result, rows = run(tmp_path, CANDIDATES=cands, DEMAND=demand, PROBLEM=0, P=3, CUTOFF=cutoff,
                       CAPACITY_FIELD="visits", VISIT_RATE=2.0, SOLVER=solver,
                       OUTPUT_ASSIGNMENT=str(tmp_path / "assign.gpkg"))
    best = max(lp_value(km, pop, cap, list(s), cutoff) for s in itertools.combinations(range(7), 3))
    if solver == 1:
        assert result["OBJECTIVE"] == pytest.approx(best, rel=1e-7)
    assert result["OBJECTIVE"] >= 0.98 * best
    assert result["COVERED_POPULATION"] == pytest.approx(result["OBJECTIVE"], rel=1e-9)
    parts = list(QgsVectorLayer(result["OUTPUT_ASSIGNMENT"], "a", "ogr").getFeatures())
    assert sum(f["population"] for f in parts) == pytest.approx(result["COVERED_POPULATION"], rel=1e-9)
    for code, f in rows.items():
        j = int(code[1:])
        mine = sum(g["population"] for g in parts if g["facility"] == code)
        assert f["capacity_pop"] == pytest.approx(cap[j])
        assert f["load"] == pytest.approx(mine, abs=1e-6) and f["load"] <= cap[j] * (1 + 1e-9)
        assert f["utilisation"] == pytest.approx(100 * mine / cap[j], abs=1e-6)
        assert f["chosen"] == 1 or mine == 0
    dist = {f["name"]: f for f in QgsVectorLayer(result["OUTPUT_DEMAND"], "d", "ogr").getFeatures()}
    fid_name = {f.id(): f["name"] for f in demand.getFeatures()}
    largest = {}
    for g in parts:
        name = fid_name[g["demand_fid"]]
        assert g["cost"] == pytest.approx(km[int(name[1:]), int(g["facility"][1:])], rel=1e-9)
        if name not in largest or g["population"] > largest[name][0] + 1e-9:
            largest[name] = (g["population"], g["facility"])
    for name, (_amount, code) in largest.items():
        assert dist[name]["facility"] == code


def test_capacitated_p_median_capacity_too_small(provider):
    import processing

    demand, cands, _, pop, _ = generated(seed=9, n_d=40, n_c=7)
    with pytest.raises(QgsProcessingException, match=r"The capacity of 2 points is at most .*, less than the "
                                                      r"reachable population"):
        processing.run(ALG, dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto",
                                 PROBLEM=1, P=2, CAPACITY_FIELD="visits", VISIT_RATE=50.0, OUTPUT="memory:",
                                 OUTPUT_DEMAND="memory:"))


def test_assignment_without_capacities_is_one_row_per_served_demand(provider, tmp_path):
    demand, cands, km, pop, _ = generated(seed=2)
    result, rows = run(tmp_path, CANDIDATES=cands, DEMAND=demand, PROBLEM=1, P=3,
                       OUTPUT_ASSIGNMENT=str(tmp_path / "assign.gpkg"))
    parts = list(QgsVectorLayer(result["OUTPUT_ASSIGNMENT"], "a", "ogr").getFeatures())
    chosen = chosen_of(rows)
    assert len(parts) == demand.featureCount()
    assert sum(f["population"] for f in parts) == pytest.approx(pop.sum())
    for f in parts:
        i = int(demand.getFeature(f["demand_fid"])["name"][1:])
        assert f["cost"] == pytest.approx(km[i, chosen].min(), rel=1e-9)
        assert f["facility"] == f"C{chosen[int(np.argmin(km[i, chosen]))]}"


@pytest.mark.parametrize("params", [dict(PROBLEM=3, COST_FIELD="annual_cost_eur"), dict(PROBLEM=4, P=3),
                                    dict(PROBLEM=0, P=3, CAPACITY_FIELD="visits"),
                                    dict(PROBLEM=1, P=0, BUDGET=150_000.0, COST_FIELD="annual_cost_eur")])
def test_cancel_leaves_no_output(provider, tmp_path, params):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _value: feedback.cancel())
    demand, cands, _, _, _ = generated()
    out = tmp_path / "never.gpkg"
    try:
        result = processing.run(ALG, dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto",
                                          OUTPUT=str(out), OUTPUT_DEMAND=str(tmp_path / "never_d.gpkg"),
                                          OUTPUT_ASSIGNMENT=str(tmp_path / "never_a.gpkg"), **params),
                                feedback=feedback)
    except QgsProcessingException:
        result = {}
    assert "OUTPUT" not in result
    assert not any((tmp_path / name).exists() for name in ("never.gpkg", "never_d.gpkg", "never_a.gpkg"))


@pytest.mark.parametrize("params", [dict(PROBLEM=3, COST_FIELD="annual_cost_eur"), dict(PROBLEM=4, P=3),
                                    dict(PROBLEM=0, P=3, CAPACITY_FIELD="visits")])
def test_exact_too_large_names_the_limit(provider, monkeypatch, params):
    import processing
    from palveluverkko.core.allocation import locationallocation_exact as lax

    monkeypatch.setattr(lax, "MAX_COVERAGE_PAIRS", 5)
    monkeypatch.setattr(lax, "MAX_MEDIAN_PAIRS", 5)
    demand, cands, _, _, _ = generated()
    with pytest.raises(QgsProcessingException, match=r"The exact solver accepts at most 5 demand-candidate pairs"):
        processing.run(ALG, dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto",
                                 SOLVER=1, OUTPUT="memory:", OUTPUT_DEMAND="memory:", **params))


def test_null_capacity_names_the_candidates(provider):
    import processing

    demand, cands, _, _, _ = generated()
    cands.startEditing()
    index = cands.fields().lookupField("visits")
    for f in cands.getFeatures():
        if f["code"] in ("C3", "C5"):
            cands.changeAttributeValue(f.id(), index, None if f["code"] == "C3" else -5.0)
    cands.commitChanges()
    with pytest.raises(QgsProcessingException,
                       match=r"The CAPACITY_FIELD field visits is NULL or negative on candidates that can be chosen: "
                             r"C3, C5\."):
        processing.run(ALG, dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto", P=3,
                                 CAPACITY_FIELD="visits", OUTPUT="memory:", OUTPUT_DEMAND="memory:"))
