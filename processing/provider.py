# SPDX-License-Identifier: GPL-2.0-or-later
"""The Palveluverkko Processing provider.

Algorithms are discovered: every module ``processing/alg_*.py`` defines a
module-level list ``ALGORITHMS``. Models in ``resources/models/*.model3`` are
registered too.
"""
from __future__ import annotations

import glob
import importlib
import logging
import os
import pkgutil

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import ICON_PATH

LOG = logging.getLogger(__name__)
MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "models")


def algorithm_classes(unavailable: list | None = None) -> list:
    """Every algorithm class of the plugin, in module name order.

    A module whose third-party dependency (e.g. shapely 2) is missing is
    skipped with a warning naming what to install, so the other algorithms
    still load; its (module, reason) goes to ``unavailable``. An import error
    inside the plugin itself is a bug and is raised.
    """
    classes = []
    package = __name__.rsplit(".", 1)[0]
    plugin_package = package.rsplit(".", 1)[0]
    for info in sorted(pkgutil.iter_modules([os.path.dirname(__file__)]), key=lambda m: m.name):
        if not info.name.startswith("alg_"):
            continue
        try:
            module = importlib.import_module(f"{package}.{info.name}")
        except ImportError as error:
            missing = (error.name or "").split(".")[0]
            if not missing or missing == plugin_package:
                raise
            LOG.warning("Palveluverkko: the algorithms of %s are not available: %s", info.name, error)
            if unavailable is not None:
                unavailable.append((info.name, str(error)))
            continue
        classes.extend(getattr(module, "ALGORITHMS", []))
    return classes


class PalveluverkkoProvider(QgsProcessingProvider):
    """Provider ``palveluverkko``."""

    def id(self) -> str:
        return "palveluverkko"

    def name(self) -> str:
        return QCoreApplication.translate("PalveluverkkoProvider", "Palveluverkko")

    def longName(self) -> str:  # noqa: N802
        return QCoreApplication.translate(
            "PalveluverkkoProvider", "Palveluverkko: shared customer service network planning"
        )

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def loadAlgorithms(self) -> None:  # noqa: N802
        self.unavailable: list = []
        for cls in algorithm_classes(self.unavailable):
            self.addAlgorithm(cls())
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)
            else:
                LOG.warning("Could not load the Processing model %s", path)
