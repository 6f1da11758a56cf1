# SPDX-License-Identifier: GPL-2.0-or-later
"""core/styling.py: the one home of layer styles; bundled styles name no font; one post-processor."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFontDatabase

from palveluverkko.core import styling

ROOT = Path(__file__).resolve().parent.parent
QML = sorted((ROOT / "resources" / "styles").glob("*.qml"))


def _layer(kind: str, fields: str, rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:3067&{fields}", "t", "memory")
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("path", QML, ids=[p.name for p in QML])
def test_bundled_styles_name_no_font(path):
    text = path.read_text(encoding="utf-8")
    assert "DejaVu LGC Sans" not in text
    assert re.findall(r'fontFamily="[^"]*"', text) == []  # absent: QGIS uses the application's font


def test_styles_of_the_outputs_exist():
    assert QML
    names = {p.stem for p in QML}
    assert {"catchments_demand", "suitability", "premisescriteria", "locationallocation", "premises",
            "locationallocation_demand_polygon", "comparescenarios_polygon"} <= names


def test_labels_use_a_font_of_this_machine(qgis_app):
    layer = _layer("Point", "field=rank:integer&field=passes:integer&field=score:double", [])
    assert styling.apply_style(layer, "suitability")
    family = layer.labeling().settings().format().font().family()
    assert family in QFontDatabase().families()
    grid = _layer("Polygon", "field=nimi:string", [("POLYGON ((0 0, 1 0, 1 1, 0 0))", ["Lahti"])])
    styling.style_municipalities(grid)
    assert grid.labeling().settings().format().font().family() in QFontDatabase().families()


def test_bands_bundled_for_default_polygons_else_built(qgis_app):
    cells = _layer("Polygon", "field=band:string", [("POLYGON ((0 0, 1 0, 1 1, 0 0))", ["0-30"])])
    styling.style_bands(cells)
    assert [c.value() for c in cells.renderer().categories()] == ["0-30", "30-60", ">60", "unreachable"]
    points = _layer("Point", "field=band:string", [("POINT (0 0)", ["0-5"])])
    styling.style_bands(points, ["5", "10", "20"])
    categories = points.renderer().categories()
    assert [c.value() for c in categories] == ["0-5", "5-10", "10-20", ">20", "unreachable"]
    assert categories[0].symbol().color().name() == styling.NEAR
    assert categories[3].symbol().color().name() == styling.FAR
    assert categories[4].symbol().color().name() == styling.UNREACHABLE_COLOUR


def test_catchments_one_colour_per_point_and_labels(qgis_app):
    areas = _layer("MultiPolygon", "field=facility:string", [
        ("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))", ["B"]), ("MULTIPOLYGON (((2 0, 3 0, 3 1, 2 0)))", ["A"]),
        ("MULTIPOLYGON (((4 0, 5 0, 5 1, 4 0)))", [None])])
    styling.style_catchments(areas)
    categories = areas.renderer().categories()
    assert [c.value() for c in categories] == ["A", "B"]
    assert [c.symbol().color().name() for c in categories] == list(styling.PALETTE[:2])
    assert areas.labelsEnabled() and areas.labeling().settings().fieldName == '"facility"'


def test_coverage_by_the_largest_cutoff(qgis_app):
    layer = _layer("Polygon", "field=area:string&field=share_within_30:double&field=share_within_60:double",
                   [("POLYGON ((0 0, 1 0, 1 1, 0 0))", ["Lahti", 80.0, 97.5])])
    styling.style_coverage(layer)
    assert layer.renderer().classAttribute() == "share_within_60"
    assert [r.label() for r in layer.renderer().ranges()][0] == "0–50 %"


def test_when_loaded_runs_once_per_output_and_keeps_few_alive(qgis_app, tmp_path):
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    seen = []
    for i in range(styling.KEEP_ALIVE + 5):
        layer = _layer("Point", "field=x:integer", [])
        project.addMapLayer(layer, False)
        details = QgsProcessingContext.LayerDetails(f"l{i}", project, f"l{i}")
        context.addLayerToLoadOnCompletion(layer.id(), details)
        styling.when_loaded(context, layer.id(), seen.append)
        processor = context.layerToLoadOnCompletionDetails(layer.id()).postProcessor()
        processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert len(seen) == styling.KEEP_ALIVE + 5
    assert len(styling._ALIVE) == styling.KEEP_ALIVE
    styling.when_loaded(context, "not loaded", seen.append)  # not to be loaded: nothing attached
    assert len(styling._ALIVE) == styling.KEEP_ALIVE


def test_every_demo_table_style_applies(qgis_app):
    for table, styler in styling.TABLE_STYLES.items():
        assert callable(styler), table
    assert not styling.style_layer(_layer("Point", "field=x:integer", []), "no_such_table")


def test_styling_lives_in_one_module():
    """No other product module loads .qml files or defines a layer post-processor."""
    others = [p for folder in ("core", "processing", "dialogs") for p in (ROOT / folder).rglob("*.py")
              if p.name != "styling.py"]
    for path in others:
        text = path.read_text(encoding="utf-8")
        assert "loadNamedStyle" not in text, path
        assert "QgsProcessingLayerPostProcessorInterface" not in text, path
