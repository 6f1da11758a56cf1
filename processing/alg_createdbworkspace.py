# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:createdbworkspace``: a shared workspace in a PostgreSQL/PostGIS database."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
)

from ..core.presence import postgis
from . import dbconnection
from .base import PalveluverkkoAlgorithm


class CreateDbWorkspaceAlgorithm(PalveluverkkoAlgorithm):
    """Create the workspace tables, rules, roles and audit log in one schema of a database."""

    ALG_ID = "createdbworkspace"
    GROUP_ID = "workspace"
    CONNECTION = dbconnection.CONNECTION
    SCHEMA = dbconnection.SCHEMA
    OVERWRITE = "OVERWRITE"
    SCHEMA_VERSION = "SCHEMA_VERSION"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Create database workspace (PostGIS)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Creates a shared Palveluverkko workspace in a PostgreSQL database with PostGIS: the tables "
            "premises (points in EPSG:3067), agency_presence, agencies and palveluverkko_meta with the "
            "same columns, checks and messages as a GeoPackage workspace, and for sharing: editor_scope "
            "(which database role may edit which agency's rows in which municipality), audit_log (every "
            "insert, update and delete with the role, the time and the old and new values; no role may "
            "change or delete its rows), row_version (a save based on an older version of a row is "
            "refused) and the group roles <schema>_reader and <schema>_editor.\n\n"
            "CONNECTION: a saved PostgreSQL connection (from qgis_process also a connection string such "
            "as 'service=planning' or 'host=... port=5432 dbname=... user=...'). The connecting role "
            "owns the schema and needs the CREATE right on the database and the CREATEROLE right; "
            "PostGIS must be installed in the database.\n"
            "SCHEMA: the schema to create (default palveluverkko; lower-case letters, digits and _).\n"
            "OVERWRITE: drop an existing schema of that name with all its data first (default: no, an "
            "existing schema is refused and left untouched).\n\n"
            "Everything is created in one transaction: a failure leaves nothing behind. Give planners "
            "their editing rights with 'Grant editor scope'.\n"
            "Results: SCHEMA and SCHEMA_VERSION."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        dbconnection.add_parameters(self)
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing schema"), defaultValue=False))
        self.addOutput(QgsProcessingOutputString(self.SCHEMA, self.tr("Workspace schema")))
        self.addOutput(QgsProcessingOutputNumber(self.SCHEMA_VERSION, self.tr("Schema version")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        conn, schema = dbconnection.connection_and_schema(self, parameters, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        if feedback.isCanceled():
            return {}
        try:
            info = postgis.create_db_workspace(conn, schema, overwrite=overwrite)
        except postgis.DbWorkspaceError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("Created the workspace schema {} (schema version {}).").format(
            info.schema, info.schema_version))
        feedback.setProgress(100)
        return {self.SCHEMA: info.schema, self.SCHEMA_VERSION: info.schema_version}


ALGORITHMS = [CreateDbWorkspaceAlgorithm]
