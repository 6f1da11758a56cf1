# SPDX-License-Identifier: GPL-2.0-or-later
"""What every location-allocation solver shares: the result, the errors and the input checks.

The heuristics (:mod:`.locationallocation`, :mod:`.pmedian`) and the exact
solver (:mod:`.locationallocation_exact`) import from here, never from each
other's internals.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..rules.cancel import check_feedback

#: At most this many vertex substitutions in one heuristic run.
MAX_SWAPS = 100_000


class LocationAllocationError(ValueError):
    """Bad input for a location-allocation problem."""


@dataclass
class Solution:
    """A chosen set of candidates.

    ``chosen``: candidate indices, ascending. ``order``: per candidate the
    step (1, 2, ...) at which it enters when the chosen points are added one
    at a time, required ones first, each time the one that improves the
    objective most; 0 = not chosen. ``objective``: covered weight (coverage
    and fewest points) or weighted cost incl. penalty (p-median).
    ``covered``: covered weight (coverage problems; NaN for p-median).
    ``optimal``: proven optimal by the exact solver. ``swaps``: vertex
    substitutions made by the heuristic.
    """

    chosen: np.ndarray
    order: np.ndarray
    objective: float
    covered: float = float("nan")
    optimal: bool = False
    swaps: int = 0


check_cancel = check_feedback  # the one rule: raises rules.cancel.Cancelled, else reports progress


def required_mask(required, n_candidates: int) -> np.ndarray:
    """A boolean mask of the required candidates, from a mask or from indices (None: none required)."""
    mask = np.zeros(n_candidates, dtype=bool)
    if required is None:
        return mask
    req = np.asarray(required)
    if req.dtype == bool:
        if req.shape != (n_candidates,):
            raise LocationAllocationError("The required mask must have one value per candidate.")
        return req.copy()
    req = req.astype(np.int64).ravel()
    if req.size and (req.min() < 0 or req.max() >= n_candidates):
        raise LocationAllocationError("A required candidate index is out of range.")
    mask[req] = True
    return mask


#: Float budget of one dense block of a demand x candidates computation (rows per step = this / columns).
CHUNK_VALUES = 4_000_000


def check_p(p: int, n_candidates: int, n_required: int) -> int:
    """``p`` as an int when there are candidates and ``n_required`` <= ``p`` <= ``n_candidates``."""
    if n_candidates == 0:
        raise LocationAllocationError("There are no candidates.")
    p = int(p)
    if p > n_candidates:
        raise LocationAllocationError(f"P ({p}) is larger than the number of candidates ({n_candidates}).")
    if p < max(n_required, 1):
        raise LocationAllocationError(f"P ({p}) is smaller than the number of required points ({n_required}) or 1.")
    return p


def demand_weights(weights, n: int) -> np.ndarray:
    """One weight per demand row as float64; NaN, infinite and negative weights count as 0."""
    w = np.asarray(weights, dtype=np.float64).ravel()
    if w.shape != (n,):
        raise LocationAllocationError("There must be one weight per demand row.")
    return np.where(np.isfinite(w) & (w > 0), w, 0.0)


def unserved_penalty(costs: np.ndarray) -> float:
    """The cost at which p-median counts demand no chosen point reaches."""
    finite = costs[np.isfinite(costs)]
    top = float(finite.max()) if finite.size else 1.0
    return 10.0 * max(top, 1.0)
