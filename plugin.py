# SPDX-License-Identifier: GPL-2.0-or-later
"""The thin plugin shell: translator, menu, toolbar, Processing provider."""
from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QMenu, QPushButton

from .core import i18n, logutil
from .core.presence import expression as presence_expression
from .core.presence import workspace as ws
from .dialogs.compat import QAction

PLUGIN_DIR = os.path.dirname(__file__)
ICONS_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")
PACKAGE = __name__.rsplit(".", 1)[0]


def action_icon_path(key: str) -> str:
    """The SVG icon of the menu action ``key``."""
    return os.path.join(ICONS_DIR, f"action_{key}.svg")


class PalveluverkkoPlugin:
    """Menu "Palveluverkko", a toolbar and the Processing provider."""

    def tr(self, text: str) -> str:
        """Translate with the context PalveluverkkoPlugin."""
        return QCoreApplication.translate("PalveluverkkoPlugin", text)

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions: list = []
        self.toolbar = None
        self.menu = None
        self.translator = i18n.install_translator()
        self.log_handler = logutil.install(PACKAGE)

    # -- Processing -------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API name
        from .processing.provider import PalveluverkkoProvider

        registry = QgsApplication.processingRegistry()
        if self.provider is None and registry.providerById("palveluverkko") is None:
            self.provider = PalveluverkkoProvider()
            if not registry.addProvider(self.provider):
                self.provider = None

    # -- GUI ----------------------------------------------------------------
    def action_specs(self):
        """(key, text, tooltip, callback, on toolbar) of every menu action, in menu order.

        The icon of action ``key`` is ``resources/icons/action_<key>.svg`` (:func:`action_icon_path`).
        """
        return [
            ("create_workspace", self.tr("Create workspace…"),
             self.tr("Create a new workspace GeoPackage for premises and agency presence"),
             self.create_workspace, True),
            ("open_workspace", self.tr("Open workspace…"),
             self.tr("Add the layers of a workspace GeoPackage to the project"), self.open_workspace, True),
            ("open_db_workspace", self.tr("Open database workspace (PostGIS)…"),
             self.tr("Add the layers of a shared PostGIS workspace to the project"),
             self.open_db_workspace, False),
            ("presence_editor", self.tr("Agency presence editor…"),
             self.tr("Edit which agencies serve in a premises, and how (a dock beside the map)"),
             self.open_presence_editor, True),
            ("presence_matrix", self.tr("Agency presence matrix…"),
             self.tr("Every premises against every agency in one table"), self.open_presence_matrix, True),
            ("fetch_wfs", self.tr("Fetch from WFS…"),
             self.tr("Download a layer from a WFS service into a file"), self.open_fetch_wfs, True),
            ("help", self.tr("Help: getting started"),
             self.tr("Open the getting-started guide in the web browser"), self.open_help, False),
        ]

    def initGui(self):  # noqa: N802 - QGIS API name
        self.initProcessing()
        presence_expression.register()  # palveluverkko_agencies(premises_id)
        main_window = self.iface.mainWindow()
        self.menu = QMenu(self.tr("&Palveluverkko"), main_window)
        self.menu.setObjectName("PalveluverkkoMenu")
        menu_bar = main_window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.menu() is not None
                          and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(self.tr("Palveluverkko"))
        self.toolbar.setObjectName("PalveluverkkoToolbar")
        for key, text, tooltip, callback, on_toolbar in self.action_specs():
            action = QAction(QIcon(action_icon_path(key)), text, main_window)
            action.setObjectName(f"palveluverkko_{key}")
            action.setToolTip(tooltip)
            action.setStatusTip(tooltip)
            action.triggered.connect(lambda _checked=False, cb=callback: cb())
            self.menu.addAction(action)
            if on_toolbar:
                self.toolbar.addAction(action)
            self.actions.append(action)
        self.show_unavailable()

    def show_unavailable(self):
        """One message bar when some tools cannot run: which, why, what to do here, and a Details button."""
        message = self.provider.unavailable_message() if self.provider is not None else None
        if not message:
            return None
        bar = self.iface.messageBar()
        item = bar.createMessage(self.tr("Palveluverkko"), message)
        item.setObjectName("PalveluverkkoDependencies")
        button = QPushButton(self.tr("Details"), item)
        button.setObjectName("PalveluverkkoDependenciesDetails")
        button.clicked.connect(lambda _checked=False: self.open_help("missing-tools"))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning, 0)
        return item

    def unload(self):
        presence_expression.unregister()
        from .dialogs import presence_windows

        presence_windows.close_all(self)
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        if self.log_handler is not None:
            logutil.uninstall(PACKAGE, self.log_handler)
            self.log_handler = None

    # -- actions ------------------------------------------------------------
    def open_help(self, anchor: str = "") -> bool:
        """The bundled getting-started page in QGIS's language (fi, sv, else en), at ``anchor``."""
        return QDesktopServices.openUrl(i18n.help_url(anchor))

    def create_workspace(self):
        from processing import execAlgorithmDialog

        execAlgorithmDialog("palveluverkko:createworkspace", {})

    def open_presence_editor(self):
        from .dialogs.presence_windows import open_editor

        return open_editor(self)

    def open_presence_matrix(self):
        from .dialogs.presence_windows import open_matrix

        return open_matrix(self)

    def open_fetch_wfs(self):
        """The "Fetch from WFS" dialog (one per session, kept while QGIS runs)."""
        from .dialogs.fetch_wfs import FetchWfsDialog

        if getattr(self, "fetch_wfs_dialog", None) is None:
            self.fetch_wfs_dialog = FetchWfsDialog(self.iface.mainWindow(), canvas=self.iface.mapCanvas())
        self.fetch_wfs_dialog.show()
        self.fetch_wfs_dialog.raise_()
        return self.fetch_wfs_dialog

    def open_workspace(self, path: str | None = None):
        """Ask for a workspace GeoPackage and add its layers to the project."""
        from .core.presence.project import add_workspace_to_project

        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self.iface.mainWindow(), self.tr("Open workspace"), "", self.tr("GeoPackage (*.gpkg)")
            )
        if not path:
            return None
        try:
            return add_workspace_to_project(path)
        except ws.WorkspaceError as error:
            self.iface.messageBar().pushCritical(self.tr("Palveluverkko"), str(error))
            return None

    def open_db_workspace(self, connection: str | None = None, schema: str | None = None):
        """Ask for a saved PostgreSQL connection and a schema and add the workspace's layers to the project."""
        from qgis.core import QgsProviderRegistry

        from .core.presence import postgis
        from .core.presence.project import add_db_workspace_to_project

        window = self.iface.mainWindow()
        if not connection:
            names = sorted(QgsProviderRegistry.instance().providerMetadata("postgres").connections())
            if not names:
                self.iface.messageBar().pushWarning(self.tr("Palveluverkko"), self.tr(
                    "There is no saved PostgreSQL connection. Add one in the Browser panel (PostgreSQL > New "
                    "Connection) first."))
                return None
            connection, ok = QInputDialog.getItem(window, self.tr("Open database workspace"),
                                                  self.tr("PostgreSQL connection"), names, 0, False)
            if not ok:
                return None
        if not schema:
            schema, ok = QInputDialog.getText(window, self.tr("Open database workspace"), self.tr("Workspace schema"),
                                              text=postgis.DEFAULT_SCHEMA)
            if not ok or not schema:
                return None
        try:
            return add_db_workspace_to_project(connection, schema.strip())
        except postgis.DbWorkspaceError as error:
            self.iface.messageBar().pushCritical(self.tr("Palveluverkko"), str(error))
            return None
