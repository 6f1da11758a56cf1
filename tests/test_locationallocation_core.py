# SPDX-License-Identifier: GPL-2.0-or-later
"""Location-allocation maths: exact == brute force, heuristic near exact, invariants."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from palveluverkko.core.allocation import locationallocation as la
from palveluverkko.core.allocation import locationallocation_exact as lax
from palveluverkko.core.rules.cancel import Cancelled


def instance(n_d, n_c, seed, clusters=6):
    """Clustered demand with integer populations and random candidates (Euclidean costs)."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 100, (clusters, 2))
    demand = centres[rng.integers(0, clusters, n_d)] + rng.normal(0, 8, (n_d, 2))
    cand = rng.uniform(0, 100, (n_c, 2))
    w = rng.integers(1, 500, n_d).astype(float)
    cost = np.hypot(demand[:, None, 0] - cand[None, :, 0], demand[:, None, 1] - cand[None, :, 1])
    return cost, w


def brute_coverage(cover, w, p, required):
    best = -1.0
    n_c = cover.shape[1]
    for combo in itertools.combinations(range(n_c), p):
        if not required[list(combo)].sum() == required.sum():
            continue
        val = w[cover[:, list(combo)].any(axis=1)].sum()
        best = max(best, val)
    return best


def brute_median(cost, w, p, required):
    best = np.inf
    n_c = cost.shape[1]
    for combo in itertools.combinations(range(n_c), p):
        if not required[list(combo)].sum() == required.sum():
            continue
        best = min(best, float(w @ cost[:, list(combo)].min(axis=1)))
    return best


def brute_fewest(cover, w, target, required):
    n_c = cover.shape[1]
    for k in range(max(int(required.sum()), 1), n_c + 1):
        for combo in itertools.combinations(range(n_c), k):
            if required[list(combo)].sum() == required.sum() and w[cover[:, list(combo)].any(axis=1)].sum() >= target:
                return k
    return None


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("p", [1, 3, 5])
def test_exact_coverage_equals_brute_force(seed, p):
    cost, w = instance(60, 9, seed)
    cover = cost <= 20
    required = np.zeros(9, dtype=bool)
    if seed % 2:
        required[[seed, 7]] = True
        p = max(p, 2)
    sol = la.solve_max_coverage(cover, w, p, required, exact=True)
    assert sol.optimal
    assert sol.chosen.size == p and required[sol.chosen].sum() == required.sum()
    assert sol.objective == pytest.approx(brute_coverage(cover, w, p, required), rel=1e-12)
    assert sol.objective == pytest.approx(w[cover[:, sol.chosen].any(axis=1)].sum(), rel=1e-12)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("p", [1, 2, 4])
def test_exact_p_median_equals_brute_force(seed, p):
    cost, w = instance(50, 9, seed)
    required = np.zeros(9, dtype=bool)
    if seed % 2:
        required[3] = True
    sol = la.solve_p_median(cost, w, p, required, exact=True)
    assert sol.optimal
    assert sol.chosen.size == p and required[sol.chosen].sum() == required.sum()
    assert sol.objective == pytest.approx(brute_median(cost, w, p, required), rel=1e-9)


@pytest.mark.parametrize("seed", range(4))
def test_exact_fewest_points_equals_brute_force(seed):
    cost, w = instance(60, 9, seed)
    cover = cost <= 25
    required = np.zeros(9, dtype=bool)
    required[seed] = bool(seed % 2)
    target = 0.9 * la.max_coverable(cover, w)
    sol = la.solve_fewest_points(cover, w, target, required, exact=True)
    assert sol.optimal
    assert sol.chosen.size == brute_fewest(cover, w, target, required)
    assert sol.covered >= target
    # among the fewest, the most covering one
    assert sol.covered == pytest.approx(brute_coverage(cover, w, sol.chosen.size, required), rel=1e-12)
    heur = la.solve_fewest_points(cover, w, target, required)
    assert heur.chosen.size == sol.chosen.size
    assert heur.covered >= target


def test_p_median_unreachable_pairs_use_the_penalty():
    # two network parts: demand 0-1 reach only candidates 0-1, demand 2 only candidate 2
    inf = np.inf
    cost = np.array([[1.0, 2.0, inf], [2.0, 1.0, inf], [inf, inf, 3.0]])
    w = np.array([1.0, 0.5, 5.0])
    assert la.unserved_penalty(cost) == 30.0
    for exact in (False, True):
        sol = la.solve_p_median(cost, w, 2, exact=exact)
        assert list(sol.chosen) == [0, 2]   # serving the heavy part beats saving 1 in the other
        assert sol.objective == pytest.approx(1 + 0.5 * 2 + 15)
    one = la.solve_p_median(cost, w, 1)
    assert list(one.chosen) == [2]          # 1.5*30 + 15 < 1 + 1 + 5*30
    assert one.objective == pytest.approx(60.0)


