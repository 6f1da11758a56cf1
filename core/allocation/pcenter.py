# SPDX-License-Identifier: GPL-2.0-or-later
"""The p-center problem: P points minimising the longest cost from a resident to the nearest chosen point.

Bisection over the distinct costs with a covering test: radius ``r`` is
feasible when at most P points (required ones included) put every demand row
within ``r``. The rows are merged by the set of candidates within ``r``
(:func:`.locationallocation_exact.coverage_groups`) before each test. The
exact solver tests with the fewest-points integer program, the heuristic with
the fewest-points heuristic; the upper end of the search is the longest cost
of a farthest-first start (each step adds the candidate nearest to the
worst-off demand).

Among the sets reaching the least radius ``r*`` the one with the least
weighted cost is chosen: exactly by the assignment integer program over the
pairs within ``r*``; heuristically by p-median swaps on costs where every
pair beyond ``r*`` counts so much that no swap ever uses one.
"""
from __future__ import annotations

import numpy as np

from .locationallocation import solve_fewest_points, solve_max_coverage, solve_p_median
from .locationallocation_exact import coverage_groups
from .problem import LocationAllocationError, Solution, check_cancel, check_p, demand_weights, required_mask

#: Above this many demand x candidate pairs the heuristic's tie-break keeps its greedy fill (no p-median swaps).
MAX_TIE_BREAK_PAIRS = 5_000_000


class BoundTooSmallError(LocationAllocationError):
    """Costs searched only up to a bound: no P points put every resident within it."""


def longest(costs: np.ndarray, chosen) -> float:
    """The longest cost from a demand row to its nearest chosen candidate."""
    return float(costs[:, np.asarray(chosen, dtype=np.int64)].min(axis=1).max(initial=0.0))


def spread_points(demand_xy, cand_xy, required, p: int) -> np.ndarray:
    """P candidates spread farthest-first by straight line: required ones (or the one nearest the demand's
    centre) first, then each time the candidate nearest the demand point farthest from the chosen ones."""
    demand_xy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    cand_xy = np.asarray(cand_xy, dtype=np.float64).reshape(-1, 2)
    chosen = [int(j) for j in np.flatnonzero(required)]
    if not chosen:
        centre = demand_xy.mean(axis=0) if len(demand_xy) else np.zeros(2)
        chosen = [int(np.argmin(np.hypot(*(cand_xy - centre).T)))]
    d = np.full(len(demand_xy), np.inf)
    for j in chosen:
        d = np.minimum(d, np.hypot(*(demand_xy - cand_xy[j]).T))
    while len(chosen) < p and len(demand_xy):
        far = demand_xy[int(np.argmax(d))]
        gap = np.hypot(*(cand_xy - far).T)
        gap[chosen] = np.inf
        j = int(np.argmin(gap))
        chosen.append(j)
        d = np.minimum(d, np.hypot(*(demand_xy - cand_xy[j]).T))
    return np.array(sorted(chosen), dtype=np.int64)


def farthest_first(c: np.ndarray, required: np.ndarray, p: int) -> list:
    """Required first (or the candidate with the least longest cost); then the candidate nearest the worst-off row."""
    chosen = [int(j) for j in np.flatnonzero(required)]
    if not chosen:
        chosen = [int(np.argmin(c.max(axis=0)))]
    d1 = c[:, chosen].min(axis=1)
    while len(chosen) < p:
        i = int(np.argmax(d1))
        row = c[i].copy()
        row[chosen] = np.inf
        j = int(np.argmin(row))
        chosen.append(j)
        d1 = np.minimum(d1, c[:, j])
    return chosen


def _covers(c, r, p, required, exact, time_limit):
    """A covering set of at most ``p`` points within radius ``r`` (indices), or None.

    Every row counts once (unit weights), so no row is lost to a tolerance.
    """
    import scipy.sparse as sp

    within = sp.csr_matrix(c <= r, dtype=np.float64)
    if (np.diff(within.indptr) == 0).any():
        return None
    groups, gw = coverage_groups(within, np.ones(c.shape[0]))
    sol = solve_fewest_points(groups, gw, float(gw.sum()) - 0.5, required, exact=exact, time_limit=time_limit)
    if sol.chosen.size <= p:
        return sol.chosen
    if exact:
        return None
    # the fewest-points heuristic may miss a cover: try P points maximising the rows covered
    most = solve_max_coverage(groups, gw, p, required)
    return most.chosen if most.covered >= float(gw.sum()) - 0.5 else None


def least_radius(c, p, required, exact, feedback=None, time_limit=None):
    """(r*, a covering set within r*): bisection over the distinct costs between a lower and an upper bound."""
    start = farthest_first(c, required, p)
    hi_val, best = longest(c, start), start
    lo_val = float(c.min(axis=1).max())
    values = np.unique(c[(c >= lo_val) & (c <= hi_val) & np.isfinite(c)])
    lo, hi = 0, values.size - 1  # values[hi] is feasible
    if not np.isfinite(hi_val):  # the start leaves someone unreached: is the largest finite cost enough?
        found = _covers(c, values[hi], p, required, exact, time_limit) if values.size else None
        if found is None:
            raise BoundTooSmallError(f"No {p} points reach every resident.")
        best = list(found)
    while lo < hi:
        check_cancel(feedback, 0.5 * (1 - (hi - lo) / max(values.size, 1)))
        mid = (lo + hi) // 2
        found = _covers(c, values[mid], p, required, exact, time_limit)
        if found is None:
            lo = mid + 1
        else:
            hi, best = mid, list(found)
    return float(values[hi]), best


