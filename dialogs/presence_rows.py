# SPDX-License-Identifier: GPL-2.0-or-later
"""One agency row of the presence editor: its widgets and its PresenceRecord."""
from __future__ import annotations

from typing import Dict, Optional

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QTableWidgetItem

from ..core.presence import workspace as ws
from ..core.presence.edits import PresenceRecord
from .presence_common import mode_labels

UNKNOWN = -1  # the spin boxes' minimum, shown as "unknown" (NULL)
MAX_VISITS = 100_000_000
ERROR_STYLE = "background-color: #ffd6d6;"


translate = QCoreApplication.translate  # translate("Context", "literal"): pylupdate reads the call sites


class AgencyRow(QObject):
    """The widgets of one agency in the editor table; emits ``changed`` on any edit."""

    changed = pyqtSignal()

    def __init__(self, table, row: int, code: str, title: str, flag: Optional[str]):
        super().__init__(table)
        self.code = code
        self.flag = flag
        item = QTableWidgetItem(title if not flag else f"⚠ {title}")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(f"{code}: {title} ({flag})" if flag else f"{code}: {title}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        table.setItem(row, 0, item)
        self.present = QCheckBox()
        self.present.setObjectName(f"present_{code}")
        self.mode = QComboBox()
        self.mode.setObjectName(f"mode_{code}")
        for mode, label in mode_labels().items():
            self.mode.addItem(label, mode)
        self.mode.addItem(translate("PresenceEditorDock", "(choose)"), None)
        self.days = QDoubleSpinBox()
        self.days.setObjectName(f"days_{code}")
        self.days.setDecimals(1)
        self.days.setRange(UNKNOWN, ws.MAX_DAYS_PER_WEEK)
        self.days.setSpecialValueText(translate("PresenceEditorDock", "unknown"))
        self.visits = QSpinBox()
        self.visits.setObjectName(f"visits_{code}")
        self.visits.setRange(UNKNOWN, MAX_VISITS)
        self.visits.setSpecialValueText(translate("PresenceEditorDock", "unknown"))
        self.notes = QLineEdit()
        self.notes.setObjectName(f"notes_{code}")
        for column, widget in enumerate((self.present, self.mode, self.days, self.visits, self.notes), start=1):
            table.setCellWidget(row, column, widget)
        self.present.toggled.connect(self._on_present)
        self.mode.currentIndexChanged.connect(self.changed)
        self.days.valueChanged.connect(self.changed)
        self.visits.valueChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)

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
            widget.setToolTip(message or "")
