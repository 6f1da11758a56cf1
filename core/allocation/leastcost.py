# SPDX-License-Identifier: GPL-2.0-or-later
"""The least-cost coverage heuristic: the cheapest set covering at least a goal weight.

Greedy start (each step the candidate covering the most of what is still
needed per unit of cost), then while one helps: drop points the goal does not
need (the dearest first), swap a point for a cheaper one that keeps the goal,
drop one point and refill greedily. Two starts (gain capped at the need, and
not capped); the cheaper wins, then the one covering more. Last, points that
cost nothing and swaps of equal cost are used to cover more. The required
points are kept at every step.
"""
from __future__ import annotations

import numpy as np

from .problem import check_cancel

#: At most this many improving moves in one search.
MAX_MOVES = 10_000


def least_cost_search(moves, cost, goal: float, required, feedback=None):
    """(chosen list, moves made) for ``moves`` (:class:`~.searchmoves.CoverageMoves`) and ``goal`` weight."""
    eps = 1e-9 * max(float(cost.sum()), 1e-300)
    start = [int(j) for j in np.flatnonzero(required)]
    best, made = None, 0
    for capped in (True, False):
        chosen = _cover_greedy(moves, start, cost, goal, capped, feedback)
        chosen, n = _improve(moves, chosen, cost, goal, required, eps, feedback)
        made += n
        key = (float(cost[chosen].sum()), -moves.covered(chosen))
        if best is None or key[0] < best[0][0] - eps or (key[0] <= best[0][0] + eps and key[1] < best[0][1]):
            best = (key, chosen)
    assert best is not None  # the uncapped pass always ends with a solution
    return _cover_more(moves, best[1], cost, required, eps, feedback), made


def _cover_greedy(moves, start, cost, goal, capped, feedback, banned=None) -> list:
    chosen = list(start)
    covered = moves.covered(chosen)
    tiny = 1e-12 * max(float(cost.max(initial=0.0)), 1.0)
    while covered < goal:
        check_cancel(feedback)
        gain = moves.add_gains(chosen)
        if capped:
            gain = np.minimum(gain, goal - covered)
        gain[chosen] = -np.inf
        if banned is not None:
            gain[banned] = -np.inf
        score = np.where(gain > moves.tol, gain / np.maximum(cost, tiny), -np.inf)
        j = int(np.argmax(score))
        if not score[j] > -np.inf:
            break
        chosen.append(j)
        covered = moves.covered(chosen)
    return chosen


def _prune(moves, chosen, cost, goal, required) -> list:
    """Drop, dearest first, the points whose loss keeps the goal."""
    while True:
        cur = np.array(chosen, dtype=np.int64)
        if cur.size == 0:
            return chosen
        covered = moves.covered(cur)
        loss = moves.drop_losses(cur)
        ok = (covered - loss >= goal) & ~required[cur]
        if not ok.any():
            return chosen
        key = np.where(ok, cost[cur], -np.inf)
        top = key.max()
        k = int(np.flatnonzero(key == top)[np.argmin(loss[key == top])])
        chosen = [int(j) for j in cur if j != cur[k]]


def _cheaper_swap(moves, chosen, cost, goal, required, eps):
    """The swap saving the most cost (then covering most) that keeps the goal, as a new list, or None."""
    cur = np.array(sorted(chosen), dtype=np.int64)
    if cur.size == 0 or cur.size == cost.size:
        return None
    swap = moves.swap_gains(cur)
    covered = moves.covered(cur)
    saving = cost[cur][None, :] - cost[:, None]
    ok = (covered + swap >= goal) & (saving > eps)
    ok[cur, :] = False
    ok[:, required[cur]] = False
    if not ok.any():
        return None
    score = np.where(ok, saving, -np.inf)
    top = score.max()
    cand = np.where(score >= top - eps, swap, -np.inf)
    j, k = divmod(int(np.argmax(cand)), cur.size)
    return [int(x) for x in cur if x != cur[k]] + [j]


def _drop_refill(moves, chosen, cost, goal, required, eps, feedback):
    total = float(cost[chosen].sum())
    for k in sorted(chosen, key=lambda j: -cost[j]):
        if required[k]:
            continue
        rest = [j for j in chosen if j != k]
        trial = _prune(moves, _cover_greedy(moves, rest, cost, goal, True, feedback, banned=k), cost, goal, required)
        if moves.covered(trial) >= goal and float(cost[trial].sum()) < total - eps:
            return trial
    return None


def _improve(moves, chosen, cost, goal, required, eps, feedback):
    made = 0
    while made < MAX_MOVES:
        check_cancel(feedback)
        chosen = _prune(moves, chosen, cost, goal, required)
        better = _cheaper_swap(moves, chosen, cost, goal, required, eps)
        if better is None:
            better = _drop_refill(moves, chosen, cost, goal, required, eps, feedback)
        if better is None:
            return chosen, made
        chosen = better
        made += 1
    return chosen, made


def _cover_more(moves, chosen, cost, required, eps, feedback) -> list:
    """At the same cost, cover more: add free points, swap for points of equal cost."""
    chosen = list(chosen)
    for _ in range(MAX_MOVES):
        check_cancel(feedback)
        cur = np.array(sorted(chosen), dtype=np.int64)
        gain = moves.add_gains(cur)
        gain[cur] = -np.inf
        gain[cost > eps] = -np.inf
        j = int(np.argmax(gain))
        if gain[j] > moves.tol:
            chosen.append(j)
            continue
        if cur.size == 0 or cur.size == cost.size:
            break
        swap = moves.swap_gains(cur)
        swap[np.abs(cost[:, None] - cost[cur][None, :]) > eps] = -np.inf
        swap[cur, :] = -np.inf
        swap[:, required[cur]] = -np.inf
        j, k = divmod(int(np.argmax(swap)), cur.size)
        if not swap[j, k] > moves.tol:
            break
        chosen = [int(x) for x in cur if x != cur[k]] + [j]
    return chosen
