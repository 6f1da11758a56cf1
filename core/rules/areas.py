# SPDX-License-Identifier: GPL-2.0-or-later
"""Which area a point lies in (municipalities, regions, any polygons).

The rule: a point belongs to the **first area, in the order of the areas
layer, whose closed polygon holds it**: its interior, or its boundary (the
outer rings and the rims of its holes). So a point on the border of two
municipalities goes to the one that comes first in the layer, a point in a
hole to neither, and every run gives the same answer. A point within
:data:`TOLERANCE` times the size of the coordinates (about 0.7 mm in
EPSG:3067) of a boundary counts as on it. Points in no area get -1.

Pure numpy with matplotlib's point-in-polygon test (no shapely needed):
the even-odd test decides the points clear of every boundary; the few
points near one are measured against its segments.
"""
from __future__ import annotations

from typing import List, Sequence

import numpy as np

#: On a boundary: within this fraction of the largest absolute coordinate.
TOLERANCE = 1e-10

Rings = List[np.ndarray]  # the rings (exterior, holes) of every part of one area, as closed (k, 2) arrays


def locate(x, y, areas: Sequence[Rings]) -> np.ndarray:
    """Index of the area holding each point by the rule above, -1 for none."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    result = np.full(len(x), -1, dtype=np.int64)
    points = np.column_stack([x, y])
    areas = [[_closed(r) for r in rings if len(r) >= 3] for rings in areas]
    tol = TOLERANCE * max([1.0] + [float(np.abs(r).max()) for rings in areas for r in rings]
                          + ([float(np.nanmax(np.abs(points)))] if len(points) and np.isfinite(points).any() else []))
    for index, rings in enumerate(areas):
        if not rings:
            continue
        allv = np.vstack(rings)
        (x0, y0), (x1, y1) = allv.min(axis=0) - tol, allv.max(axis=0) + tol
        candidates = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1) & (result < 0))
        if len(candidates):
            result[candidates[_held(points[candidates], rings, tol)]] = index
    return result


def _held(points: np.ndarray, rings: Rings, tol: float) -> np.ndarray:
    from matplotlib.path import Path

    parity = np.zeros(len(points), dtype=bool)
    boundary = np.zeros(len(points), dtype=bool)
    for ring in rings:
        path = Path(ring, closed=True)
        parity ^= path.contains_points(points)
        near = path.contains_points(points, radius=8 * tol) != path.contains_points(points, radius=-8 * tol)
        rows = np.flatnonzero(near & ~boundary)
        if len(rows):
            boundary[rows] = _distance_to_ring(points[rows], ring) <= tol
    return parity | boundary


def _distance_to_ring(points: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """Distance of each point to the nearest segment of a closed ring."""
    a, b = ring[:-1], ring[1:]
    d = b - a
    length2 = np.maximum((d * d).sum(axis=1), np.finfo(float).tiny)
    out = np.full(len(points), np.inf)
    for start in range(0, len(points), 256):
        p = points[start:start + 256, None, :]
        t = np.clip(((p - a) * d).sum(axis=2) / length2, 0.0, 1.0)
        nearest = a + t[..., None] * d
        out[start:start + 256] = np.sqrt(((p - nearest) ** 2).sum(axis=2)).min(axis=1)
    return out


def _closed(ring) -> np.ndarray:
    ring = np.asarray(ring, dtype=np.float64)[:, :2]
    if len(ring) and not (ring[0] == ring[-1]).all():
        ring = np.vstack([ring, ring[:1]])
    return ring


def rings_of_geometry(geometry) -> Rings:
    """The rings of a (multi)polygon ``QgsGeometry``."""
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [np.array([(p.x(), p.y()) for p in ring]) for part in parts for ring in part]


def rings_of_shapely(geometry) -> Rings:
    """The rings of a shapely (multi)polygon."""
    import shapely

    parts = shapely.get_parts(geometry)
    rings = shapely.get_rings(parts)
    return [shapely.get_coordinates(r) for r in rings]
