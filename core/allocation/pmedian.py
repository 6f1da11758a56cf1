# SPDX-License-Identifier: GPL-2.0-or-later
"""P-median heuristic on sparse costs (pure numpy/scipy, no QGIS).

The dense heuristic of :mod:`.locationallocation` needs every demand x
candidate cost. Here only some pairs are *known* (those a bounded search
reached) and every other pair of candidate ``j`` counts at the candidate's
*floor* ``floor[j]``: the bound its search stopped at, so a lower bound of the
real cost (:class:`SparseCosts`). Memory grows with the known pairs only.

The algorithm is the same as the dense one (greedy start, ties to the first
candidate; then best-improvement vertex substitution until no swap helps), with
the swap deltas evaluated as in Whitaker's fast interchange (Resende and
Werneck's gain / loss / extra terms): per demand the nearest chosen point and
the second nearest cost; ``gain[j]`` (bringing ``j`` in), ``loss[k]`` (taking
the ``k``-th chosen out) and ``extra[j, k]`` (the correction when both
happen) are sums over the known pairs plus, for the pairs at the floor, one
vectorised pass per distinct floor value. A swap evaluation costs
O(known pairs + demand x distinct floors + candidates x P), not O(demand x
candidates).

:func:`bounded_p_median` drives it over a :class:`~.costs.CostModel`: bounded
searches from every candidate, a greedy start and swaps on those costs. While
some resident's cost to the nearest chosen point is only a floor, the real
costs to the chosen points (one multi-source search) set a reach (1.1 x the
largest); the chosen candidates' searches are extended to it, and so is any
candidate's before a swap brings it in. When every resident's nearest cost is
a searched one, the solution is a local optimum of the full problem: every
floored cost is a lower bound, so a swap that does not help on the floored
costs cannot help on the real ones.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

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

#: Rounds of search extensions before :func:`bounded_p_median` gives up (the caller then uses all costs).
MAX_ROUNDS = 8
#: An extended search reaches this factor times the largest real cost to a chosen point ...
EXTEND_FACTOR = 1.1
#: ... but at most this factor times the farthest search so far (a poor first solution overstates the need).
GROWTH = 2.0
#: Above this share of the weight beyond the searched costs, every candidate's search is extended, not only
#: the chosen ones' (the floors then misled the whole solution, and extending swap by swap would cost more).
WIDEN_SHARE = 0.02


class SparseCosts:
    """Demand x candidate costs: known pairs (CSR) and a per-candidate floor for the others.

    ``rows``, ``cols``, ``values``: the known pairs (each pair once: duplicates would be summed).
    ``floor``: per candidate, the cost of its pairs that are not known; raised
    where needed to the largest known cost of the candidate, so known costs
    never exceed the floor.
    """

    def __init__(self, rows, cols, values, floor, n_demand: int):
        floor = np.array(floor, dtype=np.float64).ravel()
        n_c = floor.size
        values = np.asarray(values, dtype=np.float64).ravel()
        if values.size and not (np.isfinite(values).all() and values.min() >= 0):
            raise LocationAllocationError("Known costs must be finite and not negative.")
        if not (np.isfinite(floor).all() and (floor >= 0).all()):
            raise LocationAllocationError("Floor costs must be finite and not negative.")
        mat = sp.csr_matrix((values, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
                            shape=(int(n_demand), n_c))
        mat.sum_duplicates()
        self.csr = mat
        self.csc = mat.tocsc()
        if self.csc.nnz:
            counts = np.diff(self.csc.indptr)
            has = counts > 0
            tops = np.maximum.reduceat(self.csc.data, self.csc.indptr[:-1][has])
            floor[has] = np.maximum(floor[has], tops)
        self.floor = floor
        self.entry_row = np.repeat(np.arange(mat.shape[0], dtype=np.int32), np.diff(mat.indptr))
        self.top = float(max(floor.max(initial=0.0), mat.data.max(initial=0.0)))

    @classmethod
    def from_dense(cls, costs, floor=None) -> SparseCosts:
        """Every finite pair known; the others at ``floor`` (default: the unserved penalty)."""
        c = np.asarray(costs, dtype=np.float64)
        r, k = np.nonzero(np.isfinite(c))
        fill = unserved_penalty(c) if floor is None else float(floor)
        return cls(r, k, c[r, k], np.full(c.shape[1], fill), c.shape[0])

    @property
    def shape(self):
        return self.csr.shape

    def columns(self, chosen) -> SparseCosts:
        """The costs restricted to the candidates ``chosen`` (in that order)."""
        sub = self.csc[:, np.asarray(chosen, dtype=np.int64)].tocoo()
        return SparseCosts(sub.row, sub.col, sub.data, self.floor[chosen], self.shape[0])

    def dense(self) -> np.ndarray:
        """All costs as a dense array (floors filled in); for tests and small problems."""
        out = np.broadcast_to(self.floor, self.shape).copy()
        out[self.entry_row, self.csr.indices] = self.csr.data
        return out


def nearest_two(costs: SparseCosts, chosen, known=False):
    """Per demand: nearest chosen cost d1, its position c1 in ``chosen``, second nearest cost d2.

    ``chosen`` ascending; ties go to the first. With one chosen point d2 is
    :attr:`SparseCosts.top` (no second point). With ``known`` a fourth array
    tells whether d1 is a known cost (not only a floor), i.e. certainly the real one.
    """
    chosen = np.asarray(chosen, dtype=np.int64)
    n_d, n_c = costs.shape
    p = chosen.size
    pos = np.full(n_c, -1, dtype=np.int64)
    pos[chosen] = np.arange(p)
    d1, d2 = np.empty(n_d), np.empty(n_d)
    c1 = np.empty(n_d, dtype=np.int64)
    exact = np.zeros(n_d, dtype=bool)
    indptr, indices, data = costs.csr.indptr, costs.csr.indices, costs.csr.data
    base = costs.floor[chosen]
    step = max(1, CHUNK_VALUES // max(p, 1))
    for a in range(0, n_d, step):
        b = min(n_d, a + step)
        block = np.tile(base, (b - a, 1))
        e0, e1 = indptr[a], indptr[b]
        where = pos[indices[e0:e1]]
        sel = where >= 0
        rows, vals = costs.entry_row[e0:e1][sel] - a, data[e0:e1][sel]
        block[rows, where[sel]] = vals
        first = np.argmin(block, axis=1)
        idx = np.arange(b - a)
        d1[a:b] = block[idx, first]
        if known:
            exact[a + rows[vals <= d1[a:b][rows]]] = True
        c1[a:b] = first
        if p > 1:
            block[idx, first] = np.inf
            d2[a:b] = block.min(axis=1)
        else:
            d2[a:b] = costs.top
    return (d1, c1, d2, exact) if known else (d1, c1, d2)


def _levels(floor):
    return np.unique(floor, return_inverse=True)


def _floor_gains(w, d1, levels) -> np.ndarray:
    """Per candidate sum_i w_i max(0, d1_i - floor_j): its saving if every pair were at its floor."""
    uniq, inv = levels
    return np.array([float(w @ np.maximum(d1 - f, 0.0)) for f in uniq])[inv]


def _gains(costs: SparseCosts, w, d1, levels=None) -> np.ndarray:
    """gain[j] = sum_i w_i max(0, d1_i - cost_ij): the saving of adding candidate j."""
    gain = _floor_gains(w, d1, levels if levels is not None else _levels(costs.floor))
    j, c = costs.csr.indices, costs.csr.data
    r = costs.entry_row
    rel = c < d1[r]  # other known pairs save nothing, and neither does their floor (floor >= cost)
    r, j, c = r[rel], j[rel], c[rel]
    dd1 = d1[r]
    fix = w[r] * ((dd1 - c) - np.maximum(dd1 - costs.floor[j], 0.0))
    return gain + np.bincount(j, weights=fix, minlength=costs.shape[1])


def swap_deltas(costs: SparseCosts, w, chosen):
    """(delta, objective): delta[j, k] = change of the total cost for j in and chosen[k] out."""
    chosen = np.asarray(chosen, dtype=np.int64)
    n_c = costs.shape[1]
    p = chosen.size
    d1, c1, d2 = nearest_two(costs, chosen)
    levels = uniq, inv = _levels(costs.floor)
    loss = np.bincount(c1, weights=w * (d2 - d1), minlength=p)
    # pairs at the floor, one pass per floor value: gain[j] = sum w * max(0, d1 - cost_j) and
    # extra[j, k] = sum over demand served by chosen[k] of w * max(0, d2 - max(cost_j, d1))
    gain = _floor_gains(w, d1, levels)
    extra = np.stack([np.bincount(c1, weights=w * np.maximum(d2 - np.maximum(f, d1), 0.0), minlength=p)
                      for f in uniq])[inv]
    # known pairs replace their floor; only those cheaper than the second nearest change anything
    j, c, r = costs.csr.indices, costs.csr.data, costs.entry_row
    rel = c < d2[r]
    r, j, c = r[rel], j[rel], c[rel]
    dd1, dd2, fj, wr = d1[r], d2[r], costs.floor[j], w[r]
    gain += np.bincount(j, weights=wr * (np.maximum(dd1 - c, 0.0) - np.maximum(dd1 - fj, 0.0)), minlength=n_c)
    fix = wr * (np.maximum(dd2 - np.maximum(c, dd1), 0.0) - np.maximum(dd2 - np.maximum(fj, dd1), 0.0))
    extra += np.bincount(j * p + c1[r], weights=fix, minlength=n_c * p).reshape(n_c, p)
    return loss[None, :] - gain[:, None] - extra, float(w @ d1)


def _add(costs: SparseCosts, d1, j: int) -> np.ndarray:
    new = np.minimum(d1, costs.floor[j])
    a, b = costs.csc.indptr[j], costs.csc.indptr[j + 1]
    rows = costs.csc.indices[a:b]
    new[rows] = np.minimum(d1[rows], costs.csc.data[a:b])
    return new


def _gain_change(costs: SparseCosts, w, rows, old, new, levels) -> np.ndarray:
    """Change of every candidate's gain when d1 of ``rows`` falls from ``old`` to ``new`` (per row)."""
    uniq, inv = levels
    ww = w[rows]
    at_floor = np.array([float(ww @ (np.maximum(new - f, 0.0) - np.maximum(old - f, 0.0))) for f in uniq])
    change = at_floor[inv]
    indptr = costs.csr.indptr
    counts = indptr[rows + 1] - indptr[rows]
    if counts.sum() == 0:
        return change
    local = np.repeat(np.arange(rows.size), counts)
    entry = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + indptr[rows][local]
    j, c = costs.csr.indices[entry], costs.csr.data[entry]
    fj = costs.floor[j]
    o, n = old[local], new[local]
    fix = ww[local] * ((np.maximum(n - c, 0.0) - np.maximum(n - fj, 0.0))
                       - (np.maximum(o - c, 0.0) - np.maximum(o - fj, 0.0)))
    return change + np.bincount(j, weights=fix, minlength=costs.shape[1])


