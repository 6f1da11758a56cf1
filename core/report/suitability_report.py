# SPDX-License-Identifier: GPL-2.0-or-later
"""HTML report of a suitability ranking: weights, AHP, ranking with contributions, charts.

Charts are drawn with matplotlib's Agg canvas (no pyplot, no GUI backend) and
embedded as base64 PNG, so the report is one self-contained file.
"""
from __future__ import annotations

import base64
import html
import io
import math
from dataclasses import dataclass
from typing import List

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..rules.numbers import decimal_sign
from ..suitability.scoring import AhpResult, ScoreResult

translate = QCoreApplication.translate
esc = html.escape

MAX_TABLE_ROWS = 500
MAX_CHART_ROWS = 25


@dataclass
class ReportData:
    title: str
    method: str
    fields: list
    benefit: list
    raw_weights: list
    weights: np.ndarray
    labels: list
    result: ScoreResult
    runs: int
    spread: float
    seed: int
    top_k: int
    constraint: str = ""
    ahp_matrix: np.ndarray | None = None
    ahp: AhpResult | None = None
    topsis: bool = False


def _png(fig) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def contributions_chart(labels, contributions, fields, title: str) -> str:
    """Stacked horizontal bars of the per-criterion contributions (base64 PNG)."""
    from matplotlib.figure import Figure

    rows = len(labels)
    fig = Figure(figsize=(8, 1.2 + 0.32 * rows))
    ax = fig.add_subplot(111)
    left = np.zeros(rows)
    y = np.arange(rows)
    colours = [f"C{j % 10}" for j in range(len(fields))]
    for j, name in enumerate(fields):
        values = np.nan_to_num(contributions[:, j])
        ax.barh(y, values, left=left, color=colours[j], label=name, height=0.7)
        left = left + values
    ax.set_yticks(y)
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize="small")
    return _png(fig)


def stability_chart(labels, rank, p05, p95, p_top, title: str, xlabel: str) -> str:
    """Rank (dot) with its 5–95 % range under weight changes (bar), best at the top."""
    from matplotlib.figure import Figure

    rows = len(labels)
    fig = Figure(figsize=(8, 1.2 + 0.32 * rows))
    ax = fig.add_subplot(111)
    y = np.arange(rows)
    ax.hlines(y, p05, p95, color="C0", linewidth=6, alpha=0.45)
    ax.plot(rank, y, "o", color="C3")
    for k in range(rows):
        ax.annotate(f"{100 * p_top[k]:.0f} %", (p95[k], y[k]), xytext=(6, -3), textcoords="offset points",
                    fontsize="small")
    ax.set_yticks(y)
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.set_xlim(0.5, max(float(np.nanmax(p95)) if rows else 1.0, 1.0) * 1.15 + 0.5)
    return _png(fig)


def _fmt_g(value) -> str:
    return f"{value:.3g}".replace(".", decimal_sign())


def _fmt(value, digits=4) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return f"{value:.{digits}f}".replace(".", decimal_sign())


def render(data: ReportData) -> str:
    """The report as one HTML document."""
    r = data.result
    passing = np.flatnonzero(r.passes)
    order = passing[np.argsort(r.rank[passing], kind="stable")]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{esc(data.title)}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #bbb;padding:2px 6px;text-align:right}th{background:#eee}"
        "td.l,th.l{text-align:left}.warn{color:#a40}</style></head><body>",
        f"<h1>{esc(data.title)}</h1>",
        "<p>" + esc(translate("SuitabilityReport",
                              "Method: {method}. Premises: {total}, passing the constraints: {passing}.").format(
            method=data.method, total=len(r.passes), passing=len(passing))) + "</p>",
    ]
    if data.constraint:
        parts.append("<p>" + esc(translate("SuitabilityReport", "Constraints: {expression}").format(
            expression=data.constraint)) + "</p>")
    parts += _criteria_table(data)
    parts += _ahp_section(data)
    parts += _sensitivity_note(data)
    parts += _charts(data, order)
    parts += _ranking_table(data, order, passing)
    parts.append("</body></html>")
    return "\n".join(parts)


def _criteria_table(data: ReportData) -> List[str]:
    """The criteria with their direction, weights and NULL counts."""
    r = data.result
    parts: List[str] = ["<h2>" + esc(translate("SuitabilityReport", "Criteria and weights")) + "</h2><table><tr>"]
    headers = [translate("SuitabilityReport", "Criterion"), translate("SuitabilityReport", "Direction"),
               translate("SuitabilityReport", "Given weight"), translate("SuitabilityReport", "Weight used"),
               translate("SuitabilityReport", "NULL values"), translate("SuitabilityReport", "Note")]
    parts.append("".join(f"<th class='l'>{esc(h)}</th>" for h in headers) + "</tr>")
    for j, name in enumerate(data.fields):
        if data.benefit[j]:
            direction = translate("SuitabilityReport", "benefit")
        else:
            direction = translate("SuitabilityReport", "cost")
        note = translate("SuitabilityReport", "same value everywhere: contributes nothing") if r.constant[j] else ""
        parts.append(
            f"<tr><td class='l'>{esc(name)}</td><td class='l'>{esc(direction)}</td>"
            f"<td>{_fmt(float(data.raw_weights[j]), 3)}</td><td>{_fmt(float(data.weights[j]))}</td>"
            f"<td>{int(r.null_counts[j])}</td><td class='l'>{esc(note)}</td></tr>")
    parts.append("</table>")
    return parts


