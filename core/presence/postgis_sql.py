# SPDX-License-Identifier: GPL-2.0-or-later
"""The SQL of a PostgreSQL/PostGIS workspace (see ``postgis``).

Everything is written once here, as templates in which ``{s}`` is the schema
(a validated plain identifier), ``{g}`` the schema of the PostGIS extension
and ``{crs}`` the workspace CRS. The rules live in the database itself, so
that every client (the plugin, QGIS's attribute table, psql) meets them:

* the GeoPackage's checks, with the GeoPackage's messages (BEFORE triggers;
  CHECK, NOT NULL and UNIQUE constraints stay behind them),
* the editor scope (BEFORE trigger naming the role and the missing scope;
  row-level security policies behind it),
* ``row_version``: an UPDATE that sets it to anything but the stored value is
  refused as a lost update; the trigger raises it on every update,
* the audit log (AFTER statement triggers with transition tables, SECURITY
  DEFINER: one INSERT per statement), whose rows no role may update or delete.

Triggers fire in name order: ``a1_scope``, ``a2_version``, ``a3_checks``.
"""
from __future__ import annotations

TABLES = """
CREATE TABLE {s}.premises (
    fid serial PRIMARY KEY,
    geom {g}.geometry(Point, {crs}),
    premises_id text NOT NULL UNIQUE,
    name text,
    address text,
    municipality_code varchar(3),
    owner text,
    floor_area_m2 double precision,
    annual_cost_eur double precision,
    lease_end date,
    accessible boolean,
    is_candidate boolean,
    is_fixed boolean,
    notes text,
    row_version integer NOT NULL DEFAULT 1
);
CREATE INDEX premises_geom_idx ON {s}.premises USING gist (geom);
CREATE TABLE {s}.agency_presence (
    fid serial PRIMARY KEY,
    premises_id text NOT NULL REFERENCES {s}.premises (premises_id) ON UPDATE CASCADE,
    agency text NOT NULL,
    mode text NOT NULL CHECK (mode IN ('staff', 'appointment', 'remote')),
    days_per_week double precision CHECK (days_per_week >= 0 AND days_per_week <= 5),
    annual_visits integer CHECK (annual_visits >= 0),
    notes text,
    row_version integer NOT NULL DEFAULT 1,
    UNIQUE (premises_id, agency)
);
CREATE TABLE {s}.agencies (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_fi text,
    name_sv text,
    name_en text,
    valid_from date,
    valid_to date
);
CREATE TABLE {s}.palveluverkko_meta (
    fid serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    value text
);
CREATE TABLE {s}.editor_scope (
    fid serial PRIMARY KEY,
    role name NOT NULL,
    agency text,
    municipality_code text,
    can_edit_premises boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX editor_scope_key ON {s}.editor_scope (role, coalesce(agency, ''), coalesce(municipality_code, ''));
CREATE TABLE {s}.audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    role name NOT NULL DEFAULT session_user,
    action text NOT NULL,
    table_name text NOT NULL,
    row_key text NOT NULL,
    old jsonb,
    new jsonb
);
CREATE INDEX audit_log_row_idx ON {s}.audit_log (table_name, row_key, id);
"""

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{s}_reader') THEN
        CREATE ROLE {s}_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{s}_editor') THEN
        CREATE ROLE {s}_editor NOLOGIN;
    END IF;
END
$$;
"""

# Who may edit: the schema owner (and superusers, and the referential
# actions, which run as the owner) always; a member of {s}_editor within the
# scope rows of a role it belongs to.
SCOPE_FUNCTIONS = """
CREATE FUNCTION {s}.is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, n.nspowner, 'USAGE')
           OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
    FROM pg_namespace n WHERE n.nspname = '{s}'
