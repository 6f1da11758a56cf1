# SPDX-License-Identifier: GPL-2.0-or-later
"""A road network as a directed graph of travel times (pure numpy/scipy).

Nodes are the end points of the line parts and the vertices shared by two or
more lines (or met twice by the same line); edges run along the lines between
consecutive nodes and cost their length divided by the speed, in minutes.
Coordinates must be in a metric CRS.

    net = RoadNetwork.from_lines(parts, speeds_kmh=speeds, directions=dirs)
    net.graph          # scipy.sparse.csr_matrix (n_nodes x n_nodes), minutes
    net.node_xy        # (n_nodes, 2) node coordinates
"""
from __future__ import annotations

import numpy as np
from scipy import sparse

#: Coordinates closer than this (metres, after rounding to a grid of this
#: size) are the same node.
DEFAULT_TOLERANCE_M = 0.001
#: The smallest edge cost (minutes); keeps zero-length edges real edges.
MIN_EDGE_COST = 1e-12

# Direction codes of RoadNetwork: 0 both ways, 1 along the digitising
# direction only, -1 against it only.
BOTH_WAYS = 0
ALONG = 1
AGAINST = -1

_DIRECTION_WORDS = {
    # Digiroad ajosuunta
    "2": BOTH_WAYS,
    "3": AGAINST,
    "4": ALONG,
    # OSM oneway and general words
    "yes": ALONG,
    "true": ALONG,
    "1": ALONG,
    "-1": AGAINST,
    "reverse": AGAINST,
    "no": BOTH_WAYS,
    "false": BOTH_WAYS,
    "0": BOTH_WAYS,
    "": BOTH_WAYS,
    "none": BOTH_WAYS,
    "null": BOTH_WAYS,
    "nan": BOTH_WAYS,
}


def parse_direction_values(values, return_unknown: bool = False):
    """Direction codes (int8: 0 both, 1 along, -1 against) from field values.

    Accepts Digiroad ``ajosuunta`` (2 both ways, 3 against and 4 along the
    digitising direction) and OSM ``oneway`` (yes/true/1 along, -1/reverse
    against, no/false/0 both ways). NULL/empty and unknown values count as
    both ways; with ``return_unknown`` the number of unknown (non-empty)
    values is returned too.
    """
    arr = np.asarray(values)
    n = arr.shape[0] if arr.ndim else 0
    if n == 0:
        out = np.zeros(0, dtype=np.int8)
        return (out, 0) if return_unknown else out
    if arr.dtype.kind in "iuf" or arr.dtype.kind == "b":
        num = arr.astype(np.float64)
        out = np.zeros(n, dtype=np.int8)
        out[(num == 4) | (num == 1)] = ALONG
        out[(num == 3) | (num == -1)] = AGAINST
        known = np.isnan(num) | np.isin(num, (0, 1, -1, 2, 3, 4))
        unknown = int(np.count_nonzero(~known))
        return (out, unknown) if return_unknown else out
    obj = arr.astype(object)
    obj[np.equal(obj, None)] = ""  # type: ignore[call-overload]  # elementwise "is None"; numpy stubs omit None
    text = np.char.lower(np.char.strip(obj.astype(str)))
    uniq, inverse = np.unique(text, return_inverse=True)
    codes = np.zeros(len(uniq), dtype=np.int8)
    unknown_u = np.zeros(len(uniq), dtype=bool)
    for i, word in enumerate(uniq):
        word = str(word)
        if word in _DIRECTION_WORDS:
            codes[i] = _DIRECTION_WORDS[word]
            continue
        try:
            number = float(word)
        except ValueError:
            unknown_u[i] = True
            continue
        if number.is_integer() and str(int(number)) in _DIRECTION_WORDS:
            codes[i] = _DIRECTION_WORDS[str(int(number))]
        else:
            unknown_u[i] = True
    out = codes[inverse.ravel()]
    unknown = int(np.count_nonzero(unknown_u[inverse.ravel()]))
    return (out, unknown) if return_unknown else out


def coordinate_ids(coords: np.ndarray, tolerance: float) -> np.ndarray:
    """Integer id per coordinate; equal ids for coordinates on the same grid point."""
    grid = np.round(coords / tolerance).astype(np.int64)
    gmin = grid.min(axis=0)
    grid -= gmin
    span = grid.max(axis=0) + 1
    if span[0] * float(span[1]) < 2.0**62:
        key = grid[:, 0] * span[1] + grid[:, 1]
        _, inverse = np.unique(key, return_inverse=True)
    else:  # astronomically large extents: compare the pairs themselves
        view = np.ascontiguousarray(grid).view(np.dtype((np.void, 16))).ravel()
        _, inverse = np.unique(view, return_inverse=True)
    return inverse.ravel().astype(np.int64)


def _index_dtype(n: int):
    return np.int32 if n < 2**31 - 1 else np.int64


def _csr_from_parts(indptr, indices, data, n) -> sparse.csr_matrix:
    itype = _index_dtype(max(n, len(indices)))
    m = sparse.csr_matrix((data, indices.astype(itype, copy=False), indptr.astype(itype, copy=False)),
                          shape=(n, n))
    m.has_sorted_indices = False
    return m


