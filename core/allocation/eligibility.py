# SPDX-License-Identifier: GPL-2.0-or-later
"""Which candidates may be chosen: the population within reach and the "10,000 residents" rule.

A candidate with fewer residents within the cutoff of it (all demand counted,
not only what it would serve) than ``min_population`` is not eligible; a
required one stays required. The solvers then run on the allowed columns only
(:func:`restrict`) and their answer is mapped back to the full candidate list.
"""
from __future__ import annotations

import numpy as np

from .problem import Solution, demand_weights


def pop_within_reach(cover, weights) -> np.ndarray:
    """Per candidate the weight of the demand within its cutoff (``cover``: demand x candidate, nonzero = within)."""
    import scipy.sparse as sp

    a = sp.csr_matrix(cover, dtype=np.float64, copy=True)
    a.eliminate_zeros()
    a.data[:] = 1.0
    w = demand_weights(weights, a.shape[0])
    return np.asarray(a.T @ w).ravel()


def eligible_mask(within: np.ndarray, min_population: float) -> np.ndarray:
    """True where a candidate has at least ``min_population`` within reach (0 = every candidate)."""
    within = np.asarray(within, dtype=np.float64)
    if not min_population > 0:
        return np.ones(within.size, dtype=bool)
    # population sums are float: allow for rounding in the last place
    return within >= float(min_population) * (1.0 - 1e-12)


def restrict(allowed: np.ndarray, solve) -> Solution:
    """Run ``solve(columns)`` on the ``allowed`` candidates and map its solution back to all of them.

    ``columns`` are the indices of the allowed candidates; ``solve`` returns a
    :class:`~.problem.Solution` over those columns (positions 0..len-1).
    """
    allowed = np.asarray(allowed, dtype=bool)
    columns = np.flatnonzero(allowed)
    sol = solve(columns)
    order = np.zeros(allowed.size, dtype=np.int64)
    order[columns] = sol.order
    sol.chosen = columns[np.asarray(sol.chosen, dtype=np.int64)]
    sol.order = order
    return sol
