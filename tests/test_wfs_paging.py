# SPDX-License-Identifier: GPL-2.0-or-later
"""Paging until the layer is complete (core/sources/paging.py) and ``COMPLETE``.

The plan against simulated servers (every cap, count, link and limit), then fetchwfs
against a real third-party WFS: MapServer 8 capping every answer at ``PAGE`` features
(tests/mapserver.py), WFS 2.0.0 / 1.1.0 / 1.0.0 / auto, with and without numberMatched,
and a set-up that does not page.
"""
from __future__ import annotations

import os

import mapserver as ms
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from test_wfs_fastpath import fetch

VERSIONS = ("2.0.0", "1.1.0", "1.0.0", "auto")


# -- the plan against simulated servers -------------------------------------------------------------
def simulate(total, cap, advertised, pages, matched, links, limit=0, page_size=None):
    """Run ``PagePlan`` against a server of ``total`` features that sends at most ``cap`` per answer.

    (features received in order, plan). ``pages``: the server honours STARTINDEX (else it sends from 0).
    """
    from palveluverkko.core.sources.paging import Answer, PagePlan

    plan = PagePlan(limit, cap if advertised else None, page_size, True if pages else None)
    received, step = [], plan.first()
    for _ in range(10_000):
        start = step.start if pages else 0
        count = min(cap, step.count if step.count is not None else total)
        ids = list(range(start, min(total, start + count)))
        fresh = [i for i in ids if i not in received]
        received.extend(fresh)
        answer = Answer(step.start, step.count, len(ids), total if matched else None,
                        links and start + len(ids) < total)
        step = plan.after(answer)
        if step is not None and plan.needs_probe:
            plan.pages = pages
            if not pages:
                step = plan.cannot_page()
        if ids and not fresh and step is not None:
            plan.repeated(len(ids))
            break
        if step is None:
            break
    return received, plan


@settings(max_examples=300, deadline=None)
@given(total=st.integers(0, 700), cap=st.integers(1, 300), advertised=st.booleans(), matched=st.booleans(),
       links=st.booleans(), page_size=st.one_of(st.none(), st.integers(1, 400)))
def test_a_paging_server_gives_every_feature_once(total, cap, advertised, matched, links, page_size):
    received, plan = simulate(total, cap, advertised, True, matched, links, page_size=page_size)
    assert received == list(range(total))
    assert plan.complete is True and plan.reason == ""


@settings(max_examples=300, deadline=None)
@given(total=st.integers(0, 700), cap=st.integers(1, 300), advertised=st.booleans(), matched=st.booleans(),
       limit=st.integers(1, 800))
def test_max_features_stops_and_says_so(total, cap, advertised, matched, limit):
    received, plan = simulate(total, cap, advertised, True, matched, False, limit=limit)
    assert received[:limit] == list(range(min(total, limit)))
    if total > limit:
        assert plan.complete is False and plan.reason == "limit"
    elif total < limit:
        assert plan.complete is True
    else:  # exactly the limit: complete only when the server's count shows it
        assert plan.complete is matched


@settings(max_examples=200, deadline=None)
@given(total=st.integers(1, 700), cap=st.integers(1, 300), advertised=st.booleans(), matched=st.booleans())
def test_a_capping_server_without_paging_is_never_reported_complete(total, cap, advertised, matched):
    received, plan = simulate(total, cap, advertised, False, matched, False)
    assert received == list(range(min(total, cap)))
    if total > cap:
        assert plan.complete is False and plan.reason in ("nopaging", "repeated")


def test_plan_requests_of_a_mapserver_like_server():
    """Advertised 100 and no count: pages of 100 until a short one, no request after it."""
    from palveluverkko.core.sources.paging import Answer, PagePlan, Step

    plan = PagePlan(server_max=100, pages=True)
    assert plan.first() == Step(0, 100)
    assert plan.after(Answer(0, 100, 100)) == Step(100, 100)
    assert plan.after(Answer(100, 100, 100)) == Step(200, 100)
    assert plan.after(Answer(200, 100, 34)) is None and plan.complete is True and plan.received == 234


# -- MapServer 8 -------------------------------------------------------------------------------------
def source_rows(layer):
    rows = ms.point_row if layer == "points" else ms.square_row
    count = ms.POINTS if layer == "points" else ms.SQUARES
    return [rows(i) for i in range(count)]


def source_geometry(layer, row):
    x, y = row[4], row[5]
    if layer == "points":
        return QgsGeometry.fromPointXY(QgsPointXY(x, y))
    return QgsGeometry.fromRect(QgsRectangle(x, y, x + 1000, y + 1000))


def check_rows(layer, rows, schema, expected_ids=None):
    """Every expected source feature exactly once, attributes and geometry equal to the source."""
    names = [name for name, _type in schema["fields"]]
    by_id = {}
    for attributes, wkt in rows:
        values = dict(zip(names, attributes))
        assert values["id"] not in by_id, f"feature {values['id']} came twice"
        by_id[values["id"]] = (values, wkt)
    source = {row[0]: row for row in source_rows(layer)}
    expected = set(source) if expected_ids is None else set(expected_ids)
    assert set(by_id) == expected
    for fid, (values, wkt) in by_id.items():
        _id, code, name, value, _x, _y = source[fid]
        assert (values["code"], values["name"], values["value"]) == (code, name, value)
        assert QgsGeometry.fromWkt(wkt).equals(source_geometry(layer, source[fid])), fid


