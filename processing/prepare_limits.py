# SPDX-License-Identifier: GPL-2.0-or-later
"""``preparenetwork``'s SPEED_LIMITS: read the limit layer and lay its limits onto the links."""
from __future__ import annotations

import numpy as np
import shapely
from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..core.network import layerio
from ..core.network import limits as lim
from ..core.rules import nulls
from .costparams import fast_read_layer

MEASURES = (("alkum", "loppum"), ("start_measure", "end_measure"))
_translate = QCoreApplication.translate


def _field(names, wanted):
    lower = {n.lower(): n for n in names}
    return lower.get(wanted.lower()) if wanted else None


def _fields(alg, parameters, context, source, link_fields):
    """(value field, id field or None, (start, end) measure fields or None) of the SPEED_LIMITS layer."""
    names = source.fields().names()
    wanted = alg.parameterAsString(parameters, alg.SPEED_LIMIT_FIELD, context) or "arvo"
    value = _field(names, wanted)
    if value is None:
        raise QgsProcessingException(_translate(
            "PrepareNetwork", "The SPEED_LIMITS layer has no field {} (SPEED_LIMIT_FIELD): its fields are {}."
        ).format(wanted, ", ".join(names)))
    id_name = alg.parameterAsString(parameters, alg.LINK_ID_FIELD, context)
    if not id_name:
        return value, None, None
    if _field(names, id_name) is None or _field(link_fields, id_name) is None:
        raise QgsProcessingException(_translate(
            "PrepareNetwork", "LINK_ID_FIELD {} must be a field of both INPUT and SPEED_LIMITS."
        ).format(id_name))
    measures = next(((_field(names, a), _field(names, b)) for a, b in MEASURES
                     if _field(names, a) and _field(names, b)), None)
    return value, _field(names, id_name), measures


def _numbers(values, name):
    try:
        return nulls.numeric_values(values)
    except ValueError:
        raise QgsProcessingException(_translate(
            "PrepareNetwork", "The SPEED_LIMITS field {} has a value that is not a number.").format(name)) from None


def overlay_limits(alg, parameters, context, feedback, lines, rules, crs, lengths):
    """The links cut into pieces with the limits laid on them."""
    source = alg.parameterAsSource(parameters, alg.SPEED_LIMITS, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, alg.SPEED_LIMITS))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
        raise QgsProcessingException(_translate(
            "PrepareNetwork", "The SPEED_LIMITS layer {} is not a line layer.").format(source.sourceName()))
    value, id_field, measures = _fields(alg, parameters, context, source, list(lines.attributes))
    wanted = [value] + ([id_field] if id_field else []) + (list(measures) if measures else [])
    limits = layerio.read_lines(source, crs, wanted, context.transformContext(),
                                layer=fast_read_layer(alg, parameters, alg.SPEED_LIMITS, context),
                                cancelled=feedback.isCanceled)
    eligible = rules.kept & ~rules.ferry
    if id_field:
        link_field = _field(list(lines.attributes), id_field)
        link_keys = lim.id_keys(lines.attributes[link_field])[lines.feature_index]
        n_limits = len(limits.fids)
        start = _numbers(limits.attributes[measures[0]], measures[0]) if measures else None
        end = _numbers(limits.attributes[measures[1]], measures[1]) if measures else None
        link, a, b, speed, unmatched = lim.intervals_by_id(
            link_keys, lengths, lim.id_keys(limits.attributes[id_field]),
            _numbers(limits.attributes[value], value), start, end)
        on = eligible[link]  # cycle ways, dropped links and ferries take no limits
        link, a, b, speed = link[on], a[on], b[on], speed[on]
        if unmatched:
            feedback.pushWarning(_translate(
                "PrepareNetwork", "{} of {} speed limits match no link by {}; they are not used."
            ).format(unmatched, n_limits, id_field))
    else:
        part = np.repeat(np.arange(len(limits)), np.diff(limits.offsets))
        geoms = shapely.linestrings(limits.coords, indices=part)
        link, a, b, speed = lim.intervals_by_overlap(
            lines.coords, lines.offsets, geoms, _numbers(limits.attributes[value], value)[limits.feature_index],
            candidates=eligible)
    pieces, touched = lim.pieces_from_intervals(lengths, link, a, b, speed)
    feedback.pushInfo(_translate("PrepareNetwork", "Speed limits laid on {} links ({} pieces in all).").format(
        touched, len(pieces)))
    return pieces
