# SPDX-License-Identifier: GPL-2.0-or-later
"""The presence editor dock: which agencies serve in one premises, and how.

Pick a premises from the searchable list or with the map tool; edit the rows;
Apply writes the difference to the presence layer's edit buffer as one undo
step (through ``core.presence.edits``); Cancel restores the form from the layer.
"""
from __future__ import annotations

import datetime as dt
import os
from typing import Dict, List, Optional

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsMapToolIdentifyFeature
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

from ..core import i18n
from ..core.presence import edits as core
from .presence_common import LayerWatcher, setup_layer_combos
from .presence_rows import AgencyRow, fit_columns, translate


def _readable(layer) -> bool:
    fields = layer.fields() if layer is not None and layer.isValid() else None
    return fields is not None and all(fields.indexOf(n) >= 0 for n in core.FIELDS if n != "notes")


FORM, _BASE = uic.loadUiType(os.path.join(os.path.dirname(__file__), "presence_editor.ui"))
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PresenceEditorDock(QgsDockWidget, FORM):
    """Edit the agency presence of one premises at a time."""

    def __init__(self, canvas=None, parent=None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("PalveluverkkoPresenceEditor")
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.premises_id: Optional[str] = None
        self.rows: Dict[str, AgencyRow] = {}
        self.current: Dict[str, core.PresenceRecord] = {}
        self.errors: Dict[str, Dict[str, str]] = {}
        self.block_reason: Optional[str] = None
        self.map_tool = None
        self._list_model = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._list_model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.premisesList.setModel(self._proxy)
        self.apply_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.watcher = LayerWatcher(self.refresh, self)
        self.premises_watcher = LayerWatcher(self.reload_premises, self)

        setup_layer_combos(self.premisesLayerCombo, self.presenceLayerCombo, self.project)
        self.premisesLayerCombo.layerChanged.connect(self._layers_changed)
        self.presenceLayerCombo.layerChanged.connect(self._layers_changed)
        self.searchEdit.textChanged.connect(self._proxy.setFilterFixedString)
        self.premisesList.clicked.connect(self._list_clicked)
        self.premisesList.activated.connect(self._list_clicked)
        self.pickButton.toggled.connect(self.toggle_map_tool)
        self.pickButton.setEnabled(canvas is not None)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        self._layers_changed()

    # -- layers -----------------------------------------------------------------
    def premises_layer(self) -> Optional[QgsVectorLayer]:
        return self.premisesLayerCombo.currentLayer()

    def presence_layer(self) -> Optional[QgsVectorLayer]:
        return self.presenceLayerCombo.currentLayer()

    def _layers_changed(self, *_args) -> None:
        chosen = (self.premises_layer(), self.presence_layer())
        previous = getattr(self, "_chosen", None)
        if previous is not None and previous != chosen and self.has_unsaved_edits() \
                and self.ask_discard() != QMessageBox.StandardButton.Discard:
            for combo, layer in zip((self.premisesLayerCombo, self.presenceLayerCombo), previous):
                combo.blockSignals(True)
                combo.setLayer(layer)
                combo.blockSignals(False)
            return
        self._chosen = chosen
        self.watcher.watch([self.presence_layer()])
        self.premises_watcher.watch([self.premises_layer()])
        self.reload_premises()
        premises_id, self.premises_id = self.premises_id, None
        self.show_premises(premises_id)

    def reload_premises(self) -> None:
        """Fill the searchable list from the premises layer."""
        self._list_model.clear()
        layer = self.premises_layer()
        if layer is None or layer.fields().indexOf("premises_id") < 0:
            return
        names = [n for n in ("name", "municipality_code") if layer.fields().indexOf(n) >= 0]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["premises_id", *names], layer.fields())
        for feature in layer.getFeatures(request):
            premises_id = core.text_or_none(feature["premises_id"])
            if premises_id is None:
                continue
            name = core.text_or_none(feature["name"]) if "name" in names else None
            municipality = core.text_or_none(feature["municipality_code"]) if "municipality_code" in names else None
            text = f"{name or premises_id} — {premises_id}" + (f" ({municipality})" if municipality else "")
            item = QStandardItem(text)
            item.setData(premises_id, ID_ROLE)
            item.setEditable(False)
            self._list_model.appendRow(item)
        self._proxy.sort(0)

    # -- choosing a premises ----------------------------------------------------------
    def _list_clicked(self, index) -> None:
        self.select_premises(index.data(ID_ROLE))

    def toggle_map_tool(self, checked: bool) -> None:
        """Start (``checked``) or stop picking a premises on the map canvas."""
        if self.canvas is None:
            return
        if checked and self.premises_layer() is not None:
            self.map_tool = QgsMapToolIdentifyFeature(self.canvas, self.premises_layer())
            self.map_tool.featureIdentified.connect(self.feature_identified)
            self.map_tool.deactivated.connect(lambda: self.pickButton.setChecked(False))
            self.canvas.setMapTool(self.map_tool)
        elif self.map_tool is not None:
            if self.canvas.mapTool() is self.map_tool:
                self.canvas.unsetMapTool(self.map_tool)
            self.map_tool = None

    def feature_identified(self, feature) -> None:
        """The map tool found a premises feature."""
        self.select_premises(core.text_or_none(feature["premises_id"]))

    def has_unsaved_edits(self) -> bool:
        return self.premises_id is not None and not self.changes().is_empty()

    def ask_unsaved(self):
        """Apply, Discard or Cancel for unsaved edits (a message box)."""
        return QMessageBox.question(
            self, translate("PresenceEditorDock", "Unsaved presence edits"),
            translate("PresenceEditorDock", "The presence of {} has unsaved edits. Apply them before switching?")
            .format(self.premises_id),
            QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Apply)

    def ask_discard(self):
        """Discard or Cancel: unsaved edits when another layer is chosen (a message box)."""
        return QMessageBox.question(
            self, translate("PresenceEditorDock", "Unsaved presence edits"),
            translate("PresenceEditorDock", "The presence of {} has unsaved edits. Discard them and switch layers?")
            .format(self.premises_id), QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)

    def select_premises(self, premises_id: Optional[str]) -> bool:
        """Switch to ``premises_id``, asking first about unsaved edits; False when the user stays."""
        if premises_id == self.premises_id:
            return True
        if self.has_unsaved_edits():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Apply and not self.apply():
                return False
        self.show_premises(premises_id)
        return True

    # -- the table -------------------------------------------------------------------
    def _agencies(self) -> List[tuple]:
        """(code, title, flag) of the rows to show: registry agencies valid today, then any other code."""
        language = i18n.locale_code()
        registry = core.registry_for(self.presence_layer(), self.project)
        by_code = {a.code: a for a in registry}
        today = dt.date.today()
        rows = [(a.code, a.name(language), None) for a in registry if a.is_valid_on(today)]
        shown = {code for code, _t, _f in rows}
        for code in sorted(set(self.current) - shown):
            agency = by_code.get(code)
            if agency is None:
                rows.append((code, code, translate("PresenceEditorDock", "not in the agency registry")))
            else:
                ended = agency.valid_to.isoformat() if agency.valid_to else "?"
                flag = translate("PresenceEditorDock", "not valid today (ended {})").format(ended)
                rows.append((code, agency.name(language), flag))
        return rows

    def show_premises(self, premises_id: Optional[str]) -> None:
        """Load ``premises_id`` from the layer into the form (unsaved edits are dropped)."""
        self.premises_id = premises_id
        layer = self.presence_layer()
        self.block_reason = core.edit_block_reason(layer)
        self.current = core.read_presence(layer, premises_id) if premises_id and _readable(layer) else {}
        self.agencyTable.setRowCount(0)
        self.rows = {}
        if premises_id is not None:
            agencies = self._agencies()
            self.agencyTable.setRowCount(len(agencies))
            for number, (code, title, flag) in enumerate(agencies):
                row = AgencyRow(self.agencyTable, number, code, title, flag)
                row.set_record(self.current.get(code))
                row.changed.connect(self.update_state)
                self.rows[code] = row
        self.agencyTable.setMinimumWidth(fit_columns(self.agencyTable))  # never a horizontal scroll bar
        self.premisesLabel.setText(self._premises_title())
        self.update_state()

    def _premises_title(self) -> str:
        if self.premises_id is None:
            return translate("PresenceEditorDock", "No premises selected.")
        for row in range(self._list_model.rowCount()):
            item = self._list_model.item(row)
            if item.data(ID_ROLE) == self.premises_id:
                return item.text()
        return self.premises_id

    def refresh(self) -> None:
        """The presence layer changed elsewhere: untouched rows follow it, edited rows keep the user's values."""
        if self.premises_id is None:
            self.update_state()
            return
        old = self.current
        layer = self.presence_layer()
        self.block_reason = core.edit_block_reason(layer)
        self.current = core.read_presence(layer, self.premises_id) if _readable(layer) else {}
        if set(self.current) - set(self.rows):
            edited = {code: row.record() for code, row in self.rows.items()
                      if not self._same(row.record(), old.get(code))}
            self.show_premises(self.premises_id)
            for code, record in edited.items():
                self.rows[code].set_record(record)
            self.update_state()
            return
        for code, row in self.rows.items():
            if self._same(row.record(), old.get(code)):
                row.set_record(self.current.get(code))
        self.update_state()

    @staticmethod
    def _same(record: Optional[core.PresenceRecord], stored: Optional[core.PresenceRecord]) -> bool:
        if record is None or stored is None:
            return record is None and stored is None
        return record.values() == stored.values()

    # -- state, apply, cancel -----------------------------------------------------------
    def wanted(self) -> Dict[str, Optional[core.PresenceRecord]]:
        return {code: row.record() for code, row in self.rows.items()}

    def changes(self) -> core.ChangeSet:
        if self.premises_id is None:
            return core.ChangeSet()
        return core.diff(self.premises_id, self.current, self.wanted())

    def update_state(self) -> None:
        """Validate every present row, show messages inline, enable Apply/Cancel."""
        self.errors = {}
        for code, row in self.rows.items():
            record = row.record()
            errors = core.validate(record) if record is not None else {}
            row.show_errors(errors)
            row.set_editable(self.block_reason is None)
            if errors:
                self.errors[code] = errors
        self.validationLabel.setText("\n".join(
            f"{code}: {message}" for code, errors in self.errors.items() for message in errors.values()))
        if self.premises_id is not None and self.block_reason:
            self.messageLabel.setText(self.block_reason)
        elif self.presence_layer() is None:
            self.messageLabel.setText(
                translate("PresenceEditorDock", "Choose the agency presence layer (open a workspace first)."))
        else:
            self.messageLabel.setText("")
        dirty = not self.changes().is_empty()
        self.apply_button.setEnabled(dirty and not self.errors and self.block_reason is None)
        self.cancel_button.setEnabled(dirty)

    def apply(self) -> bool:
        """Write the form to the edit buffer as one undo step; True on success."""
        self.watcher.flush()
        if self.errors or self.block_reason or self.premises_id is None:
            return False
        changes = self.changes()
        if changes.is_empty():
            return True
        premises = self.premises_layer()
        if changes.add and premises is not None and not core.premises_exists(premises, self.premises_id):
            self.messageLabel.setText(translate(
                "PresenceEditorDock", "The premises {} is no longer in the layer {} (deleted?): nothing was changed. "
                "Choose a premises from the list.").format(self.premises_id, premises.name()))
            return False
        try:
            core.apply_changes(self.presence_layer(), changes,
                               translate("PresenceEditorDock", "Edit agency presence of {}").format(self.premises_id))
        except core.PresenceError as error:
            self.messageLabel.setText(str(error))
            return False
        self.show_premises(self.premises_id)
        return True

    def cancel(self) -> None:
        """Forget the unsaved edits of the form; the layer is untouched."""
        self.show_premises(self.premises_id)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.toggle_map_tool(False)
        super().closeEvent(event)