$$;
CREATE FUNCTION {s}.scope_allows(p_agency text, p_municipality text, p_premises boolean)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT {s}.is_owner() OR (pg_has_role(current_user, '{s}_editor', 'MEMBER') AND EXISTS (
        SELECT 1 FROM {s}.editor_scope e JOIN pg_roles r ON r.rolname = e.role
        WHERE pg_has_role(current_user, r.oid, 'MEMBER')
          AND (p_agency IS NULL OR e.agency IS NULL OR e.agency = p_agency)
          AND (e.municipality_code IS NULL OR e.municipality_code = p_municipality)
          AND (NOT p_premises OR e.can_edit_premises)))
$$;
CREATE FUNCTION {s}.municipality_of(p_premises_id text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT municipality_code::text FROM {s}.premises WHERE premises_id = p_premises_id
$$;
CREATE FUNCTION {s}.refuse_scope(p_table text, p_agency text, p_municipality text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, '{s}_editor', 'MEMBER') THEN
        RAISE EXCEPTION 'role % may not edit {s}.%: it is not a member of {s}_editor (it may only read); '
            'the schema owner grants editing scopes with palveluverkko:grantscope', current_user, p_table
            USING ERRCODE = '42501';
    END IF;
    IF p_table = 'premises' THEN
        RAISE EXCEPTION 'role % has no editor scope for premises in municipality % in schema {s} '
            '(missing scope: can_edit_premises for municipality %); the row was not changed',
            current_user, coalesce(p_municipality, 'NULL'), coalesce(p_municipality, 'NULL')
            USING ERRCODE = '42501';
    END IF;
    RAISE EXCEPTION 'role % has no editor scope for agency % in municipality % in schema {s} '
        '(missing scope: agency %, municipality %); the agency_presence row was not changed',
        current_user, p_agency, coalesce(p_municipality, 'NULL'), p_agency, coalesce(p_municipality, 'NULL')
        USING ERRCODE = '42501';
END
$$;
CREATE FUNCTION {s}.check_presence_scope() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m text;
BEGIN
    IF {s}.is_owner() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        m := {s}.municipality_of(OLD.premises_id);
        IF NOT {s}.scope_allows(OLD.agency, m, false) THEN
            PERFORM {s}.refuse_scope('agency_presence', OLD.agency, m);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        m := {s}.municipality_of(NEW.premises_id);
        IF NOT {s}.scope_allows(NEW.agency, m, false) THEN
            PERFORM {s}.refuse_scope('agency_presence', NEW.agency, m);
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$;
CREATE FUNCTION {s}.check_premises_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND NOT {s}.scope_allows(NULL, OLD.municipality_code, true) THEN
        PERFORM {s}.refuse_scope('premises', NULL, OLD.municipality_code);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NOT {s}.scope_allows(NULL, NEW.municipality_code, true) THEN
            PERFORM {s}.refuse_scope('premises', NULL, NEW.municipality_code);
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$;
"""

VERSION_FUNCTION = """
CREATE FUNCTION {s}.check_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    who name;
    changed timestamptz;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.row_version := 1;
        RETURN NEW;
    END IF;
    IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN
        SELECT a.role, a.at INTO who, changed FROM {s}.audit_log a
        WHERE a.table_name = TG_TABLE_NAME AND a.row_key = OLD.fid::text ORDER BY a.id DESC LIMIT 1;
        RAISE EXCEPTION '{s}.% row % (version %, you loaded version %) was changed by % at % after you '
            'loaded it; reload the layer to see the change', TG_TABLE_NAME, OLD.fid, OLD.row_version,
            coalesce(NEW.row_version::text, 'none'), coalesce(who::text, 'another user'),
            coalesce(to_char(changed, 'HH24:MI'), 'an unknown time')
            USING ERRCODE = 'P0001', HINT = 'reload the layer to see the change';
    END IF;
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;
"""

# The GeoPackage's own messages (core.workspace) for the same rules.
CHECK_FUNCTIONS = """
CREATE FUNCTION {s}.check_presence_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.mode IS NULL OR NEW.mode NOT IN ('staff', 'appointment', 'remote') THEN
        RAISE EXCEPTION 'agency_presence.mode must be one of staff, appointment, remote' USING ERRCODE = '23514';
    END IF;
    IF NEW.days_per_week IS NOT NULL AND (NEW.days_per_week < 0 OR NEW.days_per_week > 5) THEN
        RAISE EXCEPTION 'agency_presence.days_per_week must be between 0 and 5' USING ERRCODE = '23514';
    END IF;
    IF NEW.annual_visits IS NOT NULL AND NEW.annual_visits < 0 THEN
        RAISE EXCEPTION 'agency_presence.annual_visits must be 0 or more' USING ERRCODE = '23514';
    END IF;
    IF NEW.premises_id IS NULL THEN
        RAISE EXCEPTION 'NOT NULL constraint failed: agency_presence.premises_id' USING ERRCODE = '23502';
    END IF;
    IF NEW.agency IS NULL THEN
        RAISE EXCEPTION 'NOT NULL constraint failed: agency_presence.agency' USING ERRCODE = '23502';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.agency_presence p WHERE p.premises_id = NEW.premises_id
               AND p.agency = NEW.agency AND p.fid <> NEW.fid) THEN
        RAISE EXCEPTION 'UNIQUE constraint failed: agency_presence.premises_id, agency_presence.agency'
            USING ERRCODE = '23505';
    END IF;
    RETURN NEW;
