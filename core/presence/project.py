# SPDX-License-Identifier: GPL-2.0-or-later
"""Adding a workspace to a QGIS project (layers, relation, constraints, styles) and finding it there again."""
from __future__ import annotations

import os
from typing import Dict, Tuple

from qgis.core import (
    QgsDataSourceUri,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import styling
from . import edits, postgis
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


def open_db_workspace_layers(name_or_uri: str, schema: str = postgis.DEFAULT_SCHEMA) -> Dict[str, QgsVectorLayer]:
    """Validate a database workspace and open its layers (postgres provider; not yet in any project).

    ``name_or_uri``: a saved QGIS PostgreSQL connection or a libpq string.
    Raises ``DbWorkspaceError`` before anything is created when it is not usable.
    """
    connection = postgis.connection(name_or_uri)
    postgis.check_db_workspace(connection, schema)
    layers = {}
    for name in (ws.PREMISES, ws.PRESENCE, ws.AGENCIES):
        uri = QgsDataSourceUri(connection.uri())
        uri.setDataSource(schema, name, "geom" if name == ws.PREMISES else None, "", "fid")
        layer = QgsVectorLayer(uri.uri(False), name, "postgres")
        if not layer.isValid():
            raise postgis.DbWorkspaceError(f"The table {schema}.{name} could not be opened.")
        layers[name] = layer
    configure_layers(layers)
    for name in (ws.PREMISES, ws.PRESENCE):  # the database keeps the version; forms show it read-only
        layer = layers[name]
        index = layer.fields().indexOf(postgis.VERSION_FIELD)
        if index >= 0:
            form = layer.editFormConfig()
            form.setReadOnly(index, True)
            layer.setEditFormConfig(form)
    return layers


def configure_layers(layers: Dict[str, QgsVectorLayer]) -> None:
    """Field constraints, editor widgets and default styles of workspace layers."""
    premises = layers.get(ws.PREMISES)
    presence = layers.get(ws.PRESENCE)
    if premises is not None:
        index = premises.fields().indexOf("premises_id")
        premises.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull)
        premises.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique)
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
    layers = open_workspace_layers(path)
    return add_layers_to_project(layers, os.path.splitext(os.path.basename(path))[0], project)


def add_db_workspace_to_project(name_or_uri: str, schema: str = postgis.DEFAULT_SCHEMA,
                                project: QgsProject | None = None) -> Dict[str, QgsVectorLayer]:
    """The same for a database workspace (connection + schema); ``DbWorkspaceError`` adds nothing."""
    layers = open_db_workspace_layers(name_or_uri, schema)
    return add_layers_to_project(layers, schema, project)


def add_layers_to_project(layers: Dict[str, QgsVectorLayer], group_name: str,
                          project: QgsProject | None = None) -> Dict[str, QgsVectorLayer]:
    """Workspace layers into ``project``: one group, and the relation premises → presence."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().insertGroup(0, group_name)
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


def _reads(layer, table: str) -> bool:
    """``layer`` reads the workspace table ``table`` (by its source, else by its name)."""
    return isinstance(layer, QgsVectorLayer) and layer.isValid() and \
        (edits.table_name(layer) == table or layer.name() == table)


def _is_points(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry


def workspace_layers(project: QgsProject | None = None) -> Tuple[QgsVectorLayer | None, QgsVectorLayer | None]:
    """(premises, presence): the layers the presence tools start with, None where the project has none.

    In this order: the layers of a relation whose referencing layer is an agency presence table (the
    relation :func:`add_layers_to_project` makes); else the first presence table in the layer tree and a point
    layer reading a workspace premises table, of the same workspace first. Output layers that merely carry a
    ``premises_id`` (location-allocation, suitability) are never taken for the premises.
    """
    project = project or QgsProject.instance()
    in_tree = [node.layer() for node in project.layerTreeRoot().findLayers()]
    order = {layer.id(): number for number, layer in enumerate(in_tree) if layer is not None}
    relations = sorted(project.relationManager().relations().values(),
                       key=lambda r: order.get(r.referencingLayerId(), len(order)))
    for relation in relations:
        presence, premises = relation.referencingLayer(), relation.referencedLayer()
        if _reads(presence, ws.PRESENCE) and _is_points(premises) and premises.isValid():
            return premises, presence
    layers = [layer for layer in in_tree if layer is not None]
    layers += [layer for layer in project.mapLayers().values() if layer.id() not in order]
    presence = next((layer for layer in layers if _reads(layer, ws.PRESENCE) and not layer.isSpatial()), None)
    candidates = [layer for layer in layers if _reads(layer, ws.PREMISES) and _is_points(layer)]
    key = edits.workspace_key(presence)
    same = [layer for layer in candidates if key is not None and edits.workspace_key(layer) == key]
    return next(iter(same + candidates), None), presence
