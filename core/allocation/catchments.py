# SPDX-License-Identifier: GPL-2.0-or-later
"""Catchments: cost bands, per-facility summaries and catchment polygons.

Pure numpy/shapely 2; no QGIS. The allocation itself (nearest facility by
cost) is :meth:`.costs.CostModel.nearest`.

- Cutoffs are read by :mod:`..rules.cutoffs` (``"30,60"`` into values and
  the labels used in band names and field names).
- :func:`assign_bands` gives every demand its band label: ``0-30``,
  ``30-60``, ``>60`` or ``unreachable``; within cutoff c means cost <= c.
- :func:`summarise` gives per facility: population, population within each
  cutoff, population-weighted mean cost, max cost and demand count.
- :func:`dissolve_by_label` dissolves a polygon coverage (e.g. grid cells) by
  label: edges shared by two polygons of the same label cancel, the rest is
  rebuilt into areas. Polygons that do not form a clean coverage fall back to
  a plain union.
- :func:`voronoi_by_label`: for point demand, the Voronoi cells of the points,
  dissolved by label and clipped to the points' hull (buffered by half the
  typical point spacing).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from ..network.graph import coordinate_ids
from ..rules import cutoffs as cutoff_rule
from ..rules.cancel import check as check_cancelled

UNREACHABLE = "unreachable"


def band_labels(labels) -> list:
    """``['0-30', '30-60', '>60']`` for labels ``['30', '60']``."""
    lows = ["0"] + list(labels[:-1])
    return [f"{a}-{b}" for a, b in zip(lows, labels)] + [f">{labels[-1]}"]


def pop_field_name(label: str) -> str:
    """``pop_within_2_5`` for ``2.5``."""
    return "pop_within_" + cutoff_rule.suffix(label)


def band_index(cost: np.ndarray, cutoffs: np.ndarray) -> np.ndarray:
    """0 .. len(cutoffs) (beyond the last), -1 when unreachable (NaN)."""
    cost = np.asarray(cost, dtype=np.float64)
    idx = np.searchsorted(np.asarray(cutoffs, dtype=np.float64), cost, side="left")
    idx[np.isnan(cost)] = -1
    return idx.astype(np.int64)


def assign_bands(cost: np.ndarray, cutoffs: np.ndarray, labels) -> np.ndarray:
    """Object array of band labels."""
    names = np.array(band_labels(labels) + [UNREACHABLE], dtype=object)
    return names[band_index(cost, cutoffs)]  # -1 picks the last: unreachable


@dataclass
class Summary:
    population: np.ndarray  # (n_fac,)
    pop_within: np.ndarray  # (n_fac, n_cutoffs)
    mean_cost: np.ndarray  # NaN where population is 0
    max_cost: np.ndarray  # NaN where no demand
    demand_count: np.ndarray  # int64
    total_population: float
    unreachable_population: float


def summarise(facility: np.ndarray, cost: np.ndarray, population: np.ndarray, n_facilities: int,
              cutoffs: np.ndarray) -> Summary:
    facility = np.asarray(facility, dtype=np.int64)
    pop = np.asarray(population, dtype=np.float64)
    ok = facility >= 0
    f, c, p = facility[ok], np.asarray(cost, dtype=np.float64)[ok], pop[ok]
    total = np.bincount(f, weights=p, minlength=n_facilities)
    within = np.column_stack([np.bincount(f, weights=p * (c <= cut), minlength=n_facilities)
                              for cut in cutoffs]) if len(cutoffs) else np.zeros((n_facilities, 0))
    weighted = np.bincount(f, weights=p * c, minlength=n_facilities)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(total > 0, weighted / np.where(total > 0, total, 1.0), np.nan)
    count = np.bincount(f, minlength=n_facilities).astype(np.int64)
    max_cost = np.full(n_facilities, -np.inf)
    np.maximum.at(max_cost, f, c)
    max_cost[count == 0] = np.nan
    return Summary(total, within, mean, max_cost, count, float(pop.sum()), float(pop[~ok].sum()))


# polygons ---------------------------------------------------------------
def _groups(labels: np.ndarray, n_labels: int):
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(n_labels + 1))
    return order, bounds


def dissolve_by_label(geoms: np.ndarray, labels: np.ndarray, n_labels: int, tolerance: float = 1e-4,
                      cancelled=None) -> np.ndarray:
    """One (multi)polygon per label 0..n_labels-1 (None where no polygon); label -1 is left out.

    Fast for a coverage (polygons meeting along identical edges, such as grid
    cells or Voronoi cells); labels whose result does not keep the area of
    their polygons are dissolved again with a plain union.
    """
    out = np.full(n_labels, None, dtype=object)
    geoms = np.asarray(geoms, dtype=object)
    labels = np.asarray(labels, dtype=np.int64)
    keep = (labels >= 0) & ~shapely.is_missing(geoms)
    keep[keep] &= ~shapely.is_empty(geoms[keep])
    geoms, labels = geoms[keep], labels[keep]
    if len(geoms) == 0:
        return out
    layout = grid_layout(geoms)
    if layout is not None:
        return dissolve_grid(layout, labels, n_labels)
    lines = _boundary_lines(geoms, labels, tolerance)
    check_cancelled(cancelled)
    result = _faces_by_label(lines, geoms, labels, n_labels)
    areas = np.bincount(labels, weights=shapely.area(geoms), minlength=n_labels)
    got = np.array([0.0 if g is None else shapely.area(g) for g in result])
    valid = np.array([g is None or bool(shapely.is_valid(g)) for g in result])
    bad = np.flatnonzero((np.abs(got - areas) > 1e-9 * np.maximum(areas, 1.0) + 1e-6) | ~valid)
    if len(bad):
        gorder, gbounds = _groups(labels, n_labels)
        for k in bad:
            check_cancelled(cancelled)
            result[k] = shapely.union_all(geoms[gorder[gbounds[k]:gbounds[k + 1]]])
    for k in range(n_labels):
        out[k] = _polygonal(result[k])
    return out


def _boundary_lines(geoms: np.ndarray, labels: np.ndarray, tolerance: float) -> np.ndarray:
    """The edges between different labels (and the outer edges), each once, as two-point lines."""
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    rings, ring_of = shapely.get_rings(parts, return_index=True)
    coords, vertex_ring = shapely.get_coordinates(rings, return_index=True)
    same = vertex_ring[1:] == vertex_ring[:-1]
    start = np.flatnonzero(same)
    seg_label = labels[part_of[ring_of[vertex_ring[start]]]]
    ids = coordinate_ids(coords, tolerance)
    a, b = ids[start], ids[start + 1]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    real = lo != hi
    start, seg_label, lo, hi = start[real], seg_label[real], lo[real], hi[real]
    # an edge drawn an even number of times within a label is interior
    order = np.lexsort((hi, lo, seg_label))
    sl, sa, sb = seg_label[order], lo[order], hi[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (sl[1:] != sl[:-1]) | (sa[1:] != sa[:-1]) | (sb[1:] != sb[:-1])
    group_start = np.flatnonzero(new)
    group_size = np.diff(np.append(group_start, len(order)))
    boundary = order[group_start[group_size % 2 == 1]]
    seg_start = start[boundary]
    # the boundary edges of all labels, each once, cut the plane into faces
    ukey = np.unique(np.column_stack([lo[boundary], hi[boundary]]), axis=0, return_index=True)[1]
    seg_start = seg_start[ukey]
    return shapely.linestrings(
        np.stack([coords[seg_start], coords[seg_start + 1]], axis=1).reshape(-1, 2),
        indices=np.repeat(np.arange(len(seg_start)), 2))


def _faces_by_label(lines: np.ndarray, geoms: np.ndarray, labels: np.ndarray, n_labels: int) -> np.ndarray:
    """The faces the lines cut the plane into, gathered per label of the polygon each face lies in."""
    faces = shapely.get_parts(shapely.polygonize(lines)) if len(lines) else np.zeros(0, dtype=object)
    face_label = np.full(len(faces), -1, dtype=np.int64)
    if len(faces):
        tree = shapely.STRtree(geoms)
        fi, gi = tree.query(shapely.point_on_surface(faces), predicate="intersects")
        face_label[fi[::-1]] = labels[gi[::-1]]
    inside = face_label >= 0
    result = np.full(n_labels, None, dtype=object)
    if inside.any():
        fl = face_label[inside]
        order = np.argsort(fl, kind="stable")
        present = np.unique(fl)
        result[present] = shapely.multipolygons(faces[inside][order], indices=np.searchsorted(present, fl[order]))
    return result


# regular grids: dissolve as a raster -----------------------------------------
MAX_RASTER_CELLS = 150_000_000


def grid_layout(geoms: np.ndarray, rel_tol: float = 1e-9):
    """(x0, y0, w, h, col, row) when every geometry is an axis-aligned w x h cell of one lattice, else None."""
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0 or shapely.is_missing(geoms).any():
        return None
    if not (shapely.get_type_id(geoms) == 3).all() or (shapely.get_num_interior_rings(geoms) > 0).any():
        return None
    if not (shapely.get_num_coordinates(geoms) == 5).all():
        return None
    b = shapely.bounds(geoms)
    w, h = b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]
    w0, h0 = float(np.median(w)), float(np.median(h))
    if w0 <= 0 or h0 <= 0:
        return None
    if np.abs(w - w0).max() > rel_tol * w0 * 1e3 or np.abs(h - h0).max() > rel_tol * h0 * 1e3:
        return None
    if np.abs(shapely.area(geoms) - w * h).max() > 1e-6 * w0 * h0:  # rectangles, not rotated
        return None
    return _lattice(b[:, 0], b[:, 1], w0, h0)


def _lattice(xmin, ymin, w, h):
    x0, y0 = float(xmin.min()), float(ymin.min())
    col = np.rint((xmin - x0) / w)
    row = np.rint((ymin - y0) / h)
    if np.abs(xmin - (x0 + col * w)).max() > 1e-6 * w or np.abs(ymin - (y0 + row * h)).max() > 1e-6 * h:
        return None
    ncol, nrow = int(col.max()) + 1, int(row.max()) + 1
    if ncol * nrow > MAX_RASTER_CELLS:
        return None
    return x0, y0, w, h, col.astype(np.int64), row.astype(np.int64)


def point_lattice(xy: np.ndarray):
    """(x0, y0, w, h, col, row) of the cells centred on points of a regular lattice, else None."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) < 4:
        return None
    spacing = []
    for k in range(2):
        u = np.unique(xy[:, k])
        if len(u) < 2:
            return None
        d = np.diff(u)
        step = float(d.min())
        if step <= 0 or np.abs(d / step - np.rint(d / step)).max() > 1e-6:
            return None
        spacing.append(step)
    w, h = spacing
    return _lattice(xy[:, 0] - w / 2, xy[:, 1] - h / 2, w, h)


