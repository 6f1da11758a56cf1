# SPDX-License-Identifier: GPL-2.0-or-later
"""The expression function ``palveluverkko_agencies(premises_id)``.

Returns the agency codes present in a premises as one comma-separated text,
alphabetically, without spaces (``'KELA,MIGRI,VERO'``; ``''`` when none).

Which presence layer: the project's vector layers named ``agency_presence``.
When several workspaces are loaded, the one in the same GeoPackage as the
layer being evaluated (the ``@layer`` of the expression context) wins, else
the first. Lookups go through an index per layer, rebuilt lazily after edits
(the layer's signals); worker threads (map rendering) read a feature-source
snapshot taken on the main thread after every edit step (edit command, undo,
redo, commit, rollback), so uncommitted edits are seen too.
"""
from __future__ import annotations

import threading
from typing import Dict, List, Optional

from qgis.core import (
    QgsExpression,
    QgsExpressionFunction,
    QgsFeatureRequest,
    QgsMapLayerStyle,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, QThread, QTimer

from . import workspace as ws
from .agencies import normalise_code
from .edits import text_or_none, translate, workspace_key

FUNCTION_NAME = "palveluverkko_agencies"
HELP = """<h3>palveluverkko_agencies(premises_id)</h3>
<p>The agency codes present in the premises <i>premises_id</i> (rows of the workspace table
agency_presence, uncommitted edits included), comma-separated and sorted, e.g. 'KELA,MIGRI,VERO';
an empty text when no agency serves there. Uses the project layer named agency_presence
(the one of the same GeoPackage as the current layer when several are loaded).</p>
<h4>Examples</h4><ul>
<li>palveluverkko_agencies("premises_id") &rarr; 'KELA,VERO'</li>
<li>array_length(string_to_array(palveluverkko_agencies("premises_id"))) &rarr; 2</li></ul>"""


def _on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


class PresenceIndex(QObject):
    """premises_id -> sorted agency codes for one presence layer.

    Lives in the main thread (the layer's signals are delivered there), even
    when a worker thread happened to create it.
    """

    def __init__(self, layer: QgsVectorLayer):
        super().__init__()
        if not _on_main_thread() and QCoreApplication.instance() is not None:
            self.moveToThread(QCoreApplication.instance().thread())
        self.layer = layer
        self._layer_id = layer.id()  # forget() may run when the C++ layer is already being destroyed
        self._lock = threading.Lock()
        self._codes: Optional[Dict[str, List[str]]] = None
        self._source = QgsVectorLayerFeatureSource(layer)
        self._stale = False
        for signal in (layer.featureAdded, layer.featureDeleted, layer.attributeValueChanged):
            signal.connect(self.invalidate)
        # whole edit steps: snapshot at once, so a repaint right after (worker threads) sees them
        for signal in self._step_signals():
            signal.connect(self.snapshot_now)
        layer.willBeDeleted.connect(self.forget)

    def forget(self) -> None:
        with _INDEXES_LOCK:
            if _INDEXES.get(self._layer_id) is self:
                del _INDEXES[self._layer_id]

    def _step_signals(self):
        layer = self.layer
        return (layer.editCommandEnded, layer.afterRollBack, layer.afterCommitChanges, layer.dataChanged,
                layer.undoStack().indexChanged)

    def disconnect_layer(self) -> None:
        layer = self.layer
        for signal in (layer.featureAdded, layer.featureDeleted, layer.attributeValueChanged):
            _disconnect(signal, self.invalidate)
        for signal in self._step_signals():
            _disconnect(signal, self.snapshot_now)

    def snapshot_now(self, *_args) -> None:
        with self._lock:
            self._stale = True
        self._snapshot()

    def invalidate(self, *_args) -> None:
        with self._lock:
            self._codes = None
            if self._stale:
                return
            self._stale = True
        QTimer.singleShot(0, self._snapshot)

    def _snapshot(self) -> None:
        if sip.isdeleted(self.layer):  # a signal of a layer being destroyed: nothing to read any more
            return
        with self._lock:
            if self._stale:
                self._source = QgsVectorLayerFeatureSource(self.layer)
                self._codes = None
                self._stale = False

    def codes(self, premises_id: str) -> List[str]:
        if _on_main_thread():
            self._snapshot()
        with self._lock:
            if self._codes is None:
                self._codes = self._build(self._source)
            return self._codes.get(premises_id, [])

    @staticmethod
    def _build(source) -> Dict[str, List[str]]:
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["premises_id", "agency"], source.fields())
        found: Dict[str, set] = {}
        for feature in source.getFeatures(request):
            premises_id = text_or_none(feature["premises_id"])
            code = normalise_code(text_or_none(feature["agency"]))
            if premises_id is not None and code:
                found.setdefault(premises_id, set()).add(code)
        return {key: sorted(codes) for key, codes in found.items()}


