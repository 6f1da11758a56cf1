# SPDX-License-Identifier: GPL-2.0-or-later
"""Speed limits laid onto links: by link id (+ measures) or by geometric overlap; the links cut into pieces.

An interval is (link, a, b, km/h): the limit applies from ``a`` to ``b`` metres
along the link. :func:`pieces_from_intervals` cuts each link where the limit
changes (the lowest limit wins where intervals overlap) and leaves links
without limits whole. Pure numpy and shapely 2.
"""
from __future__ import annotations

from typing import Tuple

import numpy as np
import shapely

from .pieces import Pieces, whole_links

SNAP_M = 1.0  # a cut this close to a link's end moves to the end
OVERLAP_M = 1.0  # a limit covers the part of a link within this distance
MIN_OVERLAP_M = 5.0  # shorter covered stretches (crossing streets) are ignored unless they are the whole link


def id_keys(values) -> np.ndarray:
    """Comparable text keys of id values: whole numbers without decimals, NULL as ''."""
    arr = np.asarray(values)
    if arr.dtype.kind in "iu":
        return arr.astype(str).astype(object)
    if arr.dtype.kind == "f":
        out = np.full(len(arr), "", dtype=object)
        ok = np.isfinite(arr)
        whole = ok & (arr == np.round(arr))
        out[whole] = arr[whole].astype(np.int64).astype(str)
        out[ok & ~whole] = arr[ok & ~whole].astype(str)
        return out
    obj = arr.astype(object)
    obj[np.equal(obj, np.full(1, None, dtype=object))] = ""
    text = obj.astype(str)
    uniq, inverse = np.unique(text, return_inverse=True)
    norm = np.array([_norm(u) for u in uniq.tolist()], dtype=object)
    return norm[inverse.ravel()] if len(uniq) else np.zeros(0, dtype=object)


def _norm(text: str) -> str:
    text = text.strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if number.is_integer() and abs(number) < 2**63 else text


def intervals_by_id(link_keys, lengths, limit_keys, speed, start=None, end=None):
    """(link, a, b, km/h) of limits matched to links by id; and how many limits matched no link.

    Without measures a limit covers its whole link. A link id shared by several
    links (the parts of a multi-part line) gives the limit to each of them.
    """
    link_keys, limit_keys = np.asarray(link_keys, dtype=object), np.asarray(limit_keys, dtype=object)
    order = np.argsort(link_keys.astype(str), kind="stable")
    sorted_keys = link_keys[order].astype(str)
    lo = np.searchsorted(sorted_keys, limit_keys.astype(str), side="left")
    hi = np.searchsorted(sorted_keys, limit_keys.astype(str), side="right")
    count = np.where(limit_keys == "", 0, hi - lo)
    unmatched = int(np.count_nonzero(count == 0))
    row = np.repeat(np.arange(len(limit_keys)), count)
    link = order[np.repeat(lo, count) + _ranks(count)]
    length = np.asarray(lengths, dtype=np.float64)[link]
    a = np.zeros(len(link)) if start is None else np.asarray(start, dtype=np.float64)[row]
    b = length.copy() if end is None else np.asarray(end, dtype=np.float64)[row]
    return link, a, b, np.asarray(speed, dtype=np.float64)[row], unmatched


def _ranks(counts: np.ndarray) -> np.ndarray:
    return np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)