@pytest.mark.parametrize("setup", ["nm", "plain"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("layer", ["points", "squares"])
def test_every_feature_exactly_once_from_a_capping_server(mapserver, setup, version, layer):
    result, rows, schema = fetch(mapserver.url(setup), layer, version)
    assert result.method == "pages"
    assert result.count == len(rows) == len(source_rows(layer))
    assert result.complete is True and result.warning == ""
    check_rows(layer, rows, schema)


@pytest.mark.parametrize("version", VERSIONS)
def test_requests_follow_the_advertised_maximum(mapserver, version):
    mapserver.requests.clear()
    result, _rows, _schema = fetch(mapserver.url("plain"), "points", version)
    assert result.count == ms.POINTS
    starts = [int(q.get("STARTINDEX", 0)) for _s, q in mapserver.requests
              if q.get("REQUEST", "").lower() == "getfeature" and q.get("RESULTTYPE", "") != "hits"
              and q.get("COUNT", q.get("MAXFEATURES")) != "1"]
    pages = -(-ms.POINTS // ms.PAGE)
    if version == "1.0.0":  # no advertised maximum: one large request first, then pages of what it sent
        assert starts == [i * ms.PAGE for i in range(pages)]
    else:
        assert starts == [i * ms.PAGE for i in range(pages)]


def expected_in_extent(layer, rect):
    """Ids of the source features that meet ``rect`` (an independent test with QGIS geometry)."""
    area = QgsGeometry.fromRect(rect)
    return [row[0] for row in source_rows(layer) if source_geometry(layer, row).intersects(area)]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("layer", ["points", "squares"])
def test_extent_spanning_several_pages(mapserver, version, layer):
    rect = QgsRectangle(ms.ORIGIN[0] + 1100, ms.ORIGIN[1] + 600, ms.ORIGIN[0] + 7300, ms.ORIGIN[1] + 6100)
    expected = expected_in_extent(layer, rect)
    assert len(expected) > ms.PAGE if layer == "points" else len(expected) > 10
    extent = QgsReferencedRectangle(rect, QgsCoordinateReferenceSystem("EPSG:3067"))
    result, rows, schema = fetch(mapserver.url("plain"), layer, version, extent=extent)
    assert result.complete is True and result.count == len(expected)
    check_rows(layer, rows, schema, expected)


@pytest.mark.parametrize("page_size", [ms.PAGE - 1, ms.PAGE, ms.PAGE + 1])
@pytest.mark.parametrize("version", ["2.0.0", "1.1.0"])
def test_page_size_at_the_boundary(mapserver, page_size, version):
    result, rows, schema = fetch(mapserver.url("plain"), "points", version, page_size=page_size)
    assert result.count == ms.POINTS and result.complete is True
    check_rows("points", rows, schema)


@pytest.mark.parametrize("limit", [ms.PAGE - 1, ms.PAGE, ms.PAGE + 1, 3 * ms.PAGE, ms.POINTS, ms.POINTS + 1])
def test_max_features_at_the_boundary(mapserver, limit):
    result, rows, schema = fetch(mapserver.url("nm"), "points", "2.0.0", max_features=limit)
    expected = min(limit, ms.POINTS)
    assert result.count == len(rows) == expected
    check_rows("points", rows, schema, [row[0] for row in source_rows("points")[:expected]])
    assert result.complete is (limit >= ms.POINTS)
    if limit < ms.POINTS:
        assert "MAX_FEATURES" in result.warning and f"{expected} features arrived" in result.warning


@pytest.mark.parametrize("version", VERSIONS)
def test_a_capping_server_without_paging_says_the_layer_is_incomplete(mapserver, version):
    result, rows, schema = fetch(mapserver.url("nopaging"), "points", version)
    assert result.count == len(rows) == ms.PAGE
    check_rows("points", rows, schema, list(range(1, ms.PAGE + 1)))
    assert result.complete is False
    assert f"{ms.PAGE} features arrived" in result.warning and "points'" in result.warning


def test_a_small_layer_from_a_server_without_paging_is_complete_by_its_count(mapserver):
    """Fewer features than the cap: the one answer holds all, and the server's count confirms it."""
    rect = QgsRectangle(ms.ORIGIN[0], ms.ORIGIN[1], ms.ORIGIN[0] + 2400, ms.ORIGIN[1] + 400)
    expected = expected_in_extent("points", rect)
    assert 0 < len(expected) < ms.PAGE
    extent = QgsReferencedRectangle(rect, QgsCoordinateReferenceSystem("EPSG:3067"))
    result, rows, schema = fetch(mapserver.url("nopaging"), "points", "1.1.0", extent=extent)
    assert result.complete is True and result.count == len(expected)


@pytest.mark.parametrize("version", ["2.0.0", "1.1.0"])
def test_provider_fallback_pages_or_warns(mapserver, version):
    result, rows, schema = fetch(mapserver.url("plain"), "points", version, method="provider")
    assert result.method == "provider" and result.count == len(rows)
    if result.complete:
        assert result.count == ms.POINTS
        check_rows("points", rows, schema)
    else:
        assert f"{result.count} features arrived" in result.warning


# -- the algorithm ------------------------------------------------------------------------------------
class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)


def test_fetchwfs_reports_complete(mapserver, provider, tmp_path):
    import processing

    output = str(tmp_path / "points.gpkg")
    feedback = Feedback()
    result = processing.run("palveluverkko:fetchwfs", {
        "URL": mapserver.url("plain"), "TYPENAME": "points", "VERSION": "2.0.0", "OUTPUT": output},
        feedback=feedback)
    assert result["FEATURE_COUNT"] == ms.POINTS and result["COMPLETE"] is True and feedback.warnings == []
    assert QgsVectorLayer(output, "p", "ogr").featureCount() == ms.POINTS


def test_fetchwfs_warns_about_an_incomplete_layer(mapserver, provider, tmp_path):
    import processing

    output = str(tmp_path / "points.gpkg")
    feedback = Feedback()
    result = processing.run("palveluverkko:fetchwfs", {
        "URL": mapserver.url("nopaging"), "TYPENAME": "points", "VERSION": "1.1.0", "OUTPUT": output},
        feedback=feedback)
    assert result["FEATURE_COUNT"] == ms.PAGE and result["COMPLETE"] is False
    assert len(feedback.warnings) == 1 and f"{ms.PAGE} features arrived" in feedback.warnings[0]
    assert f"at most {ms.PAGE} features per answer" in feedback.warnings[0]


def test_a_stalled_answer_times_out_and_leaves_no_output(misbehaving_server, short_network_timeout, provider,
                                                         tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    output = str(tmp_path / "stalled.gpkg")
    with pytest.raises(QgsProcessingException, match="did not answer within 1.5 seconds"):
        processing.run("palveluverkko:fetchwfs", {
            "URL": misbehaving_server.url("stall"), "TYPENAME": "pv:toimipaikat", "VERSION": "1.1.0",
            "OUTPUT": output})
    assert not os.path.exists(output)


# -- VERSION=auto on OGC API addresses, and bounding boxes never smaller than asked ------------------
@pytest.mark.parametrize("path", ["", "/", "/collections", "/collections/"])
def test_auto_recognises_an_ogc_api_features_address(misbehaving_server, path):
    """A service that answers its landing page (JSON) to a WFS GetCapabilities request, as pygeoapi does."""
    from palveluverkko.core.sources import wfs

    url = misbehaving_server.url("oapif") + path
    service = wfs.get_capabilities(url, wfs.AUTO)
    assert service.is_oapif and [t.name for t in service.feature_types] == ["pisteet"]
    result, rows, schema = fetch(url, "pisteet", "auto")
    names = [name for name, _type in schema["fields"]]
    assert result.complete and sorted(row[0][names.index("nimi")] for row in rows) == ["Piste ä0", "Piste ä1",
                                                                                         "Piste ä2"]


@pytest.mark.parametrize("mode, said", [("html", "an HTML page"), ("http500", "HTTP 500"),
                                        ("json", "JSON without collections (keys: links, title)")])
def test_auto_says_what_a_non_service_answered(misbehaving_server, mode, said):
    from palveluverkko.core.sources import wfs

    url = misbehaving_server.url(mode)
    with pytest.raises(wfs.WfsError) as caught:
        wfs.get_capabilities(url, wfs.AUTO)
    message = str(caught.value)
    assert "neither a WFS nor an OGC API Features service" in message and url in message
    assert said in message and url + "/collections" in message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-1e7, 1e7, allow_nan=False, allow_infinity=False), min_size=4, max_size=4))
