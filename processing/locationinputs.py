# SPDX-License-Identifier: GPL-2.0-or-later
"""Inputs shared by locationallocation and comparescenarios.

Demand points with their population and service points (candidates) with
their ids and per-feature expression values, read once into arrays in the
metric CRS the costs are computed in (the same reading as catchments, so the
costs are the same).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsField,
    QgsFields,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.allocation import features
from ..core.compat import FieldType
from ..core.network import layerio
from ..core.rules import nulls
from .costparams import fast_read_layer

_translate = QCoreApplication.translate


@dataclass
class Sites:
    """Service points: metric xy, ids, feature ids, per-expression booleans."""

    xy: np.ndarray
    ids: list
    fids: np.ndarray
    flags: dict
    id_field: QgsField
    skipped: int = 0

    def __len__(self) -> int:
        return len(self.fids)


@dataclass
class Demand:
    """Demand points: metric xy, feature ids, population (NULL and negative = 0)."""

    xy: np.ndarray
    fids: np.ndarray
    population: np.ndarray
    zeroed: int = 0
    skipped: int = 0


def work_crs(source, context):
    """The metric CRS of the computation (from the demand layer)."""
    return layerio.metric_crs(source.sourceCrs(), source.sourceExtent(), context.transformContext())


def read_demand(alg, parameters, context, feedback, demand_name: str, population_name: str, crs) -> Demand:
    """Demand points and population; counts NULL/negative populations and skipped geometries in the log."""
    source = alg.parameterAsSource(parameters, demand_name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, demand_name))
    field = alg.parameterAsString(parameters, population_name, context)
    index = source.fields().lookupField(field) if field else -1
    if index < 0:
        raise QgsProcessingException(_translate(
            "LocationInputs", "The DEMAND layer {} has no population field {}.").format(
            source.sourceName(), field))
    if not source.fields().at(index).isNumeric():
        raise QgsProcessingException(_translate(
            "LocationInputs", "The population field {} of the DEMAND layer is not numeric.").format(field))
    data = layerio.read_points(source, crs, [field], context.transformContext(),
                               layer=fast_read_layer(alg, parameters, demand_name, context),
                               cancelled=feedback.isCanceled)
    if len(data) == 0:
        raise QgsProcessingException(_translate(
            "LocationInputs", "The DEMAND layer {} is empty.").format(source.sourceName()))
    pop = nulls.clean_population(data.attributes[field])
    if pop.zeroed:
        feedback.pushInfo(_translate(
            "LocationInputs", "{} demand features had a NULL or negative population; they count as 0.")
                          .format(pop.zeroed))
    if data.skipped:
        feedback.pushWarning(_translate(
            "LocationInputs", "Skipped {} demand features with an empty or invalid geometry.")
                             .format(data.skipped))
    return Demand(data.xy, data.fids, pop.values, pop.zeroed, data.skipped)


def read_sites(alg, parameters, context, feedback, layer_name: str, id_field: str, crs,
               expressions: dict | None = None, source=None) -> Sites:
    """Service points of parameter ``layer_name`` with ids from ``id_field`` (default: feature id).

    ``expressions`` maps a key to an expression text; each gives a boolean
    per site (NULL = false). Duplicate or NULL ids raise an error naming the layer.
    """
    if source is None:
        source = alg.parameterAsSource(parameters, layer_name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, layer_name))
    fields = source.fields()
    if id_field and fields.lookupField(id_field) < 0:
        raise QgsProcessingException(_translate(
            "LocationInputs", "The {} layer has no field {}.").format(layer_name, id_field))
    data = layerio.read_points(source, crs, [], context.transformContext(), cancelled=feedback.isCanceled)
    if len(data) == 0:
        raise QgsProcessingException(_translate(
            "LocationInputs", "The {} layer {} has no points.").format(layer_name, source.sourceName()))
    expr_context = alg.createExpressionContext(parameters, context, source)
    compiled = _compiled(expressions or {}, expr_context)
    id_index = fields.lookupField(id_field) if id_field else -1
    try:
        ids, flags = features.read_ids_and_flags(source, data.fids, id_index, compiled, expr_context)
    except features.ExpressionError as error:
        raise QgsProcessingException(_translate(
            "LocationInputs", "The expression {} failed on the {} layer: {}").format(
            error.expression, layer_name, error.message)) from error
    if any(v is None for v in ids):
        raise QgsProcessingException(_translate(
            "LocationInputs", "The {} layer has features with an empty id in field {}.").format(
            layer_name, id_field))
    dupes = features.repeated(ids)
    if dupes:
        raise QgsProcessingException(_translate(
            "LocationInputs", "The {} layer has duplicate ids in field {}: {}. Ids must be unique.")
                                     .format(layer_name, id_field or "fid", ", ".join(str(v) for v in dupes[:5])))
    if data.skipped:
        feedback.pushWarning(_translate(
            "LocationInputs", "Skipped {} features of the {} layer with an empty or invalid geometry.")
                             .format(data.skipped, layer_name))
    field = QgsField(fields.at(id_index)) if id_index >= 0 else QgsField("fid", FieldType.LongLong)
    return Sites(data.xy, ids, data.fids, flags, field, data.skipped)


def _compiled(expressions: dict, expr_context) -> dict:
    """The expressions prepared; an invalid one raises QgsProcessingException."""
    compiled = {}
    for key, text in expressions.items():
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(_translate("LocationInputs", "The expression {} is not valid: {}").format(
                text, expression.parserErrorString()))
        expression.prepare(expr_context)
        compiled[key] = expression
    return compiled


def extended_fields(base: QgsFields, extra: list) -> tuple:
    """(fields, kept indexes of ``base``): ``base`` without fields named like ``extra``, then ``extra``."""
    names = {f.name().lower() for f in extra}
    out = QgsFields()
    kept = []
    for i in range(base.count()):
        if base.at(i).name().lower() not in names:
            out.append(base.at(i))
            kept.append(i)
    for f in extra:
        out.append(f)
    return out, kept


def typed_field(name: str, template: QgsField) -> QgsField:
    """A field ``name`` with the type of ``template`` (the id field)."""
    field = QgsField(template)
    field.setName(name)
    return field


def write_rows(sink, source, fids, fields, kept, columns, feedback, batch: int = 5000) -> bool:
    """Copy ``source``'s features with ``fids`` (feature order of the arrays) into ``sink``.

    Each output row gets the ``kept`` attributes of the source and then one
    value per list in ``columns`` (Python lists aligned with ``fids``).
    Features that are not in ``fids`` (skipped geometries) are left out.
    Written in batches; returns False when cancelled.
    """
    from qgis.core import QgsFeature, QgsFeatureSink

    row_of = dict(zip(fids.tolist(), range(len(fids))))
    total = max(source.featureCount(), 1)
    pending = []
    for n, feature in enumerate(source.getFeatures()):
        row = row_of.get(feature.id())
        if row is None:
            continue
        attrs = feature.attributes()
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        out.setAttributes([attrs[k] for k in kept] + [column[row] for column in columns])
        pending.append(out)
        if len(pending) >= batch:
            if feedback.isCanceled():
                return False
            sink.addFeatures(pending, QgsFeatureSink.Flag.FastInsert)
            pending = []
            feedback.setProgress(100.0 * n / total)
    if pending:
        sink.addFeatures(pending, QgsFeatureSink.Flag.FastInsert)
    return not feedback.isCanceled()
