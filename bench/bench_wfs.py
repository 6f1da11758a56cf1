# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of palveluverkko:fetchwfs: 100,000 features from a local QGIS Server, next to GDAL's own
WFS/OAPIF client (``ogr2ogr``) fetching the same layer from the same server in the same run.

Every fetch runs in its own child process; its peak memory is the child's maximum resident set size
(``wait4``). The fetch of ours is timed around ``processing.run`` (QGIS start-up excluded and its
memory printed apart as the baseline); ogr2ogr is timed around the whole command.

Usage: .venv/bin/python bench/bench_wfs.py [--features N]   (``make bench`` runs it)
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKGROOT = os.path.join(ROOT, "build", "pkgroot")
os.makedirs(PKGROOT, exist_ok=True)
if not os.path.lexists(os.path.join(PKGROOT, "palveluverkko")):
    os.symlink(ROOT, os.path.join(PKGROOT, "palveluverkko"), target_is_directory=True)
sys.path.insert(0, PKGROOT)
sys.path.insert(1, os.path.join(ROOT, "tests"))


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from palveluverkko.processing.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def child(args) -> None:
    """One fetch of ours (or only QGIS's start-up with --baseline); prints JSON."""
    _app, _provider = start_qgis()
    if args.baseline:
        print(json.dumps({"count": 0, "seconds": 0.0}))
        return
    import processing

    started = time.perf_counter()
    result = processing.run("palveluverkko:fetchwfs", {
        "URL": args.url, "TYPENAME": args.typename, "VERSION": args.version, "OUTPUT": args.output})
    print(json.dumps({"count": result["FEATURE_COUNT"], "seconds": time.perf_counter() - started}))


def measure(command, env=None):
    """(seconds, peak RSS in MB, stdout) of a child process."""
    started = time.perf_counter()
    errors = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env)
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        errors.seek(0)
        raise RuntimeError(f"{command[0]} failed ({status}): {errors.read().decode('utf-8', 'replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, output.decode("utf-8", "replace")


def count_features(path: str) -> int:
    from osgeo import ogr

    ds = ogr.Open(path)
    count = ds.GetLayer(0).GetFeatureCount()
    ds = None  # noqa: F841
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--url")
    parser.add_argument("--typename", default="grid")
    parser.add_argument("--version", default="1.1.0")
    parser.add_argument("--output")
    args = parser.parse_args()
    if args.child:
        child(args)
        return 0
    if shutil.which("qgis_mapserver") is None or shutil.which("ogr2ogr") is None:
        print("bench_wfs: qgis_mapserver or ogr2ogr missing; skipped")
        return 0

    import wfs_servers as servers
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    folder = tempfile.mkdtemp(prefix="bench_wfs_")
    data, project = os.path.join(folder, "data.gpkg"), os.path.join(folder, "project.qgs")
    print(f"bench_wfs: writing {args.features:,} grid cells (polygons, EPSG:3067) and starting QGIS Server…")
    servers.write_data(data, args.features)
    servers.write_project(project, data, ("premises", "grid"))
    server = servers.QgisServer(project, folder).start(timeout=120)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    me = [sys.executable, os.path.abspath(__file__), "--child"]
    rows = []
    try:
        _s, baseline_mb, _o = measure([*me, "--baseline"], env)
        cases = [("WFS 1.1.0", "1.1.0", server.url, f"WFS:{server.url}?VERSION=1.1.0")]
        if server_has_oapif(server.url):
            cases.append(("OAPIF", "OAPIF", server.url + "wfs3", f"OAPIF:{server.url}wfs3"))
        for label, version, url, gdal_name in cases:
            out = os.path.join(folder, f"ours_{version}.gpkg")
            _wall, peak, output = measure([*me, "--url", url, "--version", version, "--output", out], env)
            result = json.loads(output.strip().splitlines()[-1])
            rows.append((f"fetchwfs {label}", result["count"], result["seconds"], peak))
            out = os.path.join(folder, f"gdal_{version}.gpkg")
            # GDAL's OAPIF pages by 10 features unless told: give it the page size QGIS's provider uses.
            page = ["-oo", "PAGE_SIZE=1000"] if version == "OAPIF" else []
            seconds, peak, _o = measure(["ogr2ogr", "-f", "GPKG", *page, out, gdal_name, "grid"], env)
            rows.append((f"ogr2ogr  {label}", count_features(out), seconds, peak))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'method':<20}{'features':>10}{'seconds':>10}{'features/s':>12}{'peak MB':>10}")
    for name, count, seconds, peak in rows:
        print(f"{name:<20}{count:>10,}{seconds:>10.2f}{count / seconds:>12,.0f}{peak:>10.0f}")
    print(f"(QGIS + plugin start-up alone: {baseline_mb:.0f} MB peak; fetchwfs is timed without it)")
    for index in range(0, len(rows), 2):
        ours, gdal = rows[index], rows[index + 1]
        speed = (ours[1] / ours[2]) / (gdal[1] / gdal[2])
        print(f"{ours[0].split(' ', 1)[1].strip()}: fetchwfs/ogr2ogr speed {speed:.2f}×, "
              f"memory above start-up {ours[3] - baseline_mb:.0f} MB vs ogr2ogr {gdal[3]:.0f} MB")
    del app
    return 0


def server_has_oapif(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url + "wfs3/collections.json", timeout=10) as answer:
            return answer.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
