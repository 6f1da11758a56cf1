# SPDX-License-Identifier: GPL-2.0-or-later
"""Fetching features with QGIS's own WFS/OAPIF providers, streamed into a sink.

The providers page, follow the server's limits and honour the proxy and the
authentication manager. They report download failures only to the message
log (and an invalid layer must not be asked for ``error()``: that crashed
QGIS 3.22), so this module pre-flights the server itself (``core.wfs``),
watches the providers' log messages while it reads, and when something
failed asks the server once more itself to report its own message.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QThread

from . import pages as wfs_pages
from . import wfs

LOG = logging.getLogger(__name__)
translate = QCoreApplication.translate
PROVIDER_TAGS = ("WFS", "OAPIF")


@dataclass
class FetchRequest:
    """What to fetch. ``extent``: only features whose geometry meets it (in its own CRS)."""

    url: str
    typename: str
    version: str = wfs.AUTO
    authcfg: str = ""
    extent: Optional[QgsReferencedRectangle] = None
    target_crs: Optional[QgsCoordinateReferenceSystem] = None
    max_features: int = 0
    method: str = "auto"  # "auto": our own requests parsed by GDAL (core/wfs_pages.py), else the provider
    page_size: int = 0  # our own requests: features per page (0: chosen by core/wfs_pages.py)


@dataclass
class FetchResult:
    count: int
    service: wfs.Service
    feature_type: wfs.FeatureType
    seconds: float
    method: str = "provider"


class ProviderLog:
    """Collects the WFS/OAPIF providers' warnings while open (they are the providers' only error channel)."""

    def __init__(self):
        self.messages: List[str] = []

    def _received(self, message, tag, level):
        if tag in PROVIDER_TAGS and level in (Qgis.Warning, Qgis.Critical) and not message.startswith("Retrying"):
            self.messages.append(message)

    def __enter__(self):
        QgsApplication.messageLog().messageReceived.connect(self._received, Qt.DirectConnection)
        return self

    def __exit__(self, *exc):
        QgsApplication.messageLog().messageReceived.disconnect(self._received)
        return False

    def failure(self) -> Optional[str]:
        failed = [m for m in self.messages if "fail" in m.lower() or "exception" in m.lower() or "error" in m.lower()]
        return wfs.redact(failed[-1]) if failed else None


def provider_uri(service: wfs.Service, ftype: wfs.FeatureType, authcfg: str = "", max_features: int = 0,
                 restrict_to_request_bbox: bool = False) -> str:
    uri = QgsDataSourceUri()
    uri.setParam("url", service.url)
    uri.setParam("typename", ftype.name)
    if not service.is_oapif:
        uri.setParam("version", service.version)
    if max_features > 0:
        uri.setParam("maxNumFeatures", str(max_features))
    if restrict_to_request_bbox:  # the server filters by the request's BBOX instead of sending the whole layer
        uri.setParam("restrictToRequestBBOX", "1")
    if authcfg:
        uri.setAuthConfigId(authcfg)
    return uri.uri(False)


def open_layer(service: wfs.Service, ftype: wfs.FeatureType, authcfg: str = "", max_features: int = 0,
               feedback=None, restrict_to_request_bbox: bool = False) -> QgsVectorLayer:
    """The provider's layer of ``ftype``; ``WfsError`` with the server's message when it is not valid."""
    provider = "OAPIF" if service.is_oapif else "WFS"
    with ProviderLog() as log:
        layer = QgsVectorLayer(
            provider_uri(service, ftype, authcfg, max_features, restrict_to_request_bbox), ftype.name, provider)
    if layer.isValid():
        return layer
    # Never ask an invalid WFS layer for error(): it crashed QGIS 3.22. Ask the server ourselves.
    wfs.diagnose_getfeature(service, ftype.name, authcfg, feedback)
    raise wfs.WfsError(translate(
        "Wfs", "QGIS's {provider} provider could not open '{typename}' from {host}, although the server answers "
        "normally. {detail}").format(provider=provider, typename=ftype.name, host=wfs.host_of(service.url),
                                     detail=log.failure() or ""))


def _extent_in(extent: QgsReferencedRectangle, crs: QgsCoordinateReferenceSystem,
               context: QgsCoordinateTransformContext) -> QgsRectangle:
    if not extent.crs().isValid() or extent.crs() == crs:
        return QgsRectangle(extent)
    transform = QgsCoordinateTransform(extent.crs(), crs, context)
    return transform.transformBoundingBox(QgsRectangle(extent))


def fetch(request: FetchRequest, make_sink: Callable, feedback=None,
          context: Optional[QgsCoordinateTransformContext] = None,
          service: Optional[wfs.Service] = None) -> FetchResult:
    """Stream the features of ``request`` into the sink that ``make_sink(fields, wkb_type, crs)`` returns.

    ``service``: the capabilities when the caller has read them already.
    Raises ``WfsError`` (the server's own message) or ``WfsCancelled``; the caller
    discards the output then.
    """
    started = time.monotonic()
    context = context or QgsProject.instance().transformContext()
    if service is None:
        service = wfs.get_capabilities(request.url, request.version, request.authcfg, feedback)
    ftype = service.require(request.typename)
    _progress(feedback, 1, translate("Wfs", "Connected to {host} ({version}).").format(
        host=wfs.host_of(service.url), version=service.version))
    limit = request.max_features if request.max_features > 0 else 0
    has_extent = request.extent is not None and not request.extent.isNull()
    _check_cancel(feedback)  # never start the provider on a cancelled run
    layer = open_layer(service, ftype, request.authcfg, 0 if has_extent else limit, feedback, has_extent)
    sink = pages = None
    method = "provider"
    try:
        target = request.target_crs if request.target_crs is not None and request.target_crs.isValid() \
            else layer.crs()
        pages = _start_pages(service, ftype, layer, request, context, limit, feedback) \
            if request.method == "auto" else None
        if pages is None:
            total = None if has_extent else _count(service, ftype, request, limit, feedback)
        else:  # no count of our own (it would cost the server a pass over the layer): what the answers say
            total = pages.total if not has_extent else None
            if total is not None and limit:
                total = min(total, limit)
            if total is not None and feedback is not None:
                feedback.pushInfo(translate("Wfs", "{count} features to fetch.").format(count=total))
        _check_cancel(feedback)
        sink = make_sink(layer.fields(), layer.wkbType(), target)
        writer = FeatureWriter(sink, layer.crs(), request, target, context, limit, total, feedback)
        if pages is not None:
            method = "pages"
            layer = None  # the provider is not needed for the features
            pages.run(lambda page: writer.write_page(pages.reader.chunks(page)))
            count, failure = writer.finish(), None
        else:
            with ProviderLog() as log:
                count = _stream(layer, writer, feedback)
                failure = log.failure()
    finally:
        # Nothing of the provider may outlive this call through a traceback: a WFS layer destroyed
        # after QGIS has exited crashes the process.
        layer = sink = writer = None  # noqa: F841
        if pages is not None:
            pages.close()
    if failure:
        wfs.diagnose_getfeature(service, ftype.name, request.authcfg, feedback)
        raise wfs.WfsError(translate("Wfs", "Fetching the features of '{typename}' from {host} failed: {message}")
                           .format(typename=ftype.name, host=wfs.host_of(service.url), message=failure))
    _progress(feedback, 100, translate("Wfs", "Fetched {count} features.").format(count=count))
    return FetchResult(count, service, ftype, time.monotonic() - started, method)


def _start_pages(service, ftype, layer, request, context, limit, feedback):
    """Our own paged requests with the first page read (None: leave it to the provider)."""
    bbox = None
    if request.extent is not None and not request.extent.isNull():
        rect = _extent_in(request.extent, layer.crs(), context)
        bbox = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    reader = wfs_pages.PageReader(layer.fields(), layer.wkbType())
    pages = wfs_pages.PagedFetch(service, ftype, reader, request.authcfg, 0 if bbox else limit, bbox, None,
                                 feedback, request.page_size or None)
    try:
        pages.start()
    except wfs_pages.UnreadableError:
        LOG.info("GDAL cannot read the answers of %s; using QGIS's provider", wfs.host_of(service.url))
        pages.close()
        return None
    except BaseException:
        pages.close()
        raise
    return pages


def _count(service, ftype, request, limit, feedback) -> Optional[int]:
    try:
        total = wfs.feature_count(service, ftype.name, request.authcfg, feedback)
    except wfs.WfsCancelled:
        raise
    except wfs.WfsError as error:  # the features request will tell; the count is only for progress
        LOG.info("No feature count: %s", error)
        return None
    if total is not None and limit:
        total = min(total, limit)
    if total is not None and feedback is not None:
        feedback.pushInfo(translate("Wfs", "{count} features to fetch.").format(count=total))
    return total


class FeatureWriter:
    """Writes features into the sink: exactly inside the extent, reprojected, up to the limit, with progress."""

    def __init__(self, sink, layer_crs, request, target, context, limit, total, feedback):
        self.sink, self.limit, self.total, self.feedback = sink, limit, total, feedback
        self.to_target = QgsCoordinateTransform(layer_crs, target, context) if target != layer_crs else None
        self.exact = self.to_extent = self.extent_geometry = self.filter_rect = None
        if request.extent is not None and not request.extent.isNull():
            self.filter_rect = _extent_in(request.extent, layer_crs, context)
            extent_crs = request.extent.crs() if request.extent.crs().isValid() else layer_crs
            self.extent_geometry = QgsGeometry.fromRect(QgsRectangle(request.extent))  # must outlive the engine
            self.exact = QgsGeometry.createGeometryEngine(self.extent_geometry.constGet())
            self.exact.prepareGeometry()
            self.to_extent = QgsCoordinateTransform(layer_crs, extent_crs, context) \
                if extent_crs != layer_crs else None
        self.count = 0
        self.batch = []

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

    def write_page(self, chunks):
        """Write a page, given as lists of features; (features in the page, whether more are wanted)."""
        seen = 0
        as_they_are = self.exact is None and self.to_target is None
        for chunk in chunks:
            _check_cancel(self.feedback)
            seen += len(chunk)
            if as_they_are:
                if self.limit and self.count + len(chunk) >= self.limit:
                    self.batch.extend(chunk[: self.limit - self.count])
                    self.count = self.limit
                    self.flush()
                    return seen, False
                self.batch.extend(chunk)
                self.count += len(chunk)
                self._progress()
                continue
            for feature in chunk:
                if not self.add(feature):
                    self.flush()
                    return seen, False
        self.flush()
        return seen, True

    def flush(self):
        if self.batch:
            batch, self.batch = self.batch, []
            if not self.sink.addFeatures(batch, QgsFeatureSink.FastInsert):
                raise wfs.WfsError(translate("Wfs", "Could not write a feature to the output: {error}").format(
                    error=getattr(self.sink, "lastError", lambda: "")()))

    def finish(self) -> int:
        self.flush()
        _check_cancel(self.feedback)
        return self.count


def _stream(layer, writer: FeatureWriter, feedback) -> int:
    """Copy the provider layer's features through ``writer``."""
    feature_request = QgsFeatureRequest()
    if writer.exact is not None:
        feature_request.setFilterRect(writer.filter_rect)
    if feedback is not None and QThread.currentThread() == QCoreApplication.instance().thread():
        feature_request.setFeedback(feedback)  # (not in worker threads: see wfs.http_get)
    features = layer.getFeatures(feature_request)
    try:
        for feature in features:
            _check_cancel(feedback)
            if not writer.add(feature):
                break
    finally:
        features.close()
        features = feature = layer = None  # noqa: F841
    return writer.finish()


def _check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise wfs.cancelled_error()


def _progress(feedback, value, text):
    if feedback is not None:
        feedback.setProgress(value)
        feedback.pushInfo(text)
