# SPDX-License-Identifier: GPL-2.0-or-later
"""The presence editor dock, driven with qtbot on a real GeoPackage workspace."""
from __future__ import annotations

import datetime as dt

import pytest
from presence_data import PRESENCE, fill, layer_rows, presence_rows
from qgis.core import QgsProject
from qgis.gui import QgsMapToolIdentifyFeature
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox

from palveluverkko.core.presence import agencies
from palveluverkko.core.presence import workspace as ws
from palveluverkko.core.presence.project import add_workspace_to_project
from palveluverkko.dialogs.presence_editor import ID_ROLE, PresenceEditorDock

COMMITTED = sorted(PRESENCE, key=lambda r: r[:2])


@pytest.fixture
def layers(workspace, qgis_new_project):
    fill(workspace)
    return add_workspace_to_project(workspace, QgsProject.instance())


@pytest.fixture
def dock(layers, qgis_iface, qtbot):
    widget = PresenceEditorDock(canvas=qgis_iface.mapCanvas())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _click_premises(qtbot, dock, premises_id):
    view = dock.premisesList
    model = view.model()
    index = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == premises_id)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())


def _tick(qtbot, checkbox):
    """Toggle a check box from the keyboard, as a user would."""
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key_Space)


def _settle(qtbot, dock):
    qtbot.wait(10)
    dock.watcher.flush()


def test_lists_registry_agencies_and_flags_unknown_codes(dock, qtbot, workspace):
    assert dock.premises_layer().name() == ws.PREMISES and dock.presence_layer().name() == ws.PRESENCE
    assert dock.premisesList.model().rowCount() == 4
    qtbot.keyClicks(dock.searchEdit, "joensuu")
    assert dock.premisesList.model().rowCount() == 1
    _click_premises(qtbot, dock, "JNS-1")
    assert dock.premises_id == "JNS-1"
    assert dock.premisesLabel.text() == "Joensuun Suomi-piste — JNS-1 (167)"
    valid = [a.code for a in agencies.valid_on(agencies.read_seed(), dt.date.today())]
    assert list(dock.rows) == valid + ["KUNTA"]
    kunta = dock.rows["KUNTA"]
    assert kunta.present.isChecked() and kunta.flag == "not in the agency registry"
    assert kunta.present.text() == "⚠ KUNTA" and kunta.present.toolTip() == "KUNTA\nnot in the agency registry"
    assert dock.rows["MIGRI"].record().mode == "remote" and dock.rows["MIGRI"].record().days_per_week == 0
    assert not dock.rows["VERO"].present.isChecked() and not dock.rows["VERO"].mode.isEnabled()
    assert not dock.apply_button.isEnabled()


def test_tick_apply_is_one_undo_step(dock, qtbot, layers, workspace):
    presence = layers[ws.PRESENCE]
    _click_premises(qtbot, dock, "LAH-1")
    migri = dock.rows["MIGRI"]
    _tick(qtbot, migri.present)
    assert migri.present.isChecked() and migri.mode.currentData() == "staff"
    migri.mode.setCurrentIndex(migri.mode.findData("remote"))
    migri.days.setValue(2)
    qtbot.keyClicks(migri.notes, "video link")
    dock.rows["KELA"].visits.setValue(12500)
    assert dock.apply_button.isEnabled()
    qtbot.mouseClick(dock.apply_button, Qt.LeftButton)
    added = [("LAH-1", "KELA", "staff", 5, 12500, None), ("LAH-1", "MIGRI", "remote", 2, None, "video link")]
    expected = sorted([r for r in COMMITTED if r[:2] != ("LAH-1", "KELA")] + added, key=lambda r: r[:2])
    assert layer_rows(presence) == expected
    assert presence.isEditable() and presence.undoStack().count() == 1
    assert presence_rows(workspace) == COMMITTED  # never committed behind the user's back
    assert not dock.apply_button.isEnabled()
    presence.undoStack().undo()  # Ctrl+Z in QGIS
    _settle(qtbot, dock)
    assert layer_rows(presence) == COMMITTED
    assert not dock.rows["MIGRI"].present.isChecked()
    assert dock.rows["KELA"].record().annual_visits == 12000


