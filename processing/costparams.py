# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared travel-cost parameters of the Palveluverkko algorithms.

Every algorithm that measures travel (catchments, premisescriteria,
locationallocation, comparescenarios) has the same parameters with the same
names and defaults::

    METHOD             0 straight line (cost in km), 1 road network (minutes)
    NETWORK            line layer, required for METHOD 1
    SPEED_FIELD        numeric field of NETWORK, km/h (optional)
    DEFAULT_SPEED      km/h, default 50 (NULL/<= 0 speeds and access legs)
    DIRECTION_FIELD    field of NETWORK: Digiroad ajosuunta 2/3/4 or OSM oneway
    MAX_SNAP_DISTANCE  metres, default 1000

Use :func:`add_cost_parameters` in ``initAlgorithm`` and
:func:`build_cost_model` in ``processAlgorithm``.
"""
from __future__ import annotations

import time

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.network import layerio
from ..core.network.costs import CostModel
from ..core.network.graph import RoadNetwork, parse_direction_values
from ..core.rules import nulls

METHOD = "METHOD"
NETWORK = "NETWORK"
SPEED_FIELD = "SPEED_FIELD"
DEFAULT_SPEED = "DEFAULT_SPEED"
DIRECTION_FIELD = "DIRECTION_FIELD"
MAX_SNAP_DISTANCE = "MAX_SNAP_DISTANCE"
_translate = QCoreApplication.translate

PARAMETER_NAMES = (METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE)

METHOD_STRAIGHT = 0
METHOD_ROAD = 1


def add_demand_parameters(alg) -> None:
    """Add DEMAND (population points or polygons) and POPULATION (its numeric field, default vaesto)."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        alg.DEMAND, _translate("CostParameters", "Demand (population points or polygons)"),
        [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
    alg.addParameter(QgsProcessingParameterField(
        alg.POPULATION, _translate("CostParameters", "Population field"), defaultValue="vaesto",
        parentLayerParameterName=alg.DEMAND, type=QgsProcessingParameterField.DataType.Numeric))


def add_cost_parameters(alg) -> None:
    """Add METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE."""
    methods = [
        _translate("CostParameters", "Straight line (km)"),
        _translate("CostParameters", "Road network (minutes)"),
    ]
    alg.addParameter(QgsProcessingParameterEnum(
        METHOD, _translate("CostParameters", "Travel cost method"), options=methods, defaultValue=METHOD_STRAIGHT))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        NETWORK, _translate("CostParameters", "Road network (lines; needed for the road network method)"),
        [QgsProcessing.SourceType.TypeVectorLine], optional=True))
    alg.addParameter(QgsProcessingParameterField(
        SPEED_FIELD, _translate("CostParameters", "Speed field of the road network (km/h)"),
        parentLayerParameterName=NETWORK, type=QgsProcessingParameterField.DataType.Numeric, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        DEFAULT_SPEED,
        _translate("CostParameters", "Default speed (km/h), also for the access legs to the network"),
        QgsProcessingParameterNumber.Type.Double, defaultValue=50.0, minValue=0.001))
    alg.addParameter(QgsProcessingParameterField(
        DIRECTION_FIELD,
        _translate("CostParameters", "One-way field of the road network (Digiroad ajosuunta or OSM oneway)"),
        parentLayerParameterName=NETWORK, type=QgsProcessingParameterField.DataType.Any, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        MAX_SNAP_DISTANCE, _translate("CostParameters", "Largest distance from a point to the network (m)"),
        QgsProcessingParameterNumber.Type.Double, defaultValue=1000.0, minValue=0.0))


def fast_read_layer(alg, parameters, name, context):
    """The layer behind parameter ``name`` when it may be read whole with GDAL, else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) not in (-1, None):
            return None
        if getattr(value, "flags", 0):
            return None
    try:
        return alg.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # noqa: BLE001 - not a layer: iterate features instead
        return None


def feedback_callbacks(feedback, start: float = 0.0, end: float = 100.0):
    """(progress(fraction), cancelled()) callables for the core cost functions."""
    if feedback is None:
        return None, None

    def progress(fraction: float) -> None:
        feedback.setProgress(start + (end - start) * fraction)

    return progress, feedback.isCanceled


def is_road_method(alg, parameters, context) -> bool:
    return alg.parameterAsEnum(parameters, METHOD, context) == METHOD_ROAD


def build_cost_model(alg, parameters, context, feedback, crs) -> CostModel:
    """Validate the cost parameters and build the CostModel in the metric ``crs``.

    Raises QgsProcessingException with a planner-readable message for METHOD 1
    without a network, a network that is not lines, a bad field, or a network
    without usable lines.
    """
    if not is_road_method(alg, parameters, context):
        return CostModel.straight_line()
    default_speed, max_snap = _check_numbers(alg, parameters, context)
    source, speed_field, direction_field = _network_source(alg, parameters, context)
    t0 = time.perf_counter()
    _, cancelled = feedback_callbacks(feedback)
    lines = layerio.read_lines(source, crs, [f for f in (speed_field, direction_field) if f],
                               context.transformContext(), layer=fast_read_layer(alg, parameters, NETWORK, context),
                               cancelled=cancelled)
    no_lines = _translate("CostParameters", "The NETWORK layer {} has no usable lines.")
    if len(lines) == 0:
        raise QgsProcessingException(no_lines.format(source.sourceName()))
    speeds, directions = _link_values(lines, speed_field, direction_field, feedback)
    t1 = time.perf_counter()
    network = RoadNetwork.from_flat(lines.coords, lines.offsets, speeds, directions, default_speed)
    if network.n_edges == 0:
        raise QgsProcessingException(no_lines.format(source.sourceName()))
    if feedback is not None:
        if lines.skipped:
            feedback.pushWarning(_translate(
                "CostParameters", "Skipped {} network features with an empty or invalid geometry."
            ).format(lines.skipped))
        feedback.pushInfo(_translate(
            "CostParameters",
            "Road network: {} line parts, {} nodes, {} directed edges (read in {:.1f} s, graph built in {:.1f} s)."
        ).format(len(lines), network.n_nodes, network.n_edges, t1 - t0, time.perf_counter() - t1))
    return CostModel.road(network, default_speed, max_snap)


def _check_numbers(alg, parameters, context):
    """(DEFAULT_SPEED, MAX_SNAP_DISTANCE), checked."""
    default_speed = alg.parameterAsDouble(parameters, DEFAULT_SPEED, context)
    max_snap = alg.parameterAsDouble(parameters, MAX_SNAP_DISTANCE, context)
    if not default_speed or default_speed <= 0:
        raise QgsProcessingException(
            _translate("CostParameters", "DEFAULT_SPEED must be a positive speed in km/h."))
    if max_snap < 0:
        raise QgsProcessingException(
            _translate("CostParameters", "MAX_SNAP_DISTANCE must be zero or a positive distance in metres."))
    return default_speed, max_snap


def _network_source(alg, parameters, context):
    """(NETWORK source, speed field, direction field), checked."""
    if not parameters.get(NETWORK):
        raise QgsProcessingException(_translate(
            "CostParameters",
            "The road network method (METHOD 1) needs a road network: give a line layer as NETWORK."))
    source = alg.parameterAsSource(parameters, NETWORK, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, NETWORK))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
        raise QgsProcessingException(_translate(
            "CostParameters", "The NETWORK layer {} is not a line layer: give the road network as lines."
        ).format(source.sourceName()))
    speed_field = alg.parameterAsString(parameters, SPEED_FIELD, context)
    direction_field = alg.parameterAsString(parameters, DIRECTION_FIELD, context)
    fields = source.fields()
    for name in (speed_field, direction_field):
        if name and fields.lookupField(name) < 0:
            raise QgsProcessingException(
                _translate("CostParameters", "The NETWORK layer has no field {}.").format(name))
    if speed_field and not fields.field(fields.lookupField(speed_field)).isNumeric():
        raise QgsProcessingException(_translate(
            "CostParameters", "The speed field {} of the NETWORK layer is not numeric: give speeds in km/h."
        ).format(speed_field))
    return source, speed_field, direction_field


def _link_values(lines, speed_field, direction_field, feedback):
    """(speeds or None, directions or None) per line part."""
    speeds = directions = None
    if speed_field:
        try:
            speeds = nulls.numeric_values(lines.part_values(speed_field))
        except ValueError as error:
            raise QgsProcessingException(_translate(
                "CostParameters", "The speed field {} of the NETWORK layer has a value that is not a number."
            ).format(speed_field)) from error
    if direction_field:
        directions, unknown = parse_direction_values(lines.part_values(direction_field), return_unknown=True)
        if unknown and feedback is not None:
            feedback.pushWarning(_translate(
                "CostParameters", "{} line parts have an unknown one-way value in {}; they are driven both ways."
            ).format(unknown, direction_field))
    return speeds, directions


def cost_unit_label(model: CostModel) -> str:
    """The translated unit of the model's costs."""
    if model.is_road:
        return _translate("CostParameters", "minutes")
    return _translate("CostParameters", "km")


__all__ = [
    "METHOD", "NETWORK", "SPEED_FIELD", "DEFAULT_SPEED", "DIRECTION_FIELD", "MAX_SNAP_DISTANCE",
    "add_cost_parameters", "build_cost_model", "fast_read_layer", "feedback_callbacks", "is_road_method",
]
