# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo's catchments and coverage steps through qgis_process, as make demo runs them."""
from __future__ import annotations

import json
import os
import site
import sqlite3
import subprocess
from pathlib import Path

import pytest

from palveluverkko.core.demo import gpkg as demo_gpkg
from palveluverkko.processing import demo_chain

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
QGIS_SITE = ROOT / "build" / "qgis-site"
PKGROOT = ROOT / "build" / "pkgroot"


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
@pytest.mark.skipif(not QGIS_SITE.is_dir(), reason="build/qgis-site missing: run make setup (scripts/qgis_site.sh)")
def test_catchments_and_coverage_through_qgis_process(provider, tmp_path):
    import processing

    demo_gpkg.create_demo_workspace(str(tmp_path / "workspace.gpkg"), codes=["560", "316"])
    steps = {s.name: s for s in demo_chain.steps(str(tmp_path), ["catchments", "coveragereport"], "560,316")}
    os.makedirs(tmp_path / "runs")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PKGROOT),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join([str(QGIS_SITE), *site.getsitepackages()]))

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300,
                              cwd=tmp_path)

    assert qgis_process("plugins", "enable", "palveluverkko").returncode == 0
    results = {}
    for name in ("02_catchments", "03_coveragereport"):
        step = steps[name]
        done = qgis_process("run", f"palveluverkko:{step.algorithm}", "--json", "--",
                            *[f"{k}={v}" for k, v in step.parameters.items()])
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        results[name] = json.loads(done.stdout)["results"]
    workspace = str(tmp_path / "workspace.gpkg")
    with sqlite3.connect(workspace) as connection:
        total = connection.execute("SELECT sum(vaesto) FROM population_grid").fetchone()[0]
        rows = connection.execute("SELECT area, population, pop_within_30, pop_within_60, mean_cost FROM coverage "
                                  "ORDER BY area").fetchall()
    assert total == 16000 + 4300
    coverage = results["03_coveragereport"]
    assert coverage["TOTAL_POPULATION"] == total == results["02_catchments"]["TOTAL_POPULATION"]
    assert coverage["COVERED_POPULATION"] == sum(r[3] for r in rows)
    again = processing.run("palveluverkko:coveragereport", {
        **{k: v for k, v in steps["03_coveragereport"].parameters.items() if k != "OUTPUT_REPORT"},
        "OUTPUT": "memory:"})
    same = sorted((f["area"], f["population"], f["pop_within_30"], f["pop_within_60"], f["mean_cost"])
                  for f in again["OUTPUT"].getFeatures())
    assert [r[:4] for r in rows] == [r[:4] for r in same]
    assert [r[4] for r in rows] == pytest.approx([r[4] for r in same])
