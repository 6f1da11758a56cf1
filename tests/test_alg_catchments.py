# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:catchments end to end: exact answers, errors, native service areas, real data."""
import math

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

ALG = "palveluverkko:catchments"


@pytest.fixture(autouse=True)
def _registered(provider):
    return provider


def layer(kind, crs, fields, rows, name="layer"):
    """A memory layer; rows are (wkt, [values])."""
    spec = f"{kind}?crs={crs}" + "".join(f"&field={f}" for f in fields)
    lyr = QgsVectorLayer(spec, name, "memory")
    feats = []
    for wkt, values in rows:
        f = QgsFeature(lyr.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(values))
        feats.append(f)
    assert lyr.dataProvider().addFeatures(feats)
    return lyr


def run(params, feedback=None):
    import processing

    base = {"OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_CATCHMENTS": "TEMPORARY_OUTPUT"}
    return processing.run(ALG, {**base, **params}, feedback=feedback)


def rows(lyr, *names):
    return [tuple(f[n] for n in names) for f in lyr.getFeatures()]


def null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


# A street along y=0 from x=0 to 6000 m with nodes every km except at 3000: 0-2000 at 60 km/h
# (1 km/min), 2000-4000 one-way eastwards (Digiroad ajosuunta 4) at 60 km/h, 4000-6000 with no
# speed (the default 30 km/h); an island street far away.
STREETS = [
    ("LINESTRING (0 0, 1000 0)", [60, 2]),
    ("LINESTRING (1000 0, 2000 0)", [60, 2]),
    ("LINESTRING (2000 0, 4000 0)", [60, 4]),
    ("LINESTRING (4000 0, 5000 0)", [None, 2]),
    ("LINESTRING (5000 0, 6000 0)", [0, 2]),
    ("LINESTRING (50000 0, 51000 0)", [60, 2]),
]


@pytest.fixture
def street(qgis_processing):
    return layer("LineString", "EPSG:3067", ["nopeus:integer", "ajosuunta:integer"], STREETS, "streets")


@pytest.fixture
def facilities(qgis_processing):
    # west, east, and one that gets nothing (a duplicate location after the west one)
    return layer("Point", "EPSG:3067", ["name:string"],
                 [("POINT (0 0)", ["W"]), ("POINT (6000 0)", ["E"]), ("POINT (0 0)", ["X"])], "points")


@pytest.fixture
def demand(qgis_processing):
    pts = [
        ("POINT (1000 100)", [10, "a"]),  # 0.1 + 1 = 1.1 to W
        ("POINT (3100 0)", [20, "b"]),  # nearest node 4000
        ("POINT (5000 0)", [-1, "c"]),  # masked population
        ("POINT (50500 0)", [40, "d"]),  # island: unreachable
        ("POINT (20000 20000)", [None, "e"]),  # too far from the network
        (None, [99, "f"]),  # no geometry: skipped
    ]
    return layer("Point", "EPSG:3067", ["vaesto:integer", "tag:string"], pts, "demand")


