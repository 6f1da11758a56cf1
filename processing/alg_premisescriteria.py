# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:premisescriteria``: derive suitability criteria onto premises from data."""
from __future__ import annotations

import math

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
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.allocation import features
from ..core.compat import FieldType
from ..core.network import layerio
from ..core.rules import nulls
from ..core.rules.cancel import Cancelled
from ..core.styling import style_on_completion
from ..core.suitability import criteria as pc
from . import costparams
from .base import PalveluverkkoAlgorithm
from .sinks import run_guarded

PRESENCE_FIELDS = ("premises_id", "agency", "mode", "annual_visits")


class PremisesCriteriaAlgorithm(PalveluverkkoAlgorithm):
    """Population within reach, agency presence, centre and stop distances per premises."""

    ALG_ID = "premisescriteria"
    GROUP_ID = "suitability"
    PREMISES = "PREMISES"
    PREMISES_ID = "PREMISES_ID"
    PRESENCE = "PRESENCE"
    DEMAND = "DEMAND"
    POPULATION = "POPULATION"
    CUTOFF = "CUTOFF"
    CENTRES = "CENTRES"
    STOPS = "STOPS"
    OUTPUT = "OUTPUT"
    UNREACHABLE_COUNT = "UNREACHABLE_COUNT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Derive criteria for premises")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Adds numeric criteria to premises for the suitability ranking.\n\n"
            "PREMISES: points or polygons with an identifier field PREMISES_ID (default premises_id); a polygon "
            "stands at its centroid, or at a point on its surface when the centroid falls outside.\n"
            "PRESENCE (optional): the agency_presence table (premises_id, agency, mode, annual_visits).\n"
            "DEMAND (optional): population points or polygons (e.g. the population grid) with the "
            "POPULATION field (e.g. vaesto; NULL and negative masked values count as 0; without a field each "
            "feature counts as 1).\n"
            "METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: the travel cost, "
            "as in the catchments algorithm: 0 straight line (km), 1 road network (minutes).\n"
            "CUTOFF (default 60): the largest cost, in km or minutes.\n"
            "CENTRES (optional): centre area polygons (e.g. SYKE centre areas). STOPS (optional): public "
            "transport stops.\n\n"
            "OUTPUT: the premises with added fields:\n"
            "pop_within: population whose cost to this premises is within CUTOFF, each premises on its own "
            "(overlapping areas count for every premises; the 10,000-residents rule reads this); NULL when the "
            "premises is farther than MAX_SNAP_DISTANCE from the network;\n"
            "agencies_staff (agencies with own staff), agencies_total (agencies in any mode) and visits_total "
            "(sum of annual_visits), when PRESENCE is given;\n"
            "in_centre (1 inside or on the edge of a centre area, else 0) and dist_centre_m (metres to the "
            "nearest centre area, 0 inside), when CENTRES is given;\n"
            "dist_stop_m (metres to the nearest stop), when STOPS is given.\n\n"
            "Many premises on a large network are searched in chunks, so memory stays bounded."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PREMISES, self.tr("Premises"), [QgsProcessing.SourceType.TypeVectorPoint,
                                                   QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.PREMISES_ID, self.tr("Premises identifier field"), defaultValue="premises_id",
            parentLayerParameterName=self.PREMISES, optional=True))  # optional: QGIS 3.22 needs it for the default
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PRESENCE, self.tr("Agency presence table"), [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand (population points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field"), parentLayerParameterName=self.DEMAND,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        costparams.add_cost_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.CUTOFF, self.tr("Cut-off (km for straight line, minutes for road network)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=60.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CENTRES, self.tr("Centre areas"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STOPS, self.tr("Public transport stops"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Premises with criteria")))
        self.addOutput(QgsProcessingOutputNumber(
            self.UNREACHABLE_COUNT, self.tr("Premises too far from the road network")))

    # ------------------------------------------------------------------ helpers
    def _source(self, parameters, name, context):
        if not parameters.get(name):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _presence(self, parameters, context, ids, feedback):
        source = self._source(parameters, self.PRESENCE, context)
        if source is None:
            return None
        fields = source.fields()
        index = {}
        for name in PRESENCE_FIELDS:
            k = fields.lookupField(name)
            if k < 0:
                raise QgsProcessingException(self.tr(
                    "The presence table has no field {field}; it needs premises_id, agency, mode and "
                    "annual_visits (the agency_presence table of the workspace).").format(field=name))
            index[name] = k
        columns = features.read_columns(source, {n: index[n] for n in PRESENCE_FIELDS[:3]},
                                        {"annual_visits": index["annual_visits"]}, feedback.isCanceled)
        staff, total, visits, unknown = pc.presence_summary(
            ids, columns["premises_id"], columns["agency"], columns["mode"], columns["annual_visits"])
        if unknown:
            feedback.pushWarning(self.tr(
                "{count} presence rows refer to premises that are not in PREMISES; they are left out.").format(
                count=unknown))
        return staff, total, visits

    def _population(self, parameters, context, feedback, crs, premises_xy):
        source = self._source(parameters, self.DEMAND, context)
        if source is None:
            return None, 0
        field = self.parameterAsString(parameters, self.POPULATION, context)
        if field and source.fields().lookupField(field) < 0:
            raise QgsProcessingException(self.tr("The DEMAND layer has no field {field}.").format(field=field))
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        layer = costparams.fast_read_layer(self, parameters, self.DEMAND, context)
        demand = layerio.read_points(source, crs, [field] if field else [], context.transformContext(), layer=layer,
                                     cancelled=feedback.isCanceled)
        if field:
            try:
                population, null_count, negative = nulls.clean_population(demand.attributes[field])
            except ValueError as error:
                raise QgsProcessingException(self.tr(
                    "The population field {field} has a value that is not a number.").format(field=field)) from error
            if null_count or negative:
                feedback.pushInfo(self.tr(
                    "Population: {nulls} NULL and {negative} negative (masked) values counted as 0.").format(
                    nulls=null_count, negative=negative))
        else:
            population = np.ones(len(demand))
            feedback.pushInfo(self.tr("No population field: every demand feature counts as 1."))
        if demand.skipped:
            feedback.pushWarning(self.tr("Skipped {count} demand features without a usable geometry.").format(
                count=demand.skipped))
        steps.setCurrentStep(1)
        model = costparams.build_cost_model(self, parameters, context, steps, crs)
        steps.setCurrentStep(2)
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        progress, cancelled = costparams.feedback_callbacks(steps)
        result = pc.population_within(model, demand.xy, population, premises_xy, cutoff, progress, cancelled)
        unreachable = int(np.isnan(result).sum())
        if unreachable:
            feedback.pushWarning(self.tr(
                "{count} premises are farther than MAX_SNAP_DISTANCE from the road network; their pop_within "
                "is NULL.").format(count=unreachable))
        feedback.pushInfo(self.tr("Population within {cutoff:g} {unit}: total demand {total:.0f}.").format(
            cutoff=cutoff, unit=costparams.cost_unit_label(model), total=float(population.sum())))
        return result, unreachable

    # -------------------------------------------------------------------- run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        source, id_index = self._premises(parameters, context)
        crs = layerio.metric_crs(source.sourceCrs(), source.sourceExtent(), context.transformContext())
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        premises = features.read_located(source, id_index, crs, context.transformContext(), feedback.isCanceled)
        located = premises.located
        if not located.all():
            feedback.pushWarning(self.tr("{count} premises have no geometry; their distance criteria are NULL.")
                                 .format(count=int((~located).sum())))
        xy = np.where(located[:, None], premises.xy, 0.0)
        steps.setCurrentStep(1)
        pop, unreachable = self._population(parameters, context, steps, crs, xy)
        if pop is not None:
            pop[~located] = np.nan
        presence = self._presence(parameters, context, premises.ids, feedback)
        steps.setCurrentStep(2)
        centre, stop_distance = self._places(parameters, context, crs, xy, located, feedback)
        steps.setCurrentStep(3)
        added = []
        if pop is not None:
            added.append(("pop_within", FieldType.Double, pop))
        if presence is not None:
            added += [("agencies_staff", FieldType.Int, presence[0]), ("agencies_total", FieldType.Int, presence[1]),
                      ("visits_total", FieldType.Double, presence[2])]
        if centre is not None:
            added += [("in_centre", FieldType.Int, centre[0]), ("dist_centre_m", FieldType.Double, centre[1])]
        if stop_distance is not None:
            added.append(("dist_stop_m", FieldType.Double, stop_distance))
        dest_id = self._write(outputs, source, premises.features, added, steps)
        if pop is not None:
            style_on_completion(context, dest_id, "premisescriteria")  # the 10,000-residents rule
        return {self.OUTPUT: dest_id, self.UNREACHABLE_COUNT: unreachable}

    def _premises(self, parameters, context):
        source = self._source(parameters, self.PREMISES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PREMISES))
        id_field = self.parameterAsString(parameters, self.PREMISES_ID, context) or "premises_id"
        id_index = source.fields().lookupField(id_field)
        if id_index < 0:
            raise QgsProcessingException(self.tr(
                "The premises layer has no field {field}: choose its identifier field as PREMISES_ID.").format(
                field=id_field))
        return source, id_index

    def _places(self, parameters, context, crs, xy, located, feedback):
        """(in_centre, dist_centre_m) or None, dist_stop_m or None: NULL (-1, NaN) where a premises has no point."""
        centre = stop_distance = None
        centres = self._source(parameters, self.CENTRES, context)
        if centres is not None:
            polygons = layerio.read_points(centres, crs, [], context.transformContext(),
                                           layer=costparams.fast_read_layer(self, parameters, self.CENTRES, context),
                                           keep_geometries=True, cancelled=feedback.isCanceled)
            inside, distance = pc.centre_distance(xy, polygons.wkb)
            centre = (np.where(located, inside, -1), np.where(located, distance, np.nan))
        stops = self._source(parameters, self.STOPS, context)
        if stops is not None:
            points = layerio.read_points(stops, crs, [], context.transformContext(),
                                         layer=costparams.fast_read_layer(self, parameters, self.STOPS, context),
                                         cancelled=feedback.isCanceled)
            stop_distance = np.where(located, pc.nearest_point_distance(xy, points.xy), np.nan)
        return centre, stop_distance

    def _write(self, outputs, source, premises, added, feedback):
        source_fields = source.fields()
        names = {name for name, _, _ in added}
        keep = [i for i in range(source_fields.count()) if source_fields.at(i).name() not in names]
        fields = QgsFields()
        for i in keep:
            fields.append(source_fields.at(i))
        for name, kind, _ in added:
            fields.append(QgsField(name, kind))
        sink, dest_id = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        for k, feature in enumerate(premises):
            if feedback.isCanceled():
                raise Cancelled()
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            row = [attributes[i] for i in keep]
            for _name, kind, values in added:
                value = values[k]
                if kind == FieldType.Int:
                    row.append(None if value < 0 else int(value))
                else:
                    row.append(None if math.isnan(value) else float(value))
            out.setAttributes(row)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * k / max(1, len(premises)))
        return dest_id


ALGORITHMS = [PremisesCriteriaAlgorithm]
