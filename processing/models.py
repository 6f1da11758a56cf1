# SPDX-License-Identifier: GPL-2.0-or-later
"""The bundled Processing models (resources/models/*.model3), with translated titles and group.

A model file holds one name (also its id: ``palveluverkko:plannetwork``) and
one group, both in English. :class:`BundledModel` keeps the id and shows the
title and the group in QGIS's language; :func:`createInstance` keeps the class,
so the algorithm dialog and ``qgis_process`` show the same.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import group_icon_path, group_name, help_url


def _titles() -> dict:
    translate = QCoreApplication.translate
    return {"plannetwork": translate("BundledModel", "Plan a shared service network (model)")}


class BundledModel(QgsProcessingModelAlgorithm):
    """A model of the plugin: translated display name and group; id and definition from the file."""

    def displayName(self) -> str:  # noqa: N802
        return _titles().get(self.name(), self.name())

    def group(self) -> str:
        return group_name("models")

    def groupId(self) -> str:  # noqa: N802
        return "models"

    def icon(self) -> QIcon:
        return QIcon(group_icon_path("models"))

    def svgIconPath(self) -> str:  # noqa: N802
        return group_icon_path("models")

    def helpUrl(self) -> str:  # noqa: N802
        return help_url(self.name())

    def createInstance(self):  # noqa: N802
        copy = BundledModel()
        copy.loadVariant(self.toVariant())
        return copy


def load_model(path: str) -> Optional[BundledModel]:
    """The model of ``path``, or None when the file cannot be read."""
    model = BundledModel()
    return model if model.fromFile(path) else None
