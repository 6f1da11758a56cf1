# SPDX-License-Identifier: GPL-2.0-or-later
"""Travel costs from demand points to facilities (pure numpy/scipy).

Two models share one interface:

- ``CostModel.straight_line()``: Euclidean distance in kilometres;
- ``CostModel.road(network, default_speed_kmh, max_snap_m)``: minutes over a
  :class:`~.network.RoadNetwork`. Every point attaches to its nearest network
  node; the straight access leg is driven at ``default_speed_kmh``. A point
  farther than ``max_snap_m`` from every node, or in a part of the network
  without a facility, is unreachable. Costs are for travel from the demand to
  the facility, so one-way streets matter.

Methods (coordinates are (n, 2) arrays in the network's metric CRS):

- ``nearest(demand_xy, facility_xy)`` -> (facility index, cost): the cheapest
  facility of every demand point, ties going to the facility that comes first;
  -1 and NaN when unreachable. One multi-source search for all facilities.
- ``within(demand_xy, facility_xy, cutoff)`` -> (rows, cols, costs): every
  demand/facility pair with cost <= cutoff (COO triplets, rows are demand
  indices, cols facility indices), computed facility chunk by chunk with
  bounded searches so memory stays bounded.
- ``cost_matrix(demand_xy, facility_xy)`` -> dense (n_demand, n_facility)
  array, NaN where unreachable; for small problems.

Every method accepts ``progress`` (a callable taking a fraction 0..1) and
``cancelled`` (a callable returning True to stop; :class:`~..rules.cancel.Cancelled` is then
raised). No QGIS dependency.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Optional

import numpy as np
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from ..rules.cancel import check as check_cancelled
from .graph import RoadNetwork

#: Cost added per facility position in ``nearest`` so that exact ties go to
#: the facility that comes first (minutes; far below any meaningful difference).
TIE_EPSILON = 1e-10
#: Budget of float64 cells for one chunk of bounded searches / dense blocks.
CHUNK_CELLS = 16_000_000

ProgressFn = Optional[Callable[[float], None]]
CancelFn = Optional[Callable[[], bool]]


_check = check_cancelled  # raises rules.cancel.Cancelled when ``cancelled()`` says so


def _report(progress: ProgressFn, fraction: float) -> None:
    if progress is not None:
        progress(min(1.0, max(0.0, fraction)))


def _as_xy(xy) -> np.ndarray:
    return np.asarray(xy, dtype=np.float64).reshape(-1, 2)


class CostModel:
    """Straight-line (km) or road-network (minutes) travel costs."""

    STRAIGHT = "straight"
    ROAD = "road"

    def __init__(self, kind: str, network: Optional[RoadNetwork] = None,
                 default_speed_kmh: float = 50.0, max_snap_m: float = 1000.0):
        self.kind = kind
        self.network = network
        self.default_speed_kmh = float(default_speed_kmh)
        self.max_snap_m = float(max_snap_m)
        self._tree: Any = None  # cKDTree of the nodes with an edge; False when there are none
        self._snaps: Dict[Any, Any] = {}
        if kind == self.ROAD:
            if network is None:
                raise ValueError("a road cost model needs a network")
            if self.default_speed_kmh <= 0:
                raise ValueError("default_speed_kmh must be positive")

    @classmethod
    def straight_line(cls) -> CostModel:
        return cls(cls.STRAIGHT)

    @classmethod
    def road(cls, network: RoadNetwork, default_speed_kmh: float = 50.0,
             max_snap_m: float = 1000.0) -> CostModel:
        return cls(cls.ROAD, network, default_speed_kmh, max_snap_m)

    @property
    def is_road(self) -> bool:
        return self.kind == self.ROAD

    def road_network(self) -> RoadNetwork:
        """The network of a road model (a straight-line model has none)."""
        if self.network is None:
            raise ValueError("a straight-line cost model has no road network")
        return self.network

    @property
    def unit(self) -> str:
        """``"km"`` or ``"min"``."""
        return "min" if self.is_road else "km"

    # snapping -----------------------------------------------------------
    def snap(self, xy) -> tuple:
        """(node index, access cost in minutes, distance m); node -1 when too far.

        Points attach to the nearest node that has at least one edge.
        """
        xy = _as_xy(xy)
        n = len(xy)
        # p-median snaps the same points again and again: remember the last few answers
        key = (n, hash(xy.tobytes()))
        cache = self._snaps
        hit = cache.pop(key, None)
        if hit is None or not np.array_equal(hit[0], xy):
            hit = (xy.copy(), self._snap(xy))
        cache[key] = hit  # most recent last
        while len(cache) > 4:
            cache.pop(next(iter(cache)))
        return tuple(a.copy() for a in hit[1])

    def _snap(self, xy) -> tuple:
        n = len(xy)
        if self._tree is None:
            # only nodes with an edge (a zero-length line leaves a lonely node)
            net = self.road_network()
            used = np.zeros(net.n_nodes, dtype=bool)
            used[net.edge_from] = True
            used[net.edge_to] = True
            self._tree_nodes = np.flatnonzero(used)
            self._tree = cKDTree(net.node_xy[self._tree_nodes]) if len(self._tree_nodes) else False
        if self._tree is False or n == 0:
            return np.full(n, -1, dtype=np.int64), np.full(n, np.nan), np.full(n, np.inf)
        dist, idx = self._tree.query(xy, k=1, workers=-1)
        node = self._tree_nodes[np.asarray(idx, dtype=np.int64)]
        far = ~(dist <= self.max_snap_m)
        node[far] = -1
        access = dist * 0.06 / self.default_speed_kmh
        access[far] = np.nan
        return node, access, dist

    # nearest ------------------------------------------------------------
    def nearest(self, demand_xy, facility_xy, progress: ProgressFn = None, cancelled: CancelFn = None):
        """(facility index int64 (-1 unreachable), cost float64 (NaN unreachable))."""
        demand_xy, facility_xy = _as_xy(demand_xy), _as_xy(facility_xy)
        if len(facility_xy) == 0 or len(demand_xy) == 0:
            return np.full(len(demand_xy), -1, dtype=np.int64), np.full(len(demand_xy), np.nan)
        if self.is_road:
            return self._nearest_road(demand_xy, facility_xy, progress, cancelled)
        return self._nearest_straight(demand_xy, facility_xy, progress, cancelled)

    def _nearest_straight(self, demand_xy, facility_xy, progress, cancelled):
        nd, nf = len(demand_xy), len(facility_xy)
        k = min(nf, 8)
        tree = cKDTree(facility_xy)
        _check(cancelled)
        _, idx = tree.query(demand_xy, k=k, workers=-1)
        idx = idx.reshape(nd, k)
        # exact distances, then the first facility among the equal minima
        d = facility_xy[idx] - demand_xy[:, None, :]
        dist = np.hypot(d[..., 0], d[..., 1])
        best = dist.min(axis=1)
        candidate = np.where(dist <= best[:, None], idx, nf)
        fac = candidate.min(axis=1)
        # rows whose k neighbours all tie may hide an earlier facility: brute force
        if k < nf:
            crowded = np.flatnonzero(dist[:, -1] <= best)
            for start in range(0, len(crowded), max(1, CHUNK_CELLS // nf)):
                rows = crowded[start:start + max(1, CHUNK_CELLS // nf)]
                dd = facility_xy[None, :, :] - demand_xy[rows, None, :]
                full = np.hypot(dd[..., 0], dd[..., 1])
                fac[rows] = full.argmin(axis=1)
                best[rows] = full.min(axis=1)
        _report(progress, 1.0)
        return fac.astype(np.int64), best / 1000.0

    def _nearest_road(self, demand_xy, facility_xy, progress, cancelled):
        net = self.road_network()
        nd = len(demand_xy)
        fac = np.full(nd, -1, dtype=np.int64)
        cost = np.full(nd, np.nan)
        f_node, f_access, _ = self.snap(facility_xy)
        d_node, d_access, _ = self.snap(demand_xy)
        ok_f = np.flatnonzero(f_node >= 0)
        if len(ok_f) == 0:
            return fac, cost
        _check(cancelled)
        # perturb by position so that exact ties go to the first facility
        graph = net.augmented_reverse_graph(f_node[ok_f], f_access[ok_f] + ok_f * TIE_EPSILON)
        _report(progress, 0.1)
        sources = np.arange(net.n_nodes, net.n_nodes + len(ok_f))
        dist, _, src = dijkstra(graph, directed=True, indices=sources, min_only=True,
                                return_predecessors=True)
        _check(cancelled)
        ok_d = np.flatnonzero(d_node >= 0)
        reach = dist[d_node[ok_d]]
        good = np.isfinite(reach)
        rows = ok_d[good]
        chosen = ok_f[src[d_node[rows]] - net.n_nodes]
        fac[rows] = chosen
        cost[rows] = (reach[good] - chosen * TIE_EPSILON) + d_access[rows]
        _report(progress, 1.0)
        return fac, cost

    # within -------------------------------------------------------------
    def within(self, demand_xy, facility_xy, cutoff: float, progress: ProgressFn = None,
               cancelled: CancelFn = None):
        """COO triplets (demand rows, facility cols, costs) with cost <= cutoff.

        The triplets come grouped by facility, demand rows increasing within
        each facility.
        """
        demand_xy, facility_xy = _as_xy(demand_xy), _as_xy(facility_xy)
        parts = []
        for frac, rows, cols, costs in self._blocks(demand_xy, facility_xy, cutoff, cancelled):
            keep = costs <= cutoff
            parts.append((rows[keep], cols[keep], costs[keep]))
            _report(progress, frac)
        if not parts:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        return tuple(np.concatenate([p[i] for p in parts]) for i in range(3))

    def cost_matrix(self, demand_xy, facility_xy, progress: ProgressFn = None, cancelled: CancelFn = None):
        """Dense (n_demand, n_facility) cost array, NaN where unreachable."""
        demand_xy, facility_xy = _as_xy(demand_xy), _as_xy(facility_xy)
        out = np.full((len(demand_xy), len(facility_xy)), np.nan)
        for frac, rows, cols, costs in self._blocks(demand_xy, facility_xy, np.inf, cancelled):
            out[rows, cols] = costs
            _report(progress, frac)
        return out

    def _blocks(self, demand_xy, facility_xy, cutoff, cancelled):
        """Yield (fraction done, rows, cols, costs) per facility chunk.

        Costs are finite; pairs beyond ``cutoff`` may or may not be included.
        """
        nd, nf = len(demand_xy), len(facility_xy)
        if nd == 0 or nf == 0:
            return
        if not self.is_road:
            yield from self._blocks_straight(demand_xy, facility_xy, cutoff, cancelled)
            return
        net = self.road_network()
        f_node, f_access, _ = self.snap(facility_xy)
        d_node, d_access, _ = self.snap(demand_xy)
        ok_f = np.flatnonzero(f_node >= 0)
        ok_d = np.flatnonzero(d_node >= 0)
        if len(ok_f) == 0 or len(ok_d) == 0:
            return
        graph = net.augmented_reverse_graph(f_node[ok_f], f_access[ok_f])
        n_total = graph.shape[0]
        chunk = max(1, min(len(ok_f), CHUNK_CELLS // max(n_total, len(ok_d))))
        limit = np.inf if not np.isfinite(cutoff) else cutoff * (1 + 1e-9) + 1e-9
        dn, da = d_node[ok_d], d_access[ok_d]
        for start in range(0, len(ok_f), chunk):
            _check(cancelled)
            sel = np.arange(start, min(start + chunk, len(ok_f)))
            dist = dijkstra(graph, directed=True, indices=net.n_nodes + sel, limit=limit)
            block = dist[:, dn] + da[None, :]
            r, c = np.nonzero(np.isfinite(block) & (block <= limit))
            yield (sel[-1] + 1) / len(ok_f), ok_d[c], ok_f[sel[r]], block[r, c]

    def _blocks_straight(self, demand_xy, facility_xy, cutoff, cancelled):
        nf = len(facility_xy)
        if np.isfinite(cutoff):
            tree = cKDTree(demand_xy)
            radius = cutoff * 1000.0 * (1 + 1e-9) + 1e-9
            chunk = 64
            for start in range(0, nf, chunk):
                _check(cancelled)
                stop = min(start + chunk, nf)
                hits = tree.query_ball_point(facility_xy[start:stop], radius, return_sorted=True)
                counts = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
                rows = (np.concatenate([np.asarray(h, dtype=np.int64) for h in hits])
                        if counts.sum() else np.zeros(0, np.int64))
                cols = np.repeat(np.arange(start, stop, dtype=np.int64), counts)
                d = facility_xy[cols] - demand_xy[rows]
                yield stop / nf, rows, cols, np.hypot(d[:, 0], d[:, 1]) / 1000.0
            return
        nd = len(demand_xy)
        chunk = max(1, CHUNK_CELLS // nd)
        for start in range(0, nf, chunk):
            _check(cancelled)
            stop = min(start + chunk, nf)
            d = facility_xy[start:stop, None, :] - demand_xy[None, :, :]
            block = np.hypot(d[..., 0], d[..., 1]) / 1000.0
            r, c = np.indices(block.shape)
            yield stop / nf, c.ravel(), (r + start).ravel(), block.ravel()
