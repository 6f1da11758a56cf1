# SPDX-License-Identifier: GPL-2.0-or-later
"""Sparse p-median (core/allocation/pmedian.py): equal to the dense heuristic on the same costs, swap deltas equal to
recomputation, and the bounded driver a local optimum of the full problem on road networks (costs by networkx)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from palveluverkko.core.allocation import locationallocation as la
from palveluverkko.core.allocation import pmedian as pm
from palveluverkko.core.network.costs import CostModel
from palveluverkko.core.network.graph import RoadNetwork

nx = pytest.importorskip("networkx")


def instance(n_d, n_c, seed, clusters=5):
    """Clustered demand, random candidates, Euclidean costs (as in test_locationallocation_core)."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 100, (clusters, 2))
    demand = centres[rng.integers(0, clusters, n_d)] + rng.normal(0, 8, (n_d, 2))
    cand = rng.uniform(0, 100, (n_c, 2))
    w = rng.integers(1, 500, n_d).astype(float)
    w[rng.random(n_d) < 0.05] = 0.0
    cost = np.hypot(demand[:, None, 0] - cand[None, :, 0], demand[:, None, 1] - cand[None, :, 1])
    return cost, w


def truncated(cost, floor):
    """Known pairs: cost <= the candidate's floor; the dense equivalent has the floor elsewhere."""
    r, k = np.nonzero(cost <= floor[None, :])
    sparse = pm.SparseCosts(r, k, cost[r, k], floor, cost.shape[0])
    return sparse, np.minimum(cost, floor[None, :])


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("p,n_req", [(1, 0), (4, 0), (6, 2), (12, 1)])
def test_complete_sparse_costs_give_the_dense_heuristic_exactly(seed, p, n_req):
    cost, w = instance(700, 18, seed)
    cost[np.random.default_rng(seed).random(cost.shape) < 0.02] = np.inf  # some unreachable pairs
    required = np.arange(n_req) * 5
    dense = la.solve_p_median(cost, w, p, required)
    sparse = pm.solve(pm.SparseCosts.from_dense(cost), w, p, required)
    assert sparse.chosen.tolist() == dense.chosen.tolist()
    assert sparse.order.tolist() == dense.order.tolist()
    assert sparse.swaps == dense.swaps
    assert sparse.objective == pytest.approx(dense.objective, rel=1e-12)
    assert set(required) <= set(sparse.chosen.tolist())


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("p", [2, 5])
def test_floored_costs_equal_the_dense_heuristic_on_the_floored_matrix(seed, p):
    cost, w = instance(600, 15, seed)
    rng = np.random.default_rng(seed)
    floor = rng.choice([20.0, 30.0, 45.0], size=15)  # several floor levels, as after extended searches
    sparse, dense_costs = truncated(cost, floor)
    assert sparse.csr.nnz < cost.size
    np.testing.assert_array_equal(sparse.dense(), dense_costs)
    dense = la.solve_p_median(dense_costs, w, p)
    got = pm.solve(sparse, w, p)
    assert got.chosen.tolist() == dense.chosen.tolist()
    assert got.objective == pytest.approx(la.median_objective(dense_costs, w, got.chosen), rel=1e-12)
    d1, c1, d2, known = pm.nearest_two(sparse, got.chosen, known=True)
    sub = dense_costs[:, got.chosen]
    np.testing.assert_array_equal(d1, sub.min(axis=1))
    np.testing.assert_array_equal(c1, sub.argmin(axis=1))
    np.testing.assert_array_equal(d2, np.sort(sub, axis=1)[:, 1])
    sub_cost = cost[:, got.chosen]
    np.testing.assert_array_equal(known, ((sub_cost <= floor[got.chosen]) & (sub_cost <= d1[:, None])).any(axis=1))
    assert 0 < known.sum() < len(known)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), p=st.integers(1, 5), share=st.floats(0.0, 1.0))
