# SPDX-License-Identifier: GPL-2.0-or-later
"""The presence editor and matrix start with the workspace's premises, not an output layer with premises_id."""
from __future__ import annotations

import pytest
from presence_data import PREMISES, fill
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from palveluverkko.core.presence import workspace as ws
from palveluverkko.core.presence.project import add_workspace_to_project, workspace_layers
from palveluverkko.dialogs.presence_editor import ID_ROLE, PresenceEditorDock

WORKSPACE_IDS = sorted(row[0] for row in PREMISES)


def _output_layer(name: str = "Location-allocation") -> QgsVectorLayer:
    """A result point layer with a premises_id, as location-allocation writes (sorts before "Premises")."""
    layer = QgsVectorLayer("Point?crs=EPSG:3067&field=premises_id:string&field=name:string", name, "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["OUT-1", "chosen point"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(426000, 6761000)))
    layer.dataProvider().addFeatures([feature])
    return layer


def _listed(dock) -> list:
    model = dock.premisesList.model()
    return sorted(model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount()))


@pytest.fixture
def project(workspace, qgis_new_project):
    """The demo's situation: the workspace, its premises renamed, then output layers added after it."""
    fill(workspace)
    project = QgsProject.instance()
    layers = add_workspace_to_project(workspace, project)
    layers[ws.PREMISES].setName("Premises (size: agencies)")
    project.addMapLayer(_output_layer())
    project.addMapLayer(_output_layer("A suitability ranking"))
    return layers


def test_dock_starts_with_the_related_premises(project, qgis_iface, qtbot):
    dock = PresenceEditorDock(canvas=qgis_iface.mapCanvas())
    qtbot.addWidget(dock)
    assert dock.premises_layer() is project[ws.PREMISES]
    assert dock.presence_layer() is project[ws.PRESENCE]
    assert dock.premisesLayerCombo.currentText().startswith("Premises (size: agencies)")
    assert _listed(dock) == WORKSPACE_IDS


def test_without_the_relation_the_premises_table_is_found_by_its_source(project):
    relations = QgsProject.instance().relationManager()
    for relation_id in list(relations.relations()):
        relations.removeRelation(relation_id)
    assert workspace_layers() == (project[ws.PREMISES], project[ws.PRESENCE])


def test_the_relation_decides_between_two_workspaces(project, tmp_path):
    from palveluverkko.core.presence.workspace import create_workspace

    other = add_workspace_to_project(fill(create_workspace(str(tmp_path / "other.gpkg")).path))  # first in the tree
    assert workspace_layers() == (other[ws.PREMISES], other[ws.PRESENCE])
    relations = QgsProject.instance().relationManager()
    for relation_id, relation in list(relations.relations().items()):
        if relation.referencingLayer() is other[ws.PRESENCE]:
            relations.removeRelation(relation_id)
    assert workspace_layers() == (project[ws.PREMISES], project[ws.PRESENCE])


def test_no_workspace_means_no_choice(qgis_new_project):
    QgsProject.instance().addMapLayer(_output_layer())
    assert workspace_layers() == (None, None)


def test_dock_opened_before_the_workspace_takes_it_when_opened_again(workspace, qgis_new_project, qgis_iface, qtbot):
    import palveluverkko

    fill(workspace)
    QgsProject.instance().addMapLayer(_output_layer())
    plugin = palveluverkko.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = plugin.open_presence_editor()
        assert dock.presence_layer() is None and dock.premises_layer().name() == "Location-allocation"
        layers = plugin.open_workspace(workspace)
        layers[ws.PREMISES].setName("Premises (size: agencies)")
        assert plugin.open_presence_editor() is dock
        assert dock.premises_layer() is layers[ws.PREMISES] and dock.presence_layer() is layers[ws.PRESENCE]
        assert _listed(dock) == WORKSPACE_IDS
        matrix = plugin.open_presence_matrix()
        assert matrix.premises_layer() is layers[ws.PREMISES] and matrix.presence_layer() is layers[ws.PRESENCE]
    finally:
        # the premises style uses palveluverkko_agencies(): QGIS 3.22 crashes rendering a layer whose
        # expression function was unregistered (plugin.unload), so the layers go first
        QgsProject.instance().removeAllMapLayers()
        plugin.unload()
