# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the SYNTHETIC demo region (:mod:`.demo`) into a workspace GeoPackage.

The workspace tables (``premises``, ``agency_presence``) get the demo
premises and presence; the demo layers ``population_grid``, ``roads`` and
``municipalities`` are added to the same GeoPackage, each described as
synthetic in the GeoPackage's contents table.
"""
from __future__ import annotations

import os
import struct
from typing import Dict, Iterable, Optional

from osgeo import ogr, osr

from ..presence import workspace as ws
from . import generate as demo

GRID_LAYER = "population_grid"
ROADS_LAYER = "roads"
MUNICIPALITIES_LAYER = "municipalities"
LAKES_LAYER = "lakes"
DEMO_LAYERS = (GRID_LAYER, ROADS_LAYER, MUNICIPALITIES_LAYER, LAKES_LAYER)
YEAR = 2023

_GRID_TYPES = {"grd_id": ogr.OFTString, "kunta": ogr.OFTString}
_ROAD_FIELDS = (("link_id", ogr.OFTInteger), ("name", ogr.OFTString), ("toiminn_lk", ogr.OFTInteger),
                ("speed_kmh", ogr.OFTInteger), ("ajosuunta", ogr.OFTInteger), ("kuntakoodi", ogr.OFTString))
_MUNICIPALITY_FIELDS = (("kunta", ogr.OFTString), ("vuosi", ogr.OFTInteger), ("nimi", ogr.OFTString),
                        ("namn", ogr.OFTString), ("name", ogr.OFTString), ("vaesto", ogr.OFTInteger))


def create_demo_workspace(path: str, overwrite: bool = False, codes: Optional[Iterable[str]] = None,
                          seed: int = demo.SEED) -> Dict[str, int]:
    """Generate the demo region and write it as a workspace at ``path``; return feature counts."""
    region = demo.generate(codes, seed=seed)
    path = os.path.abspath(path)
    if os.path.exists(path) and not overwrite:
        raise ws.WorkspaceError(
            f"The file {path} already exists. Choose another file name, or allow overwriting it."
        )
    temp = os.path.splitext(path)[0] + ".demo-partial.gpkg"
    if os.path.exists(temp):
        os.remove(temp)
    try:
        ws.create_workspace(temp)
        counts = _write(temp, region)
        os.replace(temp, path)
    except Exception:
        if os.path.exists(temp):
            os.remove(temp)
        raise
    return counts


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(ws.CRS_EPSG)
    return srs


def _layer(ds, name, geometry_type, fields, title):
    options = ["FID=fid", "GEOMETRY_NAME=geom", f"IDENTIFIER={title}",
               f"DESCRIPTION={demo.SYNTHETIC_NOTE}"]
    layer = ds.CreateLayer(name, _srs(), geometry_type, options=options)
    if layer is None:
        raise ws.WorkspaceError(f"Could not create the demo layer {name}: {ws.gdal_error()}")
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    return layer


def _write(path: str, region: demo.DemoRegion) -> Dict[str, int]:
    ds = ogr.Open(path, update=1)
    try:
        ds.StartTransaction()
        _write_premises(ds, region)
        grid = _write_grid(ds, region)
        roads = _write_roads(ds, region)
        municipalities, outline = _write_municipalities(ds, region)
        _write_lakes(ds, outline)
        meta = ds.GetLayerByName(ws.META_TABLE)
        feature = ogr.Feature(meta.GetLayerDefn())
        feature.SetField("key", "demo")
        feature.SetField("value", demo.SYNTHETIC_NOTE)
        meta.CreateFeature(feature)
        ds.CommitTransaction()
        return {GRID_LAYER: grid.GetFeatureCount(), ROADS_LAYER: roads.GetFeatureCount(),
                MUNICIPALITIES_LAYER: municipalities.GetFeatureCount(),
                ws.PREMISES: len(region.premises), ws.PRESENCE: len(region.presence)}
    finally:
        ds = None  # noqa: F841 - closes the file


def _write_grid(ds, region: demo.DemoRegion):
    grid = _layer(ds, GRID_LAYER, ogr.wkbPolygon,
                  [(name, _GRID_TYPES.get(name, ogr.OFTInteger)) for name in demo.GRID_FIELDS],
                  "Population grid 1 km (SYNTHETIC)")
    defn = grid.GetLayerDefn()
    columns = [region.grid[name].tolist() for name in demo.GRID_FIELDS]
    text = [isinstance(column[0], str) if column else False for column in columns]
    for values in zip(*columns):
        feature = ogr.Feature(defn)
        for index, value in enumerate(values):
            if text[index]:
                feature.SetFieldString(index, value)
            else:
                feature.SetFieldInteger64(index, value)
        feature.SetGeometryDirectly(_square(values[2], values[3]))
        grid.CreateFeature(feature)
    return grid


def _write_roads(ds, region: demo.DemoRegion):
    roads = _layer(ds, ROADS_LAYER, ogr.wkbLineString, _ROAD_FIELDS, "Road network (SYNTHETIC)")
    defn = roads.GetLayerDefn()
    for link in region.roads:
        feature = ogr.Feature(defn)
        for name, _type in _ROAD_FIELDS:
            if link[name] is not None:
                feature.SetField(name, link[name])
        line = ogr.Geometry(ogr.wkbLineString)
        line.AddPoint_2D(*map(float, link["start"]))
        line.AddPoint_2D(*map(float, link["end"]))
        feature.SetGeometryDirectly(line)
        roads.CreateFeature(feature)
    return roads


def _write_municipalities(ds, region: demo.DemoRegion):
    """(the layer, the outline of the whole region)."""
    municipalities = _layer(ds, MUNICIPALITIES_LAYER, ogr.wkbMultiPolygon, _MUNICIPALITY_FIELDS,
                            "Municipalities (SYNTHETIC boundaries)")
    defn = municipalities.GetLayerDefn()
    outline = None
    half = int(demo.CELL / 2)
    by_kunta: Dict[str, list] = {}
    for (x, y), kunta in region.cell_kunta.items():
        by_kunta.setdefault(kunta, []).append((x - half, y - half))
    for m in region.municipalities:
        cells = ogr.Geometry(ogr.wkbMultiPolygon)
        for x, y in by_kunta.get(m.kunta, []):
            cells.AddGeometryDirectly(_square(x, y))
        merged = ogr.ForceToMultiPolygon(cells.UnionCascaded())
        outline = merged.Clone() if outline is None else outline.Union(merged)
        feature = ogr.Feature(defn)
        for name, value in (("kunta", m.kunta), ("vuosi", YEAR), ("nimi", m.nimi), ("namn", m.namn),
                            ("name", m.nimi), ("vaesto", m.population)):
            feature.SetField(name, value)
        feature.SetGeometryDirectly(merged)
        municipalities.CreateFeature(feature)
    return municipalities, outline


def _write_lakes(ds, outline) -> None:
    lakes = _layer(ds, LAKES_LAYER, ogr.wkbMultiPolygon, (("name", ogr.OFTString),), "Lakes (SYNTHETIC)")
    for name, vertices in demo.lakes().items():
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in list(vertices) + [vertices[0]]:
            ring.AddPoint_2D(float(x), float(y))
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometryDirectly(ring)
        polygon = polygon.Intersection(outline)  # only the part inside the demo region
        if polygon is None or polygon.IsEmpty():
            continue
        feature = ogr.Feature(lakes.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometryDirectly(ogr.ForceToMultiPolygon(polygon))
        lakes.CreateFeature(feature)


def _square(x: float, y: float):
    """The 1 km cell with lower-left corner (x, y), clockwise from that corner."""
    size = demo.CELL
    x, y = float(x), float(y)
    wkb = _SQUARE_HEADER + struct.pack("<10d", x, y, x, y + size, x + size, y + size, x + size, y, x, y)
    return ogr.CreateGeometryFromWkb(wkb)


_SQUARE_HEADER = struct.pack("<BIII", 1, 3, 1, 5)


def _write_premises(ds, region: demo.DemoRegion) -> None:
    premises = ds.GetLayerByName(ws.PREMISES)
    defn = premises.GetLayerDefn()
    for row in region.premises:
        feature = ogr.Feature(defn)
        for name in ("premises_id", "name", "address", "municipality_code", "owner"):
            feature.SetField(name, row[name])
        for name in ("floor_area_m2", "annual_cost_eur"):
            feature.SetField(name, float(row[name]))
        year, month, day = (int(part) for part in row["lease_end"].split("-"))
        feature.SetField("lease_end", year, month, day, 0, 0, 0, 0)
        for name in ("accessible", "is_candidate", "is_fixed"):
            feature.SetField(name, int(row[name]))
        feature.SetField("notes", "SYNTHETIC demo premises")
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(row["x"]), float(row["y"]))
        feature.SetGeometryDirectly(point)
        premises.CreateFeature(feature)
    presence = ds.GetLayerByName(ws.PRESENCE)
    defn = presence.GetLayerDefn()
    for row in region.presence:
        feature = ogr.Feature(defn)
        for name in ("premises_id", "agency", "mode"):
            feature.SetField(name, row[name])
        feature.SetField("days_per_week", float(row["days_per_week"]))
        feature.SetField("annual_visits", int(row["annual_visits"]))
        feature.SetField("notes", "SYNTHETIC")
        presence.CreateFeature(feature)
