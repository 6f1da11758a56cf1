# SPDX-License-Identifier: GPL-2.0-or-later
"""The presence editor dock and the matrix on a database workspace, driven with qtbot.

Planner B's dock (or matrix) loads a row, planner A saves the same row from
another connection, B applies and saves: the database refuses B's save, A's
values stay, and B's edit buffer keeps what B typed.
"""
from __future__ import annotations

import pytest
from pg_server import login_role
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from test_dbworkspace_layers import presence_layer

from palveluverkko.core.presence import edits, postgis
from palveluverkko.core.presence.project import add_db_workspace_to_project
from palveluverkko.dialogs.presence_editor import ID_ROLE, PresenceEditorDock
from palveluverkko.dialogs.presence_matrix import PresenceMatrixDialog
from palveluverkko.dialogs.presence_matrix_model import FIXED_COLUMNS

S = "palveluverkko"


@pytest.fixture
def planner_b(qgis_app, pg_server, pg_database, qgis_new_project):
    """kela_b's workspace in the project; returns (its layers, planner A's presence layer outside it)."""
    admin = postgis.connection(pg_server.uri(pg_database, "planner_admin"))
    postgis.create_db_workspace(admin, S)
    for role in ("kela_a", "kela_b"):
        login_role(pg_server, role)
        postgis.grant_scope(admin, S, role, ["KELA"], ["398"])
    pg_server.execute(f"INSERT INTO {S}.premises (premises_id, name, municipality_code, geom) VALUES "
                      "('LAHTI1', 'Lahden yhteispalvelupiste', '398', ST_SetSRID(ST_MakePoint(426500, 6762500), 3067))",
                      pg_database)
    pg_server.execute(f"INSERT INTO {S}.agency_presence (premises_id, agency, mode, days_per_week, annual_visits) "
                      "VALUES ('LAHTI1', 'KELA', 'staff', 5, 100)", pg_database)
    layers = add_db_workspace_to_project(pg_server.uri(pg_database, "kela_b"), S, QgsProject.instance())
    return layers, presence_layer(pg_server, pg_database, "kela_a")


def _a_saves(layer_a, visits):
    loaded = edits.read_presence(layer_a, "LAHTI1")
    wanted = {"KELA": edits.PresenceRecord("KELA", "staff", 5, visits)}
    edits.apply_changes(layer_a, edits.diff("LAHTI1", loaded, wanted), "Apply")
    assert layer_a.commitChanges(), layer_a.commitErrors()


def _stored(pg_server, pg_database):
    return pg_server.execute(f"SELECT mode, days_per_week, annual_visits, row_version FROM {S}.agency_presence",
                             pg_database)


def test_editor_dock_second_save_refused_typed_values_kept(planner_b, qgis_iface, qtbot, pg_server, pg_database):
    layers, layer_a = planner_b
    dock = PresenceEditorDock(canvas=qgis_iface.mapCanvas())
    qtbot.addWidget(dock)
    dock.show()
    view = dock.premisesList
    index = next(view.model().index(r, 0) for r in range(view.model().rowCount())
                 if view.model().index(r, 0).data(ID_ROLE) == "LAHTI1")
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    assert dock.premises_id == "LAHTI1" and dock.current["KELA"].row_version == 1
    _a_saves(layer_a, 150)
    dock.rows["KELA"].visits.setValue(999)
    qtbot.mouseClick(dock.apply_button, Qt.LeftButton)
    presence = layers["agency_presence"]
    assert presence.isEditable()
    assert not presence.commitChanges()
    assert "was changed by kela_a at" in "\n".join(presence.commitErrors())
    assert _stored(pg_server, pg_database) == [("staff", 5.0, 150, 2)]
    assert presence.isEditable() and edits.read_presence(presence, "LAHTI1")["KELA"].annual_visits == 999
    presence.rollBack()


def test_matrix_bulk_edit_second_save_refused_typed_values_kept(planner_b, qtbot, pg_server, pg_database):
    layers, layer_a = planner_b
    dialog = PresenceMatrixDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "LAHTI1")
    cell = model.index(row, FIXED_COLUMNS + model.codes.index("KELA"))
    _a_saves(layer_a, 150)
    qtbot.mouseClick(dialog.matrixView.viewport(), Qt.LeftButton, Qt.NoModifier,
                     dialog.matrixView.visualRect(cell).center())
    dialog.bulkModeCombo.setCurrentIndex(dialog.bulkModeCombo.findData("remote"))
    dialog.bulkDaysSpin.setValue(1)
    qtbot.mouseClick(dialog.setButton, Qt.LeftButton)
    presence = layers["agency_presence"]
    assert not presence.commitChanges()
    assert "was changed by kela_a at" in "\n".join(presence.commitErrors())
    assert _stored(pg_server, pg_database) == [("staff", 5.0, 150, 2)]
    kela = edits.read_presence(presence, "LAHTI1")["KELA"]
    assert (kela.mode, kela.days_per_week) == ("remote", 1)
    presence.rollBack()
