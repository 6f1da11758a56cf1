# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:locationallocation end to end: exact answers against brute force, outputs, errors."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

ALG = "palveluverkko:locationallocation"


def point_layer(name, fields, rows, geom="Point"):
    spec = "&".join(f"field={f}" for f in fields)
    layer = QgsVectorLayer(f"{geom}?crs=EPSG:3067&{spec}", name, "memory")
    feats = []
    for x, y, *attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes([a.item() if isinstance(a, np.generic) else a for a in attrs])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    assert layer.featureCount() == len(rows)
    return layer


def generated(seed=3, n_d=120, n_c=8):
    rng = np.random.default_rng(seed)
    dxy = rng.uniform(0, 60_000, (n_d, 2)) + (300_000, 6_900_000)
    cxy = rng.uniform(0, 60_000, (n_c, 2)) + (300_000, 6_900_000)
    pop = rng.integers(0, 400, n_d).astype(float)
    pop[:3] = [-1, 0, 7]  # -1 = masked: counts as 0
    demand = point_layer("demand", ["vaesto:double", "name:string"],
                         [(x, y, p, f"d{i}") for i, ((x, y), p) in enumerate(zip(dxy, pop))])
    cands = point_layer("cands", ["code:string", "is_fixed:integer"],
                        [(x, y, f"C{j}", int(j == 2)) for j, (x, y) in enumerate(cxy)])
    km = np.hypot(dxy[:, None, 0] - cxy[None, :, 0], dxy[:, None, 1] - cxy[None, :, 1]) / 1000.0
    return demand, cands, km, np.maximum(pop, 0)


def run(tmp_path, **params):
    import processing

    params.setdefault("OUTPUT", str(tmp_path / "cands.gpkg"))
    params.setdefault("OUTPUT_DEMAND", str(tmp_path / "demand.gpkg"))
    params.setdefault("POPULATION", "vaesto")
    result = processing.run(ALG, params)
    cands = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    demand = QgsVectorLayer(result["OUTPUT_DEMAND"], "d", "ogr")
    assert cands.isValid() and demand.isValid()
    return result, {f["code"]: f for f in cands.getFeatures()}, {f["name"]: f for f in demand.getFeatures()}


def best_subset(km, pop, p, score, required=()):
    best = None
    for combo in itertools.combinations(range(km.shape[1]), p):
        if not set(required) <= set(combo):
            continue
        value = score(km[:, list(combo)].min(axis=1))
        if best is None or value > best[0] + 1e-9:
            best = (value, combo)
    return best


@pytest.mark.parametrize("solver", [0, 1])
def test_maximal_coverage_with_required_point(provider, tmp_path, solver):
    demand, cands, km, pop = generated()
    cutoff = 12.0
    result, c_rows, d_rows = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", REQUIRED='"is_fixed" = 1',
                                 DEMAND=demand, PROBLEM=0, P=3, CUTOFF=cutoff, SOLVER=solver)
    value, combo = best_subset(km, pop, 3, lambda c: pop[c <= cutoff].sum(), required=(2,))
    chosen = sorted(int(code[1:]) for code, f in c_rows.items() if f["chosen"] == 1)
    assert 2 in chosen and len(chosen) == 3
    assert result["COVERED_POPULATION"] == pytest.approx(value)
    assert result["OBJECTIVE"] == pytest.approx(value)
    if solver == 1:
        assert result["OPTIMAL"] is True
    assert c_rows["C2"]["required"] == 1 and c_rows["C2"]["order"] == 1
    assert result["FACILITIES"] == 3
    # demand: nearest chosen point and its distance
    near = km[:, chosen].argmin(axis=1)
    for i in range(len(pop)):
        f = d_rows[f"d{i}"]
        assert f["facility"] == f"C{chosen[near[i]]}"
        assert f["cost"] == pytest.approx(km[i, chosen].min(), rel=1e-9)
    # per candidate: population served and within the cutoff
    for j in chosen:
        mine = np.array(chosen)[near] == j
        assert c_rows[f"C{j}"]["population"] == pytest.approx(pop[mine].sum())
        assert c_rows[f"C{j}"]["pop_within"] == pytest.approx(pop[mine & (km[:, j] <= cutoff)].sum())
    assert sum(f["population"] or 0 for f in c_rows.values()) == pytest.approx(pop.sum())
    assert result["MEAN_COST"] == pytest.approx((pop * km[:, chosen].min(axis=1)).sum() / pop.sum())