def test_swap_deltas_equal_recomputation(seed, p, share):
    rng = np.random.default_rng(seed)
    n_d, n_c = 40, 8
    cost = rng.integers(0, 50, (n_d, n_c)).astype(float)  # integers: many ties
    floor = rng.integers(0, 60, n_c).astype(float)
    known = (cost <= floor) & (rng.random((n_d, n_c)) < share)  # some pairs within the floor unknown too
    r, k = np.nonzero(known)
    sparse = pm.SparseCosts(r, k, cost[r, k], floor, n_d)
    dense = np.where(known, cost, floor[None, :])
    w = rng.integers(0, 5, n_d).astype(float)
    chosen = np.sort(rng.choice(n_c, p, replace=False))
    delta, current = pm.swap_deltas(sparse, w, chosen)
    assert current == pytest.approx(float(w @ dense[:, chosen].min(axis=1)), abs=1e-9)
    for j in range(n_c):
        if j in chosen:
            continue
        for pos in range(p):
            trial = chosen.copy()
            trial[pos] = j
            want = float(w @ dense[:, trial].min(axis=1)) - current
            assert delta[j, pos] == pytest.approx(want, abs=1e-9)
    gains = pm._gains(sparse, w, dense[:, chosen].min(axis=1))
    np.testing.assert_allclose(gains, (w[:, None] * np.maximum(dense[:, chosen].min(axis=1)[:, None] - dense, 0))
                               .sum(axis=0), atol=1e-9)


def test_floor_is_raised_to_the_largest_known_cost():
    sparse = pm.SparseCosts([0, 1, 1], [0, 0, 1], [3.0, 9.0, 1.0], [5.0, 5.0, 2.0], 2)
    assert sparse.floor.tolist() == [9.0, 5.0, 2.0]
    with pytest.raises(la.LocationAllocationError):
        pm.SparseCosts([0], [0], [-1.0], [5.0], 1)


# --------------------------------------------------------------------------- road networks


def lattice(seed, n=12, spacing=1000.0, x0=0.0, oneway=True):
    """A jittered n x n street lattice with random speeds and (``oneway``) some one-way links."""
    rng = np.random.default_rng(seed)
    ij = np.stack(np.meshgrid(np.arange(n), np.arange(n), indexing="ij"), -1).reshape(-1, 2)
    nodes = ij * spacing + rng.uniform(-150, 150, ij.shape) + (x0, 0.0)
    idx = np.arange(n * n).reshape(n, n)
    a = np.concatenate([idx[:-1, :].ravel(), idx[:, :-1].ravel()])
    b = np.concatenate([idx[1:, :].ravel(), idx[:, 1:].ravel()])
    parts = [np.array([nodes[u], nodes[v]]) for u, v in zip(a, b)]
    speeds = rng.choice([30.0, 50.0, 80.0], size=len(parts))
    dirs = rng.choice([0, 0, 0, 0, 0, 1, -1] if oneway else [0], size=len(parts)).astype(np.int8)
    return parts, speeds, dirs, nodes


def networkx_costs(parts, speeds, dirs, default_speed, max_snap, demand, cands):
    """Independent dense cost matrix (minutes, NaN unreachable): networkx Dijkstra per candidate."""
    g = nx.DiGraph()
    keys = {}
    for part, speed, d in zip(parts, speeds, dirs):
        u, v = (tuple(np.round(p, 3)) for p in part)
        keys[u], keys[v] = part[0], part[1]
        minutes = float(np.hypot(*(part[1] - part[0]))) * 0.06 / speed
        for s, t in ([(u, v)] if d == 1 else [(v, u)] if d == -1 else [(u, v), (v, u)]):
            if not g.has_edge(s, t) or g[s][t]["w"] > minutes:
                g.add_edge(s, t, w=minutes)
    names = list(keys)
    xy = np.array([keys[k] for k in names])

    def attach(p):
        d = np.hypot(*(xy - p).T)
        i = int(d.argmin())
        return (names[i], d[i] * 0.06 / default_speed) if d[i] <= max_snap else (None, None)

    rev = g.reverse()
    out = np.full((len(demand), len(cands)), np.nan)
    demand_nodes = [attach(p) for p in demand]
    for j, c in enumerate(cands):
        node, acc = attach(c)
        if node is None:
            continue
        lengths = nx.single_source_dijkstra_path_length(rev, node, weight="w")
        for i, (dn, da) in enumerate(demand_nodes):
            if dn is not None and dn in lengths:
                out[i, j] = lengths[dn] + da + acc
    return out


