# SPDX-License-Identifier: GPL-2.0-or-later
"""The "Fetch from WFS" dialog driven with qtbot against the local QGIS Server and the misbehaving server."""
from __future__ import annotations

import pytest
import wfs_servers as servers
from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

pytestmark = pytest.mark.server


@pytest.fixture
def dialog(qgis_iface, qtbot, provider, qgis_new_project):
    from palveluverkko.dialogs.fetch_wfs import FetchWfsDialog

    widget = FetchWfsDialog(canvas=qgis_iface.mapCanvas())
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    if widget.task is not None:
        widget.cancel()
        qtbot.waitUntil(lambda: widget.task is None, timeout=20000)


def choose(dialog, qtbot, url, typename, version="1.1.0"):
    dialog.urlEdit.setText(url)
    dialog.versionCombo.setCurrentText(version)
    qtbot.mouseClick(dialog.connectButton, Qt.LeftButton)
    items = [dialog.typesTree.topLevelItem(i) for i in range(dialog.typesTree.topLevelItemCount())]
    match = [item for item in items if item.text(1) == typename]
    assert match, [i.text(1) for i in items]
    dialog.typesTree.setCurrentItem(match[0])


def wait_done(dialog, qtbot):
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)


def test_lists_types_counts_and_fetches_into_project_and_workspace(dialog, qtbot, qgis_wfs_server, workspace):
    choose(dialog, qtbot, qgis_wfs_server.url, "grid")
    rows = {dialog.typesTree.topLevelItem(i).text(1): dialog.typesTree.topLevelItem(i).text(2)
            for i in range(dialog.typesTree.topLevelItemCount())}
    assert rows["grid"] == "EPSG:3067" and "premises" in rows
    assert dialog.countLabel.text() == f"{servers.GRID_CELLS} features in grid."
    dialog.extent.setOutputExtentFromUser(QgsRectangle(303200, 6710100, 307800, 6713900),
                                          QgsCoordinateReferenceSystem("EPSG:3067"))
    dialog.saveToWorkspaceCheck.setChecked(True)
    dialog.workspace.setFilePath(workspace)
    assert dialog.tableEdit.text() == "grid"
    qtbot.mouseClick(dialog.fetchButton, Qt.LeftButton)
    assert dialog.cancelButton.isEnabled()
    wait_done(dialog, qtbot)
    assert dialog.last_error == ""
    assert dialog.progressBar.value() == 100
    layer = dialog.last_layer
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.featureCount() == 20
    ds = ogr.Open(workspace)
    assert ds.GetLayerByName("grid").GetFeatureCount() == 20
    ds = None  # noqa: F841


def test_server_error_goes_to_the_message_bar(dialog, qtbot, misbehaving_server):
    choose(dialog, qtbot, misbehaving_server.url("getfeature_exception"), "pv:toimipaikat")
    assert dialog.countLabel.text() == "25 features in pv:toimipaikat."
    layers_before = len(QgsProject.instance().mapLayers())
    qtbot.mouseClick(dialog.fetchButton, Qt.LeftButton)
    wait_done(dialog, qtbot)
    assert servers.MESSAGE_GETFEATURE in dialog.last_error
    assert any(servers.MESSAGE_GETFEATURE in item.text() for item in dialog.bar.items())
    assert len(QgsProject.instance().mapLayers()) == layers_before
    assert dialog.fetchButton.isEnabled() and not dialog.cancelButton.isEnabled()


def test_capabilities_error_is_shown(dialog, qtbot, misbehaving_server):
    dialog.urlEdit.setText(misbehaving_server.url("http500"))
    qtbot.mouseClick(dialog.connectButton, Qt.LeftButton)
    assert "HTTP 500" in dialog.last_error and servers.MESSAGE_500 in dialog.last_error
    assert dialog.typesTree.topLevelItemCount() == 0


def test_cancel(dialog, qtbot, qgis_wfs_server):
    choose(dialog, qtbot, qgis_wfs_server.url, "grid")
    qtbot.mouseClick(dialog.fetchButton, Qt.LeftButton)
    qtbot.mouseClick(dialog.cancelButton, Qt.LeftButton)
    wait_done(dialog, qtbot)
    assert dialog.last_error == "Cancelled: nothing was written."
    assert dialog.last_layer is None


def test_saved_connections_round_trip(dialog, qgis_wfs_server):
    from palveluverkko.core.sources import connections as wfs_connections

    dialog.urlEdit.setText(qgis_wfs_server.url + "?SERVICE=WFS")
    dialog.versionCombo.setCurrentText("1.0.0")
    dialog.save_connection("Paikallinen – testi")
    assert "Paikallinen – testi" in wfs_connections.names()
    assert wfs_connections.load("Paikallinen – testi").version == "1.0.0"
    dialog.urlEdit.clear()
    dialog.load_connection("Paikallinen – testi")
    assert dialog.urlEdit.text() == qgis_wfs_server.url + "?SERVICE=WFS"
    dialog.connectionCombo.setCurrentText("Paikallinen – testi")
    dialog.delete_connection()
    assert "Paikallinen – testi" not in wfs_connections.names()


def test_cancel_before_the_task_starts(dialog, qtbot, qgis_wfs_server):
    choose(dialog, qtbot, qgis_wfs_server.url, "premises")
    dialog.fetch()
    dialog.cancel()  # at once, possibly before the task manager started it
    wait_done(dialog, qtbot)
    assert dialog.last_error == "Cancelled: nothing was written."
    assert dialog.fetchButton.isEnabled()
