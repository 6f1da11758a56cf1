# SPDX-License-Identifier: GPL-2.0-or-later
"""Road preparation rules (core, pure numpy) against the README's tables and hand-checked cases."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from readme_tables import ReadmeRules, table

from palveluverkko.core.network import digiroad as dr
from palveluverkko.core.network import osm_rules as osm
from palveluverkko.core.network import pieces as rpp
from palveluverkko.core.network import prepare as rp


def test_readme_class_table_is_the_code():
    rows = table("osm-classes")
    assert {r[0]: float(r[1]) for r in rows} == osm.default_speeds()
    highway = np.array([r[0] for r in rows] + ["footway", "cycleway", "path", "pedestrian", "steps", "track",
                                               "bridleway", "construction", "proposed", "platform", "corridor",
                                               "bus_guideway", "raceway", None], dtype=object)
    klass, ferry = osm.classify({"highway": highway}, len(highway))
    assert klass.tolist() == [r[0] for r in rows] + [""] * 14
    assert not ferry.any()


def test_readme_maxspeed_table_is_the_code():
    rows = table("osm-maxspeed")
    examples = {"a number, e.g. 40": ("40", 40.0), "N mph, e.g. 30 mph": ("30 mph", 30 * 1.609344)}
    for value, kmh in rows:
        if value in examples:
            text, want = examples[value]
            assert osm.parse_maxspeed([text])[0] == pytest.approx(want, rel=1e-15)
        elif value.startswith("FI:"):
            assert osm.parse_maxspeed([value])[0] == float(kmh)
        else:
            others = value[value.index("(") + 1:value.index(")")].split(", ")
            assert others == ["none", "signals", "walk", "50;30", "0"]
            assert np.isnan(osm.parse_maxspeed(others)).all()


def test_readme_oneway_table_is_the_code():
    rules = ReadmeRules()
    values = ["yes", "true", "1", "-1", "reverse", "no", "false", "0", None, "alternating"]
    for highway, junction in (("residential", None), ("motorway", None), ("primary", "roundabout"),
                              ("primary", "circular")):
        n = len(values)
        got = osm.directions(np.array([highway] * n, dtype=object), np.array(values, dtype=object),
                             np.array([junction] * n, dtype=object))
        want = [rules.direction({"highway": highway, "junction": junction, "oneway": v}) for v in values]
        assert got.tolist() == want
    assert rules.oneway == {"yes": 4, "true": 4, "1": 4, "-1": 3, "reverse": 3, "no": 2, "false": 2, "0": 2}


def test_readme_digiroad_table_is_the_code():
    rows = table("digiroad-codes")
    fc = {int(r[1]): (r[2], r[3] == "yes") for r in rows if r[0] == "toiminnallinen_luokka"}
    lt = {int(r[1]): (r[2], r[3] in ("yes", "ferry")) for r in rows if r[0] == "linkkityyppi"}
    assert fc == dr.FUNCTIONAL_CLASSES
    assert lt == dr.LINK_TYPES
    ferry_codes = [int(r[1]) for r in rows if r[3] == "ferry"]
    assert ferry_codes == [dr.FERRY_LINK_TYPE]
    # every combination: kept exactly when both codes say yes (ferries always)
    f = np.repeat(list(fc), len(lt))
    t = np.tile(list(lt), len(fc))
    klass, ferry = dr.classify(f, t)
    want_kept = np.array([(fc[a][1] and lt[b][1]) or b in ferry_codes for a, b in zip(f, t)])
    assert ((klass != "") == want_kept).all()
    assert (ferry == np.isin(t, ferry_codes)).all()


def test_access_precedence():
    tags = {"highway": np.array(["residential"] * 7, dtype=object),
            "access": np.array(["no", "no", "yes", None, "private", "no", "destination"], dtype=object),
            "motor_vehicle": np.array(["yes", None, "no", None, None, "yes", None], dtype=object),
            "motorcar": np.array([None, None, None, "private", "yes", "no", None], dtype=object)}
    klass, _ = osm.classify(tags, 7)
    assert (klass != "").tolist() == [True, False, False, False, True, False, True]


def test_extract_tags_escapes_and_lookalikes():
    other = np.array([
        '"maxspeed"=>"30","oneway"=>"yes"',
        '"name:maxspeed"=>"99","note"=>"say \\"oneway\\"=>\\"no\\"","maxspeed"=>"40"',
        None,
        '"maxspeed:forward"=>"60"',
        '"duration"=>"PT1H","route"=>"ferry"',
    ], dtype=object)
    tags = osm.extract_tags(other, ["maxspeed", "oneway", "route", "duration", "note"])
    assert tags["maxspeed"].tolist() == ["30", "40", None, None, None]
    assert tags["oneway"].tolist() == ["yes", None, None, None, None]
    assert tags["note"].tolist() == [None, 'say "oneway"=>"no"', None, None, None]
    assert tags["route"].tolist() == [None, None, None, None, "ferry"]


def test_durations():
    got = osm.parse_duration(["PT1H30M", "PT45M", "PT20M30S", "1:30", "0:45:30", "45", "bad", "", None, "0:00"])
    want = [90, 45, 20.5, 90, 45.5, 45, np.nan, np.nan, np.nan, np.nan]
    np.testing.assert_allclose(got, want)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({}, optional={
    "highway": st.sampled_from(["motorway", "primary", "primary_link", "residential", "footway", "service"]),
    "maxspeed": st.sampled_from(["30", "50", "30 mph", "FI:urban", "FI:rural", "none", "0", "walk"]),
    "oneway": st.sampled_from(["yes", "-1", "no", "1", "reverse", "alternating"]),
    "junction": st.sampled_from(["roundabout", "circular", "yes"]),
    "access": st.sampled_from(["no", "yes", "private", "destination"]),
    "motor_vehicle": st.sampled_from(["no", "yes", "private"]),
    "motorcar": st.sampled_from(["no", "yes"]),
    "route": st.sampled_from(["ferry", "bus"]),
    "duration": st.sampled_from(["PT30M", "1:15", "x"]),
}), min_size=1, max_size=30), st.sampled_from([1.0, 0.9]))
def test_rules_equal_the_readme_rules(ways, factor):
    """The vectorised rules give what the README's tables say, way by way."""
    rules = ReadmeRules()
    n = len(ways)
    other = np.array([",".join(f'"{k}"=>"{v}"' for k, v in w.items()) for w in ways], dtype=object)
    tags = osm.extract_tags(other, osm.TAG_KEYS)
    link_rules = rp.osm_rules(tags, n)
    kept = np.flatnonzero(link_rules.kept)
    lengths = np.full(len(kept), 1234.5)
    speed, minutes, source = rp.resolve(link_rules, kept, lengths, np.full(len(kept), np.nan),
                                        rp.class_speeds(rp.SCHEMA_OSM), 50.0, factor)
    want = [rules.link(w, 1234.5, factor) for w in ways]
    assert [i for i, w in enumerate(want) if w is not None] == kept.tolist()
    for k, i in enumerate(kept):
        ws, wd, wm, wsrc = want[i]
        assert speed[k] == pytest.approx(ws, rel=1e-12)
        assert minutes[k] == pytest.approx(wm, rel=1e-12)
        assert link_rules.direction[i] == wd
        assert rp.SOURCES[source[k]] == wsrc


