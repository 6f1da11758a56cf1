# SPDX-License-Identifier: GPL-2.0-or-later
"""Demand and area layers read into arrays through QGIS alone (no shapely needed).

Used where an algorithm must work without shapely 2 (the coverage report)
and for the areas of the reports (coverage report, scenario comparison):

- :func:`read_demand`: the representative point (:mod:`..rules.points`) and
  the numeric fields of every feature; features without a point are counted.
- :func:`read_areas`: area polygons with their names, reprojected, and their
  rings for :func:`..rules.areas.locate`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry

from ..rules import areas as area_rule
from ..rules import nulls
from ..rules.cancel import check as check_cancelled
from ..rules.points import representative_point

#: Features between two checks of cancel and progress.
BATCH = 5000


@dataclass
class DemandPoints:
    """Representative points in the source CRS and the values of the asked fields (NULL as NaN)."""

    xy: np.ndarray
    values: Dict[str, np.ndarray] = field(default_factory=dict)
    skipped: int = 0


@dataclass
class Areas:
    """Area polygons: names ('' for NULL), geometries in the asked CRS, their rings, and feature ids."""

    names: List[str]
    geometries: List[QgsGeometry]
    fids: List[int]

    def rings(self) -> list:
        return [area_rule.rings_of_geometry(g) for g in self.geometries]

    def locate(self, xy: np.ndarray) -> np.ndarray:
        """Index of the area holding each point (rules.areas), -1 for none."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        return area_rule.locate(xy[:, 0], xy[:, 1], self.rings())


def read_demand(source, fields: Sequence[str], cancelled: Optional[Callable[[], bool]] = None,
                progress: Optional[Callable[[float], None]] = None) -> DemandPoints:
    """The points of ``source`` (its own CRS) and the numeric ``fields``; ValueError for a non-number."""
    request = QgsFeatureRequest().setSubsetOfAttributes(list(fields), source.fields())
    total = max(source.featureCount(), 1)
    xy, rows, skipped = [], [], 0
    for n, feature in enumerate(source.getFeatures(request)):
        if n % BATCH == 0:
            check_cancelled(cancelled)
            if progress is not None:
                progress(n / total)
        point = representative_point(feature.geometry())
        if point is None:
            skipped += 1
            continue
        xy.append(point)
        rows.append([feature[name] for name in fields])
    check_cancelled(cancelled)
    values = {name: nulls.numeric_values([row[j] for row in rows]) for j, name in enumerate(fields)}
    return DemandPoints(np.array(xy, dtype=float).reshape(-1, 2), values, skipped)


def read_areas(source, name_field: str, crs, transform_context,
               cancelled: Optional[Callable[[], bool]] = None) -> Areas:
    """The polygons of ``source`` in ``crs`` with the text of ``name_field``; empty geometries are left out."""
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    names, geometries, fids = [], [], []
    for n, feature in enumerate(source.getFeatures()):
        if n % 100 == 0:
            check_cancelled(cancelled)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if source.sourceCrs() != crs:
            geometry.transform(transform)
        names.append(nulls.text(feature[name_field]) or "")
        geometries.append(geometry)
        fids.append(int(feature.id()))
    return Areas(names, geometries, fids)


@dataclass
class Located:
    """Features with their id (as text) and representative point in a CRS (NaN where there is none)."""

    features: list
    ids: List[Optional[str]]
    xy: np.ndarray

    @property
    def located(self) -> np.ndarray:
        return np.isfinite(self.xy).all(axis=1)


def read_located(source, id_index: int, crs, transform_context,
                 cancelled: Optional[Callable[[], bool]] = None) -> Located:
    """Every feature of ``source``, its id (attribute ``id_index``, rules.nulls.text) and its point in ``crs``."""
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    found, ids, xy = [], [], []
    for feature in source.getFeatures():
        check_cancelled(cancelled)
        found.append(feature)
        ids.append(nulls.text(feature.attributes()[id_index]))
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isNull():
            geometry.transform(transform)
        xy.append(representative_point(geometry) or (np.nan, np.nan))
    return Located(found, ids, np.array(xy, dtype=float).reshape(-1, 2))


class ExpressionError(ValueError):
    """An expression failed on a feature: ``expression`` (its text) and ``message``."""

    def __init__(self, expression: str, message: str):
        super().__init__(message)
        self.expression = expression
        self.message = message


def read_ids_and_flags(source, fids, id_index: int, expressions: dict, expression_context) -> tuple:
    """(ids, flags) of the features ``fids`` of ``source``, in that order.

    ``ids``: the value of attribute ``id_index`` (NULL: None), or the feature id when ``id_index`` < 0.
    ``flags``: per key of ``expressions`` (prepared QgsExpressions), a boolean per feature (NULL: False).
    Raises :class:`ExpressionError` when an expression fails on a feature.
    """
    row_of = {int(f): i for i, f in enumerate(fids)}
    ids: List = [None] * len(row_of)
    flags = {key: np.zeros(len(row_of), dtype=bool) for key in expressions}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in source.getFeatures(request):
        row = row_of.get(feature.id())
        if row is None:
            continue
        ids[row] = nulls.plain(feature.attribute(id_index)) if id_index >= 0 else int(feature.id())
        if expressions:
            expression_context.setFeature(feature)
        for key, expression in expressions.items():
            value = expression.evaluate(expression_context)
            if expression.hasEvalError():
                raise ExpressionError(expression.expression(), expression.evalErrorString())
            flags[key][row] = bool(nulls.plain(value))
    return ids, flags


def repeated(values) -> list:
    """The values that occur more than once, in the order they repeat."""
    seen, found = set(), []
    for value in values:
        if value in seen:
            found.append(value)
        seen.add(value)
    return found


def read_columns(source, texts: Dict[str, int], numbers: Dict[str, int],
                 cancelled: Optional[Callable[[], bool]] = None) -> Dict[str, list]:
    """Columns of ``source`` by name: ``texts`` (attribute indexes) as rules.nulls.text, ``numbers`` as floats
    (NULL: None). ValueError when a number field holds something else."""
    columns: Dict[str, list] = {name: [] for name in list(texts) + list(numbers)}
    for feature in source.getFeatures():
        check_cancelled(cancelled)
        attributes = feature.attributes()
        for name, index in texts.items():
            columns[name].append(nulls.text(attributes[index]))
        for name, index in numbers.items():
            columns[name].append(attributes[index])
    for name in numbers:
        columns[name] = [None if np.isnan(v) else float(v) for v in nulls.numeric_values(columns[name])]
    return columns


def located_rows(source, transform, cancelled: Optional[Callable[[], bool]] = None,
                 progress: Optional[Callable[[float], None]] = None):
    """(feature id, {field name: value}, (x, y) or None) per feature, the point by rules.points after
    ``transform``; stops early when ``cancelled()`` says so (the caller checks it again)."""
    total = max(1, source.featureCount())
    for index, feature in enumerate(source.getFeatures()):
        if cancelled is not None and cancelled():
            return
        if progress is not None:
            progress(index / total)
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isNull():
            geometry.transform(transform)
        yield feature.id(), dict(zip(feature.fields().names(), feature.attributes())), representative_point(geometry)
