# SPDX-License-Identifier: GPL-2.0-or-later
"""Moves of the budgeted heuristics: what adding or swapping a candidate gains.

A *moves* object answers for a chosen set: its ``value`` (larger is better:
covered weight, or minus the weighted cost), ``add_gains`` (per candidate, the
change of the value when it is added) and ``swap_gains`` (``[j, k]``: the
change when candidate ``j`` comes in and the ``k``-th chosen point goes out).
:func:`greedy_fill` and :func:`best_move` use them under a budget and an upper
limit on the number of points.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from .locationallocation import median_gain, median_swap_deltas, median_total
from .problem import check_cancel

#: Slack on the budget for rounding in sums of costs.
BUDGET_SLACK = 1e-12


class CoverageMoves:
    """Covered weight: ``a`` demand x candidate (CSR, 1 = within the cutoff), ``w`` weights."""

    def __init__(self, a: sp.csr_matrix, w: np.ndarray):
        self.a, self.at, self.w = a, a.T.tocsr(), w
        self.tol = 1e-9 * max(float(w.sum()), 1e-300)

    def counts(self, chosen) -> np.ndarray:
        """Per demand row the number of chosen candidates covering it."""
        at = self.at
        parts = [at.indices[at.indptr[j]:at.indptr[j + 1]] for j in np.asarray(chosen, dtype=np.int64)]
        idx = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        return np.bincount(idx, minlength=self.a.shape[0])

    def covered(self, chosen) -> float:
        return float(self.w[self.counts(chosen) > 0].sum())

    value = covered

    def add_gains(self, chosen) -> np.ndarray:
        return np.asarray(self.at @ (self.w * (self.counts(chosen) == 0))).ravel()

    def drop_losses(self, chosen) -> np.ndarray:
        """Per chosen point (in the order given) the weight only it covers."""
        single = self.w * (self.counts(chosen) == 1)
        return np.asarray(self.at[np.asarray(chosen, dtype=np.int64)] @ single).ravel()

    def swap_gains(self, chosen) -> np.ndarray:
        chosen = np.asarray(chosen, dtype=np.int64)
        count = self.counts(chosen)
        single = self.w * (count == 1)
        gain = np.asarray(self.at @ (self.w * (count == 0))).ravel()
        loss = np.asarray(self.at[chosen] @ single).ravel()
        sub = sp.csr_matrix(self.a[:, chosen].multiply(single[:, None]))
        extra = (self.at @ sub).toarray()
        return gain[:, None] - loss[None, :] + extra


class MedianMoves:
    """Minus the weighted cost to the nearest chosen point: ``c`` dense costs (penalty filled), ``w`` weights."""

    def __init__(self, c: np.ndarray, w: np.ndarray, penalty: float):
        self.c, self.w, self.penalty = c, w, penalty
        self.tol = 1e-10 * max(float(w.sum()) * penalty, 1e-300)

    def _d1(self, chosen) -> np.ndarray:
        chosen = np.asarray(chosen, dtype=np.int64)
        if chosen.size == 0:
            return np.full(self.c.shape[0], self.penalty)
        return np.minimum(self.c[:, chosen].min(axis=1), self.penalty)

    def value(self, chosen) -> float:
        chosen = np.asarray(chosen, dtype=np.int64)
        if chosen.size == 0:
            return -float(self.w.sum()) * self.penalty
        return -median_total(self.c, self.w, chosen)

    def add_gains(self, chosen) -> np.ndarray:
        return median_gain(self.c, self.w, self._d1(chosen))

    def swap_gains(self, chosen) -> np.ndarray:
        return -median_swap_deltas(self.c, self.w, np.asarray(chosen, dtype=np.int64), self.penalty)[0]


def greedy_fill(moves, start, cost, budget, p_max, ratio: bool, feedback=None, banned=None) -> list:
    """Add to ``start`` the candidate with the largest gain (per cost with ``ratio``) the budget allows.

    Stops at ``p_max`` points (None: no limit) or when nothing affordable gains. Ties go to the first.
    """
    chosen = [int(j) for j in start]
    spent = float(cost[chosen].sum())
    limit = budget * (1 + BUDGET_SLACK)
    tiny = 1e-12 * max(float(cost.max(initial=0.0)), 1.0)
    while p_max is None or len(chosen) < p_max:
        check_cancel(feedback)
        gain = moves.add_gains(chosen)
        ok = (cost <= limit - spent) & (gain > moves.tol)
        ok[chosen] = False
        if banned is not None:
            ok[banned] = False
        if not ok.any():
            break
        score = gain / np.maximum(cost, tiny) if ratio else gain.copy()
        score[~ok] = -np.inf
        j = int(np.argmax(score))
        chosen.append(j)
        spent += float(cost[j])
    return chosen


def best_move(moves, chosen, cost, budget, p_max, required):
    """The best improving add (``(j, None)``) or swap (``(j, k_out)``) within the budget, or None."""
    cur = np.array(sorted(chosen), dtype=np.int64)
    n_c = cost.size
    spent = float(cost[cur].sum())
    limit = budget * (1 + BUDGET_SLACK)
    in_set = np.zeros(n_c, dtype=bool)
    in_set[cur] = True
    best_gain = moves.tol
    move: tuple | None = None
    if p_max is None or cur.size < p_max:
        gain = moves.add_gains(cur)
        gain[in_set | (cost > limit - spent)] = -np.inf
        j = int(np.argmax(gain))
        if gain[j] > best_gain:
            best_gain, move = gain[j], (j, None)
    if cur.size and cur.size < n_c:
        swap = moves.swap_gains(cur)
        swap[spent - cost[cur][None, :] + cost[:, None] > limit] = -np.inf
        swap[in_set, :] = -np.inf
        swap[:, required[cur]] = -np.inf
        j, k = divmod(int(np.argmax(swap)), cur.size)
        if swap[j, k] > best_gain:
            move = (j, int(cur[k]))
    return move


def build_order(moves, chosen, required) -> np.ndarray:
    """Per candidate the step at which it enters when ``chosen`` are added one at a time, required first."""
    chosen = [int(j) for j in np.sort(np.asarray(chosen, dtype=np.int64))]
    seq = [j for j in chosen if required[j]]
    rest = [j for j in chosen if not required[j]]
    while rest:
        gain = moves.add_gains(seq)
        j = max(rest, key=lambda k: (gain[k], -k))
        seq.append(j)
        rest.remove(j)
    order = np.zeros(required.size, dtype=np.int64)
    order[np.array(seq, dtype=np.int64)] = np.arange(1, len(seq) + 1)
    return order