def test_speed_table():
    assert rp.parse_speed_table([("residential", "25"), ("Ferry", 15), ("", 3)]) == {"residential": 25.0,
                                                                                      "ferry": 15.0}
    with pytest.raises(rp.RulesError, match="the speed of class primary is not a number"):
        rp.parse_speed_table([("primary", "fast")])
    with pytest.raises(rp.RulesError, match="must be a positive number"):
        rp.parse_speed_table([("primary", "0")])
    speeds = rp.class_speeds(rp.SCHEMA_DIGIROAD, {"3": 55.0})
    assert speeds["3"] == 55.0 and speeds["1"] == 100.0 and speeds["ferry"] == 20.0


def test_schema_detection():
    assert rp.detect_schema(["LINK_ID", "AJOSUUNTA", "TOIMINN_LK", "LINKKITYYP"]) == rp.SCHEMA_DIGIROAD
    assert rp.detect_schema(["ajosuunta", "toiminnallinen_luokka", "linkkityyppi"]) == rp.SCHEMA_DIGIROAD
    assert rp.detect_schema(["osm_id", "highway", "other_tags"]) == rp.SCHEMA_OSM
    assert rp.detect_schema(["speed"], generic_given=True) == rp.SCHEMA_GENERIC
    with pytest.raises(rp.RulesError, match="ajosuunta"):
        rp.detect_schema(["speed", "name"])