def greedy(costs: SparseCosts, w, required, p: int, feedback=None) -> list:
    """Required first, then each time the candidate with the largest saving (ties: the first).

    Gains are updated from the rows whose nearest cost fell (all of them again when most did).
    """
    n_d, n_c = costs.shape
    d1 = np.full(n_d, costs.top)
    chosen_mask = np.zeros(n_c, dtype=bool)
    sequence = []
    for j in np.flatnonzero(required):
        d1 = _add(costs, d1, int(j))
        chosen_mask[j] = True
        sequence.append(int(j))
    levels = _levels(costs.floor)
    gain = None
    while len(sequence) < p:
        check_cancel(feedback, 0.5 * len(sequence) / max(p, 1))
        if gain is None:
            gain = _gains(costs, w, d1, levels)
        masked = gain.copy()
        masked[chosen_mask] = -1.0
        j = int(np.argmax(masked))
        new = _add(costs, d1, j)
        changed = np.flatnonzero(new < d1)
        if changed.size * 2 > n_d:
            gain = None  # most rows changed: recompute in one pass
        else:
            gain += _gain_change(costs, w, changed, d1[changed], new[changed], levels)
        d1 = new
        chosen_mask[j] = True
        sequence.append(j)
    return sequence


def improve(costs: SparseCosts, w, chosen: list, required, feedback=None, refine=None):
    """Best-improvement vertex substitution in place on ``chosen``; returns (swaps made, costs).

    ``refine(wanted)``, if given, is called with the candidates whose swap in
    would improve the objective (best first) before the best one is made; it
    may return better costs (then the swaps are evaluated again) or None.
    """
    n_c = costs.shape[1]
    swaps = 0
    while swaps < MAX_SWAPS and len(chosen) < n_c:
        check_cancel(feedback)
        cur = np.array(sorted(chosen), dtype=np.int64)
        delta, current = swap_deltas(costs, w, cur)
        delta[cur, :] = np.inf
        delta[:, required[cur]] = np.inf
        flat = int(np.argmin(delta))
        j_in, k_out = divmod(flat, cur.size)
        tol = -1e-10 * max(current, 1e-300)
        if not delta[j_in, k_out] < tol:
            break
        if refine is not None:
            best = delta.min(axis=1)
            wanted = np.flatnonzero(best < tol)
            better = refine(wanted[np.argsort(best[wanted], kind="stable")])
            if better is not None:
                costs = better
                continue
        chosen[chosen.index(int(cur[k_out]))] = j_in
        swaps += 1
    return swaps, costs


