# SPDX-License-Identifier: GPL-2.0-or-later
"""Which solver answers which PROBLEM of ``palveluverkko:locationallocation``.

A :class:`Task` holds one problem over the candidates that can be chosen
(:meth:`Task.columns` keeps some of them); :func:`solve` runs the core solver
and turns its errors into messages for the planner.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.allocation import capacitated, costed, pcenter, pmedian
from ..core.allocation import locationallocation as la
from ..core.allocation import locationallocation_exact as lax
from ..core.allocation.eligibility import restrict
from . import costparams
from .locationoptions import PROBLEM_CENTER, PROBLEM_COVERAGE, PROBLEM_FEWEST, PROBLEM_LEAST_COST, PROBLEM_MEDIAN

#: Seconds after which the exact solver stops with its best solution (OPTIMAL false).
EXACT_TIME_LIMIT = 600.0
#: Largest dense cost matrix (reachable demand x candidates) p-median builds: 1.6 GB of float64.
MAX_MEDIAN_CELLS = 200_000_000
#: P-center searches costs up to 2 x CUTOFF, doubling the bound at most this many times before using all costs.
CENTER_DOUBLINGS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("LocationAllocationAlgorithm", text)


@dataclass
class Task:
    """One problem: demand (xy, population, reachable), candidates (xy, required, costs), parameters."""

    problem: int
    model: object
    demand_xy: np.ndarray
    pop: np.ndarray
    reachable: np.ndarray
    cand_xy: np.ndarray
    required: np.ndarray
    cover: object
    p: int
    cutoff: float
    target: float
    exact: bool
    cost: np.ndarray | None = None
    budget: float = 0.0
    capacity: np.ndarray | None = None

    def columns(self, cols) -> Task:
        """The same problem over the candidates ``cols`` only."""
        return replace(self, cand_xy=self.cand_xy[cols], required=self.required[cols], cover=self.cover[:, cols],
                       cost=None if self.cost is None else self.cost[cols],
                       capacity=None if self.capacity is None else self.capacity[cols])

    @property
    def p_max(self):
        return self.p if self.p > 0 else None


def solve(task: Task, feedback):
    """The solution of ``task`` (indices into its candidates); QgsProcessingException on bad input or size."""
    try:
        if task.capacity is not None:
            return _capacitated(task, feedback)
        if task.problem == PROBLEM_MEDIAN:
            return _median(task, feedback)
        if task.problem == PROBLEM_COVERAGE:
            if task.budget > 0:
                return costed.solve_budget_coverage(task.cover, task.pop, task.cost, task.budget, task.p_max,
                                                    task.required, task.exact, feedback, EXACT_TIME_LIMIT)
            return la.solve_max_coverage(task.cover, task.pop, task.p, task.required, task.exact, feedback,
                                         EXACT_TIME_LIMIT)
        if task.problem == PROBLEM_CENTER:
            return _center(task, feedback)
        goal = _goal(task)
        if task.problem == PROBLEM_LEAST_COST:
            return costed.solve_least_cost(task.cover, task.pop, task.cost, goal, task.required, task.exact,
                                           feedback, EXACT_TIME_LIMIT)
        return la.solve_fewest_points(task.cover, task.pop, goal, task.required, task.exact, feedback,
                                      EXACT_TIME_LIMIT)
    except lax.ExactTooLargeError as error:
        raise QgsProcessingException(_tr(
            "The exact solver accepts at most {} {}; this problem has {}. Use the heuristic solver "
            "(SOLVER 0), fewer candidates or coarser demand.").format(error.limit, _what(error.what), error.size)
        ) from error
    except la.LocationAllocationError as error:
        raise QgsProcessingException(str(error)) from error


def solve_allowed(task: Task, allowed, feedback):
    """The solution over the ``allowed`` candidates, in indices of all; with capacities its ``allocation``."""
    columns = np.flatnonzero(allowed)
    solution = restrict(allowed, lambda cols: solve(task.columns(cols), feedback))
    alloc = getattr(solution, "allocation", None)
    if alloc is not None:
        alloc.points = columns[alloc.points]
    return solution


def _capacitated(task: Task, feedback):
    """Capacitated coverage (PROBLEM 0) or p-median (PROBLEM 1); the split is kept as ``allocation``."""
    if task.problem == PROBLEM_COVERAGE:
        solution, alloc = capacitated.solve_capacitated(task.capacity, task.pop, task.p, task.required,
                                                        cover=task.cover, exact=task.exact, feedback=feedback,
                                                        time_limit=EXACT_TIME_LIMIT)
    else:
        rows = np.flatnonzero(task.reachable)
        costs = _dense_costs(task, rows, feedback)
        solution, alloc = capacitated.solve_capacitated(task.capacity, task.pop[rows], task.p, task.required,
                                                        costs=costs, exact=task.exact, feedback=feedback,
                                                        time_limit=EXACT_TIME_LIMIT)
        alloc.rows = rows[alloc.rows]
    solution.allocation = alloc
    return solution


def _goal(task: Task) -> float:
    """COVERAGE_TARGET as a weight; refused when every candidate that can be chosen together falls short."""
    assert task.problem in (PROBLEM_FEWEST, PROBLEM_LEAST_COST)
    reach_pop = float(task.pop[task.reachable].sum())
    goal = task.target / 100.0 * reach_pop
    best = la.max_coverable(task.cover, task.pop)
    if best < goal - 1e-9 * max(reach_pop, 1e-300):
        share = 100.0 * best / reach_pop if reach_pop > 0 else 0.0
        raise QgsProcessingException(_tr(
            "The coverage target {} % cannot be met: even with every candidate at most {:.4f} % of the "
            "reachable population is within the cutoff {}.").format(task.target, share, task.cutoff))
    return goal


def _dense_costs(task: Task, rows, feedback):
    _dense_size_check(task, rows)
    progress, cancelled = costparams.feedback_callbacks(feedback, 0, 40)
    return task.model.cost_matrix(task.demand_xy[rows], task.cand_xy, progress, cancelled)


def _median(task: Task, feedback):
    rows = np.flatnonzero(task.reachable)
    if task.budget > 0:
        costs = _dense_costs(task, rows, feedback)
        return costed.solve_budget_median(costs, task.pop[rows], task.cost, task.budget, task.p_max, task.required,
                                          task.exact, feedback, EXACT_TIME_LIMIT)
    if not task.exact:
        _dense_size_check(task, rows)
        solution = _median_bounded(task, rows, feedback)
        if solution is not None:
            return solution
    costs = _dense_costs(task, rows, feedback)
    return la.solve_p_median(costs, task.pop[rows], task.p, task.required, task.exact, feedback, EXACT_TIME_LIMIT,
                             overwrite_costs=True)


def _dense_size_check(task, rows) -> None:
    n_c = len(task.cand_xy)
    if len(rows) * n_c > MAX_MEDIAN_CELLS:
        raise QgsProcessingException(_tr(
            "P-median needs every travel cost between {} reachable demand points and {} candidates, "
            "more than the {} it keeps in memory; use coarser demand or fewer candidates, or maximal "
            "coverage.").format(len(rows), n_c, MAX_MEDIAN_CELLS))


def _center(task: Task, feedback):
    """P-center on costs searched only up to a bound that the least radius cannot exceed.

    The bound is the real longest trip (one search from all its points) to P points spread farthest-first by
    straight line: that set puts everyone within it, so the least radius is at most the bound and farther
    pairs never matter. Where that set misses someone (network parts), 2 x CUTOFF, doubled while no P points
    reach everyone within it; at last all costs.
    """
    rows = np.flatnonzero(task.reachable & (task.pop > 0))
    _dense_size_check(task, rows)
    progress, cancelled = costparams.feedback_callbacks(feedback, 0, 40)
    spread = pcenter.spread_points(task.demand_xy[rows], task.cand_xy, task.required, task.p)
    _, real = task.model.nearest(task.demand_xy[rows], task.cand_xy[spread], None, cancelled)
    bound = float(real.max()) * (1 + 1e-9) if np.isfinite(real).all() and real.size else 2.0 * task.cutoff
    for _ in range(CENTER_DOUBLINGS if bound > 0 else 0):
        r, k, v = task.model.within(task.demand_xy[rows], task.cand_xy, bound, progress, cancelled)
        costs = np.full((rows.size, len(task.cand_xy)), np.inf)
        costs[r, k] = v
        try:
            solution = pcenter.solve_p_center(costs, task.pop[rows], task.p, task.required, task.exact, feedback,
                                              EXACT_TIME_LIMIT)
        except pcenter.BoundTooSmallError:
            bound *= 2.0
            continue
        feedback.pushInfo(_tr("P-center searched travel costs up to {:g} from every candidate; longest trip {:g}.")
                          .format(bound, solution.objective))
        return solution
    costs = _dense_costs(task, rows, feedback)
    return pcenter.solve_p_center(costs, task.pop[rows], task.p, task.required, task.exact, feedback,
                                  EXACT_TIME_LIMIT)


def _median_bounded(task: Task, rows, feedback):
    """The p-median heuristic on costs searched only as far as needed (:mod:`..core.allocation.pmedian`), or None.

    Every candidate is searched up to 2 x CUTOFF; costs beyond count at that bound (a lower bound). The
    chosen points' searches are extended until every resident's cost to the nearest chosen point is a
    searched (real) cost, so the result is a local optimum of the full problem: no single swap improves
    it. None (the caller then uses all costs) when the chosen points cannot reach every resident.
    """
    progress, cancelled = costparams.feedback_callbacks(feedback, 0, 40)
    rounds = []
    bound = 2.0 * task.cutoff
    solution = pmedian.bounded_p_median(task.model, task.demand_xy[rows], task.cand_xy, task.pop[rows], task.p,
                                        task.required, bound, feedback, progress, cancelled,
                                        log=lambda *r: rounds.append(r))
    if solution is not None and len(rounds) == 1:
        feedback.pushInfo(_tr(
            "P-median searched travel costs up to {:g} from every candidate ({} known pairs); every "
            "resident's cost to the nearest chosen point is a searched cost.").format(bound, rounds[-1][1]))
    elif solution is not None:
        feedback.pushInfo(_tr(
            "P-median searched travel costs up to {:g} from every candidate and up to {:g} from the chosen "
            "points ({} rounds, {} known pairs); every resident's cost to the nearest chosen point is a "
            "searched cost.").format(bound, rounds[-1][4], len(rounds), rounds[-1][1]))
    return solution


def _what(what: str) -> str:
    return {"candidates": _tr("candidates"),
            "demand-candidate pairs": _tr("demand-candidate pairs"),
            "demand-candidate pairs within the cutoff": _tr("demand-candidate pairs within the cutoff"),
            }.get(what, what)
