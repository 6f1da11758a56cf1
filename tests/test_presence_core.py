# SPDX-License-Identifier: GPL-2.0-or-later
"""core/presence/edits.py: read, validate, diff, apply as one undo step; the expression function."""
from __future__ import annotations

import datetime as dt

import pytest
from presence_data import fill, layer_rows, presence_rows
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject, QgsVectorLayer

from palveluverkko.core.presence import agencies
from palveluverkko.core.presence import edits as core
from palveluverkko.core.presence import expression as presence_expression
from palveluverkko.core.presence import workspace as ws


@pytest.fixture
def presence_layer(workspace):
    fill(workspace)
    layer = QgsVectorLayer(ws.layer_uri(workspace, ws.PRESENCE), ws.PRESENCE, "ogr")
    assert layer.isValid()
    return layer


def test_read_presence(presence_layer):
    rows = core.read_presence(presence_layer, "JNS-1")
    assert sorted(rows) == ["KELA", "KUNTA", "MIGRI"]
    assert rows["MIGRI"].mode == "remote" and rows["MIGRI"].days_per_week == 0
    assert rows["MIGRI"].annual_visits is None and rows["MIGRI"].notes is None
    assert rows["KUNTA"].days_per_week == 2 and rows["KUNTA"].notes.startswith("municipal")
    assert core.read_presence(presence_layer, "LPR-1") == {}
    assert core.read_presence(presence_layer, "x' OR 'a'='a") == {}


def test_validate_messages():
    assert core.validate(core.PresenceRecord("KELA", "staff", 5, 100)) == {}
    assert core.validate(core.PresenceRecord("KELA", None)) == {"mode": "Choose a mode: staff, appointment or remote."}
    assert core.validate(core.PresenceRecord("KELA", "staff", 6, -1)) == {
        "days_per_week": "Days per week must be between 0 and 5.",
        "annual_visits": "Annual visits must be a whole number, 0 or more.",
    }
    assert core.validate(core.PresenceRecord("KELA", "remote", 2.5, 0)) == {}


def test_diff_touches_only_named_agencies(presence_layer):
    current = core.read_presence(presence_layer, "JNS-1")
    wanted = {
        "KELA": core.PresenceRecord("KELA", "staff", 3, 9000),  # days 5 -> 3
        "MIGRI": None,  # removed
        "VERO": core.PresenceRecord("VERO", "appointment"),  # new
        "MML": None,  # absent before and after
    }
    changes = core.diff("JNS-1", current, wanted)
    assert changes.delete == [current["MIGRI"].fid]
    assert changes.change == {current["KELA"].fid: {"days_per_week": 3}}
    assert changes.add == [{"premises_id": "JNS-1", "agency": "VERO", "mode": "appointment", "days_per_week": None,
                            "annual_visits": None, "notes": None}]
    assert len(changes) == 3
    assert core.diff("JNS-1", current, {"KELA": current["KELA"]}).is_empty()


def test_apply_is_one_undo_step_and_never_commits(workspace, presence_layer):
    before = layer_rows(presence_layer)
    current = core.read_presence(presence_layer, "JNS-1")
    changes = core.diff("JNS-1", current, {"KELA": core.PresenceRecord("KELA", "staff", 3, 9000), "MIGRI": None,
                                            "VERO": core.PresenceRecord("VERO", "appointment", None, 10, "x")})
    core.apply_changes(presence_layer, changes, "Edit presence")
    assert presence_layer.isEditable()
    assert presence_layer.undoStack().count() == 1
    assert presence_layer.undoStack().text(0) == "Edit presence"
    after = layer_rows(presence_layer)
    expected = [r for r in before if r[:2] != ("JNS-1", "MIGRI")]
    expected = [("JNS-1", "KELA", "staff", 3, 9000, None) if r[:2] == ("JNS-1", "KELA") else r for r in expected]
    expected = sorted(expected + [("JNS-1", "VERO", "appointment", None, 10, "x")], key=lambda r: r[:2])
    assert after == expected
    assert presence_rows(workspace) == sorted(before, key=lambda r: r[:2])  # nothing committed
    presence_layer.undoStack().undo()
    assert layer_rows(presence_layer) == before
    presence_layer.undoStack().redo()
    assert presence_layer.commitChanges(), presence_layer.commitErrors()
    assert presence_rows(workspace) == expected


def test_failed_apply_leaves_nothing(presence_layer):
    before = layer_rows(presence_layer)
    with pytest.raises(core.PresenceError, match=r"Presence rows 999999 of agency_presence no longer exist"):
        core.apply_changes(presence_layer, core.ChangeSet(change={999999: {"mode": "staff"}}), "bad")
    assert not presence_layer.isEditable()
    current = core.read_presence(presence_layer, "JNS-1")
    changes = core.diff("JNS-1", current, {"KELA": core.PresenceRecord("KELA", "remote"), "MIGRI": None,
                                            "VERO": core.PresenceRecord("VERO", "staff", 1)})
    presence_layer.addFeatures = lambda features: False  # the provider refuses the new rows
    with pytest.raises(core.PresenceError, match="Could not add presence rows to agency_presence"):
        core.apply_changes(presence_layer, changes, "bad")
    assert not presence_layer.isEditable()
    assert layer_rows(presence_layer) == before
    # in an edit session the user started: the session stays, the failed command leaves no trace
    del presence_layer.addFeatures
    presence_layer.startEditing()
    presence_layer.addFeatures = lambda features: False
    with pytest.raises(core.PresenceError):
        core.apply_changes(presence_layer, changes, "bad")
    assert presence_layer.isEditable() and presence_layer.undoStack().count() == 0
    assert layer_rows(presence_layer) == before