def test_cancel_changes_nothing(dock, qtbot, layers):
    presence = layers[ws.PRESENCE]
    _click_premises(qtbot, dock, "LAH-1")
    dock.rows["KELA"].days.setValue(3)
    _tick(qtbot, dock.rows["VERO"].present)
    assert dock.cancel_button.isEnabled()
    qtbot.mouseClick(dock.cancel_button, Qt.LeftButton)
    assert dock.rows["KELA"].record().days_per_week == 5 and dock.rows["VERO"].present.isChecked()
    assert not presence.isEditable() and presence.undoStack().count() == 0
    assert layer_rows(presence) == COMMITTED


@pytest.mark.parametrize("answer", [QMessageBox.Cancel, QMessageBox.Discard, QMessageBox.Apply])
def test_switching_premises_with_unsaved_edits_asks_first(dock, qtbot, layers, answer):
    presence = layers[ws.PRESENCE]
    _click_premises(qtbot, dock, "LAH-1")
    dock.rows["KELA"].days.setValue(4)
    asked = []
    dock.ask_unsaved = lambda: asked.append(dock.premises_id) or answer
    _click_premises(qtbot, dock, "JNS-1")
    assert asked == ["LAH-1"]
    if answer == QMessageBox.Cancel:
        assert dock.premises_id == "LAH-1" and dock.rows["KELA"].record().days_per_week == 4
        assert layer_rows(presence) == COMMITTED
    elif answer == QMessageBox.Discard:
        assert dock.premises_id == "JNS-1" and layer_rows(presence) == COMMITTED
    else:
        assert dock.premises_id == "JNS-1"
        assert ("LAH-1", "KELA", "staff", 4, 12000, None) in layer_rows(presence)
        assert presence.undoStack().count() == 1
    asked.clear()
    _click_premises(qtbot, dock, "LPR-1")  # no unsaved edits now (after cancel: still unsaved)
    assert asked == (["LAH-1"] if answer == QMessageBox.Cancel else [])


def test_invalid_days_from_elsewhere_shown_inline_and_block_apply(dock, qtbot, layers):
    presence = layers[ws.PRESENCE]
    _click_premises(qtbot, dock, "LAH-1")
    kela_fid = next(f.id() for f in presence.getFeatures() if f["premises_id"] == "LAH-1" and f["agency"] == "KELA")
    presence.startEditing()  # an edit in the attribute table, with no range check
    presence.changeAttributeValue(kela_fid, presence.fields().indexOf("days_per_week"), 7)
    presence.addFeature(_feature(presence, "LAH-1", "MML", "appointment"))
    _settle(qtbot, dock)
    kela = dock.rows["KELA"]
    assert kela.days.value() == 7 and kela.days.toolTip() == "Days per week must be between 0 and 5."
    assert dock.validationLabel.text() == "KELA: Days per week must be between 0 and 5."
    assert dock.rows["MML"].present.isChecked()  # synced from the buffer
    dock.rows["VERO"].visits.setValue(900)
    assert not dock.apply_button.isEnabled()  # dirty, but invalid
    kela.days.setValue(4)
    assert dock.validationLabel.text() == "" and kela.days.toolTip() == ""
    assert dock.apply_button.isEnabled()
    commands = presence.undoStack().count()
    qtbot.mouseClick(dock.apply_button, Qt.LeftButton)
    assert presence.undoStack().count() == commands + 1
    rows = {r[:2]: r for r in layer_rows(presence)}
    assert rows[("LAH-1", "KELA")][3] == 4 and rows[("LAH-1", "VERO")][4] == 900
    assert rows[("LAH-1", "MML")][2] == "appointment"


def _feature(layer, premises_id, agency, mode):
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    feature.setAttribute("premises_id", premises_id)
    feature.setAttribute("agency", agency)
    feature.setAttribute("mode", mode)
    return feature


def test_read_only_layer_gives_a_message(dock, qtbot, layers):
    layers[ws.PRESENCE].setReadOnly(True)
    _click_premises(qtbot, dock, "JNS-1")
    assert "is read-only" in dock.messageLabel.text()
    assert not dock.rows["KELA"].present.isEnabled() and not dock.apply_button.isEnabled()
    assert dock.rows["KELA"].present.isChecked()  # still shown
    assert not dock.apply()


def test_pick_premises_with_map_tool(dock, qtbot, qgis_iface, layers):
    qtbot.mouseClick(dock.pickButton, Qt.LeftButton)
    tool = qgis_iface.mapCanvas().mapTool()
    assert isinstance(tool, QgsMapToolIdentifyFeature) and tool is dock.map_tool
    feature = next(f for f in layers[ws.PREMISES].getFeatures() if f["premises_id"] == "LPR-1")
    tool.featureIdentified.emit(feature)
    assert dock.premises_id == "LPR-1"
    assert not any(row.present.isChecked() for row in dock.rows.values())
    qtbot.mouseClick(dock.pickButton, Qt.LeftButton)
    assert qgis_iface.mapCanvas().mapTool() is not tool


def test_menu_actions_open_the_editor_and_the_matrix(layers, qgis_iface, qtbot):
    from qgis.PyQt.QtWidgets import QAction

    import palveluverkko

    plugin = palveluverkko.classFactory(qgis_iface)
    plugin.initGui()
    try:
        window = qgis_iface.mainWindow()
        window.findChild(QAction, "palveluverkko_presence_editor").trigger()
        window.findChild(QAction, "palveluverkko_presence_matrix").trigger()
        assert not plugin.presence_editor.isHidden() and plugin.presence_editor.presence_layer().name() == ws.PRESENCE
        assert plugin.presence_matrix.isVisible() and plugin.presence_matrix.model.rowCount() == 4
        window.findChild(QAction, "palveluverkko_presence_editor").trigger()  # again: the same dock
        assert len(window.findChildren(PresenceEditorDock)) == 1
    finally:
        plugin.unload()
    assert plugin.presence_editor is None and plugin.presence_matrix is None


def test_agency_names_follow_the_ui_language(layers, qgis_iface, qtbot, monkeypatch):
    from palveluverkko.core import i18n

    monkeypatch.setattr(i18n, "locale_code", lambda: "sv")
    translator = i18n.install_translator("sv")
    try:
        dock = PresenceEditorDock(canvas=qgis_iface.mapCanvas())
        qtbot.addWidget(dock)
        dock.select_premises("JNS-1")
        titles = [row.present.toolTip() for row in dock.rows.values()]
        assert titles[0] == "Folkpensionsanstalten" and "Skatteförvaltningen" in titles
        assert dock.agencyTable.horizontalHeaderItem(0).text() == "Myndighet"
        assert dock.rows["KUNTA"].flag == "finns inte i myndighetsregistret"
        assert dock.rows["KELA"].mode.itemText(0) == "staff (egen personal)"
    finally:
        from qgis.PyQt.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(translator)


def test_pick_premises_with_a_real_click_on_the_map(dock, qtbot, qgis_iface, layers):
    from qgis.core import QgsPointXY, QgsRectangle

    canvas = qgis_iface.mapCanvas()
    canvas.resize(400, 400)
    canvas.setDestinationCrs(layers[ws.PREMISES].crs())
    canvas.setLayers([layers[ws.PREMISES]])
    canvas.setExtent(QgsRectangle(640000, 6941000, 644000, 6945000))
    canvas.refresh()
    qtbot.mouseClick(dock.pickButton, Qt.LeftButton)
    point = canvas.getCoordinateTransform().transform(QgsPointXY(642000, 6943000))
    from qgis.PyQt.QtCore import QPoint

    qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=QPoint(round(point.x()), round(point.y())))
    assert dock.premises_id == "JNS-1"
    dock.pickButton.setChecked(False)  # the shared canvas keeps neither the tool nor the layer of this test
    assert canvas.mapTool() is None
    canvas.setLayers([])