def _ahp_section(data: ReportData) -> List[str]:
    """The AHP comparison matrix and its consistency (nothing without AHP)."""
    parts: List[str] = []
    if data.ahp is not None and data.ahp_matrix is not None:
        parts.append("<h2>" + esc(translate("SuitabilityReport", "AHP pairwise comparisons"))
                     + "</h2><table><tr><th></th>")
        parts.append("".join(f"<th>{esc(n)}</th>" for n in data.fields) + "</tr>")
        for i, name in enumerate(data.fields):
            cells = "".join(f"<td>{_fmt_g(data.ahp_matrix[i, j])}</td>" for j in range(len(data.fields)))
            parts.append(f"<tr><th class='l'>{esc(name)}</th>{cells}</tr>")
        parts.append("</table>")
        text = translate("SuitabilityReport", "Principal eigenvalue {lmax}, consistency index {ci}, "
                                              "consistency ratio {cr}.").format(
            lmax=_fmt(data.ahp.lambda_max, 3), ci=_fmt(data.ahp.ci, 3), cr=_fmt(data.ahp.cr, 3))
        css = " class='warn'" if data.ahp.cr > 0.10 else ""
        parts.append(f"<p{css}>{esc(text)}</p>")
        if data.ahp.cr > 0.10:
            parts.append("<p class='warn'>" + esc(translate(
                "SuitabilityReport", "The consistency ratio is above 0.10: revise the comparisons.")) + "</p>")
    return parts


def _sensitivity_note(data: ReportData) -> List[str]:
    """What the weight sensitivity runs did."""
    parts: List[str] = []
    if data.runs > 0:
        sens = translate("SuitabilityReport",
                         "Weight sensitivity: {runs} runs, each weight multiplied by a random factor "
                         "between 1 − {spread} and 1 + {spread} and renormalised (seed {seed}). "
                         "Rank range = 5th to 95th percentile of the rank; top {k} = share of runs "
                         "in which the premises is among the {k} best.").format(
            runs=data.runs, spread=data.spread, seed=data.seed, k=data.top_k)
    else:
        sens = translate("SuitabilityReport", "No weight sensitivity runs.")
    parts.append("<p>" + esc(sens) + "</p>")

    return parts


def _charts(data: ReportData, order: np.ndarray) -> List[str]:
    """The contribution and rank-stability charts of the best premises."""
    r = data.result
    parts: List[str] = []
    shown = order[:MAX_CHART_ROWS]
    labels = [str(data.labels[i]) for i in shown]
    if len(shown):
        parts.append("<h2>" + esc(translate("SuitabilityReport", "Contributions of the criteria")) + "</h2>")
        if data.topsis:
            parts.append("<p>" + esc(translate("SuitabilityReport",
                                               "TOPSIS: the bars show weight × vector-normalised value; the score "
                                               "is the closeness to the ideal point and is not their sum.")) + "</p>")
        chart = contributions_chart(labels, r.contributions[shown], data.fields,
                                    translate("SuitabilityReport", "Weight × normalised value, best first"))
        parts.append(f"<img alt='contributions' src='data:image/png;base64,{chart}'>")
        parts.append("<h2>" + esc(translate("SuitabilityReport", "Rank stability")) + "</h2>")
        chart = stability_chart(labels, r.rank[shown], r.rank_p05[shown], r.rank_p95[shown], r.p_top[shown],
                                translate("SuitabilityReport", "Rank and its 5–95 % range under weight changes; "
                                                               "% = share of runs in the top {k}").format(k=data.top_k),
                                translate("SuitabilityReport", "Rank (1 = best)"))
        parts.append(f"<img alt='rank stability' src='data:image/png;base64,{chart}'>")

    return parts


def _ranking_table(data: ReportData, order: np.ndarray, passing: np.ndarray) -> List[str]:
    """The ranking table and the notes on what it leaves out."""
    r = data.result
    parts: List[str] = ["<h2>" + esc(translate("SuitabilityReport", "Ranking")) + "</h2><table><tr>"]
    headers = [translate("SuitabilityReport", "Rank"), translate("SuitabilityReport", "Premises"),
               translate("SuitabilityReport", "Score")]
    headers += [f"c_{name}" for name in data.fields]
    headers += [translate("SuitabilityReport", "Rank 5 %"), translate("SuitabilityReport", "Rank 95 %"),
                translate("SuitabilityReport", "Top {k} share").format(k=data.top_k)]
    parts.append("".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>")
    for i in order[:MAX_TABLE_ROWS]:
        row = [str(int(r.rank[i])), f"<td class='l'>{esc(str(data.labels[i]))}</td>", _fmt(float(r.score[i]))]
        row += [_fmt(float(v)) for v in r.contributions[i]]
        row += [_fmt(int(r.rank_p05[i])), _fmt(int(r.rank_p95[i])), _fmt(float(r.p_top[i]), 3)]
        parts.append("<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in row) + "</tr>")
    parts.append("</table>")
    if len(order) > MAX_TABLE_ROWS:
        parts.append("<p>" + esc(translate("SuitabilityReport", "The {n} best of {total} passing premises are listed; "
                                                         "all are in the output layer.").format(
            n=MAX_TABLE_ROWS, total=len(order))) + "</p>")
    failing = len(r.passes) - len(passing)
    if failing:
        parts.append("<p>" + esc(translate("SuitabilityReport", "{n} premises fail the constraints and have no rank.")
                                 .format(n=failing)) + "</p>")
    return parts


def write_report(path: str, data: ReportData) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(render(data))
