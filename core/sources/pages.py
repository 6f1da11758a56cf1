# SPDX-License-Identifier: GPL-2.0-or-later
"""The fast path of fetchwfs: our own paged GetFeature / OGC API items requests, parsed by GDAL/OGR.

Why not the WFS/OAPIF providers for the features themselves: on QGIS 3.22 they
parse GML in Qt/C++ into an on-disk feature cache and read it back through their
iterator, 4-8 times slower than GDAL's own client (``ogr2ogr``) on the same
server. Here every page travels through QGIS's network stack (``download.py``:
proxies, the authentication manager) into a temporary file while the previous
page is parsed by GDAL/OGR (``pagereader.py``), so download and parsing overlap
and at most about two pages are held at a time. Which page comes next and
whether the layer arrived whole is ``paging.PagePlan``'s decision.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from typing import Dict, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from . import answers, wfs
from .download import Download
from .pagereader import PageReader, UnreadableError, signatures
from .paging import Answer, PagePlan, Step

LOG = logging.getLogger(__name__)
translate = QCoreApplication.translate
OAPIF_PAGE = 10_000  # features per OGC API request (QGIS Server's default maximum)


class PagedFetch:
    """Our own GetFeature / items requests: the next one downloads while the current one is parsed.

    ``limit``: at most this many features from the server (0: all). ``bbox``: the server-side BBOX
    filter in the feature type's CRS (OGC API: longitude/latitude). ``page_size``: features per
    request (None: the server's advertised maximum, else ``paging.FIRST_PAGE`` and then the rest).
    """

    def __init__(self, service: wfs.Service, ftype: wfs.FeatureType, reader: PageReader, authcfg: str = "",
                 limit: int = 0, bbox: Optional[Tuple[float, float, float, float]] = None, feedback=None,
                 page_size: Optional[int] = None):
        self.service, self.ftype, self.reader = service, ftype, reader
        self.authcfg, self.bbox, self.feedback = authcfg, bbox, feedback
        self.geojson = service.is_oapif
        if self.geojson:
            page_size = page_size or OAPIF_PAGE
        pages = True if service.paging else (False if service.paging is False else None)
        self.plan = PagePlan(limit, service.max_features, page_size, pages, linked=self.geojson)
        self.folder = tempfile.mkdtemp(prefix="palveluverkko_wfs_")
        self.downloads = 0
        self.first: Optional[Tuple[str, object, Answer]] = None
        self.next_link: Optional[str] = None
        self.what = translate("Wfs", "GetFeature")

    @property
    def total(self) -> Optional[int]:
        """The number of features the server says match, once an answer said it."""
        return self.plan.total

    # -- requests
    def _url(self, step: Step) -> str:
        if self.geojson:
            if step.start and self.next_link:
                return self.next_link
            return wfs.feature_url(self.service, self.ftype.name, limit=step.count, bbox=self.bbox)
        url = wfs.feature_url(self.service, self.ftype.name, limit=step.count, bbox=self.bbox)
        params: Dict[str, object] = {"STARTINDEX": step.start} if step.start else {}
        if wfs.latitude_first(self.ftype.crs):
            # Latitude first: ask in the URN form, whose axis order is unambiguous. Otherwise no SRSNAME: the
            # default CRS is the provider layer's (and asking for it anyway cost QGIS Server 12 % more time).
            params["SRSNAME"] = wfs.crs_name(self.service.version, self.ftype.crs)
        return wfs.with_query(url, params) if params else url

    def _download(self, step: Step) -> Download:
        self.downloads += 1
        suffix = ".geojson" if self.geojson else ".gml"
        accept = "application/geo+json, application/json;q=0.8" if self.geojson else ""
        return Download(self._url(step), os.path.join(self.folder, f"page{self.downloads}{suffix}"),
                        self.authcfg, accept)

    def _finish(self, download: Download) -> str:
        path = download.wait(self.feedback, self.what, self._downloading if self.total is None else None)
        host = wfs.host_of(self.service.url)
        if self.geojson:
            self.next_link = answers.oapif_next(path, host)
        elif not answers.complete_gml(path):
            raise wfs.WfsError(translate(
                "Wfs", "The features from {host} are not valid XML (the answer ends too early); the answer may "
                "have been cut off.").format(host=host))
        return path

    def _answer(self, step: Step, path: str, layer) -> Answer:
        """What the answer to ``step`` held."""
        if self.geojson:
            got = len(layer) if layer else 0
            return Answer(step.start, step.count, got, answers.number_matched(path, True), self.next_link is not None)
        two = self.service.version.startswith("2.")
        return Answer(step.start, step.count, answers.count_members(path) or 0, answers.number_matched(path, False),
                      two and answers.gml_next(path))

    def _downloading(self, received: int, size: int) -> None:
        """Progress while the number of features is not known: how much of the answer has arrived."""
        if self.feedback is not None and size > 0:
            self.feedback.setProgress(100 * received / size)

    def _open(self, path: str):
        return self.reader.open(path, self.geojson)

    # -- the first answer decides
    def start(self) -> None:
        """Fetch and open the first answer (``UnreadableError``: use the provider; ``WfsError``: the server failed)."""
        if not self.geojson:
            self.reader.xsd = self._schema()
        step = self.plan.first()
        path = self._finish(self._download(step))
        layer = self._open(path)
        self.first = (path, layer, self._answer(step, path, layer))

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
        first_two = signatures(layer, 2)
        if len(first_two) < 2:
            return True  # fewer than two features: nothing to compare (repeated pages are caught anyway)
        path = ""
        try:
            path = self._finish(self._download(Step(1, 1)))
            probe = signatures(self._open(path), 2)
        except (UnreadableError, wfs.WfsError):
            probe = []
        _remove(path)
        return probe == first_two[1:]

    def _following(self, answer: Answer, layer) -> Optional[Step]:
        """The request after ``answer`` (None: the end), probing STARTINDEX first where that is not known."""
        step = self.plan.after(answer)
        # A probe only after a full answer: a short one is followed by a request whose repetition (a server
        # ignoring STARTINDEX) costs no more than the answer itself and is caught by the repeated-page rule.
        if step is not None and self.plan.needs_probe and answer.asked is not None and answer.got >= answer.asked:
            self.plan.pages = self._honours_startindex(layer)
            if not self.plan.pages:
                LOG.info("%s ignores STARTINDEX: it does not page", wfs.host_of(self.service.url))
                return self.plan.cannot_page()
        return step

    # -- all answers
    def run(self, consume) -> None:
        """``consume(layer)`` each answer (layer None: no features) while the next one downloads.

        ``consume`` returns whether it wants more features. At the end ``plan.complete`` says whether the
        layer arrived whole and ``plan.reason`` why not.
        """
        assert self.first is not None, "start() first"
        path, layer, answer = self.first
        self.first = None
        pending = None
        try:
            while True:
                step = self._following(answer, layer)
                pending = self._download(step) if step is not None else None
                self.reader.pump = pending.pump if pending is not None else None
                more = consume(layer)
                layer = None
                _remove(path)
                if answer.start and answer.got and not self.reader.new:
                    LOG.warning("%s sent only features it had sent before: stopping after %d",
                                wfs.host_of(self.service.url), self.plan.received)
                    self.plan.repeated(answer.got)
                    break
                if not more:  # MAX_FEATURES reached after the caller's own extent test
                    if step is not None:
                        self.plan.stopped_by_limit()
                    break
                if pending is None:
                    break
                path = self._finish(pending)
                pending = None
                try:
                    layer = self._open(path)
                except UnreadableError as error:
                    raise wfs.WfsError(translate(
                        "Wfs", "GDAL could not read the features that {host} sent.").format(
                        host=wfs.host_of(self.service.url))) from error
                answer = self._answer(step, path, layer)  # type: ignore[arg-type]  # (pending implies a step)
        finally:
            if pending is not None:
                pending.abort()

    def close(self):
        self.first = None
        shutil.rmtree(self.folder, ignore_errors=True)


def _remove(path: str) -> None:
    if not path:
        return
    try:
        os.remove(path)
    except OSError:  # still open (Windows); the folder goes at the end
        pass