def objective(costs: SparseCosts, w, chosen) -> float:
    """Weighted cost to the nearest chosen candidate (floors for the pairs not known)."""
    d1, _, _ = nearest_two(costs, np.sort(np.asarray(chosen, dtype=np.int64)))
    return float(demand_weights(w, costs.shape[0]) @ d1)


def solve(costs: SparseCosts, weights, p: int, required=None, feedback=None) -> Solution:
    """The p-median heuristic on sparse costs (greedy, then swaps)."""
    n_d, n_c = costs.shape
    w = demand_weights(weights, n_d)
    req = required_mask(required, n_c)
    p = check_p(p, n_c, int(req.sum()))
    chosen = greedy(costs, w, req, p, feedback)
    swaps, _ = improve(costs, w, chosen, req, feedback)
    check_cancel(feedback, 1.0)
    return _solution(costs, w, np.array(sorted(chosen), dtype=np.int64), req, swaps)


def _solution(costs: SparseCosts, w, chosen, req, swaps: int) -> Solution:
    """The heuristic's ``Solution`` for ``chosen`` (ascending): build order and objective on ``costs``."""
    return Solution(chosen, build_order(costs, w, chosen, req), objective(costs, w, chosen), float("nan"), False,
                    swaps)


def build_order(costs: SparseCosts, weights, chosen, required) -> np.ndarray:
    """Per candidate the greedy step at which it enters among ``chosen`` (required first); 0 = not chosen."""
    chosen = np.sort(np.asarray(chosen, dtype=np.int64))
    req = required_mask(required, costs.shape[1])
    w = demand_weights(weights, costs.shape[0])
    seq = greedy(costs.columns(chosen), w, req[chosen], chosen.size, None)
    steps = np.zeros(costs.shape[1], dtype=np.int64)
    steps[chosen[np.array(seq, dtype=np.int64)]] = np.arange(1, chosen.size + 1)
    return steps


