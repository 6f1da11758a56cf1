# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of palveluverkko:premisescriteria (issue target: 500 premises on the
1,000,000-segment benchmark network within 60 s), with an anchor measured in the same run.

Uses the national-size case of bench/make_data.py (made once into bench-output/data).
Usage: .venv/bin/python bench/bench_premisescriteria.py [--small]
"""
from __future__ import annotations

import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PKGROOT = os.path.join(ROOT, "build", "pkgroot")
os.makedirs(PKGROOT, exist_ok=True)
if not os.path.lexists(os.path.join(PKGROOT, "palveluverkko")):
    os.symlink(ROOT, os.path.join(PKGROOT, "palveluverkko"), target_is_directory=True)
sys.path.insert(0, PKGROOT)
sys.path.insert(0, "/usr/share/qgis/python/plugins")

TARGET_S = 60.0
N_PREMISES = 500


def main() -> int:
    small = "--small" in sys.argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import processing  # noqa: F401  (QGIS's, from /usr/share/qgis/python/plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from palveluverkko.processing.provider import PalveluverkkoProvider

    provider = PalveluverkkoProvider()
    if not QgsApplication.processingRegistry().addProvider(provider):
        raise RuntimeError("could not register the Palveluverkko provider")

    sys.path.insert(0, HERE)
    import make_data

    data = make_data.data_dir(ROOT, small)
    network = QgsVectorLayer(os.path.join(data, "network.gpkg"), "network", "ogr")
    demand = QgsVectorLayer(os.path.join(data, "demand.gpkg"), "demand", "ogr")
    extent = network.extent()
    rng = np.random.default_rng(7)
    premises = QgsVectorLayer("Point?crs=EPSG:3067&field=premises_id:string", "premises", "memory")
    features = []
    for k in range(N_PREMISES):
        f = QgsFeature(premises.fields())
        f.setAttributes([f"P{k:03d}"])
        x = rng.uniform(extent.xMinimum() + 5000, extent.xMaximum() - 5000)
        y = rng.uniform(extent.yMinimum() + 5000, extent.yMaximum() - 5000)
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(f)
    premises.dataProvider().addFeatures(features)

    anchor_data = rng.random(10_000_000)
    start = time.perf_counter()
    np.sort(anchor_data)
    anchor = time.perf_counter() - start
    print(f"anchor: numpy sort of 10,000,000 floats {anchor:.3f} s; load average {os.getloadavg()[0]:.2f}")

    start = time.perf_counter()
    result = processing.run("palveluverkko:premisescriteria", {
        "PREMISES": premises, "DEMAND": demand, "POPULATION": "vaesto", "METHOD": 1, "NETWORK": network,
        "SPEED_FIELD": "nopeus", "DIRECTION_FIELD": "ajosuunta", "CUTOFF": 60, "OUTPUT": "TEMPORARY_OUTPUT"})
    seconds = time.perf_counter() - start
    out = result["OUTPUT"]
    pops = np.array([f["pop_within"] or 0 for f in out.getFeatures()], dtype=float)
    status = "within target" if seconds <= TARGET_S else "over target"
    print(f"premisescriteria, road network ({network.featureCount():,} segments, {demand.featureCount():,} demand "
          f"cells), {N_PREMISES} premises, 60 min: {seconds:.1f} s (target {TARGET_S:.0f} s, "
          f"{seconds / anchor:.1f} x anchor) {status}; median pop_within {np.median(pops):,.0f}")
    sys.stdout.flush()
    os._exit(0)  # skip QGIS's teardown (it may crash after Processing ran in a script)


if __name__ == "__main__":
    main()