END
$$;
CREATE FUNCTION {s}.check_premises_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.premises_id IS NULL THEN
        RAISE EXCEPTION 'NOT NULL constraint failed: premises.premises_id' USING ERRCODE = '23502';
    END IF;
    IF EXISTS (SELECT 1 FROM {s}.premises p WHERE p.premises_id = NEW.premises_id AND p.fid <> NEW.fid) THEN
        RAISE EXCEPTION 'UNIQUE constraint failed: premises.premises_id' USING ERRCODE = '23505';
    END IF;
    RETURN NEW;
END
$$;
"""

AUDIT_FUNCTIONS = """
CREATE FUNCTION {s}.audit_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, {g} AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {s}.audit_log (at, role, action, table_name, row_key, old, new)
        SELECT now(), session_user, TG_OP, TG_TABLE_NAME, n.fid::text, NULL, to_jsonb(n)
        FROM new_rows n ORDER BY n.fid;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO {s}.audit_log (at, role, action, table_name, row_key, old, new)
        SELECT now(), session_user, TG_OP, TG_TABLE_NAME, n.fid::text, to_jsonb(o), to_jsonb(n)
        FROM new_rows n JOIN old_rows o ON o.fid = n.fid ORDER BY n.fid;
    ELSE
        INSERT INTO {s}.audit_log (at, role, action, table_name, row_key, old, new)
        SELECT now(), session_user, TG_OP, TG_TABLE_NAME, o.fid::text, to_jsonb(o), NULL
        FROM old_rows o ORDER BY o.fid;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION {s}.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log of schema {s} cannot be changed: % of audit_log rows is refused for every '
        'role (role %)', TG_OP, current_user USING ERRCODE = '42501';
END
$$;
"""

TRIGGERS = """
CREATE TRIGGER a1_scope BEFORE INSERT OR UPDATE OR DELETE ON {s}.agency_presence
    FOR EACH ROW EXECUTE FUNCTION {s}.check_presence_scope();
CREATE TRIGGER a1_scope BEFORE INSERT OR UPDATE OR DELETE ON {s}.premises
    FOR EACH ROW EXECUTE FUNCTION {s}.check_premises_scope();
CREATE TRIGGER a2_version BEFORE INSERT OR UPDATE ON {s}.agency_presence
    FOR EACH ROW EXECUTE FUNCTION {s}.check_row_version();
CREATE TRIGGER a2_version BEFORE INSERT OR UPDATE ON {s}.premises
    FOR EACH ROW EXECUTE FUNCTION {s}.check_row_version();
CREATE TRIGGER a3_checks BEFORE INSERT OR UPDATE ON {s}.agency_presence
    FOR EACH ROW EXECUTE FUNCTION {s}.check_presence_row();
CREATE TRIGGER a3_checks BEFORE INSERT OR UPDATE ON {s}.premises
    FOR EACH ROW EXECUTE FUNCTION {s}.check_premises_row();
