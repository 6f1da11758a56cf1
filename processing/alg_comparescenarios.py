# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:comparescenarios``: who gains and who loses when the network of points changes."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.allocation import features, scenarios
from ..core.compat import FieldType
from ..core.rules.numbers import thousands
from ..core.styling import style_on_completion
from . import costparams
from .base import PalveluverkkoAlgorithm
from .locationinputs import extended_fields, read_demand, read_sites, typed_field, work_crs, write_rows
from .sinks import run_guarded


class CompareScenariosAlgorithm(PalveluverkkoAlgorithm):
    """Travel cost to the nearest point before (BASE) and after (SCENARIO)."""

    ALG_ID = "comparescenarios"
    GROUP_ID = "suitability"
    BASE = "BASE"
    SCENARIO = "SCENARIO"
    BASE_EXPRESSION = "BASE_EXPRESSION"
    SCENARIO_EXPRESSION = "SCENARIO_EXPRESSION"
    FACILITY_ID = "FACILITY_ID"
    DEMAND = "DEMAND"
    POPULATION = "POPULATION"
    CUTOFF = "CUTOFF"
    AREAS = "AREAS"
    AREA_NAME = "AREA_NAME"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    POPULATION_LOST = "POPULATION_LOST"
    POPULATION_GAINED = "POPULATION_GAINED"
    TOTAL_POPULATION = "TOTAL_POPULATION"
    OUTSIDE_POPULATION = "OUTSIDE_POPULATION"
    OUTSIDE_COUNT = "OUTSIDE_COUNT"
    MEAN_COST_BASE = "MEAN_COST_BASE"
    MEAN_COST_SCENARIO = "MEAN_COST_SCENARIO"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Compare service network scenarios")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Compares two sets of service points for the same residents: who is no longer within the cutoff "
            "(e.g. \"if the Kitee office closes, who is no longer within an hour of a point\") and who gains.\n\n"
            "BASE: today's service points. SCENARIO: the points of the scenario; leave it empty to use the BASE "
            "layer filtered by SCENARIO_EXPRESSION. BASE_EXPRESSION and SCENARIO_EXPRESSION: optional filters "
            "(e.g. \"name\" <> 'Kitee'). FACILITY_ID: id field of the points (default the feature id).\n"
            "DEMAND and POPULATION: residents as points or polygons (NULL and negative count as 0).\n"
            "METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: travel cost as in "
            "Catchments (km by straight line, minutes by road). CUTOFF: default 60.\n"
            "AREAS and AREA_NAME: optional municipality or region polygons for a per-area table.\n\n"
            "OUTPUT: the demand with facility_base, cost_base, facility_scenario, cost_scenario, change "
            "(cost_scenario - cost_base, NULL when either is NULL), lost_cutoff (1: within CUTOFF before, not "
            "after) and gained_cutoff (1: the other way round). OUTPUT_AREAS: per area population, pop_lost, "
            "pop_gained, pop_within_base, pop_within_scenario, mean_cost_base and mean_cost_scenario "
            "(population-weighted over the residents that reach a point) and demand_count. OUTPUT_REPORT: optional "
            "HTML report.\n"
            "Result values: POPULATION_LOST, POPULATION_GAINED, TOTAL_POPULATION, MEAN_COST_BASE, MEAN_COST_SCENARIO."
        ) + "\n\n" + self.tr(
            "With AREAS, the report lists the areas with residents sorted by name in the language of QGIS (å, ä, ö "
            "after z in Finnish and Swedish) and says how many residents and demand features lie outside every "
            "area (result values OUTSIDE_POPULATION and OUTSIDE_COUNT); areas without residents are left out of "
            "the report (it says how many) and kept in OUTPUT_AREAS."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BASE, self.tr("Base service points"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCENARIO, self.tr("Scenario service points (empty: BASE filtered by the scenario expression)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.BASE_EXPRESSION, self.tr("Base filter (expression, optional)"),
            parentLayerParameterName=self.BASE, optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.SCENARIO_EXPRESSION, self.tr("Scenario filter (expression, optional)"),
            parentLayerParameterName=self.BASE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_ID, self.tr("Service point id field (default: feature id)"),
            parentLayerParameterName=self.BASE, optional=True))
        costparams.add_demand_parameters(self)
        costparams.add_cost_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.CUTOFF, self.tr("Cutoff (minutes by road, km by straight line)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=60.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (municipalities or regions, optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME, self.tr("Area name field"), parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Demand with both costs"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Change by area"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Scenario report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        for name, text in ((self.POPULATION_LOST, self.tr("Population losing the cutoff")),
                           (self.POPULATION_GAINED, self.tr("Population gaining the cutoff")),
                           (self.TOTAL_POPULATION, self.tr("Total population")),
                           (self.MEAN_COST_BASE, self.tr("Mean cost, base")),
                           (self.MEAN_COST_SCENARIO, self.tr("Mean cost, scenario")),
                           (self.OUTSIDE_POPULATION, self.tr("Population outside every area")),
                           (self.OUTSIDE_COUNT, self.tr("Demand features outside every area"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        cutoff, areas, area_name, demand_source = self._inputs(parameters, context)
        base_expr = self.parameterAsExpression(parameters, self.BASE_EXPRESSION, context)
        scen_expr = self.parameterAsExpression(parameters, self.SCENARIO_EXPRESSION, context)
        has_scenario_layer = bool(parameters.get(self.SCENARIO))
        crs = work_crs(demand_source, context)
        id_field = self.parameterAsString(parameters, self.FACILITY_ID, context)
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        if feedback.isCanceled():  # a multi-step feedback made after cancel() misses it
            steps.cancel()
        base, base_mask = self._points(parameters, context, steps, self.BASE, id_field, crs, base_expr)
        if has_scenario_layer:
            scen, scen_mask = self._points(parameters, context, steps, self.SCENARIO, id_field, crs, scen_expr)
        else:
            scen, scen_mask = self._points(parameters, context, steps, self.BASE, id_field, crs, scen_expr)
        demand = read_demand(self, parameters, context, steps, self.DEMAND, self.POPULATION, crs)
        model = costparams.build_cost_model(self, parameters, context, steps, crs)
        results = []
        for step, (sites, mask) in enumerate(((base, base_mask), (scen, scen_mask)), start=1):
            steps.setCurrentStep(step)
            progress, cancelled = costparams.feedback_callbacks(steps)
            rows = np.flatnonzero(mask)
            near, cost = model.nearest(demand.xy, sites.xy[rows], progress, cancelled)
            results.append((np.where(near >= 0, rows[np.maximum(near, 0)], -1), cost))
        (fac_b, cost_b), (fac_s, cost_s) = results
        cmp = scenarios.compare(cost_b, cost_s, cutoff)
        pop = demand.population
        lost, gained = float(pop[cmp.lost].sum()), float(pop[cmp.gained].sum())
        total = scenarios.area_table(["all"], np.zeros(len(pop), dtype=np.int64), pop, cost_b, cost_s, cutoff)
        steps.setCurrentStep(3)
        dest = self._write_demand(outputs, demand_source, demand, base, scen,
                                  (fac_b, cost_b, fac_s, cost_s, cmp), steps)
        if dest is None:
            return {}
        result = {self.OUTPUT: dest, self.POPULATION_LOST: lost, self.POPULATION_GAINED: gained,
                  self.TOTAL_POPULATION: float(pop.sum()), self.MEAN_COST_BASE: _none(total.mean_base[0]),
                  self.MEAN_COST_SCENARIO: _none(total.mean_scenario[0])}
        table = None
        if areas is not None:
            table, area_dest = self._areas(outputs, context, areas, area_name, crs, demand, cost_b, cost_s,
                                           cutoff, steps)
            if area_dest is not None:
                result[self.OUTPUT_AREAS] = area_dest
            result[self.OUTSIDE_POPULATION] = table.outside_population
            result[self.OUTSIDE_COUNT] = table.outside_count
        feedback.pushInfo(self.tr("Within the cutoff before but not after: {} residents; after but not before: {}.")
                          .format(thousands(lost), thousands(gained)))
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            self._report(report, parameters, model, result, table, cutoff)
            result[self.OUTPUT_REPORT] = report
        polygon = QgsWkbTypes.geometryType(demand_source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        style_on_completion(context, dest, "comparescenarios_" + ("polygon" if polygon else "point"))
        return result

    def _inputs(self, parameters, context):
        """(cutoff, areas or None, area name field, demand source), checked."""
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        if not cutoff > 0:
            raise QgsProcessingException(self.tr("CUTOFF must be a positive number."))
        if not parameters.get(self.SCENARIO) and not self.parameterAsExpression(
                parameters, self.SCENARIO_EXPRESSION, context):
            raise QgsProcessingException(self.tr(
                "Give the scenario: a SCENARIO layer, or a SCENARIO_EXPRESSION that filters the BASE layer."))
        areas = self.parameterAsSource(parameters, self.AREAS, context) if parameters.get(self.AREAS) else None
        area_name = self.parameterAsString(parameters, self.AREA_NAME, context)
        if areas is not None and (not area_name or areas.fields().lookupField(area_name) < 0):
            raise QgsProcessingException(self.tr("Choose the AREA_NAME field of the AREAS layer."))
        demand_source = self.parameterAsSource(parameters, self.DEMAND, context)
        if demand_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DEMAND))
        return cutoff, areas, area_name, demand_source

    def _points(self, parameters, context, feedback, name, id_field, crs, expression):
        sites = read_sites(self, parameters, context, feedback, name, id_field, crs,
                           {"keep": expression} if expression else None)
        mask = sites.flags["keep"] if expression else np.ones(len(sites), dtype=bool)
        if not mask.any():
            feedback.pushWarning(self.tr("No {} point passes the filter: every resident is unreachable there.")
                                 .format(name))
        return sites, mask

    def _write_demand(self, outputs, source, demand, base, scen, values, feedback):
        fac_b, cost_b, fac_s, cost_s, cmp = values
        extra = [typed_field("facility_base", base.id_field), QgsField("cost_base", FieldType.Double),
                 typed_field("facility_scenario", scen.id_field), QgsField("cost_scenario", FieldType.Double),
                 QgsField("change", FieldType.Double), QgsField("lost_cutoff", FieldType.Int),
                 QgsField("gained_cutoff", FieldType.Int)]
        fields, kept = extended_fields(source.fields(), extra)
        sink, dest = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        columns = [[base.ids[f] if f >= 0 else None for f in fac_b.tolist()], _nones(cost_b),
                   [scen.ids[f] if f >= 0 else None for f in fac_s.tolist()], _nones(cost_s), _nones(cmp.change),
                   cmp.lost.astype(int).tolist(), cmp.gained.astype(int).tolist()]
        if not write_rows(sink, source, demand.fids, fields, kept, columns, feedback):
            return None
        return dest

    def _areas(self, outputs, context, areas, area_name, crs, demand, cost_b, cost_s, cutoff, feedback):
        data = features.read_areas(areas, area_name, crs, context.transformContext(), feedback.isCanceled)
        names = data.names
        index = data.locate(demand.xy)
        outside = demand.population[index < 0].sum()
        if outside > 0:
            feedback.pushWarning(self.tr("{} residents lie outside every area and are not in the area table.")
                                 .format(thousands(outside)))
        table = scenarios.area_table(names, index, demand.population, cost_b, cost_s, cutoff)
        fields = QgsFields()
        fields.append(QgsField("area", FieldType.String))
        for name in ("population", "pop_lost", "pop_gained", "pop_within_base", "pop_within_scenario",
                     "mean_cost_base", "mean_cost_scenario"):
            fields.append(QgsField(name, FieldType.Double))
        fields.append(QgsField("demand_count", FieldType.Int))
        sink, dest = outputs.sink(self.OUTPUT_AREAS, fields, QgsWkbTypes.multiType(areas.wkbType()),
                                  areas.sourceCrs(), required=False)
        if sink is None:
            return table, None
        row_of = {f: i for i, f in enumerate(data.fids)}
        for feature in areas.getFeatures():
            i = row_of.get(feature.id())
            if i is None:
                continue
            out = QgsFeature(fields)
            geometry = feature.geometry()
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes([names[i], float(table.population[i]), float(table.lost[i]), float(table.gained[i]),
                               float(table.within_base[i]), float(table.within_scenario[i]),
                               _none(table.mean_base[i]), _none(table.mean_scenario[i]), int(table.demand_count[i])])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return table, dest

    def _report(self, path, parameters, model, result, table, cutoff):
        unit = costparams.cost_unit_label(model)
        labels = {
            "summary": self.tr("Summary"), "figure": self.tr("Figure"), "value": self.tr("Value"),
            "pop_total": self.tr("Total population"), "pop_lost": self.tr("Population losing the cutoff"),
            "pop_gained": self.tr("Population gaining the cutoff"), "mean_base": self.tr("Mean cost, base ({})"),
            "mean_scenario": self.tr("Mean cost, scenario ({})"), "area": self.tr("Area"),
            "population": self.tr("Population"), "lost": self.tr("Losing the cutoff"),
            "gained": self.tr("Gaining the cutoff"), "within_base": self.tr("Within the cutoff, base"),
            "within_scenario": self.tr("Within the cutoff, scenario"), "by_area": self.tr("By area"),
            "parameters": self.tr("Run parameters"),
            "reconcile": self.tr("The table counts {} residents; {} residents ({} demand features) lie outside "
                                 "every area and are not in it; {} residents in all."),
            "empty_areas": self.tr("{} areas without residents are left out of the table; the output layer has "
                                   "every area."),
            "note": self.tr("A resident is within the cutoff when the travel cost to the nearest service point is at "
                            "most the cutoff; mean costs are over the residents that reach a point."),
        }
        totals = {"pop_total": result[self.TOTAL_POPULATION], "pop_lost": result[self.POPULATION_LOST],
                  "pop_gained": result[self.POPULATION_GAINED], "mean_base": result[self.MEAN_COST_BASE],
                  "mean_scenario": result[self.MEAN_COST_SCENARIO]}
        labels.update(mean_base=labels["mean_base"].format(unit),
                      mean_scenario=labels["mean_scenario"].format(unit))
        params = {k: _describe(v) for k, v in parameters.items() if not k.startswith("OUTPUT")}
        params["CUTOFF"] = cutoff
        page = scenarios.report_page(self.tr("Scenario comparison"), totals, table, unit, params, labels)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page)


def _describe(value) -> str:
    if hasattr(value, "source") and callable(value.source):
        return value.source()
    if hasattr(value, "name") and callable(value.name):
        return value.name()
    return str(value)


def _none(value):
    value = float(value)
    return value if np.isfinite(value) else None


def _nones(values: np.ndarray) -> list:
    return [v if v == v else None for v in np.asarray(values, dtype=float).tolist()]


ALGORITHMS = [CompareScenariosAlgorithm]
