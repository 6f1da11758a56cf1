# SPDX-License-Identifier: GPL-2.0-or-later
"""Test data for the presence tests: premises and presence rows written into a workspace with OGR."""
from __future__ import annotations

import sqlite3

from osgeo import ogr

PREMISES = [
    # premises_id, name, municipality_code, x, y
    ("LAH-1", "Lahden virastotalo", "398", 426000.0, 6761000.0),
    ("LAH-2", "Lahden Kirkkokatu 12", "398", 426500.0, 6761200.0),
    ("JNS-1", "Joensuun Suomi-piste", "167", 642000.0, 6943000.0),
    ("LPR-1", "Lappeenrannan virastotalo", "405", 575000.0, 6770000.0),
]
PRESENCE = [
    # premises_id, agency, mode, days_per_week, annual_visits, notes
    ("LAH-1", "KELA", "staff", 5, 12000, None),
    ("LAH-1", "VERO", "appointment", None, 800, "by appointment on Tuesdays"),
    ("JNS-1", "KELA", "staff", 5, 9000, None),
    ("JNS-1", "MIGRI", "remote", 0, None, None),
    ("JNS-1", "KUNTA", "staff", 2, None, "municipal service, not in the registry"),
]


def fill(path, premises=PREMISES, presence=PRESENCE):
    """Write ``premises`` and ``presence`` rows into the workspace at ``path``."""
    ds = ogr.Open(path, update=1)
    ds.StartTransaction()
    layer = ds.GetLayerByName("premises")
    for premises_id, name, municipality, x, y in premises:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("premises_id", premises_id)
        feature.SetField("name", name)
        feature.SetField("municipality_code", municipality)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        assert layer.CreateFeature(feature) == 0
    layer = ds.GetLayerByName("agency_presence")
    for row in presence:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(("premises_id", "agency", "mode", "days_per_week", "annual_visits", "notes"), row):
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, value)
        assert layer.CreateFeature(feature) == 0
    assert ds.CommitTransaction() == 0
    ds = None  # noqa: F841
    return path


def presence_rows(path):
    """The committed presence rows, sorted, as tuples."""
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute(
            "SELECT premises_id, agency, mode, days_per_week, annual_visits, notes FROM agency_presence"
        ).fetchall(), key=lambda r: (r[0], r[1]))


def layer_rows(layer):
    """The presence rows of a layer (edit buffer included), sorted, as tuples."""
    def plain(value):
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value

    rows = [tuple(plain(f[n]) for n in ("premises_id", "agency", "mode", "days_per_week", "annual_visits", "notes"))
            for f in layer.getFeatures()]
    return sorted(rows, key=lambda r: (r[0], r[1]))
