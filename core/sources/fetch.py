# SPDX-License-Identifier: GPL-2.0-or-later
"""Fetching the features of one feature type into a sink: the one walk through a fetch.

capabilities (``wfs``) -> the provider layer for the schema (``provider``) -> the pages
(``pages``, planned by ``paging``, read by ``pagereader``) or, where GDAL cannot read the
answers, the provider's features -> the sink (``writer``) -> the result, which says whether
the layer arrived whole (``complete``) and, when not, why (``warning``).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import paging, provider, wfs
from .pagereader import PageReader, UnreadableError
from .pages import PagedFetch
from .writer import FeatureWriter, check_cancel, extent_in

LOG = logging.getLogger(__name__)
translate = QCoreApplication.translate


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
    method: str = "auto"  # "auto": our own requests parsed by GDAL (pages.py), else the provider
    page_size: int = 0  # our own requests: features per page (0: chosen by paging.PagePlan)


@dataclass
class FetchResult:
    count: int
    service: wfs.Service
    feature_type: wfs.FeatureType
    seconds: float
    method: str = "provider"
    complete: bool = True  # the whole layer (or extent) arrived; else ``warning`` says why not
    warning: str = ""


@dataclass
class Outcome:
    """How the features were read: method, features the server delivered, and the completeness verdict."""

    method: str
    delivered: int
    complete: bool
    reason: str = ""
    total: Optional[int] = None


def fetch(request: FetchRequest, make_sink: Callable, feedback=None,
          context: Optional[QgsCoordinateTransformContext] = None,
          service: Optional[wfs.Service] = None) -> FetchResult:
    """Stream the features of ``request`` into the sink that ``make_sink(fields, wkb_type, crs)`` returns.

    ``service``: the capabilities when the caller has read them already.
    Raises ``WfsError`` (the server's own message) or ``WfsCancelled``; the caller
    discards the output then. A result that is not ``complete`` has been warned about.
    """
    started = time.monotonic()
    context = context or QgsProject.instance().transformContext()
    if service is None:
        service = wfs.get_capabilities(request.url, request.version, request.authcfg, feedback)
    ftype = service.require(request.typename)
    _progress(feedback, 1, translate("Wfs", "Connected to {host} ({version}).").format(
        host=wfs.host_of(service.url), version=service.version))
    has_extent = request.extent is not None and not request.extent.isNull()
    check_cancel(feedback)  # never start the provider on a cancelled run
    layer = provider.open_layer(service, ftype, request.authcfg, 0 if has_extent else request.max_features,
                                feedback, has_extent)
    try:
        count, outcome = _read(layer, service, ftype, request, make_sink, context, feedback)
    finally:
        # Nothing of the provider may outlive this call through a traceback: a WFS layer destroyed
        # after QGIS has exited crashes the process.
        layer = None
    warning = "" if outcome.complete else _warn(service, ftype, request, outcome, feedback)
    _progress(feedback, 100, translate("Wfs", "Fetched {count} features.").format(count=count))
    return FetchResult(count, service, ftype, time.monotonic() - started, outcome.method, outcome.complete, warning)


def _read(layer, service, ftype, request, make_sink, context, feedback):
    """Read the features into the sink: our own pages, else the provider; (written, ``Outcome``)."""
    limit = max(0, request.max_features)
    target = request.target_crs if request.target_crs is not None and request.target_crs.isValid() else layer.crs()
    pages = _start_pages(service, ftype, layer, request, context, limit, feedback) \
        if request.method == "auto" else None
    try:
        has_extent = request.extent is not None and not request.extent.isNull()
        if pages is not None:
            total = None if has_extent else pages.total
        else:
            total = None if has_extent else _count(service, ftype, request, feedback)
        total = min(total, limit) if total is not None and limit else total
        if total is not None and feedback is not None:
            feedback.pushInfo(translate("Wfs", "{count} features to fetch.").format(count=total))
        check_cancel(feedback)
        sink = make_sink(layer.fields(), layer.wkbType(), target)
        writer = FeatureWriter(sink, layer.crs(), request, target, context, limit, total, feedback)
        if pages is not None:
            pages.run(lambda page: writer.write_page(pages.reader.chunks(page)))
            plan = pages.plan
            outcome = Outcome("pages", plan.received, bool(plan.complete), plan.reason, plan.total)
        else:
            outcome = _read_provider(layer, service, ftype, request, writer, feedback, total)
        return writer.finish(), _settle(outcome, service, ftype, request, feedback)
    finally:
        sink = writer = None  # type: ignore[assignment]  # noqa: F841
        if pages is not None:
            pages.close()


def _start_pages(service, ftype, layer, request, context, limit, feedback):
    """Our own paged requests with the first page read (None: leave it to the provider)."""
    bbox = None
    if request.extent is not None and not request.extent.isNull():
        rect = extent_in(request.extent, layer.crs(), context)
        bbox = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    reader = PageReader(layer.fields(), layer.wkbType())
    pages = PagedFetch(service, ftype, reader, request.authcfg, 0 if bbox else limit, bbox, feedback,
                       request.page_size or None)
    try:
        pages.start()
    except UnreadableError:
        LOG.info("GDAL cannot read the answers of %s; using QGIS's provider", wfs.host_of(service.url))
        pages.close()
        return None
    except BaseException:
        pages.close()
        raise
    return pages


def _read_provider(layer, service, ftype, request, writer, feedback, total: Optional[int]) -> Outcome:
    """The provider's features through ``writer``; whether they are all is judged by the server's count, or
    by its advertised maximum when it does not page."""
    with provider.ProviderLog() as log:
        delivered, stalled = provider.stream(layer, writer, feedback)
        if stalled and delivered == 0:
            # QGIS 3.22's provider can miss the end of a quick download and wait for ever: once more, afresh
            LOG.info("QGIS's provider delivered nothing from %s; asking once more", wfs.host_of(service.url))
            has_extent = request.extent is not None and not request.extent.isNull()
            layer = provider.open_layer(service, ftype, request.authcfg, 0 if has_extent else request.max_features,
                                        feedback, has_extent)
            delivered, stalled = provider.stream(layer, writer, feedback)
        failure = log.failure()
    if failure:
        wfs.diagnose_getfeature(service, ftype.name, request.authcfg, feedback)
        raise wfs.WfsError(translate("Wfs", "Fetching the features of '{typename}' from {host} failed: {message}")
                           .format(typename=ftype.name, host=wfs.host_of(service.url), message=failure))
    limit = max(0, request.max_features)
    if total is not None:
        complete = delivered >= total
        return Outcome("provider", delivered, complete, "" if complete else paging.SHORT, total)
    if limit and writer.count >= limit:
        return Outcome("provider", delivered, False, paging.LIMIT)
    pages_itself = service.is_oapif or (service.version.startswith("2.") and service.paging)
    capped = not pages_itself and service.max_features and delivered >= service.max_features
    return Outcome("provider", delivered, not capped, paging.NO_PAGING if capped else "")


def _settle(outcome: Outcome, service, ftype, request, feedback) -> Outcome:
    """Where the answers left completeness open, the server's own count (``resultType=hits``) decides."""
    if outcome.complete or outcome.total is not None or outcome.reason not in (paging.NO_PAGING, paging.REPEATED):
        return outcome
    has_extent = request.extent is not None and not request.extent.isNull()
    if has_extent:
        return outcome
    total = _count(service, ftype, request, feedback, quiet=True)
    if total is not None and outcome.delivered >= total:
        outcome.complete, outcome.reason = True, ""
    outcome.total = total
    return outcome


def _count(service, ftype, request, feedback, quiet: bool = False) -> Optional[int]:
    """The server's count of the layer's features (None: it cannot say).

    A count equal to the server's maximum per answer proves nothing: MapServer caps its counts too.
    """
    try:
        total = wfs.feature_count(service, ftype.name, request.authcfg, feedback)
    except wfs.WfsCancelled:
        raise
    except wfs.WfsError as error:  # the features request will tell; the count is only for progress
        if not quiet:
            LOG.info("No feature count: %s", error)
        return None
    return None if total is not None and total == service.max_features else total


def _warn(service, ftype, request, outcome: Outcome, feedback) -> str:
    """Say that the output may lack features, how many arrived and why; the message."""
    host = wfs.host_of(service.url)
    if outcome.reason == paging.LIMIT:
        why = translate("Wfs", "MAX_FEATURES = {limit} stopped the download").format(limit=request.max_features)
    elif outcome.reason == paging.SHORT and outcome.total is not None:
        why = translate("Wfs", "the server counted {total} matching features").format(total=outcome.total)
    elif outcome.reason == paging.REPEATED:
        why = translate("Wfs", "a further page held only features that had arrived already, so the server does "
                               "not page reliably")
    elif service.max_features:
        why = translate("Wfs", "the server sends at most {maximum} features per answer and does not page "
                               "(it ignores STARTINDEX)").format(maximum=service.max_features)
    else:
        why = translate("Wfs", "the server does not page (it ignores STARTINDEX) and does not say how many "
                               "features match, so it may have cut its answer short")
    message = translate(
        "Wfs", "The layer '{typename}' from {host} may be incomplete: {count} features arrived, and {why}. "
        "Result COMPLETE is false.").format(typename=ftype.name, host=host, count=outcome.delivered, why=why)
    LOG.warning("%s", message)
    if feedback is not None:
        feedback.pushWarning(message)
    return message


def _progress(feedback, value, text):
    if feedback is not None:
        feedback.setProgress(value)
        feedback.pushInfo(text)
