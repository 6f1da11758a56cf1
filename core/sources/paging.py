# SPDX-License-Identifier: GPL-2.0-or-later
"""Which request comes next, and whether what arrived is the whole layer: the paging rules of fetchwfs.

Pure logic, no I/O: ``PagePlan`` is told what each answer held and answers with the next
request (start index and count) or the end, and at the end whether the download is known
to be complete (``complete``) and, if not, why (``reason``).

The rules (README, "Fetch from WFS"):

- Page size: the maximum the server advertises (WFS 2.0 ``CountDefault``, 1.1.0
  ``DefaultMaxFeatures``), else a first request of ``FIRST_PAGE`` and then everything
  else in one request (fewest requests for servers that build every answer whole).
- When the server says how many features match (``numberMatched`` as a number), pages
  follow until that many arrived. Otherwise an answer that is empty, or shorter than
  what it was asked for and than the advertised maximum, is the last one. Without an
  advertised maximum, an answer shorter than an earlier one (the server has shown that
  it can send more at a time) is the last one, and an answer of the largest size seen
  so far may have been cut at the server's own unadvertised maximum, so the next page is
  asked for (it comes back empty when the layer has ended). A WFS 2.0 ``next`` link or an OGC API
  ``next`` link always means more.
- Paging needs a server that honours STARTINDEX (WFS 2.0 ``ImplementsResultPaging``, or
  a probe for 1.0.0/1.1.0, which MapServer, GeoServer and QGIS Server page as a vendor
  parameter). When it does not, the download stops after the first answer and is
  complete only if the server's count says so.
- A page made only of features already received means the server does not page after
  all (or its order changed): the download stops, incomplete.
- ``limit`` (MAX_FEATURES): the download stops there; complete only when the server's
  count shows the layer has no more.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

FIRST_PAGE = 50_000  # without an advertised maximum: the first request (then everything else in one)

# Why a download may be incomplete (``PagePlan.reason``).
LIMIT = "limit"  # MAX_FEATURES stopped it
NO_PAGING = "nopaging"  # more may exist, but the server does not page (STARTINDEX ignored)
REPEATED = "repeated"  # a page held only features already received
SHORT = "short"  # fewer features arrived than the server counted


@dataclass(frozen=True)
class Answer:
    """What one answer held: ``got`` features from ``start`` (asked for ``asked``; None: all)."""

    start: int
    asked: Optional[int]
    got: int
    matched: Optional[int] = None  # numberMatched when the server gives a number
    has_next: bool = False  # the answer links to a next page


@dataclass(frozen=True)
class Step:
    """The next request: features from ``start``, ``count`` of them (None: all there are)."""

    start: int
    count: Optional[int]


class PagePlan:
    """Decides the requests of one download and whether it is complete (see the module docstring).

    ``limit``: at most this many features (0: all). ``server_max``: the advertised maximum per
    answer. ``page_size``: pages of this size throughout (tests, the caller's choice).
    ``pages``: whether the server honours STARTINDEX (None: not known; the caller probes when
    ``needs_probe``). ``linked``: the pages come by ``next`` links (OGC API Features).
    """

    def __init__(self, limit: int = 0, server_max: Optional[int] = None, page_size: Optional[int] = None,
                 pages: Optional[bool] = None, linked: bool = False):
        self.limit = max(0, limit or 0)
        self.server_max = server_max if server_max and server_max > 0 else None
        self.fixed = page_size if page_size and page_size > 0 else None
        self.pages = True if linked else pages
        self.linked = linked
        self.total: Optional[int] = None  # the server's count, once it gave one
        self.received = 0  # features the answers held
        self.largest = 0  # the most features one answer held
        self.complete: Optional[bool] = None  # set when the plan ends
        self.reason = ""

    # -- requests
    def first(self) -> Step:
        return Step(0, self._count(0, first=True))

    def _count(self, received: int, first: bool = False) -> Optional[int]:
        size = self.fixed or self.server_max
        if size is None and first:
            size = FIRST_PAGE
        if self.limit:
            left = self.limit - received
            return left if size is None else min(size, left)
        return size

    @property
    def needs_probe(self) -> bool:
        """Whether the caller must find out if the server honours STARTINDEX before the next request."""
        return self.pages is None

    # -- answers
    def after(self, answer: Answer) -> Optional[Step]:
        """The request after ``answer`` (None: the download ends; ``complete`` and ``reason`` say how)."""
        largest_before = self.largest
        self.received += answer.got
        self.largest = max(self.largest, answer.got)
        if answer.matched is not None:
            self.total = answer.matched
        if self.limit and self.received >= self.limit:
            return self._end(self.total is not None and self.total <= self.limit, LIMIT)
        if answer.got == 0:
            return self._end(self.total is None or self.received >= self.total, SHORT)
        following = answer.start + answer.got
        if self.linked:
            more = answer.has_next
        elif self.total is not None:
            more = following < self.total
        else:
            more = answer.has_next or self._may_be_capped(answer, largest_before, self.server_max)
        if not more:
            return self._end(self.total is None or self.received >= self.total, SHORT)
        if self.pages is False:
            return self.cannot_page()
        return Step(following, self._count(self.received))

    @staticmethod
    def _may_be_capped(answer: Answer, largest_before: int, server_max: Optional[int]) -> bool:
        """Whether more may follow an answer: it is as full as asked or as the server's advertised maximum,
        or (no maximum advertised) as large as any answer so far."""
        if answer.asked is not None and answer.got >= answer.asked:
            return True
        if server_max is not None:
            return answer.got >= server_max
        return answer.got >= largest_before

    def cannot_page(self) -> Optional[Step]:
        """The server does not honour STARTINDEX: the download ends after what arrived."""
        self.pages = False
        return self._end(self.total is not None and self.received >= self.total, NO_PAGING)

    def repeated(self, got: int) -> None:
        """The last page (``got`` features) held only features received before: the server does not page
        after all."""
        self.pages = False
        self.received -= got
        self.complete, self.reason = (self.total is not None and self.received >= self.total), REPEATED

    def stopped_by_limit(self) -> None:
        """The caller stopped at MAX_FEATURES (features counted after its own extent test)."""
        if self.complete is None or self.complete:
            self.complete, self.reason = False, LIMIT

    def _end(self, complete: bool, reason: str) -> Optional[Step]:
        self.complete = bool(complete)
        self.reason = "" if self.complete else reason
        return None
