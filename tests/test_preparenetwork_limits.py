# SPDX-License-Identifier: GPL-2.0-or-later
"""preparenetwork's SPEED_LIMITS: by link id and measures (a Digiroad-shaped dataset), by overlap; pieces exact."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from test_alg_catchments import layer
from test_preparenetwork_osm import _catchments_equal_networkx

ALG = "palveluverkko:preparenetwork"


@pytest.fixture(autouse=True)
def _registered(provider):
    return provider


def run(params, feedback=None):
    import processing

    return processing.run(ALG, {"OUTPUT": "TEMPORARY_OUTPUT", **params}, feedback=feedback)


# Digiroad-shaped links (GeoPackage field names): an L-shaped 1000 m link, a straight 500 m one, a third
# without limits, a cycle way (dropped: takes no limit) and a ferry (takes no limit).
LINKS = [
    ("LINESTRING (0 0, 600 0, 600 400)", [101, 3, 3, 2]),
    ("LINESTRING (600 400, 1100 400)", [102, 2, 1, 4]),
    ("LINESTRING (600 400, 600 900)", [103, 5, 3, 3]),
    ("LINESTRING (0 0, 0 300)", [104, 8, 8, 2]),
    ("LINESTRING (1100 400, 1100 2400)", [105, 3, 21, 2]),
]
# speed limit segments: link_id, alkum, loppum, arvo
LIMITS = [
    (101, 0.0, 300.0, 40), (101, 300.0, 999.6, 60), (101, 500.0, 700.0, 50),  # overlap: the lowest (50) wins
    (102, 0.0, 500.0, 80), (104, 0.0, 300.0, 30), (105, 0.0, 2000.0, 30), (999, 0.0, 10.0, 30),
]


def digiroad_layers():
    links = layer("LineString", "EPSG:3067", ["link_id:integer", "toiminnallinen_luokka:integer",
                                              "linkkityyppi:integer", "ajosuunta:integer"], LINKS, "dr_linkki")
    rows = []
    for link_id, a, b, speed in LIMITS:
        wkt = next((w for w, v in LINKS if v[0] == link_id), "LINESTRING (5000 0, 5010 0)")
        rows.append((wkt, [link_id, a, b, speed]))
    limits = layer("LineString", "EPSG:3067", ["LINK_ID:integer", "ALKUM:double", "LOPPUM:double", "ARVO:integer"],
                   rows, "dr_nopeusrajoitus")
    return links, limits


def vertices(feature):
    return [(round(p.x(), 6), round(p.y(), 6)) for p in feature.geometry().asPolyline()]


def pieces(out):
    return [(f["link_id"], f["speed_kmh"], f["direction"], f["minutes"], f["source"], vertices(f))
            for f in out.getFeatures()]


def test_limits_by_id_and_measures():
    links, limits = digiroad_layers()
    feedback = QgsProcessingFeedback()
    feedback.reportError = lambda *a: None  # noqa: E731 - keep the log quiet
    r = run({"INPUT": links, "SPEED_LIMITS": limits, "LINK_ID_FIELD": "link_id", "SPEED_FACTOR": 0.5},
            feedback=feedback)
    got = pieces(r["OUTPUT"])
    m = lambda length, speed: length * 0.06 / speed  # noqa: E731
    want = [
        (101, 20.0, 2, m(300, 20), "limit", [(0, 0), (300, 0)]),
        (101, 30.0, 2, m(200, 30), "limit", [(300, 0), (500, 0)]),
        (101, 25.0, 2, m(200, 25), "limit", [(500, 0), (600, 0), (600, 100)]),
        (101, 30.0, 2, m(300, 30), "limit", [(600, 100), (600, 400)]),  # 999.6 snaps to the end (1000)
        (102, 40.0, 4, m(500, 40), "limit", [(600, 400), (1100, 400)]),
        (103, 20.0, 3, m(500, 20), "class", [(600, 400), (600, 900)]),
        (105, 20.0, 2, m(2000, 20), "ferry", [(1100, 400), (1100, 2400)]),
    ]
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g[:3] == w[:3] and g[3] == pytest.approx(w[3], rel=1e-12) and g[4:] == w[4:]
    assert r["LINKS"] == 7 and r["LINKS_LIMIT"] == 5 and r["EXCLUDED"] == 1
    assert r["TOTAL_KM"] == pytest.approx(4.0)


def test_unmatched_ids_are_counted(qgis_processing):
    links, limits = digiroad_layers()
    import processing

    messages = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            messages.append(text)

    processing.run(ALG, {"INPUT": links, "SPEED_LIMITS": limits, "LINK_ID_FIELD": "link_id",
                         "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=Feedback())
    assert "1 of 7 speed limits match no link by LINK_ID" in " ".join(messages)


def test_bad_limit_fields():
    links, limits = digiroad_layers()
    with pytest.raises(QgsProcessingException, match="LINK_ID_FIELD nope must be a field of both"):
        run({"INPUT": links, "SPEED_LIMITS": limits, "LINK_ID_FIELD": "nope"})
    with pytest.raises(QgsProcessingException, match="has no field nopeus"):
        run({"INPUT": links, "SPEED_LIMITS": limits, "SPEED_LIMIT_FIELD": "nopeus"})


def test_limits_by_overlap():
    """Without ids: a limit applies to the part of a link within 1 m; a crossing limit line does not."""
    links = layer("LineString", "EPSG:3067", ["highway:string", "n:integer"], [
        ("LINESTRING (0 0, 1000 0)", ["primary", 1]),
        ("LINESTRING (1000 0, 1000 800)", ["residential", 2]),
        ("LINESTRING (500 -300, 500 300)", ["tertiary", 3]),
    ])
    limits = layer("LineString", "EPSG:3067", ["arvo:integer"], [
        ("LINESTRING (200 0.6, 700 0.6)", [40]),  # beside link 1, 0.6 m off
        ("LINESTRING (1000.5 -50, 1000.5 900)", [60]),  # all of link 2 (and beyond)
        ("LINESTRING (480 -20, 520 20)", [10]),  # crosses link 1 diagonally: ignored
    ])
    r = run({"INPUT": links, "SPEED_LIMITS": limits})
    got = [(f["n"], f["speed_kmh"], f["source"], vertices(f)) for f in r["OUTPUT"].getFeatures()]
    assert got == [
        (1, 70.0, "class", [(0, 0), (200, 0)]),
        (1, 40.0, "limit", [(200, 0), (700, 0)]),
        (1, 70.0, "class", [(700, 0), (1000, 0)]),
        (2, 60.0, "limit", [(1000, 0), (1000, 800)]),
        (3, 50.0, "class", [(500, -300), (500, 300)]),
    ]


def test_split_network_catchments_equal_networkx():
    links, limits = digiroad_layers()
    r = run({"INPUT": links, "SPEED_LIMITS": limits, "LINK_ID_FIELD": "link_id"})
    rng = np.random.default_rng(3)
    demand = rng.uniform(-100, 1300, size=(80, 2)) * (1, 2)
    reached, used = _catchments_equal_networkx(r["OUTPUT"], np.array([[0.0, 0.0], [1100.0, 2400.0]]), demand,
                                               "EPSG:3067")
    assert reached > 10 and used == [0, 1]