# ------------------------------------------------------------------ heuristic near exact

GAPS: list = []


@pytest.mark.parametrize("seed,p", [(0, 4), (1, 8), (2, 12)])
def test_heuristic_coverage_within_one_percent(seed, p, record_property):
    cost, w = instance(4000, 40, seed)
    cover = cost <= 12
    exact = la.solve_max_coverage(cover, w, p, exact=True)
    heur = la.solve_max_coverage(cover, w, p)
    gap = (exact.objective - heur.objective) / exact.objective
    record_property("gap", gap)
    print(f"\nmaximal coverage 4000x40 p={p}: exact {exact.objective:.0f} heuristic {heur.objective:.0f} "
          f"gap {100 * gap:.4f}% swaps {heur.swaps}")
    assert exact.optimal
    assert -1e-12 <= gap <= 0.01


@pytest.mark.parametrize("seed,n_d,n_c,p", [(0, 4000, 20, 10), (1, 1000, 24, 4)])
def test_heuristic_p_median_within_one_percent(seed, n_d, n_c, p, record_property):
    cost, w = instance(n_d, n_c, seed)
    exact = la.solve_p_median(cost, w, p, exact=True)
    heur = la.solve_p_median(cost, w, p)
    gap = (heur.objective - exact.objective) / exact.objective
    record_property("gap", gap)
    print(f"\np-median {n_d}x{n_c} p={p}: exact {exact.objective:.1f} heuristic {heur.objective:.1f} "
          f"gap {100 * gap:.6f}% swaps {heur.swaps}")
    assert exact.optimal
    assert -1e-9 <= gap <= 0.01


# ------------------------------------------------------------------ invariants

@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), p=st.integers(1, 8), n_req=st.integers(0, 3),
       problem=st.sampled_from(["coverage", "median"]))
def test_required_always_chosen_and_p_respected(seed, p, n_req, problem):
    cost, w = instance(80, 8, seed)
    rng = np.random.default_rng(seed)
    required = np.zeros(8, dtype=bool)
    required[rng.choice(8, n_req, replace=False)] = True
    p = max(p, n_req)
    if problem == "coverage":
        sol = la.solve_max_coverage(cost <= 15, w, p, required)
    else:
        sol = la.solve_p_median(cost, w, p, required)
    assert sol.chosen.size == p
    assert required[sol.chosen].sum() == n_req
    # order: 1..p on the chosen, required first, 0 elsewhere
    assert sorted(sol.order[sol.chosen]) == list(range(1, p + 1))
    assert (sol.order[~np.isin(np.arange(8), sol.chosen)] == 0).all()
    assert set(sol.order[required]) == set(range(1, n_req + 1))


@pytest.mark.parametrize("exact", [False, True])
def test_p_equal_to_candidates_chooses_all(exact):
    cost, w = instance(100, 7, 3)
    assert list(la.solve_max_coverage(cost <= 10, w, 7, exact=exact).chosen) == list(range(7))
    assert list(la.solve_p_median(cost, w, 7, exact=exact).chosen) == list(range(7))


def test_ties_go_to_the_first_candidate_and_runs_repeat():
    cost, w = instance(300, 6, 5)
    twin = np.hstack([cost, cost])          # candidates 6..11 duplicate 0..5
    a = la.solve_p_median(twin, w, 3)
    b = la.solve_p_median(twin, w, 3)
    assert (a.chosen == b.chosen).all() and a.objective == b.objective
    assert a.chosen.max() < 6
    c = la.solve_max_coverage(twin <= 15, w, 3)
    assert c.chosen.max() < 6


def test_greedy_order_is_the_greedy_step():
    # candidate 2 covers most, then 0; candidate 1 covers nothing new
    cover = np.array([[1, 0, 1], [0, 0, 1], [1, 1, 0], [0, 0, 1]], dtype=bool)
    w = np.array([1.0, 2.0, 5.0, 4.0])
    sol = la.solve_max_coverage(cover, w, 2)
    assert list(sol.chosen) == [0, 2] and list(sol.order) == [2, 0, 1]
    assert sol.objective == 12.0


def test_fewest_points_stops_as_soon_as_target_is_met():
    cost, w = instance(500, 15, 11)
    cover = cost <= 18
    best = la.max_coverable(cover, w)
    for share in (0.5, 0.8, 0.95, 1.0):
        sol = la.solve_fewest_points(cover, w, share * best)
        k = sol.chosen.size
        assert sol.covered >= share * best * (1 - 1e-12)
        # with one point fewer, even the best choice falls short
        if k > 1:
            fewer = la.solve_max_coverage(cover, w, k - 1, exact=True)
            assert fewer.objective < share * best
        # the build order reaches the target exactly at its last step
        prefix = sol.chosen[np.argsort(sol.order[sol.chosen])][: k - 1]
        assert w[cover[:, prefix].any(axis=1)].sum() < share * best


