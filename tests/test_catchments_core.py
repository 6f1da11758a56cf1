# SPDX-License-Identifier: GPL-2.0-or-later
"""core.allocation.catchments: cutoffs, bands, summaries, dissolves and Voronoi catchments (pure numpy/shapely)."""
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from palveluverkko.core.allocation import catchments as cm


def test_bands_inclusive_and_unreachable():
    cost = np.array([0.0, 30.0, 30.000001, 60.0, 61.0, np.nan])
    bands = cm.assign_bands(cost, np.array([30.0, 60.0]), ["30", "60"])
    assert bands.tolist() == ["0-30", "0-30", "30-60", "30-60", ">60", "unreachable"]


def test_summarise_exact():
    fac = np.array([0, 0, 1, -1, 0, 2])
    cost = np.array([10.0, 40.0, 5.0, np.nan, 70.0, 3.0])
    pop = np.array([100.0, 50.0, 0.0, 7.0, 10.0, 0.0])
    s = cm.summarise(fac, cost, pop, 4, np.array([30.0, 60.0]))
    assert s.population.tolist() == [160.0, 0.0, 0.0, 0.0]
    assert s.pop_within.tolist() == [[100.0, 150.0], [0, 0], [0, 0], [0, 0]]
    assert s.mean_cost[0] == pytest.approx((100 * 10 + 50 * 40 + 10 * 70) / 160)
    assert np.isnan(s.mean_cost[1:]).all()
    assert s.max_cost[:3].tolist() == [70.0, 5.0, 3.0] and np.isnan(s.max_cost[3])
    assert s.demand_count.tolist() == [3, 1, 1, 0]
    assert s.total_population == 167.0 and s.unreachable_population == 7.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 4), st.floats(0, 100), st.floats(0, 1e5)), min_size=1, max_size=60))
def test_population_conserved(rows):
    fac = np.array([r[0] for r in rows])
    cost = np.array([np.nan if r[0] < 0 else r[1] for r in rows])
    pop = np.array([r[2] for r in rows])
    s = cm.summarise(fac, cost, pop, 5, np.array([10.0, 50.0]))
    assert s.population.sum() + s.unreachable_population == pytest.approx(s.total_population, rel=1e-12)
    assert (s.pop_within[:, 0] <= s.pop_within[:, 1] + 1e-9).all()
    assert (s.pop_within[:, 1] <= s.population + 1e-9).all()
    assert s.demand_count.sum() == (fac >= 0).sum()


def grid_cells(ij, size=1000.0, x0=380000.0, y0=6670000.0):
    return np.array([shapely.box(x0 + i * size, y0 + j * size, x0 + (i + 1) * size, y0 + (j + 1) * size)
                     for i, j in ij], dtype=object)


def assert_same_areas(got, geoms, labels, n):
    for k in range(n):
        members = geoms[labels == k]
        if len(members) == 0:
            assert got[k] is None
            continue
        want = shapely.union_all(members)
        assert shapely.is_valid(got[k])
        assert shapely.area(shapely.symmetric_difference(got[k], want)) < 1e-6 * shapely.area(want) + 1e-6


def test_dissolve_grid_cells():
    rng = np.random.default_rng(3)
    ij = [(i, j) for i in range(20) for j in range(15) if rng.random() < 0.6]
    geoms = grid_cells(ij)
    assert cm.grid_layout(geoms) is not None
    labels = rng.integers(-1, 5, size=len(geoms))
    got = cm.dissolve_by_label(geoms, labels, 6)
    assert_same_areas(got, geoms, labels, 6)
    assert got[5] is None


def test_dissolve_general_coverage_and_overlaps():
    # triangles of a triangulated square grid: a coverage, not a lattice of cells
    rng = np.random.default_rng(5)
    tris = []
    for i in range(8):
        for j in range(8):
            tris += [shapely.Polygon([(i, j), (i + 1, j), (i + 1, j + 1)]),
                     shapely.Polygon([(i, j), (i + 1, j + 1), (i, j + 1)])]
    geoms = np.array(tris, dtype=object)
    assert cm.grid_layout(geoms) is None
    labels = rng.integers(0, 3, size=len(geoms))
    assert_same_areas(cm.dissolve_by_label(geoms, labels, 3), geoms, labels, 3)
    # overlapping and not edge-matched polygons fall back to a plain union
    odd = np.array([shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3), shapely.box(3, 0, 4, 1),
                    shapely.box(3, 1, 3.5, 2), shapely.box(3.5, 1, 4, 2), shapely.box(3, 2, 4, 3)], dtype=object)
    labels = np.array([0, 0, 1, 1, 1, 1])
    assert_same_areas(cm.dissolve_by_label(odd, labels, 2), odd, labels, 2)


def test_voronoi_catchments_cover_points_without_overlap():
    rng = np.random.default_rng(11)
    xy = rng.uniform(0, 10000, size=(400, 2))
    fac = rng.uniform(0, 10000, size=(6, 2))
    labels = np.argmin(np.hypot(*(xy[:, None, :] - fac[None]).transpose(2, 0, 1)), axis=1)
    labels[:10] = -1  # unreachable points belong to no catchment
    areas = cm.voronoi_by_label(xy, labels, 7)
    assert areas[6] is None
    polys = [a for a in areas if a is not None]
    assert all(shapely.is_valid(p) for p in polys)
    for k, a in enumerate(areas[:6]):
        pts = shapely.points(xy[labels == k])
        assert shapely.covers(a, pts).all()
        others = shapely.points(xy[(labels != k) & (labels >= 0)])
        assert not shapely.contains(a, others).any()
    for a in range(6):
        for b in range(a + 1, 6):
            assert shapely.area(shapely.intersection(areas[a], areas[b])) < 1e-3


def test_voronoi_lattice_points_give_grid_cells():
    ij = [(i, j) for i in range(10) for j in range(6)]
    xy = np.array([(380500.0 + 1000 * i, 6670500.0 + 1000 * j) for i, j in ij])
    labels = np.array([0 if i < 4 else 1 for i, j in ij])
    areas = cm.voronoi_by_label(xy, labels, 2)
    assert shapely.area(areas[0]) == pytest.approx(4 * 6 * 1e6)
    assert shapely.area(areas[1]) == pytest.approx(6 * 6 * 1e6)
    assert shapely.bounds(areas[0]).tolist() == [380000, 6670000, 384000, 6676000]


@pytest.mark.parametrize("n", [1, 2])
def test_voronoi_one_or_two_points(n):
    xy = np.array([[0.0, 0.0], [100.0, 0.0]])[:n]
    areas = cm.voronoi_by_label(xy, np.arange(n), n)
    for k in range(n):
        assert shapely.contains_xy(areas[k], *xy[k])
    if n == 2:
        assert shapely.area(shapely.intersection(areas[0], areas[1])) < 1e-6
