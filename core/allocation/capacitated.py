# SPDX-License-Identifier: GPL-2.0-or-later
"""Capacitated maximal coverage and capacitated p-median (pure numpy/scipy).

Each chosen point ``j`` serves at most ``cap[j]`` weight; a demand row may be
split between points. For a given set of points the best split is a
transportation linear program (:func:`allocate`, HiGHS through
:func:`scipy.optimize.linprog`):

* coverage: maximise the weight served by points within the cutoff (pairs of
  ``cover``); rows with the same covering points are merged first;
* p-median: serve every row, least weighted cost; weight no chosen point can
  take counts at :func:`.problem.unserved_penalty` so every set has a value.

The heuristic (:func:`solve_capacitated`) adds the point that gains most
(greedy), then swaps one chosen point for another while a swap helps. Each
set's value is the linear program's, so a move is only made when it really
helps; bounds (a point adds at most its capacity) skip the programs that
cannot win. The exact solver is in :mod:`.exact_capacitated`.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .locationallocation import as_coverage, median_costs, solve_max_coverage, solve_p_median
from .problem import (
    LocationAllocationError,
    Solution,
    check_cancel,
    check_p,
    demand_weights,
    required_mask,
)

#: Passes of swaps at most.
MAX_PASSES = 20


@dataclass
class Allocation:
    """How the demand rows are split between the chosen points: ``rows``, ``points`` (candidate), ``amount``."""

    rows: np.ndarray
    points: np.ndarray
    amount: np.ndarray
    value: float

    def load(self, n_candidates: int) -> np.ndarray:
        return np.bincount(self.points, weights=self.amount, minlength=n_candidates)


class Capacitated:
    """One capacitated problem: ``coverage`` (``a`` CSR within the cutoff) or p-median (dense ``c``)."""

    def __init__(self, w, cap, cover=None, costs=None):
        self.w, self.cap = w, cap
        self.coverage = cover is not None
        if self.coverage:
            self.a = cover
            self.at = cover.T.tocsr()
        else:
            self.c, self.penalty = median_costs(costs)
        self.cache: dict = {}

    def value(self, chosen) -> float:
        """Larger is better: weight served within the cutoff, or minus the weighted cost (penalty included)."""
        key = tuple(sorted(int(j) for j in chosen))
        if key not in self.cache:
            self.cache[key] = allocate(self, np.array(key, dtype=np.int64)).value
        return self.cache[key]

    def reach(self, j) -> float:
        """Weight within reach of candidate ``j`` (all of it for p-median)."""
        if not self.coverage:
            return float(self.w.sum())
        return float(self.w[self.at.indices[self.at.indptr[j]:self.at.indptr[j + 1]]].sum())


def _linprog(cost, a_ub, b_ub, upper):
    from scipy.optimize import linprog

    res = linprog(cost, A_ub=a_ub, b_ub=b_ub, bounds=np.stack([np.zeros(cost.size), upper], axis=1),
                  method="highs")
    if res.x is None:
        raise LocationAllocationError(f"The allocation linear program failed: {res.message}")
    return res.x


def allocate(problem: Capacitated, chosen: np.ndarray) -> Allocation:
    """The best split of the demand between the ``chosen`` points under their capacities."""
    chosen = np.asarray(chosen, dtype=np.int64)
    w, n_d = problem.w, problem.w.size
    if chosen.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Allocation(empty, empty, np.zeros(0), 0.0 if problem.coverage else -float(w.sum()) * problem.penalty)
    if problem.coverage:
        return _allocate_groups(problem, chosen)
    else:
        sub = problem.c[:, chosen]
        rows, cols = np.nonzero((w[:, None] > 0) & (sub < problem.penalty))
        pair_cost = sub[rows, cols] - problem.penalty  # relative to leaving it unserved
    n_x = rows.size
    if n_x == 0:
        return allocate(problem, np.zeros(0, dtype=np.int64))
    # x = weight of row r served by point k: sum_k x_rk <= w_r, sum_r x_rk <= cap_k
    by_row = sp.csr_matrix((np.ones(n_x), (rows, np.arange(n_x))), shape=(n_d, n_x))
    by_point = sp.csr_matrix((np.ones(n_x), (cols, np.arange(n_x))), shape=(chosen.size, n_x))
    x = _linprog(pair_cost, sp.vstack([by_row, by_point], format="csr"),
                 np.concatenate([w, problem.cap[chosen]]), w[rows])
    used = x > 1e-9 * max(float(w.max(initial=0.0)), 1.0)
    value = -float(pair_cost @ x)
    if not problem.coverage:
        value = -(float(w.sum()) * problem.penalty - value)
    return Allocation(rows[used], chosen[cols[used]], x[used], value)


def _allocate_groups(problem: Capacitated, chosen: np.ndarray) -> Allocation:
    """Coverage: one program over the groups of rows with the same chosen points within reach.

    A group's flow to a point is shared by its rows in proportion to their weight (any split is as good).
    """
    w = problem.w
    sub = problem.a[:, chosen].tocsr()
    live = np.flatnonzero((np.diff(sub.indptr) > 0) & (w > 0))
    if live.size == 0:
        return allocate(problem, np.zeros(0, dtype=np.int64))
    bits = np.packbits(sub[live].toarray() > 0, axis=1)
    keys = np.ascontiguousarray(bits).view(np.dtype((np.void, bits.shape[1]))).ravel()
    _, first, group = np.unique(keys, return_index=True, return_inverse=True)
    group = group.ravel()
    gw = np.bincount(group, weights=w[live], minlength=first.size)
    g_rows, g_cols = sub[live[first]].nonzero()
    n_x, n_g = g_rows.size, first.size
    by_group = sp.csr_matrix((np.ones(n_x), (g_rows, np.arange(n_x))), shape=(n_g, n_x))
    by_point = sp.csr_matrix((np.ones(n_x), (g_cols, np.arange(n_x))), shape=(chosen.size, n_x))
    x = _linprog(-np.ones(n_x), sp.vstack([by_group, by_point], format="csr"),
                 np.concatenate([gw, problem.cap[chosen]]), gw[g_rows])
    # spread each group's flow over its rows: pairs (row, point) of the rows of each group
    order = np.argsort(group, kind="stable")
    starts = np.searchsorted(group[order], np.arange(n_g))
    counts = np.bincount(group, minlength=n_g)
    pair_of_group = np.repeat(np.arange(n_x), counts[g_rows])
    within = np.arange(pair_of_group.size) - np.repeat(np.cumsum(counts[g_rows]) - counts[g_rows], counts[g_rows])
    member = live[order[starts[g_rows[pair_of_group]] + within]]
    amount = x[pair_of_group] * w[member] / gw[g_rows[pair_of_group]]
    used = amount > 1e-9 * max(float(w.max(initial=0.0)), 1.0)
    return Allocation(member[used], chosen[g_cols[pair_of_group][used]], amount[used], float(x.sum()))


def _greedy(problem: Capacitated, required, p: int, feedback) -> list:
    n_c = problem.cap.size
    chosen = [int(j) for j in np.flatnonzero(required)]
    while len(chosen) < p:
        check_cancel(feedback, 0.5 * len(chosen) / max(p, 1))
        base = problem.value(chosen)
        bound = np.array([min(problem.cap[j], problem.reach(j)) for j in range(n_c)])
        if not problem.coverage:
            bound = bound * problem.penalty
        bound[chosen] = -np.inf
        best, best_j = -np.inf, -1
        for j in np.argsort(-bound, kind="stable"):
            if bound[j] == -np.inf or (best_j >= 0 and bound[j] <= best):
                break
            gain = problem.value(chosen + [int(j)]) - base
            if gain > best:
                best, best_j = gain, int(j)
        if best_j < 0:
            break
        chosen.append(best_j)
    return chosen


def _starts(problem: Capacitated, required, p: int, feedback) -> list:
    """The LP greedy (coverage) and the uncapacitated heuristic's answer (coverage and p-median)."""
    if problem.coverage:
        uncapacitated = solve_max_coverage(problem.a, problem.w, p, required, feedback=feedback).chosen
        return [_greedy(problem, required, p, feedback), [int(j) for j in uncapacitated]]
    return [[int(j) for j in solve_p_median(problem.c, problem.w, p, required, feedback=feedback).chosen]]


