# SPDX-License-Identifier: GPL-2.0-or-later
"""Writing fetched features into the sink: exactly inside the extent, reprojected, up to the limit."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureSink,
    QgsGeometry,
    QgsRectangle,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import wfs

translate = QCoreApplication.translate


def extent_in(extent: QgsReferencedRectangle, crs: QgsCoordinateReferenceSystem,
              context: QgsCoordinateTransformContext) -> QgsRectangle:
    """``extent`` as a rectangle in ``crs`` (its bounding box when reprojected)."""
    if not extent.crs().isValid() or extent.crs() == crs:
        return QgsRectangle(extent)
    transform = QgsCoordinateTransform(extent.crs(), crs, context)
    return transform.transformBoundingBox(QgsRectangle(extent))


def check_cancel(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise wfs.cancelled_error()


class FeatureWriter:
    """Writes features into the sink: exactly inside the extent, reprojected, up to the limit, with progress."""

    def __init__(self, sink, layer_crs, request, target, context, limit, total, feedback):
        self.sink, self.limit, self.total, self.feedback = sink, limit, total, feedback
        self.to_target = QgsCoordinateTransform(layer_crs, target, context) if target != layer_crs else None
        self.exact = self.to_extent = self.extent_geometry = self.filter_rect = None
        if request.extent is not None and not request.extent.isNull():
            self.filter_rect = extent_in(request.extent, layer_crs, context)
            extent_crs = request.extent.crs() if request.extent.crs().isValid() else layer_crs
            self.extent_geometry = QgsGeometry.fromRect(QgsRectangle(request.extent))  # must outlive the engine
            self.exact = QgsGeometry.createGeometryEngine(self.extent_geometry.constGet())
            self.exact.prepareGeometry()
            self.to_extent = QgsCoordinateTransform(layer_crs, extent_crs, context) \
                if extent_crs != layer_crs else None
        self.count = 0
        self.batch = []

    def check_cancel(self) -> None:
        check_cancel(self.feedback)

    def add(self, feature) -> bool:
        """Write ``feature`` if it belongs to the output; False once the limit is reached."""
        if self.exact is not None or self.to_target is not None:
            geometry = feature.geometry()
            if self.exact is not None:
                if geometry.isNull():
                    return True
                test = QgsGeometry(geometry)
                if self.to_extent is not None:
                    test.transform(self.to_extent)
                if not self.exact.intersects(test.constGet()):
                    return True
            if self.to_target is not None and not geometry.isNull():
                geometry.transform(self.to_target)
                feature.setGeometry(geometry)
        self.batch.append(feature)
        self.count += 1
        if self.count % 500 == 0:
            self._progress()
        return not (self.limit and self.count >= self.limit)

    def _progress(self):
        self.flush()
        if self.feedback is not None:
            if self.total:
                self.feedback.setProgress(2 + 98 * min(self.count, self.total) / self.total)
            else:
                self.feedback.setProgressText(translate("Wfs", "{count} features fetched…").format(count=self.count))

    def write_page(self, chunks) -> bool:
        """Write a page, given as lists of features; whether more features are wanted."""
        as_they_are = self.exact is None and self.to_target is None
        for chunk in chunks:
            self.check_cancel()
            if as_they_are:
                if self.limit and self.count + len(chunk) >= self.limit:
                    self.batch.extend(chunk[: self.limit - self.count])
                    self.count = self.limit
                    self.flush()
                    return False
                self.batch.extend(chunk)
                self.count += len(chunk)
                self._progress()
                continue
            for feature in chunk:
                if not self.add(feature):
                    self.flush()
                    return False
        self.flush()
        return True

    def flush(self):
        if self.batch:
            batch, self.batch = self.batch, []
            if not self.sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise wfs.WfsError(translate("Wfs", "Could not write a feature to the output: {error}").format(
                    error=getattr(self.sink, "lastError", lambda: "")()))

    def finish(self) -> int:
        self.flush()
        self.check_cancel()
        return self.count
