# SPDX-License-Identifier: GPL-2.0-or-later
"""Location-allocation with the candidates' costs: budgets and least-cost coverage (pure numpy/scipy).

* **budgeted coverage / p-median** (:func:`solve_budget_coverage`,
  :func:`solve_budget_median`): the total cost of the chosen points (required
  ones included) is at most ``budget``; ``p_max`` (None = no limit) is an
  upper limit on their number. When no set of at most ``p_max`` points can
  exceed the budget, the budget does not bind and today's solvers answer
  (``p_max`` points; all candidates when there is no limit).
* **least-cost coverage** (:func:`solve_least_cost`): the set with the least
  total cost covering at least ``goal`` weight; among sets of equal cost the
  one covering most. With equal costs it is the fewest-points problem, which
  :func:`.locationallocation.solve_fewest_points` answers.

The heuristics start greedily (by gain per cost, and by gain) and improve by
local search: adding a point the budget allows, swapping one point for
another, dropping one point and refilling the freed budget greedily; the
best of the starts wins. Constraints are never broken: the budget, the number
of points and the required points hold at every step. The exact solvers are in
:mod:`.exact_costed`.
"""
from __future__ import annotations

import numpy as np

from . import exact_costed as exc
from .locationallocation import (
    as_coverage,
    coverage_problem,
    median_costs,
    solve_fewest_points,
    solve_max_coverage,
    solve_p_median,
)
from .problem import LocationAllocationError, Solution, check_cancel, demand_weights, required_mask
from .searchmoves import CoverageMoves, MedianMoves, best_move, build_order, greedy_fill

#: At most this many improving moves in one local search.
MAX_MOVES = 10_000


def check_costs(cost, n_candidates: int) -> np.ndarray:
    """The candidates' costs as float64, refused when not finite or negative."""
    cost = np.asarray(cost, dtype=np.float64).ravel()
    if cost.shape != (n_candidates,):
        raise LocationAllocationError("There must be one cost per candidate.")
    if not (np.isfinite(cost).all() and (cost >= 0).all()):
        raise LocationAllocationError("Candidate costs must be finite and not negative.")
    return cost


def check_budget(cost, required, budget: float) -> None:
    """Refuse a budget below the required points' cost, saying by how much."""
    need = float(cost[required].sum())
    if need > budget * (1 + 1e-12):
        raise LocationAllocationError(
            f"The required points cost {need:g}, more than the budget {budget:g} (by {need - budget:g}).")


def budget_binds(cost, required, budget: float, p_max: int | None) -> bool:
    """Whether some set of at most ``p_max`` points (required included) costs more than ``budget``."""
    free = np.sort(cost[~required])[::-1]
    room = free.size if p_max is None else max(p_max - int(required.sum()), 0)
    return float(cost[required].sum() + free[:room].sum()) > budget * (1 + 1e-12)


def solve_budget_coverage(cover, weights, cost, budget: float, p_max=None, required=None, exact: bool = False,
                          feedback=None, time_limit: float | None = None) -> Solution:
    """At most ``p_max`` candidates (None: any number) of total cost <= ``budget`` maximising covered weight."""
    a = as_coverage(cover)
    n_d, n_c = a.shape
    w = demand_weights(weights, n_d)
    req, cost, p_max = _checked(n_c, required, cost, budget, p_max)
    if not budget_binds(cost, req, budget, p_max):
        return solve_max_coverage(a, w, n_c if p_max is None else p_max, req, exact, feedback, time_limit)
    if exact:
        chosen, optimal = exc.exact_budget_coverage(a, w, cost, budget, p_max, req, time_limit)
        moves, swaps = CoverageMoves(a, w), 0
    else:
        moves = CoverageMoves(a, w)
        chosen, swaps = _budget_search(moves, cost, budget, p_max, req, feedback)
        optimal = False
    covered = moves.covered(chosen)
    check_cancel(feedback, 1.0)
    return Solution(np.sort(chosen), build_order(moves, chosen, req), covered, covered, optimal, swaps)


