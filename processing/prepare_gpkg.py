# SPDX-License-Identifier: GPL-2.0-or-later
"""``preparenetwork``'s fast output: a GeoPackage table made by QGIS's writer and filled by sqlite3."""
from __future__ import annotations

import os
import sqlite3

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.network import gpkgwrite

_translate = QCoreApplication.translate


def _empty_table(context, fields, crs, path: str) -> str:
    """Create ``path`` with an empty LineString table (without a spatial index); its name."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = os.path.splitext(os.path.basename(path))[0]
    # no R-tree: SQLite inserts into one at ~50 us a row, longer than all the rest of the run; routing reads
    # every link anyway (create one with QGIS's "Create spatial index" for fast drawing of a large network)
    options.layerOptions = ["SPATIAL_INDEX=NO"]
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.LineString, crs, context.transformContext(),
                                        options)
    if writer is None or writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        message = writer.errorMessage() if writer is not None else ""
        raise QgsProcessingException(_translate(
            "PrepareNetwork", "Could not write the prepared network: {}").format(message))
    del writer
    return options.layerName


def _geometry_column(path: str, table: str):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                  (table,)).fetchone()
    finally:
        connection.close()


def write(context, fields, crs, coords, offsets, columns, path: str) -> str:
    """Write the lines and their attribute columns (lists, in ``fields`` order) into ``path``."""
    table = _empty_table(context, fields, crs, path)
    column, srs_id = _geometry_column(path, table)
    blobs = gpkgwrite.line_blobs(coords, offsets, int(srs_id))
    gpkgwrite.fill_table(path, table, column, fields.names(), columns, blobs)
    return path


def load_on_completion(alg, context, layer: str, raw) -> None:
    """Load ``layer`` (a path or a temporary layer's id) into the project when the OUTPUT definition asks to."""
    if isinstance(raw, QgsProcessingOutputLayerDefinition) and raw.destinationProject is not None:
        details = QgsProcessingContext.LayerDetails(alg.parameterDefinition(alg.OUTPUT).description(),
                                                    raw.destinationProject, alg.OUTPUT)
        context.addLayerToLoadOnCompletion(layer, details)
