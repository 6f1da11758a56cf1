# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:importpresence and palveluverkko:presencematrix."""
from __future__ import annotations

import csv
import datetime as dt
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from presence_data import PREMISES, PRESENCE, fill, layer_rows, presence_rows
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from palveluverkko.core.presence import agencies
from palveluverkko.core.presence import workspace as ws

CSV = """premises_id,Agency,MODE,days_per_week,annual_visits,notes
LAH-1,kela,staff,4,11000,
LAH-2,Vero,Appointment,,,new
XXX-9,KELA,staff,5,,
LAH-2,NOPE,staff,5,,
LAH-2,MML,walk-in,,,
LAH-2,DVV,staff,7,,
LAH-2,vero,remote,,,
JNS-1,TE,staff,2,,
LPR-1,DVV,remote,abc,,
LPR-1,MIGRI,staff,2,-5,
XXX-9,NOPE,bad,9,,
JNS-1,migri,staff,1,300,moved in
"""
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
PKGROOT = Path(__file__).resolve().parent.parent / "build" / "pkgroot"
REJECTED = [
    ("XXX-9", "KELA", "unknown premises"),
    ("LAH-2", "NOPE", "unknown agency"),
    ("LAH-2", "MML", "bad mode"),
    ("LAH-2", "DVV", "days out of range"),
    ("LAH-2", "vero", "duplicate"),
    ("LPR-1", "DVV", "days out of range"),
    ("LPR-1", "MIGRI", "bad annual_visits"),
    ("XXX-9", "NOPE", "unknown premises; unknown agency; bad mode; days out of range"),
]


@pytest.fixture
def filled(workspace, tmp_path):
    fill(workspace)
    csv_path = tmp_path / "presence.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    return workspace, str(csv_path)


def _run(provider, params):
    import processing

    return processing.run("palveluverkko:importpresence", params)


def _expected_after_import():
    rows = {(r[0], r[1]): r for r in PRESENCE}
    rows[("LAH-1", "KELA")] = ("LAH-1", "KELA", "staff", 4, 11000, None)
    rows[("LAH-2", "VERO")] = ("LAH-2", "VERO", "appointment", None, None, "new")
    rows[("JNS-1", "TE")] = ("JNS-1", "TE", "staff", 2, None, None)
    rows[("JNS-1", "MIGRI")] = ("JNS-1", "MIGRI", "staff", 1, 300, "moved in")
    return sorted(rows.values(), key=lambda r: r[:2])


def test_import_good_and_bad_rows(provider, filled):
    workspace, csv_path = filled
    result = _run(provider, {"INPUT": csv_path, "TARGET": ws.layer_uri(workspace, ws.PRESENCE),
                             "OUTPUT_REJECTED": "memory:"})
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (2, 2, 8)
    assert presence_rows(workspace) == _expected_after_import()
    rejected = result["OUTPUT_REJECTED"]
    if isinstance(rejected, str):
        from qgis.core import QgsProcessingUtils
        rejected = QgsProcessingUtils.mapLayerFromString(rejected, None)
    names = [f.name() for f in rejected.fields()]
    assert names[-1] == "reason" and "premises_id" in names and "Agency" in names
    got = [(f["premises_id"], f["Agency"], f["reason"]) for f in rejected.getFeatures()]
    assert got == REJECTED
    # a second run: the rows now exist, so the good ones are updates and nothing is inserted
    again = _run(provider, {"INPUT": csv_path, "TARGET": ws.layer_uri(workspace, ws.PRESENCE),
                            "OUTPUT_REJECTED": "memory:"})
    assert (again["INSERTED"], again["UPDATED"], again["REJECTED"]) == (0, 4, 8)
    assert presence_rows(workspace) == _expected_after_import()


def test_import_is_all_or_nothing(provider, filled):
    workspace, csv_path = filled
    before = presence_rows(workspace)
    with sqlite3.connect(workspace) as connection:  # a database rule the checks do not know about
        connection.execute("CREATE TRIGGER no_te BEFORE INSERT ON agency_presence WHEN NEW.agency = 'TE' "
                           "BEGIN SELECT RAISE(ABORT, 'TE is closed'); END")
    with pytest.raises(QgsProcessingException, match="TE is closed"):
        _run(provider, {"INPUT": csv_path, "TARGET": ws.layer_uri(workspace, ws.PRESENCE),
                        "OUTPUT_REJECTED": "memory:"})
    assert presence_rows(workspace) == before  # the updates made before the failing insert are rolled back


def test_import_into_layer_being_edited_is_one_undo_step(provider, filled, qgis_new_project):
    workspace, csv_path = filled
    before = presence_rows(workspace)
    target = QgsVectorLayer(ws.layer_uri(workspace, ws.PRESENCE), ws.PRESENCE, "ogr")
    QgsProject.instance().addMapLayer(target)
    target.startEditing()
    result = _run(provider, {"INPUT": csv_path, "TARGET": target, "OUTPUT_REJECTED": "memory:"})
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (2, 2, 8)
    assert target.isEditable() and target.undoStack().count() == 1
    assert layer_rows(target) == _expected_after_import()
    assert presence_rows(workspace) == before  # not committed behind the user's back
    target.undoStack().undo()
    assert layer_rows(target) == before
    target.rollBack()