def intervals_by_overlap(coords, offsets, limit_lines, speed, candidates=None):
    """(link, a, b, km/h) of the stretches of links within OVERLAP_M of a limit line.

    ``limit_lines``: shapely LineStrings in the links' CRS; ``candidates``: mask of
    the links that may take limits. Stretches shorter than MIN_OVERLAP_M are
    ignored unless they cover the whole link.
    """
    n = len(offsets) - 1
    part = np.repeat(np.arange(n), np.diff(offsets))
    links = shapely.linestrings(coords, indices=part)
    pick = np.arange(n) if candidates is None else np.flatnonzero(candidates)
    empty = (np.zeros(0, np.int64), np.zeros(0), np.zeros(0), np.zeros(0))
    if len(pick) == 0 or len(limit_lines) == 0:
        return empty
    zones = shapely.buffer(np.asarray(limit_lines, dtype=object), OVERLAP_M, cap_style="flat")
    tree = shapely.STRtree(zones)
    link_j, zone_i = tree.query(links[pick], predicate="intersects")
    # links that only touch a zone (the neighbours meeting at the limit's ends) cover nothing of it
    touch_j, touch_i = tree.query(links[pick], predicate="touches")
    if len(touch_j):
        key, touch = link_j * len(zones) + zone_i, touch_j * len(zones) + touch_i
        keep = ~np.isin(key, touch)
        link_j, zone_i = link_j[keep], zone_i[keep]
    link_i = pick[link_j]
    covered = shapely.intersection(links[link_i], zones[zone_i])
    pieces, owner = shapely.get_parts(covered, return_index=True)
    lines = shapely.get_type_id(pieces) == 1
    pieces, owner = pieces[lines], owner[lines]
    if len(pieces) == 0:
        return empty
    link = link_i[owner]
    ends = shapely.get_coordinates(shapely.boundary(pieces))  # two end points per piece
    first = shapely.points(ends[0::2])
    last = shapely.points(ends[1::2])
    a = shapely.line_locate_point(links[link], first)
    b = shapely.line_locate_point(links[link], last)
    a, b = np.minimum(a, b), np.maximum(a, b)
    total = shapely.length(links[link])
    keep = ((b - a) >= MIN_OVERLAP_M) | ((b - a) >= total - SNAP_M)
    return link[keep], a[keep], b[keep], np.asarray(speed, dtype=np.float64)[zone_i[owner]][keep]


def pieces_from_intervals(lengths, link, a, b, speed) -> Tuple[Pieces, int]:
    """Links cut where the laid limit changes; (pieces ordered by link and position, links with a limit)."""
    lengths = np.asarray(lengths, dtype=np.float64)
    link = np.asarray(link, dtype=np.int64)
    a, b = _snap(np.clip(a, 0, lengths[link]), lengths[link]), _snap(np.clip(b, 0, lengths[link]), lengths[link])
    ok = (b > a) & np.isfinite(speed) & (np.asarray(speed) > 0)
    link, a, b, speed = link[ok], a[ok], b[ok], np.asarray(speed, dtype=np.float64)[ok]
    base = np.concatenate([[0.0], np.cumsum(lengths + 1.0)[:-1]]) if len(lengths) else np.zeros(0)
    touched = np.unique(link)
    cuts = np.unique(np.concatenate([base[touched], base[touched] + lengths[touched], base[link] + a,
                                     base[link] + b]))
    cut_link = np.searchsorted(base, cuts, side="right") - 1
    inside = cut_link[1:] == cut_link[:-1]
    p_link, p_start, p_end = cut_link[:-1][inside], cuts[:-1][inside], cuts[1:][inside]
    limit = np.full(len(p_link), np.inf)
    first = np.searchsorted(p_start, base[link] + a)
    count = np.searchsorted(p_start, base[link] + b) - first
    np.minimum.at(limit, np.repeat(first, count) + _ranks(count), np.repeat(speed, count))
    limit[np.isinf(limit)] = np.nan
    p_link, p_start, p_end, limit = _merge(p_link, p_start - base[p_link], p_end - base[p_link], limit)
    untouched = np.setdiff1d(np.arange(len(lengths)), touched)
    rest = whole_links(lengths).subset(untouched)
    whole = (p_start <= 0) & (p_end >= lengths[p_link])
    cut = Pieces(p_link, p_start, p_end, limit, whole)
    merged = Pieces(*(np.concatenate([getattr(rest, f), getattr(cut, f)]) for f in
                      ("link", "start", "end", "limit", "whole")))
    order = np.lexsort((merged.start, merged.link))
    return merged.subset(order), len(touched)


def _snap(pos, length):
    pos = np.where(pos <= SNAP_M, 0.0, pos)
    return np.where(pos >= length - SNAP_M, length, pos)


def _merge(link, start, end, limit):
    """Neighbouring pieces of a link with the same limit (or both none) joined."""
    if len(link) == 0:
        return link, start, end, limit
    same = (link[1:] == link[:-1]) & ((limit[1:] == limit[:-1]) | (np.isnan(limit[1:]) & np.isnan(limit[:-1])))
    head = np.concatenate([[True], ~same])
    last = np.concatenate([np.flatnonzero(head)[1:] - 1, [len(link) - 1]])
    return link[head], start[head], end[last], limit[head]


__all__ = ["id_keys", "intervals_by_id", "intervals_by_overlap", "pieces_from_intervals"]
