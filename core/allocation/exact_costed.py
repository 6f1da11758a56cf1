# SPDX-License-Identifier: GPL-2.0-or-later
"""Exact budgeted and least-cost location-allocation (``scipy.optimize.milp``).

The models of :mod:`.locationallocation_exact` with the candidates' costs:

* budgeted coverage: maximise ``sum W_g z_g`` subject to ``sum c_j y_j <= B``
  and, with a limit, ``sum y_j <= P``;
* budgeted p-median: the assignment model with the same two constraints (no
  pair is left out on the strength of P: fewer points may be chosen; only
  pairs beyond a demand's nearest required point are);
* least-cost coverage: minimise ``sum c_j y_j`` subject to ``sum W_g z_g >=
  goal``; then, with the cost held at that least value, maximise the covered
  weight (among sets of equal cost the one covering most).

Every model refuses sizes above the same limits (:func:`.check_size`).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import LinearConstraint

from .locationallocation_exact import coverage_model, median_model, merge_offset_rows, milp, milp_options, milp_result


def _row(values, n_var) -> sp.csr_matrix:
    row = np.zeros(n_var)
    row[:len(values)] = values
    return sp.csr_matrix(row[None, :])


def _limits(cost, budget, p_max, n_var):
    n_c = cost.size
    cons = [LinearConstraint(_row(cost, n_var), -np.inf, budget)]
    if p_max is not None:
        cons.append(LinearConstraint(_row(np.ones(n_c), n_var), 0, p_max))
    return cons


def exact_budget_coverage(cover, weights, cost, budget, p_max, required, time_limit=None):
    """(chosen indices, proven optimal): the most covered weight within ``budget`` and ``p_max`` points."""
    _groups, gw, link, bounds, integrality = coverage_model(cover, weights, required)
    n_c, n_var = cover.shape[1], cover.shape[1] + gw.size
    cons = [LinearConstraint(link, -np.inf, 0.0)] + _limits(cost, budget, p_max, n_var)
    obj = np.concatenate([np.zeros(n_c), -gw])
    res = milp(obj, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    return milp_result(res, n_c)


def exact_least_cost(cover, weights, cost, goal, required, time_limit=None):
    """(chosen indices, proven optimal): the least cost covering ``goal``, then the most covered at that cost."""
    _groups, gw, link, bounds, integrality = coverage_model(cover, weights, required)
    n_c, n_var = cover.shape[1], cover.shape[1] + gw.size
    target = LinearConstraint(_row(np.concatenate([np.zeros(n_c), gw]), n_var), goal, np.inf)
    cons = [LinearConstraint(link, -np.inf, 0.0), target]
    obj = np.concatenate([cost, np.zeros(gw.size)])
    res = milp(obj, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    chosen, optimal = milp_result(res, n_c)
    least = float(cost[chosen].sum())
    held = LinearConstraint(_row(cost, n_var), -np.inf, least + 1e-9 * max(least, 1.0))
    res2 = milp(np.concatenate([np.zeros(n_c), -gw]), integrality=integrality, bounds=bounds,
                constraints=cons + [held], options=milp_options(time_limit))
    if res2.x is None:
        return chosen, optimal
    chosen2, optimal2 = milp_result(res2, n_c)
    return chosen2, optimal and optimal2


def exact_budget_median(c, weights, cost, budget, p_max, required, penalty, time_limit=None):
    """(chosen indices, proven optimal): the least weighted cost within ``budget`` and ``p_max`` points."""
    c, weights = merge_offset_rows(c, weights, penalty)
    use = weights[:, None] > 0
    if required.any():
        use = use & (c <= c[:, required].min(axis=1)[:, None])
    obj, cons, bounds, integrality = median_model(c, weights, use, penalty, required)
    cons = cons + _limits(cost, budget, p_max, obj.size)
    res = milp(obj, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    return milp_result(res, c.shape[1])
