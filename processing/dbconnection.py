# SPDX-License-Identifier: GPL-2.0-or-later
"""The CONNECTION and SCHEMA parameters shared by the database workspace algorithms."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.presence import postgis

CONNECTION = "CONNECTION"
SCHEMA = "SCHEMA"


def add_parameters(algorithm) -> None:
    """CONNECTION (a saved PostgreSQL connection, or a libpq string) and SCHEMA."""
    algorithm.addParameter(QgsProcessingParameterProviderConnection(
        CONNECTION, QCoreApplication.translate("DbConnection", "PostgreSQL connection"), postgis.PROVIDER))
    algorithm.addParameter(QgsProcessingParameterString(
        SCHEMA, QCoreApplication.translate("DbConnection", "Workspace schema"), defaultValue=postgis.DEFAULT_SCHEMA))


def connection_and_schema(algorithm, parameters, context):
    """The QGIS database connection and the checked schema name; QgsProcessingException when unusable."""
    name = algorithm.parameterAsConnectionName(parameters, CONNECTION, context)
    if not name:  # qgis_process passes a libpq string through as it is
        name = str(parameters.get(CONNECTION) or "")
    schema = (algorithm.parameterAsString(parameters, SCHEMA, context) or "").strip()
    try:
        return postgis.connection(name), postgis.check_schema_name(schema)
    except postgis.DbWorkspaceError as error:
        raise QgsProcessingException(str(error)) from error