def road_instance(seed, n_d=300, n_c=14, n=12, parts_apart=False, oneway=True):
    rng = np.random.default_rng(seed)
    parts, speeds, dirs, nodes = lattice(seed, n, oneway=oneway)
    if parts_apart:
        more, s2, d2, nodes2 = lattice(seed + 1, n, x0=100_000.0)
        parts, speeds, dirs = parts + more, np.concatenate([speeds, s2]), np.concatenate([dirs, d2])
        nodes = np.concatenate([nodes, nodes2])
    net = RoadNetwork.from_lines(parts, speeds_kmh=speeds, directions=dirs, default_speed_kmh=40.0)
    model = CostModel.road(net, default_speed_kmh=40.0, max_snap_m=600.0)
    demand = nodes[rng.integers(0, len(nodes), n_d)] + rng.uniform(-300, 300, (n_d, 2))
    cands = nodes[rng.choice(len(nodes), n_c, replace=False)] + rng.uniform(-200, 200, (n_c, 2))
    w = rng.integers(0, 300, n_d).astype(float)
    real = networkx_costs(parts, speeds, dirs, 40.0, 600.0, demand, cands)
    return model, demand, cands, w, real


def assert_local_optimum(real, w, chosen, required=()):
    value = float(w @ real[:, chosen].min(axis=1))
    for pos in range(len(chosen)):
        if chosen[pos] in required:
            continue
        for j in range(real.shape[1]):
            if j not in chosen:
                trial = list(chosen)
                trial[pos] = j
                assert float(w @ real[:, trial].min(axis=1)) >= value * (1 - 1e-9)
    return value


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("bound", [0.5, 2.0, 6.0, 1000.0])
@pytest.mark.parametrize("widen", ["default", "never", "always"])
def test_bounded_p_median_is_a_local_optimum_of_the_full_problem(seed, bound, widen, monkeypatch):
    """Whether the searches of the chosen points only (never), of every candidate (always) or as the share of
    short weight says (default) are extended: a local optimum of the full costs, objective exact."""
    if widen != "default":
        monkeypatch.setattr(pm, "WIDEN_SHARE", 2.0 if widen == "never" else -1.0)
    model, demand, cands, w, real = road_instance(seed)
    ok = np.isfinite(real).any(axis=1)
    demand, w, real = demand[ok], w[ok], real[ok]
    searched = []  # candidates per search pass
    within = model.within
    monkeypatch.setattr(model, "within", lambda d, f, *a, **k: searched.append(len(f)) or within(d, f, *a, **k),
                        raising=False)
    rounds = []
    sol = pm.bounded_p_median(model, demand, cands, w, 4, [3], bound, log=lambda *r: rounds.append(r))
    assert sol is not None
    assert 3 in sol.chosen.tolist() and len(sol.chosen) == 4
    value = assert_local_optimum(real, w, sol.chosen.tolist(), required=(3,))
    # the solver's own objective is the real one (every nearest cost was searched)
    assert sol.objective == pytest.approx(value, rel=1e-9)
    assert sorted(sol.order[sol.chosen].tolist()) == [1, 2, 3, 4] and sol.order[3] == 1
    largest = rounds[-1][4]
    assert searched[0] == len(cands)
    if bound < 6.0:
        assert len(rounds) > 1 and largest > bound  # searches were extended
        assert largest <= bound * pm.GROWTH ** (len(rounds) - 1) * (1 + 1e-12)
        if widen == "never":
            assert searched[1] <= 4  # first the chosen points' searches only
        if widen == "always":
            assert searched[1] == len(cands) and rounds[-1][5] > bound
    if bound == 1000.0:
        assert len(rounds) == 1
        dense = la.solve_p_median(real, w, 4, [3])  # every pair known: the dense heuristic's answer
        assert sol.chosen.tolist() == dense.chosen.tolist()


