# SPDX-License-Identifier: GPL-2.0-or-later
"""The "Fetch from WFS" dialog: saved connections, feature types, count, extent, background fetch.

The fetch itself is ``palveluverkko:fetchwfs`` run as a ``QgsProcessingAlgRunnerTask``
(progress bar, cancel button, the UI never freezes); errors, with the server's own
message, go to the dialog's message bar.
"""
from __future__ import annotations

import os
import re
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsAuthConfigSelect, QgsExtentWidget, QgsFileWidget, QgsMessageBar, QgsProjectionSelectionWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, pyqtSlot
from qgis.PyQt.QtWidgets import QDialog, QInputDialog, QTreeWidgetItem

from ..core.presence import workspace as ws
from ..core.sources import connections as wfs_connections
from ..core.sources import wfs

FORM, _BASE = uic.loadUiType(os.path.join(os.path.dirname(__file__), "fetch_wfs.ui"))
ALG_ID = "palveluverkko:fetchwfs"


class TaskFeedback(QgsProcessingFeedback):
    """Keeps the errors the algorithm reports (its exception message ends up here)."""

    def __init__(self):
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.errors.append(error)
        super().reportError(error, fatalError)


class FetchWfsDialog(QDialog, FORM):
    """Pick a service and a feature type, then fetch it into the project and/or the workspace."""

    def __init__(self, parent=None, project: Optional[QgsProject] = None, canvas=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("PalveluverkkoFetchWfs")
        self.project = project or QgsProject.instance()
        self.service: Optional[wfs.Service] = None
        self.task = None
        self.feedback: Optional[TaskFeedback] = None
        self.last_layer: Optional[QgsVectorLayer] = None
        self.last_error = ""

        self.bar = QgsMessageBar(self)
        self.layout().insertWidget(0, self.bar)
        self.auth = QgsAuthConfigSelect(self)
        self.authLayout.addWidget(self.auth)
        self.extent = QgsExtentWidget(self)
        self.extent.setNullValueAllowed(True, self.tr("Whole layer"))
        self.extent.clear()
        if canvas is not None:
            self.extent.setMapCanvas(canvas)
            self.extent.setOriginalExtent(canvas.extent(), canvas.mapSettings().destinationCrs())
        self.extentLayout.addWidget(self.extent)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:3067"))
        self.crsLayout.addWidget(self.crs)
        self.workspace = QgsFileWidget(self)
        self.workspace.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.workspaceLayout.addWidget(self.workspace)

        self.versionCombo.addItems(list(wfs.VERSIONS))
        self.typesTree.setSortingEnabled(False)
        self.reload_connections()
        self.connectionCombo.activated.connect(lambda _index: self.load_connection(self.connectionCombo.currentText()))
        self.saveConnectionButton.clicked.connect(self.ask_save_connection)
        self.deleteConnectionButton.clicked.connect(self.delete_connection)
        self.connectButton.clicked.connect(self.list_feature_types)
        self.typesTree.currentItemChanged.connect(lambda *_args: self.show_count())
        self.fetchButton.clicked.connect(self.fetch)
        self.cancelButton.clicked.connect(self.cancel)
        self.saveToWorkspaceCheck.toggled.connect(self._update_destination)
        self._update_destination()

    # -- connections ------------------------------------------------------------------------
    def reload_connections(self, current: str = ""):
        self.connectionCombo.clear()
        self.connectionCombo.addItems(wfs_connections.names())
        if current:
            self.connectionCombo.setCurrentText(current)

    def load_connection(self, name: str):
        connection = wfs_connections.load(name)
        if connection is None:
            return
        self.urlEdit.setText(connection.url)
        self.versionCombo.setCurrentText(connection.version)
        self.auth.setConfigId(connection.authcfg)

    def save_connection(self, name: str):
        wfs_connections.save(wfs_connections.Connection(name.strip(), self.urlEdit.text().strip(),
                                                        self.versionCombo.currentText(), self.auth.configId()))
        self.reload_connections(name.strip())

    def ask_save_connection(self):
        if not self.urlEdit.text().strip():
            return self.show_error(self.tr("Write the address of the service first."))
        name, ok = QInputDialog.getText(self, self.tr("Save connection"), self.tr("Name of the connection"),
                                        text=self.connectionCombo.currentText())
        if ok and name.strip():
            self.save_connection(name)

    def delete_connection(self):
        name = self.connectionCombo.currentText()
        if name:
            wfs_connections.delete(name)
            self.reload_connections()

    # -- service ----------------------------------------------------------------------------
    def show_error(self, message: str):
        self.last_error = message
        self.bar.pushMessage(self.tr("Fetch from WFS"), message, Qgis.MessageLevel.Critical, 0)

    def list_feature_types(self):
        self.typesTree.clear()
        self.countLabel.clear()
        self.service = None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.service = wfs.get_capabilities(self.urlEdit.text(), self.versionCombo.currentText(),
                                                self.auth.configId())
        except wfs.WfsError as error:
            return self.show_error(str(error))
        finally:
            self.unsetCursor()
        for ftype in self.service.feature_types:
            QTreeWidgetItem(self.typesTree, [ftype.title, ftype.name, ftype.crs])
        self.typesTree.resizeColumnToContents(0)
        self.bar.clearWidgets()
        if not self.service.feature_types:
            self.show_error(self.tr("The service lists no feature types."))

    def selected_typename(self) -> str:
        item = self.typesTree.currentItem()
        return item.text(1) if item is not None else ""

    def show_count(self):
        typename = self.selected_typename()
        if self.service is None or not typename:
            return self.countLabel.clear()
        try:
            count = wfs.feature_count(self.service, typename, self.auth.configId())
        except wfs.WfsError as error:
            self.countLabel.clear()
            return self.show_error(str(error))
        if count is None:
            self.countLabel.setText(self.tr("The server does not tell the number of features in advance."))
        else:
            self.countLabel.setText(self.tr("{count} features in {typename}.").format(count=count, typename=typename))
        if not self.tableEdit.text():
            self.tableEdit.setText(re.sub(r"\W+", "_", typename.split(":")[-1]).strip("_").lower())

    # -- fetching ---------------------------------------------------------------------------
    def _update_destination(self):
        on = self.saveToWorkspaceCheck.isChecked()
        for widget in (self.workspace, self.tableEdit, self.workspaceLabel, self.tableLabel):
            widget.setEnabled(on)

    def parameters(self) -> Optional[dict]:
        """The fetchwfs parameters of the form, or None (with a message) when something is missing."""
        typename = self.selected_typename()
        if self.service is None or not typename:
            self.show_error(self.tr("List the feature types of a service and choose one first."))
            return None
        if not (self.addToProjectCheck.isChecked() or self.saveToWorkspaceCheck.isChecked()):
            self.show_error(self.tr("Choose where the features go: add to project, save into workspace, or both."))
            return None
        params = {"URL": self.service.url, "TYPENAME": typename, "VERSION": self.service.version,
                  "AUTHCFG": self.auth.configId() or "", "MAX_FEATURES": self.maxFeaturesSpin.value(),
                  "TARGET_CRS": self.crs.crs().authid() or "EPSG:3067", "OUTPUT": "TEMPORARY_OUTPUT"}
        rect = self.extent.outputExtent()
        if self.extent.isValid() and not rect.isNull() and not rect.isEmpty():
            params["EXTENT"] = (f"{rect.xMinimum()!r},{rect.xMaximum()!r},{rect.yMinimum()!r},{rect.yMaximum()!r}"
                                f" [{self.extent.outputCrs().authid()}]")
        if self.saveToWorkspaceCheck.isChecked():
            path = self.workspace.filePath()
            table = self.tableEdit.text().strip()
            try:
                ws.check_workspace(path)
            except ws.WorkspaceError as error:
                self.show_error(str(error))
                return None
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", table) or table in ws.LAYERS:
                self.show_error(self.tr("The table name must be letters, digits and _ (not a workspace table name)."))
                return None
            params["OUTPUT"] = f"ogr:dbname='{path}' table=\"{table}\" (geom)"
        return params

    def fetch(self):
        params = self.parameters()
        if params is None:
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG_ID)
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = TaskFeedback()
        # Emitted in the task's thread: a slot of this dialog runs queued in the GUI thread.
        self.feedback.progressChanged.connect(self._on_progress)
        self.task = QgsProcessingAlgRunnerTask(algorithm, params, self.context, self.feedback)
        self.task.executed.connect(lambda ok, results, name=params["TYPENAME"]: self._finished(ok, results, name))
        # A task cancelled before it started never emits executed: finish on taskTerminated then.
        self.task.taskTerminated.connect(lambda name=params["TYPENAME"]: self._finished(False, {}, name))
        self._cancel_requested = False
        self.fetchButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.progressBar.setValue(0)
        self.bar.clearWidgets()
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    @pyqtSlot(float)
    def _on_progress(self, value: float):
        self.progressBar.setValue(int(value))

    def cancel(self):
        if self.task is not None:
            self._cancel_requested = True
            self.task.cancel()

    def _finished(self, ok: bool, results: dict, typename: str):
        if self.task is None:  # already reported (executed, then taskTerminated)
            return
        self.fetchButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        self.task = None
        if not ok:
            errors = [e for e in (self.feedback.errors if self.feedback else []) if e.strip()]
            if getattr(self, "_cancel_requested", False) or (self.feedback is not None
                                                             and self.feedback.isCanceled()):
                message = self.tr("Cancelled: nothing was written.")
            else:
                message = errors[-1] if errors else self.tr("The fetch failed; see the Processing log.")
            self.progressBar.setValue(0)
            return self.show_error(message)
        self.progressBar.setValue(100)
        count = results.get("FEATURE_COUNT", 0)
        if self.addToProjectCheck.isChecked():
            layer = QgsVectorLayer(results["OUTPUT"], typename.split(":")[-1], "ogr")
            if layer.isValid():
                self.project.addMapLayer(layer)
                self.last_layer = layer
        self.bar.pushMessage(self.tr("Fetch from WFS"), self.tr("Fetched {count} features of {typename}.").format(
            count=count, typename=typename), Qgis.MessageLevel.Success, 5)
