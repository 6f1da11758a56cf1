# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of premises derived from data: population within reach, agency presence, centres, stops.

Pure numpy/scipy/shapely over arrays in a metric CRS; the travel costs come
from :class:`core.network.costs.CostModel` (straight line in km or road network in
minutes). Each premises is measured on its own: the populations of
overlapping reach areas are counted for every premises that reaches them.
"""
from __future__ import annotations

import math
from typing import Callable, Dict, List, Optional, Set

import numpy as np

from ..rules.cancel import check as check_cancelled

#: Reachable (demand, premises) pairs aimed at per call of ``CostModel.within`` (about 100 MB).
PAIR_TARGET = 4_000_000
#: Premises in the first call, which measures how many pairs a premises reaches.
FIRST_CHUNK = 32


def population_within(model, demand_xy, population, premises_xy, cutoff: float,
                      progress: Optional[Callable[[float], None]] = None,
                      cancelled: Optional[Callable[[], bool]] = None, pair_target: int = PAIR_TARGET):
    """Population whose cost to each premises is <= cutoff (NaN for premises off the network).

    Raises :class:`..rules.cancel.Cancelled` when ``cancelled()`` says so.

    Premises are searched in chunks; each chunk's (demand, premises) pairs are
    reduced to per-premises sums before the next chunk. The first chunk is
    small and measures how many pairs one premises reaches; later chunks are
    sized to about ``pair_target`` pairs, so memory stays bounded whatever the
    cutoff, and a sparse case needs few passes (each pass snaps the demand).
    """
    premises_xy = np.asarray(premises_xy, dtype=float).reshape(-1, 2)
    demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    population = np.asarray(population, dtype=float)
    n = len(premises_xy)
    result = np.zeros(n)
    if n == 0:
        return result
    reachable = np.ones(n, dtype=bool)
    if model.is_road:
        node, _access, _dist = model.snap(premises_xy)
        reachable = node >= 0
    if len(demand_xy) == 0:
        result[~reachable] = np.nan
        return result
    start, chunk = 0, max(1, min(n, FIRST_CHUNK, pair_target // max(len(demand_xy), 1) or 1))
    while start < n:
        check_cancelled(cancelled)
        stop = min(n, start + chunk)
        rows, cols, _costs = model.within(demand_xy, premises_xy[start:stop], cutoff, cancelled=cancelled)
        result[start:stop] = np.bincount(cols, weights=population[rows], minlength=stop - start)
        per_premises = max(1.0, len(rows) / (stop - start))
        chunk = max(1, int(pair_target / per_premises))
        start = stop
        if progress is not None:
            progress(stop / n)
    result[~reachable] = np.nan
    return result


def presence_summary(premises_ids, presence_ids, agencies, modes, visits):
    """Per premises: agencies with own staff, agencies in any mode, total annual visits.

    Agencies are counted once per premises (codes compared case-insensitively);
    NULL visits count as 0. Presence rows of unknown premises are ignored and
    counted (returned last).
    """
    index: Dict[object, List[int]] = {}
    for k, pid in enumerate(premises_ids):
        if pid is not None:
            index.setdefault(pid, []).append(k)
    n = len(premises_ids)
    staff_sets: List[Set[str]] = [set() for _ in range(n)]
    all_sets: List[Set[str]] = [set() for _ in range(n)]
    visit_totals = np.zeros(n)
    unknown = 0
    for pid, agency, mode, visit in zip(presence_ids, agencies, modes, visits):
        rows = index.get(pid)
        if rows is None:
            unknown += 1
            continue
        code = (agency or "").strip().upper()
        is_staff = (mode or "").strip().lower() == "staff"
        v = 0.0 if visit is None or (isinstance(visit, float) and math.isnan(visit)) else float(visit)
        for k in rows:
            if code:
                all_sets[k].add(code)
                if is_staff:
                    staff_sets[k].add(code)
            visit_totals[k] += v
    staff = np.array([len(s) for s in staff_sets], dtype=np.int64)
    total = np.array([len(s) for s in all_sets], dtype=np.int64)
    return staff, total, visit_totals, unknown


def centre_distance(points_xy, polygons):
    """(in_centre 0/1, distance in CRS units to the nearest polygon; 0 inside or on the edge)."""
    import shapely

    points = shapely.points(np.asarray(points_xy, dtype=float).reshape(-1, 2))
    n = len(points)
    if len(polygons) == 0:
        return np.zeros(n, dtype=np.int64), np.full(n, np.nan)
    tree = shapely.STRtree(polygons)
    (point_index, _poly_index), distance = tree.query_nearest(points, return_distance=True, all_matches=False)
    dist = np.full(n, np.nan)
    dist[point_index] = distance
    return (dist == 0).astype(np.int64), dist


def nearest_point_distance(points_xy, targets_xy):
    """Straight-line distance (CRS units) from each point to the nearest target point."""
    from scipy.spatial import cKDTree

    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    targets_xy = np.asarray(targets_xy, dtype=float).reshape(-1, 2)
    if len(targets_xy) == 0:
        return np.full(len(points_xy), np.nan)
    distance, _ = cKDTree(targets_xy).query(points_xy, k=1)
    return np.asarray(distance, dtype=float)