@pytest.mark.parametrize("seed,p", [(0, 3), (1, 6), (3, 4)])
def test_bounded_p_median_within_one_percent_of_exact(seed, p, record_property):
    model, demand, cands, w, real = road_instance(seed, n_d=1200, n_c=20, n=16, oneway=False)
    ok = np.isfinite(real).any(axis=1)
    demand, w, real = demand[ok], w[ok], real[ok]
    exact = la.solve_p_median(real, w, p, exact=True)
    heur = pm.bounded_p_median(model, demand, cands, w, p, None, 5.0)
    value = float(w @ real[:, heur.chosen].min(axis=1))
    gap = (value - exact.objective) / exact.objective
    record_property("gap", gap)
    print(f"\nbounded p-median {len(w)}x20 p={p}: exact {exact.objective:.1f} heuristic {value:.1f} "
          f"gap {100 * gap:.6f}% swaps {heur.swaps}")
    assert exact.optimal
    assert -1e-9 <= gap <= 0.01


def test_bounded_p_median_all_candidates_and_repeatable():
    model, demand, cands, w, real = road_instance(4, n_c=6)
    ok = np.isfinite(real).any(axis=1)
    sol = pm.bounded_p_median(model, demand[ok], cands, w[ok], 6, None, 3.0)
    assert sol.chosen.tolist() == list(range(6))
    a = pm.bounded_p_median(model, demand[ok], cands, w[ok], 3, None, 3.0)
    b = pm.bounded_p_median(model, demand[ok], cands, w[ok], 3, None, 3.0)
    assert a.chosen.tolist() == b.chosen.tolist() and a.order.tolist() == b.order.tolist()
    with pytest.raises(la.LocationAllocationError, match="larger than the number of candidates"):
        pm.bounded_p_median(model, demand[ok], cands, w[ok], 7, None, 3.0)


def test_bounded_p_median_gives_up_when_the_chosen_points_cannot_reach_everyone():
    model, demand, cands, w, real = road_instance(5, n_c=8, n=6, parts_apart=True)
    ok = np.isfinite(real).any(axis=1)
    demand, w, real = demand[ok], w[ok], real[ok]
    assert not any(np.isfinite(real[w > 0, j]).all() for j in range(8))  # no candidate reaches everyone
    assert pm.bounded_p_median(model, demand, cands, w, 1, None, 1000.0) is None


def test_snap_answers_are_remembered_and_private():
    model, demand, cands, w, real = road_instance(6, n_d=50)
    first = model.snap(demand)
    first[0][:] = -7  # a caller changing its answer does not change the remembered one
    again = model.snap(demand)
    assert (again[0] >= 0).all()
    fresh = CostModel.road(model.network, default_speed_kmh=40.0, max_snap_m=600.0).snap(demand)
    for a, b in zip(again, fresh):
        np.testing.assert_array_equal(a, b)
    moved = demand.copy()
    moved[0] += 5000.0
    assert model.snap(moved)[2][0] != again[2][0]


@pytest.mark.parametrize("cutoff,oneway,two_parts", [(1.0, False, False), (4.0, True, False), (100.0, False, False),
                                                     (1.0, False, True)])