def solve_budget_median(costs, weights, cost, budget: float, p_max=None, required=None, exact: bool = False,
                        feedback=None, time_limit: float | None = None) -> Solution:
    """At most ``p_max`` candidates of total cost <= ``budget`` minimising the weighted cost to the nearest."""
    c, penalty = median_costs(costs)
    n_d, n_c = c.shape
    w = demand_weights(weights, n_d)
    req, cost, p_max = _checked(n_c, required, cost, budget, p_max)
    if not budget_binds(cost, req, budget, p_max):
        return solve_p_median(c, w, n_c if p_max is None else p_max, req, exact, feedback, time_limit)
    moves = MedianMoves(c, w, penalty)
    if exact:
        chosen, optimal = exc.exact_budget_median(c, w, cost, budget, p_max, req, penalty, time_limit)
        swaps = 0
    else:
        chosen, swaps = _budget_search(moves, cost, budget, p_max, req, feedback)
        optimal = False
    if len(chosen) == 0:
        raise LocationAllocationError("The budget allows no point at all.")
    check_cancel(feedback, 1.0)
    total = -moves.value(chosen)
    return Solution(np.sort(chosen), build_order(moves, chosen, req), total, float("nan"), optimal, swaps)


def _checked(n_c, required, cost, budget, p_max):
    if n_c == 0:
        raise LocationAllocationError("There are no candidates.")
    req = required_mask(required, n_c)
    cost = check_costs(cost, n_c)
    if not budget > 0:
        raise LocationAllocationError("The budget must be positive.")
    check_budget(cost, req, budget)
    if p_max is not None and not p_max > 0:
        p_max = None
    if p_max is not None and p_max < int(req.sum()):
        raise LocationAllocationError(f"P ({p_max}) is smaller than the number of required points ({int(req.sum())}).")
    return req, cost, p_max


def _budget_search(moves, cost, budget, p_max, req, feedback):
    """Best of a gain-per-cost and a gain greedy start, each improved by local search: (chosen, moves made)."""
    best, best_value, made = None, -np.inf, 0
    for ratio in (True, False):
        chosen = greedy_fill(moves, list(np.flatnonzero(req)), cost, budget, p_max, ratio, feedback)
        chosen, n = _improve(moves, chosen, cost, budget, p_max, req, feedback)
        made += n
        value = moves.value(chosen)
        if value > best_value + moves.tol:
            best, best_value = chosen, value
    assert best is not None  # the first start is always taken (value > -inf)
    return np.array(sorted(best), dtype=np.int64), made


def _improve(moves, chosen, cost, budget, p_max, req, feedback):
    """Add and swap moves while one helps, then drop-and-refill; repeat until nothing helps."""
    made = 0
    while made < MAX_MOVES:
        check_cancel(feedback)
        move = best_move(moves, chosen, cost, budget, p_max, req)
        if move is not None:
            j_in, k_out = move
            chosen = [k for k in chosen if k != k_out] + [j_in]
            made += 1
            continue
        better = _drop_refill(moves, chosen, cost, budget, p_max, req, feedback)
        if better is None:
            break
        chosen = better
        made += 1
    return chosen, made


def _drop_refill(moves, chosen, cost, budget, p_max, req, feedback):
    """A set that drops one point and refills the freed budget greedily and is better, or None."""
    value = moves.value(chosen)
    for k in sorted(chosen, key=lambda j: -cost[j]):
        if req[k]:
            continue
        rest = [j for j in chosen if j != k]
        trial = greedy_fill(moves, rest, cost, budget, p_max, True, feedback, banned=k)
        if moves.value(trial) > value + moves.tol:
            return trial
    return None


# --------------------------------------------------------------------------- least-cost coverage

def solve_least_cost(cover, weights, cost, goal: float, required=None, exact: bool = False,
                     feedback=None, time_limit: float | None = None) -> Solution:
    """The least-cost set (required included) covering at least ``goal`` weight; ties: the one covering most.

    Raises :class:`LocationAllocationError` when all candidates together fall short.
    """
    a, w, req = coverage_problem(cover, weights, required)
    n_d, n_c = a.shape
    cost = check_costs(cost, n_c)
    moves = CoverageMoves(a, w)
    goal = float(goal) - moves.tol
    best = moves.covered(list(range(n_c)))
    if best < goal:
        raise LocationAllocationError(
            f"The target weight {goal:g} cannot be covered; all candidates together cover {best:g}.")
    if np.ptp(cost) == 0 and cost[0] > 0:  # equal costs: fewest points
        return solve_fewest_points(a, w, goal + moves.tol, req, exact, feedback, time_limit)
    if exact:
        chosen, optimal = exc.exact_least_cost(a, w, cost, goal, req, time_limit)
        swaps = 0
    else:
        from .leastcost import least_cost_search

        chosen, swaps = least_cost_search(moves, cost, goal, req, feedback)
        optimal = False
    chosen = np.sort(np.asarray(chosen, dtype=np.int64))
    covered = moves.covered(chosen)
    check_cancel(feedback, 1.0)
    return Solution(chosen, build_order(moves, chosen, req), float(cost[chosen].sum()), covered, optimal, swaps)
