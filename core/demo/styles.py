# SPDX-License-Identifier: GPL-2.0-or-later
"""Default styles of the demo layers and of the algorithm outputs written into the demo workspace.

A bundled ``resources/styles/<name>.qml`` wins when it exists (the algorithms'
own default styles); otherwise a renderer is built here. Styles are saved
into the GeoPackage as the layers' default style, so that opening the
workspace in QGIS shows them.
"""
from __future__ import annotations

from typing import Callable, Dict, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..presence import project as project_styles

PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4", "#b2df8a",
           "#fb9a99", "#cab2d6", "#ffff99")
BAND_COLOURS = {"0-30": "#1a9850", "30-60": "#fee08b", ">60": "#d73027", "unreachable": "#7f7f7f"}


def _fill(colour: str, outline: str = "transparent", width: float = 0.0, alpha: float = 1.0):
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": str(width),
                                         "outline_style": "solid" if width else "no"})
    symbol.setOpacity(alpha)
    return symbol


def label(layer: QgsVectorLayer, expression: str, size: float = 8.0, bold: bool = False) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont("Sans")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_population_grid(layer: QgsVectorLayer) -> None:
    breaks = ((1, 9, "1–9 (masked)", "#fff7bc"), (10, 49, "10–49", "#fec44f"), (50, 199, "50–199", "#fe9929"),
              (200, 999, "200–999", "#ec7014"), (1000, 10 ** 9, "1 000+", "#993404"))
    ranges = [QgsRendererRange(lo - 0.5, hi + 0.5, _fill(c), text) for lo, hi, text, c in breaks]
    layer.setRenderer(QgsGraduatedSymbolRenderer("vaesto", ranges))


def style_roads(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, text, colour, width in (
        ('"toiminn_lk" = 1', "Main road", "#c0392b", 0.9), ('"toiminn_lk" IN (2, 3)', "Regional road", "#e67e22", 0.6),
        ('"ajosuunta" IN (3, 4)', "One-way street", "#2c3e50", 0.5),
        ('"toiminn_lk" >= 5', "Local road", "#b0b0b0", 0.15),
    ):
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width), "capstyle": "round"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, text))
    renderer = QgsRuleBasedRenderer(root)
    layer.setRenderer(renderer)


def style_municipalities(layer: QgsVectorLayer) -> None:
    symbol = _fill("transparent", "#333333", 0.5)
    symbol.symbolLayer(0).setBrushStyle(Qt.NoBrush)
    layer.renderer().setSymbol(symbol)
    label(layer, '"nimi"', 10, bold=True)


def style_lakes(layer: QgsVectorLayer) -> None:
    layer.renderer().setSymbol(_fill("#a6cee3", "#6a9fc0", 0.2))


def style_bands(layer: QgsVectorLayer) -> None:
    categories = [QgsRendererCategory(value, _fill(colour, alpha=0.85), value)
                  for value, colour in BAND_COLOURS.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("band", categories))


def style_catchments(layer: QgsVectorLayer) -> None:
    values = sorted({str(f["facility"]) for f in layer.getFeatures() if f["facility"] is not None})
    categories = [QgsRendererCategory(value, _fill(PALETTE[i % len(PALETTE)], alpha=0.45), value)
                  for i, value in enumerate(values)]
    layer.setRenderer(QgsCategorizedSymbolRenderer("facility", categories))


def style_coverage(layer: QgsVectorLayer) -> None:
    fields = [f.name() for f in layer.fields() if f.name().startswith("share_within_")]
    if not fields:
        return
    colours = ("#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850")
    limits = (0, 50, 80, 95, 99, 100.0001)
    ranges = [QgsRendererRange(limits[i], limits[i + 1], _fill(colours[i], "#444444", 0.3),
                               f"{limits[i]:g}–{min(limits[i + 1], 100):g} %") for i in range(5)]
    layer.setRenderer(QgsGraduatedSymbolRenderer(fields[-1], ranges))
    label(layer, f'"area" || \'\\n\' || format_number("{fields[-1]}", 1) || \' %\'', 8)


def style_allocation(layer: QgsVectorLayer) -> None:
    chosen = QgsMarkerSymbol.createSimple({"name": "star", "color": "#d7191c", "size": "6", "outline_color": "white"})
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#bbbbbb", "size": "2.5"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("chosen", [QgsRendererCategory(1, chosen, "chosen"),
                                                              QgsRendererCategory(0, other, "not chosen")]))


def style_premises(layer: QgsVectorLayer) -> None:
    if not project_styles.apply_style(layer, "premises"):
        layer.renderer().setSymbol(QgsMarkerSymbol.createSimple({"color": "#2b83ba", "size": "3"}))
    label(layer, '"name"', 7)


FALLBACK: Dict[str, Callable[[QgsVectorLayer], None]] = {
    "premises": style_premises, "population_grid": style_population_grid, "roads": style_roads,
    "municipalities": style_municipalities, "lakes": style_lakes, "catchment_demand": style_bands,
    "catchments": style_catchments,
    "coverage": style_coverage, "allocation": style_allocation, "premises_criteria": style_premises,
    "allocation_demand": style_population_grid, "scenario_demand": style_population_grid,
    "scenario_areas": style_municipalities,
}
# bundled styles of the algorithms' outputs, by demo table name
BUNDLED = {"suitability": "suitability", "catchment_demand": "catchments_demand",
           "coverage": "coverage", "allocation": "locationallocation", "scenario_demand": "comparescenarios"}


def style_layer(layer: QgsVectorLayer, table: str) -> bool:
    """Style a demo workspace layer; True when some style was applied."""
    bundled: Optional[str] = BUNDLED.get(table)
    if bundled and project_styles.apply_style(layer, bundled):
        return True
    styler = FALLBACK.get(table)
    if styler is None:
        return False
    styler(layer)
    return True


def save_default_style(layer: QgsVectorLayer, table: str) -> None:
    """Store the layer's current style in its GeoPackage as the default style."""
    layer.saveStyleToDatabase(table, "Palveluverkko demo style", True, "")
