# SPDX-License-Identifier: GPL-2.0-or-later
"""No lost update through QGIS layers: two planners on two connections edit the same presence row.

The plugin's edits (the editor dock and the matrix go through ``edits.diff`` /
``edits.cell_changes`` and ``apply_changes``; the import through
``presence_import``) send the row_version they loaded, so the database
refuses the second save; QGIS keeps that planner's edit buffer.
"""
from __future__ import annotations

import pytest
from pg_server import login_role
from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsVectorLayer

from palveluverkko.core.presence import edits, postgis

S = "palveluverkko"
KEY = ("LAHTI1", "KELA")


def presence_layer(server, database, user):
    uri = QgsDataSourceUri()
    uri.setConnection(server.socket_dir, str(server.port), database, user, "")
    uri.setDataSource(S, "agency_presence", None, "", "fid")
    layer = QgsVectorLayer(uri.uri(False), f"agency_presence ({user})", "postgres")
    assert layer.isValid(), layer.error().message()
    return layer


@pytest.fixture
def planners(qgis_app, pg_server, pg_database):
    """Two presence layers on separate connections: kela_lahti (scope KELA in 398) and kela_lahti2 (same scope)."""
    admin = postgis.connection(pg_server.uri(pg_database, "planner_admin"))
    postgis.create_db_workspace(admin, S)
    for role in ("kela_lahti", "kela_lahti2"):
        login_role(pg_server, role)
        postgis.grant_scope(admin, S, role, ["KELA"], ["398"])
    pg_server.execute(f"INSERT INTO {S}.premises (premises_id, municipality_code) VALUES ('LAHTI1', '398'), "
                      "('LAHTI2', '398')", pg_database)
    pg_server.execute(f"INSERT INTO {S}.agency_presence (premises_id, agency, mode, annual_visits, days_per_week) "
                      "VALUES ('LAHTI1', 'KELA', 'staff', 100, 5), ('LAHTI2', 'KELA', 'remote', 50, NULL)",
                      pg_database)
    return presence_layer(pg_server, pg_database, "kela_lahti"), presence_layer(pg_server, pg_database, "kela_lahti2")


def stored(pg_server, pg_database):
    return pg_server.execute(f"SELECT premises_id, mode, days_per_week, annual_visits, row_version "
                             f"FROM {S}.agency_presence ORDER BY fid", pg_database)


def last_change_time(pg_server, pg_database):
    return pg_server.execute(f"SELECT to_char(at, 'HH24:MI') FROM {S}.audit_log ORDER BY id DESC LIMIT 1",
                             pg_database)[0][0]


def test_editor_dock_edits_second_save_refused_and_buffer_kept(planners, pg_server, pg_database):
    first, second = planners
    loaded_first = edits.read_presence(first, "LAHTI1")
    loaded_second = edits.read_presence(second, "LAHTI1")
    assert loaded_first["KELA"].row_version == loaded_second["KELA"].row_version == 1
    wanted = edits.PresenceRecord("KELA", "staff", 5, 150)
    edits.apply_changes(first, edits.diff("LAHTI1", loaded_first, {"KELA": wanted}), "Apply")
    assert first.commitChanges(), first.commitErrors()
    at = last_change_time(pg_server, pg_database)
    mine = edits.PresenceRecord("KELA", "appointment", 2, 999)
    edits.apply_changes(second, edits.diff("LAHTI1", loaded_second, {"KELA": mine}), "Apply")
    assert not second.commitChanges(stopEditing=False)
    errors = "\n".join(second.commitErrors())
    assert (f"was changed by kela_lahti at {at} after you loaded it; reload the layer to see the change"
            in errors), errors
    assert stored(pg_server, pg_database) == [("LAHTI1", "staff", 5.0, 150, 2), ("LAHTI2", "remote", None, 50, 1)]
    assert second.isEditable()
    in_buffer = edits.read_presence(second, "LAHTI1")["KELA"]
    assert (in_buffer.mode, in_buffer.days_per_week, in_buffer.annual_visits) == ("appointment", 2, 999)


def test_matrix_bulk_edit_refused_for_the_changed_row_only_saved_rows_unchanged(planners, pg_server, pg_database):
    first, second = planners
    cells_second = edits.read_all(second)
    changes = edits.cell_changes(edits.read_all(first), [KEY], "remote")
    edits.apply_changes(first, changes, "Set mode")
    assert first.commitChanges(), first.commitErrors()
    bulk = edits.cell_changes(cells_second, [KEY, ("LAHTI2", "KELA")], "appointment", 1)
    assert all(values["row_version"] == 1 for values in bulk.change.values())
    edits.apply_changes(second, bulk, "Set mode")
    assert not second.commitChanges(stopEditing=False)
    assert "was changed by kela_lahti at" in "\n".join(second.commitErrors())
    # One UPDATE per provider transaction: neither row of the refused bulk edit was saved.
    assert stored(pg_server, pg_database) == [("LAHTI1", "remote", None, 100, 2), ("LAHTI2", "remote", None, 50, 1)]
    assert {k: (r.mode, r.days_per_week) for k, r in edits.read_all(second).items()} == {
        KEY: ("appointment", 1), ("LAHTI2", "KELA"): ("appointment", 1)}


