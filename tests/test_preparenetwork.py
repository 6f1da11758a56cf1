# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:preparenetwork end to end on small layers: exact values, Digiroad, bad input, cancel."""
import re
import sqlite3

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from test_alg_catchments import layer, null, rows

ALG = "palveluverkko:preparenetwork"


@pytest.fixture(autouse=True)
def _registered(provider):
    return provider


def run(params, feedback=None):
    import processing

    return processing.run(ALG, {"OUTPUT": "TEMPORARY_OUTPUT", **params}, feedback=feedback)


# OSM-tagged streets (EPSG:3067, lengths exact): one row per link with its expected (speed, direction, source)
OSM_ROWS = [
    ("LINESTRING (0 0, 1000 0)", ["primary", '"maxspeed"=>"80"', 1], (72.0, 2, "maxspeed")),
    ("LINESTRING (1000 0, 2000 0)", ["footway", None, 2], None),
    ("LINESTRING (1000 0, 1000 600, 1000 1000)", ["residential", '"oneway"=>"-1"', 3], (27.0, 3, "class")),
    ("LINESTRING (0 0, 0 -3000)", [None, '"route"=>"ferry","duration"=>"0:30"', 4], (6.0, 2, "ferry")),
    ("LINESTRING (0 0, -500 0)", ["motorway", None, 5], (90.0, 4, "class")),
    ("LINESTRING (-500 0, -500 500)", ["service", '"access"=>"private"', 6], None),
    ("LINESTRING (-500 500, 0 500)", ["secondary_link", '"maxspeed"=>"signals","oneway"=>"no"', 7],
     (36 * 0.9, 2, "class")),
    ("", ["residential", None, 8], None),
]


@pytest.fixture
def osm_layer():
    return layer("LineString", "EPSG:3067", ["highway:string", "other_tags:string", "n:integer"],
                 [(wkt, values) for wkt, values, _ in OSM_ROWS], "osm")


def test_osm_tagged_layer_exact(osm_layer, tmp_path):
    report = tmp_path / "r.html"
    r = run({"INPUT": osm_layer, "SPEED_FACTOR": 0.9, "OUTPUT_REPORT": str(report)})
    out = r["OUTPUT"]
    got = {row[0]: row[1:] for row in rows(out, "n", "speed_kmh", "direction", "minutes", "source")}
    lengths = {1: 1000, 3: 1000, 4: 3000, 5: 500, 7: 500}
    want = {values[2]: w for _, values, w in OSM_ROWS if w is not None}
    assert sorted(got) == sorted(want)
    for n, (speed, direction, source) in want.items():
        minutes = 30.0 if source == "ferry" else lengths[n] * 0.06 / speed
        assert got[n] == (pytest.approx(speed, rel=1e-12), direction, pytest.approx(minutes, rel=1e-12), source)
    # a temporary output is a GeoPackage written at array speed (its fid first)
    assert out.providerType() == "ogr" and out.name() == "Prepared road network"
    assert [f.name() for f in out.fields()] == ["fid", "highway", "other_tags", "n", "speed_kmh", "direction",
                                              "minutes", "source"]
    assert r["LINKS"] == 5 and r["EXCLUDED"] == 2 and r["SKIPPED"] == 1
    assert (r["LINKS_MAXSPEED"], r["LINKS_CLASS"], r["LINKS_FERRY"], r["LINKS_DEFAULT"], r["LINKS_LIMIT"]) == (
        1, 3, 1, 0, 0)
    assert r["TOTAL_KM"] == pytest.approx(6.0)
    text = report.read_text(encoding="utf-8")
    assert 'id="oneway"' in text and 'data-value="0.25"' in text  # 1.5 of 6 km one-way
    assert "footway" in text and "<img" in text
    sources = text[text.index('<table id="sources">'):]
    sources = sources[:sources.index("</table>")]
    cells = re.findall(r"<tr><td>(\w+)</td><td[^>]*data-value=\"(\d+)\"[^>]*>[^<]*</td><td[^>]*data-value=\"([^\"]+)\"",
                       sources)
    km = {}
    for f in out.getFeatures():
        km[f["source"]] = km.get(f["source"], 0.0) + f["minutes"] * f["speed_kmh"] / 60
    assert {c[0]: (int(c[1]), float(c[2])) for c in cells} == {
        "class": (3, pytest.approx(km["class"])), "ferry": (1, pytest.approx(3.0)), "maxspeed": (1, 1.0)}


def test_speed_table_and_exclude(osm_layer, tmp_path):
    csv = tmp_path / "speeds.csv"
    csv.write_text("class,speed_kmh\nresidential,25\nferry,10\nmotorway,110\n", encoding="utf-8")
    r = run({"INPUT": osm_layer, "SPEED_TABLE": str(csv), "EXCLUDE": '"n" = 1'})
    got = {row[0]: row[1:] for row in rows(r["OUTPUT"], "n", "speed_kmh", "minutes", "source")}
    assert sorted(got) == [3, 4, 5, 7]
    assert got[3] == (25.0, pytest.approx(1000 * 0.06 / 25), "class")
    assert got[4] == (6.0, 30.0, "ferry")  # its duration wins over the table's ferry speed
    assert got[5] == (110.0, pytest.approx(500 * 0.06 / 110), "class")
    assert r["EXCLUDED"] == 3


