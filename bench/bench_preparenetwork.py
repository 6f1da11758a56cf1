# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of palveluverkko:preparenetwork beside ogr2ogr copying the same layer.

The case (made once into bench-output/data-roads): a jittered street lattice of
1 000 000 OpenStreetMap-tagged links (``osm_id``, ``highway``, ``other_tags`` with
maxspeed / oneway / junction / access / ferries, as GDAL's OSM driver writes it)
in a GeoPackage, and 200 000 speed-limit segments (``osm_id``, ``alkum``,
``loppum``, ``arvo``), half of them covering part of a link so that links are cut.

Each run is its own process (wall time and peak memory are its own):
- preparenetwork: INPUT the links, SPEED_LIMITS by LINK_ID_FIELD=osm_id with the
  measures, SPEED_FACTOR 0.9, OUTPUT to a GeoPackage;
- ogr2ogr: the same links layer into a GeoPackage (the anchor: reading and
  writing the data, nothing else).

Targets (issue 15): preparenetwork under 60 s and 3 GB. Usage:
.venv/bin/python bench/bench_preparenetwork.py [--small]
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PKGROOT = os.path.join(ROOT, "build", "pkgroot")
TARGET_S = 60.0
TARGET_PEAK_GB = 3.0
X0, Y0 = 380_000.0, 6_670_000.0
HIGHWAYS = np.array(["residential", "service", "unclassified", "tertiary", "secondary", "primary", "trunk",
                     "motorway", "motorway_link", "footway", "cycleway", "path", "track", "living_street"])
HIGHWAY_P = np.array([30, 12, 10, 8, 6, 5, 2, 2, 1, 10, 6, 4, 3, 1], dtype=float)
TAGS = np.array(['', '"maxspeed"=>"40"', '"maxspeed"=>"50","oneway"=>"yes"', '"oneway"=>"-1"',
                 '"maxspeed"=>"FI:urban"', '"junction"=>"roundabout"', '"access"=>"private"',
                 '"access"=>"no","motor_vehicle"=>"yes"', '"maxspeed"=>"30 mph","lit"=>"yes"',
                 '"surface"=>"asphalt","lanes"=>"2"', '"maxspeed"=>"none"', '"route"=>"ferry","duration"=>"0:20"'])
TAGS_P = np.array([40, 12, 8, 3, 8, 2, 4, 2, 2, 15, 3, 1], dtype=float)


def _xy(p):
    return np.char.add(np.char.add(np.char.mod("%.3f", p[:, 0]), " "), np.char.mod("%.3f", p[:, 1]))


def _csv_text(values):
    return np.char.add(np.char.add('"', np.char.replace(values, '"', '""')), '"')


def _to_gpkg(csv_path, out_path, layer):
    from osgeo import gdal

    gdal.UseExceptions()
    src = gdal.OpenEx(csv_path, gdal.OF_VECTOR,
                      open_options=["GEOM_POSSIBLE_NAMES=wkt", "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=YES"])
    gdal.VectorTranslate(out_path, src, format="GPKG", layerName=layer, dstSRS="EPSG:3067", srcSRS="EPSG:3067",
                         geometryType="LINESTRING")
    src = None
    os.remove(csv_path)


def make_case(outdir, n_side=708, n_limits=200_000, seed=15):
    """links.gpkg (layer lines) and limits.gpkg (layer limits); about 2 n_side (n_side - 1) links."""
    os.makedirs(outdir, exist_ok=True)
    rng = np.random.default_rng(seed)
    grid = np.stack(np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij"), -1) * 250.0
    nodes = (grid + rng.uniform(-60, 60, grid.shape) + (X0, Y0)).reshape(-1, 2)
    idx = np.arange(n_side * n_side).reshape(n_side, n_side)
    a = np.concatenate([idx[:-1, :].ravel(), idx[:, :-1].ravel()])
    b = np.concatenate([idx[1:, :].ravel(), idx[:, 1:].ravel()])
    mid = (nodes[a] + nodes[b]) / 2 + rng.uniform(-20, 20, (len(a), 2))
    n = len(a)
    wkt = np.char.add(np.char.add(np.char.add("LINESTRING (", _xy(nodes[a])), np.char.add(", ", _xy(mid))),
                      np.char.add(np.char.add(", ", _xy(nodes[b])), ")"))
    highway = HIGHWAYS[rng.choice(len(HIGHWAYS), n, p=HIGHWAY_P / HIGHWAY_P.sum())]
    tags = TAGS[rng.choice(len(TAGS), n, p=TAGS_P / TAGS_P.sum())]
    osm_id = np.arange(1, n + 1)
    csv = os.path.join(outdir, "lines.csv")
    body = np.char.add(np.char.add(np.char.add(_csv_text(wkt), ","), np.char.add(osm_id.astype(str), ",")),
                       np.char.add(np.char.add(highway, ","), _csv_text(tags)))
    with open(csv, "w", encoding="utf-8") as handle:
        handle.write("wkt,osm_id,highway,other_tags\n")
        handle.write("\n".join(body.tolist()))
        handle.write("\n")
    _to_gpkg(csv, os.path.join(outdir, "links.gpkg"), "lines")
    length = np.hypot(*(mid - nodes[a]).T) + np.hypot(*(nodes[b] - mid).T)
    pick = rng.choice(n, n_limits, replace=False)
    partial = rng.random(n_limits) < 0.5
    start = np.where(partial, np.round(length[pick] * rng.uniform(0.2, 0.6, n_limits), 1), 0.0)
    end = np.where(partial, np.round(length[pick] * 0.8, 1), np.round(length[pick], 3))
    speed = rng.choice([30, 40, 50, 60, 80], n_limits)
    lwkt = wkt[pick]
    csv = os.path.join(outdir, "limits.csv")
    body = np.char.add(np.char.add(_csv_text(lwkt), ","), np.char.add((pick + 1).astype(str), ","))
    body = np.char.add(body, np.char.add(np.char.add(np.char.mod("%.3f", start), ","),
                                         np.char.add(np.char.add(np.char.mod("%.3f", end), ","), speed.astype(str))))
    with open(csv, "w", encoding="utf-8") as handle:
        handle.write("wkt,osm_id,alkum,loppum,arvo\n")
        handle.write("\n".join(body.tolist()))
        handle.write("\n")
    _to_gpkg(csv, os.path.join(outdir, "limits.gpkg"), "limits")
    with open(os.path.join(outdir, "done"), "w", encoding="utf-8") as handle:
        handle.write(f"{n} links, {n_limits} limits\n")


def _child_prepare(data, out):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, PKGROOT)
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from palveluverkko.processing.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            print("   ", info, file=sys.stderr)

    start = time.perf_counter()
    result = processing.run("palveluverkko:preparenetwork", {
        "INPUT": os.path.join(data, "links.gpkg|layername=lines"),
        "SPEED_LIMITS": os.path.join(data, "limits.gpkg|layername=limits"), "LINK_ID_FIELD": "osm_id",
        "SPEED_FACTOR": 0.9, "OUTPUT": out}, feedback=Feedback())
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wall_s": wall, "peak_mb": peak, **{k: v for k, v in result.items() if k != "OUTPUT"}}))


def _measure_prepare(data, out) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", data, out], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    sys.stderr.write("".join(line + "\n" for line in proc.stderr.splitlines() if line.startswith("    ")))
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise RuntimeError(f"preparenetwork failed ({proc.returncode})")
    return json.loads([x for x in proc.stdout.splitlines() if x.startswith("{")][-1])


def _measure_ogr2ogr(data, out) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(["ogr2ogr", "-f", "GPKG", out, os.path.join(data, "links.gpkg"), "lines"], check=True)
    wall = time.perf_counter() - start
    return {"wall_s": wall, "peak_mb": max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024}


def main() -> int:
    if "--child" in sys.argv:
        i = sys.argv.index("--child")
        _child_prepare(sys.argv[i + 1], sys.argv[i + 2])
        return 0
    small = "--small" in sys.argv
    data = os.path.join(ROOT, "bench-output", "data-roads-small" if small else "data-roads")
    if not os.path.exists(os.path.join(data, "done")):
        start = time.perf_counter()
        make_case(data, *((120, 3000) if small else ()))
        print(f"generated the case in {time.perf_counter() - start:.1f} s", flush=True)
    work = os.path.join(ROOT, "bench-output", "roads-run")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    print(f"preparenetwork benchmark on {data} (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs)")
    anchor = _measure_ogr2ogr(data, os.path.join(work, "copy.gpkg"))
    ours = _measure_prepare(data, os.path.join(work, "prepared.gpkg"))
    print(f"ogr2ogr (links -> GeoPackage)      {anchor['wall_s']:7.1f} s   peak {anchor['peak_mb'] / 1024:5.2f} GB")
    print(f"palveluverkko:preparenetwork       {ours['wall_s']:7.1f} s   peak {ours['peak_mb'] / 1024:5.2f} GB   "
          f"({ours['LINKS']} links written, {ours['EXCLUDED']} excluded, {ours['LINKS_LIMIT']} with a limit, "
          f"{ours['TOTAL_KM']:.0f} km)")
    print(f"ratio preparenetwork / ogr2ogr: {ours['wall_s'] / anchor['wall_s']:.1f}x; targets: under {TARGET_S:.0f} s "
          f"and {TARGET_PEAK_GB:.0f} GB")
    return 0 if ours["wall_s"] < TARGET_S and ours["peak_mb"] / 1024 < TARGET_PEAK_GB else 1


if __name__ == "__main__":
    sys.exit(main())
