# SPDX-License-Identifier: GPL-2.0-or-later
"""Links and pieces of links (pure numpy).

A link is one line part (``coords[offsets[i]:offsets[i + 1]]``, metric CRS).
A piece is the stretch ``[start, end]`` metres of a link; links are split only
where a speed limit changes along them, so most links are one whole piece.
The cut points are new vertices inside a link: the end points (the vertices
that links share) are never moved.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Pieces:
    link: np.ndarray  # (k,) int64 link (line part) of the piece
    start: np.ndarray  # (k,) metres from the link's first vertex
    end: np.ndarray  # (k,)
    limit: np.ndarray  # (k,) km/h laid on the piece; NaN: none
    whole: np.ndarray  # (k,) bool: the piece is its whole link

    @property
    def length(self) -> np.ndarray:
        return self.end - self.start

    def subset(self, mask) -> Pieces:
        return Pieces(self.link[mask], self.start[mask], self.end[mask], self.limit[mask], self.whole[mask])

    def __len__(self) -> int:
        return len(self.link)


def vertex_distances(coords: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Distance of every vertex from its part's first vertex (metres)."""
    d = np.zeros(len(coords))
    if len(coords) > 1:
        step = np.hypot(*(coords[1:] - coords[:-1]).T)
        d[1:] = np.cumsum(step)
    first = offsets[:-1]
    counts = np.diff(offsets)
    base = np.repeat(d[first[counts > 0]], counts[counts > 0])
    return d - base


def part_lengths(coords: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    dist = vertex_distances(coords, offsets)
    counts = np.diff(offsets)
    out = np.zeros(len(counts))
    has = counts > 0
    out[has] = dist[offsets[1:][has] - 1]
    return out


def whole_links(lengths: np.ndarray) -> Pieces:
    n = len(lengths)
    return Pieces(np.arange(n, dtype=np.int64), np.zeros(n), np.asarray(lengths, dtype=np.float64).copy(),
                  np.full(n, np.nan), np.ones(n, dtype=bool))


def piece_coords(coords: np.ndarray, offsets: np.ndarray, pieces: Pieces):
    """(coords, offsets) of the pieces' own vertex lists: whole links as they are, cut ones interpolated."""
    dist = vertex_distances(coords, offsets)
    counts = np.diff(offsets)
    lengths = part_lengths(coords, offsets)
    # a global position: links laid end to end with a gap, so that searches never cross a link's end
    base = np.concatenate([[0.0], np.cumsum(lengths + 1.0)[:-1]]) if len(lengths) else np.zeros(0)
    gpos = dist + np.repeat(base, counts)
    whole = pieces.whole
    g0 = base[pieces.link] + pieces.start
    g1 = base[pieces.link] + pieces.end
    first_inner = np.searchsorted(gpos, g0, side="right")
    last_inner = np.searchsorted(gpos, g1, side="left")  # exclusive
    first_inner[whole] = offsets[pieces.link[whole]]
    last_inner[whole] = offsets[pieces.link[whole] + 1]
    n_inner = np.maximum(last_inner - first_inner, 0)
    n_out = n_inner + np.where(whole, 0, 2)
    out_offsets = np.zeros(len(pieces) + 1, dtype=np.int64)
    np.cumsum(n_out, out=out_offsets[1:])
    out = np.empty((int(out_offsets[-1]), 2))
    inner_rows = np.repeat(out_offsets[:-1] + np.where(whole, 0, 1), n_inner) + _ranks(n_inner)
    out[inner_rows] = coords[np.repeat(first_inner, n_inner) + _ranks(n_inner)]
    cut = np.flatnonzero(~whole)
    if len(cut):
        out[out_offsets[cut]] = _interpolate(coords, gpos, offsets, pieces.link[cut], g0[cut])
        out[out_offsets[cut + 1] - 1] = _interpolate(coords, gpos, offsets, pieces.link[cut], g1[cut])
    return out, out_offsets


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0, 1, ..., c - 1 for each count, concatenated."""
    total = int(counts.sum())
    return np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)


def _interpolate(coords, gpos, offsets, link, g) -> np.ndarray:
    """Points at global positions ``g`` on their links."""
    at = np.searchsorted(gpos, g, side="right") - 1
    at = np.clip(at, offsets[link], offsets[link + 1] - 2)
    seg = gpos[at + 1] - gpos[at]
    t = np.divide(g - gpos[at], seg, out=np.zeros(len(g)), where=seg > 0)
    t = np.clip(t, 0.0, 1.0)[:, None]
    return coords[at] * (1 - t) + coords[at + 1] * t


__all__ = ["Pieces", "vertex_distances", "part_lengths", "whole_links", "piece_coords"]
