# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:preparenetwork``: OpenStreetMap / Digiroad road data -> a routable network."""
from __future__ import annotations

import time

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.network import layerio
from ..core.network import prepare as rp
from ..core.rules.cancel import Cancelled
from . import prepare_io
from .base import PalveluverkkoAlgorithm
from .sinks import run_guarded


class PrepareNetworkAlgorithm(PalveluverkkoAlgorithm):
    """Road lines or an OpenStreetMap file -> lines with speed_kmh, direction, minutes and source."""

    ALG_ID = "preparenetwork"
    GROUP_ID = "analysis"
    INPUT = "INPUT"
    SCHEMA = "SCHEMA"
    SPEED_FIELD = "SPEED_FIELD"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    SPEED_LIMITS = "SPEED_LIMITS"
    SPEED_LIMIT_FIELD = "SPEED_LIMIT_FIELD"
    LINK_ID_FIELD = "LINK_ID_FIELD"
    SPEED_TABLE = "SPEED_TABLE"
    SPEED_FACTOR = "SPEED_FACTOR"
    EXCLUDE = "EXCLUDE"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    LINKS = "LINKS"
    EXCLUDED = "EXCLUDED"
    SKIPPED = "SKIPPED"
    TOTAL_KM = "TOTAL_KM"
    SCHEMA_NAMES = {1: "OpenStreetMap", 2: "Digiroad", 3: "generic"}
    SOURCE_OUTPUTS = {name: "LINKS_" + name.upper() for name in rp.SOURCES}

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Prepare road network")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Turns OpenStreetMap or Digiroad road data into a routable network: the lines cars may use, with "
            "the driving speed, the one-way direction and the travel time of each link, ready for NETWORK + "
            "SPEED_FIELD=speed_kmh + DIRECTION_FIELD=direction of the network algorithms.\n\n"
            "INPUT: road lines, or an OpenStreetMap file (.osm.pbf / .osm; its lines layer is read, tags "
            "outside the standard columns come from other_tags).\n"
            "SCHEMA: 0 auto (detected by the fields), 1 OpenStreetMap (highway, other_tags), 2 Digiroad "
            "(ajosuunta, toiminnallinen_luokka or toiminn_lk, linkkityyppi or linkkityyp), 3 generic "
            "(SPEED_FIELD and DIRECTION_FIELD as given).\n"
            "OpenStreetMap: motorway, trunk, primary, secondary, tertiary (and their _links), unclassified, "
            "residential, living_street, service and road are kept; links where the most specific of "
            "motorcar, motor_vehicle and access is no or private are dropped. Speed: maxspeed (a number in "
            "km/h, N mph, FI:urban 50, FI:rural 80, FI:motorway 120, FI:living_street 20), else the class "
            "default (motorway 100, trunk 80, primary 70, secondary 60, tertiary 50, unclassified 40, "
            "residential 30, living_street 20, service 20, road 40; a _link 60 % of its road). oneway "
            "yes/true/1 along, -1/reverse against, no/false/0 both ways; motorways and roundabouts are one-way "
            "unless oneway=no. route=ferry ways are ferries (their duration, else 20 km/h).\n"
            "Digiroad: ajosuunta as is; pedestrian and cycle ways, walking areas, paths and service openings "
            "dropped (the code lists are in the README); ferries at 20 km/h; speed by functional class 1: 100, "
            "2: 80, 3: 60, 4: 50, 5: 40, 6: 30, others 30.\n"
            "SPEED_LIMITS (optional): speed-limit lines (Digiroad's speed limits; value field SPEED_LIMIT_FIELD, "
            "default arvo), matched by LINK_ID_FIELD and the measures alkum/loppum when present, else by "
            "overlap within 1 m. A link is split where the limit changes along it.\n"
            "SPEED_TABLE (optional): a table with class and speed_kmh overriding the class speeds. "
            "SPEED_FACTOR (default 1.0) multiplies the legal speeds to give driving speeds; never ferries. "
            "EXCLUDE (optional expression): links to drop as well.\n\n"
            "OUTPUT: the kept links (in the metric CRS of the work: the input's own projected CRS, else "
            "EPSG:3067 in Finland or a UTM zone) with the input's attributes plus speed_kmh, direction (2 both "
            "ways, 3 against, 4 along the digitising direction), minutes and source (maxspeed, limit, class, "
            "default or ferry).\n"
            "OUTPUT_REPORT (optional HTML): km by speed source and class, the excluded classes, the one-way "
            "share and a map of the speeds.\n"
            "Result values: LINKS, EXCLUDED, SKIPPED (no geometry), LINKS_MAXSPEED, LINKS_LIMIT, LINKS_CLASS, "
            "LINKS_DEFAULT, LINKS_FERRY and TOTAL_KM."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Road lines or OpenStreetMap file"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterEnum(
            self.SCHEMA, self.tr("Schema"), options=[
                self.tr("Auto (detect by fields)"), self.tr("OpenStreetMap"), self.tr("Digiroad"),
                self.tr("Generic (speed and direction fields)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.SPEED_FIELD, self.tr("Speed field (km/h; generic schema)"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DIRECTION_FIELD, self.tr("Direction field (generic schema)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SPEED_LIMITS, self.tr("Speed limits (lines)"), [QgsProcessing.SourceType.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SPEED_LIMIT_FIELD, self.tr("Speed limit value field"), defaultValue="arvo", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LINK_ID_FIELD, self.tr("Link id field (in both layers)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SPEED_TABLE, self.tr("Speed table (class, speed_kmh)"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SPEED_FACTOR, self.tr("Speed factor (driving speed / legal speed)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=1.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterExpression(
            self.EXCLUDE, self.tr("Exclude links (expression)"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Prepared road network"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Road network report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        for name, label in ((self.LINKS, self.tr("Links written")), (self.EXCLUDED, self.tr("Links excluded")),
                            (self.SKIPPED, self.tr("Links without geometry")),
                            (self.TOTAL_KM, self.tr("Total length (km)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        for source, name in self.SOURCE_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, self.tr("Links by speed source: {}").format(source)))

    # ------------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = prepare_io.osm_file_problem(self, parameters, self.INPUT)
        if problem:
            return False, problem
        return super().checkParameterValues(prepare_io.osm_lines_parameters(parameters, self.INPUT), context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        parameters = prepare_io.osm_lines_parameters(parameters, self.INPUT)
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        t0 = time.perf_counter()
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(prepare_io.unreadable_message(self, parameters, self.INPUT))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
            raise QgsProcessingException(self.tr(
                "The INPUT layer {} is not a line layer: give road lines or an OpenStreetMap file."
            ).format(source.sourceName()))
        schema = self._schema(parameters, context, source)
        table, factor = self._speeds(parameters, context)
        fields, crs, lines = self._read_links(parameters, context, feedback, source)
        self._check_cancel(feedback)
        steps.setCurrentStep(1)
        rules = prepare_io.link_rules(self, schema, lines, parameters, context, feedback)
        excluded = prepare_io.excluded_rows(self, parameters, context, source, lines)
        t_read = time.perf_counter()
        pieces = prepare_io.speed_limit_pieces(self, parameters, context, steps, lines, rules, crs)
        self._check_cancel(feedback)
        steps.setCurrentStep(2)
        keep_part = rules.kept & ~excluded[lines.feature_index]
        pieces = pieces.subset(keep_part[pieces.link])
        speed, minutes, source_code = rp.resolve(rules, pieces.link, pieces.length, pieces.limit,
                                                 rp.class_speeds(schema, table), rp.FALLBACK_SPEED[schema], factor)
        t_rules = time.perf_counter()
        steps.setCurrentStep(3)
        dest_id = prepare_io.write_links(self, outputs, steps, fields, crs, lines, pieces,
                                         (speed, rules.direction[pieces.link], minutes, source_code), context)
        summary = prepare_io.Summary.of(lines, rules, keep_part, pieces, source_code, speed)
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            prepare_io.write_report(report, summary, self.SCHEMA_NAMES[schema])
        t_end = time.perf_counter()
        feedback.pushInfo(self.tr(
            "{} links written ({:.1f} km), {} excluded, {} without geometry. Time: reading {:.1f} s, rules and "
            "speeds {:.1f} s, writing {:.1f} s."
        ).format(len(pieces), summary.total_km, summary.excluded, lines.skipped, t_read - t0, t_rules - t_read,
                 t_end - t_rules))
        if lines.skipped:
            feedback.pushWarning(self.tr("Skipped {} links without a usable geometry.").format(lines.skipped))
        steps.setProgress(100)
        result = {self.OUTPUT: dest_id, self.LINKS: len(pieces), self.EXCLUDED: summary.excluded,
                  self.SKIPPED: lines.skipped, self.TOTAL_KM: summary.total_km}
        if report:
            result[self.OUTPUT_REPORT] = report
        result.update({self.SOURCE_OUTPUTS[name]: count for name, count in summary.sources.items()})
        return result

    # ------------------------------------------------------------------
    def _read_links(self, parameters, context, feedback, source):
        """(the input fields the output keeps, the metric CRS, the line parts with their attributes)."""
        transform_context = context.transformContext()
        crs = layerio.metric_crs(source.sourceCrs(), source.sourceExtent(), transform_context)
        fields = prepare_io.copied_fields(source.fields())
        replaced = [n for n in source.fields().names() if n.lower() in prepare_io.ADDED_FIELDS]
        if replaced:
            feedback.pushWarning(self.tr("The INPUT layer already has {}; the output has its own fields of these "
                                         "names instead.").format(", ".join(replaced)))
        rule_fields = [self.parameterAsString(parameters, name, context) for name in (self.SPEED_FIELD,
                                                                                      self.DIRECTION_FIELD)]
        read = list(dict.fromkeys(fields.names() + [f for f in rule_fields if f]))
        lines = layerio.read_lines(source, crs, read, transform_context,
                                   layer=prepare_io.fast_layer(self, parameters, self.INPUT, context),
                                   cancelled=feedback.isCanceled)
        return fields, crs, lines

    def _schema(self, parameters, context, source) -> int:
        schema = self.parameterAsEnum(parameters, self.SCHEMA, context)
        names = source.fields().names()
        generic_given = bool(self.parameterAsString(parameters, self.SPEED_FIELD, context)
                             or self.parameterAsString(parameters, self.DIRECTION_FIELD, context))
        if schema == rp.SCHEMA_AUTO:
            try:
                return rp.detect_schema(names, generic_given)
            except rp.RulesError:
                raise QgsProcessingException(self.tr(
                    "SCHEMA auto: the INPUT layer {} has none of the expected fields (looked for {}). Choose "
                    "SCHEMA 3 (generic) with SPEED_FIELD and DIRECTION_FIELD, or give OpenStreetMap or "
                    "Digiroad data.").format(source.sourceName(), rp.looked_for())) from None
        if schema == rp.SCHEMA_DIGIROAD and rp.digiroad_fields(names) is None:
            raise QgsProcessingException(self.tr(
                "SCHEMA 2 (Digiroad): the INPUT layer {} lacks the Digiroad fields (looked for {})."
            ).format(source.sourceName(), rp.looked_for()))
        if schema == rp.SCHEMA_OSM and not rp.osm_fields(names).keys() & set(rp.OSM_FIELDS):
            raise QgsProcessingException(self.tr(
                "SCHEMA 1 (OpenStreetMap): the INPUT layer {} has neither highway nor other_tags."
            ).format(source.sourceName()))
        return schema

    def _speeds(self, parameters, context):
        factor = self.parameterAsDouble(parameters, self.SPEED_FACTOR, context)
        if not factor or factor <= 0:
            raise QgsProcessingException(self.tr("SPEED_FACTOR must be a positive number (e.g. 0.9)."))
        if not parameters.get(self.SPEED_TABLE):
            return {}, factor
        table = self.parameterAsSource(parameters, self.SPEED_TABLE, context)
        if table is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SPEED_TABLE))
        try:
            return rp.parse_speed_table(prepare_io.table_rows(table)), factor
        except rp.RulesError as error:
            raise QgsProcessingException(self.tr(
                "SPEED_TABLE: {}. Give one row per class with a speed in km/h above 0.").format(error)) from None
        except KeyError:
            raise QgsProcessingException(self.tr(
                "SPEED_TABLE needs the columns class and speed_kmh (it has: {}).").format(
                    ", ".join(table.fields().names()))) from None

    @staticmethod
    def _check_cancel(feedback):
        if feedback.isCanceled():
            raise Cancelled()


ALGORITHMS = [PrepareNetworkAlgorithm]

__all__ = ["PrepareNetworkAlgorithm", "ALGORITHMS"]