def test_algorithm_p_median_on_a_road_network_reports_real_costs_and_a_local_optimum(provider, tmp_path, cutoff,
                                                                                      oneway, two_parts):
    """End to end: OUTPUT_DEMAND costs equal networkx's to the chosen points, OBJECTIVE their weighted sum,
    and no swap of a chosen and another candidate lowers it (costs searched only as far as needed). With a
    second network part holding a candidate, the searched costs cannot show that the other candidates never
    reach it: the algorithm then uses all costs (unreached residents at the penalty), as the dense heuristic."""
    from qgis.core import (
        NULL,
        QgsFeature,
        QgsGeometry,
        QgsLineString,
        QgsPoint,
        QgsPointXY,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    import processing

    x0, y0 = 400_000.0, 7_000_000.0
    parts, speeds, dirs, nodes = lattice(7, n=10, oneway=oneway)
    if two_parts:  # an island 30 km east with 10 residents and one candidate
        more, s2, d2, nodes2 = lattice(9, n=3, x0=30_000.0, oneway=False)
        parts, speeds, dirs = parts + more, np.concatenate([speeds, s2]), np.concatenate([dirs, d2])
    road = QgsVectorLayer("LineString?crs=EPSG:3067&field=nopeus:double&field=ajosuunta:integer", "road", "memory")
    links = []
    for part, speed, d in zip(parts, speeds, dirs):
        f = QgsFeature(road.fields())
        f.setGeometry(QgsGeometry(QgsLineString([QgsPoint(x0 + x, y0 + y) for x, y in part])))
        f.setAttributes([float(speed), {0: 2, 1: 4, -1: 3}[int(d)]])
        links.append(f)
    assert road.dataProvider().addFeatures(links)[0]
    rng = np.random.default_rng(8)
    dxy = nodes[rng.integers(0, len(nodes), 200)] + rng.uniform(-300, 300, (200, 2))
    cxy = nodes[rng.choice(len(nodes), 12, replace=False)] + rng.uniform(-200, 200, (12, 2))
    pop = rng.integers(1, 100, 200).astype(float)
    if two_parts:
        dxy[:10] = nodes2[rng.integers(0, len(nodes2), 10)] + rng.uniform(-300, 300, (10, 2))
        pop[:10] = 1.0
        cxy[0] = nodes2[4]

    def points(name, fields, rows):
        layer = QgsVectorLayer(f"Point?crs=EPSG:3067&{'&'.join('field=' + f for f in fields)}", name, "memory")
        feats = []
        for (x, y), attrs in rows:
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x0 + x, y0 + y)))
            f.setAttributes(attrs)
            feats.append(f)
        assert layer.dataProvider().addFeatures(feats)[0]
        return layer

    demand = points("demand", ["vaesto:double", "name:integer"], [(xy, [float(v), i]) for i, (xy, v) in
                                                                   enumerate(zip(dxy, pop))])
    cands = points("cands", ["code:integer"], [(xy, [j]) for j, xy in enumerate(cxy)])
    real = networkx_costs(parts, speeds, dirs, 50.0, 1000.0, dxy, cxy)

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, text):  # noqa: N802
            self.infos.append(text)

    feedback = Feedback()
    result = processing.run("palveluverkko:locationallocation", dict(
        CANDIDATES=cands, CANDIDATE_ID="code", DEMAND=demand, POPULATION="vaesto", METHOD=1, NETWORK=road,
        SPEED_FIELD="nopeus", DIRECTION_FIELD="ajosuunta", PROBLEM=1, P=3, CUTOFF=cutoff, SOLVER=0,
        OUTPUT=str(tmp_path / "c.gpkg"), OUTPUT_DEMAND=str(tmp_path / "d.gpkg")), feedback=feedback)
    chosen = sorted(f["code"] for f in QgsVectorLayer(result["OUTPUT"], "c", "ogr").getFeatures() if f["chosen"] == 1)
    assert len(chosen) == 3
    reach = np.isfinite(real).any(axis=1)
    near = np.where(np.isfinite(real[:, chosen]), real[:, chosen], np.inf).min(axis=1)
    for f in QgsVectorLayer(result["OUTPUT_DEMAND"], "d", "ogr").getFeatures():
        i = f["name"]
        if np.isfinite(near[i]):
            assert f["cost"] == pytest.approx(near[i], rel=1e-9, abs=1e-9)
            assert real[i, f["facility"]] == pytest.approx(near[i], rel=1e-9, abs=1e-9)
        else:
            assert f["cost"] is None or f["cost"] == NULL
    served = np.isfinite(near)
    assert result["OBJECTIVE"] == pytest.approx(float(pop[served] @ near[served]), rel=1e-9)
    penalized = np.where(np.isfinite(real[reach]), real[reach], la.unserved_penalty(real[reach]))
    assert_local_optimum(penalized, pop[reach], chosen)
    searched = [text for text in feedback.infos if text.startswith("P-median searched travel costs")]
    if two_parts:  # the island is left out: all costs were used, as by the dense heuristic
        assert 0 not in chosen and not served[reach].all() and not searched
        assert chosen == la.solve_p_median(penalized, pop[reach], 3).chosen.tolist()
    elif not oneway:
        assert searched
    if cutoff == 1.0 and not two_parts:  # searches from the chosen points were extended beyond 2 x CUTOFF
        assert "up to 2 from every candidate and up to" in searched[0]
