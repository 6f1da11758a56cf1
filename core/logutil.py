# SPDX-License-Identifier: GPL-2.0-or-later
"""Route the plugin's ``logging`` records to QGIS's message log."""
from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "Palveluverkko"
_LEVELS = ((logging.ERROR, Qgis.MessageLevel.Critical), (logging.WARNING, Qgis.MessageLevel.Warning),
           (logging.NOTSET, Qgis.MessageLevel.Info))


class QgisLogHandler(logging.Handler):
    """A logging handler writing to ``QgsMessageLog`` under the tag Palveluverkko."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = next(qgis_level for threshold, qgis_level in _LEVELS if record.levelno >= threshold)
            QgsMessageLog.logMessage(self.format(record), TAG, level)
        except Exception:  # noqa: BLE001 - a log handler must never raise
            self.handleError(record)


def install(package: str) -> logging.Handler:
    """Attach a handler to the package's logger; returns it for ``uninstall``."""
    handler = QgisLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(package)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return handler


def uninstall(package: str, handler: logging.Handler) -> None:
    logging.getLogger(package).removeHandler(handler)
