# SPDX-License-Identifier: GPL-2.0-or-later
"""Exact location-allocation with SciPy's MILP solver (HiGHS).

Integer programs, solved by :func:`scipy.optimize.milp` with a relative gap
of at most 1e-9. ``optimal`` is true only when HiGHS reports a proven
optimum (status 0); a time limit that stops it with a feasible solution gives
that solution with ``optimal`` false.

* maximal coverage: binary ``y_j`` (candidate chosen), continuous
  ``z_g`` in [0, 1] per *group* of demand rows with the same set of covering
  candidates (their weights added), ``z_g <= sum_{j covers g} y_j``,
  ``sum y = p``, required ``y_j = 1``; maximise ``sum W_g z_g``.
* fewest points: the same variables; minimise ``sum y`` subject to
  ``sum W_g z_g >= target``.
* p-median (classical strong formulation): ``x_ij`` = demand i served by j,
  ``x_ij <= y_j``, ``sum_j x_ij + u_i = 1``; ``u_i`` = served by no chosen
  point at the penalty cost. Pairs that no optimum needs are left out: a
  demand never goes beyond its (n - p + 1)-th nearest candidate nor beyond
  its nearest required one.

Sizes are checked first (:func:`check_size`): above the limits the solver
would take far too long, and the caller gets a message naming the limit.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint

from .problem import LocationAllocationError


def milp(*args, **kwargs):
    """:func:`scipy.optimize.milp` (scipy 1.9 or newer), imported when the exact solver runs: an older scipy
    leaves the heuristics working (the plugin refuses the exact solver first, naming what to install)."""
    from scipy.optimize import milp as scipy_milp

    return scipy_milp(*args, **kwargs)


MIP_REL_GAP = 1e-9
#: largest number of demand-candidate pairs (after merging identical demand)
#: the exact coverage and fewest-points solvers accept
MAX_COVERAGE_PAIRS = 200_000
#: largest number of candidates the exact coverage solvers accept
MAX_COVERAGE_CANDIDATES = 500
#: largest number of assignment variables the exact p-median solver accepts
MAX_MEDIAN_PAIRS = 100_000


class ExactTooLargeError(LocationAllocationError):
    """The problem exceeds the exact solver's size limit."""

    def __init__(self, what: str, size: int, limit: int):
        self.what, self.size, self.limit = what, size, limit
        super().__init__(f"The exact solver accepts at most {limit} {what}; this problem has {size}.")


def milp_options(time_limit):
    opts = {"mip_rel_gap": MIP_REL_GAP, "disp": False}
    if time_limit is not None:
        opts["time_limit"] = float(time_limit)
    return opts


def milp_result(res, n_y: int):
    if res.x is None:
        raise LocationAllocationError(f"The MILP solver found no solution: {res.message}")
    chosen = np.flatnonzero(res.x[:n_y] > 0.5)
    return chosen, res.status == 0


def coverage_groups(cover: sp.csr_matrix, weights: np.ndarray):
    """Merge demand rows with the same covering candidates: (group matrix, group weights)."""
    keep = (np.diff(cover.indptr) > 0) & (weights > 0)
    sub = cover[keep]
    if sub.shape[0] == 0:
        return sp.csr_matrix((0, cover.shape[1])), np.zeros(0)
    dense = np.packbits(sub.toarray() > 0, axis=1)
    rows = np.ascontiguousarray(dense).view(np.dtype((np.void, dense.shape[1]))).ravel()
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    group_w = np.bincount(inverse.ravel(), weights=weights[keep], minlength=first.size)
    return sub[first], group_w


def median_pairs(c: np.ndarray, p: int, required: np.ndarray) -> np.ndarray:
    """Boolean mask of the (demand, candidate) pairs an optimum may use."""
    n_c = c.shape[1]
    kth = n_c - p  # 0-based index of the (n - p + 1)-th smallest
    limit = np.partition(c, kth, axis=1)[:, kth]
    if required.any():
        limit = np.minimum(limit, c[:, required].min(axis=1))
    return c <= limit[:, None]


def check_size(problem: str, n_demand: int, n_candidates: int, pairs: int) -> None:
    """Raise :class:`ExactTooLargeError` when the exact solver should not try."""
    if problem == "median":
        if pairs > MAX_MEDIAN_PAIRS:
            raise ExactTooLargeError("demand-candidate pairs", pairs, MAX_MEDIAN_PAIRS)
        return
    if n_candidates > MAX_COVERAGE_CANDIDATES:
        raise ExactTooLargeError("candidates", n_candidates, MAX_COVERAGE_CANDIDATES)
    if pairs > MAX_COVERAGE_PAIRS:
        raise ExactTooLargeError("demand-candidate pairs within the cutoff", pairs, MAX_COVERAGE_PAIRS)


def coverage_model(cover, weights, required):
    groups, gw = coverage_groups(cover, weights)
    n_c, n_g = cover.shape[1], groups.shape[0]
    check_size("coverage", n_g, n_c, groups.nnz)
    # z_g - sum_j a_gj y_j <= 0
    link = sp.hstack([-groups, sp.identity(n_g, format="csr")], format="csr")
    lower = np.concatenate([required.astype(float), np.zeros(n_g)])
    bounds = Bounds(lower, np.ones(n_c + n_g))
    integrality = np.concatenate([np.ones(n_c), np.zeros(n_g)])
    return groups, gw, link, bounds, integrality


