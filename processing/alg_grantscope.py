# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:grantscope``: which agencies and municipalities a database role may edit."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.presence import postgis
from . import dbconnection
from .base import PalveluverkkoAlgorithm


class GrantScopeAlgorithm(PalveluverkkoAlgorithm):
    """Add (or remove) editor_scope rows of a role and its membership of <schema>_editor."""

    ALG_ID = "grantscope"
    GROUP_ID = "workspace"
    CONNECTION = dbconnection.CONNECTION
    SCHEMA = dbconnection.SCHEMA
    ROLE = "ROLE"
    AGENCIES = "AGENCIES"
    MUNICIPALITIES = "MUNICIPALITIES"
    CAN_EDIT_PREMISES = "CAN_EDIT_PREMISES"
    REVOKE = "REVOKE"
    SCOPE_ROWS = "SCOPE_ROWS"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Grant editor scope (PostGIS)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Gives a database role the right to edit part of a database workspace, or takes it away.\n\n"
            "CONNECTION, SCHEMA: the database workspace (made with 'Create database workspace'). Only "
            "the owner of the schema may run this.\n"
            "ROLE: an existing login role (a database administrator creates it).\n"
            "AGENCIES: agency codes the role may edit presence rows of, separated by commas (empty: "
            "any agency).\n"
            "MUNICIPALITIES: municipality codes (e.g. 398 for Lahti) of the premises whose rows the "
            "role may edit, separated by commas (empty: any municipality).\n"
            "CAN_EDIT_PREMISES: the role may also add, change and delete premises in those "
            "municipalities.\n"
            "REVOKE: remove these scope rows instead (with AGENCIES and MUNICIPALITIES empty: all of "
            "the role's rows); a role left without any is taken out of <schema>_editor.\n\n"
            "Granting adds the role to <schema>_editor and writes one editor_scope row per agency and "
            "municipality. The database refuses every write outside the role's scope with a message "
            "that names the role and the missing scope.\n"
            "Result: SCOPE_ROWS, the number of scope rows the role has afterwards."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        dbconnection.add_parameters(self)
        self.addParameter(QgsProcessingParameterString(self.ROLE, self.tr("Database role")))
        self.addParameter(QgsProcessingParameterString(
            self.AGENCIES, self.tr("Agency codes (empty: any)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MUNICIPALITIES, self.tr("Municipality codes (empty: any)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CAN_EDIT_PREMISES, self.tr("May edit premises"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REVOKE, self.tr("Revoke instead of grant"), defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber(self.SCOPE_ROWS, self.tr("Scope rows of the role")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        conn, schema = dbconnection.connection_and_schema(self, parameters, context)
        role = (self.parameterAsString(parameters, self.ROLE, context) or "").strip()
        if not role:
            raise QgsProcessingException(self.tr("Give the database role to grant the scope to."))
        try:
            count = postgis.grant_scope(
                conn, schema, role, postgis.codes(self.parameterAsString(parameters, self.AGENCIES, context)),
                postgis.codes(self.parameterAsString(parameters, self.MUNICIPALITIES, context)),
                can_edit_premises=self.parameterAsBoolean(parameters, self.CAN_EDIT_PREMISES, context),
                revoke=self.parameterAsBoolean(parameters, self.REVOKE, context))
        except postgis.DbWorkspaceError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("The role {} has {} editor scope row(s) in {}.").format(role, count, schema))
        feedback.setProgress(100)
        return {self.SCOPE_ROWS: count}


ALGORITHMS = [GrantScopeAlgorithm]
