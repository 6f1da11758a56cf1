# SPDX-License-Identifier: GPL-2.0-or-later
"""Test set-up: import the plugin as ``palveluverkko`` whatever the checkout is called.

The repository root is the plugin package. It must never be on ``sys.path``
itself (its ``processing`` sub-package would shadow QGIS's), so a symlink
``build/pkgroot/palveluverkko`` -> the checkout is put on the path instead.
"""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKGROOT = ROOT / "build" / "pkgroot"
SHARED_DATA = ROOT.parent / "shared" / "data"


def _link_package() -> None:
    PKGROOT.mkdir(parents=True, exist_ok=True)
    link = PKGROOT / "palveluverkko"
    if link.is_symlink() and Path(os.readlink(link)) != ROOT:
        link.unlink()
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    if str(PKGROOT) not in sys.path:
        sys.path.insert(0, str(PKGROOT))
    tests_dir = str(ROOT / "tests")
    if tests_dir not in sys.path:
        sys.path.insert(1, tests_dir)
    root = str(ROOT)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != root]


_link_package()


_KEEP_ALIVE: list = []


@pytest.fixture(autouse=True, scope="session")
def _release_leaked_tracebacks(qgis_app):
    """Free the layers held by exceptions that sip keeps, before QGIS exits.

    sip keeps a reference to an exception raised in an algorithm called from
    C++; its traceback's frames hold the test's layers. Destroyed only at
    interpreter exit, after ``exitQgis()``, a GeoPackage layer crashes the
    process (QGIS 3.22), so clear those frames while QGIS still runs.
    """
    yield
    for obj in gc.get_objects():
        if isinstance(obj, BaseException) and obj.__traceback__ is not None:
            tb = obj.__traceback__
            while tb is not None:
                frame = tb.tb_frame
                while frame is not None:  # the callers too: they held the test's layers
                    try:
                        frame.clear()
                    except RuntimeError:  # still executing
                        pass
                    frame = frame.f_back
                tb = tb.tb_next
    gc.collect()


@pytest.fixture
def provider(qgis_processing):
    """The Palveluverkko provider, registered when it is not (tests of the plugin shell remove it)."""
    from qgis.core import QgsApplication

    from palveluverkko.processing.provider import PalveluverkkoProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("palveluverkko")
    if existing is not None:
        return existing
    instance = PalveluverkkoProvider()
    assert registry.addProvider(instance)
    _KEEP_ALIVE.append(instance)  # the Python wrapper must outlive the test
    return instance


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent")
    return SHARED_DATA


@pytest.fixture
def workspace(tmp_path):
    """A fresh, empty workspace GeoPackage path."""
    from palveluverkko.core.presence.workspace import create_workspace

    return create_workspace(str(tmp_path / "workspace.gpkg")).path


@pytest.fixture
def language():
    """Switch QGIS's language for one test: ``language("fi")`` sets the locale and installs the plugin's
    translator; both are restored afterwards."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from palveluverkko.core import i18n

    settings = QgsSettings()
    old = settings.value("locale/userLocale"), settings.value("locale/overrideFlag")
    installed = []

    def switch(code):
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        installed.clear()
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", {"en": "en_US", "fi": "fi_FI", "sv": "sv_FI"}[code])
        translator = i18n.install_translator(code) if code != "en" else None
        if translator is not None:
            installed.append(translator)

    yield switch
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    for name, value in zip(("locale/userLocale", "locale/overrideFlag"), old):
        if value is None:
            settings.remove(name)
        else:
            settings.setValue(name, value)


# Local test servers: MapServer (tests/mapserver.py), the throwaway
# PostgreSQL/PostGIS cluster (tests/pg_server.py) and the WFS/OGC API Features
# servers (tests/wfs_servers.py).
from mapserver import mapserver  # noqa: E402,F401
from pg_server import pg_database, pg_server  # noqa: E402,F401
from wfs_servers import misbehaving_server, qgis_wfs_server, short_network_timeout  # noqa: E402,F401


@pytest.fixture
def layer_tree_view(qgis_iface, monkeypatch):
    """A real layer tree view on the project, as ``iface.layerTreeView()``.

    pytest-qgis's iface answers ``layerTreeView()`` with a MagicMock. From QGIS
    3.44 on, ``processing.runAndLoadResults`` passes that view to C++
    (``QgsProcessingGuiUtils.addResultLayers``), which refuses a mock: tests that
    load results into the project use this fixture (QGIS 3.22 and 3.40 accept it too).
    """
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view = QgsLayerTreeView()
    view.setModel(model)
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    yield view
    monkeypatch.undo()
    view.deleteLater()
    del model
