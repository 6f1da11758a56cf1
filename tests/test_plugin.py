# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin shell: loading, unloading, the provider, imports and translations."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QToolBar

import palveluverkko
from palveluverkko.core import i18n

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def test_processing_is_qgis_own():
    import processing

    assert Path(processing.__file__).resolve().parent.parent.name == "plugins"
    assert Path(processing.__file__).resolve().parent != ROOT / "processing"
    assert hasattr(processing, "run")
    assert Path(palveluverkko.__file__).resolve().parent == ROOT


def _menus(window):
    return [a for a in window.menuBar().actions()
            if a.menu() is not None and a.menu().objectName() == "PalveluverkkoMenu"]


def _toolbars(window):
    return [t for t in window.findChildren(QToolBar) if t.objectName() == "PalveluverkkoToolbar"]


def test_load_unload_load_leaves_no_duplicates(qgis_iface, qgis_processing):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("palveluverkko")
    if existing is not None:  # the session fixture's provider
        registry.removeProvider(existing)
    window = qgis_iface.mainWindow()
    for _round in range(2):
        plugin = palveluverkko.classFactory(qgis_iface)
        plugin.initGui()
        assert len(_menus(window)) == 1
        menu = _menus(window)[0].menu()
        keys = [key for key, *_rest in plugin.action_specs()]
        assert [a.objectName() for a in menu.actions()] == [f"palveluverkko_{k}" for k in keys]
        assert len(_toolbars(window)) == 1
        assert [p.id() for p in registry.providers()].count("palveluverkko") == 1
        assert registry.algorithmById("palveluverkko:createworkspace") is not None
        plugin.unload()
        QCoreApplication.processEvents()
        assert _menus(window) == []
        assert _toolbars(window) == []
        assert registry.providerById("palveluverkko") is None


def test_provider_lists_algorithms(provider):
    ids = [alg.id() for alg in provider.algorithms()]
    assert "palveluverkko:createworkspace" in ids
    assert all(alg_id == alg_id.lower() for alg_id in ids)
    assert provider.name() == "Palveluverkko"
    assert not provider.icon().isNull()


def test_createworkspace_algorithm(provider, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    path = str(tmp_path / "ws.gpkg")
    result = processing.run("palveluverkko:createworkspace", {"OUTPUT": path})
    assert result == {"OUTPUT": path, "SCHEMA_VERSION": 1}
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM agencies").fetchone() == (12,)
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("palveluverkko:createworkspace", {"OUTPUT": path})
    result = processing.run("palveluverkko:createworkspace", {"OUTPUT": path, "OVERWRITE": True})
    assert result["OUTPUT"] == path
    with pytest.raises(QgsProcessingException, match="must be a GeoPackage file ending in .gpkg"):
        processing.run("palveluverkko:createworkspace", {"OUTPUT": str(tmp_path / "ws.shp")})


def test_finnish_when_qgis_locale_is_fi(qgis_iface, provider):
    """With QGIS's locale set to fi, the plugin's menu and algorithm names are Finnish."""
    from qgis.core import QgsSettings

    assert os.path.isfile(i18n.translation_file("fi")), "run make setup to compile the translations"
    settings = QgsSettings()
    old = settings.value("locale/userLocale"), settings.value("locale/overrideFlag")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fi_FI")
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(registry.providerById("palveluverkko"))
    plugin = palveluverkko.classFactory(qgis_iface)
    try:
        assert i18n.locale_code() == "fi"
        plugin.initGui()
        menu = next(a.menu() for a in qgis_iface.mainWindow().menuBar().actions()
                    if a.menu() is not None and a.menu().objectName() == "PalveluverkkoMenu")
        assert [a.text() for a in menu.actions()][:2] == ["Luo työtila…", "Avaa työtila…"]
        algorithm = QgsApplication.processingRegistry().algorithmById("palveluverkko:createworkspace")
        assert algorithm.displayName() == "Luo työtila"
        assert algorithm.group() == "Työtila"
    finally:
        plugin.unload()
        for name, value in zip(("locale/userLocale", "locale/overrideFlag"), old):
            if value is None:
                settings.remove(name)
            else:
                settings.setValue(name, value)
    assert registry.algorithmById("palveluverkko:createworkspace") is None


def test_swedish_translation(provider):
    translator = i18n.install_translator("sv")
    try:
        algorithm = QgsApplication.processingRegistry().algorithmById("palveluverkko:createworkspace")
        assert algorithm.displayName() == "Skapa arbetsyta"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
def test_packaged_zip_loads_in_qgis_process(tmp_path):
    subprocess.run(["bash", str(ROOT / "scripts" / "package.sh")], check=True, capture_output=True)
    version = next(line.split("=", 1)[1] for line in (ROOT / "metadata.txt").read_text().splitlines()
                   if line.startswith("version="))
    archive = ROOT / "dist" / f"palveluverkko-{version}.zip"
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert all(name.startswith("palveluverkko/") for name in names)
        assert not any(name.startswith("palveluverkko/tests/") for name in names)
        assert "palveluverkko/i18n/palveluverkko_fi.qm" in names
        zf.extractall(tmp_path / "plugins")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(tmp_path / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"))
    env.pop("PYTHONPATH", None)

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=180,
                              cwd=tmp_path)

    enabled = qgis_process("plugins", "enable", "palveluverkko")
    assert enabled.returncode == 0, enabled.stderr
    listing = qgis_process("list")
    assert "palveluverkko:createworkspace" in listing.stdout
    # With the venv's packages (shapely 2 and the rest) every algorithm loads;
    # without them the ones needing shapely 2 are skipped, never the whole provider.
    import sysconfig

    from palveluverkko.processing.provider import algorithm_classes

    env["PYTHONPATH"] = sysconfig.get_paths()["purelib"]
    full = qgis_process("list")
    for cls in algorithm_classes():
        assert f"palveluverkko:{cls.ALG_ID}" in full.stdout, full.stdout + full.stderr
    env.pop("PYTHONPATH")
    path = tmp_path / "made by qgis_process.gpkg"
    run = qgis_process("run", "palveluverkko:createworkspace", "--", f"OUTPUT={path}")
    assert run.returncode == 0, run.stdout + run.stderr
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    assert tables == {"premises", "agency_presence", "agencies", "palveluverkko_meta"}


def test_open_workspace_action_rejects_other_geopackage(qgis_iface, qgis_new_project, tmp_path):
    from osgeo import ogr
    from qgis.core import Qgis, QgsProject

    path = str(tmp_path / "roads.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    plugin = palveluverkko.classFactory(qgis_iface)
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    assert plugin.open_workspace(path) is None
    assert QgsProject.instance().mapLayers() == {}
    messages = bar.get_messages(Qgis.Critical)
    assert len(messages) == 1
    assert "roads.gpkg is a GeoPackage but not a Palveluverkko workspace" in messages[0]
    plugin.unload()


def test_open_workspace_action_adds_layers(qgis_iface, qgis_new_project, workspace):
    from qgis.core import QgsProject

    plugin = palveluverkko.classFactory(qgis_iface)
    layers = plugin.open_workspace(workspace)
    assert set(layers) == {"premises", "agency_presence", "agencies"}
    assert len(QgsProject.instance().relationManager().relations()) == 1
    plugin.unload()
