# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:importpresence``: upsert agency presence rows from a table, all or nothing."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
)

from ..core.compat import FieldType
from ..core.presence import edits as core
from ..core.presence import presence_import as imp
from ..core.presence import workspace as ws
from .base import PalveluverkkoAlgorithm


class ImportPresenceAlgorithm(PalveluverkkoAlgorithm):
    """Insert or update agency presence rows by (premises_id, agency)."""

    ALG_ID = "importpresence"
    GROUP_ID = "presence"
    INPUT = "INPUT"
    TARGET = "TARGET"
    PREMISES = "PREMISES"
    OUTPUT_REJECTED = "OUTPUT_REJECTED"
    INSERTED = "INSERTED"
    UPDATED = "UPDATED"
    REJECTED = "REJECTED"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Import agency presence")

    def flags(self):
        # Edits a project layer: must run on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Inserts or updates agency presence rows, matched by (premises_id, agency).\n\n"
            "INPUT: a table (CSV or any layer) with the fields premises_id, agency and mode, and "
            "optionally days_per_week, annual_visits and notes (field names in any case). Agency codes "
            "are matched case-insensitively and stored upper-case; modes are staff, appointment or "
            "remote. An empty days_per_week (0–5) or annual_visits (a whole number, 0 or more) means "
            "unknown.\n"
            "TARGET: the agency_presence layer to write to.\n"
            "PREMISES: the premises layer whose premises_id values are valid (default: the premises "
            "table of the same workspace as TARGET).\n"
            "OUTPUT_REJECTED: the rejected rows with their input fields and a reason: unknown premises, "
            "unknown agency, bad mode, days out of range, bad annual_visits or duplicate (a row "
            "repeating an earlier premises_id and agency of the same input); several reasons are "
            "joined by '; '.\n\n"
            "An agency whose registry validity has ended is accepted with a warning. Nothing partial: "
            "the valid rows are written in one transaction (or, when TARGET is being edited, as one "
            "undoable step in its edit buffer, left for you to save), or nothing is written.\n"
            "Results: INSERTED, UPDATED and REJECTED row counts."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Presence table to import"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.TARGET, self.tr("Agency presence layer (target)"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PREMISES, self.tr("Premises layer (default: the workspace's premises)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REJECTED, self.tr("Rejected rows"), QgsProcessing.SourceType.TypeVector))
        for name, text in ((self.INSERTED, self.tr("Inserted rows")), (self.UPDATED, self.tr("Updated rows")),
                           (self.REJECTED, self.tr("Rejected rows"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def _premises_ids(self, parameters, context, target) -> set:
        source = self.parameterAsSource(parameters, self.PREMISES, context)
        if source is None:
            layer = core.sibling_layer(target, ws.PREMISES, context.project())
            if layer is None:
                raise QgsProcessingException(self.tr(
                    "Give the PREMISES layer: the target {} is not in a workspace GeoPackage, so its "
                    "premises table cannot be found.").format(target.name()))
            source = layer
        if source.fields().indexOf("premises_id") < 0:
            raise QgsProcessingException(self.tr("The premises layer has no premises_id field."))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["premises_id"], source.fields())
        return {pid for pid in (core.text_or_none(f["premises_id"]) for f in source.getFeatures(request)) if pid}

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source, target, columns = self._inputs(parameters, context)
        premises_ids = self._premises_ids(parameters, context, target)
        agencies = core.registry_for(target, context.project())
        rejected_fields = QgsFields()
        for f in source.fields():
            if f.name().lower() != "reason":
                rejected_fields.append(f)
        rejected_fields.append(QgsField("reason", FieldType.String))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_REJECTED, context, rejected_fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_REJECTED))
        features, rows = imp.read_rows(source, columns, feedback.isCanceled,
                                       lambda fraction: feedback.setProgress(50 * fraction))
        if features is None:
            return {}
        has_notes = "notes" in columns and target.fields().indexOf("notes") >= 0
        versions: dict = {}  # fid -> row_version read now: the database refuses the update if it changes meanwhile
        existing = imp.existing_keys(target, versions)
        plan = imp.plan_import(rows, premises_ids, agencies, existing, has_notes, versions=versions)
        for code, valid_to in sorted(plan.expired.items()):
            feedback.pushWarning(self.tr("The agency {} ended on {} in the registry; its rows were "
                                         "imported anyway.").format(code, valid_to.isoformat()))
        if feedback.isCanceled():
            return {}
        self._write_rejected(sink, rejected_fields, source, features, plan.rejected)
        try:
            how = imp.write_plan(target, plan, self.tr("Import agency presence"))
        except core.PresenceError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Inserted {}, updated {}, rejected {} row(s).").format(
            len(plan.inserts), len(plan.updates), len(plan.rejected)))
        if how == "buffer" and (plan.inserts or plan.updates):
            feedback.pushInfo(self.tr(
                "The layer {} is being edited: the rows are in its edit buffer (one undoable step). "
                "Save the layer's edits to keep them.").format(target.name()))
        return {self.OUTPUT_REJECTED: sink_id, self.INSERTED: len(plan.inserts), self.UPDATED: len(plan.updates),
                self.REJECTED: len(plan.rejected)}

    def _inputs(self, parameters, context):
        """(source, target layer, lower-case field name -> source field name), checked."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        target = self.parameterAsVectorLayer(parameters, self.TARGET, context)
        if target is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TARGET))
        reason = core.edit_block_reason(target)
        if reason:
            raise QgsProcessingException(reason)
        columns = {f.name().lower(): f.name() for f in source.fields()}
        missing = [name for name in imp.REQUIRED_FIELDS if name not in columns]
        if missing:
            raise QgsProcessingException(self.tr(
                "The input table has no field(s) {}. It needs premises_id, agency and mode, and may have "
                "days_per_week, annual_visits and notes.").format(", ".join(missing)))
        return source, target, columns

    @staticmethod
    def _write_rejected(sink, fields, source, features, rejected):
        for number, text in rejected:
            source_feature = features[number]
            out = QgsFeature(fields)
            out.setGeometry(source_feature.geometry())
            for f in source.fields():
                if f.name().lower() != "reason":
                    out.setAttribute(f.name(), source_feature[f.name()])
            out.setAttribute("reason", text)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)


ALGORITHMS = [ImportPresenceAlgorithm]
