# SPDX-License-Identifier: GPL-2.0-or-later
"""Small helpers for self-contained HTML reports (tables, matplotlib charts as base64 PNG).

Every numeric table cell carries its exact value in ``data-value`` so that a
reader (or a test) can compare the report with the output layers.
"""
from __future__ import annotations

import base64
import html
import io
import math
from typing import Iterable, Optional, Sequence

from ..rules.numbers import thousands

STYLE = """
body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em}th{background:#eef3f7;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold;background:#f6f6f6}
.note{color:#555;font-size:.9em}.synthetic{background:#fff3cd;border:1px solid #e0c36a;padding:.5em 1em}
img{max-width:100%}
"""


def escape(value) -> str:
    return html.escape("" if value is None else str(value))


def cell(value, decimals: int = 0, css: str = "num") -> str:
    """A numeric ``<td>`` with the exact value in ``data-value``."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return f'<td class="{css}" data-value="">–</td>'
    exact = repr(float(value)) if isinstance(value, float) else str(value)
    return f'<td class="{css}" data-value="{exact}">{thousands(value, decimals)}</td>'


def text_cell(value) -> str:
    return f"<td>{escape(value)}</td>"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], total_rows: Iterable[Sequence[str]] = (),
          table_id: Optional[str] = None) -> str:
    """A table from header texts and rows of ready ``<td>`` strings."""
    attr = f' id="{escape(table_id)}"' if table_id else ""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(f"<tr>{''.join(r)}</tr>" for r in rows)
    body += "".join(f'<tr class="total">{"".join(r)}</tr>' for r in total_rows)
    return f"<table{attr}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def figure_img(figure, alt: str) -> str:
    """An ``<img>`` with the matplotlib figure embedded as a base64 PNG (Agg, no pyplot state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{data}"/>'


def page(title: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8"/>'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1>{body}</body></html>\n")


def parameters_table(parameters: dict, headers: Sequence[str] = ("Parameter", "Value")) -> str:
    rows = [[text_cell(k), text_cell(v)] for k, v in parameters.items()]
    return table(list(headers), rows)


def shown_areas(names: Sequence[str], population, language: Optional[str] = None):
    """(indices of the areas with residents, sorted by name with ``language``'s collation; how many areas
    without residents are left out). Report tables list only those; output layers keep every area."""
    from ..i18n import collation_order

    order = [i for i in collation_order(names, language) if population[i] > 0]
    return order, len(names) - len(order)


def reconciliation(in_table: float, outside: float, outside_count: int, empty_areas: int,
                   labels: Optional[dict] = None) -> str:
    """The note that makes the table add up: table total + outside every area = all residents, and how many
    areas without residents the table leaves out. The exact numbers are in data- attributes."""
    t = labels or {}
    text = t.get("reconcile", "The table counts {} residents; {} residents ({} demand features) lie outside "
                              "every area and are not in it; {} residents in all.").format(
        thousands(in_table), thousands(outside), thousands(outside_count), thousands(in_table + outside))
    if empty_areas:
        text += " " + t.get("empty_areas", "{} areas without residents are left out of the table; the output "
                                           "layer has every area.").format(thousands(empty_areas))
    data = (f'data-table="{float(in_table)!r}" data-outside="{float(outside)!r}" data-cells="{int(outside_count)}" '
            f'data-all="{float(in_table + outside)!r}" data-empty="{int(empty_areas)}"')
    return f'<p class="note" id="reconciliation" {data}>{escape(text)}</p>'
