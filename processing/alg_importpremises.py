# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:importpremises``: premises from any layer into the workspace, upserted by premises_id."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..core.allocation import features
from ..core.compat import FieldType
from ..core.presence import premises_import as pi
from ..core.presence import workspace as ws
from .base import PalveluverkkoAlgorithm


class ImportPremisesAlgorithm(PalveluverkkoAlgorithm):
    """Add or update workspace premises from any layer, with a field map and a table of rejected rows."""

    ALG_ID = "importpremises"
    GROUP_ID = "data"
    INPUT = "INPUT"
    WORKSPACE = "WORKSPACE"
    FIELD_MAP = "FIELD_MAP"
    OUTPUT_REJECTED = "OUTPUT_REJECTED"
    INSERTED = "INSERTED"
    UPDATED = "UPDATED"
    REJECTED = "REJECTED"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Import premises")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Adds premises from any layer (for example one just fetched from an organisation's WFS) into the "
            "premises table of a workspace, or updates them.\n\n"
            "INPUT: points, or polygons (a point inside each polygon is used), in any CRS (reprojected to "
            "EPSG:3067).\n"
            "WORKSPACE: the premises layer of a Palveluverkko workspace.\n"
            "FIELD_MAP: the source field of each premises field, as premises_field=source_field separated by "
            "semicolons, e.g. premises_id=tunnus; name=nimi; floor_area_m2=pinta_ala. premises_id must be "
            "mapped. Left empty, source fields with the same names as premises fields are used. Unmapped fields "
            "are left empty in new premises and unchanged in updated ones.\n\n"
            "A feature whose premises_id exists already updates that premises; others are added. Rejected, "
            "with the reason in OUTPUT_REJECTED: features with no id, with no geometry, with values that do "
            "not fit (a number, date, yes/no or three-digit municipality code), and every feature whose id "
            "occurs more than once in the input. Never creates duplicate premises; if writing fails, nothing "
            "is changed.\n\n"
            "Results: INSERTED, UPDATED, REJECTED (counts) and OUTPUT_REJECTED (source_fid, premises_id, reason)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Premises to import"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon,
             QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.WORKSPACE, self.tr("Workspace premises layer"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAP, self.tr("Field map (premises_field=source_field; …)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REJECTED, self.tr("Rejected features"), QgsProcessing.SourceType.TypeVector))
        for name, label in ((self.INSERTED, self.tr("Premises added")), (self.UPDATED, self.tr("Premises updated")),
                            (self.REJECTED, self.tr("Features rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        premises = self.parameterAsVectorLayer(parameters, self.WORKSPACE, context)
        path = self._workspace_path(premises)
        if premises.isEditable() and premises.isModified():
            raise QgsProcessingException(self.tr(
                "The premises layer has unsaved edits. Save or discard them first, then import."))
        raw_map = parameters.get(self.FIELD_MAP)
        try:
            mapping = pi.parse_field_map(
                raw_map if isinstance(raw_map, dict) else self.parameterAsString(parameters, self.FIELD_MAP, context),
                source.fields().names())
        except pi.ImportError_ as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Field map: {}").format("; ".join(f"{k}={v}" for k, v in mapping.items())))

        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(f"EPSG:{ws.CRS_EPSG}"),
                                           context.transformContext())
        rows = features.located_rows(source, transform, feedback.isCanceled,
                                     lambda fraction: feedback.setProgress(50 * fraction))
        plan = pi.plan_import(rows, mapping, pi.existing_ids(path))
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: nothing was written."))
        try:
            pi.apply_import(path, plan, feedback)
        except pi.ImportError_ as error:
            raise QgsProcessingException(str(error)) from error
        self._written_layer_id = premises.id()

        fields = QgsFields()
        fields.append(QgsField("source_fid", FieldType.LongLong))
        fields.append(QgsField("premises_id", FieldType.String))
        fields.append(QgsField("reason", FieldType.String))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_REJECTED, context, fields,
                                             QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_REJECTED))
        for fid, premises_id, reason in plan.rejects:
            feature = QgsFeature(fields)
            feature.setAttributes([fid, premises_id, reason])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("Added {}, updated {}, rejected {}.").format(
            len(plan.inserts), len(plan.updates), len(plan.rejects)))
        feedback.setProgress(100)
        return {self.INSERTED: len(plan.inserts), self.UPDATED: len(plan.updates),
                self.REJECTED: len(plan.rejects), self.OUTPUT_REJECTED: dest_id}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Show the new rows in the premises layer (in the main thread)."""
        layer_id = getattr(self, "_written_layer_id", None)
        self._written_layer_id = None
        layer = context.getMapLayer(layer_id) if layer_id else None
        if layer is None and layer_id and context.project() is not None:
            layer = context.project().mapLayer(layer_id)
        if layer is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        return {}

    def _workspace_path(self, layer) -> str:
        if layer is None or layer.providerType() != "ogr":
            raise QgsProcessingException(self.tr("WORKSPACE must be the premises layer of a workspace GeoPackage."))
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path, name = parts.get("path", ""), parts.get("layerName") or ""
        try:
            ws.check_workspace(path)
        except ws.WorkspaceError as error:
            raise QgsProcessingException(str(error)) from error
        if name not in ("", ws.PREMISES) or (not name and layer.name() != ws.PREMISES):
            raise QgsProcessingException(self.tr(
                "WORKSPACE must be the premises layer of the workspace, not {}.").format(name or layer.name()))
        return path


ALGORITHMS = [ImportPremisesAlgorithm]
