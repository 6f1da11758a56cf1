# SPDX-License-Identifier: GPL-2.0-or-later
"""The presence matrix dialog: every premises × every agency, filter, sort, bulk set/clear.

A bulk edit of the selected cells is one undo step in the presence layer's
edit buffer (through ``core.presence.edits``); the dialog follows edits made
elsewhere through the layers' signals.
"""
from __future__ import annotations

import logging
import os
import time
from typing import List, Optional

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QHeaderView

from ..core import i18n
from ..core.presence import edits as core
from .presence_common import LayerWatcher, mode_labels, setup_layer_combos
from .presence_matrix_model import FIXED_COLUMNS, PresenceMatrixModel

LOG = logging.getLogger(__name__)
FORM, _BASE = uic.loadUiType(os.path.join(os.path.dirname(__file__), "presence_matrix.ui"))
translate = QCoreApplication.translate


class PresenceMatrixDialog(QDialog, FORM):
    """Premises × agencies; select cells and set or clear their mode in one step."""

    def __init__(self, parent=None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("PalveluverkkoPresenceMatrix")
        self.project = project or QgsProject.instance()
        self.model = PresenceMatrixModel(self)
        self.matrixView.setModel(self.model)
        self.matrixView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrixView.horizontalHeader().setDefaultSectionSize(72)
        self.matrixView.horizontalHeader().setResizeContentsPrecision(60)  # fit columns to 60 rows, not 2,000
        self.matrixView.verticalHeader().setDefaultSectionSize(22)
        self.block_reason: Optional[str] = None
        self.load_seconds = 0.0
        for mode, label in mode_labels().items():
            self.bulkModeCombo.addItem(label, mode)
        self.bulkDaysSpin.setSpecialValueText(translate("PresenceMatrixDialog", "unknown"))
        self.watcher = LayerWatcher(self.refresh_cells, self)
        self.premises_watcher = LayerWatcher(self.reload, self)
        setup_layer_combos(self.premisesLayerCombo, self.presenceLayerCombo, self.project)
        self.premisesLayerCombo.layerChanged.connect(self._layers_changed)
        self.presenceLayerCombo.layerChanged.connect(self._layers_changed)
        self.municipalityCombo.currentIndexChanged.connect(self._filter_changed)
        self.nameFilterEdit.textChanged.connect(self._filter_changed)
        self.setButton.clicked.connect(lambda: self.set_selected(self.bulkModeCombo.currentData(), self.bulk_days()))
        self.clearButton.clicked.connect(lambda: self.set_selected(None))
        self.matrixView.selectionModel().selectionChanged.connect(self._update_status)
        self._layers_changed()

    def premises_layer(self) -> Optional[QgsVectorLayer]:
        return self.premisesLayerCombo.currentLayer()

    def presence_layer(self) -> Optional[QgsVectorLayer]:
        return self.presenceLayerCombo.currentLayer()

    def bulk_days(self) -> Optional[float]:
        value = self.bulkDaysSpin.value()
        if value == self.bulkDaysSpin.minimum():
            return None
        return int(value) if float(value).is_integer() else value

    def _layers_changed(self, *_args) -> None:
        self.watcher.watch([self.presence_layer()])
        self.premises_watcher.watch([self.premises_layer()])
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def _read_premises(self) -> List[tuple]:
        layer = self.premises_layer()
        if layer is None or layer.fields().indexOf("premises_id") < 0:
            return []
        names = [n for n in ("name", "municipality_code") if layer.fields().indexOf(n) >= 0]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["premises_id", *names], layer.fields())
        rows = []
        for feature in layer.getFeatures(request):
            pid = core.text_or_none(feature["premises_id"])
            if pid is not None:
                rows.append((pid, core.text_or_none(feature["name"]) or "" if "name" in names else "",
                             core.text_or_none(feature["municipality_code"]) or ""
                             if "municipality_code" in names else ""))
        return rows

    def _read_cells(self) -> dict:
        layer = self.presence_layer()
        if layer is None or not layer.isValid() or layer.fields().indexOf("agency") < 0:
            return {}
        return core.read_all(layer)

    def reload(self) -> None:
        """Read both layers and rebuild the matrix (timed in ``load_seconds``)."""
        start = time.perf_counter()
        premises = self._read_premises()
        cells = self._read_cells()
        registry = core.registry_for(self.presence_layer(), self.project)
        language = i18n.locale_code()
        codes = core.matrix_codes(registry, {code for _pid, code in cells})
        names = {a.code: a.name(language) for a in registry}
        self._fill_municipalities(sorted({m for _p, _n, m in premises if m}))
        self.model.load(premises, codes, names, cells, self.municipalityCombo.currentData(),
                        self.nameFilterEdit.text())
        self._fit_columns()
        self.load_seconds = time.perf_counter() - start
        LOG.info("presence matrix: %d premises x %d agencies loaded in %.3f s",
                 len(premises), len(codes), self.load_seconds)
        self._update_status()

    def _fit_columns(self) -> None:
        """Fixed columns to their contents (sampled rows), agency columns to their code."""
        view = self.matrixView
        for column in range(FIXED_COLUMNS):
            view.resizeColumnToContents(column)
        metrics = view.horizontalHeader().fontMetrics()
        for number, code in enumerate(self.model.codes + [translate("PresenceMatrixDialog", "Total")]):
            view.setColumnWidth(FIXED_COLUMNS + number, max(52, metrics.horizontalAdvance(code) + 26))

    def _fill_municipalities(self, codes: List[str]) -> None:
        current = self.municipalityCombo.currentData()
        self.municipalityCombo.blockSignals(True)
        self.municipalityCombo.clear()
        self.municipalityCombo.addItem(translate("PresenceMatrixDialog", "All municipalities"), None)
        for code in codes:
            self.municipalityCombo.addItem(code, code)
        index = self.municipalityCombo.findData(current) if current else 0
        self.municipalityCombo.setCurrentIndex(max(index, 0))
        self.municipalityCombo.blockSignals(False)

    def _filter_changed(self, *_args) -> None:
        self.model.set_filter(self.municipalityCombo.currentData(), self.nameFilterEdit.text())
        self._update_status()

    def refresh_cells(self) -> None:
        """The presence layer changed (here or elsewhere): update the cells, keep the selection."""
        cells = self._read_cells()
        if {code for _pid, code in cells} - set(self.model.codes):
            self.reload()
            return
        self.model.set_cells(cells)
        self._update_status()

    # -- bulk edit ----------------------------------------------------------------------
    def selected_keys(self) -> list:
        keys = [self.model.key(index) for index in self.matrixView.selectionModel().selectedIndexes()]
        return [key for key in keys if key is not None]

    def set_selected(self, mode: Optional[str], days: Optional[float] = None) -> bool:
        """Set (``mode``) or clear (None) every selected agency cell as one undo step."""
        self.watcher.flush()
        keys = self.selected_keys()
        layer = self.presence_layer()
        self.block_reason = core.edit_block_reason(layer)
        if self.block_reason or not keys:
            self._update_status()
            return False
        changes = core.cell_changes(self.model.cells, keys, mode, days)
        text = (translate("PresenceMatrixDialog", "Set agency presence of {} cells").format(len(keys)) if mode
                else translate("PresenceMatrixDialog", "Clear agency presence of {} cells").format(len(keys)))
        try:
            core.apply_changes(layer, changes, text)
        except core.PresenceError as error:
            self.statusLabel.setText(str(error))
            return False
        self.watcher.flush()
        self.refresh_cells()
        return True

    def _update_status(self, *_args) -> None:
        self.block_reason = core.edit_block_reason(self.presence_layer())
        editable = self.block_reason is None
        selected = bool(self.selected_keys())
        self.setButton.setEnabled(editable and selected)
        self.clearButton.setEnabled(editable and selected)
        text = translate("PresenceMatrixDialog", "{} of {} premises shown. S = own staff, A = appointment only, "
                         "R = remote service; the number is days a week.").format(
            self.model.rowCount(), len(self.model.premises))
        if self.block_reason:
            text = f"{self.block_reason}\n{text}"
        self.statusLabel.setText(text)

    def select_cells(self, keys) -> None:
        """Select the cells of (premises_id, agency) ``keys`` (scripting and tests)."""
        from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel

        wanted = set(keys)
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            for column in range(FIXED_COLUMNS, FIXED_COLUMNS + len(self.model.codes)):
                index = self.model.index(row, column)
                if self.model.key(index) in wanted:
                    selection.select(index, index)
        self.matrixView.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
