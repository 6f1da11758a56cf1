# SPDX-License-Identifier: GPL-2.0-or-later
"""The outputs of one algorithm run, removed again when the run fails or is cancelled.

A Processing sink writes while the algorithm runs: a run cancelled (or
failing) in the middle of writing would leave a half-written file or table
behind. ``RunOutputs`` creates the sinks of a run, remembers what each one
made (a new file, a new table in an existing GeoPackage, a temporary layer)
and ``discard()`` removes exactly that, never a file or table that existed
before the run except the one the run itself was told to overwrite.

Usage: ``processAlgorithm`` returns ``run_guarded(self, self._run,
parameters, context, feedback)`` and ``_run(parameters, context, feedback,
outputs)`` makes its sinks with ``outputs.sink(NAME, fields, wkb_type, crs)``.
"""
from __future__ import annotations

import gc
import logging
import os
import re
import traceback
from typing import List, Optional, Tuple

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingOutputLayerDefinition
from qgis.PyQt.QtCore import QCoreApplication

from ..core.rules.cancel import Cancelled

LOG = logging.getLogger(__name__)
_SIDE_FILES = ("-wal", "-shm", "-journal")
_SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".qpj", ".sbn", ".sbx")


class RunOutputs:
    """Creates the sinks of one run and can remove what they wrote."""

    def __init__(self, algorithm, parameters, context):
        self.algorithm, self.parameters, self.context = algorithm, parameters, context
        self._made: List[Tuple[str, Optional[str], Optional[Tuple[str, str]]]] = []

    def sink(self, name, fields, wkb_type, crs=None, *args, required=True):
        """``parameterAsSink`` of the output ``name``.

        ``(None, None)`` for an optional output that was not asked for
        (``required=False``), else ``invalidSinkError`` when it cannot be created.
        """
        raw = _raw_destination(self.parameters.get(name))
        table = ogr_table(raw)
        temporary = raw in ("", QgsProcessing.TEMPORARY_OUTPUT)
        existed = bool(raw) and os.path.exists(raw.split("|", 1)[0])
        table_existed = table is not None and _has_table(*table)
        call = (self.parameters, name, self.context, fields, wkb_type) + ((crs,) if crs is not None else ()) + args
        sink, dest_id = self.algorithm.parameterAsSink(*call)
        if sink is None:
            if not required:
                return None, dest_id
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, name))
        path = (dest_id or "").split("|", 1)[0]
        new_file = new_table = None
        if table is not None:
            new_table = None if table_existed else table
        elif os.path.isfile(path) and (temporary or not existed or _named_file(raw)):
            new_file = path  # made, or overwritten as told: either way it holds only this run's output
        self._made.append((dest_id, new_file, new_table))
        return sink, dest_id

    def own_file(self, name, suffix: str) -> Optional[str]:
        """The path of output ``name`` when it is a plain ``suffix`` file the run may write itself, else None.

        The file is then the run's own (removed by ``discard`` like a sink's
        file); the caller writes it, e.g. with GDAL, instead of through a sink.
        """
        raw = _raw_destination(self.parameters.get(name))
        if not _named_file(raw) or "|" in raw or not raw.lower().endswith(suffix):
            return None
        self._made.append(("", raw, None))
        return raw

    def own_temporary_file(self, name, file_name: str) -> Optional[str]:
        """A new temporary file path for output ``name`` when it is a temporary output, else None.

        Like :meth:`own_file`; once written, :meth:`temporary_layer` opens it
        as the run's temporary output layer.
        """
        if _raw_destination(self.parameters.get(name)) not in ("", QgsProcessing.TEMPORARY_OUTPUT):
            return None
        from qgis.core import QgsProcessingUtils

        path = QgsProcessingUtils.generateTempFilename(file_name)
        self._made.append(("", path, None))
        return path

    def temporary_layer(self, path: str, layer_name: str) -> str:
        """Open the written file ``path`` into the context's temporary layers; its id (the output value)."""
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(path, layer_name, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(f"cannot open {path}")
        self.context.temporaryLayerStore().addMapLayer(layer)
        self._made = [(layer.id() if made == path else dest, made, table) for dest, made, table in self._made]
        return layer.id()

    def discard(self, failure: Optional[BaseException] = None) -> None:
        """Remove every output this run made; then raise ``failure`` when one is given.

        The caller drops its own references to the sinks first (returning from
        the function that wrote them does that).
        """
        if not self._made:
            if failure is not None:
                raise failure
            return
        if failure is not None:
            LOG.info("Removing the outputs of a failed run: %s",
                     "".join(traceback.format_exception(type(failure), failure, failure.__traceback__)))
            failure.__traceback__ = None  # its frames hold the open sinks
        gc.collect()  # sinks kept by reference cycles: closed before their files go
        store = self.context.temporaryLayerStore()
        for dest_id, new_file, new_table in self._made:
            layer = store.mapLayer(dest_id) if dest_id else None
            if layer is not None:
                store.removeMapLayer(layer)
            if new_table is not None:
                _drop_table(*new_table)
            if new_file is not None:
                _remove_file(new_file)
        self._made = []
        if failure is not None:
            raise failure


def _raw_destination(raw) -> str:
    if isinstance(raw, QgsProcessingOutputLayerDefinition):
        raw = raw.sink.staticValue()
    return raw if isinstance(raw, str) else ""


def _named_file(raw: str) -> bool:
    """A plain file path (not a table inside an existing database)."""
    return bool(raw) and not raw.startswith(("ogr:", "postgres:", "postgis:", "spatialite:", "memory:"))


def ogr_table(raw: str):
    """(path, table) of an ``ogr:dbname=... table=...`` destination, else None."""
    if not raw.startswith("ogr:"):
        return None
    path = re.search(r"dbname='((?:[^']|'')*)'", raw) or re.search(r"dbname=(\S+)", raw)
    table = re.search(r'table="((?:[^"]|"")*)"', raw) or re.search(r"table=(\S+)", raw)
    if not path or not table:
        return None
    return path.group(1).replace("''", "'"), table.group(1).replace('""', '"')


def _has_table(path: str, table: str) -> bool:
    from osgeo import ogr

    try:
        ds = ogr.Open(path) if os.path.exists(path) else None
    except RuntimeError:  # not a dataset (GDAL's Python exceptions on, as QGIS 3.36 and newer have them)
        ds = None
    found = ds is not None and ds.GetLayerByName(table) is not None
    ds = None  # noqa: F841
    return found


def _drop_table(path: str, table: str) -> None:
    from osgeo import ogr

    ds = ogr.Open(path, 1) if os.path.exists(path) else None
    if ds is None:
        return
    for index in range(ds.GetLayerCount()):
        if ds.GetLayer(index).GetName() == table:
            ds.DeleteLayer(index)
            break
    ds = None  # noqa: F841


def _remove_file(path: str) -> None:
    stem, ext = os.path.splitext(path)
    names = [stem + part for part in _SHAPEFILE_PARTS] if ext.lower() == ".shp" else [path]
    names += [path + suffix for suffix in _SIDE_FILES]
    for name in names:
        if os.path.exists(name):
            os.remove(name)


def run_guarded(algorithm, run, parameters, context, feedback, cancelled=(Cancelled,)):
    """``run(parameters, context, feedback, outputs)``; what it wrote is removed when it fails or is cancelled.

    ``cancelled``: the exception types that mean "cancelled" (the run then
    returns ``{}``); a run that returns ``{}`` itself counts as cancelled too.
    Any other exception is raised again after the outputs are removed.
    """
    outputs = RunOutputs(algorithm, parameters, context)
    try:
        result = run(parameters, context, feedback, outputs)
        if result:
            return result
        failure = None
    except cancelled:
        failure = None
    except Exception as error:  # noqa: BLE001 - raised again by discard() once the outputs are removed
        failure = error
    # Out of the except block: the traceback's frames, and the sinks they kept open, are released.
    outputs.discard(failure)
    feedback.reportError(QCoreApplication.translate("RunOutputs", "Cancelled: no output was written."))
    return {}