def _csr(rows, cols, data, n) -> sparse.csr_matrix:
    """CSR matrix from edges already sorted by row (no summing of duplicates)."""
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) > 1 and (rows[1:] < rows[:-1]).any():
        order = np.argsort(rows, kind="stable")
        rows, cols, data = rows[order], np.asarray(cols)[order], np.asarray(data)[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return _csr_from_parts(indptr, np.asarray(cols, dtype=np.int64), np.asarray(data, dtype=np.float64), n)


class RoadNetwork:
    """Directed road graph; edge cost in minutes."""

    def __init__(self, node_xy, edge_from, edge_to, edge_cost, edge_length, n_parts=0):
        self.node_xy = np.asarray(node_xy, dtype=np.float64).reshape(-1, 2)
        self.edge_from = np.asarray(edge_from, dtype=np.int64)
        self.edge_to = np.asarray(edge_to, dtype=np.int64)
        self.edge_cost = np.asarray(edge_cost, dtype=np.float64)
        self.edge_length = np.asarray(edge_length, dtype=np.float64)
        self.n_parts = int(n_parts)
        self._graph = None
        self._reverse = None

    # construction -------------------------------------------------------
    @classmethod
    def from_lines(cls, parts, speeds_kmh=None, directions=None, default_speed_kmh=50.0,
                   tolerance=DEFAULT_TOLERANCE_M) -> RoadNetwork:
        """Network from a list of (n_i, 2) vertex arrays (one per line part)."""
        counts = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
        offsets = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        if len(parts) and offsets[-1]:
            coords = np.concatenate([np.asarray(p, dtype=np.float64).reshape(-1, 2) for p in parts])
        else:
            coords = np.zeros((0, 2))
        return cls.from_flat(coords, offsets, speeds_kmh, directions, default_speed_kmh, tolerance)

    @classmethod
    def from_flat(cls, coords, offsets, speeds_kmh=None, directions=None, default_speed_kmh=50.0,
                  tolerance=DEFAULT_TOLERANCE_M) -> RoadNetwork:
        """Network from concatenated vertices ``coords`` (N, 2) and part ``offsets`` (P + 1,).

        Part i has the vertices ``coords[offsets[i]:offsets[i + 1]]``.
        ``speeds_kmh`` (P,) float, NaN or <= 0 meaning ``default_speed_kmh``;
        ``directions`` (P,) int8 codes (0 both ways, 1 along, -1 against).
        """
        if not default_speed_kmh or default_speed_kmh <= 0:
            raise ValueError("default_speed_kmh must be positive")
        coords = np.asarray(coords, dtype=np.float64).reshape(-1, 2)
        offsets = np.asarray(offsets, dtype=np.int64)
        n_parts = len(offsets) - 1
        speeds, dirs = _part_values(n_parts, speeds_kmh, directions, default_speed_kmh)
        part = np.repeat(np.arange(n_parts, dtype=np.int64), np.diff(offsets))
        # drop vertices with NaN coordinates
        good = np.isfinite(coords).all(axis=1)
        if not good.all():
            coords, part = coords[good], part[good]
        empty = cls(np.zeros((0, 2)), [], [], [], [], n_parts)
        if len(coords) == 0:
            return empty
        cid = coordinate_ids(coords, tolerance)
        # drop consecutive repeated vertices within a part
        keep = np.ones(len(cid), dtype=bool)
        keep[1:] = ~((cid[1:] == cid[:-1]) & (part[1:] == part[:-1]))
        coords, part, cid = coords[keep], part[keep], cid[keep]
        n = len(cid)
        same_next = np.zeros(n, dtype=bool)
        same_next[:-1] = part[1:] == part[:-1]
        first = np.ones(n, dtype=bool)
        first[1:] = ~same_next[:-1]
        last = ~same_next
        # a node: a part's end point or a coordinate met twice or more
        occurrences = np.bincount(cid)
        is_node = first | last | (occurrences[cid] >= 2)
        # segment i runs from vertex i to i + 1 (zero across part boundaries)
        seg = np.zeros(n, dtype=np.float64)
        d = coords[1:] - coords[:-1]
        seg[:-1] = np.where(same_next[:-1], np.hypot(d[:, 0], d[:, 1]), 0.0)
        node_vertex = np.flatnonzero(is_node)
        if len(node_vertex) < 2:
            return empty
        lengths = np.add.reduceat(seg, node_vertex)[:-1]
        a_v, b_v = node_vertex[:-1], node_vertex[1:]
        inside = part[a_v] == part[b_v]
        a_v, b_v, lengths = a_v[inside], b_v[inside], lengths[inside]
        node_of_cid, node_xy = _number_nodes(cid, node_vertex, coords)
        a = node_of_cid[cid[a_v]]
        b = node_of_cid[cid[b_v]]
        edge_part = part[a_v]
        cost = lengths * 0.06 / speeds[edge_part]
        direction = dirs[edge_part]
        u, v, w, ln = _directed_edges(a, b, cost, lengths, direction, len(node_xy))
        np.maximum(w, MIN_EDGE_COST, out=w)
        return cls(node_xy, u, v, w, ln, n_parts)

    # queries ------------------------------------------------------------
    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        """Number of directed edges."""
        return len(self.edge_from)

    @property
    def graph(self) -> sparse.csr_matrix:
        """Directed graph, ``graph[i, j]`` = minutes from node i to node j."""
        if self._graph is None:
            self._graph = _csr(self.edge_from, self.edge_to, self.edge_cost, self.n_nodes)
        return self._graph

    def _reverse_csr(self):
        """(indptr, indices, data) of the reversed graph, cached."""
        if getattr(self, "_reverse", None) is None:
            order = np.argsort(self.edge_to, kind="stable")
            rows = self.edge_to[order]
            indptr = np.zeros(self.n_nodes + 1, dtype=np.int64)
            np.cumsum(np.bincount(rows, minlength=self.n_nodes), out=indptr[1:])
            self._reverse = (indptr, self.edge_from[order], self.edge_cost[order])
        return self._reverse

    def augmented_reverse_graph(self, attach_nodes, attach_costs) -> sparse.csr_matrix:
        """Reversed graph plus one virtual node per attachment.

        Virtual node ``n_nodes + k`` has an edge to ``attach_nodes[k]`` costing
        ``attach_costs[k]``. A search from the virtual nodes in this graph
        gives, for every node, the cost of travelling from that node to the
        attachment points (plus their costs).
        """
        attach_nodes = np.asarray(attach_nodes, dtype=np.int64)
        k = len(attach_nodes)
        n = self.n_nodes + k
        indptr, indices, data = self._reverse_csr()
        indptr = np.concatenate([indptr, indptr[-1] + np.arange(1, k + 1)])
        indices = np.concatenate([indices, attach_nodes])
        # explicit zeros are edges for scipy.sparse.csgraph
        data = np.concatenate([data, np.asarray(attach_costs, dtype=np.float64)])
        return _csr_from_parts(indptr, indices, data, n)

    def component_labels(self) -> np.ndarray:
        """Weakly connected component label of every node."""
        from scipy.sparse.csgraph import connected_components

        return connected_components(self.graph, directed=True, connection="weak")[1]


def _part_values(n_parts: int, speeds_kmh, directions, default_speed_kmh: float):
    """(speed km/h, direction code) per part: NaN or non-positive speeds take the default."""
    speeds = np.full(n_parts, float(default_speed_kmh))
    if speeds_kmh is not None:
        given = np.asarray(speeds_kmh, dtype=np.float64)
        ok = np.isfinite(given) & (given > 0)
        speeds[ok] = given[ok]
    dirs = np.zeros(n_parts, dtype=np.int8)
    if directions is not None:
        dirs = np.asarray(directions, dtype=np.int8)
    return speeds, dirs


def _number_nodes(cid: np.ndarray, node_vertex: np.ndarray, coords: np.ndarray):
    """(node number per coordinate id or -1, node xy): compact numbering through a lookup table (cid is dense);
    a node stands at the first vertex that has its coordinate id."""
    n_cid = int(cid.max()) + 1
    node_of_cid = np.full(n_cid, -1, dtype=np.int64)
    node_cids = np.zeros(n_cid, dtype=bool)
    node_cids[cid[node_vertex]] = True
    node_of_cid[node_cids] = np.arange(int(node_cids.sum()))
    node_xy = np.empty((int(node_cids.sum()), 2))
    node_xy[node_of_cid[cid[node_vertex[::-1]]]] = coords[node_vertex[::-1]]  # first vertex wins
    return node_of_cid, node_xy


def _directed_edges(a, b, cost, lengths, direction, n_nodes: int):
    """(from, to, cost, length) of the directed edges, loops dropped, sorted by (from, to); of parallel edges the
    cheapest."""
    fwd = direction != AGAINST
    bwd = direction != ALONG
    u = np.concatenate([a[fwd], b[bwd]])
    v = np.concatenate([b[fwd], a[bwd]])
    w = np.concatenate([cost[fwd], cost[bwd]])
    ln = np.concatenate([lengths[fwd], lengths[bwd]])
    loop = u == v
    if loop.any():
        u, v, w, ln = u[~loop], v[~loop], w[~loop], ln[~loop]
    key = u * n_nodes + v
    order = np.argsort(key, kind="stable")
    key, u, v, w, ln = key[order], u[order], v[order], w[order], ln[order]
    firsts = np.ones(len(u), dtype=bool)
    firsts[1:] = key[1:] != key[:-1]
    if not firsts.all():
        # parallel edges are rare: order each run of equal keys by cost, keep the first
        dup = ~firsts
        dup[:-1] |= dup[1:]
        idx = np.flatnonzero(dup)
        sub = idx[np.lexsort((w[idx], key[idx]))]
        w[idx], ln[idx] = w[sub], ln[sub]
        u, v, w, ln = u[firsts], v[firsts], w[firsts], ln[firsts]
    return u, v, w, ln
