# SPDX-License-Identifier: GPL-2.0-or-later
"""The cost, budget, capacity and eligibility parameters of ``palveluverkko:locationallocation``.

COST_FIELD, BUDGET, CAPACITY_FIELD, VISIT_RATE, MIN_POPULATION_WITHIN and
OUTPUT_ASSIGNMENT, read and checked up front (:func:`read_options`); the
candidates' values are checked once it is known which ones can be chosen
(:func:`check_values`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.rules import nulls

COST_FIELD = "COST_FIELD"
BUDGET = "BUDGET"
CAPACITY_FIELD = "CAPACITY_FIELD"
VISIT_RATE = "VISIT_RATE"
MIN_POPULATION_WITHIN = "MIN_POPULATION_WITHIN"
OUTPUT_ASSIGNMENT = "OUTPUT_ASSIGNMENT"
TOTAL_COST = "TOTAL_COST"
MAX_COST = "MAX_COST"
PROBLEM_COVERAGE, PROBLEM_MEDIAN, PROBLEM_FEWEST, PROBLEM_LEAST_COST, PROBLEM_CENTER = range(5)
_translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return _translate("LocationOptions", text)


@dataclass
class Options:
    """The new parameters: per-candidate ``cost`` (NaN = NULL) and ``capacity`` (residents), or None."""

    cost: np.ndarray | None
    budget: float
    capacity: np.ndarray | None
    visit_rate: float
    min_population: float
    cost_field: str = ""
    capacity_field: str = ""


def add_parameters(alg) -> None:
    """COST_FIELD, BUDGET, CAPACITY_FIELD, VISIT_RATE, MIN_POPULATION_WITHIN (all optional)."""
    alg.addParameter(QgsProcessingParameterField(
        COST_FIELD, _tr("Cost field of the candidates (e.g. annual_cost_eur)"),
        parentLayerParameterName=alg.CANDIDATES, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        BUDGET, _tr("Budget: largest total cost of the chosen points (0 = none)"),
        QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
    alg.addParameter(QgsProcessingParameterField(
        CAPACITY_FIELD, _tr("Capacity field of the candidates (annual visits)"),
        parentLayerParameterName=alg.CANDIDATES, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        VISIT_RATE, _tr("Annual visits per resident"), QgsProcessingParameterNumber.Type.Double, defaultValue=1.0))
    alg.addParameter(QgsProcessingParameterNumber(
        MIN_POPULATION_WITHIN, _tr("Least population within the cutoff of a chosen point (0 = none)"),
        QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))


def add_outputs(alg) -> None:
    """OUTPUT_ASSIGNMENT (optional sink), TOTAL_COST and MAX_COST."""
    alg.addParameter(QgsProcessingParameterFeatureSink(
        OUTPUT_ASSIGNMENT, _tr("Demand assigned to the chosen points (one row per demand and point)"),
        QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True, createByDefault=False))
    alg.addOutput(QgsProcessingOutputNumber(TOTAL_COST, _tr("Total cost of the chosen points")))
    alg.addOutput(QgsProcessingOutputNumber(MAX_COST, _tr("Longest cost of a served resident")))


def read_options(alg, parameters, context, problem: int, cands) -> Options:
    """The new parameters, checked against PROBLEM; field values aligned with ``cands``."""
    source = alg.parameterAsSource(parameters, alg.CANDIDATES, context)
    cost_field = alg.parameterAsString(parameters, COST_FIELD, context)
    budget = alg.parameterAsDouble(parameters, BUDGET, context)
    cap_field = alg.parameterAsString(parameters, CAPACITY_FIELD, context)
    rate = alg.parameterAsDouble(parameters, VISIT_RATE, context)
    min_pop = alg.parameterAsDouble(parameters, MIN_POPULATION_WITHIN, context)
    if budget > 0 and problem not in (PROBLEM_COVERAGE, PROBLEM_MEDIAN):
        raise QgsProcessingException(_tr(
            "BUDGET applies to PROBLEM 0 (maximal coverage) and 1 (p-median); set it to 0 for this problem."))
    if not cost_field and (problem == PROBLEM_LEAST_COST or budget > 0):
        raise QgsProcessingException(_tr(
            "COST_FIELD is required by PROBLEM 3 (least-cost coverage) and by BUDGET: give the candidates' cost "
            "field (e.g. annual_cost_eur)."))
    if cap_field and problem not in (PROBLEM_COVERAGE, PROBLEM_MEDIAN):
        raise QgsProcessingException(_tr(
            "CAPACITY_FIELD applies to PROBLEM 0 (capacitated maximal coverage) and 1 (capacitated p-median) "
            "only; leave it empty for PROBLEM {}.").format(problem))
    if cap_field and budget > 0:
        raise QgsProcessingException(_tr("CAPACITY_FIELD and BUDGET cannot be used together; leave one of them out."))
    if cap_field and not rate > 0:
        raise QgsProcessingException(_tr(
            "VISIT_RATE must be above 0 (annual visits per resident; it is {}).").format(rate))
    cost = _values(source, cost_field, cands, COST_FIELD) if cost_field else None
    cap = _values(source, cap_field, cands, CAPACITY_FIELD) if cap_field else None
    return Options(cost, float(budget), None if cap is None else cap / rate, float(rate), float(min_pop),
                   cost_field, cap_field)


def _values(source, field: str, cands, name: str) -> np.ndarray:
    """The numeric ``field`` of the candidates in the order of ``cands`` (NULL = NaN)."""
    index = source.fields().lookupField(field)
    if index < 0:
        raise QgsProcessingException(_tr("The CANDIDATES layer has no field {} ({}).").format(field, name))
    if not source.fields().at(index).isNumeric():
        raise QgsProcessingException(_tr(
            "The {} field {} of the CANDIDATES layer is not numeric.").format(name, field))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    row_of = {int(f): i for i, f in enumerate(cands.fids)}
    raw = [None] * len(cands)
    for feature in source.getFeatures(request):
        row = row_of.get(feature.id())
        if row is not None:
            raw[row] = feature.attribute(index)
    return nulls.numeric_values(raw)


def check_values(values, allowed, ids, name: str, field: str) -> None:
    """Refuse NULL or negative ``values`` on candidates that can be chosen, naming (up to ten of) their ids."""
    bad = allowed & ~(values >= 0)
    if bad.any():
        named = ", ".join(str(ids[i]) for i in np.flatnonzero(bad)[:10])
        more = _tr(" and {} more").format(int(bad.sum()) - 10) if bad.sum() > 10 else ""
        raise QgsProcessingException(_tr(
            "The {} field {} is NULL or negative on candidates that can be chosen: {}{}.").format(
            name, field, named, more))


def eligibility_notes(feedback, within, allowed_pop, required, ids, min_pop: float) -> None:
    """Warn about required candidates below MIN_POPULATION_WITHIN (they are kept) and count the others."""
    if not min_pop > 0:
        return
    low = within < min_pop * (1.0 - 1e-12)
    kept = np.flatnonzero(low & required)
    if kept.size:
        feedback.pushWarning(_tr(
            "Required candidates with fewer than {:g} residents within the cutoff are kept: {}.").format(
            min_pop, ", ".join(str(ids[i]) for i in kept)))
    feedback.pushInfo(_tr("{} of {} candidates have at least {:g} residents within the cutoff.").format(
        int((~low).sum()), len(ids), min_pop))
