# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:createworkspace``: a new, empty planning workspace."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ..core.presence import workspace as ws
from .base import PalveluverkkoAlgorithm


class CreateWorkspaceAlgorithm(PalveluverkkoAlgorithm):
    """Create a GeoPackage workspace with the premises, presence and agency tables."""

    ALG_ID = "createworkspace"
    GROUP_ID = "workspace"
    OUTPUT = "OUTPUT"
    OVERWRITE = "OVERWRITE"
    SCHEMA_VERSION = "SCHEMA_VERSION"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Create workspace")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Creates a new Palveluverkko workspace: a GeoPackage with the tables premises (points in "
            "EPSG:3067), agency_presence (which agency serves in which premises, and how), agencies "
            "(the agency registry, seeded with the twelve state agencies of the service network reform "
            "and their reorganisation dates) and palveluverkko_meta (the schema version).\n\n"
            "OUTPUT: the .gpkg file to create.\n"
            "OVERWRITE: replace the file if it already exists (default: no, an existing file is "
            "never touched).\n\n"
            "The file is written under a temporary name and moved into place only when complete."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Workspace GeoPackage"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputNumber(self.SCHEMA_VERSION, self.tr("Schema version")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        if not path:
            raise QgsProcessingException(self.tr("Give the file name of the workspace to create."))
        if not path.lower().endswith(".gpkg"):
            raise QgsProcessingException(
                self.tr("The workspace must be a GeoPackage file ending in .gpkg: {}").format(path)
            )
        try:
            info = ws.create_workspace(path, overwrite=overwrite)
        except ws.WorkspaceError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(
            self.tr("Created the workspace {} (schema version {}).").format(info.path, info.schema_version)
        )
        feedback.setProgress(100)
        return {self.OUTPUT: info.path, self.SCHEMA_VERSION: info.schema_version}


ALGORITHMS = [CreateWorkspaceAlgorithm]
