# SPDX-License-Identifier: GPL-2.0-or-later
"""Importing premises from any layer into a workspace: field mapping, validation, all-or-nothing upsert.

The plan (``plan_import``) is made first, without touching the workspace: every
source feature becomes an insert, an update (same ``premises_id`` as an existing
premises) or a rejection with a reason. ``apply_import`` then writes the whole
plan in one SQLite transaction through OGR; any failure rolls everything back.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from osgeo import ogr
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from ..rules.nulls import is_null
from ..rules.nulls import text as text_id
from . import workspace as ws

translate = QCoreApplication.translate
ID_FIELD = "premises_id"
FIELD_TYPES = {name: (kind, subtype, width) for name, kind, subtype, width, _nn, _u in ws.PREMISES_FIELDS}
TRUE_WORDS = {"1", "true", "t", "yes", "y", "kyllä", "k", "ja", "x"}
FALSE_WORDS = {"0", "false", "f", "no", "n", "ei", "e", "nej", ""}


class ImportError_(Exception):  # noqa: N801, N818 - not the builtin ImportError
    """The import cannot be done; nothing was written."""


@dataclass
class Row:
    source_fid: int
    premises_id: str
    values: Dict[str, object]  # premises field -> converted value (only mapped fields)
    x: float = 0.0
    y: float = 0.0


@dataclass
class Plan:
    inserts: List[Row] = field(default_factory=list)
    updates: List[Row] = field(default_factory=list)
    rejects: List[Tuple[int, Optional[str], str]] = field(default_factory=list)  # source fid, id, reason


def parse_field_map(value, source_fields: Iterable[str]) -> Dict[str, str]:
    """{premises field: source field} from ``"premises_id=pid; name=nimi"`` (or a dict).

    Empty: the source fields whose names are premises fields map onto them.
    """
    source_fields = list(source_fields)
    targets = [name for name, *_rest in ws.PREMISES_FIELDS]
    if isinstance(value, dict):
        mapping = {str(k).strip(): str(v).strip() for k, v in value.items() if v not in (None, "")}
    else:
        mapping = {}
        for item in re.split(r"[;\n,]", value or ""):
            if not item.strip():
                continue
            if "=" not in item and ":" not in item:
                raise ImportError_(translate(
                    "PremisesImport", "Cannot read '{item}' in the field map: write premises_field=source_field, "
                    "separated by semicolons, e.g. premises_id=id; name=nimi.").format(item=item.strip()))
            target, source = re.split(r"[=:]", item, maxsplit=1)
            mapping[target.strip()] = source.strip()
    if not mapping:
        mapping = {name: name for name in targets if name in source_fields}
    unknown = [t for t in mapping if t not in targets]
    if unknown:
        raise ImportError_(translate(
            "PremisesImport", "The field map names {unknown}, which are not premises fields. The premises fields "
            "are: {fields}.").format(unknown=", ".join(unknown), fields=", ".join(targets)))
    missing = [s for s in mapping.values() if s not in source_fields]
    if missing:
        raise ImportError_(translate(
            "PremisesImport", "The input layer has no field(s) {missing}. Its fields are: {fields}.").format(
            missing=", ".join(missing), fields=", ".join(source_fields)))
    if ID_FIELD not in mapping:
        raise ImportError_(translate(
            "PremisesImport", "Map a source field to premises_id (e.g. premises_id=id): it identifies each "
            "premises and decides between adding and updating."))
    return mapping


def convert(name: str, value):
    """``value`` converted for the premises field ``name``; raises ValueError with a reason."""
    if is_null(value) or (isinstance(value, str) and not value.strip()):
        return None
    kind, subtype, width = FIELD_TYPES[name]
    if kind == ogr.OFTString:
        text = text_id(value) or ""  # not empty: checked above
        if name == "municipality_code":
            if text.isdigit() and len(text) <= 3:
                text = text.zfill(3)
            if not (len(text) == 3 and text.isdigit()):
                raise ValueError(translate("PremisesImport", "municipality_code '{value}' is not a three-digit "
                                           "municipality code").format(value=text))
        return text
    if kind == ogr.OFTReal:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        try:
            return float(str(value).replace("\u00a0", "").replace(" ", "").replace(",", "."))
        except ValueError:
            raise ValueError(translate("PremisesImport", "{field}: '{value}' is not a number").format(
                field=name, value=value)) from None
    if kind == ogr.OFTDate:
        return _date(name, value)
    if subtype == ogr.OFSTBoolean:
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(translate("PremisesImport", "{field}: '{value}' is not yes/no").format(
            field=name, value=value))
    return value


def _date(name, value) -> dt.date:
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        if value.isValid():
            return dt.date(value.year(), value.month(), value.day())
    elif isinstance(value, dt.datetime):
        return value.date()
    elif isinstance(value, dt.date):
        return value
    else:
        text = str(value).strip()
        for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ"):
            try:
                return dt.datetime.strptime(text[:19] if "T" in text else text, pattern).date()
            except ValueError:
                continue
    raise ValueError(translate("PremisesImport", "{field}: '{value}' is not a date (use YYYY-MM-DD)").format(
        field=name, value=value))


def plan_import(features, mapping: Dict[str, str], existing_ids: Iterable[str]) -> Plan:
    """Decide insert/update/reject for ``features``: iterable of (source fid, {field: value}, (x, y) or None)."""
    existing = set(existing_ids)
    candidates: Dict[str, List[Row]] = {}
    plan = Plan()
    reason_no_id = translate("PremisesImport", "no id")
    reason_no_geometry = translate("PremisesImport", "no geometry")
    reason_duplicate = translate("PremisesImport", "duplicate id within the input")
    for fid, attributes, point in features:
        premises_id = text_id(attributes.get(mapping[ID_FIELD]))
        if premises_id is None:
            plan.rejects.append((fid, None, reason_no_id))
            continue
        if point is None:
            plan.rejects.append((fid, premises_id, reason_no_geometry))
            continue
        values = {}
        problems = []
        for target, source in mapping.items():
            if target == ID_FIELD:
                continue
            try:
                values[target] = convert(target, attributes.get(source))
            except ValueError as error:
                problems.append(str(error))
        if problems:
            plan.rejects.append((fid, premises_id, "; ".join(problems)))
            continue
        candidates.setdefault(premises_id, []).append(Row(fid, premises_id, values, point[0], point[1]))
    for premises_id, rows in candidates.items():
        if len(rows) > 1:
            plan.rejects.extend((row.source_fid, premises_id, reason_duplicate) for row in rows)
        elif premises_id in existing:
            plan.updates.append(rows[0])
        else:
            plan.inserts.append(rows[0])
    plan.rejects.sort(key=lambda r: r[0])
    return plan


def existing_ids(path: str) -> Dict[str, int]:
    """{premises_id: fid} of the workspace's premises."""
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(ws.PREMISES)
    layer.SetAttributeFilter(None)
    ids = {feature.GetField(ID_FIELD): feature.GetFID() for feature in layer}
    layer = ds = None  # noqa: F841
    return ids


