# SPDX-License-Identifier: GPL-2.0-or-later
"""Budgets and least-cost coverage: exact == brute force / an independent MILP, heuristic gaps, invariants."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from allocation_instances import covered, euclidean, road, subsets
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from palveluverkko.core.allocation import costed
from palveluverkko.core.allocation import locationallocation as la
from palveluverkko.core.allocation.eligibility import eligible_mask, pop_within_reach, restrict
from palveluverkko.core.allocation.problem import LocationAllocationError


def brute_budget(cover, w, fc, budget, p_max, required):
    return max(covered(cover, w, s) for s in subsets(cover.shape[1], required, p_max) if fc[s].sum() <= budget)


def brute_least_cost(cover, w, fc, goal, required):
    best = None
    for s in subsets(cover.shape[1], required):
        if covered(cover, w, s) >= goal:
            key = (fc[s].sum(), -covered(cover, w, s))
            best = key if best is None or key < best else best
    return best


def brute_budget_median(c, w, fc, budget, p_max, required):
    return min(float(w @ c[:, s].min(axis=1)) for s in subsets(c.shape[1], required, p_max)
               if s and fc[s].sum() <= budget)


def required_for(seed, n_c):
    req = np.zeros(n_c, dtype=bool)
    if seed % 2:
        req[seed % n_c] = True
    return req


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("p_max", [None, 3])
@pytest.mark.parametrize("share", [0.2, 0.45])
def test_exact_budget_coverage_and_median_equal_brute_force(seed, p_max, share):
    c, w, fc = euclidean(70, 9, seed)
    cover = c <= 22
    req = required_for(seed, 9)
    budget = share * fc.sum() + fc[req].sum()
    sol = costed.solve_budget_coverage(cover, w, fc, budget, p_max, req, exact=True)
    assert sol.optimal and fc[sol.chosen].sum() <= budget and req[sol.chosen].sum() == req.sum()
    assert p_max is None or sol.chosen.size <= p_max
    assert sol.objective == pytest.approx(brute_budget(cover, w, fc, budget, p_max, req), rel=1e-12)
    med = costed.solve_budget_median(c, w, fc, budget, p_max, req, exact=True)
    assert med.optimal and fc[med.chosen].sum() <= budget
    assert med.objective == pytest.approx(brute_budget_median(c, w, fc, budget, p_max, req), rel=1e-9)
    assert med.objective == pytest.approx(float(w @ c[:, med.chosen].min(axis=1)), rel=1e-12)


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("share", [0.6, 0.9, 1.0])
def test_exact_least_cost_equals_brute_force(seed, share):
    c, w, fc = euclidean(70, 9, seed)
    cover = c <= 25
    req = required_for(seed, 9)
    goal = share * covered(cover, w, list(range(9)))
    sol = costed.solve_least_cost(cover, w, fc, goal, req, exact=True)
    cost, minus_cov = brute_least_cost(cover, w, fc, goal, req)
    assert sol.optimal
    assert sol.objective == pytest.approx(cost) == fc[sol.chosen].sum()
    assert sol.covered == pytest.approx(-minus_cov, rel=1e-12)


def independent_least_cost(cover, w, fc, goal, required):
    """Least cost by a plain MILP: one z per demand row (no merging), y per candidate."""
    n_d, n_c = cover.shape
    a = sp.csr_matrix(cover.astype(float))
    link = sp.hstack([-a, sp.identity(n_d)], format="csr")
    target = sp.csr_matrix(np.concatenate([np.zeros(n_c), w])[None, :])
    res = milp(np.concatenate([fc, np.zeros(n_d)]), integrality=np.concatenate([np.ones(n_c), np.zeros(n_d)]),
               bounds=Bounds(np.concatenate([required.astype(float), np.zeros(n_d)]), np.ones(n_c + n_d)),
               constraints=[LinearConstraint(link, -np.inf, 0), LinearConstraint(target, goal, np.inf)],
               options={"mip_rel_gap": 1e-9})
    assert res.status == 0
    return res.fun


def independent_budget(cover, w, fc, budget, p_max, required):
    n_d, n_c = cover.shape
    a = sp.csr_matrix(cover.astype(float))
    link = sp.hstack([-a, sp.identity(n_d)], format="csr")
    rows = [LinearConstraint(link, -np.inf, 0),
            LinearConstraint(sp.csr_matrix(np.concatenate([fc, np.zeros(n_d)])[None, :]), -np.inf, budget)]
    if p_max:
        rows.append(LinearConstraint(sp.csr_matrix(np.concatenate([np.ones(n_c), np.zeros(n_d)])[None, :]), 0, p_max))
    res = milp(np.concatenate([np.zeros(n_c), -w]), integrality=np.concatenate([np.ones(n_c), np.zeros(n_d)]),
               bounds=Bounds(np.concatenate([required.astype(float), np.zeros(n_d)]), np.ones(n_c + n_d)),
               constraints=rows, options={"mip_rel_gap": 1e-9})
    assert res.status == 0
    return -res.fun


GAPS = []


@pytest.mark.parametrize("seed", range(4))
def test_heuristics_within_two_percent_of_exact_on_road_networks(seed):
    """2 000 residents and 30 candidates on a street lattice; the gaps are printed."""
    c, w, fc = road(seed, n_d=2000)
    cutoff = float(np.quantile(c.min(axis=1), 0.97)) * 0.9
    cover = c <= cutoff
    req = required_for(seed, c.shape[1])
    goal = 0.95 * covered(cover, w, list(range(c.shape[1])))
    exact = costed.solve_least_cost(cover, w, fc, goal, req, exact=True)
    assert exact.objective == pytest.approx(independent_least_cost(cover, w, fc, goal, req), rel=1e-9)
    heur = costed.solve_least_cost(cover, w, fc, goal, req)
    assert heur.covered >= goal * (1 - 1e-12) and req[heur.chosen].sum() == req.sum()
    gaps = {"least-cost": heur.objective / exact.objective - 1}
    budget = 0.25 * fc.sum()
    for p_max in (None, 6):
        ex = costed.solve_budget_coverage(cover, w, fc, budget, p_max, req, exact=True)
        assert ex.objective == pytest.approx(independent_budget(cover, w, fc, budget, p_max, req), rel=1e-9)
        he = costed.solve_budget_coverage(cover, w, fc, budget, p_max, req)
        assert fc[he.chosen].sum() <= budget and (p_max is None or he.chosen.size <= p_max)
        gaps[f"budget coverage P<={p_max}"] = 1 - he.objective / ex.objective
    ex = costed.solve_budget_median(c, w, fc, 0.15 * fc.sum(), None, req, exact=True)
    he = costed.solve_budget_median(c, w, fc, 0.15 * fc.sum(), None, req)
    assert fc[he.chosen].sum() <= 0.15 * fc.sum()
    gaps["budget p-median"] = he.objective / ex.objective - 1
    print(f"seed {seed}: " + ", ".join(f"{k} gap {100 * v:.3f} %" for k, v in gaps.items()))
    assert all(v <= 0.02 + 1e-12 for v in gaps.values()), gaps
    assert all(v >= -1e-9 for v in gaps.values()), gaps


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 10_000), n_c=st.integers(2, 9), cutoff=st.floats(8, 40), p=st.integers(1, 9))
def test_invariants(seed, n_c, cutoff, p):
    c, w, fc = euclidean(40, n_c, seed)
    cover = c <= cutoff
    p = min(p, n_c)
    req = required_for(seed, n_c)
    p = max(p, int(req.sum()))
    for exact in (False, True):
        # a budget at or above every candidate's cost gives today's answer
        big = costed.solve_budget_coverage(cover, w, fc, fc.sum(), p, req, exact=exact)
        today = la.solve_max_coverage(cover, w, p, req, exact=exact)
        assert big.objective == pytest.approx(today.objective) and list(big.chosen) == list(today.chosen)
        med = costed.solve_budget_median(c, w, fc, fc.sum(), p, req, exact=exact)
        assert med.objective == pytest.approx(la.solve_p_median(c, w, p, req, exact=exact).objective)
        # never over budget, required always chosen
        budget = fc[req].sum() + 0.3 * fc.sum()
        tight = costed.solve_budget_coverage(cover, w, fc, budget, None, req, exact=exact)
        assert fc[tight.chosen].sum() <= budget and req[tight.chosen].sum() == req.sum()
        # equal costs: least cost = fewest points
        total = covered(cover, w, list(range(n_c)))
        if total > 0:
            unit = costed.solve_least_cost(cover, w, np.full(n_c, 7.0), 0.9 * total, req, exact=exact)
            fewest = la.solve_fewest_points(cover, w, 0.9 * total, req, exact=exact)
            assert unit.chosen.size == fewest.chosen.size and req[unit.chosen].sum() == req.sum()
            assert unit.covered >= 0.9 * total * (1 - 1e-12)


def test_ineligible_never_chosen_and_pop_within_reach():
    c, w, fc = euclidean(60, 8, 3)
    cover = c <= 20
    within = pop_within_reach(cover, w)
    assert np.allclose(within, [w[cover[:, j]].sum() for j in range(8)])
    allowed = eligible_mask(within, float(np.median(within)))
    assert allowed.sum() >= 4
    sol = restrict(allowed, lambda cols: costed.solve_budget_coverage(cover[:, cols], w, fc[cols], 20.0))
    assert allowed[sol.chosen].all() and fc[sol.chosen].sum() <= 20.0
    assert sorted(np.flatnonzero(sol.order)) == sorted(sol.chosen)


def test_bad_budget_and_costs():
    c, w, fc = euclidean(30, 5, 1)
    req = np.array([True, True, False, False, False])
    with pytest.raises(LocationAllocationError, match=r"The required points cost 1\d+, more than the budget 10 "
                                                      r"\(by \d+\)"):
        costed.solve_budget_coverage(c <= 20, w, np.full(5, 60.0), 10.0, None, req)
    with pytest.raises(LocationAllocationError, match="Candidate costs must be finite and not negative"):
        costed.solve_least_cost(c <= 20, w, [1, 2, -1, 3, 4], 10.0)
    with pytest.raises(LocationAllocationError, match="cannot be covered; all candidates together cover"):
        costed.solve_least_cost(c <= 1, w, fc, w.sum())
