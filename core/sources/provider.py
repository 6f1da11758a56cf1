# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS's own WFS/OAPIF providers: the layer's schema, and the features where GDAL cannot read the answers.

The providers page, follow the server's limits and honour the proxy and the
authentication manager. They report download failures only to the message
log (and an invalid layer must not be asked for ``error()``: that crashed
QGIS 3.22), so this module watches the providers' log messages while it
reads, and when something failed asks the server once more itself
(``wfs.diagnose_getfeature``) to report its own message.
"""
from __future__ import annotations

import time
from typing import List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsNetworkAccessManager,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QThread

from . import wfs

translate = QCoreApplication.translate
PROVIDER_TAGS = ("WFS", "OAPIF")


class ProviderLog:
    """Collects the WFS/OAPIF providers' warnings while open (they are the providers' only error channel)."""

    def __init__(self):
        self.messages: List[str] = []

    def _received(self, message, tag, level):
        if tag in PROVIDER_TAGS and level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical) \
                and not message.startswith("Retrying"):
            self.messages.append(message)

    def __enter__(self):
        QgsApplication.messageLog().messageReceived.connect(self._received, Qt.ConnectionType.DirectConnection)
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
    if not service.is_oapif and service.max_features:  # page by the server's own maximum
        uri.setParam("pagingEnabled", "true")
        uri.setParam("pageSize", str(service.max_features))
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


def stream(layer: QgsVectorLayer, writer, feedback) -> Tuple[int, bool]:
    """Copy the provider layer's features through ``writer``: (the number the provider delivered, whether it
    stopped because no feature came within QGIS's network timeout)."""
    request = QgsFeatureRequest()
    timeout = QgsNetworkAccessManager.timeout()
    request.setTimeout(timeout)  # never wait for ever (QGIS 3.22's provider can miss the end of a download)
    if writer.filter_rect is not None:
        request.setFilterRect(writer.filter_rect)
    if feedback is not None and QThread.currentThread() == QCoreApplication.instance().thread():
        request.setFeedback(feedback)  # (not in worker threads: see wfs.http_get)
    features = layer.getFeatures(request)
    delivered = 0
    last = time.monotonic()
    try:
        for feature in features:
            writer.check_cancel()
            delivered += 1
            last = time.monotonic()
            if not writer.add(feature):
                break
        stalled = timeout > 0 and time.monotonic() - last >= 0.9 * timeout / 1000
    finally:
        features.close()
        features = feature = layer = None  # noqa: F841
    return delivered, stalled
