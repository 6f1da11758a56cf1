# SPDX-License-Identifier: GPL-2.0-or-later
"""Last step of `make demo`: style the workspace, save demo.qgz, render map.png, write report.html, print a summary.

Run with the project's venv python (system site packages give QGIS):
    .venv/bin/python scripts/demo_finish.py demo-output [start-time-ns]
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _import_plugin():
    pkgroot = ROOT / "build" / "pkgroot"
    pkgroot.mkdir(parents=True, exist_ok=True)
    link = pkgroot / "palveluverkko"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != str(ROOT)
                   and os.path.abspath(p or os.curdir) != str(ROOT / "scripts")]
    sys.path.insert(0, str(pkgroot))


def main(out_dir: str, start_ns: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _import_plugin()
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from qgis.PyQt.QtCore import QLocale

        from palveluverkko.core import i18n
        from palveluverkko.core.demo import map as demo_map
        from palveluverkko.core.demo import report as demo_report
        from palveluverkko.core.demo.texts import demo_language, texts
        from palveluverkko.core.presence import expression as presence_expression

        language = demo_language()  # DEMO_LANG, else the language of this QGIS
        QLocale.setDefault(QLocale(language))
        if language != "en":
            translator = i18n.install_translator(language)  # noqa: F841 - kept alive while the report is built
        presence_expression.register()
        workspace = os.path.join(out_dir, "workspace.gpkg")
        project = QgsProject.instance()
        project.setTitle("Palveluverkko demo (SYNTHETIC data)")
        project.setCrs(QgsProject.instance().crs().fromEpsgId(3067))
        layers = demo_map.build_project(workspace, project)
        project.write(os.path.join(out_dir, "demo.qgz"))
        demo_map.export_map(project, layers, os.path.join(out_dir, "map.png"), texts()["map_title"])
        summary = demo_report.build_report(workspace, os.path.join(out_dir, "runs"),
                                           os.path.join(out_dir, "report.html"))
        project.clear()
    finally:
        app.exitQgis()
    print("\nSummary (SYNTHETIC data):")
    for line in summary:
        print(f"  - {line}")
    print(f"\nOutputs in {out_dir}: workspace.gpkg (styled), demo.qgz, report.html, map.png")
    if start_ns:
        print(f"Demo finished in {(time.time_ns() - int(start_ns)) / 1e9:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
