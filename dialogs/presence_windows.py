# SPDX-License-Identifier: GPL-2.0-or-later
"""Opening and closing the presence editor dock and matrix dialog from the plugin's menu."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt

from .presence_common import select_workspace_layers


def open_editor(plugin):
    """Show (creating once) the presence editor dock on the right."""
    from .presence_editor import PresenceEditorDock

    dock = getattr(plugin, "presence_editor", None)
    if dock is None:
        dock = PresenceEditorDock(canvas=plugin.iface.mapCanvas(), parent=plugin.iface.mainWindow())
        plugin.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        plugin.presence_editor = dock
    if dock.presence_layer() is None or dock.premises_layer() is None:  # a workspace opened since
        select_workspace_layers(dock.premisesLayerCombo, dock.presenceLayerCombo)
    dock.show()
    dock.raise_()
    return dock


def open_matrix(plugin):
    """Show (creating once) the non-modal presence matrix dialog."""
    from .presence_matrix import PresenceMatrixDialog

    dialog = getattr(plugin, "presence_matrix", None)
    if dialog is None:
        dialog = PresenceMatrixDialog(parent=plugin.iface.mainWindow())
        plugin.presence_matrix = dialog
    else:
        if dialog.presence_layer() is None or dialog.premises_layer() is None:
            select_workspace_layers(dialog.premisesLayerCombo, dialog.presenceLayerCombo)
        dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def close_all(plugin) -> None:
    """Remove the dock and the dialog (plugin unload)."""
    dock = getattr(plugin, "presence_editor", None)
    if dock is not None:
        dock.toggle_map_tool(False)
        dock.watcher.clear()
        dock.premises_watcher.clear()
        plugin.iface.removeDockWidget(dock)
        dock.setParent(None)
        dock.deleteLater()
        plugin.presence_editor = None
    dialog = getattr(plugin, "presence_matrix", None)
    if dialog is not None:
        dialog.watcher.clear()
        dialog.premises_watcher.clear()
        dialog.close()
        dialog.setParent(None)
        dialog.deleteLater()
        plugin.presence_matrix = None
