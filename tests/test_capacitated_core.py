# SPDX-License-Identifier: GPL-2.0-or-later
"""Capacitated coverage and p-median: exact == brute force over an independent LP, heuristic gaps, invariants."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from allocation_instances import euclidean, road
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from palveluverkko.core.allocation import capacitated as cp
from palveluverkko.core.allocation import locationallocation as la


def lp_value(c, w, cap, s, cutoff=None):
    """Independent dense transportation LP for the set ``s``: served within cutoff, or least weighted cost."""
    n_d, k = c.shape[0], len(s)
    sub = c[:, s]
    ok = sub <= cutoff if cutoff is not None else np.isfinite(sub)
    a_row = np.kron(np.eye(n_d), np.ones(k))          # sum_k x_ik
    a_cap = np.kron(np.ones(n_d), np.eye(k))          # sum_i x_ik
    upper = np.where(ok.ravel(), np.repeat(w, k), 0.0)
    if cutoff is not None:
        res = linprog(-np.ones(n_d * k), A_ub=np.vstack([a_row, a_cap]), b_ub=np.concatenate([w, cap[s]]),
                      bounds=list(zip(np.zeros(n_d * k), upper)), method="highs")
        return -res.fun
    res = linprog(np.where(ok, sub, 0).ravel(), A_ub=a_cap, b_ub=cap[s], A_eq=a_row, b_eq=w,
                  bounds=list(zip(np.zeros(n_d * k), upper)), method="highs")
    return res.fun if res.status == 0 else np.inf


def capacities(seed, w, n_c, low=0.08, high=0.4):
    return np.random.default_rng(seed).uniform(low, high, n_c) * w.sum()


@pytest.mark.parametrize("seed", range(4))
def test_exact_equals_brute_force(seed):
    c, w, _ = euclidean(25, 7, seed)
    cap = capacities(seed, w, 7, 0.15, 0.5)
    req = np.zeros(7, dtype=bool)
    if seed % 2:
        req[seed] = True
    combos = [list(s) for s in itertools.combinations(range(7), 3) if req[list(s)].sum() == req.sum()]
    best_cov = max(lp_value(c, w, cap, s, 25.0) for s in combos)
    best_med = min(lp_value(c, w, cap, s) for s in combos)
    sol, alloc = cp.solve_capacitated(cap, w, 3, req, cover=c <= 25.0, exact=True)
    assert sol.optimal and sol.objective == pytest.approx(best_cov, rel=1e-7)
    assert alloc.amount.sum() == pytest.approx(sol.objective, rel=1e-9)
    assert (alloc.load(7) <= cap * (1 + 1e-9)).all()
    med, malloc = cp.solve_capacitated(cap, w, 3, req, costs=c, exact=True)
    assert med.objective == pytest.approx(best_med, rel=1e-7)
    assert malloc.amount.sum() == pytest.approx(w.sum(), rel=1e-9)
    assert float(malloc.amount @ c[malloc.rows, malloc.points]) == pytest.approx(best_med, rel=1e-7)
    heur, _ = cp.solve_capacitated(cap, w, 3, req, cover=c <= 25.0)
    assert heur.objective >= 0.98 * best_cov


@pytest.mark.parametrize("seed", range(3))
def test_heuristic_within_two_percent_on_road_networks(seed):
    c, w, _ = road(seed, n_d=600, n_c=16)
    cap = capacities(seed, w, 16, 0.1, 0.3)
    cutoff = float(np.quantile(c.min(axis=1), 0.9))
    gaps = {}
    for name, kwargs in (("coverage", dict(cover=c <= cutoff)), ("p-median", dict(costs=c))):
        exact, _ = cp.solve_capacitated(cap, w, 6, None, exact=True, **kwargs)
        heur, alloc = cp.solve_capacitated(cap, w, 6, None, **kwargs)
        assert (alloc.load(16) <= cap * (1 + 1e-9)).all()
        ratio = heur.objective / exact.objective
        gaps[name] = 1 - ratio if name == "coverage" else ratio - 1
    print(f"seed {seed}: " + ", ".join(f"capacitated {k} gap {100 * v:.3f} %" for k, v in gaps.items()))
    assert all(-1e-7 <= v <= 0.02 for v in gaps.values()), gaps


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 10_000), n_c=st.integers(2, 7), p=st.integers(1, 7), cutoff=st.floats(10, 40))
def test_invariants(seed, n_c, p, cutoff):
    c, w, _ = euclidean(30, n_c, seed)
    p = min(p, n_c)
    huge = np.full(n_c, 10 * w.sum())
    for exact in (True, False):
        sol, alloc = cp.solve_capacitated(huge, w, p, cover=c <= cutoff, exact=exact)
        assert alloc.amount.sum() == pytest.approx(sol.objective, rel=1e-9)  # assigned = served
        if exact:
            assert sol.objective == pytest.approx(la.solve_max_coverage(c <= cutoff, w, p, exact=True).objective)
            med, malloc = cp.solve_capacitated(huge, w, p, costs=c, exact=True)
            assert med.objective == pytest.approx(la.solve_p_median(c, w, p, exact=True).objective, rel=1e-9)
            assert malloc.amount.sum() == pytest.approx(w.sum())
        cap = capacities(seed, w, n_c)
        tight, talloc = cp.solve_capacitated(cap, w, p, cover=c <= cutoff, exact=exact)
        assert (talloc.load(n_c) <= cap * (1 + 1e-9)).all()
        assert talloc.amount.sum() == pytest.approx(tight.objective, rel=1e-9)


def test_capacity_too_small_for_p_median():
    c, w, _ = euclidean(20, 4, 2)
    with pytest.raises(ValueError, match=r"The capacity of 2 points is at most 20, less than the reachable "
                                         r"population"):
        cp.solve_capacitated(np.full(4, 10.0), w, 2, costs=c)
