# SPDX-License-Identifier: GPL-2.0-or-later
"""Every layer style of the plugin, in one place: the algorithms' outputs, the workspace and the demo layers.

A bundled ``resources/styles/<name>.qml`` is used as it is; the styles that
depend on the data (the bands of the chosen cutoffs, one colour per service
point, the share within the largest cutoff) are built here instead. Outputs
are styled when Processing loads them (:func:`when_loaded`, the one
post-processor of the plugin). Labels use the font Qt really draws with, so a
saved style never names a font the machine lacks (QGIS warns "Font not
available on system" when a style does).
"""
from __future__ import annotations

import os
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontInfo

from .allocation import catchments as cm

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "styles")
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4", "#b2df8a",
           "#fb9a99", "#cab2d6", "#ffff99")
NEAR, FAR, UNREACHABLE_COLOUR = "#1a9641", "#d7191c", "#9e9e9e"
DEFAULT_CUTOFFS = ["30", "60"]  # the bands of catchments_demand.qml
KEEP_ALIVE = 50  # post-processors kept referenced (QGIS does not own them)
_ALIVE: List[_WhenLoaded] = []


# --------------------------------------------------------------------------- bundled styles, fonts, on load

def style_path(name: str) -> str:
    """Path of the bundled style ``resources/styles/<name>.qml``."""
    return os.path.join(STYLES_DIR, f"{name}.qml")


def apply_style(layer: QgsVectorLayer, name: str) -> bool:
    """Apply the bundled style ``name`` when it exists; True when applied."""
    path = style_path(name)
    if not os.path.isfile(path):
        return False
    _message, ok = layer.loadNamedStyle(path)
    if ok:
        settle_fonts(layer)
    return bool(ok)


def drawn_font(font: Optional[QFont] = None) -> QFont:
    """``font`` (default: the application's) with the family Qt really draws it with."""
    font = QFont(font) if font is not None else QFont()
    font.setFamily(QFontInfo(font).family())
    return font


def settle_fonts(layer: QgsVectorLayer) -> None:
    """Labels in the font Qt draws them with (a style without a font family gets the application's)."""
    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    settings = labeling.settings()
    text = settings.format()
    font = drawn_font(text.font())
    if font.family() != text.font().family():
        text.setFont(font)
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


class _WhenLoaded(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, action: Callable[[QgsVectorLayer], None]):
        super().__init__()
        self.action = action

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is not None and layer.isValid():
            self.action(layer)
            layer.triggerRepaint()


def when_loaded(context, dest_id: str, action: Callable[[QgsVectorLayer], None]) -> None:
    """Run ``action(layer)`` on the output ``dest_id`` if Processing loads it into the project."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = _WhenLoaded(action)
    _ALIVE.append(processor)
    del _ALIVE[:-KEEP_ALIVE]
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def style_on_completion(context, dest_id: str, name: str) -> None:
    """Style the output ``dest_id`` with the bundled ``<name>.qml`` if Processing loads it."""
    def style(layer: QgsVectorLayer) -> None:
        apply_style(layer, name)

    when_loaded(context, dest_id, style)


# --------------------------------------------------------------------------- building blocks

def fill(colour: str, outline: str = "transparent", width: float = 0.0, alpha: float = 1.0) -> QgsFillSymbol:
    """A simple fill (no outline when ``width`` is 0) with the given opacity."""
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": str(width),
                                         "outline_style": "solid" if width else "no"})
    symbol.setOpacity(alpha)
    return symbol


def label(layer: QgsVectorLayer, expression: str, size: float = 8.0, bold: bool = False) -> None:
    """Labels from ``expression`` with a white buffer."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    font = drawn_font()
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


def band_colours(n_bands: int) -> list:
    """Colours from green (shortest) to red (beyond the last cutoff)."""
    if n_bands <= 1:
        return [QColor(NEAR)]
    from qgis.core import QgsGradientColorRamp

    ramp = QgsGradientColorRamp(QColor(NEAR), QColor(FAR))
    ramp.setStops([])
    return [ramp.color(i / (n_bands - 1)) for i in range(n_bands)]


def band_renderer(layer: QgsVectorLayer, cut_labels: Sequence[str]) -> QgsCategorizedSymbolRenderer:
    """One category per band of ``cut_labels`` (green to red) and grey for the unreachable demand."""
    names = cm.band_labels(list(cut_labels))
    colours = band_colours(len(names))
    categories = []
    for name, colour in zip(names + [cm.UNREACHABLE], colours + [QColor(UNREACHABLE_COLOUR)]):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(colour)
        categories.append(QgsRendererCategory(name, symbol, name))
    return QgsCategorizedSymbolRenderer("band", categories)


# --------------------------------------------------------------------------- the algorithms' outputs

def style_bands(layer: QgsVectorLayer, cut_labels: Sequence[str] = DEFAULT_CUTOFFS) -> None:
    """Catchment demand by band: ``catchments_demand.qml`` for polygons in the default bands, else built."""
    polygons = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    if not (polygons and list(cut_labels) == DEFAULT_CUTOFFS and apply_style(layer, "catchments_demand")):
        layer.setRenderer(band_renderer(layer, cut_labels))