def test_p_median_exact_equals_brute_force(provider, tmp_path):
    demand, cands, km, pop = generated(seed=5)
    result, c_rows, _ = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=1, P=3, SOLVER=1)
    value, combo = best_subset(km, pop, 3, lambda c: -(pop * c).sum())
    assert result["OBJECTIVE"] == pytest.approx(-value, rel=1e-9)
    assert result["OPTIMAL"] is True
    heur, _, _ = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=1, P=3, SOLVER=0,
                     OUTPUT=str(tmp_path / "h.gpkg"), OUTPUT_DEMAND=str(tmp_path / "hd.gpkg"))
    assert heur["OBJECTIVE"] <= -value * 1.01
    assert heur["OPTIMAL"] is False


def test_fewest_points_meets_target_with_fewest(provider, tmp_path):
    demand, cands, km, pop = generated(seed=7)
    cutoff, target = 25.0, 80.0
    assert pop[km.min(axis=1) <= cutoff].sum() >= target / 100 * pop.sum()
    result, c_rows, _ = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=2,
                            CUTOFF=cutoff, COVERAGE_TARGET=target, SOLVER=1)
    need = target / 100 * pop.sum()
    fewest = next(k for k in range(1, 9)
                  if best_subset(km, pop, k, lambda c: pop[c <= cutoff].sum())[0] >= need)
    assert result["OBJECTIVE"] == fewest == result["FACILITIES"]
    assert result["COVERED_POPULATION"] >= need
    assert sum(f["chosen"] for f in c_rows.values()) == fewest


def test_p_equal_to_candidates_chooses_all_and_orders_them(provider, tmp_path):
    demand, cands, km, pop = generated(seed=2, n_c=5)
    result, c_rows, _ = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=0, P=5)
    assert all(f["chosen"] == 1 for f in c_rows.values())
    assert sorted(f["order"] for f in c_rows.values()) == [1, 2, 3, 4, 5]


def test_road_network_unreachable_demand_is_reported(provider, tmp_path):
    # a road from x=0 to x=10 km; demand 3 is 5 km off the road (beyond MAX_SNAP_DISTANCE)
    road = QgsVectorLayer("LineString?crs=EPSG:3067&field=nopeus:double", "road", "memory")
    segments = []
    for k in range(10):  # ten 1 km links: their ends are network nodes
        f = QgsFeature(road.fields())
        f.setGeometry(QgsGeometry(QgsLineString([QgsPoint(300_000 + 1000 * k, 6_900_000),
                                                 QgsPoint(301_000 + 1000 * k, 6_900_000)])))
        f.setAttributes([60.0])
        segments.append(f)
    road.dataProvider().addFeatures(segments)
    demand = point_layer("demand", ["vaesto:double", "name:string"],
                         [(300_000, 6_900_000, 10, "a"), (310_000, 6_900_000, 20, "b"),
                          (305_000, 6_900_000, 30, "c"), (305_000, 6_905_000, 40, "far")])
    cands = point_layer("cands", ["code:string"], [(300_000, 6_900_000, "W"), (310_000, 6_900_000, "E")])
    result, c_rows, d_rows = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=1, P=1,
                                 METHOD=1, NETWORK=road, SPEED_FIELD="nopeus", SOLVER=1)
    assert result["UNREACHABLE_POPULATION"] == 40 and result["REACHABLE_POPULATION"] == 60
    assert d_rows["far"]["facility"] in (None, "") or d_rows["far"]["facility"].isNull()
    assert d_rows["far"]["cost"] is None or d_rows["far"]["cost"].isNull()
    # E: 10 km at 60 km/h = 10 min for a, 5 min for c; W: 10 min for b, 5 for c -> E (20*0 + 10*10 + 30*5 = 250)
    assert c_rows["E"]["chosen"] == 1
    assert result["OBJECTIVE"] == pytest.approx(10 * 10 + 30 * 5)
    assert d_rows["a"]["cost"] == pytest.approx(10.0)