def test_piece_coords_cut_inside_links_only():
    coords = np.array([[0, 0], [10, 0], [10, 10], [100, 100], [100, 200]], dtype=float)
    offsets = np.array([0, 3, 5])
    pieces = rpp.Pieces(np.array([0, 0, 1]), np.array([0.0, 5.0, 0.0]), np.array([5.0, 20.0, 100.0]),
                        np.full(3, np.nan), np.array([False, False, True]))
    out, out_offsets = rpp.piece_coords(coords, offsets, pieces)
    parts = np.split(out, out_offsets[1:-1])
    np.testing.assert_allclose(parts[0], [[0, 0], [5, 0]])
    np.testing.assert_allclose(parts[1], [[5, 0], [10, 0], [10, 10]])
    np.testing.assert_allclose(parts[2], [[100, 100], [100, 200]])


def _pieces_by_hand(lengths, intervals):
    """Plain-Python statement of the cutting rule: snap, clip, cut at every end, lowest limit, merge equal ones."""
    out = []
    for link, length in enumerate(lengths):
        mine = []
        for li, a, b, speed in intervals:
            if li != link:
                continue
            a, b = (min(max(x, 0.0), length) for x in (a, b))
            a, b = (0.0 if x <= 1.0 else length if x >= length - 1.0 else x for x in (a, b))
            if b > a and speed > 0:
                mine.append((a, b, speed))
        if not mine:
            out.append((link, 0.0, length, None))
            continue
        cuts = sorted({0.0, length} | {a for a, _, _ in mine} | {b for _, b, _ in mine})
        pieces = []
        for s, e in zip(cuts[:-1], cuts[1:]):
            speeds = [v for a, b, v in mine if a <= s and e <= b]
            limit = min(speeds) if speeds else None
            if pieces and pieces[-1][3] == limit:
                pieces[-1] = (link, pieces[-1][1], e, limit)
            else:
                pieces.append((link, s, e, limit))
        out += pieces
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(5.0, 500.0), min_size=1, max_size=6).flatmap(lambda lengths: st.tuples(
    st.just(lengths),
    st.lists(st.tuples(st.integers(0, len(lengths) - 1), st.floats(-10.0, 510.0), st.floats(-10.0, 510.0),
                       st.sampled_from([30.0, 40.0, 50.0, 80.0])), max_size=12))))
def test_pieces_equal_the_rule_by_hand(case):
    from palveluverkko.core.network import limits

    lengths, intervals = case
    intervals = [(li, min(a, b), max(a, b), v) for li, a, b, v in intervals]
    arr = np.array(intervals, dtype=float).reshape(-1, 4)
    pieces, _ = limits.pieces_from_intervals(np.array(lengths), arr[:, 0].astype(np.int64), arr[:, 1], arr[:, 2],
                                             arr[:, 3])
    got = [(int(k), s, e, None if np.isnan(v) else v)
           for k, s, e, v in zip(pieces.link, pieces.start, pieces.end, pieces.limit)]
    want = _pieces_by_hand(lengths, intervals)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g[0] == w[0] and g[3] == w[3]
        assert g[1] == pytest.approx(w[1], abs=1e-9) and g[2] == pytest.approx(w[2], abs=1e-9)
    assert all(pieces.whole == ((pieces.start <= 0) & (pieces.end >= np.array(lengths)[pieces.link])))
