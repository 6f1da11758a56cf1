# SPDX-License-Identifier: GPL-2.0-or-later
"""Help where a newcomer looks: every algorithm's Help button opens its README section; the Help menu entry
opens the bundled getting-started page in QGIS's language."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QObject, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices

import palveluverkko
from palveluverkko.core import i18n

ROOT = Path(__file__).resolve().parent.parent
README = "https://github.com/palveluverkko/palveluverkko/blob/main/README.md#"


def github_anchors(markdown: str) -> set:
    """GitHub's anchors of the headings: lower case, punctuation but - dropped, spaces to -."""
    headings = re.findall(r"^#+ (.*)$", markdown, re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


def test_every_algorithm_links_its_readme_section(provider):
    anchors = github_anchors((ROOT / "README.md").read_text(encoding="utf-8"))
    algorithms = provider.algorithms()
    assert len(algorithms) >= 18
    for algorithm in algorithms:
        url = algorithm.helpUrl()
        assert url.startswith(README), algorithm.id()
        anchor = url[len(README):]
        assert anchor in anchors, (algorithm.id(), anchor)
        if anchor != "working-together-on-postgis":  # the PostGIS tools share one section
            assert anchor.endswith("palveluverkko" + algorithm.name()), (algorithm.id(), anchor)


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot("QUrl")
    def open(self, url):
        self.urls.append(url)


@pytest.mark.parametrize("code, title", [("en", "Palveluverkko: getting started"),
                                         ("fi", "Palveluverkko: aloitusopas"), ("sv", "Palveluverkko: kom igång")])
def test_help_menu_opens_the_getting_started_page(qgis_iface, provider, language, code, title):
    language(code)
    plugin = palveluverkko.classFactory(qgis_iface)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        plugin.initGui()
        action = next(a for a in plugin.actions if a.objectName() == "palveluverkko_help")
        assert action.text() == {"en": "Help: getting started", "fi": "Ohje: näin pääset alkuun",
                                 "sv": "Hjälp: kom igång"}[code]
        action.trigger()
        assert [url.toLocalFile() for url in catcher.urls] == [i18n.help_file(code)]
        page = Path(catcher.urls[0].toLocalFile()).read_text(encoding="utf-8")
        assert f"<title>{title}</title>" in page and f'<html lang="{code}">' in page
        for section in ("demo", "tasks", "missing-tools"):
            assert f'id="{section}"' in page
    finally:
        QDesktopServices.unsetUrlHandler("file")
        plugin.unload()


def test_help_pages_have_the_same_sections():
    def structure(code):
        page = (ROOT / "resources" / "help" / f"getting_started_{code}.html").read_text(encoding="utf-8")
        return re.findall(r'<h2 id="([^"]+)"', page), page.count("<li>"), page.count("<tr>"), page.count("<code>")

    assert structure("fi") == structure("en") == structure("sv")
    assert i18n.help_file("de").endswith("getting_started_en.html")


@pytest.mark.parametrize("code, title, group", [
    ("en", "Plan a shared service network (model)", "Models"),
    ("fi", "Yhteisen palveluverkon suunnittelu (malli)", "Mallit"),
    ("sv", "Planera ett gemensamt servicenät (modell)", "Modeller"),
])
def test_model_title_and_group_translated(provider, language, code, title, group):
    from qgis.core import QgsApplication

    language(code)
    registry = QgsApplication.processingRegistry()
    for model in (registry.algorithmById("palveluverkko:plannetwork"),
                  registry.createAlgorithmById("palveluverkko:plannetwork")):  # what dialogs and qgis_process use
        assert (model.id(), model.displayName(), model.group(), model.groupId()) == (
            "palveluverkko:plannetwork", title, group, "models")
        assert model.helpUrl().endswith("#the-processing-model-palveluverkkoplannetwork")
        assert len(model.childAlgorithms()) == len(_model_on_disk().childAlgorithms()) >= 7


def _model_on_disk():
    """The model as its file holds it (the number of steps the registered, translated instance must keep)."""
    import os

    from qgis.core import QgsProcessingModelAlgorithm

    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "models",
                        "plannetwork.model3")
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(path)
    return model
