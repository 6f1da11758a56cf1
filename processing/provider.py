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

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core import deps
from . import catalogue
from .base import ICON_PATH
from .models import load_model

LOG = logging.getLogger(__name__)
MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "models")


def algorithm_classes(unavailable: list | None = None) -> list:
    """Every algorithm class of the plugin whose requirements are met, in module name order.

    A module listed in :data:`catalogue.CATALOGUE` whose requirements (e.g.
    shapely 2) are unmet is not imported; (algorithm id, unmet requirements)
    go to ``unavailable``. A module that fails to import for a third-party
    package the catalogue does not know is skipped the same way with a
    warning; an import error inside the plugin itself is a bug and is raised.
    """
    classes = []
    package = __name__.rsplit(".", 1)[0]
    plugin_package = package.rsplit(".", 1)[0]
    by_module = {entry.module: alg_id for alg_id, entry in catalogue.CATALOGUE.items()}
    for info in sorted(pkgutil.iter_modules([os.path.dirname(__file__)]), key=lambda m: m.name):
        if not info.name.startswith("alg_"):
            continue
        alg_id = by_module.get(info.name)
        problems = catalogue.problems_of(alg_id) if alg_id else []
        if problems:
            if unavailable is not None:
                unavailable.append((alg_id, problems))
            continue
        try:
            module = importlib.import_module(f"{package}.{info.name}")
        except ImportError as error:
            missing = (error.name or "").split(".")[0]
            if not missing or missing == plugin_package:
                raise
            LOG.warning("Palveluverkko: the algorithms of %s are not available: %s", info.name, error)
            if unavailable is not None and alg_id is not None:
                unavailable.append((alg_id, [deps.Missing(deps.Requirement(missing, missing, "", missing), None)]))
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
        """The algorithms, stand-ins for the unavailable ones, and the models.

        ``self.unavailable`` lists (id, unmet requirements) and ``self.unavailable_names``
        (display name, unmet requirements) of each, models included, for the plugin's message bar.
        """
        self.unavailable: list = []
        for cls in algorithm_classes(self.unavailable):
            self.addAlgorithm(cls())
        stand_ins = [catalogue.unavailable(alg_id, problems) for alg_id, problems in self.unavailable]
        missing_ids = {f"palveluverkko:{alg_id}": problems for alg_id, problems in self.unavailable}
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = load_model(path)
            if model is None:
                LOG.warning("Could not load the Processing model %s", path)
                continue
            problems = _model_problems(model, missing_ids)
            if problems:
                self.unavailable.append((model.name(), problems))
                stand_ins.append(catalogue.UnavailableAlgorithm(
                    model.name(), model.displayName(), model.groupId(), problems))
            else:
                self.addAlgorithm(model)
        self.unavailable_names = [(alg.display_text, alg.unmet) for alg in stand_ins]
        for stand_in in stand_ins:
            self.addAlgorithm(stand_in)

    def unavailable_message(self) -> str | None:
        """What cannot run and what to do, translated (None when everything can run)."""
        stand_in_ids = {alg_id for alg_id, _problems in self.unavailable}
        available = [alg.name() for alg in self.algorithms() if alg.name() not in stand_in_ids]
        return catalogue.unavailable_message(getattr(self, "unavailable_names", []), available)


def _model_problems(model, missing_ids: dict) -> list:
    """The unmet requirements of the algorithms a model runs, each named once."""
    problems: list = []
    for child in model.childAlgorithms().values():
        for problem in missing_ids.get(child.algorithmId(), []):
            if problem.requirement.package not in [p.requirement.package for p in problems]:
                problems.append(problem)
    return problems