def test_an_edit_without_the_version_is_the_latest_word(planners, pg_server, pg_database):
    """QGIS's own attribute table does not send row_version: its save overwrites (and is audited)."""
    first, second = planners
    edits.apply_changes(first, edits.diff("LAHTI1", edits.read_presence(first, "LAHTI1"),
                                          {"KELA": edits.PresenceRecord("KELA", "staff", 5, 150)}), "Apply")
    assert first.commitChanges()
    assert second.startEditing()
    fid = edits.read_presence(second, "LAHTI1")["KELA"].fid
    second.changeAttributeValue(fid, second.fields().indexOf("annual_visits"), 777)
    assert second.commitChanges(), second.commitErrors()
    assert stored(pg_server, pg_database)[0] == ("LAHTI1", "staff", 5.0, 777, 3)


def test_out_of_scope_edit_refused_with_the_scope_in_the_commit_errors(planners, pg_server, pg_database):
    first, _second = planners
    pg_server.execute(f"INSERT INTO {S}.agency_presence (premises_id, agency, mode) VALUES ('LAHTI1', 'VERO', 'staff')",
                      pg_database)
    loaded = edits.read_presence(first, "LAHTI1")
    edits.apply_changes(first, edits.diff("LAHTI1", loaded, {"VERO": edits.PresenceRecord("VERO", "remote")}), "x")
    assert not first.commitChanges(stopEditing=False)
    assert ("role kela_lahti has no editor scope for agency VERO in municipality 398 in schema palveluverkko "
            "(missing scope: agency VERO, municipality 398)") in "\n".join(first.commitErrors())
    assert pg_server.execute(f"SELECT mode FROM {S}.agency_presence WHERE agency = 'VERO'", pg_database) == [
        ("staff",)]


def test_import_sends_the_versions_it_read(planners, pg_server, pg_database, provider, tmp_path):
    """The import reads the versions, and a row changed in between (here: in the edit buffer of the
    target, loaded before another planner saved) is refused, nothing imported."""
    import processing

    first, second = planners
    csv = tmp_path / "presence.csv"
    csv.write_text("premises_id,agency,mode,annual_visits\nLAHTI1,KELA,staff,4321\nLAHTI2,KELA,staff,12\n")
    table = QgsVectorLayer(f"file://{csv}?delimiter=,", "presence", "delimitedtext")
    done = processing.run("palveluverkko:importpresence", {"INPUT": table, "TARGET": second,
                                                           "OUTPUT_REJECTED": "memory:"})
    assert (done["UPDATED"], done["INSERTED"]) == (2, 0)
    assert stored(pg_server, pg_database) == [("LAHTI1", "staff", None, 4321, 2), ("LAHTI2", "staff", None, 12, 2)]
    assert second.startEditing()  # the buffer holds version 2 of LAHTI1 from here on
    edits.apply_changes(second, edits.diff("LAHTI1", edits.read_presence(second, "LAHTI1"),
                                           {"KELA": edits.PresenceRecord("KELA", "staff", 5, 1)}), "Apply")
    edits.apply_changes(first, edits.diff("LAHTI1", edits.read_presence(first, "LAHTI1"),
                                          {"KELA": edits.PresenceRecord("KELA", "staff", 4, 2)}), "Apply")
    assert first.commitChanges()
    csv.write_text("premises_id,agency,mode,annual_visits\nLAHTI1,KELA,staff,5555\n")
    table = QgsVectorLayer(f"file://{csv}?delimiter=,", "presence", "delimitedtext")
    assert processing.run("palveluverkko:importpresence", {"INPUT": table, "TARGET": second,
                                                           "OUTPUT_REJECTED": "memory:"})["UPDATED"] == 1
    assert not second.commitChanges(stopEditing=False)
    assert "was changed by kela_lahti at" in "\n".join(second.commitErrors())
    assert stored(pg_server, pg_database)[0] == ("LAHTI1", "staff", 4.0, 2, 3)


def test_import_into_a_layer_not_in_edit_mode_reports_a_refusal(planners, pg_server, pg_database, provider, tmp_path):
    import processing

    first, _second = planners
    csv = tmp_path / "presence.csv"
    csv.write_text("premises_id,agency,mode\nLAHTI1,VERO,staff\n")
    pg_server.execute(f"GRANT {S}_reader TO kela_lahti", pg_database)
    table = QgsVectorLayer(f"file://{csv}?delimiter=,", "presence", "delimitedtext")
    with pytest.raises(QgsProcessingException, match="no editor scope for agency VERO in municipality 398"):
        processing.run("palveluverkko:importpresence", {"INPUT": table, "TARGET": first,
                                                        "OUTPUT_REJECTED": "memory:"})
    assert pg_server.execute(f"SELECT count(*) FROM {S}.agency_presence", pg_database) == [(2,)]