def test_read_only_layer_is_refused(presence_layer):
    presence_layer.setReadOnly(True)
    reason = core.edit_block_reason(presence_layer)
    assert reason == ("The layer agency_presence is read-only (the file may be write-protected, or the layer is set "
                      "read-only in the project). Presence can be viewed but not edited.")
    with pytest.raises(core.PresenceError, match="read-only"):
        core.apply_changes(presence_layer, core.ChangeSet(delete=[1]), "x")
    assert len(layer_rows(presence_layer)) == 5


def test_cell_changes(presence_layer):
    current = core.read_all(presence_layer)
    keys = [("LAH-1", "KELA"), ("LAH-1", "MIGRI"), ("JNS-1", "MIGRI"), ("LAH-1", "KELA")]
    changes = core.cell_changes(current, keys, "remote", None)
    assert changes.add == [{"premises_id": "LAH-1", "agency": "MIGRI", "mode": "remote", "days_per_week": None}]
    assert changes.change == {current[("LAH-1", "KELA")].fid: {"mode": "remote", "days_per_week": None},
                              current[("JNS-1", "MIGRI")].fid: {"days_per_week": None}}
    cleared = core.cell_changes(current, keys, None)
    assert sorted(cleared.delete) == sorted([current[("LAH-1", "KELA")].fid, current[("JNS-1", "MIGRI")].fid])


def test_registry_and_matrix_codes(workspace, presence_layer):
    registry = core.registry_for(presence_layer, QgsProject())
    assert [a.code for a in registry] == [a.code for a in agencies.read_seed()]
    codes = core.matrix_codes(registry, {"KELA", "KUNTA", "TE"}, dt.date(2026, 1, 1))
    assert codes == ["KELA", "DVV", "MIGRI", "MML", "OIKEUSAPU", "POLIISI", "RISE", "ULOSOTTO", "VERO", "KUNTA", "TE"]


def _evaluate(text, layer=None):
    expression = QgsExpression(text)
    context = QgsExpressionContext()
    if layer is not None:
        context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    value = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    return value


def test_expression_function_follows_edits(workspace, presence_layer, qgis_new_project):
    assert presence_expression.register()
    try:
        project = QgsProject.instance()
        project.addMapLayer(presence_layer)
        assert _evaluate("palveluverkko_agencies('JNS-1')") == "KELA,KUNTA,MIGRI"
        assert _evaluate("palveluverkko_agencies('LPR-1')") == ""
        assert _evaluate("palveluverkko_agencies(NULL)") is None
        current = core.read_presence(presence_layer, "LPR-1")
        core.apply_changes(presence_layer, core.diff("LPR-1", current, {
            "VERO": core.PresenceRecord("VERO", "staff", 2), "DVV": core.PresenceRecord("DVV", "remote")}), "x")
        assert _evaluate("palveluverkko_agencies('LPR-1')") == "DVV,VERO"
        assert _evaluate("array_length(string_to_array(palveluverkko_agencies('LPR-1')))") == 2
        presence_layer.rollBack()
        assert _evaluate("palveluverkko_agencies('LPR-1')") == ""
        # a second workspace: the layer of the same GeoPackage as the evaluated layer wins
        other_path = ws.create_workspace(workspace.replace(".gpkg", "_2.gpkg")).path
        fill(other_path, presence=[("LPR-1", "MML", "staff", 1, None, None)])
        other = QgsVectorLayer(ws.layer_uri(other_path, ws.PRESENCE), ws.PRESENCE, "ogr")
        other_premises = QgsVectorLayer(ws.layer_uri(other_path, ws.PREMISES), ws.PREMISES, "ogr")
        project.addMapLayers([other, other_premises])
        assert _evaluate("palveluverkko_agencies('LPR-1')", other_premises) == "MML"
    finally:
        presence_expression.unregister()
    assert not QgsExpression.isFunctionName("palveluverkko_agencies")


def test_plugin_registers_and_unregisters_the_function(qgis_iface):
    import palveluverkko

    plugin = palveluverkko.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsExpression.isFunctionName("palveluverkko_agencies")
    finally:
        plugin.unload()
    assert not QgsExpression.isFunctionName("palveluverkko_agencies")


