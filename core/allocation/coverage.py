# SPDX-License-Identifier: GPL-2.0-or-later
"""Coverage per area: who lives within each travel-cost cutoff of a service point.

Pure numpy. The inputs are arrays with one entry per demand feature (e.g.
a population grid cell):

* ``area``: index of the area holding the demand point, -1 outside every
  area (:func:`..rules.areas.locate`),
* ``population``: cleaned by :func:`..rules.nulls.clean_population`,
* ``cost``: travel cost to the nearest service point, NaN when unreachable,
* ``age65``: people aged 65+; NULL or masked (Statistics Finland gives -1
  for cells under 10 people) values are unknown (:func:`..rules.nulls.masked`).

A demand is within cutoff c when cost <= c (as in catchments).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence

import numpy as np

from ..rules.nulls import clean_population, masked


@dataclass
class CoverageTable:
    """One row per area (arrays of length n_areas; 2-D arrays have one column per cutoff)."""

    names: List[str]
    cutoffs: List[float]
    population: np.ndarray
    within: np.ndarray
    unreachable: np.ndarray
    mean_cost: np.ndarray
    max_cost: np.ndarray
    pop65: np.ndarray
    pop65_within: np.ndarray
    masked_cells: np.ndarray
    masked_population: np.ndarray
    demand_count: np.ndarray
    has_age: bool

    @property
    def share(self) -> np.ndarray:
        """Percentage of the area's population within each cutoff (NaN for an empty area)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.population[:, None] > 0, 100.0 * self.within / self.population[:, None], np.nan)

    @property
    def share65(self) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.pop65[:, None] > 0, 100.0 * self.pop65_within / self.pop65[:, None], np.nan)

    def select(self, rows: Sequence[int] | np.ndarray) -> CoverageTable:
        """These rows, in this order."""
        rows = np.asarray(rows, dtype=np.int64)
        return CoverageTable(
            names=[self.names[i] for i in rows], cutoffs=list(self.cutoffs), population=self.population[rows],
            within=self.within[rows], unreachable=self.unreachable[rows], mean_cost=self.mean_cost[rows],
            max_cost=self.max_cost[rows], pop65=self.pop65[rows], pop65_within=self.pop65_within[rows],
            masked_cells=self.masked_cells[rows], masked_population=self.masked_population[rows],
            demand_count=self.demand_count[rows], has_age=self.has_age)

    def total(self, name: str = "Total") -> CoverageTable:
        """The areas added up into one row (mean cost weighted by the reachable population)."""
        reachable = self.population - self.unreachable
        weighted = np.nansum(np.where(reachable > 0, self.mean_cost * reachable, 0.0))
        all_reachable = reachable.sum()
        return CoverageTable(
            names=[name], cutoffs=list(self.cutoffs),
            population=np.array([self.population.sum()]), within=self.within.sum(axis=0, keepdims=True),
            unreachable=np.array([self.unreachable.sum()]),
            mean_cost=np.array([weighted / all_reachable if all_reachable > 0 else np.nan]),
            max_cost=np.array([np.nanmax(self.max_cost) if np.isfinite(self.max_cost).any() else np.nan]),
            pop65=np.array([self.pop65.sum()]), pop65_within=self.pop65_within.sum(axis=0, keepdims=True),
            masked_cells=np.array([self.masked_cells.sum()]),
            masked_population=np.array([self.masked_population.sum()]),
            demand_count=np.array([self.demand_count.sum()]), has_age=self.has_age,
        )


def compute(names: Sequence[str], cutoffs: Sequence[float], area: np.ndarray, population: np.ndarray,
            cost: np.ndarray, age65: np.ndarray | None = None) -> CoverageTable:
    """The coverage table of ``len(names)`` areas."""
    n = len(names)
    area = np.asarray(area, dtype=np.int64)
    population = np.asarray(population, dtype=float)
    cost = np.asarray(cost, dtype=float)
    inside = area >= 0
    idx = area[inside]
    pop = population[inside]
    c = cost[inside]
    reachable = np.isfinite(c)

    def total(weights):
        return np.bincount(idx, weights=weights, minlength=n)[:n]

    within = np.column_stack([total(np.where(reachable & (c <= cut), pop, 0.0)) for cut in cutoffs]) \
        if cutoffs else np.zeros((n, 0))
    reach_pop = total(np.where(reachable, pop, 0.0))
    weighted = total(np.where(reachable, pop * np.where(reachable, c, 0.0), 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_cost = np.where(reach_pop > 0, weighted / reach_pop, np.nan)
    max_cost = np.full(n, np.nan)
    if reachable.any():
        order = np.lexsort((c[reachable], idx[reachable]))
        r_idx, r_cost = idx[reachable][order], c[reachable][order]
        last = np.flatnonzero(np.r_[r_idx[1:] != r_idx[:-1], True])
        max_cost[r_idx[last]] = r_cost[last]
    has_age = age65 is not None
    if has_age:
        a = np.asarray(age65, dtype=float)[inside]
        known = ~masked(a)
        a = np.where(known, a, 0.0)
        pop65 = total(a)
        pop65_within = np.column_stack([total(np.where(reachable & (c <= cut), a, 0.0)) for cut in cutoffs])
        masked_cells = total((~known & (pop > 0)).astype(float))
        masked_population = total(np.where(known, 0.0, pop))
    else:
        pop65 = np.zeros(n)
        pop65_within = np.zeros((n, len(cutoffs)))
        masked_cells = np.zeros(n)
        masked_population = np.zeros(n)
    return CoverageTable(
        names=list(names), cutoffs=list(cutoffs), population=total(pop), within=within,
        unreachable=total(np.where(reachable, 0.0, pop)), mean_cost=mean_cost, max_cost=max_cost,
        pop65=pop65, pop65_within=pop65_within, masked_cells=masked_cells.astype(np.int64),
        masked_population=masked_population, demand_count=total(np.ones_like(pop)).astype(np.int64),
        has_age=has_age,
    )


@dataclass
class AreaCoverage:
    """The coverage table, and the demand left out of it."""

    table: CoverageTable
    outside_population: float  # residents in no area
    outside_count: int  # demand features in no area
    zeroed: int  # populations that were NULL or masked (counted as 0)


def by_area(names: Sequence[str], cutoffs: Sequence[float], area: np.ndarray, population,
            cost, age65=None) -> AreaCoverage:
    """:func:`compute` from raw field values: the population cleaned by the one rule (rules.nulls)."""
    pop = clean_population(population)
    area = np.asarray(area, dtype=np.int64)
    table = compute(names, cutoffs, area, pop.values, np.asarray(cost, dtype=float), age65)
    outside = area < 0
    return AreaCoverage(table, float(pop.values[outside].sum()), int(outside.sum()), pop.zeroed)
