# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:presencematrix``: a wide premises × agencies table of presence modes."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..core.compat import FieldType
from ..core.presence import edits as core
from .base import PalveluverkkoAlgorithm
from .sinks import run_guarded


class PresenceMatrixAlgorithm(PalveluverkkoAlgorithm):
    """One row per premises, one column per agency code, holding the mode."""

    ALG_ID = "presencematrix"
    GROUP_ID = "presence"
    PREMISES = "PREMISES"
    PRESENCE = "PRESENCE"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Presence matrix")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes a wide table of agency presence: one row per premises with premises_id and name, one "
            "column per agency code holding the mode (staff, appointment or remote; empty when the "
            "agency is not there), and agencies_total, the number of agencies present (every mode "
            "counts, remote included).\n\n"
            "PREMISES: the premises layer (premises_id, name).\n"
            "PRESENCE: the agency_presence table.\n"
            "OUTPUT: the wide table, without geometry.\n\n"
            "The agency columns are every code of the registry valid today (the agencies table of "
            "PRESENCE's workspace, or the registry shipped with the plugin), in registry order, then "
            "any other code found in PRESENCE, alphabetically. Presence rows of premises missing from "
            "PREMISES are left out with a warning."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PREMISES, self.tr("Premises layer"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PRESENCE, self.tr("Agency presence table"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Presence matrix"), QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        premises = self.parameterAsSource(parameters, self.PREMISES, context)
        if premises is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PREMISES))
        presence = self.parameterAsSource(parameters, self.PRESENCE, context)
        if presence is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PRESENCE))
        if premises.fields().indexOf("premises_id") < 0:
            raise QgsProcessingException(self.tr("The premises layer has no premises_id field."))
        missing = [n for n in ("premises_id", "agency", "mode") if presence.fields().indexOf(n) < 0]
        if missing:
            raise QgsProcessingException(self.tr(
                "The presence table has no field(s) {}; choose an agency_presence table.").format(", ".join(missing)))
        presence_layer = self.parameterAsVectorLayer(parameters, self.PRESENCE, context)
        agencies = core.registry_for(presence_layer, context.project())

        modes = core.modes_by_premises(presence, feedback.isCanceled)
        codes = core.matrix_codes(agencies, {c for row in modes.values() for c in row})

        fields = QgsFields()
        fields.append(QgsField("premises_id", FieldType.String))
        fields.append(QgsField("name", FieldType.String))
        for code in codes:
            fields.append(QgsField(code, FieldType.String))
        fields.append(QgsField("agencies_total", FieldType.Int))
        sink, sink_id = outputs.sink(self.OUTPUT, fields, QgsWkbTypes.Type.NoGeometry)

        has_name = premises.fields().indexOf("name") >= 0
        total = max(premises.featureCount(), 1)
        seen = set()
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for number, feature in enumerate(premises.getFeatures(request)):
            if feedback.isCanceled():
                return {}
            premises_id = core.text_or_none(feature["premises_id"])
            if premises_id is None:
                continue
            seen.add(premises_id)
            row = modes.get(premises_id, {})
            out = QgsFeature(fields)
            out.setAttribute("premises_id", premises_id)
            out.setAttribute("name", core.text_or_none(feature["name"]) if has_name else None)
            for code in codes:
                out.setAttribute(code, row.get(code))
            out.setAttribute("agencies_total", len(row))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100 * number / total)
        orphans = sorted(set(modes) - seen)
        if orphans:
            feedback.pushWarning(self.tr("{} premises id(s) of the presence table are not in the premises "
                                         "layer and were left out: {}").format(len(orphans), ", ".join(orphans[:20])))
        return {self.OUTPUT: sink_id}


ALGORITHMS = [PresenceMatrixAlgorithm]