def exact_max_coverage(cover, weights, p, required, time_limit=None):
    """(chosen indices, proven optimal) for maximal coverage."""
    _groups, gw, link, bounds, integrality = coverage_model(cover, weights, required)
    n_c, n_g = cover.shape[1], gw.size
    card = sp.csr_matrix(np.concatenate([np.ones(n_c), np.zeros(n_g)])[None, :])
    cons = [LinearConstraint(link, -np.inf, 0.0), LinearConstraint(card, p, p)]
    c = np.concatenate([np.zeros(n_c), -gw])
    res = milp(c, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    return milp_result(res, n_c)


def exact_fewest_points(cover, weights, goal, required, time_limit=None):
    """(smallest number of points, proven optimal) covering at least ``goal``."""
    _groups, gw, link, bounds, integrality = coverage_model(cover, weights, required)
    n_c, n_g = cover.shape[1], gw.size
    target = sp.csr_matrix(np.concatenate([np.zeros(n_c), gw])[None, :])
    cons = [LinearConstraint(link, -np.inf, 0.0), LinearConstraint(target, goal, np.inf)]
    c = np.concatenate([np.ones(n_c), np.zeros(n_g)])
    res = milp(c, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    chosen, optimal = milp_result(res, n_c)
    return int(chosen.size), optimal


def merge_offset_rows(c: np.ndarray, weights: np.ndarray, penalty: float):
    """Merge demand whose costs differ by a constant (e.g. cells snapped to one node).

    Such demand always goes to the same candidate, so one row with the summed
    weight and the costs less the row minimum decides the same; rows with an
    unreachable pair are kept as they are.
    """
    full = (c < penalty).all(axis=1) & (weights > 0)
    shape = c[full] - c[full].min(axis=1)[:, None]
    if shape.shape[0] == 0:
        return c, weights
    rows = np.ascontiguousarray(shape).view(np.dtype((np.void, shape.dtype.itemsize * shape.shape[1]))).ravel()
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    merged_w = np.bincount(inverse.ravel(), weights=weights[full], minlength=first.size)
    rest = ~full & (weights > 0)
    return np.vstack([shape[first], c[rest]]), np.concatenate([merged_w, weights[rest]])


def exact_p_median(c, weights, p, required, penalty, time_limit=None):
    """(chosen indices, proven optimal) for the p-median problem.

    ``c`` has unreachable pairs already set to ``penalty``.
    """
    c, weights = merge_offset_rows(c, weights, penalty)
    use = median_pairs(c, p, required) & (weights[:, None] > 0)
    obj, cons, bounds, integrality = median_model(c, weights, use, penalty, required)
    n_c = c.shape[1]
    card = sp.csr_matrix((np.ones(n_c), (np.zeros(n_c, dtype=int), np.arange(n_c))), shape=(1, obj.size))
    cons.append(LinearConstraint(card, p, p))
    res = milp(obj, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    return milp_result(res, n_c)


def median_model(c, weights, use, penalty, required):
    """(objective, constraints, bounds, integrality) of the assignment model over the pairs ``use``.

    Variables: ``y_j`` (candidate chosen), ``x_ij`` for the reachable pairs in
    ``use``, ``u_i`` (unserved at the penalty) where ``use`` has an
    unreachable pair; each demand with weight is served once, ``x_ij <= y_j``,
    required ``y_j = 1``. The caller adds the constraints on ``y``.
    """
    n_d, n_c = c.shape
    reach = use & (c < penalty)
    rows, cols = np.nonzero(reach)
    n_x = rows.size
    check_size("median", n_d, n_c, n_x)
    need_u = np.flatnonzero((use & ~reach).any(axis=1) & (weights > 0))
    served = np.flatnonzero(weights > 0)
    n_u = need_u.size
    n_var = n_c + n_x + n_u
    obj = np.concatenate([np.zeros(n_c), weights[rows] * c[rows, cols], weights[need_u] * penalty])
    # each served demand: sum_j x_ij + u_i = 1
    row_of = np.full(n_d, -1)
    row_of[served] = np.arange(served.size)
    assign = sp.csr_matrix(
        (np.ones(n_x + n_u), (np.concatenate([row_of[rows], row_of[need_u]]),
                              np.concatenate([n_c + np.arange(n_x), n_c + n_x + np.arange(n_u)]))),
        shape=(served.size, n_var))
    # x_ij - y_j <= 0
    link = sp.csr_matrix(
        (np.concatenate([np.ones(n_x), -np.ones(n_x)]),
         (np.concatenate([np.arange(n_x), np.arange(n_x)]), np.concatenate([n_c + np.arange(n_x), cols]))),
        shape=(n_x, n_var))
    cons = [LinearConstraint(assign, 1.0, 1.0), LinearConstraint(link, -np.inf, 0.0)]
    lower = np.concatenate([required.astype(float), np.zeros(n_x + n_u)])
    integrality = np.concatenate([np.ones(n_c), np.zeros(n_x + n_u)])
    return obj, cons, Bounds(lower, np.ones(n_var)), integrality
