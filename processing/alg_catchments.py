# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:catchments``: nearest service point, cost bands and catchment polygons."""
from __future__ import annotations

import time

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import styling
from ..core.allocation import catchments as cm
from ..core.compat import FieldType
from ..core.network import layerio
from ..core.rules import cutoffs as cutoff_rule
from ..core.rules import nulls
from ..core.rules.cancel import Cancelled
from . import costparams
from .base import PalveluverkkoAlgorithm
from .sinks import run_guarded

BATCH = 5000


class CatchmentsAlgorithm(PalveluverkkoAlgorithm):
    """Allocate demand to the nearest facility; cost bands and catchment polygons."""

    ALG_ID = "catchments"
    GROUP_ID = "analysis"
    FACILITIES = "FACILITIES"
    FACILITY_ID = "FACILITY_ID"
    DEMAND = "DEMAND"
    POPULATION = "POPULATION"
    CUTOFFS = "CUTOFFS"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_CATCHMENTS = "OUTPUT_CATCHMENTS"
    TOTAL_POPULATION = "TOTAL_POPULATION"
    UNREACHABLE_POPULATION = "UNREACHABLE_POPULATION"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Catchment areas")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Allocates every demand feature (e.g. a population grid cell) to the service point it reaches at the "
            "least travel cost, and draws each service point's catchment area.\n\n"
            "FACILITIES: the service points; FACILITY_ID: their id field (optional, default the feature id; ids "
            "must be unique).\n"
            "DEMAND: points or polygons; a polygon is represented by its centroid, or by a point on its surface "
            "when the centroid falls outside it. POPULATION: numeric field; NULL and negative values (Statistics "
            "Finland masks small cells with -1) count as 0.\n"
            "METHOD: 0 straight line (cost in km), 1 road network (cost in minutes).\n"
            "NETWORK: road lines (needed for METHOD 1). Nodes are line end points and vertices shared by two or "
            "more lines; an edge costs its length divided by its speed. SPEED_FIELD: km/h (optional). "
            "DEFAULT_SPEED: km/h, default 50, used where the speed is NULL or <= 0 and for the straight access "
            "legs from each point to its nearest network node. DIRECTION_FIELD: one-way streets, Digiroad "
            "ajosuunta (2 both ways, 3 against, 4 along the digitising direction) or OSM oneway (yes, 1, -1, "
            "no). Costs are for travel from the demand to the service point.\n"
            "MAX_SNAP_DISTANCE: metres, default 1000; a point farther than this from every network node, or in "
            "a part of the network without a service point, is unreachable.\n"
            "CUTOFFS: increasing positive numbers, default 30,60 (minutes or km). A demand is within cutoff c "
            "when its cost <= c.\n\n"
            "OUTPUT_DEMAND: the demand features with facility (the id of the nearest service point; NULL when "
            "unreachable), cost (NULL when unreachable) and band (0-30, 30-60, >60 or unreachable).\n"
            "OUTPUT_CATCHMENTS: one area per service point (the dissolved demand cells, or for point demand the "
            "Voronoi cells of the demand points) with facility, population, pop_within_<c> for each cutoff (a "
            "decimal point becomes _), mean_cost (population-weighted; NULL when the population is 0), max_cost "
            "and demand_count. A service point that gets no demand has a row with population 0 and no "
            "geometry.\n"
            "Ties go to the service point that comes first in the layer. Work is done in a metric CRS (the "
            "demand layer's, or EPSG:3067 / a UTM zone for geographic data); outputs are in the demand layer's "
            "CRS.\n"
            "Result values: TOTAL_POPULATION and UNREACHABLE_POPULATION."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Service points"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.FACILITY_ID, self.tr("Service point id field (default: feature id)"),
            parentLayerParameterName=self.FACILITIES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand (points or polygons, e.g. a population grid)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), parentLayerParameterName=self.DEMAND,
            type=QgsProcessingParameterField.DataType.Numeric))
        costparams.add_cost_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            self.CUTOFFS, self.tr("Cost cutoffs (increasing, comma-separated)"), defaultValue="30,60"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DEMAND, self.tr("Demand with nearest service point"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CATCHMENTS, self.tr("Catchment areas"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_POPULATION, self.tr("Total population")))
        self.addOutput(QgsProcessingOutputNumber(self.UNREACHABLE_POPULATION, self.tr("Unreachable population")))

    # ------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        clock = [time.perf_counter()]
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        cutoffs, cut_labels = self._cutoffs(parameters, context)
        facilities, demand, fac_field, pop_field = self._inputs(parameters, context)
        crs = layerio.metric_crs(demand.sourceCrs(), demand.sourceExtent(), context.transformContext())
        if crs != demand.sourceCrs():
            feedback.pushInfo(self.tr("Computing in {}.").format(crs.authid()))
        fac, fac_ids = self._read_facilities(parameters, context, facilities, fac_field, crs, feedback)
        dem, population = self._read_demand(parameters, context, demand, pop_field, crs, feedback)
        clock.append(time.perf_counter())
        steps.setCurrentStep(1)
        model = costparams.build_cost_model(self, parameters, context, steps, crs)
        self._check_cancel(feedback)
        steps.setCurrentStep(2)
        progress, cancelled = costparams.feedback_callbacks(steps)
        fac_index, cost = model.nearest(dem.xy, fac.xy, progress=progress, cancelled=cancelled)
        clock.append(time.perf_counter())
        bands = cm.assign_bands(cost, cutoffs, cut_labels)
        summary = cm.summarise(fac_index, cost, population, len(fac), cutoffs)
        steps.setCurrentStep(3)
        areas = self._catchment_areas(dem, fac_index, len(fac), crs, demand.sourceCrs(), context, feedback)
        clock.append(time.perf_counter())
        self._check_cancel(feedback)
        steps.setCurrentStep(4)
        demand_id = self._write_demand(outputs, steps, demand, fac_field, facilities, dem,
                                       fac_ids, fac_index, cost, bands)
        catch_id = self._write_catchments(outputs, fac_field, facilities, demand.sourceCrs(),
                                          fac_ids, areas, summary, cut_labels)
        clock.append(time.perf_counter())
        self._log(feedback, len(dem), len(fac), summary, costparams.cost_unit_label(model), np.diff(clock))
        styling.when_loaded(context, demand_id, lambda layer: styling.style_bands(layer, cut_labels))
        styling.when_loaded(context, catch_id, styling.style_catchments)
        steps.setProgress(100)
        return {
            self.OUTPUT_DEMAND: demand_id,
            self.OUTPUT_CATCHMENTS: catch_id,
            self.TOTAL_POPULATION: summary.total_population,
            self.UNREACHABLE_POPULATION: summary.unreachable_population,
        }

    # reading ------------------------------------------------------------
    def _inputs(self, parameters, context):
        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        if facilities is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FACILITIES))
        demand = self.parameterAsSource(parameters, self.DEMAND, context)
        if demand is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DEMAND))
        pop_field = self.parameterAsString(parameters, self.POPULATION, context)
        fac_field = self.parameterAsString(parameters, self.FACILITY_ID, context)
        self._check_fields(demand, pop_field, facilities, fac_field)
        return facilities, demand, fac_field, pop_field

    def _read_facilities(self, parameters, context, facilities, fac_field, crs, feedback):
        fac = layerio.read_points(facilities, crs, [fac_field] if fac_field else [], context.transformContext(),
                                  layer=costparams.fast_read_layer(self, parameters, self.FACILITIES, context))
        if len(fac) == 0:
            raise QgsProcessingException(self.tr(
                "The FACILITIES layer {} has no service points with a location: give at least one point."
            ).format(facilities.sourceName()))
        fac_ids = self._facility_ids(fac, fac_field, facilities)
        if fac.skipped:
            feedback.pushWarning(self.tr("Skipped {} service points with an empty or invalid geometry.").format(
                fac.skipped))
        return fac, fac_ids

    def _read_demand(self, parameters, context, demand, pop_field, crs, feedback):
        dem = layerio.read_points(demand, crs, [pop_field], context.transformContext(),
                                  layer=costparams.fast_read_layer(self, parameters, self.DEMAND, context),
                                  keep_geometries=True, cancelled=feedback.isCanceled)
        if len(dem) == 0:
            raise QgsProcessingException(self.tr(
                "The DEMAND layer {} has no features with a usable geometry.").format(demand.sourceName()))
        if dem.skipped:
            feedback.pushWarning(self.tr("Skipped {} demand features with an empty or invalid geometry.").format(
                dem.skipped))
        try:
            population = nulls.clean_population(dem.attributes[pop_field])
        except ValueError as error:
            raise QgsProcessingException(self.tr(
                "The POPULATION field {} of the DEMAND layer has a value that is not a number.").format(
                pop_field)) from error
        if population.zeroed:
            feedback.pushInfo(self.tr("{} demand features have a NULL or negative population; they count as 0."
                                      ).format(population.zeroed))
        return dem, population.values

    # computing ----------------------------------------------------------
    @staticmethod
    def _catchment_areas(dem, fac_index, n_facilities, crs, demand_crs, context, feedback):
        """Catchment polygons (metric CRS), then in the demand's CRS."""
        if dem.geometry_kind == "polygon":
            areas = cm.dissolve_by_label(dem.wkb, fac_index, n_facilities, cancelled=feedback.isCanceled)
        else:
            areas = cm.voronoi_by_label(dem.xy, fac_index, n_facilities, cancelled=feedback.isCanceled)
        return layerio.reproject_geometries(areas, crs, demand_crs, context.transformContext())

    def _log(self, feedback, n_demand, n_facilities, summary, unit, times):
        feedback.pushInfo(self.tr(
            "{} demand features, {} service points; total population {:.0f}, unreachable {:.0f} (costs in {})."
        ).format(n_demand, n_facilities, summary.total_population, summary.unreachable_population, unit))
        feedback.pushInfo(self.tr(
            "Time: reading {:.1f} s, costs {:.1f} s, areas {:.1f} s, writing {:.1f} s, total {:.1f} s."
        ).format(*times, float(np.sum(times))))

    # validation ---------------------------------------------------------
    def _cutoffs(self, parameters, context):
        text = self.parameterAsString(parameters, self.CUTOFFS, context)
        try:
            return cutoff_rule.parse(text)
        except cutoff_rule.CutoffError as error:
            raise QgsProcessingException(self.tr(
                "CUTOFFS must be increasing positive numbers separated by commas, e.g. 30,60 (got '{}')."
            ).format(text)) from error

    def _check_fields(self, demand, pop_field, facilities, fac_field):
        fields = demand.fields()
        index = fields.lookupField(pop_field) if pop_field else -1
        if index < 0:
            raise QgsProcessingException(self.tr(
                "The DEMAND layer {} has no population field {}: give its numeric population field as "
                "POPULATION.").format(demand.sourceName(), pop_field))
        if not fields.field(index).isNumeric():
            raise QgsProcessingException(self.tr(
                "The POPULATION field {} of the DEMAND layer is not numeric: give a field of resident counts."
            ).format(pop_field))
        if fac_field and facilities.fields().lookupField(fac_field) < 0:
            raise QgsProcessingException(self.tr("The FACILITIES layer has no field {}.").format(fac_field))

    def _facility_ids(self, fac, fac_field, facilities) -> list:
        if not fac_field:
            return [int(v) for v in fac.fids]
        values = list(fac.attributes[fac_field])
        if any(v is None for v in values):
            raise QgsProcessingException(self.tr(
                "Some service points have no {} (NULL): every service point needs an id.").format(fac_field))
        seen, dup = set(), []
        for v in values:
            if v in seen and v not in dup:
                dup.append(v)
            seen.add(v)
        if dup:
            raise QgsProcessingException(self.tr(
                "The FACILITY_ID field {} has duplicate ids ({}): the ids of the service points must be unique."
            ).format(fac_field, ", ".join(str(v) for v in dup[:5])))
        return values

    def _check_cancel(self, feedback):
        if feedback.isCanceled():
            raise Cancelled()

    # geometry -----------------------------------------------------------
    # output -------------------------------------------------------------
    @staticmethod
    def _id_field(fac_field, facilities) -> QgsField:
        if fac_field:
            field = QgsField(facilities.fields().field(fac_field))
            field.setName("facility")
            return field
        return QgsField("facility", FieldType.LongLong)

    def _write_demand(self, outputs, feedback, demand, fac_field, facilities, dem, fac_ids,
                      fac_index, cost, bands):
        fields = QgsFields(demand.fields())
        extra = [self._id_field(fac_field, facilities), QgsField("cost", FieldType.Double),
                 QgsField("band", FieldType.String, len=32)]
        positions = []
        for field in extra:
            existing = fields.lookupField(field.name())
            if existing >= 0:
                feedback.pushWarning(self.tr(
                    "The DEMAND layer already has a field {}; the output replaces its values.").format(field.name()))
                replaced = QgsFields()
                for i in range(fields.count()):
                    replaced.append(field if i == existing else fields.at(i))
                fields = replaced
                positions.append(existing)
            else:
                fields.append(field)
                positions.append(fields.count() - 1)
        sink, dest_id = outputs.sink(self.OUTPUT_DEMAND, fields, demand.wkbType(), demand.sourceCrs())
        row_of = dict(zip(dem.fids.tolist(), range(len(dem))))
        fac_values = [None if i < 0 else fac_ids[i] for i in fac_index.tolist()]
        cost_values = [None if c != c else c for c in cost.tolist()]
        band_values = bands.tolist()
        n_source = demand.fields().count()
        replaced = [p for p in positions if p < n_source]
        batch, done, total = [], 0, max(1, len(dem))
        no_checks = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        for feature in demand.getFeatures(QgsFeatureRequest(), no_checks):
            row = row_of.get(feature.id())
            if row is None:  # skipped geometry
                continue
            extra_values = [fac_values[row], cost_values[row], band_values[row]]
            attributes = feature.attributes()
            if replaced:
                for position, value in zip(positions, extra_values):
                    if position < n_source:
                        attributes[position] = value
                attributes += [v for p, v in zip(positions, extra_values) if p >= n_source]
            else:
                attributes += extra_values
            feature.setAttributes(attributes)
            batch.append(feature)
            if len(batch) >= BATCH:
                if feedback.isCanceled():
                    raise Cancelled()
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                done += len(batch)
                batch = []
                feedback.setProgress(100.0 * done / total)
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _write_catchments(self, outputs, fac_field, facilities, crs, fac_ids, areas, summary,
                          cut_labels):
        fields = QgsFields()
        fields.append(self._id_field(fac_field, facilities))
        fields.append(QgsField("population", FieldType.Double))
        for label in cut_labels:
            fields.append(QgsField(cm.pop_field_name(label), FieldType.Double))
        fields.append(QgsField("mean_cost", FieldType.Double))
        fields.append(QgsField("max_cost", FieldType.Double))
        fields.append(QgsField("demand_count", FieldType.LongLong))
        sink, dest_id = outputs.sink(self.OUTPUT_CATCHMENTS, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        features = []
        for k, fid in enumerate(fac_ids):
            feature = QgsFeature(fields)
            if areas[k] is not None:
                geom = QgsGeometry()
                geom.fromWkb(shapely.to_wkb(shapely.multipolygons(shapely.get_parts(areas[k]))))
                feature.setGeometry(geom)
            feature.setAttributes(
                [fid, float(summary.population[k])]
                + [float(v) for v in summary.pop_within[k]]
                + [_nullable(summary.mean_cost[k]), _nullable(summary.max_cost[k]), int(summary.demand_count[k])])
            features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        return dest_id


def _nullable(value):
    value = float(value)
    return None if value != value else value


ALGORITHMS = [CatchmentsAlgorithm]
