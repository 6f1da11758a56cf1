# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading one downloaded page with GDAL/OGR (QGIS's ``ogr`` provider) into the provider layer's schema.

Every feature is handed over once: features whose GML ``gml:id`` / ``fid`` (OGC API: ``id``) came in
an earlier page are dropped (``seen``), so paging by STARTINDEX over data whose order shifts never
writes a feature twice.
"""
from __future__ import annotations

import queue
import re
import threading
from contextlib import contextmanager
from itertools import islice
from typing import Callable, List, Optional, Tuple

from osgeo import gdal
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsJsonUtils,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from .answers import HEAD_BYTES, no_features

CHUNK = 1000  # features handed to the sink at a time
ID_FIELDS = ("gml_id", "fid")  # the feature ids GDAL exposes for GML (GML 3 gml:id, GML 2 fid)


class UnreadableError(Exception):
    """GDAL cannot read this server's answer: the caller uses QGIS's provider instead."""


class PageReader:
    """Features of one downloaded page in the provider layer's schema (names, types, geometry type)."""

    def __init__(self, fields: QgsFields, wkb_type: int, xsd: str = ""):
        self.fields = fields
        self.wkb_type = wkb_type
        self.multi = QgsWkbTypes.isMultiType(wkb_type)
        self.curved = QgsWkbTypes.isCurvedType(wkb_type)
        self.xsd = xsd
        self.pump: Optional[Callable[[], None]] = None  # called between chunks
        self.seen: set = set()  # ids of the features handed over (see the module docstring)
        self.new = 0  # features of the current page not handed over before
        names = {field.name() for field in fields}
        self.id_options = "".join(f"|option:EXPOSE_{'GML_ID' if name == 'gml_id' else 'FID'}="
                                  f"{'NO' if name in names else 'YES'}" for name in ID_FIELDS)

    def open(self, path: str, geojson: bool):
        """The page as an ``ogr`` layer (GeoJSON: its features, parsed once); None when it holds no features
        at all; ``UnreadableError``."""
        if geojson:
            return self._open_geojson(path)
        # Never let GDAL fetch the schema itself (that would bypass QGIS's proxy and authentication).
        uri = path + "|option:DOWNLOAD_SCHEMA=NO|option:WRITE_GFS=NO" + self.id_options
        if self.xsd:
            uri += f"|option:XSD={self.xsd}"
        options = QgsVectorLayer.LayerOptions(False, False)
        with _text_fields():
            layer = QgsVectorLayer(uri, "page", "ogr", options)
        if layer.isValid():
            return layer
        if no_features(path, geojson):
            return None
        raise UnreadableError(path)

    def _open_geojson(self, path: str) -> Optional[List[QgsFeature]]:
        """The features of a GeoJSON page in the provider's fields (GDAL parses it, QGIS converts the values
        by field name, as the OAPIF provider does), or None when it has none."""
        with open(path, encoding="utf-8", errors="replace") as stream:
            text = stream.read()
        features = QgsJsonUtils.stringToFeatureList(text, self.fields, None)
        if not features:
            if no_features(path, True):
                return None
            raise UnreadableError(path)
        id_index = self.fields.indexOf("id")
        if id_index >= 0 and features[0].attributes()[id_index] in (None, NULL) \
                and re.search(r'"id"\s*:\s*-?\d', text[:HEAD_BYTES]):
            for feature in features:  # numeric ids: GDAL made them the feature ids
                feature.setAttribute(id_index, str(feature.id()))
        return features

    def chunks(self, layer):
        """Yield the page's features not handed over before, as lists of up to ``CHUNK`` features in the
        provider's schema (``new``: how many)."""
        self.new = 0
        if layer is None:
            return
        if isinstance(layer, list):  # a GeoJSON page, parsed already
            id_index = self.fields.indexOf("id")
            for start in range(0, len(layer), CHUNK):
                if self.pump is not None:
                    self.pump()
                chunk = layer[start:start + CHUNK]
                if id_index >= 0:
                    chunk = self._fresh(chunk, [feature.attribute(id_index) for feature in chunk])
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
        key = next((page_fields.indexOf(name) for name in ID_FIELDS
                    if self.fields.indexOf(name) < 0 and page_fields.indexOf(name) >= 0), -1)
        as_they_are = simple and indexes == [i for i in range(page_fields.count()) if i != key]
        with _text_fields():
            source = QgsVectorLayerFeatureSource(layer)
        # (the sinks give the features their own ids: the page's are left as they are)
        for chunk in _read_ahead(source):
            if self.pump is not None:
                self.pump()
            if key >= 0:
                chunk = self._fresh(chunk, [feature.attribute(key) for feature in chunk])
                if as_they_are:
                    for feature in chunk:  # the id is not one of the provider's fields
                        feature.deleteAttribute(key)
                        feature.setFields(self.fields, False)
            else:
                self.new += len(chunk)
            if not as_they_are:
                chunk = [self._rebuild(source, plan, indexes, simple) for source in chunk]
            if reshape:
                for feature in chunk:
                    if feature.hasGeometry():
                        feature.setGeometry(self._shape(feature.geometry()))
            yield chunk

    def _fresh(self, chunk: List[QgsFeature], keys: list) -> List[QgsFeature]:
        """The features of ``chunk`` whose ids were not seen before (a feature without an id always is)."""
        seen = self.seen
        fresh = []
        for feature, key in zip(chunk, keys):
            if key is None or key == NULL or key == "":
                fresh.append(feature)
            elif key not in seen:
                seen.add(key)
                fresh.append(feature)
        self.new += len(fresh)
        return fresh

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


def signatures(layer, count: int) -> list:
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


