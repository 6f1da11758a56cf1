# SPDX-License-Identifier: GPL-2.0-or-later
"""Copy a workspace between a GeoPackage and a database schema, both ways.

All rows of premises, agency_presence and agencies, with their fids; the
database's row versions start again at 1 (its insert trigger sets them).
A target that already holds premises or presence rows is refused unless
``replace`` is given, which empties it first: a copy never duplicates rows.
Each direction writes in one transaction.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Dict, List, Tuple

from osgeo import gdal, ogr

from . import postgis
from . import workspace as ws

TABLES = (ws.PREMISES, ws.PRESENCE, ws.AGENCIES)
FIELDS = {ws.PREMISES: ws.PREMISES_FIELDS, ws.PRESENCE: ws.PRESENCE_FIELDS, ws.AGENCIES: ws.AGENCY_FIELDS}
BATCH = 2000


@dataclass(frozen=True)
class CopyCounts:
    """Rows copied per table."""

    premises: int
    presence: int
    agencies: int


def _field_value(feature, index, field_type, subtype):
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if field_type == ogr.OFTDate:
        year, month, day = feature.GetFieldAsDateTime(index)[:3]
        return dt.date(year, month, day)
    if field_type == ogr.OFTInteger:
        value = feature.GetFieldAsInteger(index)
        return bool(value) if subtype == ogr.OFSTBoolean else value
    if field_type == ogr.OFTReal:
        return feature.GetFieldAsDouble(index)
    return feature.GetFieldAsString(index)


def read_geopackage(path: str) -> Dict[str, List[tuple]]:
    """table -> rows (fid, [x, y,] fields in schema order) of a GeoPackage workspace."""
    ws.check_workspace(path)
    ds = ogr.Open(path)
    found = {}
    for table in TABLES:
        layer = ds.GetLayerByName(table)
        definition = layer.GetLayerDefn()
        indexes = [(definition.GetFieldIndex(name), kind, sub) for name, kind, sub, *_ in FIELDS[table]]
        rows = []
        for feature in layer:
            values = [feature.GetFID()]
            if table == ws.PREMISES:
                geometry = feature.GetGeometryRef()
                values += [geometry.GetX(), geometry.GetY()] if geometry is not None else [None, None]
            values += [_field_value(feature, i, kind, sub) if i >= 0 else None for i, kind, sub in indexes]
            rows.append(tuple(values))
        found[table] = sorted(rows)
    ds = None  # noqa: F841
    return found


def _insert_statements(schema: str, geometry_schema: str, table: str, rows) -> List[str]:
    names = ["fid"] + (["geom"] if table == ws.PREMISES else []) + [f[0] for f in FIELDS[table]]
    statements = []
    for start in range(0, len(rows), BATCH):
        values = []
        for row in rows[start:start + BATCH]:
            if table == ws.PREMISES:
                x, y = row[1], row[2]
                point = ("NULL" if x is None else
                         f"{geometry_schema}.ST_SetSRID({geometry_schema}.ST_MakePoint({x!r}, {y!r}), {ws.CRS_EPSG})")
                row = (row[0], point) + tuple(postgis.literal(v) for v in row[3:])
                values.append("(" + ", ".join([str(row[0]), row[1], *row[2:]]) + ")")
            else:
                values.append("(" + ", ".join([str(row[0])] + [postgis.literal(v) for v in row[1:]]) + ")")
        statements.append(f"INSERT INTO {schema}.{table} ({', '.join(names)}) VALUES " + ",\n".join(values))
    statements.append(f"SELECT setval(pg_get_serial_sequence('{schema}.{table}', 'fid'), "
                      f"(SELECT coalesce(max(fid), 0) + 1 FROM {schema}.{table}), false)")
    return statements


def geopackage_to_database(path: str, conn, schema: str, replace: bool = False) -> CopyCounts:
    """Copy a GeoPackage workspace into ``schema`` (created when missing), in one transaction."""
    rows = read_geopackage(path)
    postgis.check_schema_name(schema)
    if not postgis.schema_exists(conn, schema):
        postgis.create_db_workspace(conn, schema)
    postgis.check_db_workspace(conn, schema)
    premises, presence = (int(v) for v in postgis.execute(
        conn, f"SELECT (SELECT count(*) FROM {schema}.premises), (SELECT count(*) FROM {schema}.agency_presence)")[0])
    if (premises or presence) and not replace:
        raise postgis.DbWorkspaceError(
            f"The database workspace {schema} already has {premises} premises and {presence} presence rows. "
            "Copy into an empty workspace, or allow replacing its rows."
        )
    geometry_schema = postgis.postgis_schema(conn)
    statements = [f"DELETE FROM {schema}.agency_presence", f"DELETE FROM {schema}.premises",
                  f"DELETE FROM {schema}.agencies"]
    for table in (ws.AGENCIES, ws.PREMISES, ws.PRESENCE):
        if rows[table]:
            statements += _insert_statements(schema, geometry_schema, table, rows[table])
    try:
        postgis.execute(conn, ";\n".join(statements))
    except postgis.DbWorkspaceError as error:
        raise postgis.DbWorkspaceError(f"Nothing was copied into {schema}: {error}") from error
    return CopyCounts(len(rows[ws.PREMISES]), len(rows[ws.PRESENCE]), len(rows[ws.AGENCIES]))


def read_database(conn, schema: str) -> Dict[str, List[tuple]]:
    """table -> rows (fid, [x, y,] fields in schema order) of a database workspace."""
    postgis.check_db_workspace(conn, schema)
    geometry_schema = postgis.postgis_schema(conn)
    found = {}
    for table in TABLES:
        columns = ["fid"]
        if table == ws.PREMISES:
            columns += [f"{geometry_schema}.ST_X(geom)", f"{geometry_schema}.ST_Y(geom)"]
        columns += [f"{name}::text" if kind == ogr.OFTDate else name for name, kind, *_ in FIELDS[table]]
        result = postgis.execute(conn, f"SELECT {', '.join(columns)} FROM {schema}.{table} ORDER BY fid")
        kinds = [None] * (len(columns) - len(FIELDS[table])) + [f[1] for f in FIELDS[table]]
        found[table] = [tuple(_python_value(postgis.plain(v), kind) for v, kind in zip(row, kinds)) for row in result]
    return found


def _python_value(value, field_type):
    if value is not None and field_type == ogr.OFTDate:
        return dt.date.fromisoformat(str(value)[:10])
    return value


def _set_field(feature, name, value, field_type) -> None:
    if value is None:
        feature.SetFieldNull(name)
    elif field_type == ogr.OFTDate:
        day = dt.date.fromisoformat(str(value)[:10])
        feature.SetField(name, day.year, day.month, day.day, 0, 0, 0, 0)
    elif field_type == ogr.OFTInteger:
        feature.SetField(name, int(value))
    else:
        feature.SetField(name, value)


def database_to_geopackage(conn, schema: str, path: str, replace: bool = False) -> CopyCounts:
    """Copy ``schema`` into a GeoPackage workspace (created when missing), in one transaction."""
    rows = read_database(conn, schema)
    if not os.path.exists(path):
        ws.create_workspace(path)
    ws.check_workspace(path)
    ds = ogr.Open(path, update=1)
    try:
        counts = [ds.GetLayerByName(t).GetFeatureCount() for t in (ws.PREMISES, ws.PRESENCE)]
        if any(counts) and not replace:
            raise ws.WorkspaceError(
                f"The workspace {os.path.basename(path)} already has {counts[0]} premises and {counts[1]} "
                "presence rows. Copy into an empty workspace, or allow replacing its rows."
            )
        _write_geopackage(ds, rows)
    finally:
        ds = None  # noqa: F841
    return CopyCounts(len(rows[ws.PREMISES]), len(rows[ws.PRESENCE]), len(rows[ws.AGENCIES]))


def _write_geopackage(ds, rows: Dict[str, List[tuple]]) -> None:
    ds.StartTransaction()
    try:
        for table in TABLES:
            ds.ExecuteSQL(f"DELETE FROM {table}")
            layer = ds.GetLayerByName(table)
            for row in rows[table]:
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetFID(int(row[0]))
                values: Tuple = row[1:]
                if table == ws.PREMISES:
                    if values[0] is not None:
                        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({values[0]!r} {values[1]!r})"))
                    values = values[2:]
                for (name, kind, *_), value in zip(FIELDS[table], values):
                    _set_field(feature, name, value, kind)
                if layer.CreateFeature(feature) != 0:
                    raise ws.WorkspaceError(f"Could not write a {table} row: {gdal.GetLastErrorMsg()}")
        ds.CommitTransaction()
    except Exception:
        ds.RollbackTransaction()
        raise
