# SPDX-License-Identifier: GPL-2.0-or-later
"""Screenshots of the presence editor and matrix, taken from the real widgets (offscreen).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/presence_screenshots.py
Writes docs/presence_editor.png (the dock at QGIS's default dock width, 400 px) and
docs/presence_matrix.png from a small demo workspace of pilot-area premises (made up
presence, for illustration only), and docs/toolbar.png: the plugin's toolbar above its menu.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "pkgroot"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PREMISES = [
    ("LAH-01", "Lahden virastotalo", "398", 426000.0, 6761000.0),
    ("LAH-02", "Lahti, Kirkkokatu 12", "398", 426500.0, 6761200.0),
    ("HEI-01", "Heinolan virastotalo", "111", 432000.0, 6785000.0),
    ("JNS-01", "Joensuun Suomi-piste", "167", 642000.0, 6943000.0),
    ("KIT-01", "Kiteen asiointipiste", "260", 670000.0, 6890000.0),
    ("LIE-01", "Lieksan asiointipiste", "422", 650000.0, 7040000.0),
    ("NUR-01", "Nurmeksen asiointipiste", "541", 610000.0, 7050000.0),
    ("LPR-01", "Lappeenrannan virastotalo", "405", 575000.0, 6770000.0),
    ("IMA-01", "Imatran virastotalo", "153", 595000.0, 6786000.0),
]
PRESENCE = [
    ("LAH-01", "KELA", "staff", 5, 52000, None), ("LAH-01", "VERO", "staff", 5, 14000, None),
    ("LAH-01", "POLIISI", "staff", 5, 21000, None), ("LAH-01", "DVV", "staff", 3, 6000, None),
    ("LAH-01", "MIGRI", "appointment", 2, 1800, None), ("LAH-01", "ULOSOTTO", "staff", 5, 4000, None),
    ("LAH-01", "OIKEUSAPU", "staff", 5, 3500, None), ("LAH-01", "RISE", "appointment", None, None, None),
    ("LAH-02", "KELA", "remote", None, None, None),
    ("HEI-01", "KELA", "staff", 4, 9000, None), ("HEI-01", "VERO", "remote", None, 400, None),
    ("HEI-01", "POLIISI", "appointment", 1, 2200, None),
    ("JNS-01", "KELA", "staff", 5, 41000, None), ("JNS-01", "VERO", "staff", 5, 9000, None),
    ("JNS-01", "MML", "appointment", 2, 900, None), ("JNS-01", "MIGRI", "remote", None, 700, None),
    ("JNS-01", "KUNTA", "staff", 5, None, "Joensuun kaupungin neuvonta"),
    ("KIT-01", "KELA", "remote", None, 1500, None), ("KIT-01", "POLIISI", "remote", None, None, None),
    ("LIE-01", "KELA", "remote", None, 1900, None), ("NUR-01", "KELA", "appointment", 1, 2100, None),
    ("LPR-01", "KELA", "staff", 5, 38000, None), ("LPR-01", "POLIISI", "staff", 5, 17000, None),
    ("LPR-01", "VERO", "staff", 3, 8000, None), ("IMA-01", "KELA", "staff", 5, 16000, None),
]


def toolbar_and_menu():
    """The plugin's toolbar (icons, as QGIS shows it) above its menu, the actions made as plugin.py makes them."""
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QIcon, QImage, QPainter
    from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

    from palveluverkko.plugin import PalveluverkkoPlugin, action_icon_path

    plugin = PalveluverkkoPlugin(None)
    toolbar, menu = QToolBar(), QMenu()
    toolbar.setIconSize(QSize(24, 24))
    for key, text, tooltip, _callback, on_toolbar in plugin.action_specs():
        action = QAction(QIcon(action_icon_path(key)), text, menu)
        action.setToolTip(tooltip)
        menu.addAction(action)
        if on_toolbar:
            toolbar.addAction(action)
    toolbar.adjustSize()
    menu.adjustSize()
    bar, entries = toolbar.grab(), menu.grab()
    image = QImage(max(bar.width(), entries.width()) + 16, bar.height() + entries.height() + 24,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.drawPixmap(8, 8, bar)
    painter.drawPixmap(8, bar.height() + 16, entries)
    painter.end()
    return image


def main() -> int:
    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsMapCanvas

    app = QgsApplication([], True)
    app.initQgis()
    from presence_data import fill

    from palveluverkko.core.presence import workspace as ws
    from palveluverkko.core.presence.project import add_workspace_to_project
    from palveluverkko.dialogs.presence_editor import PresenceEditorDock
    from palveluverkko.dialogs.presence_matrix import PresenceMatrixDialog

    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as folder:
        path = ws.create_workspace(os.path.join(folder, "pilotti.gpkg")).path
        fill(path, PREMISES, PRESENCE)
        add_workspace_to_project(path, QgsProject.instance())
        canvas = QgsMapCanvas()
        dock = PresenceEditorDock(canvas=canvas)
        dock.resize(400, 780)
        dock.show()
        dock.searchEdit.setText("virastotalo")
        dock.select_premises("LAH-01")
        dock.rows["MML"].present.setChecked(True)  # an unsaved edit: Apply and Cancel enabled
        dock.rows["MML"].days.setValue(1)
        app.processEvents()
        dock.grab().save(str(docs / "presence_editor.png"))

        matrix = PresenceMatrixDialog()
        matrix.resize(1380, 470)
        matrix.show()
        matrix.matrixView.sortByColumn(matrix.model.columnCount() - 1, 1)  # most agencies first
        matrix.select_cells([("KIT-01", "VERO"), ("LIE-01", "VERO"), ("NUR-01", "VERO")])
        matrix.bulkModeCombo.setCurrentIndex(matrix.bulkModeCombo.findData("remote"))
        app.processEvents()
        matrix.grab().save(str(docs / "presence_matrix.png"))
        dock.cancel()  # drop the unsaved edit: removing the layers would ask about it
        for widget in (dock, matrix):
            widget.watcher.clear()
            widget.premises_watcher.clear()
            widget.close()
        QgsProject.instance().removeAllMapLayers()
    toolbar_and_menu().save(str(docs / "toolbar.png"))
    print(f"wrote {docs / 'presence_editor.png'}, {docs / 'presence_matrix.png'} and {docs / 'toolbar.png'}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
