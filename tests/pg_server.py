# SPDX-License-Identifier: GPL-2.0-or-later
"""A throwaway PostgreSQL + PostGIS cluster for the database workspace tests.

``initdb`` in a temporary folder (as the ``postgres`` user when the tests run
as root: the server refuses to run as root), listening only on a Unix socket
in that folder, trust authentication for local connections (every test role
logs in without a password), stopped and removed at the end of the session.
The server runs as a child of the test process and gets SIGINT when that process
dies, so a killed test run leaves no server behind.
Tests that need it skip with the reason when it cannot start.
"""
from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass

import pytest

PORT = 5432  # only the socket file name .s.PGSQL.<port>; nothing listens on TCP


@dataclass
class PgServer:
    """A running cluster: its socket folder, port and superuser."""

    socket_dir: str
    port: int
    superuser: str

    def uri(self, dbname: str = "postgres", user: str = "") -> str:
        """A libpq connection string (QGIS accepts it as a postgres provider URI)."""
        return f"dbname='{dbname}' host={self.socket_dir} port={self.port} user='{user or self.superuser}'"

    def connect(self, dbname: str = "postgres", user: str = ""):
        """A psycopg2 connection (autocommit) as ``user``."""
        import psycopg2

        connection = psycopg2.connect(dbname=dbname, host=self.socket_dir, port=self.port,
                                      user=user or self.superuser)
        connection.autocommit = True
        return connection

    def execute(self, sql: str, dbname: str = "postgres", user: str = ""):
        """Run ``sql`` on a fresh connection; the rows of the last statement, or None."""
        connection = self.connect(dbname, user)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()


def postgres_bin() -> str:
    """The bin folder of the newest PostgreSQL server installed that has PostGIS; '' when none."""
    found = []
    for folder in glob.glob("/usr/lib/postgresql/*/bin"):
        major = os.path.basename(os.path.dirname(folder))
        has_postgis = glob.glob(f"/usr/share/postgresql/{major}/extension/postgis.control")
        if re.fullmatch(r"\d+", major) and os.path.exists(os.path.join(folder, "initdb")) and has_postgis:
            found.append((int(major), folder))
    return max(found)[1] if found else ""


def _as_server_user(command):
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start_server(base: str) -> PgServer:
    """initdb + the server in ``base``, as a child of this process that dies with it (even when the test run is
    killed); raise RuntimeError with the reason on failure."""
    bin_dir = postgres_bin()
    if not bin_dir:
        raise RuntimeError("no PostgreSQL server with PostGIS is installed (apt-get install postgresql "
                           "postgresql-15-postgis-3, or run make setup as root)")
    account = None
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError as error:
            raise RuntimeError("running as root and there is no postgres user to run the server") from error
        os.chown(base, account.pw_uid, account.pw_gid)
        superuser = "postgres"
    else:
        superuser = pwd.getpwuid(os.geteuid()).pw_name
    data = os.path.join(base, "data")
    _run([os.path.join(bin_dir, "initdb"), "-D", data, "-U", superuser, "--auth=trust",
          "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    log = open(os.path.join(base, "server.log"), "wb")
    _SERVERS[base] = subprocess.Popen(
        [os.path.join(bin_dir, "postgres"), "-D", data, "-k", base, "-p", str(PORT), "-c", "listen_addresses=",
         "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "max_connections=60",
         "-c", "TimeZone=Europe/Helsinki"],
        stdout=log, stderr=subprocess.STDOUT, preexec_fn=lambda: _server_child(account))
    log.close()
    _wait_until_ready(base, bin_dir, superuser)
    return PgServer(socket_dir=base, port=PORT, superuser=superuser)


_SERVERS: dict = {}  # base folder -> the server process


def _server_child(account) -> None:
    """In the server's process before exec: the postgres user (the server refuses root), then SIGINT (a fast
    shutdown) when the test process dies (set last: a change of user clears it)."""
    if account is not None:
        os.setgid(account.pw_gid)
        os.setuid(account.pw_uid)
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGINT)  # PR_SET_PDEATHSIG


def _wait_until_ready(base: str, bin_dir: str, superuser: str, seconds: float = 60.0) -> None:
    process = _SERVERS[base]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        ready = subprocess.run([os.path.join(bin_dir, "pg_isready"), "-q", "-h", base, "-p", str(PORT),
                                "-U", superuser], check=False)
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    with open(os.path.join(base, "server.log"), encoding="utf-8", errors="replace") as handle:
        tail = handle.read()[-2000:]
    raise RuntimeError(f"postgres did not start: {tail}".strip())


def stop_server(base: str) -> None:
    process = _SERVERS.pop(base, None)
    if process is not None and process.poll() is None:
        process.send_signal(signal.SIGINT)  # fast shutdown
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    shutil.rmtree(base, ignore_errors=True)


def _run(command, log: str = "") -> None:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = ""
        if log and os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as handle:
                tail = handle.read()[-2000:]
        raise RuntimeError(f"{os.path.basename(command[0])} failed: {result.stderr.strip()} {tail}".strip())


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL cluster (skips the test when it cannot start)."""
    base = tempfile.mkdtemp(prefix="pvpg-")
    try:
        server = start_server(base)
    except (RuntimeError, OSError) as error:
        stop_server(base)
        pytest.skip(f"PostgreSQL test server could not start: {error}")
    try:
        yield server
    finally:
        stop_server(base)


_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture
def pg_database(pg_server):
    """A fresh database with PostGIS, and the role ``planner_admin`` (CREATEROLE) owning it.

    Returns the database name; ``pg_server.uri(db, "planner_admin")`` connects as its owner.
    """
    name = f"pv_test_{next(_DATABASES)}"
    pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planner_admin') "
                      "THEN CREATE ROLE planner_admin LOGIN CREATEROLE; END IF; END $$")
    pg_server.execute(f"CREATE DATABASE {name} OWNER planner_admin")
    pg_server.execute("CREATE EXTENSION postgis", dbname=name)
    yield name
    pg_server.execute(f"DROP DATABASE {name} WITH (FORCE)")
    # The group roles are cluster-wide: drop them with the database so that
    # no membership granted by one test is seen by the next.
    for (role,) in pg_server.execute("SELECT rolname FROM pg_roles WHERE rolname ~ '_(reader|editor)$'"):
        pg_server.execute(f'DROP ROLE "{role}"')


def login_role(server: PgServer, name: str) -> str:
    """The login role ``name`` (made once per session; no password: trust authentication)."""
    server.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
                   f"THEN CREATE ROLE {name} LOGIN; END IF; END $$")
    return name