def dissolve_grid(layout, labels: np.ndarray, n_labels: int) -> np.ndarray:
    """Dissolve lattice cells by label with GDAL's raster polygonize; None where a label has no cell."""
    from osgeo import gdal, ogr

    x0, y0, w, h, col, row = layout
    labels = np.asarray(labels, dtype=np.int64)
    out = np.full(n_labels, None, dtype=object)
    ncol, nrow = int(col.max()) + 1, int(row.max()) + 1
    raster = np.full((nrow, ncol), -1, dtype=np.int32)
    raster[nrow - 1 - row, col] = labels  # row 0 of the raster is the top
    ds = gdal.GetDriverByName("MEM").Create("", ncol, nrow, 1, gdal.GDT_Int32)
    ds.SetGeoTransform((x0, w, 0.0, y0 + nrow * h, 0.0, -h))
    band = ds.GetRasterBand(1)
    band.WriteArray(raster)
    band.SetNoDataValue(-1)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vds.CreateLayer("cells", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    gdal.Polygonize(band, band.GetMaskBand(), layer, 0, [], callback=None)
    wkb: list = []
    label_parts: list = []
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
        wkb.append(np.asarray(batch[layer.GetGeometryColumn() or "wkb_geometry"], dtype=object))
        label_parts.append(np.asarray(batch["label"], dtype=np.int64))
    if not wkb:
        return out
    polys = shapely.from_wkb(np.concatenate(wkb))
    lab = np.concatenate(label_parts)
    keep = lab >= 0
    polys, lab = polys[keep], lab[keep]
    order = np.argsort(lab, kind="stable")
    present = np.unique(lab)
    out[present] = shapely.multipolygons(polys[order], indices=np.searchsorted(present, lab[order]))
    return out


def _polygonal(geom):
    """The polygonal part of ``geom`` (a GeometryCollection may hold lines)."""
    if geom is None or shapely.is_empty(geom):
        return None
    if shapely.get_type_id(geom) in (3, 6):  # Polygon, MultiPolygon
        return geom
    parts = shapely.get_parts(geom)
    polys = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    return shapely.union_all(polys) if len(polys) else None


def point_clip_region(xy: np.ndarray):
    """Convex hull of the points buffered by half the median spacing to the nearest point."""
    from scipy.spatial import cKDTree

    uniq = np.unique(xy, axis=0)
    spacing = 1.0
    if len(uniq) >= 2:
        d, _ = cKDTree(uniq).query(uniq, k=2)
        spacing = float(np.median(d[:, 1])) or 1.0
    hull = shapely.convex_hull(shapely.multipoints(uniq))
    return shapely.buffer(hull, spacing / 2.0, quad_segs=4), spacing


def voronoi_by_label(xy: np.ndarray, labels: np.ndarray, n_labels: int, cancelled=None) -> np.ndarray:
    """Voronoi cells of the points, dissolved by label and clipped; None where a label has no point."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    labels = np.asarray(labels, dtype=np.int64)
    out = np.full(n_labels, None, dtype=object)
    if len(xy) == 0:
        return out
    reached = labels >= 0
    layout = point_lattice(xy)
    if layout is not None:  # points of a regular grid: their Voronoi cells are the grid cells
        x0, y0, w, h, col, row = layout
        return dissolve_grid((x0, y0, w, h, col[reached], row[reached]), labels[reached], n_labels) \
            if reached.any() else out
    region, spacing = point_clip_region(xy)
    uniq, inverse = np.unique(xy, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    # a location's label: the one of its first point (equal points get equal costs)
    first = np.full(len(uniq), -1, dtype=np.int64)
    first[inverse[::-1]] = labels[::-1]
    if len(uniq) < 3:
        cells = _few_point_cells(uniq, region)
    else:
        cells = _voronoi_cells(uniq, region)
    dissolved = dissolve_by_label(cells, first, n_labels, tolerance=1e-6 * max(spacing, 1.0),
                                  cancelled=cancelled)
    for k, geom in enumerate(dissolved):
        if geom is not None:
            out[k] = _polygonal(shapely.intersection(geom, region))
    return out


def _voronoi_cells(points: np.ndarray, region) -> np.ndarray:
    envelope = shapely.envelope(region)
    mp = shapely.multipoints(points)
    try:
        cells = shapely.get_parts(shapely.voronoi_polygons(mp, extend_to=envelope, ordered=True))
        if len(cells) == len(points):
            return cells
    except Exception:  # noqa: BLE001 - older GEOS: match cells to points below
        cells = shapely.get_parts(shapely.voronoi_polygons(mp, extend_to=envelope))
    tree = shapely.STRtree(cells)
    pt_idx, cell_idx = tree.query(shapely.points(points), predicate="intersects")
    out = np.full(len(points), None, dtype=object)
    out[pt_idx[::-1]] = cells[cell_idx[::-1]]
    return out


def _few_point_cells(points: np.ndarray, region) -> np.ndarray:
    if len(points) == 1:
        return np.array([region], dtype=object)
    a, b = points
    mid = (a + b) / 2
    d = b - a
    normal = np.array([-d[1], d[0]])
    big = 1e3 * (np.hypot(*d) + shapely.length(region))
    line = shapely.linestrings([mid - normal / np.hypot(*normal) * big, mid + normal / np.hypot(*normal) * big])
    halves = shapely.get_parts(shapely.polygonize([shapely.union(shapely.boundary(shapely.envelope(
        shapely.buffer(region, big / 10))), line)]))
    cells = np.full(2, None, dtype=object)
    for h in halves:
        if shapely.contains_xy(h, *a):
            cells[0] = h
        elif shapely.contains_xy(h, *b):
            cells[1] = h
    return cells
