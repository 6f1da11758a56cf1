# SPDX-License-Identifier: GPL-2.0-or-later
"""Build resources/models/plannetwork.model3: the demo chain as a Graphical Modeler model.

Run with the project's venv python after changing the chain:
    .venv/bin/python scripts/make_model.py
The provider registers every resources/models/*.model3, so the model appears in the toolbox as
palveluverkko:plannetwork. Its inputs are the workspace layers (premises, agency_presence) and the
population grid, road network and municipalities; tests/test_model.py runs it on the demo data.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "resources" / "models" / "plannetwork.model3"
CRITERIA = "pop_within,benefit,4,agencies_total,benefit,2,visits_total,benefit,2,annual_cost_eur,cost,2"
CONSTRAINTS = '"accessible" AND "pop_within" >= 10000'


def build():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("plannetwork", "Models", "models")
    model.setHelpContent({
        "ALG_DESC": "Plans a shared customer service network end to end, as make demo does: the road network "
                    "prepared (OpenStreetMap or Digiroad data, or roads with the given speed and one-way fields), "
                    "catchments of today's "
                    "service points by road (30 and 60 minutes), coverage per municipality, criteria and a "
                    "suitability ranking of the candidate premises (10 000 residents within an hour, weight "
                    "sensitivity), the best P shared points by maximal coverage within 30 minutes, the "
                    "comparison of that network with today's, and the cost-effective variant: the least-cost "
                    "network (premises' annual_cost_eur) keeping everyone within 60 minutes.",
        "ALG_CREATOR": "Palveluverkko",
    })
    x = 120.0

    def parameter(definition, y):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(definition, component)

    point, polygon, line, table = (QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon,
                                   QgsProcessing.TypeVectorLine, QgsProcessing.TypeVector)
    parameter(QgsProcessingParameterFeatureSource("premises", "Premises (workspace table premises)", [point]), 60)
    parameter(QgsProcessingParameterFeatureSource("presence", "Agency presence (workspace table agency_presence)",
                                                  [table]), 130)
    parameter(QgsProcessingParameterFeatureSource("service_points", "Today's service points", [point]), 200)
    parameter(QgsProcessingParameterFeatureSource("population_grid", "Population grid", [polygon, point]), 270)
    parameter(QgsProcessingParameterField("population_field", "Population field", "vaesto", "population_grid",
                                          QgsProcessingParameterField.Numeric), 340)
    parameter(QgsProcessingParameterFeatureSource("roads", "Road network", [line]), 410)
    parameter(QgsProcessingParameterField("speed_field", "Speed field of the roads (km/h)", "speed_kmh", "roads",
                                          QgsProcessingParameterField.Numeric, optional=True), 480)
    parameter(QgsProcessingParameterField("direction_field", "One-way field of the roads", "ajosuunta", "roads",
                                          optional=True), 550)
    parameter(QgsProcessingParameterFeatureSource("municipalities", "Municipalities", [polygon]), 620)
    parameter(QgsProcessingParameterField("area_name", "Municipality name field", "nimi", "municipalities"), 690)
    parameter(QgsProcessingParameterNumber("points", "Number of shared service points to choose",
                                           QgsProcessingParameterNumber.Integer, 4, minValue=1), 760)

    def src(name):
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    def static(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    def output_of(child, name):
        return [QgsProcessingModelChildParameterSource.fromChildOutput(child, name)]

    road = {"METHOD": static(1), "NETWORK": output_of("network", "OUTPUT"), "SPEED_FIELD": static("speed_kmh"),
            "DIRECTION_FIELD": static("direction"), "DEFAULT_SPEED": static(50), "MAX_SNAP_DISTANCE": static(1000)}
    demand = {"DEMAND": src("population_grid"), "POPULATION": src("population_field")}

    def child(child_id, algorithm, description, sources, outputs, y):
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        step.setDescription(description)
        step.setPosition(QPointF(520.0, y))
        for name, value in sources.items():
            step.addParameterSources(name, value)
        model_outputs = {}
        for output_name, (child_output, text) in outputs.items():
            out = QgsProcessingModelOutput(output_name, text)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            out.setPosition(QPointF(820.0, y))
            model_outputs[output_name] = out
        step.setModelOutputs(model_outputs)
        model.addChildAlgorithm(step)

    child("network", "palveluverkko:preparenetwork", "Routable road network", {
        "INPUT": src("roads"), "SCHEMA": static(0), "SPEED_FIELD": src("speed_field"),
        "DIRECTION_FIELD": src("direction_field"), "SPEED_FACTOR": static(1.0)}, {}, -40)
    child("catchments", "palveluverkko:catchments", "Catchments of today's service points", {
        "FACILITIES": src("service_points"), "FACILITY_ID": static("premises_id"), **demand, **road,
        "CUTOFFS": static("30,60")}, {
        "Travel time per cell": ("OUTPUT_DEMAND", "Travel time per cell"),
        "Catchments": ("OUTPUT_CATCHMENTS", "Catchments")}, 80)
    child("coverage", "palveluverkko:coveragereport", "Coverage per municipality", {
        "DEMAND": output_of("catchments", "OUTPUT_DEMAND"), "POPULATION": src("population_field"),
        "COST_FIELD": static("cost"), "CUTOFFS": static("30,60"), "COST_UNIT": static(0),
        "AREAS": src("municipalities"), "AREA_NAME": src("area_name")}, {
        "Coverage by municipality": ("OUTPUT", "Coverage by municipality"),
        "Coverage report": ("OUTPUT_REPORT", "Coverage report")}, 200)
    child("candidates", "native:extractbyexpression", "Candidate premises", {
        "INPUT": src("premises"), "EXPRESSION": static('"is_candidate"')}, {}, 320)
    child("criteria", "palveluverkko:premisescriteria", "Criteria of the candidates", {
        "PREMISES": output_of("candidates", "OUTPUT"), "PREMISES_ID": static("premises_id"),
        "PRESENCE": src("presence"), **demand, **road, "CUTOFF": static(60)}, {}, 440)
    child("ranking", "palveluverkko:suitability", "Suitability ranking", {
        "PREMISES": output_of("criteria", "OUTPUT"), "CRITERIA": static(CRITERIA), "METHOD": static(0),
        "CONSTRAINTS": static(CONSTRAINTS), "SENSITIVITY_RUNS": static(1000), "SENSITIVITY_SPREAD": static(0.2),
        "SEED": static(1), "TOP_K": static(3)}, {
        "Ranking of candidates": ("OUTPUT", "Ranking of candidates"),
        "Ranking report": ("OUTPUT_REPORT", "Ranking report")}, 560)
    child("allocation", "palveluverkko:locationallocation", "Choose the shared service points", {
        "CANDIDATES": output_of("candidates", "OUTPUT"), "CANDIDATE_ID": static("premises_id"),
        "REQUIRED": static('"is_fixed"'), **demand, **road, "PROBLEM": static(0), "P": src("points"),
        "CUTOFF": static(30), "SOLVER": static(0)}, {
        "Chosen service points": ("OUTPUT", "Chosen service points")}, 680)
    child("compare", "palveluverkko:comparescenarios", "Chosen network versus today", {
        "BASE": src("service_points"), "SCENARIO": output_of("allocation", "OUTPUT"),
        "SCENARIO_EXPRESSION": static('"chosen" = 1'), "FACILITY_ID": static("premises_id"), **demand, **road,
        "CUTOFF": static(30), "AREAS": src("municipalities"), "AREA_NAME": src("area_name")}, {
        "Chosen versus today per municipality": ("OUTPUT_AREAS", "Chosen versus today per municipality")}, 800)
    child("leastcost", "palveluverkko:locationallocation", "The least-cost network keeping everyone within an hour", {
        "CANDIDATES": output_of("candidates", "OUTPUT"), "CANDIDATE_ID": static("premises_id"),
        "REQUIRED": static('"is_fixed"'), **demand, **road, "PROBLEM": static(3), "CUTOFF": static(60),
        "COVERAGE_TARGET": static(100), "COST_FIELD": static("annual_cost_eur"), "SOLVER": static(0)}, {
        "Least-cost network": ("OUTPUT", "Least-cost network")}, 920)
    return model


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        model = build()
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        if not model.toFile(str(MODEL_PATH)):
            print(f"could not write {MODEL_PATH}", file=sys.stderr)
            return 1
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
