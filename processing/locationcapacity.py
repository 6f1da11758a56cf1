# SPDX-License-Identifier: GPL-2.0-or-later
"""The allocation of ``palveluverkko:locationallocation`` in parts (:class:`..core.allocation.summary.Parts`).

The costs of the parts (:func:`pair_costs`) and the OUTPUT_ASSIGNMENT rows
(:func:`write_assignment`, one row per part).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields

from ..core.allocation.summary import Parts
from ..core.compat import FieldType
from .locationinputs import typed_field
from .locationoptions import OUTPUT_ASSIGNMENT


def pair_costs(model, demand_xy, cand_xy, rows, points, chosen, bound=None, progress=None,
               cancelled=None) -> np.ndarray:
    """Cost of each (row, point) pair: searched up to ``bound`` (every pair is within it), else all costs."""
    col = np.searchsorted(chosen, points)
    if bound is not None:
        r, k, v = model.within(demand_xy, cand_xy[chosen], bound, progress, cancelled)
        table = sp.csr_matrix((np.asarray(v, dtype=np.float64) + 1.0, (r, k)), shape=(len(demand_xy), chosen.size))
        found = np.asarray(table[rows, col]).ravel()
        if (found > 0).all():  # + 1 keeps zero costs apart from missing pairs
            return found - 1.0
    matrix = np.asarray(model.cost_matrix(demand_xy, cand_xy[chosen], progress, cancelled), dtype=np.float64)
    return matrix[rows, col]


def write_assignment(outputs, source, demand, cands, parts: Parts, feedback):
    """OUTPUT_ASSIGNMENT (when asked for): one row per part with the demand's geometry. Its id, or None."""
    fields = QgsFields()
    fields.append(QgsField("demand_fid", FieldType.LongLong))
    fields.append(typed_field("facility", cands.id_field))
    fields.append(QgsField("population", FieldType.Double))
    fields.append(QgsField("cost", FieldType.Double))
    sink, dest = outputs.sink(OUTPUT_ASSIGNMENT, fields, source.wkbType(), source.sourceCrs(), required=False)
    if sink is None:
        return None
    geometry = {}
    wanted = set(demand.fids[parts.rows].tolist())
    for feature in source.getFeatures():
        if feature.id() in wanted:
            geometry[feature.id()] = feature.geometry()
    ids = cands.ids
    for n, (row, point, amount, cost) in enumerate(zip(parts.rows.tolist(), parts.points.tolist(),
                                                       parts.amount.tolist(), parts.cost.tolist())):
        if n % 5000 == 0 and feedback.isCanceled():
            return None
        fid = int(demand.fids[row])
        out = QgsFeature(fields)
        out.setGeometry(geometry.get(fid))
        out.setAttributes([fid, ids[point], float(amount), float(cost)])
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest
