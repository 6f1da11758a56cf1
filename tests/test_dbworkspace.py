# SPDX-License-Identifier: GPL-2.0-or-later
"""The database workspace on a real PostgreSQL/PostGIS: schema, seed rows, checks, overwrite."""
from __future__ import annotations

import csv

import psycopg2
import pytest
from pg_server import login_role

from palveluverkko.core.presence import agencies
from palveluverkko.core.presence import postgis as dbws
from palveluverkko.core.presence import workspace as ws

SCHEMA = "palveluverkko"


@pytest.fixture
def admin_uri(pg_server, pg_database):
    return pg_server.uri(pg_database, "planner_admin")


@pytest.fixture
def created(qgis_app, pg_server, pg_database, admin_uri):
    """A database workspace made by planner_admin; yields a psycopg2 connection as its owner."""
    dbws.create_db_workspace(dbws.connection(admin_uri), SCHEMA)
    connection = pg_server.connect(pg_database, "planner_admin")
    yield connection
    connection.close()


def rows(connection, sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def columns(connection, table):
    return rows(connection, "SELECT column_name, data_type, character_maximum_length, is_nullable "
                            "FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                            "ORDER BY ordinal_position", (SCHEMA, table))


def test_tables_columns_and_types_match_the_geopackage(created):
    tables = {r[0] for r in rows(created, "SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = %s", (SCHEMA,))}
    assert tables == {"premises", "agency_presence", "agencies", "palveluverkko_meta", "editor_scope", "audit_log"}
    premises = columns(created, "premises")
    assert [c[0] for c in premises] == ["fid", "geom"] + [f[0] for f in ws.PREMISES_FIELDS] + ["row_version"]
    types = {c[0]: (c[1], c[2], c[3]) for c in premises}
    assert types["premises_id"] == ("text", None, "NO")
    assert types["municipality_code"] == ("character varying", 3, "YES")
    assert types["lease_end"][0] == "date" and types["accessible"][0] == "boolean"
    assert types["floor_area_m2"][0] == "double precision"
    presence = columns(created, "agency_presence")
    assert [c[0] for c in presence] == ["fid"] + [f[0] for f in ws.PRESENCE_FIELDS] + ["row_version"]
    assert {c[0]: c[1] for c in presence}["annual_visits"] == "integer"
    assert [c[0] for c in columns(created, "agencies")] == ["fid"] + [f[0] for f in ws.AGENCY_FIELDS]
    assert [c[0] for c in columns(created, "editor_scope")] == [
        "fid", "role", "agency", "municipality_code", "can_edit_premises"]
    assert [(c[0], c[1]) for c in columns(created, "audit_log")] == [
        ("id", "bigint"), ("at", "timestamp with time zone"), ("role", "name"), ("action", "text"),
        ("table_name", "text"), ("row_key", "text"), ("old", "jsonb"), ("new", "jsonb")]
    assert rows(created, "SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s", (SCHEMA,)) == [
        ("POINT", 3067)]
    assert rows(created, "SELECT indexdef LIKE '%%USING gist (geom)%%' FROM pg_indexes "
                         "WHERE schemaname = %s AND indexname = 'premises_geom_idx'", (SCHEMA,)) == [(True,)]
    assert rows(created, "SELECT confupdtype, pg_get_constraintdef(oid) FROM pg_constraint "
                         "WHERE contype = 'f' AND connamespace = %s::regnamespace", (SCHEMA,)) == [
        ("c", f"FOREIGN KEY (premises_id) REFERENCES {SCHEMA}.premises(premises_id) ON UPDATE CASCADE")]


def test_seed_rows_owner_and_roles(created):
    with open(agencies.SEED_CSV, encoding="utf-8") as handle:
        expected = [tuple(row.values()) for row in csv.DictReader(handle)]
    seeded = rows(created, f"SELECT code, name_fi, name_sv, name_en, coalesce(valid_from::text, ''), "
                           f"coalesce(valid_to::text, '') FROM {SCHEMA}.agencies ORDER BY fid")
    assert seeded == expected
    meta = dict(rows(created, f"SELECT key, value FROM {SCHEMA}.palveluverkko_meta"))
    assert meta["schema_version"] == str(ws.SCHEMA_VERSION) and meta["application"] == "palveluverkko"
    assert rows(created, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = %s", (SCHEMA,)) == [
        ("planner_admin",)]
    assert rows(created, "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'palveluverkko\\_%%' "
                         "ORDER BY 1") == [("palveluverkko_editor", False), ("palveluverkko_reader", False)]
    info = dbws.check_db_workspace(dbws.connection(created.dsn), SCHEMA)
    assert (info.schema, info.schema_version) == (SCHEMA, ws.SCHEMA_VERSION)


def _execute(connection, *statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.mark.parametrize(
    "sql, message",
    [
        ("INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('P1', 'KELA', 'visiting')",
         "agency_presence.mode must be one of staff, appointment, remote"),
        ("INSERT INTO agency_presence (premises_id, agency, mode, days_per_week) VALUES ('P1', 'KELA', 'staff', 6)",
         "agency_presence.days_per_week must be between 0 and 5"),
        ("INSERT INTO agency_presence (premises_id, agency, mode, annual_visits) VALUES ('P1', 'KELA', 'staff', -1)",
         "agency_presence.annual_visits must be 0 or more"),
        ("INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('P1', 'VERO', 'staff')",
         "UNIQUE constraint failed: agency_presence.premises_id, agency_presence.agency"),
        ("UPDATE agency_presence SET days_per_week = 5.5",
         "agency_presence.days_per_week must be between 0 and 5"),
        ("INSERT INTO premises (premises_id) VALUES ('P1')",
         "UNIQUE constraint failed: premises.premises_id"),
        ("INSERT INTO premises (name) VALUES ('no id')",
         "NOT NULL constraint failed: premises.premises_id"),
    ],
)
def test_database_rejects_invalid_rows_with_the_geopackage_messages(created, sql, message):
    _execute(created, f"SET search_path = {SCHEMA}, public",
             "INSERT INTO premises (premises_id) VALUES ('P1')",
             "INSERT INTO agency_presence (premises_id, agency, mode) VALUES ('P1', 'VERO', 'remote')")
    before = rows(created, "SELECT * FROM agency_presence ORDER BY fid") + rows(created, "SELECT fid FROM premises")
    with pytest.raises(psycopg2.Error) as caught:
        _execute(created, sql)
    assert caught.value.diag.message_primary == message
    assert rows(created, "SELECT * FROM agency_presence ORDER BY fid") + rows(created, "SELECT fid FROM premises") \
        == before


def test_existing_schema_refused_and_untouched_then_overwritten(created, admin_uri):
    _execute(created, f"INSERT INTO {SCHEMA}.premises (premises_id) VALUES ('keep')")
    with pytest.raises(dbws.DbWorkspaceError, match="The schema palveluverkko already exists in the database. "
                                                    "Choose another schema name, or allow overwriting it."):
        dbws.create_db_workspace(dbws.connection(admin_uri), SCHEMA)
    assert rows(created, f"SELECT premises_id FROM {SCHEMA}.premises") == [("keep",)]
    dbws.create_db_workspace(dbws.connection(admin_uri), SCHEMA, overwrite=True)
    assert rows(created, f"SELECT count(*) FROM {SCHEMA}.premises") == [(0,)]
    assert rows(created, f"SELECT count(*) FROM {SCHEMA}.agencies") == [(12,)]


def test_a_failure_leaves_nothing_behind(qgis_app, pg_server, pg_database):
    """A role without CREATEROLE cannot make the group roles: no schema, no table, no role remains."""
    login_role(pg_server, "no_createrole")
    pg_server.execute(f"GRANT CREATE ON DATABASE {pg_database} TO no_createrole")
    with pytest.raises(dbws.DbWorkspaceError, match="the connecting role needs the CREATEROLE right"):
        dbws.create_db_workspace(dbws.connection(pg_server.uri(pg_database, "no_createrole")), "pv_fail")
    assert pg_server.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'pv_fail'", pg_database) == [(0,)]
    assert pg_server.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pv\\_fail%'") == [(0,)]


@pytest.mark.parametrize("schema", ["Palveluverkko", "pv-1", "1pv", "a" * 41, ""])
def test_bad_schema_names_refused(qgis_app, admin_uri, schema):
    with pytest.raises(dbws.DbWorkspaceError, match="cannot be a workspace schema: use lower-case letters"):
        dbws.create_db_workspace(dbws.connection(admin_uri), schema)


def test_postgis_missing_refused(qgis_app, pg_server, pg_database):
    pg_server.execute("DROP EXTENSION postgis", pg_database)
    with pytest.raises(dbws.DbWorkspaceError, match=f"PostGIS is not installed in the database {pg_database}"):
        dbws.create_db_workspace(dbws.connection(pg_server.uri(pg_database, "planner_admin")), SCHEMA)


def test_unknown_connection_name(qgis_app):
    with pytest.raises(dbws.DbWorkspaceError, match="There is no saved PostgreSQL connection named 'nowhere'"):
        dbws.connection("nowhere")