def style_catchments(layer: QgsVectorLayer) -> None:
    """Catchment areas: one colour per service point, labelled with its id."""
    index = layer.fields().lookupField("facility")
    values = sorted({str(v) for v in layer.uniqueValues(index) if v is not None and str(v) != "NULL"}) \
        if index >= 0 else []
    categories = [QgsRendererCategory(value, fill(PALETTE[i % len(PALETTE)], "#333333", 0.3, alpha=0.6), value)
                  for i, value in enumerate(values)]
    layer.setRenderer(QgsCategorizedSymbolRenderer("facility", categories))
    label(layer, '"facility"', 9)


def style_coverage(layer: QgsVectorLayer) -> None:
    """Coverage per area: graduated by the share within the largest cutoff, labelled."""
    fields = [f.name() for f in layer.fields() if f.name().startswith("share_within_")]
    if not fields:
        return
    colours = ("#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850")
    limits = (0, 50, 80, 95, 99, 100.0001)
    ranges = [QgsRendererRange(limits[i], limits[i + 1], fill(colours[i], "#444444", 0.3),
                               f"{limits[i]:g}–{min(limits[i + 1], 100):g} %") for i in range(5)]
    layer.setRenderer(QgsGraduatedSymbolRenderer(fields[-1], ranges))
    label(layer, f'"area" || \'\\n\' || format_number("{fields[-1]}", 1) || \' %\'', 8)


# --------------------------------------------------------------------------- the demo region's own layers

def style_population_grid(layer: QgsVectorLayer) -> None:
    """Residents per cell (``vaesto``), masked cells (1–9) lightest."""
    breaks = ((1, 9, "1–9 (masked)", "#fff7bc"), (10, 49, "10–49", "#fec44f"), (50, 199, "50–199", "#fe9929"),
              (200, 999, "200–999", "#ec7014"), (1000, 10 ** 9, "1 000+", "#993404"))
    ranges = [QgsRendererRange(lo - 0.5, hi + 0.5, fill(c), text) for lo, hi, text, c in breaks]
    layer.setRenderer(QgsGraduatedSymbolRenderer("vaesto", ranges))


def style_roads(layer: QgsVectorLayer) -> None:
    """Digiroad links by functional class (``toiminn_lk``), one-way streets dark."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, text, colour, width in (
        ('"toiminn_lk" = 1', "Main road", "#c0392b", 0.9), ('"toiminn_lk" IN (2, 3)', "Regional road", "#e67e22", 0.6),
        ('"ajosuunta" IN (3, 4)', "One-way street", "#2c3e50", 0.5),
        ('"toiminn_lk" >= 5', "Local road", "#b0b0b0", 0.15),
    ):
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width), "capstyle": "round"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, text))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def style_municipalities(layer: QgsVectorLayer) -> None:
    """Municipal borders without fill, labelled with the name (``nimi``)."""
    symbol = fill("transparent", "#333333", 0.5)
    symbol.symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)
    layer.renderer().setSymbol(symbol)
    label(layer, '"nimi"', 10, bold=True)


def style_lakes(layer: QgsVectorLayer) -> None:
    """Lakes in light blue."""
    layer.renderer().setSymbol(fill("#a6cee3", "#6a9fc0", 0.2))


def style_premises(layer: QgsVectorLayer) -> None:
    """Premises: ``premises.qml`` (or blue points), labelled with the name."""
    if not apply_style(layer, "premises"):
        layer.renderer().setSymbol(QgsMarkerSymbol.createSimple({"color": "#2b83ba", "size": "3"}))
    label(layer, '"name"', 7)


def _bundled(name: str) -> Callable[[QgsVectorLayer], None]:
    def styler(layer: QgsVectorLayer) -> None:
        apply_style(layer, name)
    return styler


#: The style of each table of a demo workspace: the algorithms' outputs get the style the algorithm gives them.
TABLE_STYLES: Dict[str, Callable[[QgsVectorLayer], None]] = {
    "premises": style_premises, "population_grid": style_population_grid, "roads": style_roads,
    "municipalities": style_municipalities, "lakes": style_lakes,
    "catchment_demand": style_bands, "catchments": style_catchments, "coverage": style_coverage,
    "premises_criteria": _bundled("premisescriteria"), "suitability": _bundled("suitability"),
    "allocation": _bundled("locationallocation"), "allocation_demand": _bundled("locationallocation_demand_polygon"),
    "leastcost": _bundled("locationallocation"), "today_network": _bundled("locationallocation"),
    "scenario_demand": _bundled("comparescenarios_polygon"), "scenario_areas": style_municipalities,
}


def style_layer(layer: QgsVectorLayer, table: str) -> bool:
    """Style a layer of a demo workspace by its table name; True when the table has a style."""
    styler = TABLE_STYLES.get(table)
    if styler is None:
        return False
    styler(layer)
    return True


def save_default_style(layer: QgsVectorLayer, table: str) -> None:
    """Store the layer's current style in its GeoPackage as the default style."""
    layer.saveStyleToDatabase(table, "Palveluverkko demo style", True, "")
