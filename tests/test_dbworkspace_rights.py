# SPDX-License-Identifier: GPL-2.0-or-later
"""Editor scopes, the audit log and the lost-update rule, enforced by a real PostgreSQL."""
from __future__ import annotations

import psycopg2
import pytest
from pg_server import login_role

from palveluverkko.core.presence import postgis as dbws

S = "palveluverkko"
SEED = (
    f"INSERT INTO {S}.premises (premises_id, name, municipality_code) VALUES "
    "('LAHTI1', 'Lahden yhteispalvelupiste', '398'), ('HEINOLA1', 'Heinolan virastotalo', '111')",
    f"INSERT INTO {S}.agency_presence (premises_id, agency, mode, annual_visits) VALUES "
    "('LAHTI1', 'KELA', 'staff', 100), ('LAHTI1', 'VERO', 'staff', 200), "
    "('HEINOLA1', 'KELA', 'staff', 300), ('HEINOLA1', 'VERO', 'remote', 400)",
)


class Db:
    """psycopg2 connections to the test database, one per role."""

    def __init__(self, server, database):
        self.server, self.database, self._open = server, database, {}

    def as_role(self, role):
        if role not in self._open:
            self._open[role] = self.server.connect(self.database, role)
        return self._open[role]

    def run(self, role, sql, params=None):
        with self.as_role(role).cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else None

    def refused(self, role, sql) -> str:
        with pytest.raises(psycopg2.Error) as caught:
            self.run(role, sql)
        return caught.value.diag.message_primary

    def snapshot(self):
        return (self.run("planner_admin", f"SELECT * FROM {S}.agency_presence ORDER BY fid"),
                self.run("planner_admin", f"SELECT fid, premises_id, name, municipality_code, row_version "
                                          f"FROM {S}.premises ORDER BY fid"),
                self.run("planner_admin", f"SELECT count(*) FROM {S}.audit_log"))

    def close(self):
        for connection in self._open.values():
            connection.close()


@pytest.fixture
def db(qgis_app, pg_server, pg_database):
    """A workspace with Lahti (398) and Heinola (111) premises, KELA and VERO in both.

    kela_lahti: scope KELA in 398 (no premises editing); planner_reader: reader only.
    """
    admin = dbws.connection(pg_server.uri(pg_database, "planner_admin"))
    dbws.create_db_workspace(admin, S)
    for role in ("kela_lahti", "planner_reader", "vero_all"):
        login_role(pg_server, role)
    pg_server.execute(f"GRANT {S}_reader TO planner_reader")
    assert dbws.grant_scope(admin, S, "kela_lahti", ["KELA"], ["398"]) == 1
    handle = Db(pg_server, pg_database)
    for statement in SEED:
        handle.run("planner_admin", statement)
    yield handle
    handle.close()


KELA_LAHTI_REFUSALS = [
    (f"UPDATE {S}.agency_presence SET annual_visits = 1 WHERE premises_id = 'LAHTI1' AND agency = 'VERO'",
     "role kela_lahti has no editor scope for agency VERO in municipality 398 in schema palveluverkko "
     "(missing scope: agency VERO, municipality 398); the agency_presence row was not changed"),
    (f"UPDATE {S}.agency_presence SET annual_visits = 1 WHERE premises_id = 'HEINOLA1' AND agency = 'KELA'",
     "role kela_lahti has no editor scope for agency KELA in municipality 111 in schema palveluverkko "
     "(missing scope: agency KELA, municipality 111); the agency_presence row was not changed"),
    (f"DELETE FROM {S}.agency_presence WHERE premises_id = 'LAHTI1' AND agency = 'VERO'",
     "role kela_lahti has no editor scope for agency VERO in municipality 398 in schema palveluverkko "
     "(missing scope: agency VERO, municipality 398); the agency_presence row was not changed"),
    (f"INSERT INTO {S}.agency_presence (premises_id, agency, mode) VALUES ('LAHTI1', 'MML', 'remote')",
     "role kela_lahti has no editor scope for agency MML in municipality 398 in schema palveluverkko "
     "(missing scope: agency MML, municipality 398); the agency_presence row was not changed"),
    (f"UPDATE {S}.agency_presence SET premises_id = 'HEINOLA1' WHERE premises_id = 'LAHTI1' AND agency = 'KELA'",
     "role kela_lahti has no editor scope for agency KELA in municipality 111 in schema palveluverkko "
     "(missing scope: agency KELA, municipality 111); the agency_presence row was not changed"),
    (f"UPDATE {S}.premises SET name = 'x' WHERE premises_id = 'LAHTI1'",
     "role kela_lahti has no editor scope for premises in municipality 398 in schema palveluverkko "
     "(missing scope: can_edit_premises for municipality 398); the row was not changed"),
    (f"INSERT INTO {S}.premises (premises_id, municipality_code) VALUES ('LAHTI2', '398')",
     "role kela_lahti has no editor scope for premises in municipality 398 in schema palveluverkko "
     "(missing scope: can_edit_premises for municipality 398); the row was not changed"),
]

