# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo's report.html, built from the output layers of the demo workspace.

Every number comes from the layers written by the algorithms (read with
sqlite3 from the GeoPackage) or from their result values (``runs/*.json``
written by ``qgis_process --json``), so the report and the layers agree.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sqlite3
from typing import Dict, List, Optional

import numpy as np

from ..allocation.coverage import CoverageTable
from ..report import coverage_html
from ..report import htmlreport as h
from ..rules.cutoffs import label as cutoff_label
from ..rules.numbers import thousands
from .texts import texts


def read_rows(path: str, table: str) -> List[dict]:
    """Attribute rows of a GeoPackage table ([] when the table does not exist)."""
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        exists = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
        if not exists:
            return []
        return [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY fid')]


def read_runs(runs_dir: str) -> Dict[str, dict]:
    """``qgis_process --json`` outputs by step name (file name without .json)."""
    runs = {}
    for path in sorted(glob.glob(os.path.join(runs_dir, "*.json"))):
        try:
            with open(path, encoding="utf-8") as handle:
                runs[os.path.splitext(os.path.basename(path))[0]] = json.load(handle)
        except (OSError, ValueError):
            continue
    return runs


def coverage_from_rows(rows: List[dict]) -> CoverageTable:
    """The CoverageTable of a coverage layer written by coveragereport."""
    keys = list(rows[0]) if rows else []
    suffixes = [k[len("pop_within_"):] for k in keys if k.startswith("pop_within_")]
    cutoffs = [float(s.replace("_", ".")) for s in suffixes]

    def col(name, default=0.0):
        return np.array([np.nan if r.get(name) is None else float(r.get(name, default)) for r in rows])

    has_age = any(r.get("pop65") is not None for r in rows)
    return CoverageTable(
        names=[r["area"] for r in rows], cutoffs=cutoffs, population=col("population"),
        within=np.column_stack([col(f"pop_within_{s}") for s in suffixes]) if suffixes else np.zeros((len(rows), 0)),
        unreachable=col("pop_unreachable"), mean_cost=col("mean_cost"), max_cost=col("max_cost"),
        pop65=np.nan_to_num(col("pop65")),
        pop65_within=np.column_stack([np.nan_to_num(col(f"pop65_within_{s}")) for s in suffixes])
        if suffixes else np.zeros((len(rows), 0)),
        masked_cells=np.nan_to_num(col("masked_cells")).astype(np.int64),
        masked_population=np.nan_to_num(col("masked_population")),
        demand_count=np.nan_to_num(col("demand_count")).astype(np.int64), has_age=has_age,
    )


def criteria_of(rows: List[dict]) -> List[str]:
    """Criterion fields of a suitability layer (those with a c_<field> contribution)."""
    keys = list(rows[0]) if rows else []
    return [k[2:] for k in keys if k.startswith("c_") and k[2:] in keys]


def ranking_section(rows: List[dict], top_k: Optional[int] = None) -> str:
    """Ranking with contributions, a stacked contribution chart and a rank-stability chart."""
    t = texts()
    criteria = criteria_of(rows)
    ranked = sorted([r for r in rows if r.get("rank") is not None], key=lambda r: r["rank"])
    failing = [r for r in rows if r.get("rank") is None]
    headers = [t["rank"], t["premises"], t["name"], t["score"]] + [f"c_{c}" for c in criteria] + \
              [t["rank_p05"], t["rank_p95"], "p_top"]
    body = []
    for r in ranked + failing:
        row = [h.cell(r.get("rank")), h.text_cell(r.get("premises_id")), h.text_cell(r.get("name")),
               h.cell(r.get("score"), 3)]
        row += [h.cell(r.get(f"c_{c}"), 3) for c in criteria]
        row += [h.cell(r.get("rank_p05")), h.cell(r.get("rank_p95")), h.cell(r.get("p_top"), 2)]
        body.append(row)
    note = t["ranking_note"].format(len(ranked), len(failing), top_k or "K")
    html = h.table(headers, body, table_id="ranking") + f'<p class="note">{h.escape(note)}</p>'
    if ranked and criteria:
        html += h.figure_img(_contribution_chart(ranked, criteria, t), t["contributions"])
        html += h.figure_img(_stability_chart(ranked, t), t["stability"])
    return html


def _contribution_chart(ranked, criteria, t):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 0.4 * len(ranked) + 1.5))
    axes = figure.add_subplot(111)
    y = np.arange(len(ranked))[::-1]
    left = np.zeros(len(ranked))
    for criterion in criteria:
        values = np.array([r.get(f"c_{criterion}") or 0.0 for r in ranked], dtype=float)
        axes.barh(y, values, left=left, label=criterion)
        left += values
    axes.set_yticks(y)
    axes.set_yticklabels([f"{r['rank']}. {r.get('name') or r.get('premises_id')}" for r in ranked], fontsize=8)
    axes.set_xlabel(t["score_axis"])
    axes.legend(fontsize=8, loc="lower right")
    figure.tight_layout()
    return figure


def _stability_chart(ranked, t):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 0.4 * len(ranked) + 1.5))
    axes = figure.add_subplot(111)
    y = np.arange(len(ranked))[::-1]
    rank = np.array([r["rank"] for r in ranked], dtype=float)
    low = np.array([r.get("rank_p05") or r["rank"] for r in ranked], dtype=float)
    high = np.array([r.get("rank_p95") or r["rank"] for r in ranked], dtype=float)
    axes.hlines(y, low, high, color="#4575b4", linewidth=4, alpha=0.5, label=t["rank_range"])
    axes.plot(rank, y, "o", color="#d73027", label=t["rank_point"])
    axes.set_yticks(y)
    axes.set_yticklabels([r.get("name") or r.get("premises_id") for r in ranked], fontsize=8)
    axes.set_xlabel(t["rank_axis"])
    axes.invert_xaxis()
    axes.legend(fontsize=8, loc="lower right")
    figure.tight_layout()
    return figure


def allocation_section(rows: List[dict], result: dict) -> str:
    t = texts()
    chosen = [r for r in rows if r.get("chosen")]
    body = [[h.text_cell(r.get("premises_id")), h.text_cell(r.get("name")), h.cell(r.get("required")),
             h.cell(r.get("order")), h.cell(r.get("population")), h.cell(r.get("pop_within"))] for r in chosen]
    html = h.table([t["premises"], t["name"], t["required"], t["order"], t["served"], t["served_within"]],
                   body, table_id="allocation")
    numbers = {k: result.get(k) for k in ("OBJECTIVE", "COVERED_POPULATION", "MEAN_COST", "FACILITIES")}
    html += h.parameters_table({k: v for k, v in numbers.items() if v is not None}, (t["result"], t["value"]))
    return html


def cost_figures(runs: Dict[str, dict]) -> Optional[List[dict]]:
    """Today's network and the least-cost one: points, annual cost, residents within the cutoff, longest trip."""
    today = (runs.get("08_todaynetwork") or {}).get("results") or {}
    least = (runs.get("09_leastcost") or {}).get("results") or {}
    if not today or not least:
        return None
    return [{"points": r.get("FACILITIES"), "cost": r.get("TOTAL_COST"), "covered": r.get("COVERED_POPULATION"),
             "reachable": r.get("REACHABLE_POPULATION"), "longest": r.get("MAX_COST")} for r in (today, least)]


def cost_section(runs: Dict[str, dict]) -> str:
    """The table of today's network beside the least-cost one (exact values in data-value)."""
    t = texts()
    figures = cost_figures(runs)
    if figures is None:
        return ""
    cutoff = ((runs.get("09_leastcost") or {}).get("inputs") or {}).get("CUTOFF", "")
    body = [[h.text_cell(label), h.cell(f["points"]), h.cell(f["cost"]), h.cell(f["covered"]),
             h.cell(f["longest"], 1)] for label, f in zip((t["today"], t["leastcost"]), figures)]
    return h.table([t["network"], t["points"], t["annual_cost"], t["covered"].format(cutoff), t["longest"]], body,
                   table_id="costs")


def scenario_section(rows: List[dict], outside=(0.0, 0), labels: Optional[dict] = None) -> str:
    """The per-area comparison: the areas with residents by name (the report language's collation), and the
    note reconciling them with the residents outside every area."""
    if not rows:
        return ""
    skip = {"fid", "geom"}
    keys = [k for k in rows[0] if k not in skip]
    population = [float(r.get("population") or 0) for r in rows]
    order, empty = h.shown_areas([r["area"] for r in rows], population, _language())
    body = [[h.cell(r[k], 1) if isinstance(r[k], float) else (h.cell(r[k]) if isinstance(r[k], int)
             else h.text_cell(r[k])) for k in keys] for r in (rows[i] for i in order)]
    note = h.reconciliation(sum(population), outside[0], outside[1], empty, labels)
    return h.table(keys, body, table_id="scenario") + note


def parameters_section(runs: Dict[str, dict]) -> str:
    t = texts()
    html = ""
    for step, run in runs.items():
        alg = (run.get("algorithm_details") or {}).get("id", step)
        inputs = {k: _short(v) for k, v in (run.get("inputs") or {}).items()}
        results = {k: _short(v) for k, v in (run.get("results") or {}).items()}
        html += f"<h3>{h.escape(alg)}</h3>" + h.table(
            [t["parameter"], t["value"]], [[h.text_cell(k), h.text_cell(v)] for k, v in inputs.items()])
        if results:
            html += h.table([t["result"], t["value"]], [[h.text_cell(k), h.text_cell(v)] for k, v in results.items()])
    return html


def _short(value) -> str:
    text = str(value)
    return re.sub(r"(/[^|'\" ]*/)([^/|'\" ]+\.gpkg)", r"\2", text)


def summary_lines(workspace: str, runs: Dict[str, dict]) -> List[str]:
    """The short summary printed by make demo (and shown at the top of the report)."""
    t = texts()
    n = thousands
    lines = []
    coverage = read_rows(workspace, "coverage")
    if coverage:
        table = coverage_from_rows(coverage).total()
        pop = float(table.population[0])
        for j, c in enumerate(table.cutoffs):
            within = float(table.within[0, j])
            lines.append(t["s_within"].format(cutoff_label(c), n(within), n(pop), n(100 * within / pop, 1)))
        if table.unreachable[0] > 0:
            lines.append(t["s_unreachable"].format(n(float(table.unreachable[0]))))
        beyond = pop - float(table.within[0, -1]) - float(table.unreachable[0])
        if table.cutoffs and beyond > 0:
            lines.append(t["s_beyond"].format(cutoff_label(table.cutoffs[-1]), n(beyond)))
    else:
        grid = read_rows(workspace, "population_grid")
        lines.append(t["s_population"].format(n(sum(r["vaesto"] for r in grid))))
    ranking = sorted([r for r in read_rows(workspace, "suitability") if r.get("rank") is not None],
                     key=lambda r: r["rank"])
    if ranking:
        first = ranking[0]
        top_k = ((runs.get("05_suitability") or {}).get("inputs") or {}).get("TOP_K", "K")
        lines.append(t["s_first"].format(first["premises_id"], first.get("name"), n(first["score"], 3),
                                         first.get("rank_p05"), first.get("rank_p95"), top_k,
                                         n(100 * (first.get("p_top") or 0))))
    allocation = [r for r in read_rows(workspace, "allocation") if r.get("chosen")]
    if allocation:
        run = runs.get("06_locationallocation") or {}
        covered = (run.get("results") or {}).get("COVERED_POPULATION")
        lines.append(t["s_chosen"].format(", ".join(r["premises_id"] for r in allocation),
                                          n(float(covered or 0)), (run.get("inputs") or {}).get("CUTOFF", "")))
    figures = cost_figures(runs)
    if figures is not None:
        today, least = figures
        cutoff = ((runs.get("09_leastcost") or {}).get("inputs") or {}).get("CUTOFF", "")
        lines.append(t["s_costs"].format(cutoff, least["points"], n(float(least["cost"] or 0)), today["points"],
                                         n(float(today["cost"] or 0)), n(float(least["longest"] or 0), 1),
                                         n(float(today["longest"] or 0), 1)))
    compare_run = runs.get("07_comparescenarios") or {}
    compare = compare_run.get("results") or {}
    if compare:
        lines.append(t["s_compare"].format(n(float(compare.get("POPULATION_LOST") or 0)),
                                           n(float(compare.get("POPULATION_GAINED") or 0)),
                                           (compare_run.get("inputs") or {}).get("CUTOFF", "")))
    return lines


def build_report(workspace: str, runs_dir: str, out_html: str, map_name: Optional[str] = "map.png") -> List[str]:
    """Write report.html (in the language of the installed translator); return the summary lines."""
    t = texts()
    runs = read_runs(runs_dir)
    summary = summary_lines(workspace, runs)
    body = f'<p class="synthetic">{h.escape(t["synthetic"])}</p>'
    body += f"<h2>{h.escape(t['summary'])}</h2><ul>" + "".join(f"<li>{h.escape(line)}</li>" for line in summary)
    body += "</ul>"
    if map_name:
        body += f'<img alt="{h.escape(t["map_alt"])}" src="{h.escape(map_name)}"/>'
    coverage = read_rows(workspace, "coverage")
    if coverage:
        body += f"<h2>{h.escape(t['h_coverage'])}</h2>"
        results = (runs.get("03_coveragereport") or {}).get("results") or {}
        outside = (float(results.get("OUTSIDE_POPULATION") or 0), int(results.get("OUTSIDE_COUNT") or 0))
        body += coverage_html.coverage_section(coverage_from_rows(coverage), t["min"], t, outside, _language())
    suitability = read_rows(workspace, "suitability")
    if suitability:
        top_k = ((runs.get("05_suitability") or {}).get("inputs") or {}).get("TOP_K")
        body += f"<h2>{h.escape(t['h_ranking'])}</h2>" + ranking_section(suitability, top_k)
    allocation = read_rows(workspace, "allocation")
    if allocation:
        body += f"<h2>{h.escape(t['h_allocation'])}</h2>"
        body += allocation_section(allocation, (runs.get("06_locationallocation") or {}).get("results") or {})
    scenario = read_rows(workspace, "scenario_areas")
    if scenario:
        results = (runs.get("07_comparescenarios") or {}).get("results") or {}
        outside = (float(results.get("OUTSIDE_POPULATION") or 0), int(results.get("OUTSIDE_COUNT") or 0))
        body += f"<h2>{h.escape(t['h_scenario'])}</h2>" + scenario_section(scenario, outside, t)
    costs = cost_section(runs)
    if costs:
        cutoff = ((runs.get("09_leastcost") or {}).get("inputs") or {}).get("CUTOFF", "")
        body += f"<h2>{h.escape(t['h_costs'].format(cutoff))}</h2>" + costs
    body += f"<h2>{h.escape(t['h_parameters'])}</h2>" + parameters_section(runs)
    body += f"<h2>{h.escape(t['h_attribution'])}</h2><p>{h.escape(t['attribution'])}</p>"
    with open(out_html, "w", encoding="utf-8") as handle:
        handle.write(h.page(t["title"], body, lang=_language()))
    return summary


def _language() -> str:
    from qgis.PyQt.QtCore import QLocale

    return QLocale().name()[:2] or "en"
