# SPDX-License-Identifier: GPL-2.0-or-later
"""Agency presence: read, validate, diff and apply through a layer's edit buffer.

The dialogs never touch attribute indexes: they hold ``PresenceRecord``
objects (one per agency of one premises), ask ``validate`` for per-field
messages, and hand the wanted state to ``diff`` and ``apply_changes``. A
change set is applied as ONE edit command, so Ctrl+Z in QGIS undoes a whole
"Apply" or bulk edit. Editing is started when needed; committing is always
left to the user.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from typing import Any, Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorDataProvider,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..rules import nulls
from ..rules.cancel import check as check_cancelled
from . import agencies as registry
from . import workspace as ws

FIELDS = ("premises_id", "agency", "mode", "days_per_week", "annual_visits", "notes")
#: The version a database workspace keeps per row; sent back with every change
#: so that the database refuses a save based on a row someone changed since.
VERSION_FIELD = "row_version"
VALUE_FIELDS = ("mode", "days_per_week", "annual_visits", "notes")
Key = Tuple[str, str]  # (premises_id, agency code)


translate = QCoreApplication.translate  # translate("Presence", "literal"): pylupdate reads the call sites


class PresenceError(Exception):
    """An edit that could not be applied; the message says why."""


@dataclass
class PresenceRecord:
    """One agency's presence in one premises (``fid`` None: not yet in the layer)."""

    agency: str
    mode: Optional[str] = None
    days_per_week: Optional[float] = None
    annual_visits: Optional[int] = None
    notes: Optional[str] = None
    fid: Optional[int] = None
    row_version: Optional[int] = None  # as loaded from a database workspace; None elsewhere

    def values(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name in VALUE_FIELDS}


@dataclass
class ChangeSet:
    """Features to add (attribute dicts), attribute changes by fid, fids to delete."""

    add: List[Dict[str, Any]] = field(default_factory=list)
    change: Dict[int, Dict[str, Any]] = field(default_factory=dict)
    delete: List[int] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.add or self.change or self.delete)

    def __len__(self) -> int:
        return len(self.add) + len(self.change) + len(self.delete)


# -- values -------------------------------------------------------------------
plain = nulls.plain  # the one NULL rule (rules.nulls)
text_or_none = nulls.text


def number_or_none(value) -> Optional[float]:
    value = plain(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def _request(layer: QgsVectorLayer) -> Tuple[QgsFeatureRequest, List[int]]:
    """A request for the presence fields without geometry, and their indexes (-1: missing)."""
    fields = layer.fields()
    indexes = [fields.indexOf(name) for name in FIELDS + (VERSION_FIELD,)]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([i for i in indexes if i >= 0])
    return request, indexes


def _rows(layer: QgsVectorLayer, request: QgsFeatureRequest, indexes: List[int]):
    """(premises_id, PresenceRecord) of every feature of the request (attributes read by index: fast)."""
    for feature in layer.getFeatures(request):
        attributes = feature.attributes()
        premises_id, agency, mode, days, visits, notes, version = (
            plain(attributes[i]) if i >= 0 else None for i in indexes)
        yield text_or_none(premises_id), PresenceRecord(
            agency=registry.normalise_code(agency),
            mode=text_or_none(mode),
            days_per_week=number_or_none(days),
            annual_visits=None if visits is None else int(visits),
            notes=text_or_none(notes),
            fid=feature.id(),
            row_version=None if version is None else int(version),
        )


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _of_premises(premises_id: str) -> str:
    """The filter expression of the rows of one premises."""
    return f'"premises_id" = {_quote(str(premises_id))}'


def premises_exists(layer: QgsVectorLayer, premises_id: str) -> bool:
    """Whether the premises layer ``layer`` has ``premises_id``, edit buffer included."""
    request = QgsFeatureRequest().setFilterExpression(_of_premises(premises_id))
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["premises_id"], layer.fields()).setLimit(1)
    return any(True for _ in layer.getFeatures(request))


def read_presence(layer: QgsVectorLayer, premises_id: str) -> Dict[str, PresenceRecord]:
    """The presence rows of one premises by agency code, edit buffer included."""
    request, indexes = _request(layer)
    request.setFilterExpression(_of_premises(premises_id))
    result: Dict[str, PresenceRecord] = {}
    for _premises_id, record in _rows(layer, request, indexes):
        result.setdefault(record.agency, record)
    return result


def read_all(layer: QgsVectorLayer) -> Dict[Key, PresenceRecord]:
    """Every presence row by (premises_id, agency), edit buffer included.

    A workspace layer (GeoPackage or PostgreSQL) is read with one SQL query
    and the edit buffer laid over it (several times faster than feature
    iteration); any other layer through its features.
    """
    rows = _read_fast(layer)
    if rows is None:
        request, indexes = _request(layer)
        rows = _rows(layer, request, indexes)
    result: Dict[Key, PresenceRecord] = {}
    for premises_id, record in rows:
        if premises_id is not None:
            result.setdefault((premises_id, record.agency), record)
    return result