def test_road_catchments_exact(street, facilities, demand):
    r = run({"FACILITIES": facilities, "FACILITY_ID": "name", "DEMAND": demand, "POPULATION": "vaesto",
             "METHOD": 1, "NETWORK": street, "SPEED_FIELD": "nopeus", "DEFAULT_SPEED": 30,
             "DIRECTION_FIELD": "ajosuunta", "CUTOFFS": "1.5,3", "MAX_SNAP_DISTANCE": 1000})
    out = {t: (f, c, b) for t, f, c, b in rows(r["OUTPUT_DEMAND"], "tag", "facility", "cost", "band")}
    assert set(out) == {"a", "b", "c", "d", "e"}
    # a: 100 m access at 30 km/h (0.2 min) + 1 km at 60 km/h
    assert out["a"][0] == "W" and out["a"][1] == pytest.approx(1.2) and out["a"][2] == "0-1.5"
    # b: 900 m access at 30 km/h (1.8 min) to node 4000, then 2 km at 30 km/h (4 min) to E;
    # W would need the one-way street westwards
    assert out["b"][0] == "E" and out["b"][1] == pytest.approx(5.8) and out["b"][2] == ">3"
    # c at 5000: 1 km at 30 km/h to E = 2 min; W is 5000->4000 then against the one-way: impossible
    assert out["c"][0] == "E" and out["c"][1] == pytest.approx(2.0) and out["c"][2] == "1.5-3"
    for tag in "de":
        assert null(out[tag][0]) and null(out[tag][1]) and out[tag][2] == "unreachable"
    assert r["TOTAL_POPULATION"] == 70 and r["UNREACHABLE_POPULATION"] == 40
    cat = {f["facility"]: f for f in r["OUTPUT_CATCHMENTS"].getFeatures()}
    assert list(cat) == ["W", "E", "X"]
    assert [f.name() for f in r["OUTPUT_CATCHMENTS"].fields()] == [
        "facility", "population", "pop_within_1_5", "pop_within_3", "mean_cost", "max_cost", "demand_count"]
    w, e, x = cat["W"], cat["E"], cat["X"]
    assert (w["population"], w["pop_within_1_5"], w["pop_within_3"], w["demand_count"]) == (10, 10, 10, 1)
    assert w["mean_cost"] == pytest.approx(1.2) and w["max_cost"] == pytest.approx(1.2)
    assert (e["population"], e["pop_within_1_5"], e["pop_within_3"], e["demand_count"]) == (20, 0, 0, 2)
    assert e["mean_cost"] == pytest.approx(5.8) and e["max_cost"] == pytest.approx(5.8)
    assert (x["population"], x["demand_count"]) == (0, 0) and null(x["mean_cost"]) and null(x["max_cost"])
    assert x.geometry().isEmpty()
    # point demand: Voronoi cells; each catchment holds its own points
    for f in r["OUTPUT_CATCHMENTS"].getFeatures():
        for g in demand.getFeatures():
            if g.hasGeometry() and out[g["tag"]][0] == f["facility"]:
                assert f.geometry().contains(g.geometry())
    # population conserved
    assert sum(f["population"] for f in cat.values()) + r["UNREACHABLE_POPULATION"] == r["TOTAL_POPULATION"]


def test_straight_line_polygon_demand_ties_and_output_crs(qgis_processing):
    # 1 km cells in EPSG:3067; the cell between the two facilities ties and goes to the first
    cells = []
    for i in range(5):
        x = 380000 + 1000 * i
        cells.append((f"POLYGON (({x} 6670000, {x + 1000} 6670000, {x + 1000} 6671000, {x} 6671000, "
                      f"{x} 6670000))", [100 * (i + 1)]))
    dem = layer("Polygon", "EPSG:3067", ["vaesto:double"], cells, "cells")
    fac = layer("Point", "EPSG:3067", ["id:integer"], [("POINT (381500 6670500)", [7]),
                                                       ("POINT (383500 6670500)", [3])], "fac")
    r = run({"FACILITIES": fac, "FACILITY_ID": "id", "DEMAND": dem, "POPULATION": "vaesto", "METHOD": 0,
             "CUTOFFS": "0.5,1"})
    got = rows(r["OUTPUT_DEMAND"], "vaesto", "facility", "cost", "band")
    assert got == [(100, 7, pytest.approx(1.0), "0.5-1"), (200, 7, 0.0, "0-0.5"),
                   (300, 7, pytest.approx(1.0), "0.5-1"), (400, 3, 0.0, "0-0.5"),
                   (500, 3, pytest.approx(1.0), "0.5-1")]
    cat = {f["facility"]: f for f in r["OUTPUT_CATCHMENTS"].getFeatures()}
    assert cat[7]["population"] == 600 and cat[3]["population"] == 900
    assert cat[7].geometry().area() == pytest.approx(3e6)
    assert cat[7].geometry().boundingBox().toString(0) == "380000,6670000 : 383000,6671000"
    assert cat[7]["pop_within_0_5"] == 200 and cat[7]["pop_within_1"] == 600
    assert r["OUTPUT_CATCHMENTS"].crs().authid() == "EPSG:3067"


