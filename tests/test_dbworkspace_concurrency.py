# SPDX-License-Identifier: GPL-2.0-or-later
"""8 writers, each on its own connection and role, 2,000 presence edits each on overlapping rows.

Every edit sends the row_version its writer read; a stale one is refused.
At the end the table equals the replay of the audit log, no row is lost or
duplicated, every accepted edit is in the log exactly once under its writer's
role, and every refused edit was reported to its writer (and is not in the log).
"""
from __future__ import annotations

import random
import threading

import psycopg2
from pg_server import login_role

from palveluverkko.core.presence import postgis

S = "palveluverkko"
WRITERS = 8
EDITS = 2000
PREMISES = 25
AGENCIES = ("KELA", "VERO", "MML", "DVV")


def _writer(server, database, role, number, fids, outcome):
    rng = random.Random(number)
    accepted, refused, other = [], [], []
    connection = server.connect(database, role)
    try:
        with connection.cursor() as cursor:
            for edit in range(EDITS):
                fid = rng.choice(fids)
                cursor.execute(f"SELECT row_version FROM {S}.agency_presence WHERE fid = %s", (fid,))
                version = cursor.fetchone()[0]
                value = number * 1_000_000 + edit  # unique per writer and edit
                try:
                    cursor.execute(f"UPDATE {S}.agency_presence SET annual_visits = %s, row_version = %s "
                                   "WHERE fid = %s", (value, version, fid))
                    (accepted if cursor.rowcount == 1 else other).append((fid, value))
                except psycopg2.Error as error:
                    message = error.diag.message_primary or ""
                    (refused if "after you loaded it; reload the layer" in message else other).append(
                        (fid, value, message))
    finally:
        connection.close()
    outcome[role] = (accepted, refused, other)


def _replay(log):
    """The rows as the audit log tells them: the last new values of each row key."""
    rows = {}
    for action, key, new in log:
        if action == "DELETE":
            rows.pop(key, None)
        else:
            rows[key] = new
    return rows


def test_eight_writers_no_lost_update(qgis_app, pg_server, pg_database):
    admin = postgis.connection(pg_server.uri(pg_database, "planner_admin"))
    postgis.create_db_workspace(admin, S)
    roles = [login_role(pg_server, f"writer_{n}") for n in range(WRITERS)]
    for role in roles:
        postgis.grant_scope(admin, S, role, [], ["398"])
    pg_server.execute(f"INSERT INTO {S}.premises (premises_id, municipality_code) SELECT 'P' || i, '398' "
                      f"FROM generate_series(1, {PREMISES}) i", pg_database)
    pg_server.execute(f"INSERT INTO {S}.agency_presence (premises_id, agency, mode, annual_visits) "
                      f"SELECT 'P' || i, a, 'staff', 0 FROM generate_series(1, {PREMISES}) i, "
                      f"unnest(ARRAY{list(AGENCIES)}) a", pg_database)
    fids = [r[0] for r in pg_server.execute(f"SELECT fid FROM {S}.agency_presence", pg_database)]
    outcome = {}
    threads = [threading.Thread(target=_writer, args=(pg_server, pg_database, role, n, fids, outcome))
               for n, role in enumerate(roles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcome) == sorted(roles)
    for role, (accepted, refused, other) in outcome.items():
        assert other == [], (role, other[:3])  # every write either passed or was refused as stale
        assert len(accepted) + len(refused) == EDITS
    total_refused = sum(len(o[1]) for o in outcome.values())
    assert total_refused > 0  # the writers did overlap

    table = pg_server.execute(f"SELECT fid, premises_id, agency, mode, annual_visits, row_version "
                              f"FROM {S}.agency_presence ORDER BY fid", pg_database)
    assert len(table) == len(fids) == PREMISES * len(AGENCIES)
    assert len({(r[1], r[2]) for r in table}) == len(table)
    log = pg_server.execute(f"SELECT action, row_key, new FROM {S}.audit_log WHERE table_name = 'agency_presence' "
                            "ORDER BY id", pg_database)
    replayed = _replay(log)
    assert {int(k): (v["premises_id"], v["agency"], v["mode"], v["annual_visits"], v["row_version"])
            for k, v in replayed.items()} == {r[0]: r[1:] for r in table}
    updates = pg_server.execute(f"SELECT role, (row_key)::int, (new->>'annual_visits')::bigint FROM {S}.audit_log "
                                "WHERE action = 'UPDATE' ORDER BY id", pg_database)
    for role, (accepted, refused, _other) in outcome.items():
        logged = sorted((fid, value) for who, fid, value in updates if who == role)
        assert logged == sorted(accepted)
        refused_values = {value for _fid, value, _message in refused}
        assert not refused_values & {value for _who, _fid, value in updates}
    # Versions: each row's version is 1 + the number of its accepted updates.
    per_row = {}
    for _who, fid, _value in updates:
        per_row[fid] = per_row.get(fid, 0) + 1
    assert {r[0]: r[5] for r in table} == {fid: 1 + per_row.get(fid, 0) for fid in fids}