@pytest.mark.parametrize("content, message", [
    ("class,speed_kmh\nresidential,fast\n", "SPEED_TABLE: the speed of class residential is not a number"),
    ("class,speed_kmh\nresidential,0\n", "SPEED_TABLE: the speed of class residential must be a positive number"),
    ("class,speed_kmh\nresidential,-5\n", "must be a positive number"),
    ("klass,kmh\nresidential,5\n", "SPEED_TABLE needs the columns class and speed_kmh"),
])
def test_bad_speed_table(osm_layer, tmp_path, content, message):
    csv = tmp_path / "speeds.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=message):
        run({"INPUT": osm_layer, "SPEED_TABLE": str(csv)})


def test_unknown_schema_names_the_fields():
    lyr = layer("LineString", "EPSG:3067", ["name:string", "speed:double"], [("LINESTRING (0 0, 1 0)", ["a", 5])])
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": lyr})
    text = str(error.value)
    assert "has none of the expected fields" in text
    for name in ("highway", "other_tags", "ajosuunta", "toiminnallinen_luokka/toiminn_lk",
                 "linkkityyppi/linkkityyp"):
        assert name in text


@pytest.mark.parametrize("content", [b"", b"not an osm file at all" * 10])
def test_unreadable_osm_file(tmp_path, content):
    path = tmp_path / "broken.osm.pbf"
    path.write_bytes(content)
    with pytest.raises(QgsProcessingException, match="cannot be read"):
        run({"INPUT": str(path)})
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run({"INPUT": str(tmp_path / "missing.osm.pbf")})


def test_generic_schema(tmp_path):
    lyr = layer("LineString", "EPSG:3067", ["v:double", "oneway:string"],
                [("LINESTRING (0 0, 100 0)", [40, "yes"]), ("LINESTRING (100 0, 200 0)", [None, "-1"]),
                 ("LINESTRING (200 0, 300 0)", [-3, None])])
    r = run({"INPUT": lyr, "SCHEMA": 3, "SPEED_FIELD": "v", "DIRECTION_FIELD": "oneway", "SPEED_FACTOR": 0.5})
    assert rows(r["OUTPUT"], "speed_kmh", "direction", "source") == [
        (20.0, 4, "maxspeed"), (25.0, 3, "default"), (25.0, 2, "default")]


def test_generic_schema_on_a_prepared_network():
    """SPEED_FIELD speed_kmh and DIRECTION_FIELD direction: read as given, then replaced by the output's own."""
    lyr = layer("LineString", "EPSG:3067", ["speed_kmh:double", "direction:integer", "name:string"],
                [("LINESTRING (0 0, 100 0)", [40, 4, "a"]), ("LINESTRING (100 0, 200 0)", [60, 3, "b"])])
    r = run({"INPUT": lyr, "SPEED_FIELD": "speed_kmh", "DIRECTION_FIELD": "direction"})
    out = r["OUTPUT"]
    assert [f.name() for f in out.fields()] == ["fid", "name", "speed_kmh", "direction", "minutes", "source"]
    assert rows(out, "name", "speed_kmh", "direction", "source") == [("a", 40.0, 4, "maxspeed"),
                                                                     ("b", 60.0, 3, "maxspeed")]


def digiroad_links():
    """A Digiroad-shaped link layer (shapefile field names) with every code list row once."""
    from palveluverkko.core.network import digiroad as dr

    fields = ["LINK_ID:integer", "KUNTAKOODI:integer", "TOIMINN_LK:integer", "LINKKITYYP:integer",
              "AJOSUUNTA:integer"]
    data, x = [], 0
    for fc in list(dr.FUNCTIONAL_CLASSES) + [99]:
        for lt in dr.LINK_TYPES:
            data.append((f"LINESTRING ({x} 0, {x} 100, {x + 50} 200)", [len(data) + 1, 398, fc, lt,
                                                                       (2, 3, 4)[len(data) % 3]]))
            x += 100
    return layer("LineString", "EPSG:3067", fields, data, "dr_linkki"), data


def test_digiroad_codes_speeds_and_directions():
    from palveluverkko.core.network import digiroad as dr

    links, data = digiroad_links()
    r = run({"INPUT": links})
    got = {row[0]: row[1:] for row in rows(r["OUTPUT"], "LINK_ID", "speed_kmh", "direction", "minutes", "source")}
    length = 100 + np.hypot(50, 100)
    want = {}
    for _, (link_id, _k, fc, lt, ajo) in data:
        if lt == 21:
            want[link_id] = (20.0, ajo, "ferry")
        elif dr.FUNCTIONAL_CLASSES.get(fc, ("", True))[1] and dr.LINK_TYPES[lt][1]:
            speed = dr.CLASS_SPEEDS.get(fc, 30.0)
            want[link_id] = (speed, ajo, "class" if fc in dr.CLASS_SPEEDS else "default")
    assert sorted(got) == sorted(want)
    for link_id, (speed, ajo, source) in want.items():
        assert got[link_id] == (speed, ajo, pytest.approx(length * 0.06 / speed, rel=1e-12), source)
    assert r["EXCLUDED"] == len(data) - len(want)


