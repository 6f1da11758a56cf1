# SPDX-License-Identifier: GPL-2.0-or-later
"""The QGIS side of ``preparenetwork``: OSM files, fields, rules per link, EXCLUDE, writing the links."""
from __future__ import annotations

import datetime
import os

import numpy as np
import shapely
from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.compat import FieldType
from ..core.network import osm_rules as osm
from ..core.network import pieces as rpp
from ..core.network import prepare as rp
from ..core.report.network_report import Summary, write_report
from ..core.rules import nulls
from ..core.rules.cancel import Cancelled
from . import prepare_gpkg as gpkg_out
from .costparams import fast_read_layer

OSM_SUFFIXES = (".osm.pbf", ".pbf", ".osm")
ADDED_FIELDS = ("speed_kmh", "direction", "minutes", "source")
BATCH = 20000
_translate = QCoreApplication.translate


def _osm_path(value) -> str:
    if isinstance(value, str) and "|" not in value and value.lower().endswith(OSM_SUFFIXES):
        return value
    return ""


def osm_lines_parameters(parameters: dict, name: str) -> dict:
    """The parameters with an OpenStreetMap file path in ``name`` pointed at its ``lines`` layer."""
    path = _osm_path(parameters.get(name))
    if not path:
        return parameters
    return dict(parameters, **{name: path + "|layername=lines"})


def osm_file_problem(alg, parameters, name) -> str:
    """What is wrong with the OpenStreetMap file given as ``name`` ('' when fine or not a file path)."""
    path = _osm_path(parameters.get(name))
    if not path:
        return ""
    if not os.path.isfile(path):
        return _translate("PrepareNetwork", "The OpenStreetMap file {} does not exist.").format(path)
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = ogr.Open(path)
        ok = ds is not None and ds.GetDriver().GetName() == "OSM" and ds.GetLayerByName("lines") is not None
    except RuntimeError:  # GDAL's Python exceptions on (QGIS 3.36 and newer turn them on)
        ds, ok = None, False
    finally:
        gdal.PopErrorHandler()
    ds = None  # noqa: F841
    if ok:
        return ""
    return _translate("PrepareNetwork", "The OpenStreetMap file {} cannot be read (GDAL's OSM driver found no "
                      "lines layer in it): give an .osm.pbf or .osm file.").format(path)


def unreadable_message(alg, parameters, name) -> str:
    value = parameters.get(name)
    if isinstance(value, str) and value.endswith("|layername=lines"):
        problem = osm_file_problem(alg, {name: value[:-len("|layername=lines")]}, name)
        if problem:
            return problem
    return alg.invalidSourceError(parameters, name)


def copied_fields(fields: QgsFields) -> QgsFields:
    """The input fields the output keeps: all but the GeoPackage fid and the four fields it adds."""
    out = QgsFields()
    for i in range(fields.count()):
        name = fields.at(i).name().lower()
        if name != "fid" and name not in ADDED_FIELDS:
            out.append(fields.at(i))
    return out


def fast_layer(alg, parameters, name, context):
    return fast_read_layer(alg, parameters, name, context)


def _column(lines, wanted: str):
    for name, values in lines.attributes.items():
        if name.lower() == wanted.lower():
            return values
    return None


def link_rules(alg, schema, lines, parameters, context, feedback) -> rp.LinkRules:
    """The schema's rules per line part."""
    n = len(lines.fids)
    if schema == rp.SCHEMA_OSM:
        tags = osm.extract_tags(_column(lines, "other_tags") if _column(lines, "other_tags") is not None
                                else np.full(n, None, dtype=object), osm.TAG_KEYS)
        columns = {key: _column(lines, key) for key in osm.TAG_KEYS if _column(lines, key) is not None}
        rules = rp.osm_rules(osm.merge_columns(tags, columns), n)
    elif schema == rp.SCHEMA_DIGIROAD:
        names = rp.digiroad_fields(lines.attributes.keys())
        rules = rp.digiroad_rules(lines.attributes[names["functional_class"]], lines.attributes[names["link_type"]],
                                  lines.attributes[names["ajosuunta"]])
        if rules.unknown_directions:
            feedback.pushWarning(_translate(
                "PrepareNetwork", "{} links have a NULL or unknown ajosuunta; they are driven both ways."
            ).format(rules.unknown_directions))
    else:
        rules = _generic_rules(alg, lines, parameters, context, feedback, n)
    return rules.subset(lines.feature_index)


def _generic_rules(alg, lines, parameters, context, feedback, n) -> rp.LinkRules:
    from ..core.network.graph import parse_direction_values

    speed_field = alg.parameterAsString(parameters, alg.SPEED_FIELD, context)
    direction_field = alg.parameterAsString(parameters, alg.DIRECTION_FIELD, context)
    speeds = directions = None
    if speed_field:
        try:
            speeds = nulls.numeric_values(lines.attributes[speed_field])
        except ValueError:
            raise QgsProcessingException(_translate("PrepareNetwork",
                "The SPEED_FIELD {} has a value that is not a number.").format(speed_field)) from None
    if direction_field:
        directions, unknown = parse_direction_values(lines.attributes[direction_field], return_unknown=True)
        if unknown:
            feedback.pushWarning(_translate(
                "PrepareNetwork", "{} links have an unknown value in {}; they are driven both ways."
            ).format(unknown, direction_field))
    return rp.generic_rules(n, speeds, directions)


