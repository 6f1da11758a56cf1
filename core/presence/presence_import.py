# SPDX-License-Identifier: GPL-2.0-or-later
"""Importing presence rows: check each input row, plan an upsert, write it all or nothing.

Rejection reasons (the ``reason`` of ``OUTPUT_REJECTED``; several joined by
``"; "``): ``unknown premises``, ``unknown agency``, ``bad mode``,
``days out of range``, ``bad annual_visits``, ``duplicate``. A row is a
duplicate when an earlier row of the same input has the same
(premises_id, agency), whatever became of that earlier row.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Set, Tuple

from osgeo import gdal, ogr
from qgis.core import QgsProviderRegistry, QgsVectorLayer

from . import agencies as registry
from . import workspace as ws
from .edits import (
    VERSION_FIELD,
    ChangeSet,
    Key,
    PresenceError,
    apply_changes,
    plain,
    text_or_none,
    translate,
    workspace_path,
)

UNKNOWN_PREMISES = "unknown premises"
UNKNOWN_AGENCY = "unknown agency"
BAD_MODE = "bad mode"
DAYS_OUT_OF_RANGE = "days out of range"
BAD_VISITS = "bad annual_visits"
DUPLICATE = "duplicate"
INPUT_FIELDS = ("premises_id", "agency", "mode", "days_per_week", "annual_visits", "notes")
REQUIRED_FIELDS = ("premises_id", "agency", "mode")


@dataclass
class ImportPlan:
    """What an import will do."""

    inserts: List[Dict[str, Any]] = field(default_factory=list)
    updates: Dict[int, Dict[str, Any]] = field(default_factory=dict)
    rejected: List[Tuple[int, str]] = field(default_factory=list)  # (input row number from 0, reason)
    expired: Dict[str, dt.date] = field(default_factory=dict)  # accepted codes past valid_to


def _days(value) -> Tuple[Optional[float], bool]:
    value = plain(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None, False
    if math.isnan(number) or not 0 <= number <= ws.MAX_DAYS_PER_WEEK:
        return None, False
    return (int(number) if number.is_integer() else number), True


def _visits(value) -> Tuple[Optional[int], bool]:
    value = plain(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    try:
        number = float(str(value).strip())
    except ValueError:
        return None, False
    if math.isnan(number) or number < 0 or not number.is_integer():
        return None, False
    return int(number), True


def plan_import(rows: Iterable[Dict[str, Any]], premises_ids: Set[str], agencies: List[registry.Agency],
                existing: Dict[Key, int], has_notes: bool, today: Optional[dt.date] = None,
                versions: Optional[Dict[int, int]] = None) -> ImportPlan:
    """Check ``rows`` (dicts keyed by INPUT_FIELDS) against the premises ids, the registry and the
    existing (premises_id, agency) -> fid of the target.

    ``versions`` (fid -> row_version, from ``existing_keys`` on a database
    workspace) go with each update, so that the database refuses it when the
    row changed after it was read."""
    today = today or dt.date.today()
    by_code = {a.code: a for a in agencies}
    plan = ImportPlan()
    seen: Set[Key] = set()
    for number, row in enumerate(rows):
        reasons = []
        premises_id = text_or_none(row.get("premises_id"))
        code = registry.normalise_code(text_or_none(row.get("agency")))
        mode = (text_or_none(row.get("mode")) or "").lower()
        if premises_id is None or premises_id not in premises_ids:
            reasons.append(UNKNOWN_PREMISES)
        agency = by_code.get(code)
        if agency is None:
            reasons.append(UNKNOWN_AGENCY)
        if mode not in ws.MODES:
            reasons.append(BAD_MODE)
        days, days_ok = _days(row.get("days_per_week"))
        if not days_ok:
            reasons.append(DAYS_OUT_OF_RANGE)
        visits, visits_ok = _visits(row.get("annual_visits"))
        if not visits_ok:
            reasons.append(BAD_VISITS)
        key = (premises_id or "", code)
        if premises_id is not None and code:
            if key in seen:
                reasons.append(DUPLICATE)
            seen.add(key)
        if reasons:
            plan.rejected.append((number, "; ".join(reasons)))
            continue
        if agency is not None and agency.valid_to is not None and agency.valid_to < today:
            plan.expired[code] = agency.valid_to
        values: Dict[str, Any] = {"agency": code, "mode": mode, "days_per_week": days, "annual_visits": visits}
        if has_notes:
            values["notes"] = text_or_none(row.get("notes"))
        fid = existing.get(key)
        if fid is None:
            plan.inserts.append({"premises_id": premises_id, **values})
        elif versions and versions.get(fid) is not None:
            plan.updates[fid] = {**values, VERSION_FIELD: versions[fid]}
        else:
            plan.updates[fid] = values
    return plan


def read_rows(source, columns: Dict[str, str], cancelled=None, progress=None):
    """(features, rows of the INPUT_FIELDS found in ``columns`` (lower-case name -> field name)), or
    (None, None) when ``cancelled()`` says so."""
    total = max(source.featureCount(), 1)
    features, rows = [], []
    for number, feature in enumerate(source.getFeatures()):
        if cancelled is not None and cancelled():
            return None, None
        features.append(feature)
        rows.append({name: feature[columns[name]] for name in INPUT_FIELDS if name in columns})
        if progress is not None:
            progress(number / total)
    return features, rows


def existing_keys(layer: QgsVectorLayer, versions: Optional[Dict[int, int]] = None) -> Dict[Key, int]:
    """(premises_id, agency upper-case) -> fid of the target layer, edit buffer included.

    When ``versions`` is given and the layer has a row_version field (a
    database workspace), it receives fid -> the row_version read."""
    from qgis.core import QgsFeatureRequest

    has_version = versions is not None and layer.fields().indexOf(VERSION_FIELD) >= 0
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["premises_id", "agency"] + ([VERSION_FIELD] if has_version else []),
                                  layer.fields())
    result: Dict[Key, int] = {}
    for feature in layer.getFeatures(request):
        premises_id = text_or_none(feature["premises_id"])
        if premises_id is not None:
            result.setdefault((premises_id, registry.normalise_code(text_or_none(feature["agency"]))), feature.id())
            version = plain(feature[VERSION_FIELD]) if has_version else None
            if version is not None and versions is not None:
                versions[feature.id()] = int(version)
    return result


def write_plan(layer: QgsVectorLayer, plan: ImportPlan, description: str) -> str:
    """Write the plan to ``layer``, all or nothing. Returns how: ``"file"`` or ``"buffer"``.

    * A GeoPackage layer that is not being edited: one database transaction,
      then the layer is reloaded.
    * A layer in edit mode: one undoable edit command in its buffer; the user
      saves (or rolls back) the edits.
    * Any other layer: an edit session that is committed, or rolled back on failure.
    """
    path = workspace_path(layer)
    table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName") if path else None
    if path and table and not layer.isEditable():
        _write_transaction(path, table, plan)
        layer.dataProvider().reloadData()
        layer.reload()
        layer.triggerRepaint()
        return "file"
    in_edit = layer.isEditable()
    apply_changes(layer, ChangeSet(add=plan.inserts, change=plan.updates), description)
    if in_edit:
        return "buffer"
    if not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise PresenceError(
            translate("Presence", "Saving {} failed, nothing was imported: {}").format(layer.name(), errors))
    return "file"


def _set(feature, name: str, value) -> None:
    if value is None:
        feature.SetFieldNull(name)
    else:
        feature.SetField(name, value)


def _write_transaction(path: str, table: str, plan: ImportPlan) -> None:
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    ds = None
    try:
        gdal.ErrorReset()
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if ds is None:
            raise PresenceError(
                translate("Presence", "Could not open {} for writing: {}").format(path, ws.gdal_error()))
        layer = ds.GetLayerByName(table)
        if layer is None or ds.StartTransaction() != 0:
            raise PresenceError(
                translate("Presence", "Could not start writing to {} in {}: {}").format(table, path, ws.gdal_error()))
        try:
            for fid, values in plan.updates.items():
                feature = layer.GetFeature(fid)
                if feature is None:
                    raise PresenceError(
                        translate("Presence", "The presence row {} vanished from {}.").format(fid, table))
                for name, value in values.items():
                    _set(feature, name, value)
                if layer.SetFeature(feature) != 0:
                    raise PresenceError(
                        translate("Presence", "Could not update the presence row {}: {}").format(fid, ws.gdal_error()))
            for values in plan.inserts:
                feature = ogr.Feature(layer.GetLayerDefn())
                for name, value in values.items():
                    _set(feature, name, value)
                if layer.CreateFeature(feature) != 0:
                    raise PresenceError(translate("Presence", "Could not add a presence row ({}, {}): {}").format(
                        values["premises_id"], values["agency"], ws.gdal_error()))
            if ds.CommitTransaction() != 0:
                raise PresenceError(
                    translate("Presence", "Could not save the import into {}: {}").format(path, ws.gdal_error()))
        except Exception:
            ds.RollbackTransaction()
            raise
    finally:
        ds = None  # noqa: F841 - closes the file
        gdal.PopErrorHandler()
