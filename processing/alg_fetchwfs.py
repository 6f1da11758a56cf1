# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:fetchwfs``: features from any WFS 1.0/1.1/2.0 or OGC API Features service."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsReferencedRectangle,
)

from ..core.sources import fetch as wfs_fetch
from ..core.sources import wfs
from .base import PalveluverkkoAlgorithm
from .sinks import RunOutputs

DEFAULT_CRS = "EPSG:3067"


class SinkGuard:
    """Creates the OUTPUT sink on demand (``make_sink`` of ``wfs_fetch.fetch``); ``discard`` removes what it wrote."""

    def __init__(self, algorithm, parameters, name, context):
        self.outputs = RunOutputs(algorithm, parameters, context)
        self.name = name
        self.sink = None
        self.dest_id = None

    def __call__(self, fields, wkb_type, crs):
        self.sink, self.dest_id = self.outputs.sink(self.name, fields, wkb_type, crs)
        return self.sink

    def discard(self):
        """Close and delete the output made by this run (nothing is left behind)."""
        self.sink = None
        self.outputs.discard()


def extent_parameter(algorithm, parameters, name, context):
    """The EXTENT parameter as a QgsReferencedRectangle, or None when not given."""
    if parameters.get(name) in (None, ""):
        return None
    rect = algorithm.parameterAsExtent(parameters, name, context)
    if rect is None or rect.isNull():
        return None
    return QgsReferencedRectangle(rect, algorithm.parameterAsExtentCrs(parameters, name, context))


def run_fetch(algorithm, request, parameters, context, feedback, service=None):
    """Fetch ``request`` into OUTPUT; result dict with OUTPUT, FEATURE_COUNT and COMPLETE."""
    guard = SinkGuard(algorithm, parameters, "OUTPUT", context)
    try:
        result = wfs_fetch.fetch(request, guard, feedback, context.transformContext(), service)
    except wfs.WfsError as error:
        guard.discard()
        raise QgsProcessingException(str(error)) from error
    except BaseException:
        guard.discard()
        raise
    dest_id = guard.dest_id
    guard.sink = None  # flush and close before the layer is loaded
    return {"OUTPUT": dest_id, "FEATURE_COUNT": result.count, "COMPLETE": result.complete}, result


class FetchWfsAlgorithm(PalveluverkkoAlgorithm):
    """Features of one feature type from a WFS or OGC API Features service."""

    ALG_ID = "fetchwfs"
    GROUP_ID = "data"
    URL = "URL"
    TYPENAME = "TYPENAME"
    VERSION = "VERSION"
    EXTENT = "EXTENT"
    TARGET_CRS = "TARGET_CRS"
    MAX_FEATURES = "MAX_FEATURES"
    AUTHCFG = "AUTHCFG"
    OUTPUT = "OUTPUT"
    FEATURE_COUNT = "FEATURE_COUNT"
    COMPLETE = "COMPLETE"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Fetch from WFS")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Fetches the features of one feature type from a web feature service (WFS 1.0.0, 1.1.0 or 2.0.0) "
            "or an OGC API Features service, through QGIS's network connections (its proxy settings and "
            "authentication manager apply): large layers come in pages, read by GDAL; QGIS's own WFS/OAPIF provider "
            "gives the fields and takes over where GDAL cannot read the answers.\n\n"
            "URL: the address of the service (a pasted GetCapabilities address works too).\n"
            "TYPENAME: the feature type (WFS) or collection id (OGC API Features), e.g. "
            "vaestoruutu:vaki2023_1km.\n"
            "VERSION: auto (the newest the server offers), 1.0.0, 1.1.0, 2.0.0 or OAPIF.\n"
            "EXTENT (optional): only the features whose geometry meets this rectangle.\n"
            "TARGET_CRS (default EPSG:3067, ETRS-TM35FIN): the output is reprojected into it.\n"
            "MAX_FEATURES: at most this many features (0 = all).\n"
            "AUTHCFG (optional): the id of a QGIS authentication configuration for services that need a login "
            "or an API key.\n\n"
            "Servers that cap their answers are paged until the layer is complete (the server's advertised maximum, "
            "its count of matching features and its next links decide; see the README, Fetch from WFS).\n\n"
            "The field names of the source are kept. Errors report the server's own message. A cancelled or "
            "failed fetch leaves no output. Result FEATURE_COUNT: the number of features written. Result "
            "COMPLETE: true when every feature of the layer (or of the extent) arrived; false, with a warning in "
            "the log saying why, when MAX_FEATURES stopped the download or the server cut its answer and does "
            "not page."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.URL, self.tr("Service URL")))
        self.addParameter(QgsProcessingParameterString(self.TYPENAME, self.tr("Feature type (typename)")))
        version = QgsProcessingParameterEnum(
            self.VERSION, self.tr("Service version"), options=list(wfs.VERSIONS), defaultValue=wfs.AUTO)
        version.setUsesStaticStrings(True)
        self.addParameter(version)
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Target CRS"), defaultValue=DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_FEATURES, self.tr("Maximum number of features (0 = all)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Authentication configuration"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Fetched features"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURE_COUNT, self.tr("Number of features")))
        self.addOutput(QgsProcessingOutputBoolean(self.COMPLETE, self.tr("All features arrived")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        url = self.parameterAsString(parameters, self.URL, context).strip()
        typename = self.parameterAsString(parameters, self.TYPENAME, context).strip()
        if not url:
            raise QgsProcessingException(self.tr("Give the address (URL) of the service."))
        if not typename:
            raise QgsProcessingException(self.tr("Give the feature type (TYPENAME) to fetch."))
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        request = wfs_fetch.FetchRequest(
            url=url,
            typename=typename,
            version=self.parameterAsEnumString(parameters, self.VERSION, context) or wfs.AUTO,
            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "",
            extent=extent_parameter(self, parameters, self.EXTENT, context),
            target_crs=crs,
            max_features=self.parameterAsInt(parameters, self.MAX_FEATURES, context),
        )
        results, _result = run_fetch(self, request, parameters, context, feedback)
        return results


ALGORITHMS = [FetchWfsAlgorithm]
