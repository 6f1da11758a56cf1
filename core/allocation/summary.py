# SPDX-License-Identifier: GPL-2.0-or-later
"""Population figures of an allocation: who is reachable, served and within the cutoff, per chosen point."""
from __future__ import annotations

import numpy as np


def allocation_summary(pop: np.ndarray, reachable: np.ndarray, facility: np.ndarray, cost: np.ndarray,
                       cutoff: float, n_candidates: int) -> dict:
    """Totals and per-candidate sums (``facility`` -1: no chosen point reaches the demand).

    ``reachable``: demand some candidate reaches; ``served``: demand a chosen
    point reaches; ``covered``: served within ``cutoff`` (cost <= cutoff);
    ``mean``: population-weighted mean cost over the served (None when none).
    """
    served = facility >= 0
    within = served & (cost <= cutoff)
    weighted = float((pop[served] * cost[served]).sum())
    served_pop = float(pop[served].sum())
    return {
        "reachable": float(pop[reachable].sum()), "unreachable": float(pop[~reachable].sum()),
        "unserved": float(pop[reachable & ~served].sum()), "covered": float(pop[within].sum()),
        "weighted": weighted, "mean": weighted / served_pop if served_pop > 0 else None,
        "served": np.bincount(facility[served], weights=pop[served], minlength=n_candidates),
        "within": np.bincount(facility[within], weights=pop[within], minlength=n_candidates),
    }
