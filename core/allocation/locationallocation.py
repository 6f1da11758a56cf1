# SPDX-License-Identifier: GPL-2.0-or-later
"""Location-allocation: choose service points among candidates.

Pure numpy/scipy (no QGIS import). Three problems on one cost structure:

* **maximal coverage** (:func:`solve_max_coverage`): choose ``p`` candidates
  to maximise the demand weight within the cutoff of a chosen point. Input
  is a sparse *coverage* matrix (demand x candidate, nonzero = within the
  cutoff), so memory grows with the pairs within the cutoff only.
* **p-median** (:func:`solve_p_median`): choose ``p`` candidates to minimise
  the weighted cost to the nearest chosen point. Input is a dense cost matrix
  (reachable demand x candidate, ``inf``/``nan`` = unreachable). This is the
  one problem that needs every pair: 100 000 demand x 300 candidates is
  30 M float64 = 240 MB, which we accept to keep costs bit-identical to the
  catchments engine (float32 would change ties); every pass over it is done
  in row chunks of about 4 M values so no temporary of the same size is made.
* **fewest points** (:func:`solve_fewest_points`): the fewest candidates
  (required ones included) whose coverage reaches a target weight.

Required candidates are always chosen and count towards ``p``.

The heuristic is a greedy start (each step adds the candidate that improves
the objective most) followed by vertex substitution (Teitz and Bart): the
best single swap of a chosen and a non-chosen candidate is made while it
improves the objective. Ties go to the candidate that comes first, so runs
repeat. The exact solver (``exact=True``) is in
:mod:`.locationallocation_exact`.

Demand that no chosen point can reach counts in the p-median objective at
:func:`unserved_penalty` (ten times the largest finite cost), so a solution
reaching more demand is preferred; such demand only exists when the
candidates lie in several network parts.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..rules.cancel import Cancelled as CancelledError  # noqa: F401 (the one rules.cancel.Cancelled, old name)
from .locationallocation_exact import exact_fewest_points, exact_max_coverage, exact_p_median
from .problem import (
    CHUNK_VALUES,
    MAX_SWAPS,
    LocationAllocationError,
    Solution,
    check_cancel,
    check_p,
    demand_weights,
    required_mask,
    unserved_penalty,
)

# --------------------------------------------------------------------------- helpers

def coverage_matrix(rows, cols, n_demand: int, n_candidates: int) -> sp.csr_matrix:
    """A boolean CSR coverage matrix from COO pair indices (duplicates merge)."""
    data = np.ones(len(rows), dtype=np.float64)
    mat = sp.csr_matrix((data, (np.asarray(rows), np.asarray(cols))), shape=(n_demand, n_candidates))
    mat.sum_duplicates()
    mat.data[:] = 1.0
    return mat


def as_coverage(cover) -> sp.csr_matrix:
    mat = sp.csr_matrix(cover, dtype=np.float64, copy=True)
    mat.eliminate_zeros()
    mat.data[:] = 1.0
    return mat


def coverage_problem(cover, weights, required):
    """(coverage matrix of 0/1, demand weights, required-candidate mask) of a coverage problem; an error when
    there are no candidates."""
    a = as_coverage(cover)
    n_d, n_c = a.shape
    if n_c == 0:
        raise LocationAllocationError("There are no candidates.")
    return a, demand_weights(weights, n_d), required_mask(required, n_c)


def median_costs(costs, overwrite: bool = False) -> tuple[np.ndarray, float]:
    """Costs with unreachable pairs set to the penalty (in place if allowed)."""
    c = np.asarray(costs, dtype=np.float64)
    if c.ndim != 2:
        raise LocationAllocationError("The cost matrix must be two-dimensional.")
    penalty = unserved_penalty(c)
    bad = ~np.isfinite(c)
    if bad.any():
        if not (overwrite and c.flags.writeable and c is costs):
            c = c.copy()
        c[bad] = penalty
    if (c < 0).any():
        raise LocationAllocationError("Costs must not be negative.")
    return c, penalty


def _chunks(n_rows: int, n_cols: int):
    step = max(1, CHUNK_VALUES // max(n_cols, 1))
    for start in range(0, n_rows, step):
        yield slice(start, min(n_rows, start + step))


# --------------------------------------------------------------------------- coverage

class _Coverage:
    """Maximal-coverage state: per-demand count of chosen covering points."""

    def __init__(self, cover: sp.csr_matrix, w: np.ndarray):
        self.a = cover                      # demand x candidate
        self.at = cover.T.tocsr()           # candidate x demand
        self.w = w
        self.count = np.zeros(cover.shape[0], dtype=np.int64)

    def add(self, j: int) -> None:
        self.count[self.at.indices[self.at.indptr[j]:self.at.indptr[j + 1]]] += 1

    def remove(self, j: int) -> None:
        self.count[self.at.indices[self.at.indptr[j]:self.at.indptr[j + 1]]] -= 1

    def covered(self) -> float:
        return float(self.w[self.count > 0].sum())

    def gains(self) -> np.ndarray:
        """Weight each candidate would newly cover."""
        return self.at @ (self.w * (self.count == 0))

    def swap_deltas(self, chosen: np.ndarray) -> np.ndarray:
        """delta[j, k]: change in covered weight for bringing j in, chosen[k] out."""
        single = self.count == 1
        gain = self.gains()
        loss = self.at[chosen] @ (self.w * single)
        sub = self.a[:, chosen]
        sub = sp.csr_matrix(sub.multiply((self.w * single)[:, None]))
        extra = (self.at @ sub).toarray()
        return gain[:, None] - loss[None, :] + extra


def _greedy_coverage(state: _Coverage, required: np.ndarray, p: int, feedback, stop_at=None):
    """Required first, then best gain; stops at p points or once ``stop_at`` is covered."""
    n = state.a.shape[1]
    chosen_mask = np.zeros(n, dtype=bool)
    sequence = []
    for j in np.flatnonzero(required):
        state.add(j)
        chosen_mask[j] = True
        sequence.append(int(j))
    while len(sequence) < p:
        if stop_at is not None and state.covered() >= stop_at:
            break
        check_cancel(feedback, 0.5 * len(sequence) / max(p, 1))
        gain = state.gains()
        gain[chosen_mask] = -1.0
        j = int(np.argmax(gain))
        state.add(j)
        chosen_mask[j] = True
        sequence.append(j)
    return sequence


def _swap_coverage(state: _Coverage, chosen: list, required: np.ndarray, tol: float, feedback) -> int:
    """Best-improvement vertex substitution; returns the number of swaps made."""
    n = state.a.shape[1]
    swaps = 0
    while swaps < MAX_SWAPS:
        check_cancel(feedback)
        cur = np.array(sorted(chosen), dtype=np.int64)
        if cur.size in (0, n):
            break
        delta = state.swap_deltas(cur)
        delta[cur, :] = -np.inf
        delta[:, required[cur]] = -np.inf
        flat = int(np.argmax(delta))
        j_in, k_out = divmod(flat, cur.size)
        if not delta[j_in, k_out] > tol:
            break
        j_out = int(cur[k_out])
        state.remove(j_out)
        state.add(j_in)
        chosen[chosen.index(j_out)] = j_in
        swaps += 1
    return swaps


def _coverage_order(cover: sp.csr_matrix, w: np.ndarray, chosen, required: np.ndarray) -> np.ndarray:
    """Build order of a coverage solution: greedy restricted to the chosen points."""
    chosen = np.asarray(sorted(chosen), dtype=np.int64)
    sub = cover[:, chosen]
    state = _Coverage(sub, w)
    seq = _greedy_coverage(state, required[chosen], chosen.size, None)
    order = np.zeros(cover.shape[1], dtype=np.int64)
    order[chosen[np.array(seq, dtype=np.int64)]] = np.arange(1, len(seq) + 1)
    return order


def solve_max_coverage(cover, weights, p: int, required=None, exact: bool = False,
                       feedback=None, time_limit: float | None = None) -> Solution:
    """Choose ``p`` candidates maximising the weight of the covered demand.

    ``cover``: sparse or dense (demand x candidate), nonzero where the demand
    is within the cutoff of the candidate.
    """
    a = as_coverage(cover)
    n_d, n_c = a.shape
    w = demand_weights(weights, n_d)
    req = required_mask(required, n_c)
    p = check_p(p, n_c, int(req.sum()))
    if exact:
        chosen, optimal = exact_max_coverage(a, w, p, req, time_limit=time_limit)
        swaps = 0
    else:
        state = _Coverage(a, w)
        chosen = _greedy_coverage(state, req, p, feedback)
        swaps = _swap_coverage(state, chosen, req, 1e-9 * max(w.sum(), 1e-300), feedback)
        optimal = False
    chosen = np.array(sorted(chosen), dtype=np.int64)
    covered = float(w[np.asarray(a[:, chosen].sum(axis=1)).ravel() > 0].sum())
    check_cancel(feedback, 1.0)
    return Solution(chosen, _coverage_order(a, w, chosen, req), covered, covered, optimal, swaps)


def max_coverable(cover, weights) -> float:
    """Weight covered when every candidate is chosen."""
    a = as_coverage(cover)
    w = demand_weights(weights, a.shape[0])
    return float(w[np.diff(a.indptr) > 0].sum())


def solve_fewest_points(cover, weights, target: float, required=None, exact: bool = False,
                        feedback=None, time_limit: float | None = None) -> Solution:
    """The fewest candidates (required included) covering at least ``target`` weight.

    Among the solutions with that many points, the one covering the most is
    returned (heuristically, or proven with ``exact``). Raises
    :class:`LocationAllocationError` when even all candidates fall short.
    """
    a, w, req = coverage_problem(cover, weights, required)
    n_d, n_c = a.shape
    total = w.sum()
    goal = float(target) - 1e-9 * max(total, 1e-300)
    best = max_coverable(a, w)
    if best < goal:
        raise LocationAllocationError(
            f"The target weight {target:g} cannot be covered; all candidates together cover {best:g}.")
    if exact:
        count, proven = exact_fewest_points(a, w, goal, req, time_limit=time_limit)
        if count == 0:
            return Solution(np.zeros(0, dtype=np.int64), np.zeros(n_c, dtype=np.int64), 0.0, 0.0, proven)
        sol = solve_max_coverage(a, w, count, req, exact=True, time_limit=time_limit)
        sol.optimal = bool(proven and sol.optimal)
        return sol
    tol = 1e-9 * max(total, 1e-300)
    state = _Coverage(a, w)
    chosen = _greedy_coverage(state, req, n_c, feedback, stop_at=goal)
    swaps = 0
    # Try to do with one point fewer: drop the point losing least, then swap.
    while len(chosen) > max(int(req.sum()), 1):
        check_cancel(feedback)
        trial = _Coverage(a, w)
        for j in chosen:
            trial.add(j)
        cur = np.array(chosen, dtype=np.int64)
        loss = trial.at[cur] @ (w * (trial.count == 1))
        loss[req[cur]] = np.inf
        drop = int(cur[int(np.argmin(loss))])
        rest = [j for j in chosen if j != drop]
        trial.remove(drop)
        n_swaps = _swap_coverage(trial, rest, req, tol, feedback)
        if trial.covered() < goal:
            break
        chosen, state, swaps = rest, trial, swaps + n_swaps
    swaps += _swap_coverage(state, chosen, req, tol, feedback)
    chosen = np.array(sorted(chosen), dtype=np.int64)
    covered = state.covered()
    return Solution(chosen, _coverage_order(a, w, chosen, req), covered, covered, False, swaps)


# --------------------------------------------------------------------------- p-median

def median_gain(c: np.ndarray, w: np.ndarray, d1: np.ndarray) -> np.ndarray:
    gain = np.zeros(c.shape[1])
    for rows in _chunks(*c.shape):
        gain += w[rows] @ np.maximum(d1[rows, None] - c[rows], 0.0)
    return gain


def _nearest_two(c: np.ndarray, chosen: np.ndarray, penalty: float):
    """Nearest (d1, position c1 in ``chosen``) and second nearest d2 among chosen."""
    n = c.shape[0]
    d1 = np.empty(n)
    d2 = np.empty(n)
    c1 = np.empty(n, dtype=np.int64)
    for rows in _chunks(n, chosen.size):
        sub = c[rows][:, chosen]
        first = np.argmin(sub, axis=1)          # ties: first chosen in candidate order
        idx = np.arange(sub.shape[0])
        d1[rows] = sub[idx, first]
        c1[rows] = first
        if chosen.size > 1:
            sub[idx, first] = np.inf
            d2[rows] = sub.min(axis=1)
        else:
            d2[rows] = penalty
    return d1, d2, c1


def median_swap_deltas(c, w, chosen, penalty):
    """delta[j, k]: change in total weighted cost for j in, chosen[k] out."""
    d1, d2, c1 = _nearest_two(c, chosen, penalty)
    gain = median_gain(c, w, d1)
    loss = np.bincount(c1, weights=w * (d2 - d1), minlength=chosen.size)
    extra = np.zeros((c.shape[1], chosen.size))
    for rows in _chunks(*c.shape):
        part = w[rows, None] * np.maximum(d2[rows, None] - np.maximum(c[rows], d1[rows, None]), 0.0)
        onehot = np.zeros((part.shape[0], chosen.size))
        onehot[np.arange(part.shape[0]), c1[rows]] = 1.0
        extra += part.T @ onehot
    return -gain[:, None] + loss[None, :] - extra, float(w @ d1)


def _median_order(c, w, chosen, required, penalty) -> np.ndarray:
    chosen = np.asarray(sorted(chosen), dtype=np.int64)
    sub = c[:, chosen]
    seq = _greedy_median(sub, w, required[chosen], chosen.size, penalty, None)
    order = np.zeros(c.shape[1], dtype=np.int64)
    order[chosen[np.array(seq, dtype=np.int64)]] = np.arange(1, len(seq) + 1)
    return order


def _greedy_median(c, w, required, p, penalty, feedback):
    """Required first, then the largest cost saving; gains are updated from the rows whose cost fell."""
    n_c = c.shape[1]
    d1 = np.full(c.shape[0], penalty)
    chosen_mask = np.zeros(n_c, dtype=bool)
    sequence = []
    for j in np.flatnonzero(required):
        d1 = np.minimum(d1, c[:, j])
        chosen_mask[j] = True
        sequence.append(int(j))
    gain = None
    while len(sequence) < p:
        check_cancel(feedback, 0.5 * len(sequence) / max(p, 1))
        if gain is None:
            gain = median_gain(c, w, d1)
        masked = gain.copy()
        masked[chosen_mask] = -1.0
        j = int(np.argmax(masked))
        new = np.minimum(d1, c[:, j])
        changed = np.flatnonzero(new < d1)
        if changed.size * 2 > c.shape[0]:
            gain = None  # most rows changed: recompute in one pass
        else:
            step = max(1, CHUNK_VALUES // max(n_c, 1))
            for start in range(0, changed.size, step):
                rows = changed[start:start + step]
                sub = c[rows]
                gain -= w[rows] @ (np.maximum(d1[rows, None] - sub, 0.0) - np.maximum(new[rows, None] - sub, 0.0))
        d1 = new
        chosen_mask[j] = True
        sequence.append(j)
    return sequence


def solve_p_median(costs, weights, p: int, required=None, exact: bool = False,
                   feedback=None, time_limit: float | None = None,
                   overwrite_costs: bool = False, start=None) -> Solution:
    """Choose ``p`` candidates minimising the weighted cost to the nearest chosen one.

    ``costs``: dense (demand x candidate); ``inf``/``nan`` = unreachable.
    The objective counts unreachable demand at :func:`unserved_penalty`.
    ``overwrite_costs`` lets a float64 array be changed in place (saves a copy).
    ``start``: ``p`` candidate indices to improve instead of the greedy start (heuristic only).
    """
    c, penalty = median_costs(costs, overwrite_costs)
    n_d, n_c = c.shape
    w = demand_weights(weights, n_d)
    req = required_mask(required, n_c)
    p = check_p(p, n_c, int(req.sum()))
    swaps = 0
    if exact:
        chosen, optimal = exact_p_median(c, w, p, req, penalty, time_limit=time_limit)
    else:
        optimal = False
        if start is not None:
            chosen = sorted(set(int(j) for j in start) | set(np.flatnonzero(req).tolist()))
            if len(chosen) != p:
                raise LocationAllocationError("The start solution must have P candidates, the required ones included.")
        else:
            chosen = _greedy_median(c, w, req, p, penalty, feedback)
        current = None
        while swaps < MAX_SWAPS and len(chosen) < n_c:
            check_cancel(feedback)
            cur = np.array(sorted(chosen), dtype=np.int64)
            delta, current = median_swap_deltas(c, w, cur, penalty)
            delta[cur, :] = np.inf
            delta[:, req[cur]] = np.inf
            flat = int(np.argmin(delta))
            j_in, k_out = divmod(flat, cur.size)
            if not delta[j_in, k_out] < -1e-10 * max(current, 1e-300):
                break
            chosen[chosen.index(int(cur[k_out]))] = j_in
            swaps += 1
    chosen = np.array(sorted(chosen), dtype=np.int64)
    objective = median_total(c, w, chosen)
    check_cancel(feedback, 1.0)
    return Solution(chosen, _median_order(c, w, chosen, req, penalty), objective, float("nan"), optimal, swaps)


def median_objective(costs, weights, chosen) -> float:
    """Weighted cost to the nearest chosen candidate (unreachable at the penalty)."""
    c, _penalty = median_costs(costs)
    return median_total(c, demand_weights(weights, c.shape[0]), chosen)


def median_total(c: np.ndarray, w: np.ndarray, chosen) -> float:
    chosen = np.asarray(chosen, dtype=np.int64)
    total = 0.0
    for rows in _chunks(c.shape[0], chosen.size):
        total += float(w[rows] @ c[rows][:, chosen].min(axis=1))
    return total