def test_import_refuses_read_only_and_bad_tables(provider, filled, tmp_path, qgis_new_project):
    workspace, csv_path = filled
    target = QgsVectorLayer(ws.layer_uri(workspace, ws.PRESENCE), ws.PRESENCE, "ogr")
    target.setReadOnly(True)
    QgsProject.instance().addMapLayer(target)
    with pytest.raises(QgsProcessingException, match="is read-only"):
        _run(provider, {"INPUT": csv_path, "TARGET": target, "OUTPUT_REJECTED": "memory:"})
    QgsProject.instance().removeAllMapLayers()
    bad = tmp_path / "bad.csv"
    bad.write_text("premises,agency\nLAH-1,KELA\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="The input table has no field.s. premises_id, mode."):
        _run(provider, {"INPUT": str(bad), "TARGET": ws.layer_uri(workspace, ws.PRESENCE),
                        "OUTPUT_REJECTED": "memory:"})
    memory = QgsVectorLayer("None?field=premises_id:string&field=agency:string&field=mode:string"
                            "&field=days_per_week:double&field=annual_visits:integer", "mem", "memory")
    with pytest.raises(QgsProcessingException, match="Give the PREMISES layer"):
        _run(provider, {"INPUT": csv_path, "TARGET": memory, "OUTPUT_REJECTED": "memory:"})
    premises = QgsVectorLayer(ws.layer_uri(workspace, ws.PREMISES), ws.PREMISES, "ogr")
    result = _run(provider, {"INPUT": csv_path, "TARGET": memory, "PREMISES": premises, "OUTPUT_REJECTED": "memory:"})
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (4, 0, 8)
    assert not memory.isEditable()
    assert [f["agency"] for f in memory.getFeatures()] == ["KELA", "VERO", "TE", "MIGRI"]
    assert presence_rows(workspace) == sorted(PRESENCE, key=lambda r: r[:2])


def test_presence_matrix_cell_by_cell(provider, workspace):
    import processing

    fill(workspace, presence=PRESENCE + [("LPR-1", "TE", "appointment", None, None, None)])
    result = processing.run("palveluverkko:presencematrix", {
        "PREMISES": ws.layer_uri(workspace, ws.PREMISES), "PRESENCE": ws.layer_uri(workspace, ws.PRESENCE),
        "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    if isinstance(out, str):
        from qgis.core import QgsProcessingUtils
        out = QgsProcessingUtils.mapLayerFromString(out, None)
    valid = [a.code for a in agencies.valid_on(agencies.read_seed(), dt.date.today())]
    extra = sorted(({r[1] for r in PRESENCE} | {"TE"}) - set(valid))
    assert [f.name() for f in out.fields()] == ["premises_id", "name", *valid, *extra, "agencies_total"]
    assert out.wkbType() == 100  # no geometry
    modes = {(r[0], r[1]): r[2] for r in PRESENCE + [("LPR-1", "TE", "appointment")]}
    rows = list(out.getFeatures())
    assert [f["premises_id"] for f in rows] == [p[0] for p in PREMISES]
    for feature, premises in zip(rows, PREMISES):
        assert feature["name"] == premises[1]
        for code in valid + extra:
            value = feature[code]
            value = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
            assert value == modes.get((premises[0], code)), (premises[0], code)
        assert feature["agencies_total"] == sum(1 for key in modes if key[0] == premises[0])
    assert [f["agencies_total"] for f in rows] == [2, 0, 3, 1]


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
def test_import_and_matrix_in_qgis_process(filled, tmp_path):
    """Both algorithms run from the command line (the checkout as the plugin, via build/pkgroot)."""
    workspace, csv_path = filled
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PKGROOT),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"))
    env.pop("PYTHONPATH", None)

    def qgis_process(*args):
        done = subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=180,
                              cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
        return done

    qgis_process("plugins", "enable", "palveluverkko")
    rejected = tmp_path / "rejected.csv"
    run = qgis_process("run", "palveluverkko:importpresence", "--", f"INPUT={csv_path}",
                       f"TARGET={workspace}|layername=agency_presence", f"OUTPUT_REJECTED={rejected}")
    assert "INSERTED:\t2" in run.stdout and "UPDATED:\t2" in run.stdout and "REJECTED:\t8" in run.stdout
    with open(rejected, encoding="utf-8") as handle:
        assert [row["reason"] for row in csv.DictReader(handle)] == [r[2] for r in REJECTED]
    assert presence_rows(workspace) == _expected_after_import()
    wide = tmp_path / "wide.csv"
    qgis_process("run", "palveluverkko:presencematrix", "--", f"PREMISES={workspace}|layername=premises",
                 f"PRESENCE={workspace}|layername=agency_presence", f"OUTPUT={wide}")
    with open(wide, encoding="utf-8") as handle:
        rows = {row["premises_id"]: row for row in csv.DictReader(handle)}
    assert rows["JNS-1"]["MIGRI"] == "staff" and rows["JNS-1"]["TE"] == "staff"
    assert rows["LAH-2"]["VERO"] == "appointment" and rows["LPR-1"]["KELA"] == ""
    assert {pid: int(row["agencies_total"]) for pid, row in rows.items()} == {"LAH-1": 2, "LAH-2": 1, "JNS-1": 4,
                                                                             "LPR-1": 0}