@pytest.mark.parametrize("params,message", [
    (dict(P=9), r"P \(9\) is larger than the number of candidates \(8\)"),
    (dict(P=1, REQUIRED='"code" IN (\'C1\', \'C2\')'),
     r"P \(1\) is smaller than the number of required candidates \(2\)"),
    (dict(PROBLEM=2, COVERAGE_TARGET=120), "COVERAGE_TARGET must be a percentage above 0 and at most 100"),
    (dict(PROBLEM=2, CUTOFF=0.5, COVERAGE_TARGET=100), r"The coverage target 100.0 % cannot be met: even with every "
                                                         r"candidate at most \d+\.\d+ % of the reachable population"),
    (dict(CANDIDATE_ID="is_fixed"), r"duplicate ids in field is_fixed: 0"),
])
def test_bad_input_messages(provider, tmp_path, params, message):
    import processing

    demand, cands, _, _ = generated()
    base = dict(CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto", P=3,
                OUTPUT="memory:", OUTPUT_DEMAND="memory:")
    base.update(params)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run(ALG, base)


def test_exact_too_large_names_the_limit(provider, tmp_path, monkeypatch):
    import processing
    from palveluverkko.core.allocation import locationallocation_exact as lax

    monkeypatch.setattr(lax, "MAX_MEDIAN_PAIRS", 50)
    demand, cands, _, _ = generated()
    with pytest.raises(QgsProcessingException, match="The exact solver accepts at most 50 demand-candidate pairs"):
        processing.run(ALG, dict(CANDIDATES=cands, DEMAND=demand, POPULATION="vaesto", PROBLEM=1, P=2, SOLVER=1,
                                 OUTPUT="memory:", OUTPUT_DEMAND="memory:"))


def test_no_candidates(provider, tmp_path):
    import processing

    demand, _, _, _ = generated()
    empty = point_layer("cands", ["code:string"], [])
    with pytest.raises(QgsProcessingException, match="CANDIDATES layer .* has no points"):
        processing.run(ALG, dict(CANDIDATES=empty, DEMAND=demand, POPULATION="vaesto", P=1,
                                 OUTPUT="memory:", OUTPUT_DEMAND="memory:"))


@pytest.mark.parametrize("when", ["before", "on first progress", "while writing"])
def test_cancel_leaves_no_output(provider, tmp_path, when):
    from qgis.core import QgsProcessingFeedback

    import processing

    feedback = QgsProcessingFeedback()
    if when == "before":
        feedback.cancel()
    elif when == "on first progress":
        feedback.progressChanged.connect(lambda _value: feedback.cancel())
    else:  # the candidates are written, the demand is being written (the last step starts at 80 %)
        feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 80 else None)
    demand, cands, _, _ = generated(n_d=12_000 if when == "while writing" else 120)  # > one batch of 5,000
    out = tmp_path / "never.gpkg"
    try:
        result = processing.run(ALG, dict(CANDIDATES=cands, DEMAND=demand, POPULATION="vaesto", P=3,
                                          OUTPUT=str(out), OUTPUT_DEMAND=str(tmp_path / "never_d.gpkg")),
                                feedback=feedback)
    except QgsProcessingException:
        result = {}
    assert "OUTPUT" not in result
    assert not out.exists() and not (tmp_path / "never_d.gpkg").exists()


