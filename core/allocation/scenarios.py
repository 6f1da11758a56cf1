# SPDX-License-Identifier: GPL-2.0-or-later
"""Comparing two service networks (base and scenario) for the same demand (pure numpy).

Costs are NaN where no service point is reachable. A resident *loses* the
cutoff when the cost to the nearest point is within the cutoff in the base
network and not in the scenario (beyond it or unreachable); *gains* it the
other way round. ``change`` = scenario cost - base cost, NaN when either is NaN.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..report import htmlreport as hr


@dataclass
class Comparison:
    """Per-demand comparison."""

    change: np.ndarray
    lost: np.ndarray
    gained: np.ndarray


@dataclass
class AreaTable:
    """Per-area figures; row i is area ``names[i]``."""

    names: List[str]
    population: np.ndarray
    lost: np.ndarray
    gained: np.ndarray
    within_base: np.ndarray
    within_scenario: np.ndarray
    mean_base: np.ndarray
    mean_scenario: np.ndarray
    demand_count: np.ndarray
    outside_population: float = 0.0  # residents in no area
    outside_count: int = 0           # demand features in no area


def compare(cost_base: np.ndarray, cost_scenario: np.ndarray, cutoff: float) -> Comparison:
    base = np.asarray(cost_base, dtype=float)
    scen = np.asarray(cost_scenario, dtype=float)
    in_base = np.isfinite(base) & (base <= cutoff)
    in_scen = np.isfinite(scen) & (scen <= cutoff)
    return Comparison(scen - base, in_base & ~in_scen, in_scen & ~in_base)


def _mean(pop, cost, index, n):
    ok = np.isfinite(cost)
    weight = np.bincount(index[ok], weights=pop[ok], minlength=n)[:n]
    total = np.bincount(index[ok], weights=pop[ok] * cost[ok], minlength=n)[:n]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(weight > 0, total / weight, np.nan)


def area_table(names: Sequence[str], area: np.ndarray, population: np.ndarray, cost_base: np.ndarray,
               cost_scenario: np.ndarray, cutoff: float) -> AreaTable:
    """Figures per area (``area`` = index into ``names``, -1 = in none) plus nothing for the outside."""
    n = len(names)
    area = np.asarray(area, dtype=np.int64)
    inside = area >= 0
    idx, pop = area[inside], np.asarray(population, dtype=float)[inside]
    base, scen = np.asarray(cost_base, float)[inside], np.asarray(cost_scenario, float)[inside]
    cmp = compare(base, scen, cutoff)

    def total(values):
        return np.bincount(idx, weights=values, minlength=n)[:n]

    return AreaTable(
        names=list(names), population=total(pop), lost=total(np.where(cmp.lost, pop, 0.0)),
        gained=total(np.where(cmp.gained, pop, 0.0)),
        within_base=total(np.where(np.isfinite(base) & (base <= cutoff), pop, 0.0)),
        within_scenario=total(np.where(np.isfinite(scen) & (scen <= cutoff), pop, 0.0)),
        mean_base=_mean(pop, base, idx, n), mean_scenario=_mean(pop, scen, idx, n),
        demand_count=total(np.ones_like(pop)).astype(np.int64),
        outside_population=float(np.asarray(population, dtype=float)[~inside].sum()),
        outside_count=int((~inside).sum()))


def report_page(title: str, totals: Dict[str, float], table: Optional[AreaTable], unit: str,
                parameters: dict, labels: Dict[str, str], language: Optional[str] = None) -> str:
    """A self-contained HTML report: totals, the area table, the run parameters.

    The area table lists the areas with residents sorted by name with ``language``'s collation (default
    QGIS's); a note reconciles it with the residents outside every area and counts the areas left out.
    """
    rows = [[hr.text_cell(labels[key]), hr.cell(value, 0 if key.startswith("pop") else 2)]
            for key, value in totals.items()]
    body = f"<h2>{hr.escape(labels['summary'])}</h2>" + hr.table([labels["figure"], labels["value"]], rows)
    if table is not None and table.names:
        headers = [labels["area"], labels["population"], labels["lost"], labels["gained"],
                   labels["within_base"], labels["within_scenario"],
                   labels["mean_base"].format(unit), labels["mean_scenario"].format(unit)]
        body_rows = []
        order, empty = hr.shown_areas(table.names, table.population, language)
        for i in order:
            body_rows.append([hr.text_cell(table.names[i]), hr.cell(table.population[i]), hr.cell(table.lost[i]),
                              hr.cell(table.gained[i]), hr.cell(table.within_base[i]),
                              hr.cell(table.within_scenario[i]), hr.cell(float(table.mean_base[i]), 2),
                              hr.cell(float(table.mean_scenario[i]), 2)])
        body += f"<h2>{hr.escape(labels['by_area'])}</h2>" + hr.table(headers, body_rows, table_id="areas")
        body += hr.reconciliation(float(table.population.sum()), table.outside_population, table.outside_count,
                                  empty, labels)
    body += f"<p class=\"note\">{hr.escape(labels['note'])}</p>"
    body += f"<h2>{hr.escape(labels['parameters'])}</h2>" + hr.parameters_table(parameters)
    return hr.page(title, body)
