# SPDX-License-Identifier: GPL-2.0-or-later
"""The GeoPackage workspace: schema, creation and validation.

A workspace is a GeoPackage holding one planning project:

* ``premises`` (Point, EPSG:3067): the premises that host or could host a
  shared customer service point,
* ``agency_presence`` (no geometry): which agency serves in which premises
  and how; unique (premises_id, agency),
* ``agencies``: the agency registry, seeded from ``resources/agencies.csv``,
* ``palveluverkko_meta``: key/value metadata with the schema version.

Integrity rules that no editor may break (modes, day ranges, uniqueness)
are enforced in the database itself with unique indexes and triggers, so
an edit that breaks them fails on commit with a clear message instead of
corrupting the workspace.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from typing import Dict, Optional

from osgeo import ogr, osr

from . import agencies as agency_registry

SCHEMA_VERSION = 1
META_TABLE = "palveluverkko_meta"
PREMISES = "premises"
PRESENCE = "agency_presence"
AGENCIES = "agencies"
LAYERS = (PREMISES, PRESENCE, AGENCIES, META_TABLE)
CRS_EPSG = 3067
MODES = ("staff", "appointment", "remote")
MAX_DAYS_PER_WEEK = 5

# (name, OGR type, subtype, width, not null, unique)
PREMISES_FIELDS = (
    ("premises_id", ogr.OFTString, ogr.OFSTNone, 0, True, True),
    ("name", ogr.OFTString, ogr.OFSTNone, 0, False, False),
    ("address", ogr.OFTString, ogr.OFSTNone, 0, False, False),
    ("municipality_code", ogr.OFTString, ogr.OFSTNone, 3, False, False),
    ("owner", ogr.OFTString, ogr.OFSTNone, 0, False, False),
    ("floor_area_m2", ogr.OFTReal, ogr.OFSTNone, 0, False, False),
    ("annual_cost_eur", ogr.OFTReal, ogr.OFSTNone, 0, False, False),
    ("lease_end", ogr.OFTDate, ogr.OFSTNone, 0, False, False),
    ("accessible", ogr.OFTInteger, ogr.OFSTBoolean, 0, False, False),
    ("is_candidate", ogr.OFTInteger, ogr.OFSTBoolean, 0, False, False),
    ("is_fixed", ogr.OFTInteger, ogr.OFSTBoolean, 0, False, False),
    ("notes", ogr.OFTString, ogr.OFSTNone, 0, False, False),
)
PRESENCE_FIELDS = (
    ("premises_id", ogr.OFTString, ogr.OFSTNone, 0, True, False),
    ("agency", ogr.OFTString, ogr.OFSTNone, 0, True, False),
    ("mode", ogr.OFTString, ogr.OFSTNone, 0, True, False),
    ("days_per_week", ogr.OFTReal, ogr.OFSTNone, 0, False, False),
    ("annual_visits", ogr.OFTInteger, ogr.OFSTNone, 0, False, False),
    ("notes", ogr.OFTString, ogr.OFSTNone, 0, False, False),
)
AGENCY_FIELDS = (
    ("code", ogr.OFTString, ogr.OFSTNone, 0, True, True),
    ("name_fi", ogr.OFTString, ogr.OFSTNone, 0, False, False),
    ("name_sv", ogr.OFTString, ogr.OFSTNone, 0, False, False),
    ("name_en", ogr.OFTString, ogr.OFSTNone, 0, False, False),
    ("valid_from", ogr.OFTDate, ogr.OFSTNone, 0, False, False),
    ("valid_to", ogr.OFTDate, ogr.OFSTNone, 0, False, False),
)
META_FIELDS = (
    ("key", ogr.OFTString, ogr.OFSTNone, 0, True, True),
    ("value", ogr.OFTString, ogr.OFSTNone, 0, False, False),
)

_PRESENCE_CHECKS = (
    ("mode", "NEW.mode IS NULL OR NEW.mode NOT IN ('staff', 'appointment', 'remote')",
     "agency_presence.mode must be one of staff, appointment, remote"),
    ("days", "NEW.days_per_week IS NOT NULL AND (NEW.days_per_week < 0 OR NEW.days_per_week > 5)",
     "agency_presence.days_per_week must be between 0 and 5"),
    ("visits", "NEW.annual_visits IS NOT NULL AND NEW.annual_visits < 0",
     "agency_presence.annual_visits must be 0 or more"),
)


class WorkspaceError(Exception):
    """A GeoPackage that cannot be used as a workspace; the message says why and what to do."""


@dataclass(frozen=True)
class WorkspaceInfo:
    """What ``check_workspace`` found."""

    path: str
    schema_version: int
    created: str


def layer_uri(path: str, layer: str) -> str:
    """The OGR provider URI of a workspace layer."""
    return f"{path}|layername={layer}"


def create_workspace(path: str, overwrite: bool = False) -> WorkspaceInfo:
    """Create a new, empty workspace at ``path`` with the seeded agency registry.

    The file is built under a temporary name and moved into place only when
    complete, so a failure never leaves a half-written workspace.
    """
    path = os.path.abspath(path)
    if os.path.exists(path) and not overwrite:
        raise WorkspaceError(
            f"The file {path} already exists. Choose another file name, or allow overwriting it."
        )
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise WorkspaceError(f"The folder {folder} does not exist. Create it first or choose another location.")
    temp = os.path.splitext(path)[0] + ".partial.gpkg"
    if os.path.exists(temp):
        os.remove(temp)
    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    try:
        _build(temp, created)
        os.replace(temp, path)
    except Exception:
        if os.path.exists(temp):
            os.remove(temp)
        raise
    return WorkspaceInfo(path=path, schema_version=SCHEMA_VERSION, created=created)


def _build(path: str, created: str) -> None:
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    if ds is None:
        raise WorkspaceError(f"Could not create the GeoPackage {path}: {gdal_error()}")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    _create_layer(ds, PREMISES, ogr.wkbPoint, srs, PREMISES_FIELDS)
    _create_layer(ds, PRESENCE, ogr.wkbNone, None, PRESENCE_FIELDS)
    agencies = _create_layer(ds, AGENCIES, ogr.wkbNone, None, AGENCY_FIELDS)
    meta = _create_layer(ds, META_TABLE, ogr.wkbNone, None, META_FIELDS)
    for agency in agency_registry.read_seed():
        feature = ogr.Feature(agencies.GetLayerDefn())
        for name in ("code", "name_fi", "name_sv", "name_en"):
            feature.SetField(name, getattr(agency, name))
        for name in ("valid_from", "valid_to"):
            value = getattr(agency, name)
            if value is not None:
                feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
        agencies.CreateFeature(feature)
    for key, value in (("schema_version", str(SCHEMA_VERSION)), ("application", "palveluverkko"),
                       ("created", created)):
        feature = ogr.Feature(meta.GetLayerDefn())
        feature.SetField("key", key)
        feature.SetField("value", value)
        meta.CreateFeature(feature)
    ds.ExecuteSQL(f"CREATE UNIQUE INDEX idx_{PRESENCE}_premises_agency ON {PRESENCE} (premises_id, agency)")
    for suffix, condition, message in _PRESENCE_CHECKS:
        for event in ("INSERT", "UPDATE"):
            ds.ExecuteSQL(
                f"CREATE TRIGGER trg_{PRESENCE}_{suffix}_{event.lower()} BEFORE {event} ON {PRESENCE} "
                f"FOR EACH ROW WHEN {condition} BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    ds.FlushCache()
    ds = None  # noqa: F841 - closes the file


def _create_layer(ds, name, geometry_type, srs, fields):
    options = ["FID=fid"]
    if geometry_type != ogr.wkbNone:
        options.append("GEOMETRY_NAME=geom")
    layer = ds.CreateLayer(name, srs, geometry_type, options=options)
    if layer is None:
        raise WorkspaceError(f"Could not create the table {name}: {gdal_error()}")
    for field_name, field_type, subtype, width, not_null, unique in fields:
        definition = ogr.FieldDefn(field_name, field_type)
        definition.SetSubType(subtype)
        if width:
            definition.SetWidth(width)
        definition.SetNullable(not not_null)
        if unique:
            definition.SetUnique(True)
        layer.CreateField(definition)
    return layer


def gdal_error() -> str:
    from osgeo import gdal

    return gdal.GetLastErrorMsg() or "unknown GDAL error"


def check_workspace(path: str) -> WorkspaceInfo:
    """Check that ``path`` is a workspace this version can open; raise WorkspaceError if not."""
    if not os.path.isfile(path):
        raise WorkspaceError(f"The workspace file {path} does not exist.")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
            meta: Dict[str, Optional[str]] = {}
            if META_TABLE in tables:
                meta = dict(connection.execute(f"SELECT key, value FROM {META_TABLE}"))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(
            f"{path} is not a GeoPackage ({error}). Choose a workspace made with 'Create workspace'."
        ) from error
    if META_TABLE not in tables or "schema_version" not in meta:
        raise WorkspaceError(
            f"{os.path.basename(path)} is a GeoPackage but not a Palveluverkko workspace (it has no "
            f"{META_TABLE} table). Create a workspace with 'Create workspace' and import your data into it."
        )
    try:
        version = int(meta["schema_version"] or "")
    except ValueError as error:
        raise WorkspaceError(
            f"The workspace {os.path.basename(path)} has an unreadable schema version "
            f"'{meta['schema_version']}'."
        ) from error
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            f"The workspace {os.path.basename(path)} was made by a newer version of Palveluverkko "
            f"(schema {version}; this version reads schema {SCHEMA_VERSION} and older). "
            "Update the plugin to open it."
        )
    missing = [name for name in LAYERS if name not in tables]
    if missing:
        raise WorkspaceError(
            f"The workspace {os.path.basename(path)} is incomplete: the table(s) {', '.join(missing)} "
            "are missing. Restore it from a backup or create a new workspace."
        )
    return WorkspaceInfo(path=os.path.abspath(path), schema_version=version, created=meta.get("created") or "")
