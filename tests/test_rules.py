# SPDX-License-Identifier: GPL-2.0-or-later
"""core/rules: each shared rule on its own, against hand-computed answers or an independent computation."""
from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from qgis.core import NULL, QgsFeedback, QgsGeometry
from qgis.PyQt.QtCore import QDate, QVariant

from palveluverkko.core.rules import areas, cutoffs, nulls, numbers, points
from palveluverkko.core.rules.cancel import Cancelled, check, check_feedback

#: A C-shaped premises (EPSG:3067): its centroid (about 2.2, 5) lies in the opening, outside the polygon.
C_SHAPE = "POLYGON ((0 0, 10 0, 10 3, 3 3, 3 7, 10 7, 10 10, 0 10, 0 0))"


# cutoffs -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, values, labels", [
    ("30,60", [30, 60], ["30", "60"]), (" 2.5; 5 ,10", [2.5, 5, 10], ["2.5", "5", "10"]), (" 60 ", [60], ["60"]),
    ("30.0,+60.50", [30, 60.5], ["30", "60.5"]), (".5,1", [0.5, 1], ["0.5", "1"])])
def test_cutoffs_parse(text, values, labels):
    got, got_labels = cutoffs.parse(text)
    assert got.tolist() == values and got_labels == labels


@pytest.mark.parametrize("text", ["", None, "60,30", "30,30", "0,10", "-5,10", "a,b", "30,,60", "30,", "inf",
                                  "1e400", "1e2", "nan", "30 60"])
def test_cutoffs_refused(text):
    with pytest.raises(cutoffs.CutoffError):
        cutoffs.parse(text)


def test_cutoff_labels_and_suffixes():
    assert [cutoffs.label(v) for v in (30.0, 2.5, 0.0001, 1e16)] == ["30", "2.5", "0.0001", "10000000000000000"]
    assert [cutoffs.suffix(v) for v in (30.0, 2.5, "2.5")] == ["30", "2_5", "2_5"]


# NULL and population -------------------------------------------------------------------------------
def test_is_null():
    nulls_ = [None, NULL, QVariant(), math.nan, float("nan"), QDate()]
    values = [0, 0.0, "", "x", -1, QDate(2024, 1, 2), False]
    assert [nulls.is_null(v) for v in nulls_] == [True] * len(nulls_)
    assert [nulls.is_null(v) for v in values] == [False] * len(values)


def test_plain_and_text():
    assert [nulls.plain(v) for v in (None, NULL, QVariant(5), 5, "a")] == [None, None, 5, 5, "a"]
    assert [nulls.text(v) for v in (None, NULL, 12.0, 12.5, " a ", "", "  ", 7, math.nan)] == \
        [None, None, "12", "12.5", "a", None, None, "7", None]


def test_numeric_values():
    assert np.isnan(nulls.numeric_values([1, None, NULL, 2.5, math.nan])).tolist() == [False, True, True, False, True]
    assert nulls.numeric_values([1, None, 2.5])[[0, 2]].tolist() == [1.0, 2.5]
    assert nulls.numeric_values(np.array([1, -1], dtype=np.int32)).tolist() == [1.0, -1.0]
    with pytest.raises(ValueError):
        nulls.numeric_values([1, "7"])


def test_clean_population_and_masked():
    pop = nulls.clean_population([5, None, -1, 0, 2.5, NULL, math.nan, -3])
    assert pop.values.tolist() == [5, 0, 0, 0, 2.5, 0, 0, 0]
    assert (pop.nulls, pop.masked, pop.zeroed) == (3, 2, 5)
    assert nulls.masked([5, None, -1, 0]).tolist() == [False, True, True, False]


# cancellation --------------------------------------------------------------------------------------
def test_cancel_rule():
    check(None)
    check(lambda: False)
    with pytest.raises(Cancelled):
        check(lambda: True)
    feedback = QgsFeedback()
    check_feedback(feedback, 0.25)
    assert feedback.progress() == 25
    feedback.cancel()
    with pytest.raises(Cancelled):
        check_feedback(feedback)


def test_every_cancellation_is_the_one_exception():
    from palveluverkko.core.allocation import locationallocation as la
    from palveluverkko.core.sources import wfs
    from palveluverkko.core.suitability import criteria, scoring

    assert issubclass(wfs.WfsCancelled, Cancelled) and issubclass(wfs.WfsCancelled, wfs.WfsError)
    assert la.CancelledError is Cancelled
    feedback = QgsFeedback()
    feedback.cancel()
    x = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 3.0]])
    with pytest.raises(Cancelled):  # never None
        scoring.score(x, [True, True], [1, 1], runs=10, feedback=feedback)

    class Model:
        is_road = False

    with pytest.raises(Cancelled):
        criteria.population_within(Model(), x[:, :2], np.ones(3), x[:, :2], 1.0, cancelled=lambda: True)


# representative point ------------------------------------------------------------------------------
def test_representative_point_of_a_c_shape():
    polygon = shapely.from_wkt(C_SHAPE)
    assert not polygon.contains(polygon.centroid)
    xy, ok = points.representative_points(np.array([polygon]))
    expected = shapely.get_coordinates(shapely.point_on_surface(polygon))[0]
    assert ok.tolist() == [True] and xy[0].tolist() == expected.tolist()
    assert polygon.contains(shapely.Point(xy[0]))
    assert points.representative_point(QgsGeometry.fromWkt(C_SHAPE)) == tuple(expected)


