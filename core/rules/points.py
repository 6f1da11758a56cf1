# SPDX-License-Identifier: GPL-2.0-or-later
"""Where a feature stands: the representative point of a geometry.

The rule, the same in every algorithm (catchments, coverage report, premises
criteria, premises import, location-allocation, scenarios):

- a point stands where it is; a multi-point or a line at its centroid;
- a polygon stands at its centroid, or at its point on surface (GEOS) when
  the centroid falls outside it (a C- or L-shaped premises, a ring-shaped
  area); a centroid on the boundary counts as inside;
- a feature without geometry, with an empty geometry or with an invalid
  polygon has no point: it is skipped and counted.

The point is taken in the CRS the algorithm computes in (the geometry is
reprojected first). :func:`representative_points` applies the rule to an
array of shapely geometries, :func:`representative_point` to one
``QgsGeometry`` (for the algorithms that work without shapely 2); both call
GEOS and give the same point.
"""
from __future__ import annotations

from typing import Optional, Tuple

import numpy as np


def representative_points(geoms: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(xy (n, 2), ok (n,)) for an array of shapely geometries; ``ok`` is False where there is no point."""
    import shapely

    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    xy = np.full((len(geoms), 2), np.nan)
    if not ok.any():
        return xy, ok
    g = geoms[ok]
    polygonal = shapely.get_dimensions(g) == 2
    c = shapely.get_coordinates(shapely.centroid(g))
    if polygonal.any():
        cx, cy = c[polygonal, 0], c[polygonal, 1]
        inside = shapely.intersects_xy(g[polygonal], cx, cy)
        if not inside.all():
            sub = np.flatnonzero(polygonal)[~inside]
            c[sub] = shapely.get_coordinates(shapely.point_on_surface(g[sub]))
    xy[ok] = c
    valid = np.ones(len(g), dtype=bool)
    valid[polygonal] = shapely.is_valid(g[polygonal])
    ok[ok] = valid
    ok &= np.isfinite(xy).all(axis=1)
    xy[~ok] = np.nan
    return xy, ok


def representative_point(geometry) -> Optional[Tuple[float, float]]:
    """(x, y) of one ``QgsGeometry`` by the same rule; None where there is no point."""
    from qgis.core import QgsWkbTypes

    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    polygon = QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    if polygon and not geometry.isGeosValid():
        return None
    if not polygon and not geometry.isMultipart() \
            and QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
        point = geometry.constGet()
        return float(point.x()), float(point.y())
    point = geometry.centroid()
    if polygon and not geometry.intersects(point):
        point = geometry.pointOnSurface()
    if point is None or point.isNull() or point.isEmpty():
        return None
    xy = point.asPoint()
    if not (np.isfinite(xy.x()) and np.isfinite(xy.y())):
        return None
    return float(xy.x()), float(xy.y())