def test_costs_equal_catchments_on_a_road_network(provider, tmp_path):
    """The demand costs to the chosen points are catchments' costs to the same points (one engine)."""
    import processing

    rng = np.random.default_rng(11)
    road = QgsVectorLayer("LineString?crs=EPSG:3067&field=nopeus:double&field=ajosuunta:integer", "road", "memory")
    links = []
    for i in range(12):  # a 12 x 12 lattice, 1 km apart, random speeds and some one-way links
        for j in range(12):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < 12 and j + dj < 12:
                    f = QgsFeature(road.fields())
                    f.setGeometry(QgsGeometry(QgsLineString([
                        QgsPoint(400_000 + 1000 * i, 7_000_000 + 1000 * j),
                        QgsPoint(400_000 + 1000 * (i + di), 7_000_000 + 1000 * (j + dj))])))
                    f.setAttributes([float(rng.choice([30, 50, 80])), int(rng.choice([2, 2, 2, 3, 4]))])
                    links.append(f)
    assert road.dataProvider().addFeatures(links)[0]
    dxy = rng.uniform(0, 11_000, (150, 2)) + (400_000, 7_000_000)
    demand = point_layer("demand", ["vaesto:double", "name:string"],
                         [(x, y, float(rng.integers(1, 100)), f"d{i}") for i, (x, y) in enumerate(dxy)])
    cxy = rng.uniform(0, 11_000, (10, 2)) + (400_000, 7_000_000)
    cands = point_layer("cands", ["code:string"], [(x, y, f"C{j}") for j, (x, y) in enumerate(cxy)])
    cost = dict(METHOD=1, NETWORK=road, SPEED_FIELD="nopeus", DIRECTION_FIELD="ajosuunta", MAX_SNAP_DISTANCE=800)
    result, c_rows, d_rows = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=1, P=3,
                                 SOLVER=1, **cost)
    assert result["OPTIMAL"] is True
    chosen = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    chosen.setSubsetString('"chosen" = 1')
    assert chosen.featureCount() == 3
    catch = processing.run("palveluverkko:catchments", dict(
        FACILITIES=chosen, FACILITY_ID="code", DEMAND=demand, POPULATION="vaesto", CUTOFFS="10,20",
        OUTPUT_DEMAND=str(tmp_path / "catch.gpkg"), OUTPUT_CATCHMENTS=str(tmp_path / "catchments.gpkg"), **cost))
    theirs = {f["name"]: f for f in QgsVectorLayer(catch["OUTPUT_DEMAND"], "t", "ogr").getFeatures()}
    assert len(theirs) == len(d_rows) == 150
    for name, f in d_rows.items():
        assert f["facility"] == theirs[name]["facility"]
        if theirs[name]["cost"] is None or theirs[name]["cost"] == NULL:
            assert f["cost"] is None or f["cost"] == NULL
        else:
            assert f["cost"] == pytest.approx(theirs[name]["cost"], rel=1e-9, abs=1e-9)
    # and p-median's objective is the population-weighted sum of those costs
    total = sum(f["vaesto"] * f["cost"] for f in d_rows.values() if f["cost"] not in (None, NULL))
    assert result["OBJECTIVE"] == pytest.approx(total, rel=1e-9)


@pytest.mark.parametrize("cutoff", [0.1, 3.0, 60.0])
def test_p_median_heuristic_on_bounded_costs_is_a_local_optimum_of_the_full_problem(provider, tmp_path, cutoff):
    """Costs searched up to 2 x CUTOFF (doubled when needed, else all costs): no swap improves the result."""
    demand, cands, km, pop = generated(seed=5)
    result, c_rows, _ = run(tmp_path, CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, PROBLEM=1, P=3,
                            CUTOFF=cutoff, SOLVER=0)
    chosen = sorted(int(code[1:]) for code, f in c_rows.items() if f["chosen"] == 1)
    value = (pop * km[:, chosen].min(axis=1)).sum()
    assert result["OBJECTIVE"] == pytest.approx(value, rel=1e-9)
    for k in range(3):
        for j in range(km.shape[1]):
            if j not in chosen:
                trial = [j if x == chosen[k] else x for x in chosen]
                assert (pop * km[:, trial].min(axis=1)).sum() >= value * (1 - 1e-9)
    best, _ = best_subset(km, pop, 3, lambda c: -(pop * c).sum())
    assert value <= -best * 1.01
