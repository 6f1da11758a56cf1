# SPDX-License-Identifier: GPL-2.0-or-later
"""Layers -> numpy arrays in a metric CRS (qgis.core, GDAL, shapely 2, pyproj).

- :func:`metric_crs` picks the CRS to compute in: the layer's own CRS when it
  is projected; for a geographic CRS EPSG:3067 in Finland, else the UTM zone.
- :func:`read_points` reads a point or polygon source into a :class:`PointData`
  (xy, feature ids, requested attributes, number of skipped geometries); a
  polygon is represented by its centroid, or by its point on surface where the
  centroid falls outside it.
- :func:`read_lines` reads a line source into a :class:`LineData` (vertices of
  every single part, part offsets, attribute values per part).

File-backed OGR layers (GeoPackage, Shapefile, ...) without a selection or
pending edits are read in Arrow batches (``GetArrowStreamAsNumPy``, WKB
geometries decoded by shapely) and reprojected with pyproj; anything else by
iterating QGIS features. Both give the same arrays.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..deps import require_shapely2
from ..rules.cancel import check as check_cancelled
from ..rules.nulls import is_null
from ..rules.points import representative_points

require_shapely2()  # before anything uses shapely 2 APIs
LOG = logging.getLogger(__name__)

FINLAND_LONLAT = (19.0, 59.3, 31.9, 70.2)  # lon/lat box of mainland Finland and Åland
ARROW_BATCH = 100_000


@dataclass
class PointData:
    """Points of a layer in a metric CRS."""

    xy: np.ndarray  # (n, 2) float64
    fids: np.ndarray  # (n,) int64 feature ids
    attributes: Dict[str, np.ndarray] = field(default_factory=dict)  # per feature (object or float)
    skipped: int = 0  # features without a usable geometry
    geometry_kind: str = "point"  # "point" or "polygon"
    wkb: Optional[np.ndarray] = None  # polygons (metric CRS) when asked for

    def __len__(self) -> int:
        return len(self.fids)


@dataclass
class LineData:
    """Single line parts of a layer in a metric CRS."""

    coords: np.ndarray  # (N, 2) vertices of all parts, concatenated
    offsets: np.ndarray  # (P + 1,) part i = coords[offsets[i]:offsets[i + 1]]
    feature_index: np.ndarray  # (P,) row of the part's feature in ``attributes``
    fids: np.ndarray  # (F,) feature ids
    attributes: Dict[str, np.ndarray] = field(default_factory=dict)  # per feature
    skipped: int = 0

    @property
    def parts(self) -> list:
        return np.split(self.coords, self.offsets[1:-1])

    def part_values(self, name: str) -> np.ndarray:
        """Values of field ``name`` per part."""
        return self.attributes[name][self.feature_index]

    def __len__(self) -> int:
        return len(self.offsets) - 1


# CRS --------------------------------------------------------------------
def utm_crs(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    zone = int(np.clip(np.floor((lon + 180.0) / 6.0) + 1, 1, 60))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def metric_crs(crs: QgsCoordinateReferenceSystem, extent: Optional[QgsRectangle] = None,
               transform_context: Optional[QgsCoordinateTransformContext] = None) -> QgsCoordinateReferenceSystem:
    """The CRS to compute in: ``crs`` if projected, else EPSG:3067 in Finland or the UTM zone."""
    if crs.isValid() and not crs.isGeographic():
        return crs
    fin = QgsCoordinateReferenceSystem("EPSG:3067")
    if extent is None or extent.isNull() or not np.isfinite([extent.xMinimum(), extent.yMaximum()]).all():
        return fin
    centre = extent.center()
    lon, lat = centre.x(), centre.y()
    if crs.isValid():
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if crs != wgs84:
            tr = QgsCoordinateTransform(crs, wgs84, transform_context or QgsCoordinateTransformContext())
            pt = tr.transform(centre)
            lon, lat = pt.x(), pt.y()
    x0, y0, x1, y1 = FINLAND_LONLAT
    if x0 <= lon <= x1 and y0 <= lat <= y1:
        return fin
    return utm_crs(lon, lat)


def transform_xy(xy: np.ndarray, source: QgsCoordinateReferenceSystem, dest: QgsCoordinateReferenceSystem,
                 transform_context: Optional[QgsCoordinateTransformContext] = None) -> np.ndarray:
    """Reproject an (n, 2) array (pyproj; the identity when the CRSs are equal)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if source == dest or len(xy) == 0:
        return xy.copy()
    transformer = pyproj_transformer(source, dest)
    if transformer is not None:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])
    tr = QgsCoordinateTransform(source, dest, transform_context or QgsCoordinateTransformContext())
    from qgis.core import QgsPointXY

    out = np.empty_like(xy)
    for i, (x, y) in enumerate(xy):
        p = tr.transform(QgsPointXY(x, y))
        out[i] = (p.x(), p.y())
    return out