def test_coverage_swap_deltas_match_recomputation():
    cost, w = instance(400, 12, 2)
    cover = la.as_coverage(cost <= 15)
    state = la._Coverage(cover, w)
    chosen = np.array([1, 4, 7])
    for j in chosen:
        state.add(j)
    delta = state.swap_deltas(chosen)
    base = w[(cost[:, chosen] <= 15).any(axis=1)].sum()
    for j in range(12):
        for k in range(3):
            trial = chosen.copy()
            trial[k] = j
            assert delta[j, k] == pytest.approx(w[(cost[:, trial] <= 15).any(axis=1)].sum() - base, abs=1e-9)


def test_median_swap_deltas_match_recomputation():
    cost, w = instance(400, 12, 4)
    chosen = np.array([0, 5, 9])
    delta, current = la.median_swap_deltas(cost, w, chosen, la.unserved_penalty(cost))
    assert current == pytest.approx(la.median_objective(cost, w, chosen))
    for j in range(12):
        for k in range(3):
            trial = chosen.copy()
            trial[k] = j
            assert delta[j, k] == pytest.approx(la.median_objective(cost, w, trial) - current, rel=1e-9, abs=1e-6)


# ------------------------------------------------------------------ bad input

def test_bad_p_and_candidates():
    cost, w = instance(20, 4, 0)
    with pytest.raises(la.LocationAllocationError, match=r"P \(5\) is larger than the number of candidates \(4\)"):
        la.solve_p_median(cost, w, 5)
    with pytest.raises(la.LocationAllocationError, match=r"smaller than the number of required points \(2\)"):
        la.solve_max_coverage(cost < 10, w, 1, required=[0, 1])
    with pytest.raises(la.LocationAllocationError, match="no candidates"):
        la.solve_p_median(np.zeros((20, 0)), w, 1)


def test_fewest_points_target_out_of_reach_says_what_can_be_covered():
    cover = np.array([[1, 0], [0, 0], [0, 1]], dtype=bool)
    w = np.array([1.0, 2.0, 1.0])
    with pytest.raises(la.LocationAllocationError, match="all candidates together cover 2"):
        la.solve_fewest_points(cover, w, 3.0)


def test_exact_refuses_too_large_problems_naming_the_limit(monkeypatch):
    cost, w = instance(200, 10, 0)
    monkeypatch.setattr(lax, "MAX_MEDIAN_PAIRS", 100)
    with pytest.raises(lax.ExactTooLargeError, match="at most 100 demand-candidate pairs; this problem has"):
        la.solve_p_median(cost, w, 2, exact=True)
    monkeypatch.setattr(lax, "MAX_COVERAGE_PAIRS", 10)
    with pytest.raises(lax.ExactTooLargeError, match="at most 10 demand-candidate pairs within the cutoff"):
        la.solve_max_coverage(cost < 30, w, 2, exact=True)


def test_cancel_raises():
    class Stop:
        def isCanceled(self):  # noqa: N802
            return True

        def setProgress(self, value):  # noqa: N802
            pass

    cost, w = instance(50, 5, 0)
    with pytest.raises(Cancelled):
        la.solve_p_median(cost, w, 2, feedback=Stop())


def test_fewest_points_with_nothing_to_cover_chooses_only_required():
    cover = np.array([[1, 0], [0, 1]], dtype=bool)
    w = np.zeros(2)
    assert la.solve_fewest_points(cover, w, 0.0).chosen.size == 0
    assert list(la.solve_fewest_points(cover, w, 0.0, required=[1]).chosen) == [1]
    assert la.solve_fewest_points(cover, w, 0.0, exact=True).chosen.size == 0


def test_p_median_start_solution_is_improved_to_a_local_optimum():
    cost, w = instance(300, 12, 9)
    greedy = la.solve_p_median(cost, w, 3)
    worst = la.solve_p_median(cost, w, 3, start=[9, 10, 11])
    assert worst.objective <= la.median_objective(cost, w, [9, 10, 11])
    assert worst.objective <= greedy.objective * 1.05
    assert list(la.solve_p_median(cost, w, 3, start=greedy.chosen).chosen) == list(greedy.chosen)
    with pytest.raises(la.LocationAllocationError, match="start solution must have P candidates"):
        la.solve_p_median(cost, w, 3, start=[1, 2])