def bounded_p_median(model, demand_xy, cand_xy, weights, p: int, required, bound: float, feedback=None,
                     progress=None, cancelled=None, log=None):
    """P-median heuristic over ``model`` with costs searched only as far as needed, or None.

    Every candidate's costs are searched up to ``bound`` (its floor), and the
    greedy start and swaps run on those costs. Then, while some resident with
    weight has no searched cost to its nearest chosen point, the real costs
    to the chosen points (one multi-source search) give a *reach*
    (:data:`EXTEND_FACTOR` x the largest, at most :data:`GROWTH` x the farthest
    search so far); the chosen candidates' searches are extended to it (every
    candidate's when more than :data:`WIDEN_SHARE` of the weight was short),
    and so is any candidate's before a swap brings it in, and the swaps go on.
    When every resident's cost to the nearest chosen point is a searched one,
    the solution is a local optimum of the full problem (module docstring).
    None when a resident with weight cannot reach any chosen point, or after
    :data:`MAX_ROUNDS` rounds (the caller then uses all costs). ``log(round,
    known pairs, swaps, residents short, largest floor, smallest floor)`` is
    called once per round.
    """
    demand_xy, cand_xy, w, req, p = _bounded_inputs(demand_xy, cand_xy, weights, required, p)
    n_d, served = len(demand_xy), w > 0
    if not bound > 0:
        return None
    pairs = list(model.within(demand_xy, cand_xy, bound, progress, cancelled))
    floor = np.full(len(cand_xy), float(bound))
    reach = [0.0]

    def extend(which) -> SparseCosts:
        which = np.asarray(which, dtype=np.int64)
        r2, c2, v2 = model.within(demand_xy, cand_xy[which], reach[0], None, cancelled)
        pairs[:] = _replaced(pairs, which, (r2, which[c2], v2))
        floor[which] = reach[0]
        return SparseCosts(pairs[0], pairs[1], pairs[2], floor, n_d)

    def refine(wanted):
        short = wanted[floor[wanted] < reach[0]]
        # the best candidate decides; the next ones are likely to follow, so search them in the same pass
        return extend(short[:max(1, p)]) if short.size and short[0] == wanted[0] else None

    costs = SparseCosts(pairs[0], pairs[1], pairs[2], floor, n_d)
    chosen = greedy(costs, w, req, p, feedback)
    swaps = 0
    for round_no in range(1, MAX_ROUNDS + 1):
        made, costs = improve(costs, w, chosen, req, feedback, refine if reach[0] > 0 else None)
        swaps += made
        cur, short = _short(costs, chosen, served)
        if log is not None:
            log(round_no, len(pairs[2]), made, int(short.sum()), float(floor.max()), float(floor.min()))
        if not short.any():
            return _solution(costs, w, cur, req, swaps)
        real = model.nearest(demand_xy, cand_xy[cur], None, cancelled)[1][served]
        if not np.isfinite(real).all():
            return None  # a network part without a chosen point: the caller uses all costs (and the penalty)
        reach[0] = max(reach[0], min(EXTEND_FACTOR * float(real.max()), GROWTH * float(floor.max())))
        low = _to_extend(floor, reach[0], cur, float(w[short].sum()) > WIDEN_SHARE * float(w[served].sum()))
        if low.size == 0:  # cannot happen while floors are lower bounds; be safe
            return None
        costs = extend(low)
    return None