def test_geographic_demand_output_in_its_crs(qgis_processing):
    dem = layer("Point", "EPSG:4326", ["v:integer"],
                [("POINT (25.0 60.2)", [1]), ("POINT (25.1 60.2)", [2]), ("POINT (25.0 60.3)", [3])], "wgs")
    fac = layer("Point", "EPSG:3067", [], [("POINT (390000 6675000)", [])], "fac")
    r = run({"FACILITIES": fac, "DEMAND": dem, "POPULATION": "v", "METHOD": 0})
    assert r["OUTPUT_DEMAND"].crs().authid() == "EPSG:4326"
    assert r["OUTPUT_CATCHMENTS"].crs().authid() == "EPSG:4326"
    geom = next(r["OUTPUT_CATCHMENTS"].getFeatures()).geometry()
    for f in dem.getFeatures():
        assert geom.contains(f.geometry())
    # the straight-line cost agrees with the ellipsoidal distance to within the projection's scale error
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDistanceArea, QgsProject

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3067"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    da = QgsDistanceArea()
    da.setEllipsoid("GRS80")
    p = tr.transform(QgsPointXY(390000, 6675000))
    for f in r["OUTPUT_DEMAND"].getFeatures():
        km = da.measureLine(p, f.geometry().asPoint()) / 1000
        assert f["cost"] == pytest.approx(km, rel=2e-3)


@pytest.mark.parametrize("params, message", [
    ({"FACILITIES": "empty"}, "has no service points"),
    ({"DEMAND": "empty_demand"}, "no features with a usable geometry"),
    ({"POPULATION": "tag"}, "is not numeric"),
    ({"METHOD": 1}, "needs a road network"),
    ({"METHOD": 1, "NETWORK": "polygons"}, "is not a line layer"),
    ({"CUTOFFS": "60,30"}, "CUTOFFS must be increasing positive numbers"),
    ({"CUTOFFS": "0"}, "CUTOFFS must be increasing positive numbers"),
    ({"FACILITY_ID": "dup"}, "duplicate ids"),
])
def test_bad_input(params, message, demand, qgis_processing):
    fac = layer("Point", "EPSG:3067", ["dup:integer"], [("POINT (0 0)", [1]), ("POINT (5 5)", [1])], "fac")
    named = {
        "empty": layer("Point", "EPSG:3067", ["dup:integer"], [], "none"),
        "empty_demand": layer("Point", "EPSG:3067", ["vaesto:integer"], [(None, [5])], "nothing"),
        "polygons": layer("Polygon", "EPSG:3067", [], [("POLYGON ((0 0, 1 0, 1 1, 0 0))", [])], "areas"),
    }
    full = {"FACILITIES": fac, "DEMAND": demand, "POPULATION": "vaesto", "METHOD": 0}
    full.update({k: named.get(v, v) if isinstance(v, str) else v for k, v in params.items()})
    with pytest.raises(QgsProcessingException, match=message):
        run(full)


def test_cancel_leaves_no_output(street, facilities, tmp_path):
    """Cancelled at the first progress report once the demand output exists: both outputs are removed."""
    from cancelling import assert_cancelled_and_clean, run_and_cancel

    from palveluverkko.processing import alg_catchments

    rng = np.random.default_rng(7)
    xy = rng.uniform(0, 6000, size=(alg_catchments.BATCH * 2 + 10, 2))
    many = layer("Point", "EPSG:3067", ["vaesto:integer"], [(f"POINT ({x} {y % 900})", [1]) for x, y in xy])
    target = tmp_path / "demand.gpkg"
    result, feedback = run_and_cancel(ALG, {
        "FACILITIES": facilities, "DEMAND": many, "POPULATION": "vaesto", "METHOD": 1, "NETWORK": street,
        "OUTPUT_DEMAND": str(target), "OUTPUT_CATCHMENTS": str(tmp_path / "c.gpkg")}, target)
    assert_cancelled_and_clean(result, feedback, tmp_path)