CREATE TRIGGER z_audit_insert AFTER INSERT ON {s}.agency_presence
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_rows();
CREATE TRIGGER z_audit_update AFTER UPDATE ON {s}.agency_presence
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_rows();
CREATE TRIGGER z_audit_delete AFTER DELETE ON {s}.agency_presence
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_rows();
CREATE TRIGGER z_audit_insert AFTER INSERT ON {s}.premises
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_rows();
CREATE TRIGGER z_audit_update AFTER UPDATE ON {s}.premises
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_rows();
CREATE TRIGGER z_audit_delete AFTER DELETE ON {s}.premises
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_rows();
CREATE TRIGGER a0_protect BEFORE UPDATE OR DELETE ON {s}.audit_log
    FOR EACH ROW EXECUTE FUNCTION {s}.refuse_audit_change();
CREATE TRIGGER a0_protect_truncate BEFORE TRUNCATE ON {s}.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_audit_change();
"""

# Row-level security: everyone who may read sees every row; writes are checked
# against the scope. UPDATE and DELETE keep USING (true): a filter there would
# turn an out-of-scope write into a silent "0 rows", so the a1_scope trigger
# refuses it with a message instead, and WITH CHECK guards the new rows.
POLICIES = """
ALTER TABLE {s}.agency_presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {s}.agency_presence FOR SELECT USING (true);
CREATE POLICY insert_in_scope ON {s}.agency_presence FOR INSERT
    WITH CHECK ({s}.scope_allows(agency, {s}.municipality_of(premises_id), false));
CREATE POLICY update_in_scope ON {s}.agency_presence FOR UPDATE USING (true)
    WITH CHECK ({s}.scope_allows(agency, {s}.municipality_of(premises_id), false));
CREATE POLICY delete_checked_by_trigger ON {s}.agency_presence FOR DELETE USING (true);
ALTER TABLE {s}.premises ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON {s}.premises FOR SELECT USING (true);
CREATE POLICY insert_in_scope ON {s}.premises FOR INSERT
    WITH CHECK ({s}.scope_allows(NULL, municipality_code, true));
CREATE POLICY update_in_scope ON {s}.premises FOR UPDATE USING (true)
    WITH CHECK ({s}.scope_allows(NULL, municipality_code, true));
CREATE POLICY delete_checked_by_trigger ON {s}.premises FOR DELETE USING (true);
"""

# Readers hold the write privileges on the two edited tables too, so that a
# reader's write reaches the a1_scope trigger and is refused with a message
# that names what is missing; without an editor scope no write passes.
GRANTS = """
REVOKE ALL ON SCHEMA {s} FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC;
GRANT USAGE ON SCHEMA {s} TO {s}_reader, {s}_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {s}_reader, {s}_editor;
GRANT INSERT, UPDATE, DELETE ON {s}.premises, {s}.agency_presence TO {s}_reader, {s}_editor;
GRANT USAGE ON SEQUENCE {s}.premises_fid_seq, {s}.agency_presence_fid_seq TO {s}_reader, {s}_editor;
GRANT EXECUTE ON FUNCTION {s}.is_owner(), {s}.scope_allows(text, text, boolean), {s}.municipality_of(text),
    {s}.refuse_scope(text, text, text) TO {s}_reader, {s}_editor;
"""


def schema_script(schema: str, postgis_schema: str, crs: int, overwrite: bool) -> str:
    """The whole schema as one script (run as one transaction), without the seed rows."""
    parts = [f"DROP SCHEMA IF EXISTS {schema} CASCADE;" if overwrite else "",
             f"CREATE SCHEMA {schema};", ROLES, TABLES, SCOPE_FUNCTIONS, VERSION_FUNCTION,
             CHECK_FUNCTIONS, AUDIT_FUNCTIONS, TRIGGERS, POLICIES, GRANTS]
    text = "\n".join(parts)
    return text.replace("{s}", schema).replace("{g}", postgis_schema).replace("{crs}", str(crs))
