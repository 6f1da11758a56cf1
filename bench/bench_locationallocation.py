# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of palveluverkko:locationallocation (issue target: 100,000 demand cells, 300 candidates,
P = 30 over the 1,000,000-segment benchmark network, heuristic within 60 s, memory bounded; least-cost
coverage (95 %, 60 min) and p-center (P = 30) on the same case; capacitated maximal coverage on 20,000
demand cells and 100 candidates, P = 20).

Candidate costs (annual_cost_eur, 100 000-499 000) and capacities (visits, 20 000-120 000 a year; VISIT_RATE
1) are made from the candidate's name, so every run has the same ones.

Uses the national-size case of bench/make_data.py (made once into bench-output/data; its first
100,000 demand cells and its 300 facilities as candidates). Each problem runs in its own process so
that its peak memory is its own; an anchor (numpy sort of 10,000,000 floats) is measured in the same
run. Usage: .venv/bin/python bench/bench_locationallocation.py [--small] [--problems 0,1]
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PKGROOT = os.path.join(ROOT, "build", "pkgroot")
TARGET_S = 60.0
N_DEMAND = 100_000
P = 30
NAMES = {"0": "maximal coverage", "1": "p-median", "2": "fewest points (95 %)", "3": "least-cost coverage (95 %)",
         "4": "p-center", "cap": "capacitated maximal coverage"}
#: per case: (PROBLEM, demand cells, candidates, P, extra parameters)
CASES = {"0": (0, N_DEMAND, 300, P, {}), "1": (1, N_DEMAND, 300, P, {}), "2": (2, N_DEMAND, 300, P, {}),
         "3": (3, N_DEMAND, 300, P, {"COST_FIELD": "annual_cost_eur"}), "4": (4, N_DEMAND, 300, P, {}),
         "cap": (0, 20_000, 100, 20, {"CAPACITY_FIELD": "visits", "VISIT_RATE": 1.0})}


def with_costs(candidates, n: int):
    """The first ``n`` candidates as a memory layer with annual_cost_eur and visits made from the name."""
    import zlib

    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer(f"Point?crs={candidates.crs().authid()}", "candidates", "memory")
    layer.dataProvider().addAttributes([QgsField("name", QVariant.String), QgsField("annual_cost_eur", QVariant.Double),
                                        QgsField("visits", QVariant.Double)])
    layer.updateFields()
    feats = []
    for f in sorted(candidates.getFeatures(), key=lambda f: f.id())[:n]:
        h = zlib.crc32(str(f["name"]).encode())
        out = QgsFeature(layer.fields())
        out.setGeometry(f.geometry())
        out.setAttributes([f["name"], 100_000.0 + 1000.0 * (h % 400), 20_000.0 + 1000.0 * ((h >> 9) % 100)])
        feats.append(out)
    layer.dataProvider().addFeatures(feats)
    return layer


def data_dir(small: bool) -> str:
    sys.path.insert(0, HERE)
    import make_data

    return make_data.data_dir(ROOT, small)


def run_one(case: str, small: bool) -> None:
    """One algorithm run in this process; prints one line."""
    os.makedirs(PKGROOT, exist_ok=True)
    if not os.path.lexists(os.path.join(PKGROOT, "palveluverkko")):
        os.symlink(ROOT, os.path.join(PKGROOT, "palveluverkko"), target_is_directory=True)
    sys.path.insert(0, PKGROOT)
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            if text.startswith(("Times", "Heuristic", "Road network", "P-median", "P-center")):
                print("LOG " + text, flush=True)

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from palveluverkko.processing.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    data = data_dir(small)
    network = QgsVectorLayer(os.path.join(data, "network.gpkg"), "network", "ogr")
    demand = QgsVectorLayer(os.path.join(data, "demand.gpkg"), "demand", "ogr")
    problem, n_demand, n_cands, p, extra = CASES[case]
    n_demand = min(n_demand, 4000) if small else n_demand
    demand.setSubsetString(f"fid <= {n_demand}")
    candidates = QgsVectorLayer(os.path.join(data, "facilities.gpkg"), "facilities", "ogr")
    if extra or n_cands < candidates.featureCount():
        candidates = with_costs(candidates, n_cands)
    p = min(p, 5) if small else p
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = processing.run("palveluverkko:locationallocation", {
        "CANDIDATES": candidates, "CANDIDATE_ID": "name", "DEMAND": demand, "POPULATION": "vaesto",
        "METHOD": 1, "NETWORK": network, "SPEED_FIELD": "nopeus", "DIRECTION_FIELD": "ajosuunta",
        "PROBLEM": problem, "P": p, "CUTOFF": 60, "COVERAGE_TARGET": 95, "SOLVER": 0,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT", **extra}, feedback=Feedback())
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"{seconds:.2f} {peak:.0f} {base / 1024.0:.0f} {result['FACILITIES']} {result['OBJECTIVE'] or 0:.6g} "
          f"{result['COVERED_POPULATION']:.0f} {result['REACHABLE_POPULATION']:.0f} {network.featureCount()} "
          f"{demand.featureCount()} {candidates.featureCount()}", flush=True)
    os._exit(0)  # skip QGIS's teardown


def main() -> int:
    small = "--small" in sys.argv
    problems = list(CASES)
    if "--problems" in sys.argv:
        problems = sys.argv[sys.argv.index("--problems") + 1].split(",")
    if "--one" in sys.argv:
        run_one(sys.argv[sys.argv.index("--one") + 1], small)
        return 0
    import numpy as np

    data_dir(small)
    anchor_data = np.random.default_rng(7).random(10_000_000)
    start = time.perf_counter()
    np.sort(anchor_data)
    anchor = time.perf_counter() - start
    print(f"anchor: numpy sort of 10,000,000 floats {anchor:.3f} s; load average {os.getloadavg()[0]:.2f}",
          flush=True)
    for problem in problems:
        args = [sys.executable, __file__, "--one", problem] + (["--small"] if small else [])
        done = subprocess.run(args, capture_output=True, text=True)
        line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        try:
            seconds, peak, base, facilities, objective, covered, reachable, segs, n_dem, n_cand = line.split()
        except ValueError:
            print(f"locationallocation {NAMES[problem]}: FAILED\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
            continue
        for log in done.stdout.splitlines():
            if log.startswith("LOG "):
                print("    " + log[4:], flush=True)
        status = "within target" if float(seconds) <= TARGET_S else "over target"
        print(f"locationallocation {NAMES[problem]}, heuristic, road network ({int(segs):,} segments), "
              f"{int(n_dem):,} demand cells, {n_cand} candidates, P={facilities}, 60 min: {float(seconds):.1f} s "
              f"(target {TARGET_S:.0f} s, {float(seconds) / anchor:.1f} x anchor) {status}; peak memory "
              f"{float(peak):,.0f} MB (QGIS + data before the run {float(base):,.0f} MB); covered "
              f"{float(covered):,.0f} of {float(reachable):,.0f} reachable; objective {objective}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
