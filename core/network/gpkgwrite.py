# SPDX-License-Identifier: GPL-2.0-or-later
"""Fill an empty GeoPackage table with many lines at array speed (numpy + sqlite3).

GeoPackage geometry blobs (header with envelope + little-endian WKB LineString)
are built for all lines at once in one byte buffer; sqlite3's ``executemany``
then takes the rows from C-level iterators (``zip``/``map``), so no Python code
runs per line. The R-tree index and the counts are filled in bulk too, with
GDAL's per-row triggers set aside meanwhile.
"""
from __future__ import annotations

import sqlite3
from typing import Sequence

import numpy as np

_PREFIX = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("minx", "<f8"),
                    ("maxx", "<f8"), ("miny", "<f8"), ("maxy", "<f8"), ("order", "u1"), ("type", "<u4"),
                    ("npts", "<u4")])
assert _PREFIX.itemsize == 49


def line_blobs(coords: np.ndarray, offsets: np.ndarray, srs_id: int):
    """(one bytes buffer, starts, ends, envelopes (k, 4) minx maxx miny maxy) of GeoPackage LineString blobs.

    Line i has the vertices ``coords[offsets[i]:offsets[i + 1]]`` (two or more).
    """
    counts = np.diff(offsets).astype(np.int64)
    k = len(counts)
    prefix = np.zeros(k, dtype=_PREFIX)
    prefix["magic"], prefix["version"], prefix["flags"], prefix["srs"] = b"GP", 0, 0b011, srs_id
    if k:
        first = offsets[:-1]
        prefix["minx"] = np.minimum.reduceat(coords[:, 0], first)
        prefix["maxx"] = np.maximum.reduceat(coords[:, 0], first)
        prefix["miny"] = np.minimum.reduceat(coords[:, 1], first)
        prefix["maxy"] = np.maximum.reduceat(coords[:, 1], first)
    prefix["order"], prefix["type"], prefix["npts"] = 1, 2, counts
    sizes = _PREFIX.itemsize + 16 * counts
    ends = np.cumsum(sizes)
    starts = ends - sizes
    total = int(ends[-1]) if k else 0
    marks = np.zeros(total + 1, dtype=np.int8)
    marks[starts + _PREFIX.itemsize] = 1  # coordinate bytes run from after the prefix to the blob's end
    marks[ends] -= 1
    is_coord = np.cumsum(marks[:-1], dtype=np.int8).view(bool)
    buf = np.empty(total, dtype=np.uint8)
    buf[is_coord] = np.ascontiguousarray(coords, dtype="<f8").view(np.uint8).ravel()
    buf[~is_coord] = prefix.view(np.uint8).ravel()
    envelopes = np.column_stack([prefix["minx"], prefix["maxx"], prefix["miny"], prefix["maxy"]])
    return buf.tobytes(), starts, ends, envelopes


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fill_table(path: str, table: str, geometry_column: str, columns: Sequence[str], values: Sequence[list],
               blobs) -> None:
    """Fill the empty feature ``table`` (fids 1..n), its R-tree and its counts in one transaction.

    GDAL's per-row insert triggers (R-tree entry, feature count) are set aside
    while the rows go in, their work done in bulk, and then put back as they were.
    """
    data, starts, ends, envelopes = blobs
    n = len(starts)
    names = ", ".join(_quote(c) for c in ["fid", geometry_column, *columns])
    marks = ", ".join("?" * (len(columns) + 2))
    rows = zip(range(1, n + 1), map(data.__getitem__, map(slice, starts.tolist(), ends.tolist())), *values)
    rtree = f"rtree_{table}_{geometry_column}"
    connection = sqlite3.connect(path)
    try:
        with connection:
            triggers = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
                "(name = ? OR name = ?)", (table, f"{rtree}_insert", f"trigger_insert_feature_count_{table}"),
            ).fetchall()
            for name, _sql in triggers:
                connection.execute(f"DROP TRIGGER {_quote(name)}")
            connection.executemany(f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", rows)
            if connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
                boxes = zip(range(1, n + 1), *(envelopes[:, i].tolist() for i in range(4)))
                connection.executemany(f"INSERT INTO {_quote(rtree)} VALUES (?, ?, ?, ?, ?)", boxes)
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                               (n, table))
            if n:
                connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                                   "WHERE table_name = ?", (float(envelopes[:, 0].min()), float(envelopes[:, 2].min()),
                                                            float(envelopes[:, 1].max()), float(envelopes[:, 3].max()),
                                                            table))
            for _name, sql in triggers:
                connection.execute(sql)
    finally:
        connection.close()


__all__ = ["line_blobs", "fill_table"]
