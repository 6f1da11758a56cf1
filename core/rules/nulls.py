# SPDX-License-Identifier: GPL-2.0-or-later
"""NULL values and masked populations.

- :func:`text` gives identifiers and texts: NULL or blank is None, ``12.0`` is ``'12'``.
- NULL is ``None``, a null ``QVariant`` (PyQGIS's ``NULL``), any other null Qt
  value (a null ``QDate``, ``QDateTime``...) and a float NaN.
- A population is a number of residents: NULL and negative values count as 0.
  Statistics Finland masks grid cells under 10 residents with ``-1``; such a
  masked value is negative, so a masked cell counts as 0 residents wherever a
  population is read (catchments, coverage report, premises criteria,
  location-allocation, scenarios). :func:`clean_population` says how many
  values were NULL and how many masked.
- A breakdown of the population (e.g. residents aged 65+) is *unknown* where
  it is NULL or masked: :func:`masked` (the coverage report counts such cells
  apart and never adds them to the breakdown).
"""
from __future__ import annotations

import math
from typing import NamedTuple, Optional

import numpy as np


def is_null(value) -> bool:
    """True for None, a null QVariant or Qt value, and NaN."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    is_null_method = getattr(value, "isNull", None)
    if callable(is_null_method):
        try:
            return bool(is_null_method())
        except TypeError:  # an unbound method of a class given as value
            return False
    return False


def plain(value):
    """A Python value from an attribute: None for NULL, a QVariant's own value otherwise."""
    if is_null(value):
        return None
    if type(value).__name__ == "QVariant":
        return value.value()
    return value


def text(value) -> Optional[str]:
    """An identifier or text as ``str``: None for NULL or blank, ``'12'`` for 12.0, surrounding spaces removed."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    value = str(value).strip()
    return value or None


def numeric_values(values) -> np.ndarray:
    """float64 array of field values; NULL becomes NaN. ValueError when a value is not a number."""
    arr = np.asarray(values) if not isinstance(values, list) else _objects(values)
    if arr.dtype.kind in "iufb":
        return arr.astype(np.float64)
    out = np.full(len(arr), np.nan)
    for i, v in enumerate(arr.tolist()):
        if is_null(v):
            continue
        if isinstance(v, (str, bytes)) or not isinstance(v, (int, float, np.number)):
            raise ValueError(f"not a number: {v!r}")
        out[i] = float(v)
    return out


class Population(NamedTuple):
    """Residents per feature with NULL and masked values as 0, and how many of each there were."""

    values: np.ndarray
    nulls: int
    masked: int

    @property
    def zeroed(self) -> int:
        """Values counted as 0 because they were NULL or masked."""
        return self.nulls + self.masked


def clean_population(values) -> Population:
    """The population rule: NULL (None, NaN) and negative (masked, e.g. -1) values count as 0."""
    x = numeric_values(values).copy()
    null = np.isnan(x)
    negative = x < 0
    x[null | negative] = 0.0
    return Population(x, int(null.sum()), int(negative.sum()))


def masked(values) -> np.ndarray:
    """True where a value is unknown: NULL or negative (masked)."""
    x = numeric_values(values)
    return ~(x >= 0)


def _objects(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out
