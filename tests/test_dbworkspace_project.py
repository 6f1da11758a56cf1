# SPDX-License-Identifier: GPL-2.0-or-later
"""Opening a database workspace in a project: the same group, relation, forms and expression function."""
from __future__ import annotations

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsProject, QgsWkbTypes

from palveluverkko.core.presence import edits, expression, postgis
from palveluverkko.core.presence.project import add_db_workspace_to_project

S = "palveluverkko"


@pytest.fixture
def db_workspace(qgis_app, pg_server, pg_database):
    uri = pg_server.uri(pg_database, "planner_admin")
    postgis.create_db_workspace(postgis.connection(uri), S)
    pg_server.execute(f"INSERT INTO {S}.premises (premises_id, municipality_code, geom) VALUES "
                      "('LAHTI1', '398', ST_SetSRID(ST_MakePoint(426500, 6762500), 3067)), ('HEINOLA1', '111', NULL)",
                      pg_database)
    pg_server.execute(f"INSERT INTO {S}.agency_presence (premises_id, agency, mode) VALUES "
                      "('LAHTI1', 'VERO', 'staff'), ('LAHTI1', 'KELA', 'remote'), ('HEINOLA1', 'KELA', 'staff')",
                      pg_database)
    return uri


def test_open_adds_layers_relation_forms_and_the_expression_reads_them(db_workspace, qgis_new_project):
    project = QgsProject.instance()
    layers = add_db_workspace_to_project(db_workspace, S, project)
    assert sorted(layer.name() for layer in project.mapLayers().values()) == [
        "agencies", "agency_presence", "premises"]
    assert all(layer.providerType() == "postgres" for layer in layers.values())
    assert [child.name() for child in project.layerTreeRoot().children()] == [S]
    premises, presence = layers["premises"], layers["agency_presence"]
    assert QgsWkbTypes.geometryType(premises.wkbType()) == QgsWkbTypes.PointGeometry
    assert premises.crs().authid() == "EPSG:3067" and premises.featureCount() == 2
    relation = list(project.relationManager().relations().values())[0]
    assert (relation.referencedLayer(), relation.referencingLayer()) == (premises, presence)
    assert presence.editorWidgetSetup(presence.fields().indexOf("mode")).type() == "ValueMap"
    assert presence.editFormConfig().readOnly(presence.fields().indexOf("row_version"))
    assert edits.sibling_layer(presence, "premises", project) is premises
    assert len(edits.registry_for(presence, project)) == 12
    assert expression.agencies_of("LAHTI1", project=project) == "KELA,VERO"
    assert expression.agencies_of("HEINOLA1", project=project) == "KELA"
    registered = expression.register()
    try:
        assert QgsExpression("palveluverkko_agencies('LAHTI1')").evaluate(QgsExpressionContext()) == "KELA,VERO"
    finally:
        if registered:
            expression.unregister()


def test_not_a_workspace_adds_nothing(db_workspace, qgis_new_project, pg_server, pg_database):
    project = QgsProject.instance()
    with pytest.raises(postgis.DbWorkspaceError, match="The database has no schema elsewhere"):
        add_db_workspace_to_project(db_workspace, "elsewhere", project)
    pg_server.execute(f"UPDATE {S}.palveluverkko_meta SET value = '99' WHERE key = 'schema_version'", pg_database)
    with pytest.raises(postgis.DbWorkspaceError, match=r"newer version of Palveluverkko \(schema 99"):
        add_db_workspace_to_project(db_workspace, S, project)
    assert project.mapLayers() == {} and project.layerTreeRoot().children() == []


def test_plugin_opens_a_database_workspace(db_workspace, qgis_iface, qgis_new_project):
    from palveluverkko.plugin import PalveluverkkoPlugin

    plugin = PalveluverkkoPlugin(qgis_iface)
    layers = plugin.open_db_workspace(db_workspace, S)
    assert sorted(layers) == ["agencies", "agency_presence", "premises"]
    assert plugin.open_db_workspace(db_workspace, "elsewhere") is None
    assert len(QgsProject.instance().mapLayers()) == 3