@pytest.mark.parametrize("sql, message", KELA_LAHTI_REFUSALS)
def test_out_of_scope_writes_refused_with_the_missing_scope(db, sql, message):
    before = db.snapshot()
    assert db.refused("kela_lahti", sql) == message
    assert db.snapshot() == before


def test_in_scope_edit_passes_and_is_audited(db):
    db.run("kela_lahti", f"UPDATE {S}.agency_presence SET annual_visits = 150 "
                         "WHERE premises_id = 'LAHTI1' AND agency = 'KELA'")
    assert db.run("kela_lahti", f"SELECT annual_visits, row_version FROM {S}.agency_presence "
                                "WHERE premises_id = 'LAHTI1' AND agency = 'KELA'") == [(150, 2)]
    last = db.run("planner_admin", f"SELECT role, action, old->>'annual_visits', new->>'annual_visits' "
                                   f"FROM {S}.audit_log ORDER BY id DESC LIMIT 1")
    assert last == [("kela_lahti", "UPDATE", "100", "150")]


@pytest.mark.parametrize("sql, table", [
    (f"UPDATE {S}.agency_presence SET annual_visits = 1", "agency_presence"),
    (f"DELETE FROM {S}.premises WHERE premises_id = 'HEINOLA1'", "premises"),
    (f"INSERT INTO {S}.agency_presence (premises_id, agency, mode) VALUES ('LAHTI1', 'MML', 'remote')",
     "agency_presence"),
])
def test_reader_cannot_write(db, sql, table):
    before = db.snapshot()
    assert db.refused("planner_reader", sql) == (
        f"role planner_reader may not edit palveluverkko.{table}: it is not a member of palveluverkko_editor "
        "(it may only read); the schema owner grants editing scopes with palveluverkko:grantscope")
    assert db.snapshot() == before
    assert len(db.run("planner_reader", f"SELECT * FROM {S}.audit_log")) == 6


def test_premises_editing_needs_can_edit_premises_and_the_municipality(db, pg_server, pg_database):
    admin = dbws.connection(pg_server.uri(pg_database, "planner_admin"))
    assert dbws.grant_scope(admin, S, "kela_lahti", ["KELA"], ["398"], can_edit_premises=True) == 1
    db.run("kela_lahti", f"UPDATE {S}.premises SET name = 'Kirkkokatu 12' WHERE premises_id = 'LAHTI1'")
    before = db.snapshot()
    assert db.refused("kela_lahti", f"UPDATE {S}.premises SET name = 'x' WHERE premises_id = 'HEINOLA1'") == (
        "role kela_lahti has no editor scope for premises in municipality 111 in schema palveluverkko "
        "(missing scope: can_edit_premises for municipality 111); the row was not changed")
    assert db.snapshot() == before
    # A scope for any agency and any municipality (NULLs) covers every row.
    dbws.grant_scope(admin, S, "vero_all", [], [], can_edit_premises=False)
    db.run("vero_all", f"UPDATE {S}.agency_presence SET annual_visits = annual_visits + 1")
    assert db.run("vero_all", f"SELECT sum(annual_visits) FROM {S}.agency_presence") == [(1004,)]


