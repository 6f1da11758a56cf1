# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared base class of the Palveluverkko Processing algorithms."""
from __future__ import annotations

import os

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

README_URL = "https://github.com/palveluverkko/palveluverkko/blob/main/README.md"
#: The README section of each algorithm (GitHub's anchor of its heading; tests/test_help.py checks them).
HELP_ANCHORS = {
    "catchments": "catchment-areas-palveluverkkocatchments",
    "comparescenarios": "compare-scenarios-palveluverkkocomparescenarios",
    "copyworkspace": "working-together-on-postgis",
    "coveragereport": "coverage-report-by-area-palveluverkkocoveragereport",
    "createdbworkspace": "working-together-on-postgis",
    "createworkspace": "create-workspace-palveluverkkocreateworkspace",
    "demoworkspace": "the-demo-data-palveluverkkodemoworkspace",
    "fetchstatfi": "statistics-finland-data-palveluverkkofetchstatfi",
    "fetchwfs": "fetch-from-wfs-palveluverkkofetchwfs",
    "grantscope": "working-together-on-postgis",
    "importpremises": "import-premises-palveluverkkoimportpremises",
    "importpresence": "import-agency-presence-palveluverkkoimportpresence",
    "locationallocation": "location-allocation-palveluverkkolocationallocation",
    "premisescriteria": "derive-criteria-for-premises-palveluverkkopremisescriteria",
    "preparenetwork": "prepare-a-road-network-palveluverkkopreparenetwork",
    "presencematrix": "presence-matrix-palveluverkkopresencematrix",
    "suitability": "suitability-ranking-of-premises-palveluverkkosuitability",
    "plannetwork": "the-processing-model-palveluverkkoplannetwork",
}
ICONS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")
ICON_PATH = os.path.join(ICONS_DIR, "palveluverkko.svg")
GROUP_IDS = ("workspace", "analysis", "suitability", "presence", "data", "reports", "models")


def group_icon_path(group_id: str) -> str:
    """The SVG icon of an algorithm group (``resources/icons/group_<id>.svg``); the plugin's icon otherwise."""
    path = os.path.join(ICONS_DIR, f"group_{group_id}.svg")
    return path if group_id in GROUP_IDS else ICON_PATH


class PalveluverkkoAlgorithm(QgsProcessingAlgorithm):
    """Base class: id, group, icon, translation and instance creation.

    Subclasses set ``ALG_ID`` (stable, lowercase, never translated) and
    ``GROUP_ID`` (one of the keys of ``GROUPS``) and implement
    ``displayName``, ``shortHelpString``, ``initAlgorithm`` and
    ``processAlgorithm``. No state is kept on the object between runs.
    """

    ALG_ID = ""
    GROUP_ID = "workspace"

    def tr(self, text: str) -> str:  # noqa: D401 - Qt naming
        """Translate with the concrete class name as context."""
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self) -> str:
        return self.ALG_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(group_icon_path(self.GROUP_ID))

    def svgIconPath(self) -> str:  # noqa: N802
        return group_icon_path(self.GROUP_ID)

    def helpUrl(self) -> str:  # noqa: N802
        """The algorithm's section of the README (the Help button of its dialog)."""
        return help_url(self.ALG_ID)

    def createInstance(self):  # noqa: N802
        return type(self)()


def group_name(group_id: str) -> str:
    """Translated display name of an algorithm group."""
    names = {
        "workspace": QCoreApplication.translate("PalveluverkkoAlgorithm", "Workspace"),
        "analysis": QCoreApplication.translate("PalveluverkkoAlgorithm", "Catchments and accessibility"),
        "suitability": QCoreApplication.translate("PalveluverkkoAlgorithm", "Suitability and location"),
        "presence": QCoreApplication.translate("PalveluverkkoAlgorithm", "Agency presence"),
        "data": QCoreApplication.translate("PalveluverkkoAlgorithm", "Data sources"),
        "reports": QCoreApplication.translate("PalveluverkkoAlgorithm", "Reports"),
        "models": QCoreApplication.translate("PalveluverkkoAlgorithm", "Models"),
    }
    return names.get(group_id, group_id)


def help_url(alg_id: str) -> str:
    """The README section of algorithm (or model) ``alg_id``; the README itself for an unknown id."""
    anchor = HELP_ANCHORS.get(alg_id)
    return f"{README_URL}#{anchor}" if anchor else README_URL