def solve_p_center(costs, weights, p: int, required=None, exact: bool = False, feedback=None,
                   time_limit: float | None = None) -> Solution:
    """P candidates minimising the longest cost to the nearest chosen one; ties: the least weighted cost.

    ``costs``: dense (demand x candidate) for the rows that count (population > 0); ``inf`` where a pair is
    unreachable or beyond the bound costs were searched to. A row no candidate reaches is refused, and so
    are costs on which no P points reach everyone (:class:`BoundTooSmallError`: search farther).
    """
    c = np.array(costs, dtype=np.float64)
    n_d, n_c = c.shape
    w = demand_weights(weights, n_d)
    req = required_mask(required, n_c)
    p = check_p(p, n_c, int(req.sum()))
    c[~np.isfinite(c)] = np.inf
    c, w = c[w > 0], w[w > 0]
    if c.shape[0] == 0:
        raise LocationAllocationError("There are no residents to serve.")
    if not np.isfinite(c.min(axis=1)).all():
        raise BoundTooSmallError("Some residents cannot reach any candidate; p-center needs every resident reachable.")
    radius, cover_set = least_radius(c, p, req, exact, feedback, time_limit)
    check_cancel(feedback, 0.6)
    if exact:
        from .exact_pcenter import exact_min_cost_within

        chosen, optimal = exact_min_cost_within(c, w, radius, p, req, time_limit)
    else:
        cover_set = _fill(c, w, list(cover_set), p)
        cover_set = improve_longest(c, cover_set, req, feedback)
        radius = min(radius, longest(c, cover_set))
        chosen, optimal = _min_cost_within(c, w, radius, p, req, cover_set, feedback), False
    chosen = np.sort(np.asarray(chosen, dtype=np.int64))
    check_cancel(feedback, 1.0)
    sol = solve_p_median(c[:, chosen], w, chosen.size, req[chosen])
    order = np.zeros(n_c, dtype=np.int64)
    order[chosen] = sol.order
    return Solution(chosen, order, longest(c, chosen), float("nan"), optimal, 0)


def _fill(c, w, chosen: list, p: int) -> list:
    """``chosen`` filled to ``p`` points with the ones saving the most weighted cost."""
    d1 = c[:, chosen].min(axis=1)
    while len(chosen) < p:
        gain = np.zeros(c.shape[1])
        for a in range(0, c.shape[0], 20_000):
            gain += w[a:a + 20_000] @ np.maximum(d1[a:a + 20_000, None] - c[a:a + 20_000], 0.0)
        gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen.append(j)
        d1 = np.minimum(d1, c[:, j])
    return chosen


def improve_longest(c, chosen: list, required, feedback=None) -> list:
    """Swaps while one shortens the longest cost (best first).

    Taking out the ``k``-th point, the rows whose cost then reaches the
    current longest ``z`` (few) decide: a candidate ``j`` helps when it brings
    every one of them below ``z``; the other rows stay below ``z`` anyway.
    """
    chosen = list(chosen)
    for _ in range(10 * c.shape[1]):
        check_cancel(feedback)
        cur = np.array(chosen, dtype=np.int64)
        sub = c[:, cur]
        first = np.argmin(sub, axis=1)
        d1 = sub[np.arange(sub.shape[0]), first]
        sub[np.arange(sub.shape[0]), first] = np.inf
        d2 = sub.min(axis=1) if cur.size > 1 else np.full(sub.shape[0], np.inf)
        z = float(d1.max())
        best, move = z * (1 - 1e-12), None
        for k in range(cur.size):
            if required[cur[k]]:
                continue
            dk = np.where(first == k, d2, d1)
            rows = dk >= z * (1 - 1e-12)
            base = float(dk[~rows].max(initial=0.0))
            new = np.maximum(np.minimum(dk[rows, None], c[rows]).max(axis=0, initial=0.0), base)
            new[cur] = np.inf
            j = int(np.argmin(new))
            if new[j] < best:
                best, move = float(new[j]), (k, j)
        if move is None:
            break
        chosen[move[0]] = move[1]
    return chosen


def _min_cost_within(c, w, radius, p, required, cover_set, feedback):
    """P-median swaps from ``cover_set`` (P points) on costs where a pair beyond ``radius`` never pays."""
    start = list(cover_set)
    # a set with a pair beyond the radius costs more than any set within it: never swapped in
    big = radius + 1.0 + float(w.sum()) * max(radius, 1.0) / float(w.min())
    if c.size > MAX_TIE_BREAK_PAIRS:
        return np.asarray(start, dtype=np.int64)
    capped = np.where(c <= radius, c, big)
    sol = solve_p_median(capped, w, p, required, feedback=feedback, overwrite_costs=True, start=start)
    return sol.chosen
