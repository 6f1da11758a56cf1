# SPDX-License-Identifier: GPL-2.0-or-later
"""Apply a default style from ``resources/styles/<name>.qml`` to an output layer when it is loaded."""
from __future__ import annotations

import os

from qgis.core import QgsProcessingLayerPostProcessorInterface

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
# Post-processors must outlive processAlgorithm(); QGIS does not own them.
_ALIVE: list = []


def style_path(name: str) -> str:
    return os.path.join(STYLES_DIR, f"{name}.qml")


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, path: str):
        super().__init__()
        self.path = path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and layer.isValid() and os.path.isfile(self.path):
            layer.loadNamedStyle(self.path)
            layer.triggerRepaint()


def style_on_completion(context, dest_id: str, name: str) -> None:
    """Style the layer ``dest_id`` with ``<name>.qml`` if Processing loads it into the project."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = _StylePostProcessor(style_path(name))
    del _ALIVE[:-50]
    _ALIVE.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
