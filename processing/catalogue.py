# SPDX-License-Identifier: GPL-2.0-or-later
"""What each algorithm needs beyond QGIS and numpy, known before its module is imported.

The provider checks these before importing an algorithm module. An algorithm
whose requirement is unmet (or a model running one) is registered as an :class:`UnavailableAlgorithm` under its
own id: it is listed with its own name and group, refuses to run with the
message of :mod:`core.deps` (what is missing and the command for this
platform), and ``qgis_process run palveluverkko:catchments`` says so instead
of "algorithm not found". tests/test_dependencies.py checks this table against
the real classes.
"""
from __future__ import annotations

from typing import Dict, List, NamedTuple, Sequence, Tuple

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core import deps
from .base import PalveluverkkoAlgorithm


class Entry(NamedTuple):
    module: str                  # processing/<module>.py
    class_name: str              # the translation context of its texts
    display_name: str            # English, as its displayName() (translated through class_name)
    group_id: str
    needs: Tuple[str, ...]       # keys of core.deps.REQUIREMENTS


#: Algorithms with third-party requirements, by id. The others need QGIS and numpy only.
CATALOGUE: Dict[str, Entry] = {
    "catchments": Entry("alg_catchments", "CatchmentsAlgorithm", "Catchment areas", "analysis",
                        ("shapely", "scipy")),
    "comparescenarios": Entry("alg_comparescenarios", "CompareScenariosAlgorithm",
                              "Compare service network scenarios", "suitability", ("shapely", "scipy", "matplotlib")),
    "coveragereport": Entry("alg_coveragereport", "CoverageReportAlgorithm", "Coverage report by area", "reports",
                            ("matplotlib",)),
    "demoworkspace": Entry("alg_demoworkspace", "DemoWorkspaceAlgorithm",
                           "Create demo workspace (synthetic Päijät-Häme)", "workspace", ("scipy", "matplotlib")),
    "locationallocation": Entry("alg_locationallocation", "LocationAllocationAlgorithm",
                                "Location-allocation (choose service points)", "suitability", ("shapely", "scipy")),
    "premisescriteria": Entry("alg_premisescriteria", "PremisesCriteriaAlgorithm", "Derive criteria for premises",
                              "suitability", ("shapely", "scipy")),
    "preparenetwork": Entry("alg_preparenetwork", "PrepareNetworkAlgorithm", "Prepare road network", "analysis",
                            ("shapely", "scipy")),
    "suitability": Entry("alg_suitability", "SuitabilityAlgorithm", "Suitability ranking of premises",
                         "suitability", ("matplotlib",)),
}

#: Parts of an algorithm that need more than the algorithm itself: (id, what) -> requirement keys or ids.
FEATURES = {
    ("locationallocation", "SOLVER=1"): ("milp",),
    ("coveragereport", "FACILITIES"): ("catchments",),
}


def display_name(alg_id: str) -> str:
    """The translated display name of a catalogued algorithm (its own translation context)."""
    entry = CATALOGUE[alg_id]
    return QCoreApplication.translate(entry.class_name, entry.display_name)


def problems_of(alg_id: str) -> List[deps.Missing]:
    """The unmet requirements of algorithm ``alg_id`` (none for an algorithm not in the catalogue)."""
    entry = CATALOGUE.get(alg_id)
    return deps.missing(entry.needs) if entry is not None else []


def _feature_keys(needs: Sequence[str]) -> List[str]:
    """Requirement keys of a feature: algorithm ids stand for their own requirements."""
    keys: List[str] = []
    for need in needs:
        keys.extend(k for k in (CATALOGUE[need].needs if need in CATALOGUE else (need,)) if k not in keys)
    return keys


def feature_message(alg_id: str, feature: str) -> str | None:
    """The message refusing ``feature`` of ``alg_id`` (e.g. SOLVER=1), or None when it can run."""
    problems = deps.missing(_feature_keys(FEATURES[(alg_id, feature)]))
    if not problems:
        return None
    return deps.needs_text(f"palveluverkko:{alg_id} {feature}", problems)


def refuse_feature(alg_id: str, feature: str) -> None:
    """Raise QgsProcessingException with :func:`feature_message` when ``feature`` cannot run."""
    message = feature_message(alg_id, feature)
    if message is not None:
        raise QgsProcessingException(message)


class UnavailableAlgorithm(PalveluverkkoAlgorithm):
    """Stands in for an algorithm whose requirements are unmet: listed, never runs, says why."""

    def __init__(self, alg_id: str, display: str, group_id: str, problems: Sequence[deps.Missing],
                 help_text: str = ""):
        super().__init__()
        self.ALG_ID = alg_id
        self.GROUP_ID = group_id
        self.display_text = display
        self.unmet = list(problems)
        self.help_text = help_text

    def createInstance(self):  # noqa: N802
        return UnavailableAlgorithm(self.ALG_ID, self.display_text, self.GROUP_ID, self.unmet, self.help_text)

    def displayName(self) -> str:  # noqa: N802
        return QCoreApplication.translate("UnavailableAlgorithm", "{} (unavailable)").format(self.display_text)

    def message(self) -> str:
        return deps.needs_text(f"palveluverkko:{self.ALG_ID}", self.unmet)

    def shortHelpString(self) -> str:  # noqa: N802
        return self.message()

    def canExecute(self):  # noqa: N802
        return False, self.message()

    def initAlgorithm(self, config=None):  # noqa: N802
        pass

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return False, self.message()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        raise QgsProcessingException(self.message())


def unavailable_tools(unavailable: Sequence[Tuple[str, Sequence[deps.Missing]]],
                      available_ids: Sequence[str]) -> Tuple[list, list]:
    """(tool names, unmet requirements) for the plugin's message: the unavailable tools (display name,
    problems), then the parts of available algorithms that cannot run (e.g. SOLVER=1 without scipy 1.9)."""
    translate = QCoreApplication.translate
    names = [name for name, _problems in unavailable]
    problems: List[deps.Missing] = [p for _name, found in unavailable for p in found]
    for (alg_id, feature), needs in FEATURES.items():
        if alg_id not in available_ids:
            continue
        unmet = deps.missing(_feature_keys(needs))
        if unmet:
            names.append(translate("Dependencies", "{} with {}").format(display_name(alg_id), feature))
            problems.extend(unmet)
    unique: List[deps.Missing] = []
    for problem in problems:
        if problem.requirement.package not in [u.requirement.package for u in unique]:
            unique.append(problem)
    return names, unique


def unavailable_message(unavailable: Sequence[Tuple[str, Sequence[deps.Missing]]],
                        available_ids: Sequence[str]) -> str | None:
    """The text of the plugin's message bar, translated, or None when every tool can run."""
    names, problems = unavailable_tools(unavailable, available_ids)
    if not names:
        return None
    head = QCoreApplication.translate("Dependencies", "Some Palveluverkko tools cannot run: {}.").format(
        ", ".join(names))
    return f"{head} {deps.needs_text('', problems)}"


def unavailable(alg_id: str, problems: Sequence[deps.Missing]) -> UnavailableAlgorithm:
    """The stand-in of catalogued algorithm ``alg_id``."""
    entry = CATALOGUE[alg_id]
    return UnavailableAlgorithm(alg_id, display_name(alg_id), entry.group_id, problems)
