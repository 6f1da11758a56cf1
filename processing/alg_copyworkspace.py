# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:copyworkspace``: a GeoPackage workspace into a database workspace, or back."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)

from ..core.presence import postgis, postgis_copy
from ..core.presence import workspace as ws
from . import dbconnection
from .base import PalveluverkkoAlgorithm


class CopyWorkspaceAlgorithm(PalveluverkkoAlgorithm):
    """Copy every premises, presence and agency row between a GeoPackage and a database schema."""

    ALG_ID = "copyworkspace"
    GROUP_ID = "workspace"
    DIRECTION = "DIRECTION"
    GEOPACKAGE = "GEOPACKAGE"
    CONNECTION = dbconnection.CONNECTION
    SCHEMA = dbconnection.SCHEMA
    REPLACE = "REPLACE"
    PREMISES = "PREMISES"
    PRESENCE = "PRESENCE"
    AGENCIES = "AGENCIES"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Copy workspace (GeoPackage ↔ PostGIS)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Copies a workspace between a GeoPackage file and a database schema: every premises, "
            "agency presence and agency registry row, with its fid, so that a group can start its "
            "shared database workspace from the demo or from today's file, and take a copy back.\n\n"
            "DIRECTION: GeoPackage to database (default) or database to GeoPackage.\n"
            "GEOPACKAGE: the workspace file (created when it does not exist and it is the target).\n"
            "CONNECTION, SCHEMA: the database workspace (created when the schema does not exist and it "
            "is the target).\n"
            "REPLACE: empty the target's premises and presence rows first (default: no; a target that "
            "already has rows is refused, so a copy never duplicates rows).\n\n"
            "The target's agency registry is replaced by the source's. Row versions in the database start "
            "again at 1. Each copy is one transaction: a failure leaves the target as it was; in the "
            "database the copy is recorded in the audit log.\n"
            "Results: PREMISES, PRESENCE and AGENCIES, the rows copied."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, self.tr("Direction"),
            [self.tr("GeoPackage to database"), self.tr("Database to GeoPackage")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.GEOPACKAGE, self.tr("Workspace GeoPackage"), extension="gpkg"))
        dbconnection.add_parameters(self)
        self.addParameter(QgsProcessingParameterBoolean(
            self.REPLACE, self.tr("Replace the target's rows"), defaultValue=False))
        for name, text in ((self.PREMISES, self.tr("Premises copied")),
                           (self.PRESENCE, self.tr("Presence rows copied")),
                           (self.AGENCIES, self.tr("Agencies copied"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        conn, schema = dbconnection.connection_and_schema(self, parameters, context)
        path = self.parameterAsFile(parameters, self.GEOPACKAGE, context)
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)
        to_database = self.parameterAsEnum(parameters, self.DIRECTION, context) == 0
        if not path or not path.lower().endswith(".gpkg"):
            raise QgsProcessingException(self.tr("Give the workspace GeoPackage (a .gpkg file)."))
        if feedback.isCanceled():
            return {}
        try:
            if to_database:
                counts = postgis_copy.geopackage_to_database(path, conn, schema, replace=replace)
            else:
                counts = postgis_copy.database_to_geopackage(conn, schema, path, replace=replace)
        except (postgis.DbWorkspaceError, ws.WorkspaceError) as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Copied {} premises, {} presence rows and {} agencies.").format(
            counts.premises, counts.presence, counts.agencies))
        feedback.setProgress(100)
        return {self.PREMISES: counts.premises, self.PRESENCE: counts.presence, self.AGENCIES: counts.agencies}


ALGORITHMS = [CopyWorkspaceAlgorithm]
