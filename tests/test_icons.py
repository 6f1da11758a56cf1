# SPDX-License-Identifier: GPL-2.0-or-later
"""Every menu action and every algorithm group has its own icon that renders, and every action a tooltip."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QSize
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtSvg import QSvgRenderer

import palveluverkko
from palveluverkko.core import i18n
from palveluverkko.plugin import action_icon_path
from palveluverkko.processing.base import ICON_PATH, group_icon_path

ROOT = Path(__file__).resolve().parent.parent
STRINGS = ROOT / "i18n" / "strings" / "PalveluverkkoPlugin.json"


def _image(icon: QIcon):
    return icon.pixmap(QSize(24, 24)).toImage()


def _check_svg(path: str) -> None:
    assert os.path.isfile(path), path
    text = Path(path).read_text(encoding="utf-8")
    assert re.search(r'viewBox="0 0 24 24"', text), f"{path}: not a 24x24 icon"
    assert "<text" not in text, f"{path}: text depends on the fonts installed"
    renderer = QSvgRenderer(path)
    assert renderer.isValid(), path
    assert renderer.viewBoxF().width() == 24 and renderer.viewBoxF().height() == 24
    icon = QIcon(path)
    assert not icon.isNull(), path
    image = _image(icon)
    opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
    assert opaque > 24 * 24 // 4, f"{path}: almost nothing drawn"


@pytest.fixture
def plugin(qgis_iface, provider):
    plugin = palveluverkko.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    QCoreApplication.processEvents()


def test_every_action_has_its_own_icon_and_a_tooltip(plugin):
    specs = plugin.action_specs()
    assert [a.objectName() for a in plugin.actions] == [f"palveluverkko_{spec[0]}" for spec in specs]
    paths = [action_icon_path(spec[0]) for spec in specs]
    assert len(set(paths)) == len(paths)
    assert ICON_PATH not in paths
    images = []
    for action, path, (key, text, tooltip, *_rest) in zip(plugin.actions, paths, specs):
        _check_svg(path)
        assert not action.icon().isNull()
        assert _image(action.icon()) == _image(QIcon(path)), key  # the action shows the file's icon
        images.append(_image(action.icon()))
        assert action.toolTip() == tooltip and action.statusTip() == tooltip
        assert tooltip and tooltip.rstrip("…") != text.rstrip("…"), key
    assert all(images[i] != images[j] for i in range(len(images)) for j in range(i))
    toolbar = plugin.toolbar.actions()
    assert [a.objectName() for a in toolbar] == [f"palveluverkko_{s[0]}" for s in specs if s[-1]]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_tooltips_translated(plugin, language):
    strings = json.loads(STRINGS.read_text(encoding="utf-8"))
    english = [spec[2] for spec in plugin.action_specs()]
    translator = i18n.install_translator(language)
    try:
        tooltips = [spec[2] for spec in plugin.action_specs()]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tooltips == [strings[text][language] for text in english]
    assert all(t != e for t, e in zip(tooltips, english))


def test_every_algorithm_group_has_its_own_icon(plugin, provider):
    groups = {}
    for algorithm in provider.algorithms():
        path = group_icon_path(algorithm.groupId())
        assert path != ICON_PATH, algorithm.id()
        assert algorithm.svgIconPath() == path, algorithm.id()
        assert _image(algorithm.icon()) == _image(QIcon(path)), algorithm.id()
        groups[algorithm.groupId()] = path
    assert {"workspace", "analysis", "suitability", "presence", "data", "reports", "models"} <= set(groups)
    paths = list(groups.values())
    assert len(set(paths)) == len(paths)
    for path in paths:
        _check_svg(path)
    action_paths = {action_icon_path(spec[0]) for spec in plugin.action_specs()}
    assert not action_paths & set(paths)
    registry = QgsApplication.processingRegistry()
    assert registry.algorithmById("palveluverkko:plannetwork").svgIconPath() == group_icon_path("models")