def test_representative_point_rule_on_every_kind():
    wkts = ["POLYGON ((0 0, 4 0, 4 2, 0 2, 0 0))",  # centroid inside: the centroid
            "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))",  # centroid in the hole
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((9 0, 10 0, 10 1, 9 1, 9 0)))",  # centroid between parts
            "POINT (3 4)", "MULTIPOINT ((0 0), (2 2))", "LINESTRING (0 0, 4 0)",
            "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))",  # a bow tie: invalid, no point
            "POLYGON EMPTY"]
    geoms = shapely.from_wkt(wkts)
    xy, ok = points.representative_points(np.append(geoms, None))
    assert ok.tolist() == [True] * 6 + [False, False, False]
    assert xy[[0, 3, 4, 5]].tolist() == [[2, 1], [3, 4], [1, 1], [2, 0]]
    for k in (1, 2):
        assert not geoms[k].contains(geoms[k].centroid) and geoms[k].contains(shapely.Point(xy[k]))
    qgis = [points.representative_point(QgsGeometry.fromWkt(w)) for w in wkts] + [points.representative_point(None)]
    assert qgis[:6] == [tuple(p) for p in xy[:6].tolist()] and qgis[6:] == [None, None, None]


# point in area -------------------------------------------------------------------------------------
def test_locate_holes_and_parts():
    square = np.array([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)], dtype=float)
    hole = np.array([(4, 4), (6, 4), (6, 6), (4, 6), (4, 4)], dtype=float)
    x = np.array([1, 5, 105, 50])
    y = np.array([1, 5, 105, 50])
    assert areas.locate(x, y, [[square, hole, square + 100], [hole]]).tolist() == [0, 1, 0, -1]


def test_boundary_points_go_to_the_first_area():
    west = shapely.box(0, 0, 10, 10)
    east = shapely.box(10, 0, 20, 10)
    x = np.array([10, 10, 10, 0, 20, 5, 15, 20.0000001])
    y = np.array([5, 0, 10, 5, 5, 5, 5, 5])
    rings = [areas.rings_of_shapely(g) for g in (west, east)]
    assert areas.locate(x, y, rings).tolist() == [0, 0, 0, 0, 1, 0, 1, -1]
    assert areas.locate(x, y, rings[::-1]).tolist() == [0, 0, 0, 1, 0, 1, 0, -1]  # the order decides, only it


def test_locate_equals_the_closed_polygons_first_match():
    """Random areas; points inside, outside, on vertices and on edges: as GEOS's intersects, lowest index."""
    rng = np.random.default_rng(3)
    off = np.array([380000.0, 6670000.0])
    polys = [shapely.buffer(shapely.Point(*(off + rng.uniform(0, 5000, 2))), rng.uniform(500, 2500),
                            quad_segs=int(rng.integers(2, 9))) for _ in range(8)]
    polys += [shapely.Polygon(np.array([(0, 0), (3000, 0), (3000, 3000), (0, 3000)]) + off,
                              [np.array([(1000, 1000), (2000, 1000), (2000, 2000), (1000, 2000)]) + off]),
              shapely.box(*(off + (3000, 0)), *(off + (6000, 3000)))]
    pts = [off + rng.uniform(-500, 6000, (5000, 2))]
    for p in polys:
        c = shapely.get_coordinates(shapely.get_rings(p))
        pts += [c, (c[:-1] + c[1:]) / 2]
    pts = np.vstack(pts)
    got = areas.locate(pts[:, 0], pts[:, 1], [areas.rings_of_shapely(p) for p in polys])
    hit_point, hit_area = shapely.STRtree(polys).query(shapely.points(pts), predicate="intersects")
    expected = np.full(len(pts), len(polys))
    np.minimum.at(expected, hit_point, hit_area)
    expected[expected == len(polys)] = -1
    # a midpoint of a slanted edge may be a rounding away from the edge (GEOS: outside); within the tolerance
    # the rule counts it on the boundary
    near = np.array([min(shapely.distance(b, shapely.Point(q)) for b in shapely.boundary(polys)) for q in pts])
    clear = near > 1e-6
    assert (got[clear] == expected[clear]).all()
    assert (got[~clear] >= 0).all() and (~clear).sum() > 50


def test_locate_rings_of_qgis_and_shapely_agree():
    wkt = "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1)), ((9 0, 10 0, 10 1, 9 1, 9 0)))"
    a = areas.rings_of_geometry(QgsGeometry.fromWkt(wkt))
    b = areas.rings_of_shapely(shapely.from_wkt(wkt))
    assert [r.tolist() for r in a] == [r.tolist() for r in b]


# numbers -------------------------------------------------------------------------------------------
def test_thousands():
    s = numbers.THIN_SPACE
    assert numbers.thousands(1234567) == f"1{s}234{s}567"
    assert numbers.thousands(1234.5, 1) == f"1{s}234.5"
    assert numbers.thousands(999.6) == "1" + s + "000"
    assert numbers.thousands(-1500) == f"-1{s}500"
    assert [numbers.thousands(v) for v in (None, math.nan, math.inf)] == ["–", "–", "–"]
