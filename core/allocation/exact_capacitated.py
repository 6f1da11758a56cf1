# SPDX-License-Identifier: GPL-2.0-or-later
"""Exact capacitated maximal coverage and p-median (``scipy.optimize.milp``).

Binary ``y_j``; continuous ``x`` per (demand, candidate) pair (weight served,
coverage; share of the row, p-median); ``sum y = P``, required ``y_j = 1``.

* coverage (rows merged by their covering candidates): ``sum_j x_gj <= W_g``,
  ``sum_g x_gj <= cap_j y_j``, ``x_gj <= W_g y_j``; maximise ``sum x``;
* p-median: ``sum_j x_ij + u_i = 1``, ``x_ij <= y_j``, ``sum_i w_i x_ij <=
  cap_j y_j``; minimise ``sum w_i c_ij x_ij + sum w_i penalty u_i``.

The same size limits as the uncapacitated models (:func:`.check_size`).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint

from .locationallocation_exact import check_size, coverage_groups, milp, milp_options, milp_result


def _pairs_model(rows, cols, n_rows, n_c, amount, cap, extra_obj):
    """Constraints shared by both models over pairs (rows, cols); x measured in ``amount`` per pair."""
    n_x = rows.size
    n_var = n_c + n_x + extra_obj
    xi = n_c + np.arange(n_x)
    # sum_r amount x_rk - cap_k y_k <= 0
    load = sp.csr_matrix((np.concatenate([amount, -cap]), (np.concatenate([cols, np.arange(n_c)]),
                                                          np.concatenate([xi, np.arange(n_c)]))), shape=(n_c, n_var))
    # x_rk - ub y_k <= 0
    link = sp.csr_matrix((np.concatenate([np.ones(n_x), -np.ones(n_x)]),
                          (np.concatenate([np.arange(n_x)] * 2), np.concatenate([xi, cols]))), shape=(n_x, n_var))
    card = sp.csr_matrix((np.ones(n_c), (np.zeros(n_c, dtype=int), np.arange(n_c))), shape=(1, n_var))
    return [LinearConstraint(load, -np.inf, 0.0), LinearConstraint(link, -np.inf, 0.0)], card, n_var


def exact_capacitated(problem, p, required, time_limit=None):
    """(chosen indices, proven optimal) for a :class:`.capacitated.Capacitated` problem."""
    n_c = problem.cap.size
    if problem.coverage:
        groups, gw = coverage_groups(problem.a, problem.w)
        check_size("coverage", groups.shape[0], n_c, groups.nnz)
        rows, cols = groups.nonzero()
        n_rows, amount, n_u, row_w = groups.shape[0], gw[rows], 0, gw
    else:
        keep = np.flatnonzero(problem.w > 0)
        c = problem.c[keep]
        rows, cols = np.nonzero(c < problem.penalty)
        check_size("median", keep.size, n_c, rows.size)
        n_rows, row_w, n_u = keep.size, problem.w[keep], keep.size
        amount = row_w[rows]
    cons, card, n_var = _pairs_model(rows, cols, n_rows, n_c, amount, problem.cap, n_u)
    n_x = rows.size
    # each row: sum_k x_rk (+ u_r) <= 1 (coverage, x as a share) or == 1 (p-median)
    entries = (np.concatenate([rows, np.arange(n_u)]),
               np.concatenate([n_c + np.arange(n_x), n_c + n_x + np.arange(n_u)]))
    assign = sp.csr_matrix((np.ones(n_x + n_u), entries), shape=(n_rows, n_var))
    cons += [LinearConstraint(assign, 0.0 if problem.coverage else 1.0, 1.0), LinearConstraint(card, p, p)]
    if problem.coverage:
        obj = np.concatenate([np.zeros(n_c), -amount])
    else:
        obj = np.concatenate([np.zeros(n_c), amount * c[rows, cols], row_w * problem.penalty])
    lower = np.concatenate([required.astype(float), np.zeros(n_x + n_u)])
    integrality = np.concatenate([np.ones(n_c), np.zeros(n_x + n_u)])
    res = milp(obj, integrality=integrality, bounds=Bounds(lower, np.ones(n_var)), constraints=cons,
               options=milp_options(time_limit))
    return milp_result(res, n_c)