def _import_pyproj():
    """pyproj with PROJ's data directory set to QGIS's (a venv hides the system one)."""
    import os
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyproj
        from pyproj import datadir

        try:
            datadir.get_data_dir()
        except Exception:  # noqa: BLE001 - DataDirError: point pyproj at QGIS's PROJ data
            from qgis.core import QgsProjUtils

            for path in list(QgsProjUtils.searchPaths()) + ["/usr/share/proj"]:
                if os.path.isfile(os.path.join(path, "proj.db")):
                    datadir.set_data_dir(path)
                    break
    return pyproj


def pyproj_transformer(source, dest):
    """A pyproj ``Transformer`` (x, y order) between two QgsCoordinateReferenceSystems, or None without pyproj."""
    try:
        pyproj = _import_pyproj()
    except ImportError:  # pragma: no cover - pyproj ships with QGIS's dependencies
        return None
    try:
        src = pyproj.CRS.from_wkt(source.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
        dst = pyproj.CRS.from_wkt(dest.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
        return pyproj.Transformer.from_crs(src, dst, always_xy=True)
    except Exception:  # noqa: BLE001 - fall back to QGIS
        return None


def _transform_geometries(geoms: np.ndarray, source, dest) -> np.ndarray:
    if source == dest or len(geoms) == 0:
        return geoms
    transformer = pyproj_transformer(source, dest)
    if transformer is None:
        raise RuntimeError("pyproj is needed to reproject geometries")

    def fn(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, fn)


def reproject_geometries(geoms, source, dest, transform_context=None) -> np.ndarray:
    """Shapely geometries (None kept) from ``source`` into ``dest``: pyproj, else QGIS's transform."""
    out = np.array(geoms, dtype=object)
    present = np.flatnonzero(np.array([g is not None for g in out], dtype=bool))
    if source == dest or len(present) == 0:
        return out
    if pyproj_transformer(source, dest) is not None:
        out[present] = _transform_geometries(out[present], source, dest)
        return out
    tr = QgsCoordinateTransform(source, dest, transform_context or QgsCoordinateTransformContext())
    from qgis.core import QgsGeometry

    for k in present:
        g = QgsGeometry.fromWkt(shapely.to_wkt(out[k]))
        g.transform(tr)
        out[k] = shapely.from_wkb(bytes(g.asWkb()))
    return out


# the OGR fast path ------------------------------------------------------
def ogr_source_of(layer) -> Optional[dict]:
    """{'path', 'layerName', 'subset'} when ``layer`` can be read directly with OGR."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    if layer.providerType() != "ogr" or layer.isModified() or layer.isEditable():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("layerId") not in (None, ""):
        return None
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    return {"path": path, "layerName": parts.get("layerName") or "", "subset": layer.subsetString() or ""}


def _arrow_batches(info: dict, fields: Sequence[str]):
    """Yield (fids, wkb object array, {field: array}) batches; raises on any OGR trouble."""
    from osgeo import ogr

    ds = ogr.Open(info["path"])
    if ds is None:
        raise RuntimeError(f"cannot open {info['path']}")
    lyr = ds.GetLayerByName(info["layerName"]) if info["layerName"] else ds.GetLayer(0)
    if lyr is None:
        raise RuntimeError("no such layer")
    if ds.GetDriver().GetName() == "OSM":  # build only this layer (no multipolygons from every relation)
        ds.ExecuteSQL(f"SET interest_layers = {lyr.GetName()}")
    if info["subset"]:
        lyr.SetAttributeFilter(info["subset"])
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    missing = [f for f in fields if f not in names]
    if missing:
        raise RuntimeError(f"fields {missing} not found by OGR")
    lyr.SetIgnoredFields([n for n in names if n not in fields] + ["OGR_STYLE"])
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    fid_col = lyr.GetFIDColumn() or "OGC_FID"
    stream = lyr.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={ARROW_BATCH}", "INCLUDE_FID=YES"])
    for batch in stream:
        if geom_col not in batch:
            raise RuntimeError("no geometry column in the Arrow stream")
        fids = np.asarray(batch[fid_col], dtype=np.int64) if fid_col in batch else None
        if fids is None:
            raise RuntimeError("no FID column in the Arrow stream")
        yield fids, np.asarray(batch[geom_col], dtype=object), {f: batch[f] for f in fields}
    ds = None


def _field_array(values) -> np.ndarray:
    """Object array of Python values, None for NULL (masked), str for bytes."""
    mask = np.ma.getmaskarray(values) if isinstance(values, np.ma.MaskedArray) else None
    data = np.ma.getdata(values)
    if data.dtype.kind in "iuf":  # numbers stay numbers; NULL becomes NaN
        if mask is None or not mask.any():
            return data.copy()
        out = data.astype(np.float64)
        out[mask] = np.nan
        return out
    if data.dtype.kind == "S":
        out = _object_array([v.decode("utf-8", "replace") for v in data.tolist()])
    else:
        out = _object_array(data.tolist())
    if mask is not None and mask.any():
        out[mask] = None
    return out


def _read_arrow(info, fields, crs_from, crs_to, raw=False):
    fid_parts: list = []
    geom_parts: list = []
    attr_parts: Dict[str, list] = {f: [] for f in fields}
    for fids, wkb, attrs in _arrow_batches(info, fields):
        fid_parts.append(fids)
        geom_parts.append(wkb)
        for f in fields:
            attr_parts[f].append(_field_array(attrs[f]))
    fids = np.concatenate(fid_parts) if fid_parts else np.zeros(0, np.int64)
    wkb = np.concatenate(geom_parts) if geom_parts else np.zeros(0, object)
    attrs = {f: (np.concatenate(attr_parts[f]) if attr_parts[f] else np.zeros(0, object)) for f in fields}
    if raw:
        return fids, wkb, attrs
    geoms = shapely.from_wkb(wkb, on_invalid="ignore")
    geoms = _transform_geometries(geoms, crs_from, crs_to)
    return fids, geoms, attrs


# WKB type codes of a single LineString: 2D, Z, M, ZM (ISO), and the EWKB flags
_LINESTRING_DIMS = {2: 2, 1002: 3, 2002: 3, 3002: 4, 0x80000002: 3, 0x40000002: 3, 0xC0000002: 4}


def simple_lines_from_wkb(wkb: np.ndarray):
    """Vectorised decoding of little-endian single LineString WKB blobs.

    Returns (ok mask, coords (N, 2), counts per ok blob). Blobs that are not
    such LineStrings (multi-lines, big-endian, NULL) are left to shapely.
    """
    n = len(wkb)
    ok = np.zeros(n, dtype=bool)
    if n == 0:
        return ok, np.zeros((0, 2)), np.zeros(0, np.int64)
    blobs = wkb.tolist()
    if None in blobs:
        blobs = [b"" if b is None else b for b in blobs]
    lengths = np.fromiter(map(len, blobs), dtype=np.int64, count=n)
    present = lengths >= 9
    buf = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])

    def u32(offset):
        at = starts[present] + offset
        return (buf[at].astype(np.int64) | (buf[at + 1].astype(np.int64) << 8)
                | (buf[at + 2].astype(np.int64) << 16) | (buf[at + 3].astype(np.int64) << 24))

    little = np.zeros(n, dtype=bool)
    little[present] = buf[starts[present]] == 1
    gtype = np.zeros(n, dtype=np.int64)
    npts = np.zeros(n, dtype=np.int64)
    gtype[present] = u32(1)
    npts[present] = u32(5)
    dims = np.zeros(n, dtype=np.int64)
    for code, d in _LINESTRING_DIMS.items():
        dims[gtype == code] = d
    ok = present & little & (dims > 0) & (lengths == 9 + npts * dims * 8)
    counts = npts[ok]
    total = int(counts.sum())
    if total == 0:
        return ok, np.zeros((0, 2)), counts
    xy = np.empty((total, 2))
    first_vertex = np.cumsum(counts) - counts
    ok_dims = dims[ok]
    for d in np.unique(ok_dims):
        sel = ok_dims == d
        begin = starts[ok][sel] + 9
        end = begin + counts[sel] * d * 8
        # mark the coordinate bytes of these blobs, take them in order
        marks = np.zeros(len(buf) + 1, dtype=np.int8)
        marks[begin] = 1  # blobs do not overlap: begins and ends are all distinct
        marks[end] = -1
        mask = np.cumsum(marks[:-1], dtype=np.int8).view(bool)
        values = np.frombuffer(buf[mask].tobytes(), dtype="<f8").reshape(-1, d)[:, :2]
        if sel.all():
            xy[:] = values
        else:
            rows = np.repeat(first_vertex[sel], counts[sel]) + (
                np.arange(len(values)) - np.repeat(np.cumsum(counts[sel]) - counts[sel], counts[sel]))
            xy[rows] = values
    return ok, xy, counts


def _read_qgis(source, fields, crs_to, transform_context, cancelled):
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs_to, transform_context or QgsCoordinateTransformContext())
    all_fields = source.fields()
    request.setSubsetOfAttributes(list(fields), all_fields)
    idx = [all_fields.lookupField(f) for f in fields]
    fids: list = []
    wkbs: list = []
    values: List[list] = [[] for _ in fields]
    for n, feature in enumerate(source.getFeatures(request)):
        if n % 10000 == 0:
            check_cancelled(cancelled)
        fids.append(feature.id())
        geom = feature.geometry()
        wkbs.append(None if geom.isNull() else bytes(geom.asWkb()))
        attrs = feature.attributes()
        for j, i in enumerate(idx):
            v = attrs[i]
            values[j].append(None if is_null(v) else v)
    geoms = shapely.from_wkb(_object_array(wkbs), on_invalid="ignore")
    attrs = {f: _object_array(values[j]) for j, f in enumerate(fields)}
    return np.array(fids, dtype=np.int64), geoms, attrs


def _object_array(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _read(source, layer, fields, crs_to, transform_context, cancelled, raw=False):
    info = ogr_source_of(layer) if layer is not None else None
    if info is not None:
        try:
            return _read_arrow(info, fields, layer.crs(), crs_to, raw) + (layer.crs(),)
        except Exception as error:  # noqa: BLE001 - fall back to QGIS's iteration
            LOG.info("Arrow reading of %s failed (%s); iterating features", info["path"], error)
    return _read_qgis(source if source is not None else layer, fields, crs_to, transform_context, cancelled) + (None,)


def read_points(source, crs: QgsCoordinateReferenceSystem, fields: Sequence[str] = (),
                transform_context: Optional[QgsCoordinateTransformContext] = None, layer=None,
                keep_geometries: bool = False, cancelled: Optional[Callable[[], bool]] = None) -> PointData:
    """Points (polygon centroids / points on surface) of ``source`` in ``crs``.

    ``source`` is a QgsFeatureSource (e.g. from ``parameterAsSource``) or a
    layer; pass the underlying ``layer`` too to allow the Arrow fast path (only
    used when the source is the whole layer). Features without a usable
    geometry are skipped and counted. ``keep_geometries`` keeps the shapely
    polygons (in ``crs``) in ``PointData.wkb``.
    """
    fids, geoms, attrs, _ = _read(source, layer, list(fields), crs, transform_context, cancelled)
    xy, ok = representative_points(geoms)  # the rule; invalid polygons are skipped (and counted)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    kind = "polygon" if (shapely.get_dimensions(geoms[present]) == 2).any() else "point"
    data = PointData(xy[ok], fids[ok], {f: v[ok] for f, v in attrs.items()}, int((~ok).sum()), kind)
    if keep_geometries:
        data.wkb = geoms[ok]
    return data


def read_lines(source, crs: QgsCoordinateReferenceSystem, fields: Sequence[str] = (),
               transform_context: Optional[QgsCoordinateTransformContext] = None, layer=None,
               cancelled: Optional[Callable[[], bool]] = None) -> LineData:
    """Line parts of ``source`` in ``crs``; multi-part lines are split into parts."""
    fids, geoms, attrs, raw_crs = _read(source, layer, list(fields), crs, transform_context, cancelled, raw=True)
    simple_coords, simple_counts = np.zeros((0, 2)), np.zeros(0, np.int64)
    simple = np.zeros(len(fids), dtype=bool)
    if raw_crs is not None:  # raw WKB from GDAL: decode simple lines with numpy, the rest with shapely
        simple, simple_coords, simple_counts = simple_lines_from_wkb(geoms)
        simple_coords = transform_xy(simple_coords, raw_crs, crs)
        rest = np.full(len(geoms), None, dtype=object)
        if not simple.all():
            rest[~simple] = _transform_geometries(
                shapely.from_wkb(geoms[~simple], on_invalid="ignore"), raw_crs, crs)
        geoms = rest
    ok = ~simple & ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    ok[ok] = shapely.get_dimensions(geoms[ok]) == 1
    rows = np.flatnonzero(ok)
    parts, part_feature = shapely.get_parts(geoms[ok], return_index=True)
    coords, vertex_part = shapely.get_coordinates(parts, return_index=True)
    counts = np.bincount(vertex_part, minlength=len(parts))
    part_feature = rows[part_feature]
    if simple.all():
        coords, counts, part_feature = simple_coords, simple_counts, np.flatnonzero(simple)
        vertex_part = np.repeat(np.arange(len(counts)), counts)
    elif simple.any():  # merge, keeping the feature order
        feature = np.concatenate([np.flatnonzero(simple), part_feature])
        order = np.argsort(feature, kind="stable")
        all_counts = np.concatenate([simple_counts, counts])
        starts = np.concatenate([[0], np.cumsum(all_counts)[:-1]])
        all_coords = np.concatenate([simple_coords, coords])
        counts = all_counts[order]
        idx = np.repeat(starts[order], counts) + (
            np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts))
        coords = all_coords[idx]
        part_feature = feature[order]
        vertex_part = np.repeat(np.arange(len(counts)), counts)
    good = counts >= 2
    if not good.all():  # degenerate parts
        keep_vertex = good[vertex_part]
        coords = coords[keep_vertex]
        part_feature, counts = part_feature[good], counts[good]
    skipped = int(len(fids) - len(np.unique(part_feature)))
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return LineData(coords, offsets, part_feature.astype(np.int64), fids, attrs, skipped)


def source_crs(source) -> QgsCoordinateReferenceSystem:
    if isinstance(source, QgsProcessingFeatureSource) or hasattr(source, "sourceCrs"):
        return source.sourceCrs()
    return source.crs()
