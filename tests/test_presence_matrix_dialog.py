# SPDX-License-Identifier: GPL-2.0-or-later
"""The presence matrix dialog, driven with qtbot on a real GeoPackage workspace."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from presence_data import PRESENCE, fill, layer_rows, presence_rows
from qgis.core import QgsFeature, QgsProject
from qgis.PyQt.QtCore import Qt

from palveluverkko.core.presence import agencies
from palveluverkko.core.presence import workspace as ws
from palveluverkko.core.presence.project import add_workspace_to_project
from palveluverkko.dialogs.presence_matrix import PresenceMatrixDialog
from palveluverkko.dialogs.presence_matrix_model import FIXED_COLUMNS

COMMITTED = sorted(PRESENCE, key=lambda r: r[:2])
VALID = [a.code for a in agencies.valid_on(agencies.read_seed(), dt.date.today())]


@pytest.fixture
def layers(workspace, qgis_new_project):
    fill(workspace)
    return add_workspace_to_project(workspace, QgsProject.instance())


@pytest.fixture
def dialog(layers, qtbot):
    widget = PresenceMatrixDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _cell(dialog, premises_id, code):
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == premises_id)
    return model.index(row, FIXED_COLUMNS + model.codes.index(code))


def _click(qtbot, dialog, premises_id, code, modifier=Qt.NoModifier):
    view = dialog.matrixView
    rect = view.visualRect(_cell(dialog, premises_id, code))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, modifier, rect.center())


def _text(dialog, premises_id, code):
    return dialog.model.data(_cell(dialog, premises_id, code))


def test_cells_totals_filters_and_sorting(dialog, qtbot):
    model = dialog.model
    assert model.codes == VALID + ["KUNTA"]
    assert model.rowCount() == 4 and model.columnCount() == FIXED_COLUMNS + len(VALID) + 1 + 1
    assert _text(dialog, "JNS-1", "MIGRI") == "R 0"
    assert _text(dialog, "LAH-1", "VERO") == "A"
    assert _text(dialog, "LAH-1", "KELA") == "S 5"
    assert _text(dialog, "LAH-2", "KELA") is None
    assert model.headerData(FIXED_COLUMNS, Qt.Horizontal) == "KELA\n2"
    total_column = model.columnCount() - 1
    assert model.headerData(total_column, Qt.Horizontal) == "Total\n5"
    totals = {model.data(model.index(r, 0)): model.data(model.index(r, total_column)) for r in range(4)}
    assert totals == {"LAH-1": 2, "LAH-2": 0, "JNS-1": 3, "LPR-1": 0}
    dialog.municipalityCombo.setCurrentIndex(dialog.municipalityCombo.findData("398"))
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["LAH-1", "LAH-2"]
    assert model.headerData(FIXED_COLUMNS, Qt.Horizontal) == "KELA\n1"
    qtbot.keyClicks(dialog.nameFilterEdit, "KIRKKO")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["LAH-2"]
    assert dialog.statusLabel.text().startswith("1 of 4 premises shown.")
    dialog.municipalityCombo.setCurrentIndex(0)
    dialog.nameFilterEdit.clear()
    dialog.matrixView.sortByColumn(total_column, Qt.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(4)] == ["JNS-1", "LAH-1", "LAH-2", "LPR-1"]
    dialog.matrixView.sortByColumn(1, Qt.AscendingOrder)  # by name
    assert [model.data(model.index(r, 1)) for r in range(4)] == sorted(model.data(model.index(r, 1)) for r in range(4))


def test_bulk_set_and_clear_are_one_undo_step_each(dialog, qtbot, layers, workspace):
    presence = layers[ws.PRESENCE]
    _click(qtbot, dialog, "LAH-2", "KELA")
    _click(qtbot, dialog, "LAH-2", "VERO", Qt.ControlModifier)
    _click(qtbot, dialog, "LAH-1", "VERO", Qt.ControlModifier)
    assert sorted(dialog.selected_keys()) == [("LAH-1", "VERO"), ("LAH-2", "KELA"), ("LAH-2", "VERO")]
    dialog.bulkModeCombo.setCurrentIndex(dialog.bulkModeCombo.findData("staff"))
    dialog.bulkDaysSpin.setValue(3)
    qtbot.mouseClick(dialog.setButton, Qt.LeftButton)
    assert presence.undoStack().count() == 1 and presence.isEditable()
    rows = {r[:2]: r for r in layer_rows(presence)}
    assert rows[("LAH-2", "KELA")] == ("LAH-2", "KELA", "staff", 3, None, None)
    assert rows[("LAH-2", "VERO")] == ("LAH-2", "VERO", "staff", 3, None, None)
    assert rows[("LAH-1", "VERO")] == ("LAH-1", "VERO", "staff", 3, 800, "by appointment on Tuesdays")
    assert _text(dialog, "LAH-2", "VERO") == "S 3" and _text(dialog, "LAH-1", "VERO") == "S 3"
    assert dialog.model.headerData(FIXED_COLUMNS, Qt.Horizontal) == "KELA\n3"
    assert sorted(dialog.selected_keys()) == [("LAH-1", "VERO"), ("LAH-2", "KELA"), ("LAH-2", "VERO")]
    assert presence_rows(workspace) == COMMITTED
    presence.undoStack().undo()
    qtbot.wait(10)
    dialog.watcher.flush()
    assert layer_rows(presence) == COMMITTED
    assert _text(dialog, "LAH-2", "VERO") is None and _text(dialog, "LAH-1", "VERO") == "A"
    _click(qtbot, dialog, "JNS-1", "KELA")
    _click(qtbot, dialog, "JNS-1", "KUNTA", Qt.ControlModifier)
    _click(qtbot, dialog, "LPR-1", "KELA", Qt.ControlModifier)  # empty: nothing to clear
    qtbot.mouseClick(dialog.clearButton, Qt.LeftButton)
    assert presence.undoStack().count() == 1  # the undone set was replaced by the clear
    assert layer_rows(presence) == [r for r in COMMITTED if r[:2] not in {("JNS-1", "KELA"), ("JNS-1", "KUNTA")}]
    assert _text(dialog, "JNS-1", "KELA") is None
    assert "KUNTA" in dialog.model.codes  # the column stays until the matrix is reloaded


def test_follows_edits_made_elsewhere(dialog, qtbot, layers):
    presence = layers[ws.PRESENCE]
    presence.startEditing()
    feature = QgsFeature(presence.fields())
    for name, value in (("premises_id", "LPR-1"), ("agency", "DVV"), ("mode", "appointment")):
        feature.setAttribute(name, value)
    presence.addFeature(feature)
    feature = QgsFeature(presence.fields())
    for name, value in (("premises_id", "LPR-1"), ("agency", "SOTE"), ("mode", "remote")):
        feature.setAttribute(name, value)
    presence.addFeature(feature)  # a new code: a new column
    qtbot.wait(10)
    dialog.watcher.flush()
    assert _text(dialog, "LPR-1", "DVV") == "A" and _text(dialog, "LPR-1", "SOTE") == "R"
    assert dialog.model.codes[-2:] == ["KUNTA", "SOTE"]
    presence.rollBack()
    qtbot.wait(10)
    dialog.watcher.flush()
    assert _text(dialog, "LPR-1", "DVV") is None


def test_read_only_layer(dialog, qtbot, layers):
    layers[ws.PRESENCE].setReadOnly(True)
    qtbot.wait(10)
    dialog.watcher.flush()
    _click(qtbot, dialog, "LAH-2", "KELA")
    assert dialog.statusLabel.text().startswith("The layer agency_presence is read-only")
    assert not dialog.setButton.isEnabled() and not dialog.clearButton.isEnabled()
    assert not dialog.set_selected("staff")
    assert layers[ws.PRESENCE].undoStack().count() == 0


def test_opens_2000_premises_by_15_agencies(workspace, qgis_new_project, qtbot, capsys):
    rng = random.Random(5)
    codes = [a.code for a in agencies.read_seed()] + ["KUNTA", "SOTE", "SEURAKUNTA"]
    premises = [(f"P{i:04d}", f"Toimitila {i}", f"{rng.randrange(1, 999):03d}", 300000.0 + i, 6800000.0 + i)
                for i in range(2000)]
    presence = [(pid, code, rng.choice(ws.MODES), rng.choice([None, 1, 2, 5]), None, None)
                for pid, *_rest in premises for code in codes if rng.random() < 0.4]
    fill(workspace, premises, presence)
    add_workspace_to_project(workspace, QgsProject.instance())
    dialog = PresenceMatrixDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2000 and len(dialog.model.codes) == 15
    assert sum(dialog.model.agency_totals.values()) == len(presence)
    with capsys.disabled():
        print(f"\npresence matrix 2000 x 15 ({len(presence)} presence rows) loaded in {dialog.load_seconds:.3f} s")


def test_follows_an_import_into_the_project_layer(dialog, qtbot, layers, provider, tmp_path, workspace):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    class Feedback(QgsProcessingFeedback):
        warnings: list = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    csv_path = tmp_path / "more.csv"
    csv_path.write_text("premises_id,agency,mode,days_per_week\nLPR-1,mml,staff,2\nLPR-1,te,remote,\n",
                        encoding="utf-8")
    feedback = Feedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("palveluverkko:importpresence", {
        "INPUT": str(csv_path), "TARGET": layers[ws.PRESENCE], "OUTPUT_REJECTED": "memory:"},
        context=context, feedback=feedback)
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (2, 0, 0)
    assert feedback.warnings == ["The agency TE ended on 2024-12-31 in the registry; its rows were imported anyway."]
    assert not layers[ws.PRESENCE].isEditable()  # written in one transaction, nothing left in a buffer
    assert ("LPR-1", "MML", "staff", 2, None, None) in presence_rows(workspace)
    qtbot.wait(10)
    dialog.watcher.flush()
    assert _text(dialog, "LPR-1", "MML") == "S 2" and _text(dialog, "LPR-1", "TE") == "R"