def _bounded_inputs(demand_xy, cand_xy, weights, required, p: int):
    """(demand xy, candidate xy, weights, required mask, p), checked."""
    demand_xy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
    cand_xy = np.asarray(cand_xy, dtype=np.float64).reshape(-1, 2)
    w = demand_weights(weights, len(demand_xy))
    req = required_mask(required, len(cand_xy))
    return demand_xy, cand_xy, w, req, check_p(p, len(cand_xy), int(req.sum()))


def _to_extend(floor: np.ndarray, reach: float, chosen: np.ndarray, wide: bool) -> np.ndarray:
    """The candidates whose searches stop short of ``reach``: every one when ``wide``, else the chosen ones."""
    return np.flatnonzero(floor < reach) if wide else chosen[floor[chosen] < reach]


def _short(costs, chosen, served: np.ndarray):
    """(the chosen candidates sorted, the served residents whose cost to the nearest of them is not searched)."""
    cur = np.array(sorted(chosen), dtype=np.int64)
    _, _, _, exact = nearest_two(costs, cur, known=True)
    return cur, served & ~exact


def _replaced(pairs, which: np.ndarray, new) -> list:
    """The (row, column, cost) pairs with the columns ``which`` replaced by the ``new`` pairs."""
    keep = ~np.isin(pairs[1], which)
    return [np.concatenate([old[keep], added]) for old, added in zip(pairs, new)]
