# SPDX-License-Identifier: GPL-2.0-or-later
"""One agency row of the presence editor: its widgets and its PresenceRecord."""
from __future__ import annotations

from typing import Dict, Optional

from qgis.PyQt.QtCore import QCoreApplication, QObject, QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidgetItem,
)

from ..core.presence import workspace as ws
from ..core.presence.edits import PresenceRecord
from .presence_common import mode_labels, mode_letters

UNKNOWN = -1  # the spin boxes' minimum, shown as "–": unknown (NULL)
MAX_VISITS = 100_000_000
ERROR_STYLE = "background-color: #ffd6d6;"
VISITS_COLUMN = 3
NOTES_WIDTH = 48  # px: the least the notes column keeps


translate = QCoreApplication.translate  # translate("Context", "literal"): pylupdate reads the call sites


def _spin(box, name: str, maximum):
    """A compact spin box (no arrows: the dock is narrow) from UNKNOWN, shown as "–", to ``maximum``."""
    box.setObjectName(name)
    box.setRange(UNKNOWN, maximum)
    box.setSpecialValueText("–")
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return box


def fit_columns(table) -> int:
    """Size the columns to what their widgets show (the last column, notes, takes the rest); returns the width the
    table needs without a horizontal scroll bar (columns, a note of NOTES_WIDTH, frame and vertical scroll bar).

    The visits column is as wide as a six-digit count: a larger one scrolls inside its box."""
    header = table.horizontalHeader()
    caps = {VISITS_COLUMN: _spin(QSpinBox(), "", 999_999).sizeHint().width()}
    for column in range(table.columnCount() - 1):
        widgets = [table.cellWidget(row, column) for row in range(table.rowCount())]
        wanted = max([w.sizeHint().width() for w in widgets if w is not None], default=0)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, max(header.sectionSizeHint(column), min(wanted, caps.get(column, wanted))))
    header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    fixed = sum(header.sectionSize(column) for column in range(table.columnCount() - 1))
    return fixed + NOTES_WIDTH + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()


class ModeCombo(QComboBox):
    """The mode: full names in the list, and when closed the one-letter abbreviation of the presence matrix
    (the dock is narrow; the tooltip gives the full name). No mode chosen shows "–"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        for mode, label in mode_labels().items():
            self.addItem(label, mode)
        self.addItem(translate("PresenceEditorDock", "(choose)"), None)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 2 * self.view().frameWidth())

    def short_text(self) -> str:
        return mode_letters().get(self.currentData(), "–")

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.short_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def sizeHint(self):  # noqa: N802 - Qt API
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        texts = [*mode_letters().values(), "–"]
        text = QSize(max(self.fontMetrics().horizontalAdvance(t) for t in texts), self.fontMetrics().height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(size.width(), super().sizeHint().height())

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return self.sizeHint()


class AgencyRow(QObject):
    """The widgets of one agency in the editor table; emits ``changed`` on any edit."""

    changed = pyqtSignal()

    def __init__(self, table, row: int, code: str, title: str, flag: Optional[str]):
        super().__init__(table)
        self.code = code
        self.flag = flag
        self.title = title
        tooltip = f"{title}\n{flag}" if flag else title
        item = QTableWidgetItem()  # under the check box: the code for models and accessibility
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{code}: {title}")
        item.setToolTip(tooltip)
        table.setItem(row, 0, item)
        self.present = QCheckBox(f"⚠ {code}" if flag else code)
        self.present.setObjectName(f"present_{code}")
        self.present.setToolTip(tooltip)
        self.mode = ModeCombo()
        self.mode.setObjectName(f"mode_{code}")
        self.days = _spin(QDoubleSpinBox(), f"days_{code}", ws.MAX_DAYS_PER_WEEK)
        self.days.setDecimals(1)
        self.visits = _spin(QSpinBox(), f"visits_{code}", MAX_VISITS)
        self.notes = QLineEdit()
        self.notes.setObjectName(f"notes_{code}")
        for column, widget in enumerate((self.present, self.mode, self.days, self.visits, self.notes)):
            table.setCellWidget(row, column, widget)
        self.present.toggled.connect(self._on_present)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.days.valueChanged.connect(self.changed)
        self.visits.valueChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.notes.textChanged.connect(lambda _text: self._tooltips())

    def _mode_changed(self, _index: int) -> None:
        self._tooltips()
        self.changed.emit()

    def _tooltips(self, errors: Optional[Dict[str, str]] = None) -> None:
        """The full mode name and the whole note as tooltips; a validation message instead where there is one."""
        errors = errors or {}
        self.mode.setToolTip(errors.get("mode") or self.mode.currentText())
        self.days.setToolTip(errors.get("days_per_week", ""))
        self.visits.setToolTip(errors.get("annual_visits", ""))
        self.notes.setToolTip(self.notes.text())

    def _on_present(self, checked: bool) -> None:
        self._enable_values(checked)
        if checked and self.mode.currentData() is None:
            self.mode.setCurrentIndex(0)
        self.changed.emit()

    def _enable_values(self, enabled: bool) -> None:
        for widget in (self.mode, self.days, self.visits, self.notes):
            widget.setEnabled(enabled and self.present.isEnabled())

    def set_editable(self, editable: bool) -> None:
        self.present.setEnabled(editable)
        self._enable_values(self.present.isChecked())

    def set_record(self, record: Optional[PresenceRecord]) -> None:
        """Show ``record`` (None: not present) without emitting ``changed``."""
        widgets = (self.present, self.mode, self.days, self.visits, self.notes)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.present.setChecked(record is not None)
            record = record or PresenceRecord(self.code)
            index = self.mode.findData(record.mode) if record.mode in ws.MODES else -1
            self.mode.setCurrentIndex(index if index >= 0 else self.mode.count() - 1)
            days = UNKNOWN if record.days_per_week is None else float(record.days_per_week)
            self.days.setMaximum(max(ws.MAX_DAYS_PER_WEEK, days))  # show out-of-range values, never clip them
            self.days.setMinimum(min(UNKNOWN, days))
            self.days.setValue(days)
            visits = UNKNOWN if record.annual_visits is None else int(record.annual_visits)
            self.visits.setMinimum(min(UNKNOWN, visits))
            self.visits.setValue(visits)
            self.notes.setText(record.notes or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._tooltips()
        self._enable_values(self.present.isChecked())

    def record(self) -> Optional[PresenceRecord]:
        """The row as a record, or None when the agency is not present."""
        if not self.present.isChecked():
            return None
        days = self.days.value()
        visits = self.visits.value()
        if days == UNKNOWN:
            days_value = None
        else:
            days_value = int(days) if float(days).is_integer() else days
        return PresenceRecord(
            agency=self.code,
            mode=self.mode.currentData(),
            days_per_week=days_value,
            annual_visits=None if visits == UNKNOWN else visits,
            notes=self.notes.text().strip() or None,
        )

    def show_errors(self, errors: Dict[str, str]) -> None:
        for name, widget in (("mode", self.mode), ("days_per_week", self.days), ("annual_visits", self.visits)):
            message = errors.get(name)
            widget.setStyleSheet(ERROR_STYLE if message else "")
        self._tooltips(errors)
