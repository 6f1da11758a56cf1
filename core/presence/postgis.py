# SPDX-License-Identifier: GPL-2.0-or-later
"""The shared workspace on PostgreSQL/PostGIS: creation, checks and editor scopes.

The same tables and rules as the GeoPackage workspace (``workspace``), in
one schema of a database, plus what sharing needs: ``editor_scope`` (which
role may edit which agency's rows in which municipality), ``audit_log``
(every insert, update and delete, with the role and the old and new
values), ``row_version`` (a stale save is refused, not silently applied)
and the group roles ``<schema>_reader`` and ``<schema>_editor``. The SQL is
in ``postgis_sql``.

SQL goes through QGIS's own PostgreSQL connection (saved connections with
their ``authcfg``, or a libpq connection string). A script sent in one call
runs as one transaction: a failure leaves nothing behind.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence

from ..rules import nulls
from . import agencies as agency_registry
from . import postgis_sql as sql
from .workspace import CRS_EPSG, LAYERS, META_TABLE, SCHEMA_VERSION

PROVIDER = "postgres"
DEFAULT_SCHEMA = "palveluverkko"
VERSION_FIELD = "row_version"
EXTRA_TABLES = ("editor_scope", "audit_log")
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")


class DbWorkspaceError(Exception):
    """A database workspace that cannot be made or used; the message says why and what to do."""


@dataclass(frozen=True)
class DbWorkspaceInfo:
    """A database workspace: where it is and which schema version it has."""

    uri: str
    schema: str
    schema_version: int
    created: str


def connection(name_or_uri: str):
    """The QGIS PostgreSQL connection saved as ``name_or_uri``, or one made from a libpq string."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    text = (name_or_uri or "").strip()
    if not text:
        raise DbWorkspaceError("Choose a PostgreSQL connection (or give a libpq connection string).")
    if text in metadata.connections():
        return metadata.connections()[text]
    if "=" not in text:
        raise DbWorkspaceError(
            f"There is no saved PostgreSQL connection named '{text}'. Add it in the Browser panel "
            "(PostgreSQL > New Connection), or give a connection string such as "
            "'service=planning' or 'host=... port=5432 dbname=... user=...'."
        )
    return metadata.createConnection(text, {})


def server_message(error: Exception) -> str:
    """The server's own message out of a QGIS SQL error (which repeats the whole statement)."""
    text = str(error)
    found = re.search(r"ERROR:\s+(.*?)(?:\nCONTEXT:|\nHINT:|\nDETAIL:|\n\]?$|\]$)", text, re.S)
    return found.group(1).strip() if found else text.strip()


def execute(conn, statement: str) -> list:
    """Run ``statement`` (one or several, one transaction); rows of the last one; DbWorkspaceError."""
    try:
        return conn.executeSql(statement)
    except Exception as error:  # QgsProviderConnectionException arrives as a bare QgsException
        raise DbWorkspaceError(server_message(error)) from error


