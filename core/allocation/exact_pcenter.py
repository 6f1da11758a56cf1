# SPDX-License-Identifier: GPL-2.0-or-later
"""Exact tie-break of the p-center problem (``scipy.optimize.milp``).

Once the least radius ``r*`` is known, the P points with the least weighted
cost among those putting every row within ``r*``: the assignment model of
:func:`.locationallocation_exact.median_model` over the pairs within ``r*``
only, with exactly P points.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import LinearConstraint

from .locationallocation_exact import median_model, milp, milp_options, milp_result


def exact_min_cost_within(c, weights, radius, p, required, time_limit=None):
    """(chosen indices, proven optimal): P points, every row within ``radius``, least weighted cost."""
    use = c <= radius
    penalty = 2.0 * max(float(radius), 1.0) + 1.0
    obj, cons, bounds, integrality = median_model(np.where(use, c, penalty), weights, use, penalty, required)
    n_c = c.shape[1]
    card = sp.csr_matrix((np.ones(n_c), (np.zeros(n_c, dtype=int), np.arange(n_c))), shape=(1, obj.size))
    cons.append(LinearConstraint(card, p, p))
    res = milp(obj, integrality=integrality, bounds=bounds, constraints=cons, options=milp_options(time_limit))
    return milp_result(res, n_c)
