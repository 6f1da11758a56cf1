# SPDX-License-Identifier: GPL-2.0-or-later
"""Bench: open the presence matrix dialog on 2,000 premises × 15 agencies (target: under a second).

Run with ``make bench`` or ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/presence_matrix.py``.
Prints the dialog's load time, the time of its parts and, as an anchor measured in the same run,
the time of one plain read of both tables.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "pkgroot"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], True)
    app.initQgis()
    from presence_data import fill

    from palveluverkko.core.presence import agencies
    from palveluverkko.core.presence import workspace as ws
    from palveluverkko.core.presence.project import add_workspace_to_project
    from palveluverkko.dialogs.presence_matrix import PresenceMatrixDialog

    rng = random.Random(5)
    codes = [a.code for a in agencies.read_seed()] + ["KUNTA", "SOTE", "SEURAKUNTA"]
    premises = [(f"P{i:04d}", f"Toimitila {i}", f"{rng.randrange(1, 999):03d}", 300000.0 + i, 6800000.0 + i)
                for i in range(2000)]
    presence = [(pid, code, rng.choice(ws.MODES), rng.choice([None, 1, 2, 5]), None, None)
                for pid, *_rest in premises for code in codes if rng.random() < 0.4]
    with tempfile.TemporaryDirectory() as folder:
        path = ws.create_workspace(os.path.join(folder, "bench.gpkg")).path
        fill(path, premises, presence)
        layers = add_workspace_to_project(path, QgsProject.instance())
        start = time.perf_counter()
        anchor_rows = sum(1 for _f in layers[ws.PRESENCE].getFeatures()) + sum(
            1 for _f in layers[ws.PREMISES].getFeatures())
        anchor = time.perf_counter() - start
        start = time.perf_counter()
        if os.environ.get("PROFILE"):
            import cProfile
            import pstats
            profile = cProfile.Profile()
            profile.enable()
        dialog = PresenceMatrixDialog()
        dialog.show()
        if os.environ.get("PROFILE"):
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        app.processEvents()
        total = time.perf_counter() - start
        print(f"presence matrix {dialog.model.rowCount()} premises x {len(dialog.model.codes)} agencies "
              f"({len(presence)} presence rows)")
        print(f"  dialog open and shown: {total:.3f} s (reload {dialog.load_seconds:.3f} s)")
        print(f"  anchor, plain read of both tables ({anchor_rows} features): {anchor:.3f} s; "
              f"ratio {total / anchor:.1f}")
        dialog.close()
        QgsProject.instance().removeAllMapLayers()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
