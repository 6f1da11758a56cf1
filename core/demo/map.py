# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo's QGIS project and map: every workspace layer styled, a print layout exported to map.png."""
from __future__ import annotations

import os
import sqlite3
from typing import Dict, List

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReferencedRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from .. import styling
from ..presence import project as ws_project
from ..presence import workspace as ws
from .texts import texts

# drawing order, top first; only these appear on the map and are switched on in the project: one readable
# map (today's catchments under the roads, lakes and municipal borders, the premises on top)
MAP_LAYERS = ("premises", "municipalities", "roads", "lakes", "catchments")
RESULT_TABLES = ("catchment_demand", "catchments", "coverage", "premises_criteria", "suitability", "allocation",
                 "allocation_demand", "scenario_demand", "scenario_areas", "today_network", "leastcost")
DEMO_TABLES = ("municipalities", "roads", "lakes", "population_grid")


def spatial_tables(path: str) -> List[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]


def clear_saved_styles(path: str) -> None:
    """Forget styles saved into the GeoPackage by an earlier run (so styling can be repeated)."""
    with sqlite3.connect(path) as connection:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name='layer_styles'").fetchone():
            connection.execute("DELETE FROM layer_styles")


def build_project(path: str, project: QgsProject) -> Dict[str, QgsVectorLayer]:
    """Add the workspace (with its relation) and every demo and result layer, styled; save default styles.

    The project opens on the map of :data:`MAP_LAYERS` (the demo region's extent); every other layer is in
    the layer tree, switched off. The demo data group lies above the results, so the base map's lines
    are drawn over a result's areas.
    """
    clear_saved_styles(path)
    t = texts()
    layers = dict(ws_project.add_workspace_to_project(path, project))
    tables = spatial_tables(path)
    root = project.layerTreeRoot()
    for group_name, names in ((t["group_demo"], DEMO_TABLES), (t["group_results"], RESULT_TABLES)):
        present = [name for name in names if name in tables]
        if not present:
            continue
        group = root.addGroup(group_name)
        for name in present:
            layer = QgsVectorLayer(ws.layer_uri(path, name), t.get(f"layer_{name}", name), "ogr")
            if not layer.isValid():
                continue
            styling.style_layer(layer, name)
            styling.save_default_style(layer, name)
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(name in MAP_LAYERS)
            layers[name] = layer
    premises = layers.get(ws.PREMISES)
    if premises is not None:
        premises.setName(t["layer_premises"])
        styling.style_premises(premises)
        styling.save_default_style(premises, ws.PREMISES)
    if "municipalities" in layers:
        region = layers["municipalities"]
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(region.extent(), region.crs()))
    return layers


def export_map(project: QgsProject, layers: Dict[str, QgsVectorLayer], out_png: str, title: str) -> None:
    """A print layout (map, title, legend, scale bar) exported as a PNG."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(250, 250, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    shown = [layers[name] for name in MAP_LAYERS if name in layers]
    item = _map_item(layout, layers, shown)
    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    font = QFont("Sans", 14)
    font.setBold(True)
    heading.setFont(font)
    heading.attemptMove(QgsLayoutPoint(5, 4, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    heading.attemptResize(QgsLayoutSize(240, 10, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(heading)
    _legend_and_scale(layout, item, layers, shown)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    settings.generateWorldFile = False
    settings.exportMetadata = False
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # QGIS tries to georeference the PNG in place
    try:
        result = QgsLayoutExporter(layout).exportToImage(out_png, settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success or not os.path.isfile(out_png):
        raise RuntimeError(f"Could not export the map to {out_png} (error {result}).")


def _map_item(layout, layers, shown):
    """The map frame on the region, its extent grown to the frame's proportions."""
    item = QgsLayoutItemMap(layout)
    item.setLayers(shown)
    item.setKeepLayerSet(True)
    extent = layers["municipalities"].extent() if "municipalities" in layers else shown[-1].extent()
    extent.scale(1.04)
    item.setCrs(shown[-1].crs())
    width, height = 170.0, 229.0
    if extent.width() / extent.height() > width / height:
        grow = extent.width() * height / width - extent.height()
        extent.setYMinimum(extent.yMinimum() - grow / 2)
        extent.setYMaximum(extent.yMaximum() + grow / 2)
    else:
        grow = extent.height() * width / height - extent.width()
        extent.setXMinimum(extent.xMinimum() - grow / 2)
        extent.setXMaximum(extent.xMaximum() + grow / 2)
    item.attemptMove(QgsLayoutPoint(5, 16, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setExtent(extent)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    return item


def _legend_and_scale(layout, item, layers, shown) -> None:
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.clear()
    for layer in shown:
        if layer.id() and layers.get("catchments") is not layer:
            model_root.addLayer(layer)
    legend.setTitle("")
    legend.setColumnCount(1)
    legend.attemptMove(QgsLayoutPoint(178, 16, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(legend)
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setLinkedMap(item)
    scalebar.applyDefaultSize()
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(10)
    scalebar.setUnitLabel("km")
    scalebar.attemptMove(QgsLayoutPoint(180, 228, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(scalebar)