def _set(feature, name, value):
    if value is None:
        feature.SetFieldNull(name)
    elif isinstance(value, dt.date):
        feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
    elif isinstance(value, bool):
        feature.SetField(name, int(value))
    else:
        feature.SetField(name, value)


def apply_import(path: str, plan: Plan, feedback=None) -> None:
    """Write ``plan`` into the workspace at ``path`` in one transaction (all or nothing)."""
    ds = ogr.Open(path, 1)
    if ds is None:
        raise ImportError_(translate("PremisesImport", "Cannot open the workspace {path} for writing.").format(
            path=path))
    layer = ds.GetLayerByName(ws.PREMISES)
    fids = existing_ids(path)
    used = ogr.GetUseExceptions()
    ogr.UseExceptions()
    ds.StartTransaction()
    try:
        for row in plan.updates:
            feature = layer.GetFeature(fids[row.premises_id])
            for name, value in row.values.items():
                _set(feature, name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({row.x!r} {row.y!r})"))
            layer.SetFeature(feature)
        for index, row in enumerate(plan.inserts):
            if feedback is not None and feedback.isCanceled():
                raise ImportError_(translate("PremisesImport", "Cancelled: nothing was written."))
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField(ID_FIELD, row.premises_id)
            for name, value in row.values.items():
                _set(feature, name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({row.x!r} {row.y!r})"))
            layer.CreateFeature(feature)
            if feedback is not None and index % 1000 == 0:
                feedback.setProgress(50 + 50 * index / max(1, len(plan.inserts)))
        ds.CommitTransaction()
    except Exception as error:
        ds.RollbackTransaction()
        if isinstance(error, ImportError_):
            raise
        raise ImportError_(translate(
            "PremisesImport", "Writing into the workspace failed, so nothing was imported: {error}").format(
            error=error)) from error
    finally:
        if not used:
            ogr.DontUseExceptions()
        layer = None
        ds = None  # noqa: F841
