# SPDX-License-Identifier: GPL-2.0-or-later
"""Translation helpers (no widgets)."""
from qgis.PyQt.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    """Translate *text* in *context*; pylupdate reads the call sites' literals."""
    return QCoreApplication.translate(context, text)