def excluded_rows(alg, parameters, context, source, lines) -> np.ndarray:
    """Per feature row of ``lines``: True where the EXCLUDE expression holds."""
    text = (alg.parameterAsString(parameters, alg.EXCLUDE, context) or "").strip()
    out = np.zeros(len(lines.fids), dtype=bool)
    if not text:
        return out
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise QgsProcessingException(_translate("PrepareNetwork", "The EXCLUDE expression is invalid: {}").format(
            expression.parserErrorString()))
    request = QgsFeatureRequest().setFilterExpression(text)
    request.setExpressionContext(alg.createExpressionContext(parameters, context, source))
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    fids = np.fromiter((f.id() for f in source.getFeatures(request)), dtype=np.int64)
    return np.isin(lines.fids, fids)


def table_rows(table):
    """(class, speed) rows of a speed table; KeyError when a column is missing."""
    names = {name.lower(): name for name in table.fields().names()}
    klass, speed = names["class"], names["speed_kmh"]
    return [(f[klass], f[speed]) for f in table.getFeatures()]


def write_links(alg, outputs, feedback, fields, crs, lines, pieces, values, context=None):
    """Write the pieces with the input attributes and (speed_kmh, direction, minutes, source).

    A plain .gpkg destination is written at array speed (GDAL makes the table,
    sqlite3 takes the rows); any other destination through a Processing sink.
    """
    speed, direction, minutes, source = values
    out_fields = QgsFields(fields)
    for name, kind in zip(ADDED_FIELDS, (FieldType.Double, FieldType.Int, FieldType.Double, FieldType.String)):
        out_fields.append(QgsField(name, kind))
    coords, offsets = rpp.piece_coords(lines.coords, lines.offsets, pieces)
    row = lines.feature_index[pieces.link]
    columns = [_python_values(lines.attributes[name][row]) for name in fields.names()]
    columns += [speed.tolist(), direction.astype(int).tolist(), minutes.tolist(), rp.source_names(source).tolist()]
    if feedback.isCanceled():
        raise Cancelled()
    stored = _gpkg_values(columns)
    path = temporary = None
    if context is not None and _plain(stored):
        path = outputs.own_file(alg.OUTPUT, ".gpkg")
        if path is None:
            path = temporary = outputs.own_temporary_file(alg.OUTPUT, "prepared_network.gpkg")
    if path:
        feedback.setProgress(50.0)
        dest_id = gpkg_out.write(context, out_fields, crs, coords, offsets, stored, path)
        if feedback.isCanceled():
            raise Cancelled()
        if temporary:
            dest_id = outputs.temporary_layer(path, alg.parameterDefinition(alg.OUTPUT).description())
        gpkg_out.load_on_completion(alg, context, dest_id, outputs.parameters.get(alg.OUTPUT))
        return dest_id
    return _write_sink(alg, outputs, feedback, out_fields, crs, coords, offsets, columns)


def _gpkg_values(columns) -> list:
    """The columns with dates and date-times as GeoPackage stores them (ISO 8601 text, times in UTC)."""
    out = []
    for column in columns:
        kinds = set(map(type, column[:1000])) - {type(None)}
        if kinds and kinds <= {datetime.date}:
            column = [None if v is None else v.isoformat() for v in column]
        elif kinds and kinds <= {datetime.datetime}:
            column = [None if v is None else v.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" for v in column]
        out.append(column)
    return out


def _plain(columns) -> bool:
    """Only values sqlite3 takes as they are (the GDAL reading path gives these)."""
    kinds = set()
    for column in columns:
        kinds.update(map(type, column[:1000]))
    return kinds <= {str, int, float, bool, bytes, type(None)}


def _write_sink(alg, outputs, feedback, out_fields, crs, coords, offsets, columns):
    sink, dest_id = outputs.sink(alg.OUTPUT, out_fields, QgsWkbTypes.Type.LineString, crs)
    n = len(offsets) - 1
    wkb = shapely.to_wkb(shapely.linestrings(coords, indices=np.repeat(np.arange(n), np.diff(offsets))))
    total = max(1, n)
    for begin in range(0, n, BATCH):
        if feedback.isCanceled():
            raise Cancelled()
        batch = []
        for blob, attributes in zip(wkb[begin:begin + BATCH].tolist(), zip(*(c[begin:begin + BATCH] for c in columns))):
            feature = QgsFeature(out_fields)
            geometry = QgsGeometry()
            geometry.fromWkb(blob)
            feature.setGeometry(geometry)
            feature.setAttributes(list(attributes))
            batch.append(feature)
        if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(_translate(
                "PrepareNetwork", "Could not write the prepared network: {}"
            ).format(sink.lastError() if hasattr(sink, "lastError") else ""))
        feedback.setProgress(100.0 * (begin + len(batch)) / total)
    return dest_id


def _python_values(values: np.ndarray) -> list:
    if values.dtype.kind == "f":
        out = values.astype(object)
        out[np.isnan(values)] = None
        return out.tolist()
    return values.tolist()


def speed_limit_pieces(alg, parameters, context, feedback, lines, rules, crs) -> rpp.Pieces:
    """The links cut where SPEED_LIMITS change along them (whole links without SPEED_LIMITS)."""
    lengths = rpp.part_lengths(lines.coords, lines.offsets)
    if not parameters.get(alg.SPEED_LIMITS):
        return rpp.whole_links(lengths)
    from .prepare_limits import overlay_limits

    return overlay_limits(alg, parameters, context, feedback, lines, rules, crs, lengths)


__all__ = ["osm_lines_parameters", "unreadable_message", "copied_fields", "link_rules", "excluded_rows",
           "table_rows", "write_links", "speed_limit_pieces", "Summary", "write_report"]
