# SPDX-License-Identifier: GPL-2.0-or-later
"""The fast path of fetchwfs: our own paged GetFeature / OGC API items requests, parsed by GDAL/OGR.

Why not the WFS/OAPIF providers for the features themselves: on QGIS 3.22 they
parse GML in Qt/C++ into an on-disk feature cache and read it back through their
iterator, 4-8 times slower than GDAL's own client (``ogr2ogr``) on the same
server. Here every page travels through QGIS's network stack
(``QgsNetworkAccessManager``: proxies, the authentication manager) into a
temporary file while the previous page is parsed by GDAL/OGR (QGIS's ``ogr``
provider), so download and parsing overlap and at most about two pages are held
at a time. The provider layer still gives the schema (fields, geometry type,
CRS), and ``core/wfs_fetch.py`` falls back to it for whatever this module cannot
read.

Paging: WFS ``STARTINDEX`` with ``MAXFEATURES``/``COUNT``, used only after a
one-feature probe showed that the server honours it (QGIS Server does for
1.0/1.1 too, as a vendor parameter), else one streamed request; OGC API Features
follow the server's ``next`` links.
"""
from __future__ import annotations

import json
import logging
import os
import queue
import re
import shutil
import tempfile
import threading
from contextlib import contextmanager
from itertools import islice
from typing import Callable, List, Optional, Tuple