_INDEXES: Dict[str, PresenceIndex] = {}


_INDEXES_LOCK = threading.Lock()


def _index(layer: QgsVectorLayer) -> PresenceIndex:
    with _INDEXES_LOCK:
        index = _INDEXES.get(layer.id())
        if index is None or index.layer is not layer:
            index = PresenceIndex(layer)
            _INDEXES[layer.id()] = index
        return index


def _prepare(layers) -> None:
    """Index the presence layers of the project on the main thread, before any rendering needs them."""
    for layer in layers:
        if isinstance(layer, QgsVectorLayer) and layer.name() == ws.PRESENCE:
            _index(layer)


def presence_layer(context=None, project: Optional[QgsProject] = None) -> Optional[QgsVectorLayer]:
    """The presence layer used for ``context`` (see the module docstring)."""
    project = project or QgsProject.instance()
    candidates = [lyr for lyr in project.mapLayersByName(ws.PRESENCE) if isinstance(lyr, QgsVectorLayer)]
    if len(candidates) > 1 and context is not None:
        layer_id = context.variable("layer_id")
        current = project.mapLayer(layer_id) if layer_id else None
        key = workspace_key(current) if isinstance(current, QgsVectorLayer) else None
        for candidate in candidates:
            if key and workspace_key(candidate) == key:
                return candidate
    return candidates[0] if candidates else None


def agencies_of(premises_id, context=None, project: Optional[QgsProject] = None) -> Optional[str]:
    """The function's value for ``premises_id`` (None when there is no presence layer)."""
    layer = presence_layer(context, project)
    if layer is None:
        return None
    key = text_or_none(premises_id)
    if key is None:
        return None
    return ",".join(_index(layer).codes(key))


class AgenciesFunction(QgsExpressionFunction):
    """``palveluverkko_agencies(premises_id)``."""

    def __init__(self):
        super().__init__(FUNCTION_NAME, 1, "Palveluverkko", HELP)

    def func(self, values, context, parent, node):  # noqa: D102 - QGIS API
        try:
            result = agencies_of(values[0], context)
        except Exception as error:  # noqa: BLE001 - reported as an expression error
            parent.setEvalErrorString(str(error))
            return None
        if result is None and text_or_none(values[0]) is not None:
            parent.setEvalErrorString(translate("Presence",
                "palveluverkko_agencies: the project has no layer named agency_presence. Open a workspace first."
            ))
        return result

    def usesGeometry(self, node) -> bool:  # noqa: N802
        return False

    def referencedColumns(self, node):  # noqa: N802
        return set()

    def isStatic(self, node, parent, context) -> bool:  # noqa: N802
        return False


_FUNCTION: Optional[AgenciesFunction] = None


def register() -> bool:
    """Register the function (idempotent)."""
    global _FUNCTION
    project = QgsProject.instance()
    _disconnect(project.layersAdded, _prepare)
    project.layersAdded.connect(_prepare)
    _prepare(project.mapLayers().values())
    if QgsExpression.isFunctionName(FUNCTION_NAME):
        if in_use():  # a layer's compiled expressions hold the registered one: keep it (see unregister)
            return True
        QgsExpression.unregisterFunction(FUNCTION_NAME)
    _FUNCTION = AgenciesFunction()
    return QgsExpression.registerFunction(_FUNCTION)


def in_use() -> bool:
    """Whether a layer of the project draws, labels or computes with the function."""
    for layer in QgsProject.instance().mapLayers().values():
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        if FUNCTION_NAME in style.xmlData():
            return True
    return False


def unregister() -> None:
    """Unregister the function and forget the indexes.

    While a layer still uses the function it stays registered: QGIS's compiled expressions refer to
    registered functions by position, and removing one under them crashed QGIS 3.22 at the next render
    (a plugin disabled with a workspace open). It is then kept alive on the application object, so that
    it outlives this module when the plugin is unloaded.
    """
    global _FUNCTION
    if QgsExpression.isFunctionName(FUNCTION_NAME):
        if in_use():
            application = QCoreApplication.instance()
            if application is not None and _FUNCTION is not None:
                application.palveluverkko_agencies_function = _FUNCTION
        else:
            QgsExpression.unregisterFunction(FUNCTION_NAME)
    _FUNCTION = None
    _disconnect(QgsProject.instance().layersAdded, _prepare)
    for index in list(_INDEXES.values()):
        try:
            index.disconnect_layer()
            _disconnect(index.layer.willBeDeleted, index.forget)
        except RuntimeError:  # the layer is already deleted
            pass
    _INDEXES.clear()


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):
        pass
