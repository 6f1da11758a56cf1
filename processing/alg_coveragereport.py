# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:coveragereport``: population within each travel-cost cutoff, per area."""
from __future__ import annotations

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import styling
from ..core.allocation import coverage, features
from ..core.compat import FieldType
from ..core.report import coverage_html
from ..core.rules import cutoffs as cutoff_rule
from ..core.rules.cancel import Cancelled
from ..core.rules.numbers import thousands
from . import catalogue
from .base import PalveluverkkoAlgorithm
from .sinks import run_guarded

try:  # the cost parameters (and catchments itself) need shapely 2; without it only DEMAND with costs works
    from . import costparams
except ImportError:  # pragma: no cover - depends on the installation
    costparams = None


class CoverageReportAlgorithm(PalveluverkkoAlgorithm):
    """Coverage of the population by travel-cost cutoffs, per municipality or region."""

    ALG_ID = "coveragereport"
    GROUP_ID = "reports"
    DEMAND = "DEMAND"
    FACILITIES = "FACILITIES"
    FACILITY_ID = "FACILITY_ID"
    POPULATION = "POPULATION"
    COST_FIELD = "COST_FIELD"
    AGE65_FIELD = "AGE65_FIELD"
    CUTOFFS = "CUTOFFS"
    COST_UNIT = "COST_UNIT"
    AREAS = "AREAS"
    AREA_NAME = "AREA_NAME"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    TOTAL_POPULATION = "TOTAL_POPULATION"
    COVERED_POPULATION = "COVERED_POPULATION"
    COVERED_SHARE = "COVERED_SHARE"
    UNREACHABLE_POPULATION = "UNREACHABLE_POPULATION"
    OUTSIDE_POPULATION = "OUTSIDE_POPULATION"
    OUTSIDE_COUNT = "OUTSIDE_COUNT"
    MEAN_COST = "MEAN_COST"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Coverage report by area")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Tells, for each area (municipality or region), how many residents live within each travel-cost "
            "cutoff of a service point, using the demand output of Catchments (its cost field).\n\n"
            "FACILITIES (optional): service points. When given, Catchments is run first on DEMAND with "
            "FACILITY_ID, METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE and "
            "CUTOFFS (same meaning as in Catchments), and its cost is used; COST_FIELD and COST_UNIT are then "
            "ignored.\n"
            "DEMAND: points or polygons (e.g. the population grid with catchments' cost and band fields); a "
            "polygon counts at its centroid, or at a point on its surface when the centroid falls outside.\n"
            "POPULATION: residents (default vaesto); NULL and negative values count as 0.\n"
            "COST_FIELD: travel cost to the nearest service point (default cost; minutes by road or km by "
            "straight line); NULL means unreachable.\n"
            "AGE65_FIELD: residents aged 65+ (optional; ika_65_ is used when the layer has it). Statistics "
            "Finland masks cells under 10 residents with -1: such cells are counted apart (masked_cells, "
            "masked_population) and never added to the 65+ figures.\n"
            "CUTOFFS: increasing positive numbers, default 30,60. A resident is within cutoff c when cost <= c.\n"
            "COST_UNIT: minutes (default) or km, for the texts of the report.\n"
            "AREAS and AREA_NAME: the area polygons and their name field.\n\n"
            "OUTPUT: the areas with area, population, pop_within_<c> and share_within_<c> (percent) for each "
            "cutoff, pop_unreachable, mean_cost (population-weighted over reachable residents), max_cost, "
            "pop65, pop65_within_<c>, masked_cells, masked_population and demand_count.\n"
            "OUTPUT_REPORT: optional HTML report with the table and a chart.\n"
            "Result values: TOTAL_POPULATION, COVERED_POPULATION and COVERED_SHARE (within the largest "
            "cutoff), UNREACHABLE_POPULATION, OUTSIDE_POPULATION (demand in no area) and MEAN_COST."
        ) + "\n\n" + self.tr(
            "The report lists the areas with residents, sorted by name in the language of QGIS (å, ä, ö after z "
            "in Finnish and Swedish), and says how many residents and demand features lie outside every area: "
            "its total plus those outside is every resident. Areas without residents are left out of the report "
            "(it says how many) and kept in OUTPUT. OUTSIDE_COUNT: demand features outside every area."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand with travel costs (output of Catchments)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Service points (optional: run Catchments first)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_ID, self.tr("Service point id field"), parentLayerParameterName=self.FACILITIES,
            optional=True))
        if costparams is not None:
            costparams.add_cost_parameters(self)
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), defaultValue="vaesto", parentLayerParameterName=self.DEMAND,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COST_FIELD, self.tr("Travel cost field"), defaultValue="cost", parentLayerParameterName=self.DEMAND,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AGE65_FIELD, self.tr("Residents aged 65+ field (optional)"), parentLayerParameterName=self.DEMAND,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CUTOFFS, self.tr("Cutoffs (comma-separated, same unit as the cost)"), defaultValue="30,60"))
        self.addParameter(QgsProcessingParameterEnum(
            self.COST_UNIT, self.tr("Unit of the cost (for the report)"),
            options=[self.tr("minutes"), self.tr("km")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (municipalities or regions)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME, self.tr("Area name field"), parentLayerParameterName=self.AREAS))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Coverage by area"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Coverage report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        for name, text in ((self.TOTAL_POPULATION, self.tr("Total population")),
                           (self.COVERED_POPULATION, self.tr("Population within the largest cutoff")),
                           (self.COVERED_SHARE, self.tr("Share within the largest cutoff (%)")),
                           (self.UNREACHABLE_POPULATION, self.tr("Unreachable population")),
                           (self.OUTSIDE_POPULATION, self.tr("Population outside every area")),
                           (self.OUTSIDE_COUNT, self.tr("Demand features outside every area")),
                           (self.MEAN_COST, self.tr("Population-weighted mean cost"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        if parameters.get(self.FACILITIES):
            steps = QgsProcessingMultiStepFeedback(2, feedback)
            parameters = self._run_catchments(parameters, context, steps)
            steps.setCurrentStep(1)
            feedback = steps
        demand, areas, names, cutoffs = self._inputs(parameters, context, feedback)
        areas_data = features.read_areas(areas, names["AREA_NAME"], demand.sourceCrs(), context.transformContext(),
                                          feedback.isCanceled)
        if not areas_data.geometries:
            raise QgsProcessingException(self.tr("The AREAS layer {} has no polygons.").format(areas.sourceName()))
        pop_field, cost_field, age_field = names["POPULATION"], names["COST_FIELD"], names["AGE65_FIELD"]
        data = features.read_demand(demand, [f for f in (pop_field, cost_field, age_field) if f],
                                    feedback.isCanceled, lambda fraction: feedback.setProgress(50.0 * fraction))
        feedback.setProgress(60)
        cover = coverage.by_area(areas_data.names, cutoffs[0].tolist(), areas_data.locate(data.xy),
                                 data.values[pop_field], data.values[cost_field],
                                 data.values[age_field] if age_field else None)
        self._log(feedback, cover, data.skipped)
        feedback.setProgress(80)
        sink, dest = self._write(outputs, cover.table, areas_data.geometries, areas.wkbType(), demand.sourceCrs())
        styling.when_loaded(context, dest, styling.style_coverage)
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            params = dict(names, DEMAND=demand.sourceName(), AREAS=areas.sourceName(), CUTOFFS=",".join(cutoffs[1]),
                          AGE65_FIELD=age_field or "")
            self._report(report, parameters, context, cover, params)
        feedback.setProgress(100)
        result = self._results(cover)
        result[self.OUTPUT] = dest
        if report:
            result[self.OUTPUT_REPORT] = report
        return result

    def _inputs(self, parameters, context, feedback):
        """(demand, areas, field names by parameter, (cutoff values, labels)), checked."""
        demand = self.parameterAsSource(parameters, self.DEMAND, context)
        if demand is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DEMAND))
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        cutoffs = self._cutoffs(parameters, context)
        fields = demand.fields()
        names = {name: self._field(parameters, name, context, fields, required=name != self.AGE65_FIELD)
                 for name in (self.POPULATION, self.COST_FIELD, self.AGE65_FIELD)}
        if names[self.AGE65_FIELD] is None and fields.lookupField("ika_65_") >= 0:
            names[self.AGE65_FIELD] = "ika_65_"
            feedback.pushInfo(self.tr("Using the field ika_65_ for residents aged 65+."))
        names[self.AREA_NAME] = self.parameterAsString(parameters, self.AREA_NAME, context)
        if areas.fields().lookupField(names[self.AREA_NAME]) < 0:
            raise QgsProcessingException(self.tr("The AREAS layer has no field {}.").format(names[self.AREA_NAME]))
        if demand.featureCount() == 0:
            raise QgsProcessingException(self.tr("The DEMAND layer {} is empty.").format(demand.sourceName()))
        return demand, areas, names, cutoffs

    def _cutoffs(self, parameters, context):
        try:
            return cutoff_rule.parse(self.parameterAsString(parameters, self.CUTOFFS, context))
        except cutoff_rule.CutoffError as error:
            raise QgsProcessingException(self.tr(
                "CUTOFFS must be increasing positive numbers separated by commas, e.g. 30,60.")) from error

    def _report(self, path, parameters, context, cover, params):
        unit = [self.tr("min"), self.tr("km")][self.parameterAsEnum(parameters, self.COST_UNIT, context)]
        keys = ("DEMAND", "POPULATION", "COST_FIELD", "AGE65_FIELD", "CUTOFFS", "AREAS", "AREA_NAME")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(coverage_html.coverage_page(cover.table, unit, {k: params[k] for k in keys},
                                                     self.tr("Coverage report"), self.labels(),
                                                     (cover.outside_population, cover.outside_count)))

    def _results(self, cover) -> dict:
        total = cover.table.total()
        covered = float(total.within[0, -1])
        population = float(total.population[0])
        return {
            self.TOTAL_POPULATION: population,
            self.COVERED_POPULATION: covered,
            self.COVERED_SHARE: 100.0 * covered / population if population > 0 else None,
            self.UNREACHABLE_POPULATION: float(total.unreachable[0]),
            self.OUTSIDE_POPULATION: cover.outside_population,
            self.OUTSIDE_COUNT: cover.outside_count,
            self.MEAN_COST: _none_if_nan(total.mean_cost[0]),
        }

    def _run_catchments(self, parameters, context, feedback):
        """Run palveluverkko:catchments as a child; the parameters with its demand output as DEMAND."""
        import processing

        catalogue.refuse_feature(self.ALG_ID, "FACILITIES")
        if costparams is None:
            raise QgsProcessingException(self.tr(
                "Running Catchments from here needs the Python package shapely 2. Give a DEMAND layer that "
                "already has the cost field of Catchments instead, or install shapely 2."))
        self._cutoffs(parameters, context)
        child = {name: parameters[name] for name in (self.FACILITIES, self.FACILITY_ID, self.DEMAND, self.CUTOFFS)
                 + costparams.PARAMETER_NAMES if parameters.get(name) not in (None, "")}
        child["POPULATION"] = self.parameterAsString(parameters, self.POPULATION, context) or "vaesto"
        child["CUTOFFS"] = self.parameterAsString(parameters, self.CUTOFFS, context)
        child["OUTPUT_DEMAND"] = QgsProcessing.TEMPORARY_OUTPUT
        child["OUTPUT_CATCHMENTS"] = QgsProcessing.TEMPORARY_OUTPUT
        result = processing.run("palveluverkko:catchments", child, context=context, feedback=feedback,
                                is_child_algorithm=True)
        if feedback.isCanceled():
            raise Cancelled()
        updated = dict(parameters)
        updated[self.DEMAND] = result["OUTPUT_DEMAND"]
        updated[self.COST_FIELD] = "cost"
        updated[self.COST_UNIT] = 0 if costparams.is_road_method(self, parameters, context) else 1
        return updated

    def labels(self) -> dict:
        """Translated texts of the HTML report."""
        return {
            "area": self.tr("Area"), "population": self.tr("Population"), "within": self.tr("Within {} {}"),
            "share": self.tr("Share within {} (%)"), "unreachable": self.tr("Unreachable"),
            "mean": self.tr("Mean cost ({})"), "pop65": self.tr("Aged 65+"), "within65": self.tr("65+ within {} {}"),
            "masked": self.tr("Masked cells"), "masked_pop": self.tr("Population in masked cells"),
            "total": self.tr("Total"), "chart": self.tr("Coverage by area"),
            "reconcile": self.tr("The table counts {} residents; {} residents ({} demand features) lie outside "
                                 "every area and are not in it; {} residents in all."),
            "empty_areas": self.tr("{} areas without residents are left out of the table; the output layer has "
                                   "every area."),
            "xlabel": self.tr("Share of population (%)"), "parameters": self.tr("Run parameters"),
            "note": self.tr("A resident is within a cutoff when the travel cost to the nearest service point is at "
                            "most the cutoff. Masked cells (fewer than 10 residents) have no age breakdown; their "
                            "residents count in the population but not in the 65+ figures."),
        }

    def _field(self, parameters, name, context, fields, required):
        value = self.parameterAsString(parameters, name, context)
        if not value:
            if required:
                raise QgsProcessingException(self.tr("Choose the {} field of the DEMAND layer.").format(name))
            return None
        index = fields.lookupField(value)
        if index < 0:
            raise QgsProcessingException(self.tr(
                "The DEMAND layer has no field {} (parameter {}). Run Catchments first, or choose another field."
            ).format(value, name))
        if not fields.at(index).isNumeric():
            raise QgsProcessingException(self.tr("The field {} of the DEMAND layer is not numeric.").format(value))
        return fields.at(index).name()

    def _log(self, feedback, result, skipped):
        if result.zeroed:
            feedback.pushInfo(self.tr("{} demand features had a NULL or negative population; they count as 0.")
                              .format(result.zeroed))
        if skipped:
            feedback.pushWarning(self.tr("Skipped {} demand features with an empty or invalid geometry.")
                                 .format(skipped))
        if result.outside_population > 0:
            feedback.pushWarning(self.tr("{} residents ({} demand features) lie outside every area and are "
                                         "not in the table.").format(thousands(result.outside_population),
                                                                     result.outside_count))

    def _write(self, outputs, table, geometries, wkb_type, crs):
        fields = QgsFields()
        fields.append(QgsField("area", FieldType.String))
        fields.append(QgsField("population", FieldType.Double))
        suffixes = [cutoff_rule.suffix(c) for c in table.cutoffs]
        for s in suffixes:
            fields.append(QgsField(f"pop_within_{s}", FieldType.Double))
            fields.append(QgsField(f"share_within_{s}", FieldType.Double))
        for name in ("pop_unreachable", "mean_cost", "max_cost", "pop65"):
            fields.append(QgsField(name, FieldType.Double))
        for s in suffixes:
            fields.append(QgsField(f"pop65_within_{s}", FieldType.Double))
        fields.append(QgsField("masked_cells", FieldType.Int))
        fields.append(QgsField("masked_population", FieldType.Double))
        fields.append(QgsField("demand_count", FieldType.Int))
        sink, dest = outputs.sink(self.OUTPUT, fields, QgsWkbTypes.multiType(wkb_type), crs)
        share = table.share
        for i, name in enumerate(table.names):
            values = [name, float(table.population[i])]
            for j in range(len(table.cutoffs)):
                values += [float(table.within[i, j]), _none_if_nan(share[i, j])]
            values += [float(table.unreachable[i]), _none_if_nan(table.mean_cost[i]),
                       _none_if_nan(table.max_cost[i])]
            values.append(float(table.pop65[i]) if table.has_age else None)
            values += [float(table.pop65_within[i, j]) if table.has_age else None for j in range(len(table.cutoffs))]
            values += [int(table.masked_cells[i]) if table.has_age else None,
                       float(table.masked_population[i]) if table.has_age else None, int(table.demand_count[i])]
            feature = QgsFeature(fields)
            geometry = QgsGeometry(geometries[i])
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return sink, dest


def _none_if_nan(value):
    value = float(value)
    return None if not math.isfinite(value) else value


ALGORITHMS = [CoverageReportAlgorithm]
