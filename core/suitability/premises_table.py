# SPDX-License-Identifier: GPL-2.0-or-later
"""The premises of a suitability ranking read once: their features, criterion values and the constraint.

:func:`read_premises` walks the source once; each criterion value becomes a
float (NULL or text that is no number: NaN, which scoring treats as
missing) and the constraint expression (optional) decides whether the
premises passes (NULL, 0, false, "no": it does not).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

import numpy as np

from ..rules.cancel import check as check_cancelled
from ..rules.nulls import is_null


class ConstraintError(ValueError):
    """The constraint expression failed on a feature (``fid``, ``message``)."""

    def __init__(self, fid: int, message: str):
        super().__init__(message)
        self.fid = fid
        self.message = message


@dataclass
class PremisesTable:
    features: list  # the QgsFeatures, in reading order
    values: np.ndarray  # (n, criteria) float, NaN for NULL
    passes: np.ndarray  # (n,) bool


def as_float(value) -> float:
    """An attribute as float; NULL and what is no number become NaN."""
    if is_null(value):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def is_true(value) -> bool:
    """Whether a constraint value lets the premises pass: NULL, 0, '', 'false', 'f', 'no' do not."""
    if is_null(value):
        return False
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "f", "no")
    return bool(value)


def read_premises(source, indexes: Sequence[int], expression=None, expression_context=None,
                  cancelled: Optional[Callable[[], bool]] = None,
                  progress: Optional[Callable[[float], None]] = None) -> PremisesTable:
    """Features, criterion values (attribute ``indexes``) and constraint results of ``source``."""
    features: List = []
    values, passes = [], []
    total = source.featureCount() or 1
    for k, feature in enumerate(source.getFeatures()):
        check_cancelled(cancelled)
        features.append(feature)
        attributes = feature.attributes()
        values.append([as_float(attributes[i]) for i in indexes])
        passes.append(_passes(feature, expression, expression_context))
        if progress is not None:
            progress(k / total)
    x = np.array(values, dtype=float).reshape(len(features), len(indexes))
    return PremisesTable(features, x, np.array(passes, dtype=bool))


def _passes(feature, expression, expression_context) -> bool:
    if expression is None:
        return True
    expression_context.setFeature(feature)
    value = expression.evaluate(expression_context)
    if expression.hasEvalError():
        raise ConstraintError(feature.id(), expression.evalErrorString())
    return is_true(value)
