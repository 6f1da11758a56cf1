# SPDX-License-Identifier: GPL-2.0-or-later
"""CUTOFFS: the travel-cost limits of catchments and the coverage report.

The rule: one or more numbers separated by commas (or semicolons), written
as plain decimals (``30``, ``2.5``, ``+10``; no exponents, no empty items,
so ``"30,,60"`` is refused), strictly increasing and positive. Anything
else raises :class:`CutoffError` before any work starts. A demand is within
cutoff c when its cost <= c.

Labels are the numbers written the shortest way (``30`` for ``30.0``,
``2.5`` for ``2.50``), the same in band names (``0-30``), field names
(``pop_within_2_5``) and reports, whichever algorithm writes them.
"""
from __future__ import annotations

import re
from typing import List, Tuple

import numpy as np

_NUMBER = re.compile(r"^\+?(\d+(\.\d*)?|\.\d+)$")


class CutoffError(ValueError):
    """CUTOFFS is not a list of increasing positive numbers."""


def parse(text) -> Tuple[np.ndarray, List[str]]:
    """(values as a float64 array, labels) from e.g. ``"30, 60"``; :class:`CutoffError` otherwise."""
    tokens = [t.strip() for t in str(text if text is not None else "").replace(";", ",").split(",")]
    if any(not _NUMBER.match(t) for t in tokens):
        raise CutoffError(text)
    values = np.array([float(t) for t in tokens])
    if not np.isfinite(values).all() or (values <= 0).any() or (np.diff(values) <= 0).any():
        raise CutoffError(text)
    return values, [label(v) for v in values]


def label(value: float) -> str:
    """``30`` for 30.0, ``2.5`` for 2.5, ``0.0001`` for 1e-4: the shortest plain decimal."""
    value = float(value)
    if value == int(value):
        return str(int(value))
    return np.format_float_positional(value, trim="-")


def suffix(value) -> str:
    """Field-name suffix of a cutoff (a number or its label): ``30``, ``2_5``."""
    text = value if isinstance(value, str) else label(value)
    return text.replace(".", "_").replace("-", "_")
