# SPDX-License-Identifier: GPL-2.0-or-later
"""Run by tests/test_dependencies.py in a Python where sitecustomize.py hides shapely 2 (it reports 1.8.5,
Debian 12's) or scipy 1.9 (scipy reports 1.8.1 without milp, Ubuntu 22.04's); skipped otherwise.

Checks that the plugin says, in fi/sv/en, which tools cannot run and what to install, that every such
tool refuses with that message and writes nothing, and that everything else works.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsMessageBarItem
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton

import palveluverkko
from palveluverkko.core import deps, i18n

HIDE = os.environ.get("PALVELUVERKKO_HIDE", "")
pytestmark = pytest.mark.skipif(not HIDE, reason="run by tests/test_dependencies.py with PALVELUVERKKO_HIDE")
SHAPELY = [deps.Missing(deps.REQUIREMENTS["shapely"], "1.8.5")]
MILP = [deps.Missing(deps.REQUIREMENTS["milp"], "1.8.1")]
STAND_INS = ["catchments", "comparescenarios", "locationallocation", "premisescriteria", "preparenetwork",
             "plannetwork"]

# The message bar, word for word; what to do depends on the platform (Debian 12 has shapely 1.8 only, Debian 13
# and sid have shapely 2 and scipy in their packages), the command is tested apart.
PLATFORM = deps.detect_platform()
if PLATFORM not in ("debian-old", "debian"):
    pytest.skip(f"the expected texts are written for Debian and Ubuntu, not {PLATFORM}", allow_module_level=True)
ADVICE = {
    "debian-old": {
        "en": "This Debian or Ubuntu has shapely 1.8 only, and the shapely 2 wheel from PyPI clashes with the GEOS "
              "library QGIS uses (QGIS crashes): build it against the system GEOS, then restart QGIS: ",
        "fi": "Tämän Debianin tai Ubuntun shapely on vain 1.8, ja PyPI:n shapely 2 -paketti törmää QGIS:n "
              "käyttämään GEOS-kirjastoon (QGIS kaatuu): käännä se järjestelmän GEOSia vasten ja käynnistä QGIS "
              "uudelleen: ",
        "sv": "Denna Debian eller Ubuntu har bara shapely 1.8, och shapely 2-paketet från PyPI krockar med "
              "GEOS-biblioteket som QGIS använder (QGIS kraschar): bygg det mot systemets GEOS och starta om QGIS: ",
    },
    "debian": {
        "en": "Install them from the distribution's packages (QGIS does not pull them in), then restart QGIS: ",
        "fi": "Asenna ne jakelun paketeista (QGIS ei asenna niitä itse) ja käynnistä QGIS uudelleen: ",
        "sv": "Installera dem från distributionens paket (QGIS drar inte in dem) och starta om QGIS: ",
    },
}
MILP_ADVICE_EN = {
    "debian-old": "The distribution's version is too old: install a newer one with pip for the Python that QGIS "
                  "uses, then restart QGIS: ",
    "debian": ADVICE["debian"]["en"],
}
SHAPELY_BAR = {
    "en": "Some Palveluverkko tools cannot run: Catchment areas, Compare service network scenarios, "
          "Location-allocation (choose service points), Derive criteria for premises, Prepare road network, "
          "Plan a shared service network (model), Coverage report by area with FACILITIES. They need "
          "shapely 2 (1.8.5 is installed). " + ADVICE[PLATFORM]["en"],
    "fi": "Osaa Palveluverkon työkaluista ei voi käyttää: Vaikutusalueet, Palveluverkon skenaarioiden vertailu, "
          "Sijainti-kohdentaminen (palvelupisteiden valinta), Johda kriteerit toimitiloille, Valmistele tieverkko, "
          "Yhteisen palveluverkon suunnittelu (malli), Kattavuusraportti alueittain: FACILITIES. Ne tarvitsevat: "
          "shapely 2 (asennettu versio 1.8.5). " + ADVICE[PLATFORM]["fi"],
    "sv": "Några av Palveluverkkos verktyg kan inte köras: Upptagningsområden, Jämförelse av scenarier för "
          "servicenätet, Lokalisering och allokering (val av servicepunkter), Härled kriterier för lokaler, "
          "Förbered vägnät, Planera ett gemensamt servicenät (modell), Täckningsrapport per område med "
          "FACILITIES. De behöver "
          "shapely 2 (version 1.8.5 är installerad). " + ADVICE[PLATFORM]["sv"],
}
MILP_BAR_EN = ("Some Palveluverkko tools cannot run: Location-allocation (choose service points) with SOLVER=1. "
               "They need scipy 1.9 (1.8.1 is installed). " + MILP_ADVICE_EN[PLATFORM])
SHAPELY_RUN_EN = "palveluverkko:{} needs shapely 2 (1.8.5 is installed). " + ADVICE[PLATFORM]["en"]


class UrlCatcher(QObject):
    """Receives the URLs QDesktopServices.openUrl would open (Qt's own handler hook)."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot("QUrl")
    def open(self, url):
        self.urls.append(url)


def _platform_command(problems):
    return deps.install_command(problems, deps.detect_platform())


def _load_plugin(qgis_iface, language):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", {"en": "en_US", "fi": "fi_FI", "sv": "sv_FI"}[language])
    registry = QgsApplication.processingRegistry()
    if registry.providerById("palveluverkko") is not None:
        registry.removeProvider(registry.providerById("palveluverkko"))
    plugin = palveluverkko.classFactory(qgis_iface)
    plugin.initGui()
    return plugin


def _bar_items(qgis_iface):
    return [item for item in qgis_iface.messageBar().findChildren(QgsMessageBarItem)
            if item.objectName() == "PalveluverkkoDependencies"]


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_shapely18_message_bar(qgis_iface, language):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    plugin = _load_plugin(qgis_iface, language)
    try:
        items = _bar_items(qgis_iface)
        assert len(items) == 1
        assert items[0].text() == SHAPELY_BAR[language] + _platform_command(SHAPELY)
        items[0].findChild(QPushButton, "PalveluverkkoDependenciesDetails").click()
        assert [url.toString() for url in catcher.urls] == [i18n.help_url("missing-tools", language).toString()]
        page = Path(catcher.urls[0].toLocalFile())
        assert page.name == f"getting_started_{language}.html"
        assert 'id="missing-tools"' in page.read_text(encoding="utf-8")
        listed = QgsApplication.processingRegistry().algorithmById("palveluverkko:catchments").displayName()
        assert listed == {"en": "Catchment areas (unavailable)", "fi": "Vaikutusalueet (ei käytettävissä)",
                          "sv": "Upptagningsområden (inte tillgänglig)"}[language]
    finally:
        QDesktopServices.unsetUrlHandler("file")
        plugin.unload()
        bar.clearWidgets()
        QCoreApplication.processEvents()


def _all_ids():
    """The ALG_ID of every processing/alg_*.py, read from the files (importing them needs shapely 2)."""
    import re

    folder = Path(palveluverkko.__file__).parent / "processing"
    return {f"palveluverkko:{name}" for path in folder.glob("alg_*.py")
            for name in re.findall(r'^    ALG_ID = "(\w+)"', path.read_text(encoding="utf-8"), re.M)}


def test_shapely18_every_dependent_tool_refuses(qgis_iface, tmp_path):
    import processing

    plugin = _load_plugin(qgis_iface, "en")
    try:
        registry = QgsApplication.processingRegistry()
        listed = {alg.id() for alg in registry.providerById("palveluverkko").algorithms()}
        assert listed == _all_ids() | {"palveluverkko:plannetwork"}  # every algorithm: real or a stand-in
        for alg_id in STAND_INS:
            algorithm = registry.algorithmById(f"palveluverkko:{alg_id}")
            expected = SHAPELY_RUN_EN.format(alg_id) + _platform_command(SHAPELY)
            assert algorithm.shortHelpString() == expected
            assert algorithm.canExecute() == (False, expected)
            with pytest.raises(QgsProcessingException) as error:
                processing.run(f"palveluverkko:{alg_id}", {"OUTPUT": str(tmp_path / f"{alg_id}.gpkg")})
            assert str(error.value).endswith(expected)
        demand, areas, facilities = _coverage_layers()
        with pytest.raises(QgsProcessingException) as error:
            processing.run("palveluverkko:coveragereport", {
                "DEMAND": demand, "FACILITIES": facilities, "AREAS": areas, "AREA_NAME": "nimi",
                "OUTPUT": str(tmp_path / "coverage.gpkg"), "OUTPUT_REPORT": str(tmp_path / "coverage.html")})
        assert str(error.value) == (
            "palveluverkko:coveragereport FACILITIES needs shapely 2 (1.8.5 is installed). "
            + ADVICE[PLATFORM]["en"] + _platform_command(SHAPELY))
        assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing half-written
        # without FACILITIES (costs already in DEMAND) the report works: 30 of 45 residents within 30
        result = processing.run("palveluverkko:coveragereport", {
            "DEMAND": demand, "AREAS": areas, "AREA_NAME": "nimi", "CUTOFFS": "30", "OUTPUT": "memory:"})
        assert (result["TOTAL_POPULATION"], result["COVERED_POPULATION"]) == (45, 30)
    finally:
        plugin.unload()


def _coverage_layers():
    areas = QgsVectorLayer("Polygon?crs=EPSG:3067&field=nimi:string", "areas", "memory")
    demand = QgsVectorLayer("Point?crs=EPSG:3067&field=vaesto:integer&field=cost:double", "demand", "memory")
    facilities = QgsVectorLayer("Point?crs=EPSG:3067&field=id:string", "points", "memory")
    for layer, wkt, attributes in ((areas, "POLYGON((0 0,100 0,100 100,0 100,0 0))", ["A"]),
                                   (demand, "POINT(10 10)", [30, 12.0]), (demand, "POINT(20 20)", [15, 45.0]),
                                   (facilities, "POINT(50 50)", ["F"])):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        assert layer.dataProvider().addFeature(feature)
    return demand, areas, facilities


def _points(spec, rows):
    layer = QgsVectorLayer(f"Point?crs=EPSG:3067&{spec}", "points", "memory")
    for x, y, *attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(attributes)
        assert layer.dataProvider().addFeature(feature)
    return layer


def test_scipy18_only_the_exact_solver_refuses(qgis_iface, tmp_path):
    import processing

    plugin = _load_plugin(qgis_iface, "en")
    try:
        items = _bar_items(qgis_iface)
        assert [item.text() for item in items] == [MILP_BAR_EN + _platform_command(MILP)]
        registry = QgsApplication.processingRegistry()
        assert registry.algorithmById("palveluverkko:locationallocation").displayName() == \
            "Location-allocation (choose service points)"
        demand = _points("field=vaesto:integer&field=name:string",
                         [(0, 0, 10, "a"), (1000, 0, 20, "b"), (9000, 0, 40, "c")])
        cands = _points("field=code:string", [(0, 0, "W"), (9000, 0, "E")])
        params = {"CANDIDATES": cands, "CANDIDATE_ID": "code", "DEMAND": demand, "POPULATION": "vaesto",
                  "METHOD": 0, "PROBLEM": 0, "P": 1, "CUTOFF": 2, "OUTPUT": "memory:",
                  "OUTPUT_DEMAND": "memory:"}
        with pytest.raises(QgsProcessingException) as error:
            processing.run("palveluverkko:locationallocation", {
                **params, "SOLVER": 1, "OUTPUT": str(tmp_path / "exact.gpkg"),
                "OUTPUT_DEMAND": str(tmp_path / "demand.gpkg")})
        assert str(error.value) == ("palveluverkko:locationallocation SOLVER=1 needs scipy 1.9 (1.8.1 is "
                                    "installed). " + MILP_ADVICE_EN[PLATFORM] + _platform_command(MILP))
        assert list(tmp_path.iterdir()) == []
        # the heuristic: E covers c (40) within 2 km, W covers a and b (30): E is chosen
        result = processing.run("palveluverkko:locationallocation", {**params, "SOLVER": 0})
        assert result["COVERED_POPULATION"] == 40 and result["OPTIMAL"] is False
        chosen = [f["code"] for f in result["OUTPUT"].getFeatures() if f["chosen"] == 1]
        assert chosen == ["E"]
    finally:
        plugin.unload()
