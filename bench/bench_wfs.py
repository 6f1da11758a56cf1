# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of palveluverkko:fetchwfs: 100,000 features from a local QGIS Server, next to GDAL's own
WFS/OAPIF client (``ogr2ogr``) fetching the same layer from the same server in the same run, and the
plain download of the same answers (the server-bound floor); then 100,000 points from MapServer 8
capping every answer at 1,000 features (WFS 2.0.0, ``numberMatched="unknown"``), fetchwfs against
``ogr2ogr`` with GDAL's paging on (``OGR_WFS_PAGING_ALLOWED=ON``, ``OGR_WFS_PAGE_SIZE=1000``).

Every fetch runs in its own child process; its peak memory is the child's maximum resident set size
(``wait4``). The fetch of ours is timed around ``processing.run`` (QGIS start-up excluded and its
memory printed apart as the baseline); ogr2ogr is timed around the whole command. The load average
is printed with every figure (the machine may be shared). ``--with-provider`` adds the fetch through
QGIS's WFS/OAPIF provider (the path used before the fast path, and still the fallback).

Usage: .venv/bin/python bench/bench_wfs.py [--features N] [--with-provider] [--only qgis|mapserver]
(``make bench`` runs it)
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
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

    if args.provider:  # the provider path only (what fetchwfs did before core/wfs_pages.py)
        from palveluverkko.core.sources import fetch as wfs_fetch

        wfs_fetch._start_pages = lambda *a, **k: None
    started = time.perf_counter()
    result = processing.run("palveluverkko:fetchwfs", {
        "URL": args.url, "TYPENAME": args.typename, "VERSION": args.version, "OUTPUT": args.output})
    print(json.dumps({"count": result["FEATURE_COUNT"], "seconds": time.perf_counter() - started,
                      "complete": result["COMPLETE"]}))


def download(url: str, oapif: bool):
    """(seconds, features) of downloading the answers without parsing them: the server-bound floor."""
    import urllib.request

    started = time.perf_counter()
    if not oapif:
        with urllib.request.urlopen(url, timeout=600) as answer:
            features, carry = 0, b""
            while True:
                chunk = answer.read(1 << 20)
                if not chunk:
                    break
                features += (carry + chunk).count(b"<gml:featureMember")
                carry = chunk[-20:]
        return time.perf_counter() - started, features
    features = 0
    while url:
        with urllib.request.urlopen(url, timeout=600) as answer:
            page = json.loads(answer.read())
        features += len(page.get("features", []))
        url = next((link["href"] for link in page.get("links", []) if link.get("rel") == "next"), None) \
            if page.get("features") else None
    return time.perf_counter() - started, features


def load() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


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
    parser.add_argument("--provider", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--with-provider", action="store_true",
                        help="also time the fetch through QGIS's WFS/OAPIF provider (slow)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (alternating the methods); medians compared")
    parser.add_argument("--url")
    parser.add_argument("--typename", default="grid")
    parser.add_argument("--version", default="1.1.0")
    parser.add_argument("--output")
    parser.add_argument("--only", choices=("qgis", "mapserver"), help="run one of the two servers' cases")
    args = parser.parse_args()
    if args.child:
        child(args)
        return 0
    if args.only != "qgis":
        bench_mapserver(args)
    if args.only == "mapserver":
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
    print(f"bench_wfs {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, {os.cpu_count()} CPUs, load {load()}")
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
            for _round in range(args.repeat):
                rows.extend(one_round(args, folder, me, env, label, version, url, gdal_name))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'method':<20}{'features':>10}{'seconds':>10}{'features/s':>12}{'peak MB':>10}  load (1/5/15 min)")
    for name, count, seconds, peak, before in rows:
        memory = f"{peak:>10.0f}" if peak else f"{'-':>10}"
        print(f"{name:<20}{count:>10,}{seconds:>10.2f}{count / seconds:>12,.0f}{memory}  {before}")
    print(f"(QGIS + plugin start-up alone: {baseline_mb:.0f} MB peak; fetchwfs is timed without it; "
          f"download = the answers read and thrown away, the server-bound floor)")
    for label in ("WFS 1.1.0", "OAPIF"):
        ours = [r for r in rows if r[0] == f"fetchwfs {label}"]
        gdal = [r for r in rows if r[0] == f"ogr2ogr  {label}"]
        if not ours or not gdal:
            continue
        ours_rate = statistics.median(r[1] / r[2] for r in ours)
        gdal_rate = statistics.median(r[1] / r[2] for r in gdal)
        print(f"{label} (medians of {len(ours)}): fetchwfs {ours_rate:,.0f} features/s, ogr2ogr {gdal_rate:,.0f}: "
              f"speed {ours_rate / gdal_rate:.2f}×; peak memory above start-up "
              f"{max(r[3] for r in ours) - baseline_mb:.0f} MB, ogr2ogr {max(r[3] for r in gdal):.0f} MB")
    del app
    return 0


