# SPDX-License-Identifier: GPL-2.0-or-later
"""What differs between Qt 5 and Qt 6 in the GUI, in one place (core/compat.py holds the rest).

``QAction`` moved from QtWidgets (Qt 5) to QtGui (Qt 6).
"""
from __future__ import annotations

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6
except ImportError:  # Qt 5
    from qgis.PyQt.QtWidgets import QAction  # type: ignore[no-redef]  # noqa: F401 (re-exported)

__all__ = ["QAction"]