def grid_network(seed, n=12, cell=500.0):
    """A jittered street grid (two-way), some links removed; lines split at every crossing."""
    rng = np.random.default_rng(seed)
    pts = (np.stack(np.meshgrid(np.arange(n), np.arange(n), indexing="ij"), -1) * cell
           + rng.uniform(-100, 100, size=(n, n, 2)) + (380000, 6670000))
    lines = []
    for i in range(n):
        for j in range(n):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < n and j + dj < n and rng.random() > 0.1:
                    a, b = pts[i, j], pts[i + di, j + dj]
                    lines.append((f"LINESTRING ({a[0]} {a[1]}, {b[0]} {b[1]})", [float(rng.choice([30, 50, 80]))]))
    return pts, lines


def test_reachability_agrees_with_native_service_area(qgis_processing):
    import processing

    pts, lines = grid_network(4)
    net = layer("LineString", "EPSG:3067", ["speed:double"], lines, "grid")
    start = pts[6, 5]
    fac = layer("Point", "EPSG:3067", [], [(f"POINT ({start[0]} {start[1]})", [])], "start")
    nodes = pts.reshape(-1, 2)
    dem = layer("Point", "EPSG:3067", ["v:integer"], [(f"POINT ({x} {y})", [1]) for x, y in nodes], "nodes")
    r = run({"FACILITIES": fac, "DEMAND": dem, "POPULATION": "v", "METHOD": 1, "NETWORK": net,
             "SPEED_FIELD": "speed", "CUTOFFS": "100"})
    cost = np.array([np.nan if null(f["cost"]) else f["cost"] for f in r["OUTPUT_DEMAND"].getFeatures()])
    # a cutoff away from every node's cost, so that rounding cannot decide
    finite = np.sort(cost[np.isfinite(cost)])
    gaps = np.diff(finite)
    k = int(np.argmax(gaps[len(gaps) // 4: 3 * len(gaps) // 4])) + len(gaps) // 4
    cutoff = (finite[k] + finite[k + 1]) / 2
    native = processing.run("native:serviceareafrompoint", {
        "INPUT": net, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 50, "TOLERANCE": 0,
        "START_POINT": f"{start[0]},{start[1]} [EPSG:3067]", "TRAVEL_COST2": float(cutoff) / 60.0,
        "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"})["OUTPUT_LINES"]
    reached = set()
    for f in native.getFeatures():
        for p in f.geometry().vertices():
            reached.add((round(p.x(), 3), round(p.y(), 3)))
    ours = {(round(x, 3), round(y, 3)) for (x, y), c in zip(nodes, cost) if c <= cutoff}
    assert len(ours) > 10 and len(ours) < len(nodes) - 10
    native_nodes = {(round(x, 3), round(y, 3)) for x, y in nodes} & reached
    assert ours == native_nodes


def test_real_data_pilot_centres_and_settlements(shared_data, qgis_processing):
    from palveluverkko.core.network import layerio

    munis = QgsVectorLayer(str(shared_data / "stat_fi_municipalities_2023" / "pilot_regions_municipalities_2023.gpkg")
                           + "|layername=pilot_municipalities", "m", "ogr")
    codes = sorted({f["kunta"] for f in munis.getFeatures()})
    assert len(codes) == 32
    centres = QgsVectorLayer(str(shared_data / "mml_municipal_centres" / "municipal_centres_2025.gpkg")
                             + "|layername=kunnanhallintokeskus", "c", "ogr")
    centres.setSubsetString("kuntatunnus IN ({})".format(",".join(f"'{c}'" for c in codes)))
    settlements = QgsVectorLayer(str(shared_data / "syke_centres_settlements" / "pilot_centres_settlements.gpkg")
                                 + "|layername=ykr_taajamat_2022", "s", "ogr")
    assert centres.featureCount() >= 30 and settlements.featureCount() == 71
    r = run({"FACILITIES": centres, "FACILITY_ID": "kuntatunnus", "DEMAND": settlements,
             "POPULATION": "Vaesto21Lk", "METHOD": 0, "CUTOFFS": "10,30"})
    # independent: QGIS centroid / point on surface and brute-force distances
    fac = [(f["kuntatunnus"], f.geometry().asPoint()) for f in centres.getFeatures()]
    total = 0
    for f in r["OUTPUT_DEMAND"].getFeatures():
        g = f.geometry()
        c = g.centroid()
        if not g.contains(c):
            c = g.pointOnSurface()
        p = c.asPoint()
        d = [math.hypot(p.x() - q.x(), p.y() - q.y()) / 1000 for _, q in fac]
        best = min(d)
        assert f["facility"] == fac[d.index(best)][0]
        assert f["cost"] == pytest.approx(best, rel=1e-9)
        total += max(f["Vaesto21Lk"] or 0, 0)
    assert r["TOTAL_POPULATION"] == total and r["UNREACHABLE_POPULATION"] == 0
    pops = sum(f["population"] for f in r["OUTPUT_CATCHMENTS"].getFeatures())
    assert pops == total
    # the catchments hold their settlements
    areas = {f["facility"]: f.geometry() for f in r["OUTPUT_CATCHMENTS"].getFeatures()}
    for f in r["OUTPUT_DEMAND"].getFeatures():
        assert areas[f["facility"]].buffer(1, 2).contains(f.geometry())
    assert layerio.ogr_source_of(centres)["subset"]


def test_real_data_kamppi_roads_agree_with_networkx(shared_data, qgis_processing):
    from test_costs import networkx_nearest

    from palveluverkko.core.network import layerio

    roads = QgsVectorLayer(str(shared_data / "helsinki_test_fixtures" / "osm_kamppi_roads.gpkg")
                           + "|layername=Kamppi_roads", "roads", "ogr")
    ext = roads.extent()
    rng = np.random.default_rng(2)
    xy = np.column_stack([rng.uniform(ext.xMinimum(), ext.xMaximum(), 200),
                          rng.uniform(ext.yMinimum(), ext.yMaximum(), 200)])
    dem = layer("Point", roads.crs().authid(), ["v:integer"], [(f"POINT ({x} {y})", [1]) for x, y in xy], "d")
    fxy = xy[:3]
    fac = layer("Point", roads.crs().authid(), [], [(f"POINT ({x} {y})", []) for x, y in fxy], "f")
    r = run({"FACILITIES": fac, "DEMAND": dem, "POPULATION": "v", "METHOD": 1, "NETWORK": roads,
             "DIRECTION_FIELD": "highway", "DEFAULT_SPEED": 30, "MAX_SNAP_DISTANCE": 100})
    lines = layerio.read_lines(roads, roads.crs())
    want_f, want_c = networkx_nearest(lines.parts, np.full(len(lines), np.nan), np.zeros(len(lines), np.int8),
                                      30.0, 100.0, xy, fxy)
    got = [(f["facility"], f["cost"]) for f in r["OUTPUT_DEMAND"].getFeatures()]
    fids = [f.id() for f in fac.getFeatures()]
    for (gf, gc), wf, wc in zip(got, want_f, want_c):
        if wf < 0:
            assert null(gf)
        else:
            assert gf == fids[wf]
            assert gc == pytest.approx(wc, rel=1e-9)
    assert sum(w >= 0 for w in want_f) > 100


def test_output_styles(qgis_processing):
    from palveluverkko.core import styling

    pts = layer("Point", "EPSG:3067", ["band:string"], [("POINT (0 0)", ["0-2.5"])], "d")
    styling.style_bands(pts, ["2.5", "5"])
    cats = pts.renderer().categories()
    assert pts.renderer().classAttribute() == "band"
    assert [c.value() for c in cats] == ["0-2.5", "2.5-5", ">5", "unreachable"]
    assert cats[0].symbol().color().name() == "#1a9641" and cats[2].symbol().color().name() == "#d7191c"
    cells = layer("Polygon", "EPSG:3067", ["band:string"], [("POLYGON ((0 0, 1 0, 1 1, 0 0))", ["0-30"])], "c")
    styling.style_bands(cells, ["30", "60"])
    assert [c.value() for c in cells.renderer().categories()] == ["0-30", "30-60", ">60", "unreachable"]
    areas = layer("MultiPolygon", "EPSG:3067", ["facility:string"],
                  [("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))", ["B"]), ("MULTIPOLYGON (((2 0, 3 0, 3 1, 2 0)))", ["A"])],
                  "a")
    styling.style_catchments(areas)
    assert [c.value() for c in areas.renderer().categories()] == ["A", "B"]
    assert areas.labelsEnabled()


def test_existing_output_field_is_replaced(qgis_processing):
    dem = layer("Point", "EPSG:3067", ["cost:string", "v:integer", "x:integer"],
                [("POINT (0 3000)", ["old", 5, 1]), ("POINT (0 0)", ["old", 6, 2])], "d")
    fac = layer("Point", "EPSG:3067", [], [("POINT (0 0)", [])], "f")
    r = run({"FACILITIES": fac, "DEMAND": dem, "POPULATION": "v", "METHOD": 0})
    out = r["OUTPUT_DEMAND"]
    assert [f.name() for f in out.fields()] == ["cost", "v", "x", "facility", "band"]
    assert rows(out, "cost", "v", "x", "facility", "band") == [(3.0, 5, 1, 1, "0-30"), (0.0, 6, 2, 1, "0-30")]


@pytest.mark.parametrize("destination", ["file", "table"])
def test_cancel_while_writing_removes_the_partial_output(destination, street, facilities, tmp_path):
    """A cancel after the first written batch: the half-written file (or new table) is removed again."""
    from osgeo import ogr

    import processing
    from palveluverkko.processing import alg_catchments

    rng = np.random.default_rng(5)
    xy = rng.uniform(0, 6000, size=(alg_catchments.BATCH * 2 + 10, 2))
    many = layer("Point", "EPSG:3067", ["vaesto:integer"], [(f"POINT ({x} {y % 900})", [1]) for x, y in xy])
    kept = tmp_path / "existing.gpkg"
    keep_layer = layer("Point", "EPSG:3067", ["n:integer"], [("POINT (1 1)", [1])], "keep")
    processing.run("native:savefeatures", {"INPUT": keep_layer, "OUTPUT": str(kept), "LAYER_NAME": "keep"})
    if destination == "file":
        outputs = {"OUTPUT_DEMAND": str(tmp_path / "demand.gpkg"), "OUTPUT_CATCHMENTS": str(tmp_path / "c.gpkg")}
    else:
        outputs = {"OUTPUT_DEMAND": f"ogr:dbname='{kept}' table=\"demand\" (geom)",
                   "OUTPUT_CATCHMENTS": str(tmp_path / "c.gpkg")}
    written = []
    feedback = QgsProcessingFeedback()

    def cancel_once_written(value):
        # the write step starts at 80 %; by 85 % the first batch is in the sink
        if value > 85 and not feedback.isCanceled():
            written.append(value)
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once_written)
    result = processing.run(ALG, {"FACILITIES": facilities, "DEMAND": many, "POPULATION": "vaesto", "METHOD": 1,
                                  "NETWORK": street, **outputs}, feedback=feedback)
    assert written, "the run never reached the write step"
    assert result.get("OUTPUT_DEMAND") in (None, "")
    assert not (tmp_path / "c.gpkg").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.gpkg"]
    ds = ogr.Open(str(kept))
    assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == ["keep"]
    assert ds.GetLayer(0).GetFeatureCount() == 1
    ds = None


def test_overwritten_output_is_complete(street, facilities, demand, tmp_path):
    """A run over an existing output file replaces it whole (the guard must not delete good results)."""
    target = tmp_path / "demand.gpkg"
    params = {"FACILITIES": facilities, "DEMAND": demand, "POPULATION": "vaesto", "METHOD": 1, "NETWORK": street,
              "OUTPUT_DEMAND": str(target)}
    for _ in range(2):
        result = run(params)
        written = QgsVectorLayer(result["OUTPUT_DEMAND"], "d", "ogr")
        assert written.featureCount() == demand.featureCount() - 1  # the one without geometry is skipped