def _local_search(problem: Capacitated, required, p: int, feedback) -> list:
    """The best of the starts, each improved by swaps until none helps."""
    best: list = []
    for chosen in _starts(problem, required, p, feedback):
        for _ in range(MAX_PASSES):
            if not _swap_pass(problem, chosen, required, feedback):
                break
        if not best or problem.value(chosen) > problem.value(best) + 1e-9 * max(abs(problem.value(best)), 1.0):
            best = chosen
    return best


def _swap_pass(problem: Capacitated, chosen: list, required, feedback) -> bool:
    """The first swap that helps (candidates by bound); True when one was made."""
    n_c = problem.cap.size
    current = problem.value(chosen)
    tol = 1e-9 * max(abs(current), 1.0)
    for k in [j for j in chosen if not required[j]]:
        rest = [j for j in chosen if j != k]
        base = problem.value(rest)
        bound = np.array([min(problem.cap[j], problem.reach(j)) for j in range(n_c)])
        if not problem.coverage:
            bound = bound * problem.penalty
        for j in np.argsort(-bound, kind="stable"):
            check_cancel(feedback)
            if j in chosen or base + bound[j] <= current + tol:
                continue
            if problem.value(rest + [int(j)]) > current + tol:
                chosen[chosen.index(k)] = int(j)
                return True
    return False