def test_default_premises_style_sizes_by_agencies(workspace, qgis_new_project):
    from qgis.core import QgsExpressionContextUtils

    from palveluverkko.core.presence.project import add_workspace_to_project

    fill(workspace)
    layers = add_workspace_to_project(workspace, QgsProject.instance())
    premises = layers[ws.PREMISES]
    assert premises.editorWidgetSetup(premises.fields().indexOf("accessible")).type() == "CheckBox"
    size = premises.renderer().symbol().dataDefinedSize()
    assert size.isActive()
    assert presence_expression.register()
    try:
        expression = QgsExpression(size.expressionString())
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(premises))
        sizes = {}
        for feature in premises.getFeatures():
            context.setFeature(feature)
            sizes[feature["premises_id"]] = expression.evaluate(context)
            assert not expression.hasEvalError(), expression.evalErrorString()
    finally:
        presence_expression.unregister()
    assert sizes == {"LAH-1": pytest.approx(2.5 + 0.8 * 2), "LAH-2": 2.5, "JNS-1": pytest.approx(2.5 + 0.8 * 3),
                     "LPR-1": 2.5}


def test_read_all_fast_path_matches_feature_iteration(presence_layer):
    def slow(layer):
        request, indexes = core._request(layer)
        return {(pid, r.agency): r for pid, r in core._rows(layer, request, indexes)}

    assert core.read_all(presence_layer) == slow(presence_layer)
    assert len(core.read_all(presence_layer)) == 5
    current = core.read_all(presence_layer)
    presence_layer.startEditing()
    presence_layer.deleteFeature(current[("JNS-1", "MIGRI")].fid)
    presence_layer.changeAttributeValue(current[("LAH-1", "KELA")].fid,
                                        presence_layer.fields().indexOf("days_per_week"), 2.5)
    core.apply_changes(presence_layer, core.diff("LPR-1", {}, {"VERO": core.PresenceRecord("VERO", "remote", None, 4)}),
                       "x")
    edited = core.read_all(presence_layer)
    assert edited == slow(presence_layer)
    assert ("JNS-1", "MIGRI") not in edited and edited[("LAH-1", "KELA")].days_per_week == 2.5
    assert edited[("LPR-1", "VERO")].annual_visits == 4 and edited[("LPR-1", "VERO")].fid < 0
    presence_layer.rollBack()
    assert presence_layer.setSubsetString("\"premises_id\" = 'LAH-1'")
    assert sorted(core.read_all(presence_layer)) == [("LAH-1", "KELA"), ("LAH-1", "VERO")]


def test_style_renders_in_worker_threads_and_sees_buffer_edits(workspace, qgis_new_project):
    """The function is registered before the style is loaded (the plugin loads before workspaces open)."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from palveluverkko.core.presence.project import add_workspace_to_project

    assert presence_expression.register()
    try:
        fill(workspace, presence=[])
        layers = add_workspace_to_project(workspace, QgsProject.instance())
        premises = layers[ws.PREMISES]
        settings = QgsMapSettings()
        settings.setLayers([premises])
        settings.setDestinationCrs(premises.crs())
        settings.setExtent(QgsRectangle(641000, 6942000, 643000, 6944000))  # JNS-1 in the middle
        settings.setOutputSize(QSize(200, 200))
        settings.setBackgroundColor(QColor("white"))

        def marker_pixels():
            job = QgsMapRendererParallelJob(settings)  # renders in a worker thread
            job.start()
            job.waitForFinished()
            assert [e.message for e in job.errors()] == []
            image = job.renderedImage()
            return sum(1 for x in range(200) for y in range(200)
                       if QColor(image.pixel(x, y)).blue() > 150 and QColor(image.pixel(x, y)).red() < 100)

        empty = marker_pixels()
        presence = layers[ws.PRESENCE]
        core.apply_changes(presence, core.diff("JNS-1", {}, {c: core.PresenceRecord(c, "staff", 5)
                                                             for c in ("KELA", "VERO", "MIGRI", "MML", "DVV")}), "x")
        five = marker_pixels()  # no event loop in between: the edit step itself refreshed the snapshot
        presence.undoStack().undo()
        undone = marker_pixels()
    finally:
        presence_expression.unregister()
    # 2.5 mm -> 6.5 mm diameter: the marker area grows by about (6.5 / 2.5) ** 2 = 6.8
    assert empty > 0 and 4 < five / empty < 9
    assert undone == empty


def test_the_function_stays_while_a_layer_uses_it(workspace, qgis_new_project):
    """Unregistering under a styled premises layer crashed QGIS 3.22 at the next render: it stays until the
    layers go, and the layer still renders."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    from palveluverkko.core.presence.project import add_workspace_to_project

    assert presence_expression.register()
    fill(workspace)
    layers = add_workspace_to_project(workspace, QgsProject.instance())
    premises = layers[ws.PREMISES]
    assert presence_expression.in_use()
    presence_expression.unregister()
    assert QgsExpression.isFunctionName("palveluverkko_agencies")
    settings = QgsMapSettings()
    settings.setLayers([premises])
    settings.setDestinationCrs(premises.crs())
    settings.setExtent(QgsRectangle(641000, 6942000, 643000, 6944000))
    settings.setOutputSize(QSize(100, 100))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    assert [e.message for e in job.errors()] == []
    QgsProject.instance().removeAllMapLayers()
    assert not presence_expression.in_use()
    presence_expression.unregister()
    assert not QgsExpression.isFunctionName("palveluverkko_agencies")
