# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of palveluverkko:catchments against QGIS's native:serviceareafromlayer.

The national-size case of bench/make_data.py (made once into bench-output/data):
about 1 060 000 road links with speeds and one-way codes, 300 service points and
300 000 population cells of 1 km. Each run is a separate process, so its wall
time and peak memory (max RSS) are its own:

- catchments: METHOD=1 (road network, speed and ajosuunta fields), CUTOFFS=30,60,
  read + graph + allocation + polygons + write, outputs to temporary layers;
- native:serviceareafromlayer: the same network, speeds, one-way codes and
  service points, fastest path, 60 minutes, output to a temporary layer.

Targets (issue 3): catchments at least 10x faster than the native run, under
3 GB peak. Usage: .venv/bin/python bench/bench_catchments.py [--small] [--skip-native]
[--native-subsets A,B]

With ``--native-subsets 10,30`` the native run is measured on the first A and
the first B service points only and extrapolated linearly to all of them (the
native algorithm searches from one start point after another, after building
its graph once), for machines where the full native run takes too long.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PKGROOT = os.path.join(ROOT, "build", "pkgroot")
TARGET_RATIO = 10.0
TARGET_PEAK_GB = 3.0


def _child(which: str, data: str, n_facilities: int = 0) -> None:
    """Run one algorithm; print a JSON line with its wall time and peak memory."""
    import resource

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

    network = os.path.join(data, "network.gpkg|layername=network")
    facilities = os.path.join(data, "facilities.gpkg|layername=facilities")
    if n_facilities:
        facilities += f"|subset=fid <= {int(n_facilities)}"
    demand = os.path.join(data, "demand.gpkg|layername=demand")
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if which == "catchments":
        result = processing.run("palveluverkko:catchments", {
            "FACILITIES": facilities, "FACILITY_ID": "name", "DEMAND": demand, "POPULATION": "vaesto",
            "METHOD": 1, "NETWORK": network, "SPEED_FIELD": "nopeus", "DEFAULT_SPEED": 50,
            "DIRECTION_FIELD": "ajosuunta", "CUTOFFS": "30,60", "MAX_SNAP_DISTANCE": 1000,
            "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", "OUTPUT_CATCHMENTS": "TEMPORARY_OUTPUT"}, feedback=Feedback())
        summary = {"demand": result["OUTPUT_DEMAND"].featureCount(),
                   "catchments": result["OUTPUT_CATCHMENTS"].featureCount(),
                   "total_population": result["TOTAL_POPULATION"],
                   "unreachable_population": result["UNREACHABLE_POPULATION"]}
    else:
        result = processing.run("native:serviceareafromlayer", {
            "INPUT": network, "STRATEGY": 1, "DIRECTION_FIELD": "ajosuunta", "VALUE_FORWARD": "4",
            "VALUE_BACKWARD": "3", "VALUE_BOTH": "2", "DEFAULT_DIRECTION": 2, "SPEED_FIELD": "nopeus",
            "DEFAULT_SPEED": 50, "TOLERANCE": 0, "START_POINTS": facilities, "TRAVEL_COST2": 1.0,
            "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"}, feedback=Feedback())
        summary = {"service_area_lines": result["OUTPUT_LINES"].featureCount()}
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"which": which, "wall_s": wall, "peak_mb": peak_kb / 1024, "qgis_start_mb": base_rss / 1024,
                      **summary}))


def _measure(which: str, data: str, n_facilities: int = 0) -> dict:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", which, data, str(n_facilities)],
                          capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    sys.stderr.write(proc.stderr[-4000:] if proc.returncode else "".join(
        line + "\n" for line in proc.stderr.splitlines() if line.startswith("    ")))
    if proc.returncode != 0:
        raise RuntimeError(f"{which} failed ({proc.returncode})")
    line = [x for x in proc.stdout.splitlines() if x.startswith("{")][-1]
    out = json.loads(line)
    out["process_s"] = time.perf_counter() - start
    return out


def main() -> int:
    if "--child" in sys.argv:
        i = sys.argv.index("--child")
        _child(sys.argv[i + 1], sys.argv[i + 2], int(sys.argv[i + 3]) if len(sys.argv) > i + 3 else 0)
        return 0
    small = "--small" in sys.argv
    sys.path.insert(0, HERE)
    import make_data

    data = make_data.data_dir(ROOT, small)
    print(f"catchments benchmark on {data} (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs)")
    ours = _measure("catchments", data)
    print(f"palveluverkko:catchments      {ours['wall_s']:7.1f} s   peak {ours['peak_mb'] / 1024:5.2f} GB   "
          f"({ours['demand']} demand features, {ours['catchments']} catchments)")
    if "--skip-native" in sys.argv:
        return 0 if ours["peak_mb"] / 1024 < TARGET_PEAK_GB else 1
    if "--native-subsets" in sys.argv:
        a, b = (int(x) for x in sys.argv[sys.argv.index("--native-subsets") + 1].split(","))
        runs = {}
        for n in (a, b):
            runs[n] = _measure("native", data, n)
            print(f"native:serviceareafromlayer   {runs[n]['wall_s']:7.1f} s   peak {runs[n]['peak_mb'] / 1024:5.2f} GB"
                  f"   (first {n} service points, 60 min)")
        n_all = ours["catchments"]
        slope = (runs[b]["wall_s"] - runs[a]["wall_s"]) / (b - a)
        native = {"wall_s": runs[b]["wall_s"] + slope * (n_all - b), "peak_mb": runs[b]["peak_mb"]}
        print(f"native:serviceareafromlayer   {native['wall_s']:7.1f} s   extrapolated to {n_all} service points "
              f"({slope:.2f} s per service point)")
    else:
        native = _measure("native", data)
        print(f"native:serviceareafromlayer   {native['wall_s']:7.1f} s   peak {native['peak_mb'] / 1024:5.2f} GB   "
              f"({native['service_area_lines']} service area lines, 60 min)")
    ratio = native["wall_s"] / ours["wall_s"]
    print(f"ratio native / catchments: {ratio:.1f}x (target >= {TARGET_RATIO:.0f}x); "
          f"catchments peak {ours['peak_mb'] / 1024:.2f} GB (target < {TARGET_PEAK_GB:.0f} GB)")
    return 0 if ratio >= TARGET_RATIO and ours["peak_mb"] / 1024 < TARGET_PEAK_GB else 1


if __name__ == "__main__":
    sys.exit(main())
