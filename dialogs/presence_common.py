# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared pieces of the presence editor and matrix: layer choice, layer watching, mode labels."""
from __future__ import annotations

from typing import Callable, List, Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer

from ..core.presence.project import workspace_layers

_LAYER_SIGNALS = ("featureAdded", "featureDeleted", "attributeValueChanged", "afterRollBack",
                  "afterCommitChanges", "dataChanged", "editingStarted", "editingStopped", "readOnlyChanged")


def mode_labels() -> dict:
    """Translated display names of the modes."""
    return {
        "staff": QCoreApplication.translate("PresenceModes", "staff (own staff)"),
        "appointment": QCoreApplication.translate("PresenceModes", "appointment only"),
        "remote": QCoreApplication.translate("PresenceModes", "remote service"),
    }


def mode_letters() -> dict:
    """One-letter abbreviations of the modes for the matrix cells."""
    return {
        "staff": QCoreApplication.translate("PresenceModes", "S", "staff: own staff"),
        "appointment": QCoreApplication.translate("PresenceModes", "A", "appointment only"),
        "remote": QCoreApplication.translate("PresenceModes", "R", "remote service"),
    }


def setup_layer_combos(premises_combo, presence_combo, project: Optional[QgsProject] = None) -> None:
    """Filter the combos to point / table layers and preselect the workspace's layers."""
    premises_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
    presence_combo.setFilters(QgsMapLayerProxyModel.Filter.NoGeometry)
    premises_combo.setAllowEmptyLayer(True)
    presence_combo.setAllowEmptyLayer(True)
    select_workspace_layers(premises_combo, presence_combo, project)


def select_workspace_layers(premises_combo, presence_combo, project: Optional[QgsProject] = None) -> None:
    """Choose the project's workspace layers (``core.presence.project.workspace_layers``) where it has them."""
    premises, presence = workspace_layers(project or QgsProject.instance())
    for combo, layer in ((premises_combo, premises), (presence_combo, presence)):
        if layer is not None:
            combo.setLayer(layer)


class LayerWatcher(QObject):
    """Calls ``callback`` once (on the next event loop turn) after any edit of the watched layers."""

    def __init__(self, callback: Callable[[], None], parent=None):
        super().__init__(parent)
        self._callback = callback
        self._layers: List[QgsVectorLayer] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._callback)

    def watch(self, layers: List[Optional[QgsVectorLayer]]) -> None:
        self.clear()
        self._layers = [layer for layer in layers if layer is not None]
        for layer in self._layers:
            for name in _LAYER_SIGNALS:
                getattr(layer, name).connect(self._timer.start)

    def clear(self) -> None:
        for layer in self._layers:
            for name in _LAYER_SIGNALS:
                try:
                    getattr(layer, name).disconnect(self._timer.start)
                except (TypeError, RuntimeError):
                    pass
        self._layers = []

    def flush(self) -> None:
        """Run a pending callback now (tests, and before acting on the layer)."""
        if self._timer.isActive():
            self._timer.stop()
            self._callback()