def _make(fid: int, values) -> Tuple[Optional[str], PresenceRecord]:
    """A row of plain Python values (FIELDS, then row_version or None) -> (premises_id, record)."""
    premises_id, agency, mode, days, visits, notes, version = values
    if premises_id is not None:
        premises_id = str(premises_id).strip() or None
    if days is not None:
        days = int(days) if float(days).is_integer() else float(days)
    return premises_id, PresenceRecord(
        agency=str(agency or "").strip().upper(), mode=(mode.strip() or None) if isinstance(mode, str) else mode,
        days_per_week=days, annual_visits=None if visits is None else int(visits),
        notes=(notes.strip() or None) if isinstance(notes, str) else notes, fid=fid,
        row_version=None if version is None else int(version))


def _sql_rows(layer: QgsVectorLayer, has_version: bool) -> Optional[Dict[int, List[Any]]]:
    """fid -> [FIELDS..., row_version] read with one query (GeoPackage or PostgreSQL), or None."""
    columns = ", ".join(f'"{name}"' for name in FIELDS + ((VERSION_FIELD,) if has_version else ()))
    if layer.providerType() == "postgres":
        return _postgres_rows(layer, columns, has_version)
    import sqlite3

    path = workspace_path(layer)
    table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName") if path else None
    if not table or layer.subsetString():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {fid: list(values) + ([] if has_version else [None]) for fid, *values in
                    connection.execute(f'SELECT rowid, {columns} FROM "{table}"')}
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _postgres_rows(layer: QgsVectorLayer, columns: str, has_version: bool) -> Optional[Dict[int, List[Any]]]:
    """The query of ``_sql_rows`` through psycopg2 (QGIS's own executeSql converts every value
    through QVariant, slower than iterating the features); None without psycopg2 or on any error."""
    try:
        import psycopg2  # shipped with QGIS (DB Manager) on Windows, macOS and Linux
    except ImportError:
        return None
    uri = QgsDataSourceUri(layer.source())  # connectionInfo(True) expands an authcfg into the credentials
    where = f" WHERE ({layer.subsetString()})" if layer.subsetString() else ""
    try:
        connection = psycopg2.connect(uri.connectionInfo(True))
        try:
            with connection.cursor() as cursor:
                cursor.execute(f'SELECT "{uri.keyColumn()}", {columns} FROM "{uri.schema()}"."{uri.table()}"{where}')
                rows = cursor.fetchall()
        finally:
            connection.close()
    except Exception:  # noqa: BLE001 - any failure: read through the features instead
        return None
    return {int(fid): list(values) + ([] if has_version else [None]) for fid, *values in rows}


def _read_fast(layer: QgsVectorLayer):
    """Rows from SQL plus the edit buffer, or None when that is not possible."""
    fields = layer.fields()
    indexes = [fields.indexOf(name) for name in FIELDS + (VERSION_FIELD,)]
    has_version = indexes[-1] >= 0
    buffer = layer.editBuffer()
    if min(indexes[:-1]) < 0 or (buffer is not None and (buffer.addedAttributes() or buffer.deletedAttributeIds())):
        return None
    rows = _sql_rows(layer, has_version)
    if rows is None:
        return None
    if buffer is not None:
        for fid in buffer.deletedFeatureIds():
            rows.pop(fid, None)
        for fid, changes in buffer.changedAttributeValues().items():
            row = rows.get(fid)
            if row is not None:
                for index, value in changes.items():
                    if index in indexes:
                        row[indexes.index(index)] = plain(value)
        for fid, feature in buffer.addedFeatures().items():
            attributes = feature.attributes()
            rows[fid] = [plain(attributes[i]) if i >= 0 else None for i in indexes]
    return [_make(fid, values) for fid, values in rows.items()]


# -- validation -----------------------------------------------------------------
def validate(record: PresenceRecord) -> Dict[str, str]:
    """Per-field messages for a present record; empty when it can be saved."""
    messages: Dict[str, str] = {}
    if record.mode not in ws.MODES:
        messages["mode"] = translate("Presence", "Choose a mode: staff, appointment or remote.")
    days = record.days_per_week
    if days is not None:
        if not isinstance(days, (int, float)) or math.isnan(days) or not 0 <= days <= ws.MAX_DAYS_PER_WEEK:
            messages["days_per_week"] = translate("Presence", "Days per week must be between 0 and 5.")
    visits = record.annual_visits
    if visits is not None and (not isinstance(visits, int) or visits < 0):
        messages["annual_visits"] = translate("Presence", "Annual visits must be a whole number, 0 or more.")
    return messages