def test_every_write_is_audited_once_with_role_and_values(db):
    db.run("planner_admin", f"INSERT INTO {S}.premises (premises_id, municipality_code) VALUES ('LAHTI2', '398')")
    db.run("kela_lahti", f"INSERT INTO {S}.agency_presence (premises_id, agency, mode, days_per_week) "
                         "VALUES ('LAHTI2', 'KELA', 'staff', 2)")
    fid = db.run("kela_lahti", f"SELECT fid FROM {S}.agency_presence WHERE premises_id = 'LAHTI2'")[0][0]
    db.run("kela_lahti", f"UPDATE {S}.agency_presence SET days_per_week = 3 WHERE fid = {fid}")
    db.run("kela_lahti", f"DELETE FROM {S}.agency_presence WHERE fid = {fid}")
    log = db.run("planner_admin", f"SELECT role, action, old->>'days_per_week', new->>'days_per_week', "
                                  f"new->>'row_version' FROM {S}.audit_log "
                                  f"WHERE table_name = 'agency_presence' AND row_key = '{fid}' ORDER BY id")
    assert log == [("kela_lahti", "INSERT", None, "2", "1"), ("kela_lahti", "UPDATE", "2", "3", "2"),
                   ("kela_lahti", "DELETE", "3", None, None)]
    per_table = db.run("planner_admin", f"SELECT table_name, action, role, count(*) FROM {S}.audit_log "
                                        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
    assert per_table == [("agency_presence", "DELETE", "kela_lahti", 1),
                         ("agency_presence", "INSERT", "kela_lahti", 1),
                         ("agency_presence", "INSERT", "planner_admin", 4),
                         ("agency_presence", "UPDATE", "kela_lahti", 1),
                         ("premises", "INSERT", "planner_admin", 3)]


@pytest.mark.parametrize("role", ["planner_admin", "kela_lahti", "planner_reader", "postgres"])
@pytest.mark.parametrize("sql", [f"UPDATE {S}.audit_log SET role = 'someone'", f"DELETE FROM {S}.audit_log",
                                 f"TRUNCATE {S}.audit_log"])
def test_no_role_may_change_the_audit_log(db, pg_server, role, sql):
    role = role if role != "postgres" else pg_server.superuser
    before = db.run("planner_admin", f"SELECT * FROM {S}.audit_log ORDER BY id")
    message = db.refused(role, sql)
    if role in ("planner_admin", pg_server.superuser):  # the owner and a superuser: the trigger
        assert message.startswith("the audit log of schema palveluverkko cannot be changed: ")
        assert message.endswith(f"of audit_log rows is refused for every role (role {role})")
    else:
        assert message == "permission denied for table audit_log"
    assert db.run("planner_admin", f"SELECT * FROM {S}.audit_log ORDER BY id") == before


def test_stale_version_refused_naming_who_and_when(db):
    key = "premises_id = 'LAHTI1' AND agency = 'KELA'"
    loaded = db.run("planner_admin", f"SELECT fid, row_version FROM {S}.agency_presence WHERE {key}")[0]
    db.run("kela_lahti", f"UPDATE {S}.agency_presence SET annual_visits = 111, row_version = {loaded[1]} "
                         f"WHERE {key}")
    at = db.run("planner_admin", f"SELECT to_char(at, 'HH24:MI') FROM {S}.audit_log ORDER BY id DESC LIMIT 1")[0][0]
    before = db.snapshot()
    message = db.refused("planner_admin", f"UPDATE {S}.agency_presence SET annual_visits = 222, "
                                          f"row_version = {loaded[1]} WHERE {key}")
    assert message == (f"palveluverkko.agency_presence row {loaded[0]} (version 2, you loaded version 1) was "
                       f"changed by kela_lahti at {at} after you loaded it; reload the layer to see the change")
    assert db.snapshot() == before
    # Leaving row_version out is the latest word.
    db.run("planner_admin", f"UPDATE {S}.agency_presence SET annual_visits = 333 WHERE {key}")
    assert db.run("kela_lahti", f"SELECT annual_visits, row_version FROM {S}.agency_presence WHERE {key}") == [
        (333, 3)]


def test_grant_and_revoke_scope(db, pg_server, pg_database):
    admin = dbws.connection(pg_server.uri(pg_database, "planner_admin"))
    assert dbws.grant_scope(admin, S, "vero_all", ["vero", "KELA"], ["398", "111"]) == 4
    scope = db.run("planner_admin", f"SELECT agency, municipality_code FROM {S}.editor_scope "
                                    "WHERE role = 'vero_all' ORDER BY 1, 2")
    assert scope == [("KELA", "111"), ("KELA", "398"), ("VERO", "111"), ("VERO", "398")]
    assert dbws.grant_scope(admin, S, "vero_all", ["KELA"], ["398", "111"], revoke=True) == 2
    assert db.run("vero_all", f"SELECT pg_has_role('vero_all', '{S}_editor', 'MEMBER')") == [(True,)]
    assert "agency KELA in municipality 398" in db.refused(
        "vero_all", f"UPDATE {S}.agency_presence SET notes = 'x' WHERE agency = 'KELA'")
    assert dbws.grant_scope(admin, S, "vero_all", [], [], revoke=True) == 0
    assert db.run("vero_all", f"SELECT pg_has_role('vero_all', '{S}_editor', 'MEMBER')") == [(False,)]
    kela = dbws.connection(pg_server.uri(pg_database, "kela_lahti"))
    with pytest.raises(dbws.DbWorkspaceError, match=r"Only the owner of the schema palveluverkko \(planner_admin\) "
                                                    "may grant or revoke editor scopes; this connection logs in "
                                                    "as kela_lahti"):
        dbws.grant_scope(kela, S, "kela_lahti", [], [])
    with pytest.raises(dbws.DbWorkspaceError, match="There is no database role nobody_here"):
        dbws.grant_scope(admin, S, "nobody_here", [], [])
    with pytest.raises(dbws.DbWorkspaceError, match="The role palveluverkko_editor cannot log in"):
        dbws.grant_scope(admin, S, "palveluverkko_editor", [], [])