def test_cancel_leaves_no_output(osm_layer, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "net.gpkg"
    result = run({"INPUT": osm_layer, "OUTPUT": str(target)}, feedback=feedback)
    assert not result.get("OUTPUT")
    assert not target.exists()


@pytest.mark.parametrize("name", ["net.gpkg", "net.shp"])  # written by sqlite3 / through a sink
def test_cancel_while_writing_removes_the_file(tmp_path, name):
    from palveluverkko.processing import prepare_io

    n = prepare_io.BATCH * 2 + 5
    lyr = layer("LineString", "EPSG:3067", ["highway:string"],
                [(f"LINESTRING ({i} 0, {i} 10)", ["residential"]) for i in range(n)])
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_when_writing(value):
        if value > 80 and not feedback.isCanceled():  # the write step is the last quarter
            seen.append(value)
            feedback.cancel()

    feedback.progressChanged.connect(cancel_when_writing)
    target = tmp_path / name
    result = run({"INPUT": lyr, "OUTPUT": str(target)}, feedback=feedback)
    assert seen and not result.get("OUTPUT")
    assert list(tmp_path.iterdir()) == []


def test_geometry_less_links_are_counted(osm_layer):
    r = run({"INPUT": osm_layer})
    assert r["SKIPPED"] == 1
    assert not any(null(f["speed_kmh"]) for f in r["OUTPUT"].getFeatures())


def test_geopackage_output_equals_the_sink_output(tmp_path):
    """A .gpkg OUTPUT is written by sqlite3 at array speed: same features as through a Processing sink (memory:)."""
    from osgeo import ogr
    from test_preparenetwork_limits import digiroad_layers

    links, limits = digiroad_layers()
    params = {"INPUT": links, "SPEED_LIMITS": limits, "LINK_ID_FIELD": "link_id", "SPEED_FACTOR": 0.9}
    memory = run({**params, "OUTPUT": "memory:"})["OUTPUT"]
    assert memory.providerType() == "memory"
    target = tmp_path / "prepared.gpkg"
    r = run({**params, "OUTPUT": str(target)})
    assert r["OUTPUT"] == str(target)
    written = QgsVectorLayer(str(target), "p", "ogr")
    assert written.crs().authid() == "EPSG:3067" and written.wkbType() == memory.wkbType()
    assert [f.name() for f in written.fields()] == ["fid"] + [f.name() for f in memory.fields()]
    got = [(f.attributes()[1:], f.geometry().asWkt(6)) for f in written.getFeatures()]
    want = [(f.attributes(), f.geometry().asWkt(6)) for f in memory.getFeatures()]
    assert got == want and len(got) == 7
    ds = ogr.Open(str(target))
    assert ds.GetLayer(0).GetFeatureCount(force=0) == 7  # gpkg_ogr_contents
    ext = memory.extent()
    assert ds.GetLayer(0).GetExtent() == (ext.xMinimum(), ext.xMaximum(), ext.yMinimum(), ext.yMaximum())
    ds = None


def test_geopackage_output_keeps_dates(tmp_path):
    """Date and date-time fields of a GeoPackage input reach the fast .gpkg output as GDAL writes them."""
    from osgeo import ogr, osr

    source = tmp_path / "dr.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(source))
    lyr = ds.CreateLayer("dr", srs, ogr.wkbLineString)
    for name, kind in (("alkupvm", ogr.OFTDate), ("muokattu", ogr.OFTDateTime), ("ajosuunta", ogr.OFTInteger),
                       ("toiminn_lk", ogr.OFTInteger), ("linkkityyp", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for i in range(3):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["alkupvm"], f["ajosuunta"], f["toiminn_lk"], f["linkkityyp"] = f"2024-01-0{i + 1}", 2, 3, 3
        if i:
            f["muokattu"] = f"2024-02-0{i} 03:04:05+00"
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING ({i * 100} 0, {i * 100 + 100} 0)"))
        lyr.CreateFeature(f)
    ds = None
    r = run({"INPUT": f"{source}|layername=dr", "OUTPUT": str(tmp_path / "out.gpkg")})
    ds = ogr.Open(r["OUTPUT"])  # kept: its layer is only valid while the data source lives
    got = [(f.GetFieldAsString("alkupvm"), f.GetFieldAsString("muokattu"), f["speed_kmh"]) for f in ds.GetLayer(0)]
    ds = None
    with sqlite3.connect(r["OUTPUT"]) as connection:  # written by sqlite3 (a sink's file has an R-tree)
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree%'").fetchone() == (0,)
    assert got == [("2024/01/01", "", 60.0), ("2024/01/02", "2024/02/01 03:04:05+00", 60.0),
                   ("2024/01/03", "2024/02/02 03:04:05+00", 60.0)]