# -- diff and apply -------------------------------------------------------------
def diff(premises_id: str, current: Dict[str, PresenceRecord],
         wanted: Dict[str, Optional[PresenceRecord]]) -> ChangeSet:
    """Changes turning ``current`` into ``wanted`` for the agencies named in ``wanted``.

    ``wanted[code]`` is the record to keep (present) or None (absent).
    Agencies not named in ``wanted`` are left alone.
    """
    changes = ChangeSet()
    for code, target in wanted.items():
        existing = current.get(code)
        if target is None:
            if existing is not None and existing.fid is not None:
                changes.delete.append(existing.fid)
            continue
        values = target.values()
        if existing is None or existing.fid is None:
            changes.add.append({"premises_id": str(premises_id), "agency": code, **values})
            continue
        changed = {name: value for name, value in values.items() if getattr(existing, name) != value}
        if changed:
            changes.change[existing.fid] = with_version(existing, changed)
    return changes


def with_version(existing: PresenceRecord, changed: Dict[str, Any]) -> Dict[str, Any]:
    """``changed`` plus the row version ``existing`` was loaded with (database workspaces)."""
    if existing.row_version is None:
        return changed
    return {**changed, VERSION_FIELD: existing.row_version}


def edit_block_reason(layer: Optional[QgsVectorLayer]) -> Optional[str]:
    """Why ``layer`` cannot be edited (a message for the user), or None."""
    if layer is None or not layer.isValid():
        return translate("Presence", "The agency presence layer is missing or invalid. Open a workspace first.")
    missing = [name for name in FIELDS if name != "notes" and layer.fields().indexOf(name) < 0]
    if missing:
        return translate("Presence", "The layer {} has no field(s) {}; it is not an agency presence layer.").format(
            layer.name(), ", ".join(missing))
    needed = (QgsVectorDataProvider.Capability.AddFeatures | QgsVectorDataProvider.Capability.DeleteFeatures
              | QgsVectorDataProvider.Capability.ChangeAttributeValues)
    provider = layer.dataProvider()
    if layer.readOnly() or provider is None or (provider.capabilities() & needed) != needed:
        return translate("Presence", "The layer {} is read-only (the file may be write-protected, or the layer is set "
                  "read-only in the project). Presence can be viewed but not edited.").format(layer.name())
    return None


def apply_changes(layer: QgsVectorLayer, changes: ChangeSet, description: str) -> None:
    """Apply ``changes`` to the edit buffer of ``layer`` as one undoable command.

    Starts editing when the layer is not in edit mode; never commits. Raises
    ``PresenceError`` (and leaves the buffer as it was) on failure.
    """
    if changes.is_empty():
        return
    reason = edit_block_reason(layer)
    if reason:
        raise PresenceError(reason)
    wanted_fids = set(changes.change) | set(changes.delete)
    if wanted_fids:
        found = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterFids(list(wanted_fids))
                                                  .setFlags(QgsFeatureRequest.Flag.NoGeometry)
                                                  .setNoAttributes())}
        if found != wanted_fids:
            raise PresenceError(translate("Presence", "Presence rows {} of {} no longer exist (deleted elsewhere?); "
                                   "nothing was changed.").format(
                ", ".join(str(f) for f in sorted(wanted_fids - found)), layer.name()))
    started = False
    if not layer.isEditable():
        if not layer.startEditing():
            raise PresenceError(translate("Presence", "Could not start editing the layer {}.").format(layer.name()))
        started = True
    fields = layer.fields()
    layer.beginEditCommand(description)
    try:
        if changes.delete and not layer.deleteFeatures(list(changes.delete)):
            raise PresenceError(translate("Presence", "Could not delete presence rows from {}.").format(layer.name()))
        for fid, values in changes.change.items():
            attributes = {fields.indexOf(name): value for name, value in values.items()}
            if not layer.changeAttributeValues(fid, attributes):
                raise PresenceError(
                    translate("Presence", "Could not change the presence row {} of {}.").format(fid, layer.name()))
        if changes.add:
            features = []
            for values in changes.add:
                feature = QgsFeature(fields)
                for name, value in values.items():
                    if fields.indexOf(name) >= 0:
                        feature.setAttribute(name, value)
                features.append(feature)
            if not layer.addFeatures(features):
                raise PresenceError(translate("Presence", "Could not add presence rows to {}.").format(layer.name()))
    except Exception:
        layer.destroyEditCommand()
        if started:
            layer.rollBack()
        raise
    layer.endEditCommand()