def literal(value) -> str:
    """A value as an SQL literal (NULL, numbers, booleans, dates, text)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return f"'{value.isoformat()}'"
    return "'" + str(value).replace("'", "''") + "'"


def identifier(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + str(name).replace('"', '""') + '"'


def check_schema_name(schema: str) -> str:
    """``schema`` if it is a plain lower-case name short enough for its group roles."""
    if not _SCHEMA_NAME.fullmatch(schema or ""):
        raise DbWorkspaceError(
            f"'{schema}' cannot be a workspace schema: use lower-case letters, digits and _ "
            "(starting with a letter or _, at most 40 characters), e.g. palveluverkko."
        )
    return schema


def postgis_schema(conn) -> str:
    """The schema of the PostGIS extension; DbWorkspaceError when it is not installed."""
    rows = execute(conn, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                         "WHERE e.extname = 'postgis'")
    if not rows:
        database = execute(conn, "SELECT current_database()")[0][0]
        raise DbWorkspaceError(
            f"PostGIS is not installed in the database {database}. A database administrator runs "
            "CREATE EXTENSION postgis; in it once."
        )
    return identifier(rows[0][0])


def schema_exists(conn, schema: str) -> bool:
    return bool(execute(conn, f"SELECT 1 FROM pg_namespace WHERE nspname = {literal(schema)}"))


def create_db_workspace(conn, schema: str = DEFAULT_SCHEMA, overwrite: bool = False) -> DbWorkspaceInfo:
    """Create the workspace schema, its roles and seed rows in one transaction.

    An existing schema is refused (and left untouched) unless ``overwrite``,
    which drops it with everything in it in the same transaction.
    """
    check_schema_name(schema)
    geometry_schema = postgis_schema(conn)
    if schema_exists(conn, schema) and not overwrite:
        raise DbWorkspaceError(
            f"The schema {schema} already exists in the database. Choose another schema name, "
            "or allow overwriting it."
        )
    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    script = sql.schema_script(schema, geometry_schema, CRS_EPSG, overwrite) + seed_script(schema, created)
    try:
        execute(conn, script)
    except DbWorkspaceError as error:
        raise DbWorkspaceError(_explain_create_error(schema, str(error))) from error
    return DbWorkspaceInfo(uri=conn.uri(), schema=schema, schema_version=SCHEMA_VERSION, created=created)


def _explain_create_error(schema: str, message: str) -> str:
    if "permission denied to create role" in message:
        return (f"{message}: the connecting role needs the CREATEROLE right to make the group roles "
                f"{schema}_reader and {schema}_editor (or a database administrator creates them first).")
    if "permission denied for database" in message:
        return f"{message}: the connecting role needs the CREATE right on the database to make a schema."
    return f"Could not create the workspace schema {schema}: {message}"


def seed_script(schema: str, created: str) -> str:
    """The seed rows: the agency registry (resources/agencies.csv) and the metadata."""
    rows = [f"({', '.join(literal(v) for v in (a.code, a.name_fi, a.name_sv, a.name_en, a.valid_from, a.valid_to))})"
            for a in agency_registry.read_seed()]
    meta = [("schema_version", str(SCHEMA_VERSION)), ("application", "palveluverkko"), ("created", created)]
    return (
        f"\nINSERT INTO {schema}.agencies (code, name_fi, name_sv, name_en, valid_from, valid_to) VALUES "
        + ", ".join(rows) + ";\n"
        + f"INSERT INTO {schema}.{META_TABLE} (key, value) VALUES "
        + ", ".join(f"({literal(k)}, {literal(v)})" for k, v in meta) + ";\n"
    )


def check_db_workspace(conn, schema: str = DEFAULT_SCHEMA) -> DbWorkspaceInfo:
    """Check that ``schema`` holds a workspace this version can open; DbWorkspaceError if not."""
    check_schema_name(schema)
    if not schema_exists(conn, schema):
        raise DbWorkspaceError(f"The database has no schema {schema}. Create it with 'Create database workspace'.")
    tables = {row[0] for row in execute(
        conn, f"SELECT table_name FROM information_schema.tables WHERE table_schema = {literal(schema)}")}
    if META_TABLE not in tables:
        raise DbWorkspaceError(
            f"The schema {schema} is not a Palveluverkko workspace (it has no {META_TABLE} table)."
        )
    meta = dict((k, v) for k, v in execute(conn, f"SELECT key, value FROM {schema}.{META_TABLE}"))
    try:
        version = int(meta.get("schema_version") or "")
    except ValueError as error:
        raise DbWorkspaceError(
            f"The workspace schema {schema} has an unreadable schema version '{meta.get('schema_version')}'."
        ) from error
    if version > SCHEMA_VERSION:
        raise DbWorkspaceError(
            f"The workspace schema {schema} was made by a newer version of Palveluverkko (schema {version}; "
            f"this version reads schema {SCHEMA_VERSION} and older). Update the plugin to open it."
        )
    missing = [name for name in LAYERS + EXTRA_TABLES if name not in tables]
    if missing:
        raise DbWorkspaceError(
            f"The workspace schema {schema} is incomplete: the table(s) {', '.join(missing)} are missing."
        )
    return DbWorkspaceInfo(uri=conn.uri(), schema=schema, schema_version=version,
                           created=str(meta.get("created") or ""))


def codes(values: Optional[Iterable[str]]) -> List[Optional[str]]:
    """Codes from a list or comma/space separated text, upper-cased for agencies by the caller; [None] = any."""
    if values is None:
        return [None]
    if isinstance(values, str):
        values = re.split(r"[,;\s]+", values)
    found = sorted({str(v).strip() for v in values if str(v).strip()})
    return list(found) or [None]


def grant_scope(conn, schema: str, role: str, agencies: Sequence[Optional[str]] = (None,),
                municipalities: Sequence[Optional[str]] = (None,), can_edit_premises: bool = False,
                revoke: bool = False) -> int:
    """Give ``role`` (an existing login role) the scope rows agencies x municipalities, or take them away.

    Granting adds the role to ``<schema>_editor`` and writes (or updates) one
    ``editor_scope`` row per combination. Revoking deletes those rows (all of
    the role's rows when both lists are empty) and takes the role out of
    ``<schema>_editor`` when it has none left. Only the schema owner may do
    either. Returns the number of scope rows the role has afterwards.
    """
    check_db_workspace(conn, schema)
    _check_owner(conn, schema)
    _check_login_role(conn, role)
    pairs = [(a.upper() if a else None, m) for a in (agencies or [None]) for m in (municipalities or [None])]
    role_text = literal(role)
    if revoke:
        statements = _revoke_statements(conn, schema, role, pairs)
    else:
        statements = [f"GRANT {schema}_editor TO {identifier(role)}"]
        for agency, municipality in pairs:
            statements.append(
                f"INSERT INTO {schema}.editor_scope (role, agency, municipality_code, can_edit_premises) "
                f"VALUES ({role_text}, {literal(agency)}, {literal(municipality)}, {literal(bool(can_edit_premises))}) "
                "ON CONFLICT (role, coalesce(agency, ''), coalesce(municipality_code, '')) "
                "DO UPDATE SET can_edit_premises = EXCLUDED.can_edit_premises"
            )
    statements.append(f"SELECT count(*) FROM {schema}.editor_scope WHERE role = {role_text}")
    return int(execute(conn, ";\n".join(statements))[0][0])


def _revoke_statements(conn, schema: str, role: str, pairs) -> List[str]:
    role_text = literal(role)
    existing = {(plain(a), plain(m)) for a, m in execute(
        conn, f"SELECT agency, municipality_code FROM {schema}.editor_scope WHERE role = {role_text}")}
    gone = existing if pairs == [(None, None)] else existing & set(pairs)
    statements = [
        f"DELETE FROM {schema}.editor_scope WHERE role = {role_text} AND agency IS NOT DISTINCT FROM {literal(a)} "
        f"AND municipality_code IS NOT DISTINCT FROM {literal(m)}" for a, m in sorted(gone, key=str)]
    if gone == existing:
        statements.append(f"REVOKE {schema}_editor FROM {identifier(role)}")
    return statements


plain = nulls.plain  # a value from QGIS's executeSql, its NULL as None (rules.nulls)


def _check_owner(conn, schema: str) -> None:
    owner, me, superuser = execute(
        conn, "SELECT pg_get_userbyid(nspowner), current_user, (SELECT rolsuper FROM pg_roles WHERE "
              f"rolname = current_user) FROM pg_namespace WHERE nspname = {literal(schema)}")[0]
    if owner != me and not superuser:
        raise DbWorkspaceError(
            f"Only the owner of the schema {schema} ({owner}) may grant or revoke editor scopes; "
            f"this connection logs in as {me}."
        )


def _check_login_role(conn, role: str) -> None:
    rows = execute(conn, f"SELECT rolcanlogin FROM pg_roles WHERE rolname = {literal(role)}")
    if not rows:
        raise DbWorkspaceError(
            f"There is no database role {role}. A database administrator creates it first "
            f"(CREATE ROLE {role} LOGIN ...)."
        )
    if not rows[0][0]:
        raise DbWorkspaceError(f"The role {role} cannot log in; give the scope to a login role.")
