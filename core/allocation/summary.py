# SPDX-License-Identifier: GPL-2.0-or-later
"""Population figures of an allocation: who is reachable, served and within the cutoff, per chosen point.

An allocation is a list of *parts* (:class:`Parts`): demand row, serving
point, residents served, cost. Without capacities each served row is one part
wholly served by its nearest chosen point (:meth:`Parts.nearest`); with
capacities a row may be split between points.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Parts:
    """Demand rows split between chosen candidates: ``rows``, ``points``, ``amount`` (residents), ``cost``."""

    rows: np.ndarray
    points: np.ndarray
    amount: np.ndarray
    cost: np.ndarray

    @classmethod
    def nearest(cls, pop, facility, cost) -> Parts:
        """Each row with a facility (>= 0) wholly served by it."""
        rows = np.flatnonzero(facility >= 0)
        return cls(rows, facility[rows], pop[rows], cost[rows])

    def serving(self, n_demand: int):
        """(facility, cost) per demand row: the point serving its largest part (-1 / NaN: none)."""
        facility = np.full(n_demand, -1, dtype=np.int64)
        cost = np.full(n_demand, np.nan)
        order = np.lexsort((-self.amount, self.rows))  # per row, the largest part first
        rows = self.rows[order]
        first = np.ones(rows.size, dtype=bool)
        first[1:] = rows[1:] != rows[:-1]
        facility[rows[first]] = self.points[order][first]
        cost[rows[first]] = self.cost[order][first]
        return facility, cost


def allocation_summary(pop: np.ndarray, reachable: np.ndarray, parts: Parts, cutoff: float,
                       n_candidates: int) -> dict:
    """Totals and per-candidate sums of an allocation in ``parts``.

    ``reachable``: demand some candidate reaches; ``served``: residents in a
    part; ``unserved``: reachable but in no part; ``covered``: served within
    ``cutoff`` (cost <= cutoff); ``mean``: residents-weighted mean cost of the
    parts (None when none); ``max_cost``: the longest cost of a part with
    residents (None when none).
    """
    within = parts.cost <= cutoff
    served_pop = float(parts.amount.sum())
    weighted = float(parts.amount @ parts.cost)
    positive = parts.amount > 0
    return {
        "reachable": float(pop[reachable].sum()), "unreachable": float(pop[~reachable].sum()),
        "unserved": max(float(pop[reachable].sum()) - served_pop, 0.0),
        "covered": float(parts.amount[within].sum()),
        "weighted": weighted, "mean": weighted / served_pop if served_pop > 0 else None,
        "served": np.bincount(parts.points, weights=parts.amount, minlength=n_candidates),
        "within": np.bincount(parts.points[within], weights=parts.amount[within], minlength=n_candidates),
        "max_cost": float(parts.cost[positive].max()) if positive.any() else None,
    }