def test_bbox_is_sent_at_full_precision(values):
    from palveluverkko.core.sources import wfs

    text = wfs.bbox_text(values)
    assert [float(v) for v in text.split(",")] == [float(v) for v in values] and "e" not in text.lower()


def test_a_feature_on_the_edge_of_the_extent_is_not_lost(qgis_wfs_server):
    """OGC API bbox in degrees: rounded to 9 digits, the box's west edge moved east past premises P1."""
    import wfs_servers as servers
    from qgis.core import QgsCoordinateTransform, QgsProject

    url = qgis_wfs_server.oapif_url()
    pid, _name, _area, x, y = servers.PREMISES_ROWS[0]
    to_degrees = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3067"),
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    point = to_degrees.transform(QgsPointXY(x, y))
    west = point.x() - 1e-12
    assert float(f"{west:.9g}") > point.x()  # what the old rounding sent: P1 outside the server's box
    extent = QgsReferencedRectangle(QgsRectangle(west, point.y() - 0.01, point.x() + 0.01, point.y() + 0.01),
                                    QgsCoordinateReferenceSystem("EPSG:4326"))
    result, rows, schema = fetch(url, "premises", "OAPIF", extent=extent)
    names = [name for name, _type in schema["fields"]]
    assert [row[0][names.index("pid")] for row in rows] == [pid] and result.complete
