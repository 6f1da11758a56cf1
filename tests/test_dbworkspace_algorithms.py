# SPDX-License-Identifier: GPL-2.0-or-later
"""createdbworkspace and grantscope through Processing and qgis_process, on a real PostgreSQL."""
from __future__ import annotations

import json
import os
import site
import subprocess
from pathlib import Path

import pytest
from pg_server import login_role
from qgis.core import QgsProcessingException, QgsProviderRegistry

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
QGIS_SITE = ROOT / "build" / "qgis-site"
PKGROOT = ROOT / "build" / "pkgroot"


@pytest.fixture
def saved_connection(qgis_app, pg_server, pg_database):
    """The test database saved as the QGIS connection 'planning' (as planner_admin)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(pg_server.uri(pg_database, "planner_admin"), {"saveUsername": True})
    metadata.saveConnection(connection, "planning")
    yield "planning"
    metadata.deleteConnection("planning")


def test_create_from_a_saved_connection_then_grant(provider, pg_server, pg_database, saved_connection):
    import processing

    result = processing.run("palveluverkko:createdbworkspace", {"CONNECTION": saved_connection, "SCHEMA": "pv"})
    assert result == {"SCHEMA": "pv", "SCHEMA_VERSION": 1}
    assert pg_server.execute("SELECT count(*) FROM pv.agencies", pg_database) == [(12,)]
    with pytest.raises(QgsProcessingException, match="The schema pv already exists in the database"):
        processing.run("palveluverkko:createdbworkspace", {"CONNECTION": saved_connection, "SCHEMA": "pv"})
    login_role(pg_server, "kela_lahti")
    granted = processing.run("palveluverkko:grantscope", {
        "CONNECTION": saved_connection, "SCHEMA": "pv", "ROLE": "kela_lahti", "AGENCIES": "kela, vero",
        "MUNICIPALITIES": "398", "CAN_EDIT_PREMISES": True})
    assert granted == {"SCOPE_ROWS": 2}
    assert pg_server.execute("SELECT role, agency, municipality_code, can_edit_premises FROM pv.editor_scope "
                             "ORDER BY agency", pg_database) == [("kela_lahti", "KELA", "398", True),
                                                                ("kela_lahti", "VERO", "398", True)]
    revoked = processing.run("palveluverkko:grantscope", {
        "CONNECTION": saved_connection, "SCHEMA": "pv", "ROLE": "kela_lahti", "REVOKE": True})
    assert revoked == {"SCOPE_ROWS": 0}
    assert pg_server.execute("SELECT pg_has_role('kela_lahti', 'pv_editor', 'MEMBER')", pg_database) == [(False,)]


def test_create_from_a_connection_string_overwrites_only_when_asked(provider, pg_server, pg_database):
    import processing

    uri = pg_server.uri(pg_database, "planner_admin")
    processing.run("palveluverkko:createdbworkspace", {"CONNECTION": uri})
    pg_server.execute("INSERT INTO palveluverkko.premises (premises_id) VALUES ('keep')", pg_database)
    with pytest.raises(QgsProcessingException, match="allow overwriting it"):
        processing.run("palveluverkko:createdbworkspace", {"CONNECTION": uri, "OVERWRITE": False})
    assert pg_server.execute("SELECT premises_id FROM palveluverkko.premises", pg_database) == [("keep",)]
    assert processing.run("palveluverkko:createdbworkspace", {"CONNECTION": uri, "OVERWRITE": True})[
        "SCHEMA"] == "palveluverkko"
    assert pg_server.execute("SELECT count(*) FROM palveluverkko.premises", pg_database) == [(0,)]
    with pytest.raises(QgsProcessingException, match="cannot be a workspace schema"):
        processing.run("palveluverkko:createdbworkspace", {"CONNECTION": uri, "SCHEMA": "Bad Name"})
    with pytest.raises(QgsProcessingException, match="There is no saved PostgreSQL connection named 'nowhere'"):
        processing.run("palveluverkko:createdbworkspace", {"CONNECTION": "nowhere"})


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
@pytest.mark.skipif(not QGIS_SITE.is_dir(), reason="build/qgis-site missing: run make setup (scripts/qgis_site.sh)")
def test_qgis_process_with_a_libpq_string(provider, pg_server, pg_database, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PKGROOT),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join([str(QGIS_SITE), *site.getsitepackages()]))

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)

    assert qgis_process("plugins", "enable", "palveluverkko").returncode == 0
    uri = f"host={pg_server.socket_dir} port={pg_server.port} dbname={pg_database} user=planner_admin"
    done = qgis_process("run", "palveluverkko:createdbworkspace", "--json", "--", f"CONNECTION={uri}",
                        "SCHEMA=shared")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["results"] == {"SCHEMA": "shared", "SCHEMA_VERSION": 1}
    assert pg_server.execute("SELECT value FROM shared.palveluverkko_meta WHERE key = 'schema_version'",
                             pg_database) == [("1",)]
