# SPDX-License-Identifier: GPL-2.0-or-later
"""The coverage report: a table per area and a stacked bar chart of coverage shares."""
from __future__ import annotations

from typing import Dict, Optional, Tuple

import numpy as np

from ..allocation.coverage import CoverageTable
from ..rules.cutoffs import label as cutoff_label
from . import htmlreport as h

BAND_COLOURS = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027", "#7f7f7f")


def coverage_section(table: CoverageTable, unit: str, labels: Optional[Dict[str, str]] = None,
                     outside: Tuple[float, int] = (0.0, 0), language: Optional[str] = None) -> str:
    """The coverage table and its chart, as an HTML fragment.

    The table lists the areas with residents, sorted by name with ``language``'s collation (default
    QGIS's), then the total; a note reconciles it with ``outside`` = (residents, demand features) outside
    every area and says how many areas without residents it leaves out.
    """
    t = labels or {}
    order, empty = h.shown_areas(table.names, table.population, language)
    shown = table.select(order)
    html_table = h.table(_headers(table, unit, t), _rows(shown), _rows(shown.total(t.get("total", "Total"))),
                         table_id="coverage")
    chart = h.figure_img(coverage_chart(shown, unit, t), t.get("chart", "Coverage by area"))
    note = t.get("note", "A resident is within a cutoff when the travel cost to the nearest service point is at most "
                         "the cutoff. Masked cells (fewer than 10 residents) have no age breakdown; their residents "
                         "count in the population but not in the 65+ figures.")
    counted = h.reconciliation(float(table.population.sum()), float(outside[0]), int(outside[1]), empty, t)
    return f'{html_table}{counted}<p class="note">{h.escape(note)}</p>{chart}'


def _headers(table: CoverageTable, unit: str, t: Dict[str, str]) -> list:
    cut = [cutoff_label(c) for c in table.cutoffs]
    headers = [t.get("area", "Area"), t.get("population", "Population")]
    for c in cut:
        headers += [t.get("within", "Within {} {}").format(c, unit), t.get("share", "Share within {} (%)").format(c)]
    headers += [t.get("unreachable", "Unreachable"), t.get("mean", "Mean cost ({})").format(unit)]
    if table.has_age:
        headers.append(t.get("pop65", "Aged 65+"))
        headers += [t.get("within65", "65+ within {} {}").format(c, unit) for c in cut]
        headers += [t.get("masked", "Masked cells"), t.get("masked_pop", "Population in masked cells")]
    return headers


def _rows(tab: CoverageTable):
    share = tab.share
    for i, name in enumerate(tab.names):
        row = [h.text_cell(name), h.cell(float(tab.population[i]))]
        for j in range(len(tab.cutoffs)):
            row += [h.cell(float(tab.within[i, j])), h.cell(float(share[i, j]), 1)]
        row += [h.cell(float(tab.unreachable[i])), h.cell(float(tab.mean_cost[i]), 1)]
        if tab.has_age:
            row.append(h.cell(float(tab.pop65[i])))
            row += [h.cell(float(tab.pop65_within[i, j])) for j in range(len(tab.cutoffs))]
            row += [h.cell(int(tab.masked_cells[i])), h.cell(float(tab.masked_population[i]))]
        yield row


def coverage_chart(table: CoverageTable, unit: str, labels: Optional[Dict[str, str]] = None):
    """Horizontal stacked bars: share of each area's population per cost band."""
    from matplotlib.figure import Figure

    t = labels or {}
    pop = np.where(table.population > 0, table.population, 1.0)
    bands = []
    previous = np.zeros(len(table.names))
    cut = [cutoff_label(c) for c in table.cutoffs]
    for j, c in enumerate(cut):
        lower = "0" if j == 0 else cut[j - 1]
        bands.append((f"{lower}–{c} {unit}", table.within[:, j] - previous))
        previous = table.within[:, j]
    reachable = table.population - table.unreachable
    bands.append((f"> {cut[-1]} {unit}" if cut else t.get("reachable", "reachable"), reachable - previous))
    bands.append((t.get("unreachable", "Unreachable"), table.unreachable))
    figure = Figure(figsize=(8, 0.45 * len(table.names) + 1.4))
    axes = figure.add_subplot(111)
    left = np.zeros(len(table.names))
    y = np.arange(len(table.names))[::-1]
    colours = list(BAND_COLOURS[: len(bands) - 1]) + [BAND_COLOURS[-1]]
    for (label, values), colour in zip(bands, colours):
        share = 100.0 * values / pop
        axes.barh(y, share, left=left, color=colour, label=label, edgecolor="white", linewidth=0.5)
        left += share
    axes.set_yticks(y)
    axes.set_yticklabels(table.names)
    axes.set_xlim(0, 100)
    axes.set_xlabel(t.get("xlabel", "Share of population (%)"))
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=len(bands), frameon=False, fontsize=8)
    figure.tight_layout()
    return figure


def coverage_page(table: CoverageTable, unit: str, parameters: dict, title: str = "Coverage report",
                  labels: Optional[Dict[str, str]] = None, outside: Tuple[float, int] = (0.0, 0)) -> str:
    body = coverage_section(table, unit, labels, outside)
    body += "<h2>" + h.escape((labels or {}).get("parameters", "Run parameters")) + "</h2>"
    body += h.parameters_table(parameters)
    return h.page(title, body)