def cell_changes(current: Dict[Key, PresenceRecord], keys: Iterable[Key], mode: Optional[str],
                 days_per_week: Optional[float] = None) -> ChangeSet:
    """Set (``mode`` given) or clear (``mode`` None) many (premises_id, agency) cells."""
    changes = ChangeSet()
    for premises_id, code in dict.fromkeys(keys):
        existing = current.get((premises_id, code))
        if mode is None:
            if existing is not None and existing.fid is not None:
                changes.delete.append(existing.fid)
        elif existing is None or existing.fid is None:
            changes.add.append({"premises_id": premises_id, "agency": code, "mode": mode,
                                "days_per_week": days_per_week})
        else:
            wanted = replace(existing, mode=mode, days_per_week=days_per_week)
            changed = {n: v for n, v in wanted.values().items() if getattr(existing, n) != v}
            if changed:
                changes.change[existing.fid] = with_version(existing, changed)
    return changes


# -- layers of a workspace --------------------------------------------------------
def workspace_path(layer: Optional[QgsVectorLayer]) -> Optional[str]:
    """The GeoPackage file of an OGR layer, or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    return path if path.lower().endswith(".gpkg") else None


def workspace_key(layer: Optional[QgsVectorLayer]) -> Optional[Tuple[str, ...]]:
    """What identifies ``layer``'s workspace: its GeoPackage file, or its database connection and schema."""
    path = workspace_path(layer)
    if path is not None:
        return ("ogr", path)
    if layer is not None and layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        return ("postgres", uri.connectionInfo(False), uri.schema())
    return None


def table_name(layer: QgsVectorLayer) -> Optional[str]:
    """The workspace table ``layer`` reads (its GeoPackage layer or database table), None when unknown."""
    if layer.providerType() == "postgres":
        return QgsDataSourceUri(layer.source()).table()
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName")


def sibling_layer(layer: Optional[QgsVectorLayer], table: str,
                  project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
    """The layer ``table`` of the same workspace as ``layer``: a project layer if loaded, else opened."""
    key = workspace_key(layer)
    if key is None:
        return None
    project = project or QgsProject.instance()
    for candidate in project.mapLayers().values():
        if isinstance(candidate, QgsVectorLayer) and workspace_key(candidate) == key and \
                table_name(candidate) == table:
            return candidate
    if key[0] == "postgres" and layer is not None:
        uri = QgsDataSourceUri(layer.source())
        uri.setDataSource(uri.schema(), table, "geom" if table == ws.PREMISES else None, "", "fid")
        opened = QgsVectorLayer(uri.uri(False), table, "postgres")
    else:
        opened = QgsVectorLayer(ws.layer_uri(key[1], table), table, "ogr")
    return opened if opened.isValid() else None


def registry_for(layer: Optional[QgsVectorLayer], project: Optional[QgsProject] = None) -> List[registry.Agency]:
    """The agency registry of ``layer``'s workspace; else a project layer ``agencies``; else the seed."""
    agencies_layer = sibling_layer(layer, ws.AGENCIES, project)
    if agencies_layer is None:
        project = project or QgsProject.instance()
        named = [lyr for lyr in project.mapLayersByName(ws.AGENCIES) if isinstance(lyr, QgsVectorLayer)]
        agencies_layer = named[0] if named else None
    if agencies_layer is not None and agencies_layer.fields().indexOf("code") >= 0:
        return registry.from_layer(agencies_layer)
    return registry.read_seed()


def find_layer(name: str, project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
    """The first vector layer of the project called ``name``."""
    project = project or QgsProject.instance()
    layers = [lyr for lyr in project.mapLayersByName(name) if isinstance(lyr, QgsVectorLayer)]
    return layers[0] if layers else None


def matrix_codes(agencies: List[registry.Agency], codes_in_data: Iterable[str],
                 day: Optional[dt.date] = None) -> List[str]:
    """Matrix columns: the registry codes valid on ``day`` (registry order), then any other code found."""
    columns = [a.code for a in registry.valid_on(agencies, day)]
    known = set(columns)
    return columns + sorted({c for c in codes_in_data if c and c not in known})


def modes_by_premises(source, cancelled=None) -> Dict[str, Dict[str, Optional[str]]]:
    """premises_id -> agency code -> mode, from a presence table (the first row of a pair wins)."""
    modes: Dict[str, Dict[str, Optional[str]]] = {}
    for feature in source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
        check_cancelled(cancelled)
        premises_id = text_or_none(feature["premises_id"])
        code = registry.normalise_code(text_or_none(feature["agency"]))
        if premises_id and code:
            modes.setdefault(premises_id, {}).setdefault(code, text_or_none(feature["mode"]))
    return modes