def solve_capacitated(cap, weights, p: int, required=None, cover=None, costs=None, exact: bool = False,
                      feedback=None, time_limit: float | None = None) -> tuple:
    """(Solution, Allocation): capacitated coverage (``cover``) or p-median (``costs``) with ``p`` points."""
    n_c = np.asarray(cap).size
    n_d = (cover if cover is not None else np.asarray(costs)).shape[0]
    w = demand_weights(weights, n_d)
    cap = np.asarray(cap, dtype=np.float64)
    if not (np.isfinite(cap).all() and (cap >= 0).all()):
        raise LocationAllocationError("Capacities must be finite and not negative.")
    req = required_mask(required, n_c)
    p = check_p(p, n_c, int(req.sum()))
    problem = Capacitated(w, cap, None if cover is None else as_coverage(cover), costs)
    if not problem.coverage:
        room = float(cap[req].sum() + np.sort(cap[~req])[::-1][:p - int(req.sum())].sum())
        if room < float(w.sum()) * (1 - 1e-12):
            raise LocationAllocationError(
                f"The capacity of {p} points is at most {room:g}, less than the reachable population "
                f"{float(w.sum()):g}.")
    if exact:
        from .exact_capacitated import exact_capacitated

        chosen, optimal = exact_capacitated(problem, p, req, time_limit)
    else:
        chosen, optimal = _local_search(problem, req, p, feedback), False
    chosen = np.sort(np.asarray(chosen, dtype=np.int64))
    alloc = allocate(problem, chosen)
    if not problem.coverage and float(alloc.amount.sum()) < float(w.sum()) * (1 - 1e-9):
        raise LocationAllocationError("The chosen points' capacity cannot hold the reachable population.")
    order = _order(problem, chosen, req)
    if problem.coverage:
        return Solution(chosen, order, alloc.value, alloc.value, optimal, 0), alloc
    return Solution(chosen, order, -alloc.value, float("nan"), optimal, 0), alloc


def _order(problem, chosen, required) -> np.ndarray:
    seq = [int(j) for j in chosen if required[j]]
    rest = [int(j) for j in chosen if not required[j]]
    while rest:
        j = max(rest, key=lambda k: (problem.value(seq + [k]), -k))
        seq.append(j)
        rest.remove(j)
    order = np.zeros(problem.cap.size, dtype=np.int64)
    order[np.array(seq, dtype=np.int64)] = np.arange(1, len(seq) + 1)
    return order
