# SPDX-License-Identifier: GPL-2.0-or-later
"""Default styles of the catchments outputs, applied when Processing loads them.

The demand layer gets ``resources/styles/catchments_demand.qml`` (bands
coloured from green to red, unreachable grey); when the cutoffs differ from the
default ``30,60`` the band categories are rebuilt for the bands of the run.
The catchment areas get ``resources/styles/catchments.qml`` with one category
per service point.
"""
from __future__ import annotations

import os

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsRandomColorRamp,
    QgsRendererCategory,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..core.allocation import catchments as cm
from .styling import style_path

_ALIVE: list = []
BAND_COLOURS = ["#1a9641", "#a6d96a", "#fdae61", "#d7191c", "#7b3294", "#2c7bb6"]
UNREACHABLE_COLOUR = "#9e9e9e"


def band_colours(n_bands: int) -> list:
    """Colours from green (shortest) to red (beyond the last cutoff)."""
    if n_bands <= 1:
        return [QColor(BAND_COLOURS[0])]
    from qgis.core import QgsGradientColorRamp

    ramp = QgsGradientColorRamp(QColor("#1a9641"), QColor("#d7191c"))
    ramp.setStops([])
    return [ramp.color(i / (n_bands - 1)) for i in range(n_bands)]


def band_renderer(layer, cut_labels) -> QgsCategorizedSymbolRenderer:
    names = cm.band_labels(cut_labels)
    colours = band_colours(len(names))
    categories = []
    for name, colour in zip(names + [cm.UNREACHABLE], colours + [QColor(UNREACHABLE_COLOUR)]):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(colour)
        categories.append(QgsRendererCategory(name, symbol, name))
    return QgsCategorizedSymbolRenderer("band", categories)


def catchment_renderer(layer) -> QgsCategorizedSymbolRenderer:
    index = layer.fields().lookupField("facility")
    values = sorted(layer.uniqueValues(index), key=str) if index >= 0 else []
    ramp = QgsRandomColorRamp()
    ramp.setTotalColorCount(max(1, len(values)))
    categories = []
    for i, value in enumerate(values):
        symbol = QgsFillSymbol.createSimple({"color": ramp.color(i).name(), "outline_color": "#333333",
                                            "outline_width": "0.3"})
        symbol.setOpacity(0.6)
        categories.append(QgsRendererCategory(value, symbol, str(value)))
    return QgsCategorizedSymbolRenderer("facility", categories)


class _CatchmentStyler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, kind: str, cut_labels):
        super().__init__()
        self.kind = kind
        self.cut_labels = list(cut_labels)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid():
            return
        if self.kind == "demand":
            polygons = layer.geometryType() == QgsWkbTypes.PolygonGeometry
            if polygons and self.cut_labels == ["30", "60"] and os.path.isfile(style_path("catchments_demand")):
                layer.loadNamedStyle(style_path("catchments_demand"))
            else:
                layer.setRenderer(band_renderer(layer, self.cut_labels))
        else:
            if os.path.isfile(style_path("catchments")):
                layer.loadNamedStyle(style_path("catchments"))
            layer.setRenderer(catchment_renderer(layer))
        layer.triggerRepaint()


def style_outputs(context, demand_id: str, catchments_id: str, cut_labels) -> None:
    """Attach the stylers to the outputs that Processing will load."""
    for dest_id, kind in ((demand_id, "demand"), (catchments_id, "catchments")):
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            continue
        styler = _CatchmentStyler(kind, cut_labels)
        del _ALIVE[:-50]
        _ALIVE.append(styler)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)
