# SPDX-License-Identifier: GPL-2.0-or-later
"""Bench: a database workspace on a throwaway PostgreSQL/PostGIS cluster.

* create the workspace and copy 2,000 premises x 15 agencies (30,000 presence
  rows) into it from a GeoPackage (target: under 10 s);
* open the presence matrix on it, against the same matrix from the GeoPackage
  measured in the same run (target: within 2x).

Run with ``make bench`` or ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_dbworkspace.py``.
Skips (exit 0, saying why) when no PostgreSQL with PostGIS is installed.
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
PREMISES = 2000
AGENCIES = 15


def _geopackage(folder: str) -> str:
    from presence_data import fill

    from palveluverkko.core.presence import agencies
    from palveluverkko.core.presence import workspace as ws

    rng = random.Random(5)
    codes = ([a.code for a in agencies.read_seed()] + ["KUNTA", "SOTE", "SEURAKUNTA"])[:AGENCIES]
    premises = [(f"P{i:04d}", f"Toimitila {i}", f"{rng.randrange(1, 999):03d}", 300000.0 + i, 6800000.0 + i)
                for i in range(PREMISES)]
    presence = [(pid, code, rng.choice(ws.MODES), rng.choice([None, 1, 2, 5]), rng.randrange(0, 9999), None)
                for pid, *_rest in premises for code in codes]
    path = ws.create_workspace(os.path.join(folder, "bench.gpkg")).path
    fill(path, premises, presence)
    return path


def _open_matrix(app, layers_of) -> tuple:
    from qgis.core import QgsProject

    from palveluverkko.dialogs.presence_matrix import PresenceMatrixDialog

    layers_of()
    start = time.perf_counter()
    dialog = PresenceMatrixDialog()
    dialog.show()
    app.processEvents()
    seconds = time.perf_counter() - start
    shape = (dialog.model.rowCount(), len(dialog.model.codes))
    dialog.close()
    QgsProject.instance().removeAllMapLayers()
    return seconds, shape


def main() -> int:
    import pg_server
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], True)
    app.initQgis()
    from palveluverkko.core.presence import postgis, postgis_copy
    from palveluverkko.core.presence.project import add_db_workspace_to_project, add_workspace_to_project

    base = tempfile.mkdtemp(prefix="pvpg-")
    try:
        server = pg_server.start_server(base)
    except (RuntimeError, OSError) as error:
        pg_server.stop_server(base)
        print(f"database workspace bench skipped: {error}")
        return 0
    try:
        server.execute("CREATE ROLE planner_admin LOGIN CREATEROLE")
        server.execute("CREATE DATABASE bench OWNER planner_admin")
        server.execute("CREATE EXTENSION postgis", "bench")
        uri = server.uri("bench", "planner_admin")
        with tempfile.TemporaryDirectory() as folder:
            path = _geopackage(folder)
            start = time.perf_counter()
            connection = postgis.connection(uri)
            postgis.create_db_workspace(connection, "palveluverkko")
            counts = postgis_copy.geopackage_to_database(path, connection, "palveluverkko")
            copy_seconds = time.perf_counter() - start
            print(f"database workspace: create + copy {counts.premises} premises, {counts.presence} presence rows: "
                  f"{copy_seconds:.2f} s (target under 10 s)")
            gpkg_seconds, shape = _open_matrix(app, lambda: add_workspace_to_project(path, QgsProject.instance()))
            db_seconds, db_shape = _open_matrix(
                app, lambda: add_db_workspace_to_project(uri, "palveluverkko", QgsProject.instance()))
            assert shape == db_shape, (shape, db_shape)
            print(f"presence matrix {shape[0]} x {shape[1]}: GeoPackage {gpkg_seconds:.3f} s (anchor), "
                  f"PostGIS {db_seconds:.3f} s; ratio {db_seconds / gpkg_seconds:.1f} (target within 2x)")
    finally:
        pg_server.stop_server(base)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
