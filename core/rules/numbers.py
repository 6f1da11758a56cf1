# SPDX-License-Identifier: GPL-2.0-or-later
"""Numbers for people to read: ``12 345`` (a narrow no-break space between thousands), the decimal sign of
the UI language (a comma in Finnish and Swedish), a dash for NULL/NaN. Used by log messages and reports."""
from __future__ import annotations

import math

THIN_SPACE = "\u202f"  # narrow no-break space: the thousands separator of Finnish and Swedish (and SI)


def decimal_sign() -> str:
    """The decimal sign of the installed translation (a comma in Finnish and Swedish), else a point."""
    from qgis.PyQt.QtCore import QCoreApplication

    sign = QCoreApplication.translate("HtmlReport", ".")
    return sign if sign in (".", ",") else "."


def thousands(value, decimals: int = 0) -> str:
    """``value`` with thousands separated and ``decimals`` fixed decimals; "–" for None or NaN."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    value = float(value)
    if not math.isfinite(value):
        return "–"
    text = f"{value:,.{decimals}f}" if decimals else f"{int(round(value)):,}"
    return text.replace(",", THIN_SPACE).replace(".", decimal_sign())