from osgeo import gdal
from qgis.core import (
    NULL,
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsJsonUtils,
    QgsNetworkAccessManager,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from . import wfs

LOG = logging.getLogger(__name__)
translate = QCoreApplication.translate
PAGE_SIZE = 10_000  # features per OGC API request (QGIS Server's default maximum)
SPLIT_MIN = 20_000  # from this many WFS features on, two requests
FIRST_PAGE = 50_000  # the first of two WFS requests: parsed while the server builds the rest
HEAD_BYTES = 65_536
CHUNK = 1000  # features handed to the sink at a time


class UnreadableError(Exception):
    """GDAL cannot read this server's answer: the caller uses QGIS's provider instead."""


# -- HTTP ----------------------------------------------------------------------------------------
class Download:
    """A GET through QGIS's network stack, running in Qt's network thread into a file while we work."""

    def __init__(self, url: str, path: str, authcfg: str = "", accept: str = ""):
        self.url, self.path = url, path
        self.cancelled = False
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(QNetworkRequest.FollowRedirectsAttribute, True)
        request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.CacheSaveControlAttribute, False)
        if accept:
            request.setRawHeader(b"Accept", accept.encode("ascii"))
        if authcfg and not QgsApplication.authManager().updateNetworkRequest(request, authcfg):
            raise wfs.WfsError(translate(
                "Wfs", "The authentication configuration '{authcfg}' could not be applied to the request to "
                "{host}. Check it in QGIS's Options → Authentication.").format(authcfg=authcfg,
                                                                            host=wfs.host_of(url)))
        self.file = open(path, "wb")
        self.reply = QgsNetworkAccessManager.instance().get(request)
        if authcfg:
            QgsApplication.authManager().updateNetworkReply(self.reply, authcfg)
        self.reply.readyRead.connect(self._read)
        # Qt sends the request from this thread's event loop: let it go now, so that the server works on it
        # (and Qt's network thread receives it) while this thread parses the previous page.
        self.pump()

    def pump(self):
        """Let Qt deliver what has arrived (into the file): keeps the memory bounded while we parse."""
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec_()

    def _read(self):
        if self.reply is not None and not self.file.closed:
            data = self.reply.readAll()
            if data:
                self.file.write(bytes(data))

    def abort(self):
        if self.reply is not None:
            self.cancelled = True
            self.reply.readyRead.disconnect(self._read)
            self.reply.abort()
            self.reply.deleteLater()
            self.reply = None
        if not self.file.closed:
            self.file.close()

    def wait(self, feedback=None, what: str = "", progress: Optional[Callable[[int, int], None]] = None) -> str:
        """Wait until the answer is complete; its file path, or ``WfsError`` with the server's own message."""
        reply = self.reply
        if progress is not None:
            reply.downloadProgress.connect(progress)
        if not reply.isFinished():
            loop = QEventLoop()
            reply.finished.connect(loop.quit)
            timer = QTimer()
            if feedback is not None:
                timer.timeout.connect(lambda: loop.quit() if feedback.isCanceled() else None)
                timer.start(100)
            while not reply.isFinished() and not (feedback is not None and feedback.isCanceled()):
                loop.exec_()
            timer.stop()
        if feedback is not None and feedback.isCanceled():
            self.abort()
            raise wfs.cancelled_error()
        self._read()
        self.file.close()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        error = reply.error()
        content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")
        message = reply.errorString() if error != QNetworkReply.NoError else ""
        if error == QNetworkReply.OperationCanceledError:  # QGIS's network timeout aborted it
            status, message = None, ""
        reply.deleteLater()
        self.reply = None
        with open(self.path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
        body = head
        if (status is not None and int(status) >= 400) or b"Exception" in head[:4096]:
            with open(self.path, "rb") as stream:
                body = stream.read(1_000_000)
        answer = wfs.HttpAnswer(self.url, int(status) if status is not None else None, body, content_type, message)
        wfs.check_answer(answer, what or translate("Wfs", "GetFeature"))
        if message:  # an HTTP status but the transfer broke off
            raise wfs.WfsError(translate("Wfs", "The answer of {host} broke off ({what}): {error}").format(
                host=wfs.host_of(self.url), what=what, error=wfs.redact(message)))
        return self.path


# -- reading one page ------------------------------------------------------------------------------
class PageReader:
    """Features of one downloaded page in the provider layer's schema (names, types, geometry type)."""

    def __init__(self, fields: QgsFields, wkb_type: int, xsd: str = ""):
        self.fields = fields
        self.wkb_type = wkb_type
        self.multi = QgsWkbTypes.isMultiType(wkb_type)
        self.curved = QgsWkbTypes.isCurvedType(wkb_type)
        self.xsd = xsd
        self.pump: Optional[Callable[[], None]] = None  # called between chunks

    def open(self, path: str, geojson: bool):
        """The page as an ``ogr`` layer (GeoJSON: its features, parsed once); None when it holds no features
        at all; ``UnreadableError``."""
        if geojson:
            return self._open_geojson(path)
        # Never let GDAL fetch the schema itself (that would bypass QGIS's proxy and authentication).
        uri = path + "|option:DOWNLOAD_SCHEMA=NO|option:WRITE_GFS=NO|option:EXPOSE_GML_ID=NO|option:EXPOSE_FID=NO"
        if self.xsd:
            uri += f"|option:XSD={self.xsd}"
        options = QgsVectorLayer.LayerOptions(False, False)
        with _text_fields():
            layer = QgsVectorLayer(uri, "page", "ogr", options)
        if layer.isValid():
            return layer
        if _no_features(path, geojson):
            return None
        raise UnreadableError(path)

    def _open_geojson(self, path: str) -> Optional[List[QgsFeature]]:
        """The features of a GeoJSON page in the provider's fields (GDAL parses it, QGIS converts the values
        by field name, as the OAPIF provider does), or None when it has none."""
        with open(path, encoding="utf-8", errors="replace") as stream:
            text = stream.read()
        features = QgsJsonUtils.stringToFeatureList(text, self.fields, None)
        if not features:
            if _no_features(path, True):
                return None
            raise UnreadableError(path)
        id_index = self.fields.indexOf("id")
        if id_index >= 0 and features[0].attributes()[id_index] in (None, NULL) \
                and re.search(r'"id"\s*:\s*-?\d', text[:HEAD_BYTES]):
            for feature in features:  # numeric ids: GDAL made them the feature ids
                feature.setAttribute(id_index, str(feature.id()))
        return features

    def chunks(self, layer):
        """Yield the page's features, as lists of up to ``CHUNK`` features in the provider's schema."""
        if layer is None:
            return
        if isinstance(layer, list):  # a GeoJSON page, parsed already
            for start in range(0, len(layer), CHUNK):
                if self.pump is not None:
                    self.pump()
                chunk = layer[start:start + CHUNK]
                if self.multi:  # GeoJSON has no curves; single parts become multi where the provider says multi
                    for feature in chunk:
                        if feature.hasGeometry() and not feature.geometry().isMultipart():
                            feature.setGeometry(self._shape(feature.geometry()))
                yield chunk
            return
        page_fields = layer.fields()
        plan = self._plan(page_fields, layer.source().endswith("json"))
        simple = all(convert is None and index != -2 for index, convert in plan)
        indexes = [index for index, _convert in plan]
        reshape = layer.wkbType() != self.wkb_type  # e.g. GML MultiSurface where the provider says MultiPolygon
        as_they_are = simple and indexes == list(range(page_fields.count()))
        with _text_fields():
            source = QgsVectorLayerFeatureSource(layer)
        # (the sinks give the features their own ids: the page's are left as they are)
        for chunk in _read_ahead(source):
            if self.pump is not None:
                self.pump()
            if not as_they_are:
                chunk = [self._rebuild(source, plan, indexes, simple) for source in chunk]
            if reshape:
                for feature in chunk:
                    if feature.hasGeometry():
                        feature.setGeometry(self._shape(feature.geometry()))
            yield chunk

    def _rebuild(self, source: QgsFeature, plan, indexes, simple) -> QgsFeature:
        """``source`` with the provider's fields (order, types)."""
        values = source.attributes()
        if simple:
            attributes = [values[i] if i >= 0 else NULL for i in indexes]
        else:
            attributes = [_convert(values, i, convert, source) for i, convert in plan]
        feature = QgsFeature(self.fields, source.id())
        feature.setAttributes(attributes)
        if source.hasGeometry():
            feature.setGeometry(source.geometry())
        return feature

    def _shape(self, geometry: QgsGeometry) -> QgsGeometry:
        """``geometry`` in the provider's geometry type: straight segments, multi where it says multi."""
        if not self.curved and QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        if self.multi and not geometry.isMultipart():
            geometry.convertToMultiType()
        return geometry

    def _plan(self, page_fields: QgsFields, geojson: bool) -> List[Tuple[int, object]]:
        """For every provider field: (index in the page or -1, None or the field to convert to)."""
        plan = []
        for field in self.fields:
            index = page_fields.indexOf(field.name())
            if index < 0 and field.name() == "id" and geojson:
                plan.append((-2, field))  # OGC API feature id that GDAL took as the feature id
                continue
            if index < 0:
                plan.append((-1, None))
                continue
            same = page_fields.at(index).type() == field.type()
            plan.append((index, None if same else field))
        return plan


@contextmanager
def _text_fields():
    """While GDAL opens a GML answer in this thread: fields whose types it must guess from the data (no
    usable schema) stay text, converted to the provider's types afterwards ('007' must not become 7)."""
    gdal.SetThreadLocalConfigOption("GML_FIELDTYPES", "ALWAYS_STRING")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GML_FIELDTYPES", None)


def _read_ahead(source: QgsVectorLayerFeatureSource):
    """Lists of ``CHUNK`` features of ``source``, read by GDAL in a thread of their own.

    The reading (GDAL's parsing and QGIS's conversion, which let go of Python's lock) runs beside the
    caller's writing into the sink: two cores instead of one when the machine has them.
    """
    chunks: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()

    def offer(item) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read():
        try:
            with _text_fields():  # wherever GDAL opens the file again
                iterator = source.getFeatures(QgsFeatureRequest())
                while True:
                    chunk = list(islice(iterator, CHUNK))
                    if not offer(chunk) or not chunk:
                        break
                iterator.close()
        except BaseException as error:  # handed to the caller
            offer(error)

    reader = threading.Thread(target=read, name="palveluverkko-wfs-read", daemon=True)
    reader.start()
    try:
        while True:
            chunk = chunks.get()
            if isinstance(chunk, BaseException):
                raise chunk
            if not chunk:
                return
            yield chunk
    finally:
        stop.set()
        reader.join()


def _convert(values, index, field, source):
    if index == -1:
        return NULL
    value = str(source.id()) if index == -2 else values[index]
    if field is None or value is None or value == NULL:
        return value
    try:
        return field.convertCompatible(value)
    except (ValueError, TypeError):
        return NULL


def _no_features(path: str, geojson: bool) -> bool:
    """True when ``path`` is a complete, well-formed answer without any features."""
    if os.path.getsize(path) > HEAD_BYTES:
        return False
    with open(path, "rb") as stream:
        body = stream.read()
    if geojson:
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError:
            return False
        return isinstance(data, dict) and not data.get("features")
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return False
    return root.tag.endswith("FeatureCollection") and not any(
        child.tag.rsplit("}", 1)[-1] in ("featureMember", "featureMembers", "member") for child in root)


def number_matched(path: str, geojson: bool) -> Optional[int]:
    """How many features the server says match (WFS 2.0 ``numberMatched``, OGC API), None if it does not say."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        head = stream.read(4096)
        stream.seek(max(0, size - 4096))
        tail = stream.read()
    if geojson:
        pattern, texts = rb'"numberMatched"\s*:\s*(\d+)', (head, tail)
    else:
        pattern, texts = rb'\bnumberMatched="(\d+)"', (head.split(b"member>", 1)[0],)
    for text in texts:
        match = re.search(pattern, text)
        if match:
            return int(match.group(1))
    return None


def count_members(path: str) -> Optional[int]:
    """The number of features in a GML answer, from its member elements (None: it has none)."""
    found, carry = 0, b""
    with open(path, "rb") as stream:
        while True:
            chunk = stream.read(1 << 20)
            if not chunk:
                break
            text = carry + chunk
            found += text.count(b"featureMember>") + text.count(b":member>")
            carry = chunk[-16:]
            found -= carry.count(b"featureMember>") + carry.count(b":member>")
    found += carry.count(b"featureMember>") + carry.count(b":member>")
    return found // 2 if found else None


def complete_gml(path: str) -> bool:
    """Whether a GML answer ends with the end of its feature collection (not cut off)."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        stream.seek(max(0, size - 512))
        tail = stream.read().rstrip()
    return tail.endswith(b"FeatureCollection>")


# -- the pages -------------------------------------------------------------------------------------------
class PagedFetch:
    """Our own GetFeature / items requests: the next one downloads while the current one is parsed.

    WFS: two requests, the first ``FIRST_PAGE`` features and then all the rest (STARTINDEX, after a
    one-feature probe showed that the server honours it): the server builds the rest while we parse
    the first, and no more requests than that, since QGIS Server, for one, builds every answer whole
    before sending it and walks over all the features before STARTINDEX. When an answer falls short of
    the number the server reported (WFS 2.0 ``numberMatched``: its own per-request maximum), the rest
    follows in pages of that size. ``page_size`` asks for pages of that size throughout. OGC API
    Features: pages of ``page_size`` following the server's ``next`` links.

    ``limit``: at most this many features from the server (0: all). ``bbox``: the server-side BBOX
    filter in the feature type's CRS (OGC API: longitude/latitude). ``total``: the number of features
    the server reports, once known.
    """

    def __init__(self, service: wfs.Service, ftype: wfs.FeatureType, reader: PageReader, authcfg: str = "",
                 limit: int = 0, bbox: Optional[Tuple[float, float, float, float]] = None,
                 total: Optional[int] = None, feedback=None, page_size: Optional[int] = None):
        self.service, self.ftype, self.reader = service, ftype, reader
        self.authcfg, self.limit, self.bbox, self.total, self.feedback = authcfg, limit, bbox, total, feedback
        self.geojson = service.is_oapif
        self.paged = bool(page_size) or self.geojson
        self.page_size = page_size or PAGE_SIZE
        self.rest_in_one = False  # after the first page, everything else in one request
        self.folder = tempfile.mkdtemp(prefix="palveluverkko_wfs_")
        self.downloads = 0
        self.first: Optional[Tuple[str, Optional[QgsVectorLayer]]] = None
        self.next_link: Optional[str] = None
        self.what = translate("Wfs", "GetFeature")

    # -- requests
    def _wfs_url(self, start: int, count: Optional[int] = -1) -> str:
        count = self._count(start) if count == -1 else count
        url = wfs.feature_url(self.service, self.ftype.name, limit=count, bbox=self.bbox)
        params = {"STARTINDEX": start} if start else {}
        if wfs.latitude_first(self.ftype.crs):
            # Latitude first: ask in the URN form, whose axis order is unambiguous. Otherwise no SRSNAME: the
            # default CRS is the provider layer's (and asking for it anyway cost QGIS Server 12 % more time).
            params["SRSNAME"] = wfs.crs_name(self.service.version, self.ftype.crs)
        return wfs.with_query(url, params) if params else url

    def _count(self, start: int) -> Optional[int]:
        """How many features to ask for from ``start`` (None: all there are)."""
        if not self.paged or (start and self.rest_in_one):
            return self.limit - start if self.limit else None
        return min(self.page_size, self.limit - start) if self.limit else self.page_size

    def _download(self, url: str) -> Download:
        self.downloads += 1
        suffix = ".geojson" if self.geojson else ".gml"
        accept = "application/geo+json, application/json;q=0.8" if self.geojson else ""
        return Download(url, os.path.join(self.folder, f"page{self.downloads}{suffix}"), self.authcfg, accept)

    def _finish(self, download: Download) -> str:
        path = download.wait(self.feedback, self.what, self._downloading if self.total is None else None)
        if self.geojson:
            self.next_link = self._oapif_next(path)
        elif not complete_gml(path):
            raise wfs.WfsError(translate(
                "Wfs", "The features from {host} are not valid XML (the answer ends too early); the answer may "
                "have been cut off.").format(host=wfs.host_of(self.service.url)))
        if self.total is None:
            self.total = number_matched(path, self.geojson)
        return path

    def _downloading(self, received: int, size: int) -> None:
        """Progress while the number of features is not known: how much of the answer has arrived."""
        if self.feedback is not None and size > 0:
            self.feedback.setProgress(100 * received / size)

    def _open(self, path: str) -> Optional[QgsVectorLayer]:
        return self.reader.open(path, self.geojson)

    # -- the first answer decides
    def start(self) -> None:
        """Fetch and open the first answer (``UnreadableError``: use the provider; ``WfsError``: the server failed)."""
        if self.geojson:
            url = wfs.feature_url(self.service, self.ftype.name, limit=self._count(0), bbox=self.bbox)
            path = self._finish(self._download(url))
            self.first = (path, self._open(path))
            return
        self.reader.xsd = self._schema()
        if not self.paged and (not self.limit or self.limit >= SPLIT_MIN):
            self.paged, self.rest_in_one = True, True
            self.page_size = -(-self.limit * 3 // 5) if self.limit else FIRST_PAGE
        self.paged = self.paged and (not self.limit or self.limit > self.page_size)
        path = self._finish(self._download(self._wfs_url(0)))
        layer = self._open(path)
        members = count_members(path)
        if self.paged and members is not None and members < self.page_size:
            self.paged = False  # all there is came in the first answer
        if self.paged and not self._honours_startindex(layer):
            LOG.info("%s ignores STARTINDEX: one request for everything", wfs.host_of(self.service.url))
            layer = None
            _remove(path)
            self.paged = False
            path = self._finish(self._download(self._wfs_url(0)))
            layer = self._open(path)
        self.first = (path, layer)

    def _schema(self) -> str:
        """The DescribeFeatureType answer as a file for GDAL ('' when the server gives none)."""
        params = {"SERVICE": "WFS", "REQUEST": "DescribeFeatureType", "VERSION": self.service.version,
                  ("TYPENAMES" if self.service.version.startswith("2.") else "TYPENAME"): self.ftype.name}
        answer = wfs.http_get(wfs.with_query(self.service.url, params), self.authcfg, self.feedback)
        if answer.status != 200 or b"schema" not in answer.body[:4096] or wfs.ogc_exception(answer.body):
            return ""
        path = os.path.join(self.folder, "schema.xsd")
        with open(path, "wb") as stream:
            stream.write(answer.body)
        return path

    def _honours_startindex(self, layer) -> bool:
        """Whether feature #2 of the first page is the one feature the server sends from STARTINDEX=1."""
        first_two = _signatures(layer, 2)
        if len(first_two) < 2:
            return True  # fewer than two features: there is nothing to page
        path = ""
        try:
            path = self._finish(self._download(self._wfs_url(1, 1)))
            probe = _signatures(self._open(path), 2)
        except (UnreadableError, wfs.WfsError):
            probe = []
        _remove(path)
        return probe == first_two[1:]

    def _oapif_next(self, path: str) -> Optional[str]:
        """The ``next`` link of an OGC API items page (None at the last page)."""
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
            stream.seek(max(0, size - HEAD_BYTES))
            tail = stream.read()
        if not tail.rstrip().endswith(b"}"):
            raise wfs.WfsError(translate(
                "Wfs", "The features from {host} are not valid JSON ({error}); the answer may have been cut off.")
                .format(host=wfs.host_of(self.service.url), error="…" + tail[-40:].decode("utf-8", "replace")))
        links = _top_level_links(head, tail)
        if links is None:  # not found cheaply: read the whole page
            try:
                with open(path, "rb") as stream:
                    data = json.load(stream)
            except ValueError as error:
                raise wfs.WfsError(translate(
                    "Wfs", "The features from {host} are not valid JSON ({error}); the answer may have been cut "
                    "off.").format(host=wfs.host_of(self.service.url), error=error)) from error
            if not isinstance(data, dict):
                raise UnreadableError(path)
            links = data.get("links") or []
        for link in links:
            if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
                return link["href"]
        return None

    # -- all answers
    def run(self, consume) -> None:
        """``consume(layer)`` each answer (layer None: no features) while the next one downloads.

        ``consume`` returns (features in the answer, whether it wants more).
        """
        path, layer = self.first
        self.first = None
        start, pending = 0, None
        try:
            while True:
                asked = self._count(start)
                pending = self._next(start, asked)
                self.reader.pump = pending.pump if pending is not None else None
                first = _signatures(layer, 1) if self.paged and not self.geojson else []
                got, more = consume(layer)
                layer = None
                _remove(path)
                if not self.geojson and pending is None and more and got and self.total is not None \
                        and start + got < self.total and (asked is None or got < asked):
                    # Fewer than the server itself counted: its per-request maximum. Page on by that.
                    LOG.info("%s sent %d of %d features: paging", wfs.host_of(self.service.url), got,
                             self.total)
                    self.paged, self.page_size = True, got
                    pending = self._download(self._wfs_url(start + got))
                elif not self.geojson and asked and got < asked:
                    more = False
                start += got
                if pending is None or got == 0 or not more:
                    break
                path = self._finish(pending)
                pending = None
                try:
                    layer = self._open(path)
                except UnreadableError as error:
                    raise wfs.WfsError(translate(
                        "Wfs", "GDAL could not read the features that {host} sent.").format(
                        host=wfs.host_of(self.service.url))) from error
                if not self.geojson and first and _signatures(layer, 1) == first:
                    LOG.warning("%s ignores STARTINDEX: stopping after %d features", wfs.host_of(self.service.url),
                                start)
                    break
        finally:
            if pending is not None:
                pending.abort()

    def _next(self, start: int, asked: Optional[int]) -> Optional[Download]:
        """The request after the answer that began at ``start`` (asked for ``asked``), started now."""
        if self.geojson:
            return self._download(self.next_link) if self.next_link else None
        if not self.paged or not asked:
            return None
        following = start + asked
        if (self.total is not None and following >= self.total) or (self.limit and following >= self.limit):
            return None
        return self._download(self._wfs_url(following))

    def close(self):
        self.first = None
        shutil.rmtree(self.folder, ignore_errors=True)


def _top_level_links(head: bytes, tail: bytes) -> Optional[list]:
    """The ``links`` array of a GeoJSON feature collection from its first and last bytes (None: not there).

    Before ``"features"`` it is the collection's own; at the end the last one is (servers write it
    after the features, QGIS Server sorts the keys); a feature's own ``links`` never ends a document.
    """
    features = head.find(b'"features"')
    at = head.find(b'"links"')
    if at >= 0 and (features < 0 or at < features):
        chunk = head[at:]
    else:
        at = tail.rfind(b'"links"')
        if at < 0:
            return None
        chunk = tail[at:]
    text = chunk.decode("utf-8", "replace")
    start = text.find("[")
    if start < 0 or text[len('"links"'):start].strip() != ":":
        return None
    try:
        links, _end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return None
    return links if isinstance(links, list) else None


def _signatures(layer, count: int) -> list:
    """(attributes, WKB) of the first ``count`` features: to compare the same feature in two answers."""
    if layer is None:
        return []
    found = []
    with _text_fields():
        features = list(layer.getFeatures(QgsFeatureRequest().setLimit(count)))
    for feature in features:
        geometry: QgsGeometry = feature.geometry()
        found.append((list(map(str, feature.attributes())), bytes(geometry.asWkb()) if not geometry.isNull()
                      else b""))
    return found


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:  # still open (Windows); the folder goes at the end
        pass
