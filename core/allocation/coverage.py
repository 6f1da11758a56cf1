# SPDX-License-Identifier: GPL-2.0-or-later
"""Coverage per area: who lives within each travel-cost cutoff of a service point.

Pure numpy (matplotlib's point-in-polygon for the area lookup). The inputs
are arrays with one entry per demand feature (e.g. a population grid cell):

* ``area``: index of the area holding the demand point, -1 outside every area,
* ``population``: NULL / negative already turned into 0 by the caller,
* ``cost``: travel cost to the nearest service point, NaN when unreachable,
* ``age65``: people aged 65+, NaN where the value is masked (Statistics
  Finland gives -1 for cells under 10 people) or the field is absent.

A demand is within cutoff c when cost <= c (as in catchments).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Sequence

import numpy as np


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


def parse_cutoffs(text: str) -> List[float]:
    """Cutoffs from text like ``30,60``: increasing positive numbers; ValueError otherwise."""
    parts = [p.strip() for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    if not parts:
        raise ValueError("no cutoffs")
    values = [float(p) for p in parts]
    if any(not math.isfinite(v) or v <= 0 for v in values) or any(b <= a for a, b in zip(values, values[1:])):
        raise ValueError("cutoffs must be increasing positive numbers")
    return values


def cutoff_label(value: float) -> str:
    """``30`` for 30.0, ``2.5`` for 2.5 (numbers written as in CUTOFFS)."""
    return f"{value:g}" if value != int(value) else str(int(value))


def cutoff_suffix(value: float) -> str:
    """Field-name suffix of a cutoff: ``30``, ``2_5``."""
    return cutoff_label(value).replace(".", "_").replace("-", "_")


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
        known = np.isfinite(a) & (a >= 0)
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


def locate(x: np.ndarray, y: np.ndarray, polygons: Sequence[Sequence[Sequence[np.ndarray]]]) -> np.ndarray:
    """Index of the first polygon containing each point (-1 for none).

    ``polygons[i]`` is a list of parts, each a list of rings (exterior first,
    then holes) as (k, 2) arrays. Even-odd rule over all rings of an area, so
    holes are excluded. Points exactly on a boundary may fall on either side;
    callers check the leftovers exactly.
    """
    from matplotlib.path import Path

    result = np.full(len(x), -1, dtype=np.int64)
    points = np.column_stack([x, y])
    for index, parts in enumerate(polygons):
        rings = [ring for part in parts for ring in part if len(ring) >= 3]
        if not rings:
            continue
        allv = np.vstack(rings)
        box = ((x >= allv[:, 0].min()) & (x <= allv[:, 0].max()) & (y >= allv[:, 1].min())
               & (y <= allv[:, 1].max()) & (result < 0))
        candidates = np.flatnonzero(box)
        if len(candidates) == 0:
            continue
        parity = np.zeros(len(candidates), dtype=bool)
        for ring in rings:
            parity ^= Path(ring).contains_points(points[candidates])
        result[candidates[parity]] = index
    return result