def test_choosing_another_layer_with_unsaved_edits_asks_first(dock, qtbot, layers, workspace):
    from qgis.core import QgsVectorLayer

    other = QgsVectorLayer(ws.layer_uri(workspace, ws.PRESENCE), "copy of agency_presence", "ogr")
    QgsProject.instance().addMapLayer(other)
    _click_premises(qtbot, dock, "LAH-1")
    dock.rows["KELA"].days.setValue(4)
    dock.ask_discard = lambda: QMessageBox.Cancel
    dock.presenceLayerCombo.setLayer(other)
    assert dock.presence_layer() is layers[ws.PRESENCE] and dock.rows["KELA"].record().days_per_week == 4
    dock.ask_discard = lambda: QMessageBox.Discard
    dock.presenceLayerCombo.setLayer(other)
    assert dock.presence_layer() is other and dock.rows["KELA"].record().days_per_week == 5


def test_apply_refuses_rows_for_a_premises_deleted_meanwhile(dock, qtbot, layers):
    """Adding presence for a premises deleted in the premises layer's edit buffer changes nothing."""
    premises, presence = layers[ws.PREMISES], layers[ws.PRESENCE]
    _click_premises(qtbot, dock, "LAH-1")
    _tick(qtbot, dock.rows["MIGRI"].present)
    assert dock.apply_button.isEnabled()
    fid = next(f.id() for f in premises.getFeatures() if f["premises_id"] == "LAH-1")
    assert premises.startEditing() and premises.deleteFeature(fid)
    assert not dock.apply()
    assert "LAH-1" in dock.messageLabel.text() and "nothing was changed" in dock.messageLabel.text()
    assert layer_rows(presence) == COMMITTED and presence.undoStack().count() == 0
    premises.rollBack()
    assert dock.apply()  # back in the layer: the same edit goes through
    assert ("LAH-1", "MIGRI") in [r[:2] for r in layer_rows(presence)]


def _registry_names(language):
    """{code: name in ``language``} straight from resources/agencies.csv."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "resources" / "agencies.csv"
    with open(path, encoding="utf-8") as handle:
        return {row["code"]: row[f"name_{language}"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_table_shows_codes_with_names_as_tooltips_and_fits_a_400_px_dock(layers, qgis_iface, qtbot, monkeypatch,
                                                                          language):
    from qgis.PyQt.QtCore import QCoreApplication

    from palveluverkko.core import i18n

    monkeypatch.setattr(i18n, "locale_code", lambda: language)
    translator = i18n.install_translator(language) if language != "en" else None
    try:
        dock = PresenceEditorDock(canvas=qgis_iface.mapCanvas())
        qtbot.addWidget(dock)
        dock.resize(400, 700)
        dock.show()
        dock.select_premises("JNS-1")
        qtbot.wait(20)
        names = _registry_names(language)
        table = dock.agencyTable
        valid = [a.code for a in agencies.valid_on(agencies.read_seed(), dt.date.today())]
        assert [table.cellWidget(r, 0).text() for r in range(table.rowCount())] == valid + ["⚠ KUNTA"]
        for number, code in enumerate(valid):
            assert table.cellWidget(number, 0).toolTip() == names[code]
            assert table.item(number, 0).toolTip() == names[code] and table.item(number, 0).data(Qt.UserRole) == code
        modes = {"en": "SAR", "fi": "HAE", "sv": "PTD"}[language]
        assert [dock.rows[c].mode.short_text() for c in ("KELA", "MIGRI", "VERO")] == [modes[0], modes[2], "–"]
        assert dock.rows["KELA"].mode.toolTip() == dock.rows["KELA"].mode.itemText(0)
        assert dock.rows["MIGRI"].visits.text() == "–"  # unknown
        # the width: no horizontal scroll bar in a 400 px dock, every code and value readable
        assert dock.minimumSizeHint().width() <= 400 and dock.width() == 400
        assert table.horizontalScrollBar().maximum() == 0 and not table.horizontalScrollBar().isVisible()
        assert table.columnCount() == 5 and table.columnWidth(4) >= 48  # notes
        for column in range(3):
            assert table.columnWidth(column) >= max(table.cellWidget(r, column).sizeHint().width()
                                                    for r in range(table.rowCount()))
        assert table.horizontalHeader().length() <= table.viewport().width()
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