def one_round(args, folder, me, env, label, version, url, gdal_name):
    """The rows of one round: download floor, fetchwfs, ogr2ogr (and the provider path) for one service."""
    rows = []
    oapif = version == "OAPIF"
    floor = url + ("/collections/grid/items?limit=10000" if oapif else
                   "?SERVICE=WFS&REQUEST=GetFeature&VERSION=1.1.0&TYPENAME=grid")
    before = load()
    seconds, count = download(floor, oapif)
    rows.append((f"download {label}", count, seconds, 0.0, before))
    out = os.path.join(folder, f"ours_{version}.gpkg")
    if os.path.exists(out):
        os.remove(out)
    before = load()
    _wall, peak, output = measure([*me, "--url", url, "--version", version, "--output", out], env)
    result = json.loads(output.strip().splitlines()[-1])
    rows.append((f"fetchwfs {label}", result["count"], result["seconds"], peak, before))
    out = os.path.join(folder, f"gdal_{version}.gpkg")
    if os.path.exists(out):
        os.remove(out)
    # GDAL's OAPIF pages by 10 features unless told: give it the page size fetchwfs uses.
    page = ["-oo", "PAGE_SIZE=10000"] if oapif else []
    before = load()
    seconds, peak, _o = measure(["ogr2ogr", "-f", "GPKG", *page, out, gdal_name, "grid"], env)
    rows.append((f"ogr2ogr  {label}", count_features(out), seconds, peak, before))
    if args.with_provider:
        out = os.path.join(folder, f"provider_{version}.gpkg")
        if os.path.exists(out):
            os.remove(out)
        before = load()
        _wall, peak, output = measure([*me, "--provider", "--url", url, "--version", version, "--output", out],
                                      env)
        result = json.loads(output.strip().splitlines()[-1])
        rows.append((f"provider {label}", result["count"], result["seconds"], peak, before))
    return rows


def bench_mapserver(args) -> None:
    """fetchwfs and ogr2ogr (paging on) against MapServer 8 capping every answer at 1,000 features."""
    if shutil.which("mapserv") is None or shutil.which("ogr2ogr") is None:
        print("bench_wfs: mapserv (cgi-mapserver) or ogr2ogr missing; the MapServer case skipped")
        return
    import mapserver

    folder = tempfile.mkdtemp(prefix="bench_wfs_ms_")
    print(f"bench_wfs: MapServer 8, {args.features:,} points, at most 1,000 per answer, load {load()}")
    server = mapserver.MapServer(folder, points=args.features, page=1000).start()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    me = [sys.executable, os.path.abspath(__file__), "--child", "--typename", "points"]
    url = server.url("plain")
    rows = []
    try:
        for _round in range(args.repeat):
            out = os.path.join(folder, "ours.gpkg")
            if os.path.exists(out):
                os.remove(out)
            before = load()
            _wall, peak, output = measure([*me, "--url", url, "--version", "2.0.0", "--output", out], env)
            result = json.loads(output.strip().splitlines()[-1])
            assert result["count"] == args.features and result["complete"], result
            rows.append(("fetchwfs", result["count"], result["seconds"], peak, before))
            out = os.path.join(folder, "gdal.gpkg")
            if os.path.exists(out):
                os.remove(out)
            before = load()
            # (GDAL's WFS open options PAGING_ALLOWED/PAGE_SIZE did not take here: it paged by 100; the
            # configuration options do)
            seconds, peak, _o = measure(["ogr2ogr", "--config", "OGR_WFS_PAGING_ALLOWED", "ON", "--config",
                                         "OGR_WFS_PAGE_SIZE", "1000", "-f", "GPKG", out, f"WFS:{url}VERSION=2.0.0",
                                         "points"], env)
            rows.append(("ogr2ogr ", count_features(out), seconds, peak, before))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    for name, count, seconds, peak, before in rows:
        print(f"MapServer {name:<10}{count:>10,}{seconds:>10.2f}{count / seconds:>12,.0f}{peak:>10.0f}  {before}")
    ours = statistics.median(r[1] / r[2] for r in rows if r[0] == "fetchwfs")
    gdal = statistics.median(r[1] / r[2] for r in rows if r[0] != "fetchwfs")
    print(f"MapServer WFS 2.0.0, 1,000 per answer (medians of {args.repeat}): fetchwfs {ours:,.0f} features/s, "
          f"ogr2ogr (paging on) {gdal:,.0f}: speed {ours / gdal:.2f}×; all {args.features:,} features, "
          f"COMPLETE true")


def server_has_oapif(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url + "wfs3/collections.json", timeout=10) as answer:
            return answer.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
