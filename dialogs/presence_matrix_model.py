# SPDX-License-Identifier: GPL-2.0-or-later
"""The table model of the presence matrix: premises (rows) × agencies (columns).

Filtering and sorting happen inside the model (a list of visible row numbers),
so the totals in the header always describe the rows on screen.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ..core.presence.edits import Key, PresenceRecord
from .presence_common import mode_labels, mode_letters

FIXED_COLUMNS = 3  # premises_id, name, municipality
MODE_RANK = {"staff": 0, "appointment": 1, "remote": 2}
MODE_COLOURS = {"staff": QColor("#b7e1b0"), "appointment": QColor("#fbe3a1"), "remote": QColor("#b9d4f0")}
translate = QCoreApplication.translate


class PresenceMatrixModel(QAbstractTableModel):
    """Cells hold the PresenceRecord of (premises_id, agency code), or nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.premises: List[Tuple[str, str, str]] = []  # (premises_id, name, municipality_code)
        self.codes: List[str] = []
        self.names: Dict[str, str] = {}
        self.cells: Dict[Key, PresenceRecord] = {}
        self.visible: List[int] = []
        self.municipality: Optional[str] = None
        self.text = ""
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.agency_totals: Dict[str, int] = {}
        self.premises_totals: Dict[str, int] = {}
        self._letters = mode_letters()
        self._labels = mode_labels()

    # -- loading, filtering, sorting -----------------------------------------------------
    def load(self, premises, codes, names, cells, municipality: Optional[str] = None, text: str = "") -> None:
        self.beginResetModel()
        self.premises, self.codes, self.names, self.cells = list(premises), list(codes), dict(names), dict(cells)
        self.municipality, self.text = municipality or None, (text or "").strip().casefold()
        self._refresh_rows()
        self.endResetModel()

    def set_cells(self, cells: Dict[Key, PresenceRecord]) -> None:
        """New cell values for the same premises and agencies (keeps the selection)."""
        self.cells = dict(cells)
        if self.sort_column >= FIXED_COLUMNS:
            self.layoutAboutToBeChanged.emit()
            self._refresh_rows()
            self.layoutChanged.emit()
        else:
            self._totals()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_filter(self, municipality: Optional[str], text: str) -> None:
        self.beginResetModel()
        self.municipality, self.text = municipality or None, (text or "").strip().casefold()
        self._refresh_rows()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102 - Qt API
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._refresh_rows()
        self.layoutChanged.emit()

    def _refresh_rows(self) -> None:
        rows = [i for i, (pid, name, municipality) in enumerate(self.premises)
                if (self.municipality is None or municipality == self.municipality)
                and (not self.text or self.text in name.casefold() or self.text in pid.casefold())]
        self.premises_totals = {}
        for pid, _name, _m in self.premises:
            self.premises_totals[pid] = 0
        for pid, _code in self.cells:
            if pid in self.premises_totals:
                self.premises_totals[pid] += 1
        if self.sort_column >= 0:  # ties stay in premises_id order, whatever the direction
            rows.sort(key=lambda row: self.premises[row][0])
            rows.sort(key=self._sort_key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.visible = rows
        self._totals()

    def _sort_key(self, row: int):
        pid, name, municipality = self.premises[row]
        column = self.sort_column
        if column < FIXED_COLUMNS:
            return ((pid, name, municipality)[column] or "").casefold()
        if column == self.columnCount() - 1:
            return self.premises_totals.get(pid, 0)
        record = self.cells.get((pid, self.codes[column - FIXED_COLUMNS]))
        if record is None:
            return 9, 0
        return MODE_RANK.get(record.mode, 8), -(record.days_per_week or 0)

    def _totals(self) -> None:
        totals = dict.fromkeys(self.codes, 0)
        for row in self.visible:
            pid = self.premises[row][0]
            for code in self.codes:
                if (pid, code) in self.cells:
                    totals[code] += 1
        self.agency_totals = totals

    # -- the Qt model interface ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.codes) + 1

    def key(self, index: QModelIndex) -> Optional[Key]:
        """(premises_id, agency code) of an agency cell, else None."""
        column = index.column() - FIXED_COLUMNS
        if not index.isValid() or not 0 <= column < len(self.codes):
            return None
        return self.premises[self.visible[index.row()]][0], self.codes[column]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: D102 - Qt API
        if not index.isValid():
            return None
        pid, name, municipality = self.premises[self.visible[index.row()]]
        column = index.column()
        if column < FIXED_COLUMNS:
            shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            return (pid, name, municipality)[column] if shown else None
        if column == self.columnCount() - 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.premises_totals.get(pid, 0)
            return Qt.AlignmentFlag.AlignCenter if role == Qt.ItemDataRole.TextAlignmentRole else None
        record = self.cells.get((pid, self.codes[column - FIXED_COLUMNS]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            letter = self._letters.get(record.mode, "?")
            return letter if record.days_per_week is None else f"{letter} {record.days_per_week:g}"
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = MODE_COLOURS.get(record.mode)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{self.names.get(record.agency, record.agency)}: {self._labels.get(record.mode, record.mode)}"
            if record.days_per_week is not None:
                text += translate("PresenceMatrixDialog", ", {} days a week").format(f"{record.days_per_week:g}")
            if record.annual_visits is not None:
                text += translate("PresenceMatrixDialog", ", {} visits a year").format(record.annual_visits)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return record.mode
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if section < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return (translate("PresenceMatrixDialog", "Id"), translate("PresenceMatrixDialog", "Name"),
                        translate("PresenceMatrixDialog", "Municipality"))[section]
            return None
        if section == self.columnCount() - 1:
            if role == Qt.ItemDataRole.DisplayRole:
                total = translate("PresenceMatrixDialog", "Total")
                return f"{total}\n{sum(self.agency_totals.values())}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("PresenceMatrixDialog", "Agencies present per premises (every mode counts)")
            return None
        code = self.codes[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{code}\n{self.agency_totals.get(code, 0)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("PresenceMatrixDialog", "{}: present in {} of the premises shown").format(
                self.names.get(code, code), self.agency_totals.get(code, 0))
        return None
