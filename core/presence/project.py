# SPDX-License-Identifier: GPL-2.0-or-later
"""Adding a workspace to a QGIS project: layers, relation, constraints, styles."""
from __future__ import annotations

import os
from typing import Dict

from qgis.core import (
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import styling
from . import workspace as ws

RELATION_ID = "palveluverkko_premises_agency_presence"


def open_workspace_layers(path: str) -> Dict[str, QgsVectorLayer]:
    """Validate the workspace and open its layers (not yet in any project).

    Raises ``WorkspaceError`` before anything is created when the file is not
    a usable workspace.
    """
    ws.check_workspace(path)
    layers = {}
    for name in (ws.PREMISES, ws.PRESENCE, ws.AGENCIES):
        layer = QgsVectorLayer(ws.layer_uri(path, name), name, "ogr")
        if not layer.isValid():
            raise ws.WorkspaceError(f"The table {name} of {path} could not be opened.")
        layers[name] = layer
    configure_layers(layers)
    return layers


def configure_layers(layers: Dict[str, QgsVectorLayer]) -> None:
    """Field constraints, editor widgets and default styles of workspace layers."""
    premises = layers.get(ws.PREMISES)
    presence = layers.get(ws.PRESENCE)
    if premises is not None:
        index = premises.fields().indexOf("premises_id")
        premises.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull)
        premises.setFieldConstraint(index, QgsFieldConstraints.ConstraintUnique)
        for name in ("accessible", "is_candidate", "is_fixed"):
            premises.setEditorWidgetSetup(
                premises.fields().indexOf(name), QgsEditorWidgetSetup("CheckBox", {})
            )
        styling.apply_style(premises, "premises")
    if presence is not None:
        fields = presence.fields()
        presence.setEditorWidgetSetup(
            fields.indexOf("mode"),
            QgsEditorWidgetSetup("ValueMap", {"map": [{mode: mode} for mode in ws.MODES]}),
        )
        presence.setEditorWidgetSetup(
            fields.indexOf("days_per_week"),
            QgsEditorWidgetSetup("Range", {"Min": 0, "Max": ws.MAX_DAYS_PER_WEEK, "Step": 1, "Style": "SpinBox"}),
        )
        presence.setConstraintExpression(
            fields.indexOf("mode"),
            "\"mode\" IN ('staff', 'appointment', 'remote')",
            QCoreApplication.translate("Workspace", "Mode must be staff, appointment or remote."),
        )
        presence.setConstraintExpression(
            fields.indexOf("days_per_week"),
            '"days_per_week" IS NULL OR ("days_per_week" >= 0 AND "days_per_week" <= 5)',
            QCoreApplication.translate("Workspace", "Days per week must be between 0 and 5."),
        )
        presence.setConstraintExpression(
            fields.indexOf("annual_visits"),
            '"annual_visits" IS NULL OR "annual_visits" >= 0',
            QCoreApplication.translate("Workspace", "Annual visits cannot be negative."),
        )
        styling.apply_style(presence, "agency_presence")


def add_workspace_to_project(path: str, project: QgsProject | None = None) -> Dict[str, QgsVectorLayer]:
    """Add the workspace's layers to ``project`` in a group, with the relation premises → presence.

    Nothing is added when the workspace is invalid (``WorkspaceError``).
    """
    project = project or QgsProject.instance()
    layers = open_workspace_layers(path)
    group = project.layerTreeRoot().insertGroup(0, os.path.splitext(os.path.basename(path))[0])
    for name in (ws.PREMISES, ws.PRESENCE, ws.AGENCIES):
        project.addMapLayer(layers[name], False)
        group.addLayer(layers[name])
    relation = QgsRelation()
    relation.setId(f"{RELATION_ID}_{layers[ws.PREMISES].id()}")
    relation.setName(QCoreApplication.translate("Workspace", "Agency presence"))
    relation.setReferencedLayer(layers[ws.PREMISES].id())
    relation.setReferencingLayer(layers[ws.PRESENCE].id())
    relation.addFieldPair("premises_id", "premises_id")
    if relation.isValid():
        project.relationManager().addRelation(relation)
    return layers
