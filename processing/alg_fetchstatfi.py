# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:fetchstatfi``: Statistics Finland's population grid and boundaries by preset."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
)

from ..core import styling
from ..core.sources import fetch as wfs_fetch
from ..core.sources import statfi, wfs
from .alg_fetchwfs import extent_parameter, run_fetch
from .base import PalveluverkkoAlgorithm


class FetchStatFiAlgorithm(PalveluverkkoAlgorithm):
    """Population grid (1 km, 5 km), municipalities or regions of one year from Statistics Finland."""

    ALG_ID = "fetchstatfi"
    GROUP_ID = "data"
    DATASET = "DATASET"
    YEAR = "YEAR"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    FEATURE_COUNT = "FEATURE_COUNT"
    COMPLETE = "COMPLETE"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Fetch Statistics Finland data")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Fetches open data of Statistics Finland (Tilastokeskus) from its WFS services, in EPSG:3067.\n\n"
            "DATASET: population grid 1 km (vaestoruutu:vaki{YEAR}_1km), population grid 5 km "
            "(vaestoruutu:vaki{YEAR}_5km), municipalities (tilastointialueet:kunta1000k_{YEAR}) or regions "
            "(tilastointialueet:maakunta1000k_{YEAR}).\n"
            "YEAR: the statistical year; a year the service does not have gives the list of years it has.\n"
            "EXTENT (optional): only the features whose geometry meets this rectangle.\n\n"
            "The source's field names are kept: grid cells have grd_id, kunta (municipality code), vaesto "
            "(inhabitants), miehet, naiset, ika_0_14, ika_15_64 and ika_65_; only inhabited cells exist, and in "
            "cells with fewer than 10 inhabitants every field except vaesto is -1 (masked). Boundaries have "
            "kunta or maakunta, vuosi, nimi (Finnish), namn (Swedish) and name (English).\n\n"
            "Licence CC BY 4.0: the source and licence are written into the layer metadata. "
            "Result FEATURE_COUNT: the number of features written. Result COMPLETE: true when every feature "
            "arrived (the service is paged until it has sent them all); false, with a warning in the log, when "
            "the server cut its answer and does not page."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(
            self.DATASET, self.tr("Dataset"), options=statfi.dataset_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year"), QgsProcessingParameterNumber.Type.Integer, defaultValue=statfi.DEFAULT_YEAR,
            minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Statistics Finland data"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURE_COUNT, self.tr("Number of features")))
        self.addOutput(QgsProcessingOutputBoolean(self.COMPLETE, self.tr("All features arrived")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        index = self.parameterAsEnum(parameters, self.DATASET, context)
        dataset = statfi.DATASETS[index]
        label = statfi.dataset_labels()[index]
        year = self.parameterAsInt(parameters, self.YEAR, context)
        url = dataset.url()
        try:
            service = wfs.get_capabilities(url, wfs.AUTO, "", feedback)
        except wfs.WfsError as error:
            raise QgsProcessingException(str(error)) from error
        typename = dataset.typename(year)
        if service.find(typename) is None:
            years = dataset.years(t.name for t in service.feature_types)
            listed = ", ".join(str(y) for y in years) if years else "-"
            raise QgsProcessingException(self.tr(
                "Statistics Finland has no {dataset} for {year} ({typename}). Years available: {years}.").format(
                dataset=label.lower(), year=year, typename=typename, years=listed))
        request = wfs_fetch.FetchRequest(
            url=url, typename=typename, version=service.version,
            extent=extent_parameter(self, parameters, self.EXTENT, context),
            target_crs=QgsCoordinateReferenceSystem("EPSG:3067"))
        feedback.pushInfo(self.tr("Fetching {typename} from {url} (licence CC BY 4.0).").format(
            typename=typename, url=url))
        results, _result = run_fetch(self, request, parameters, context, feedback, service)
        self._write_metadata(results["OUTPUT"], statfi.metadata(dataset, year, label), context, feedback)
        return results

    def _write_metadata(self, dest_id, metadata, context, feedback):
        """Source, licence and attribution into the output: the file itself and the loaded layer."""
        styling.when_loaded(context, dest_id, lambda layer: layer.setMetadata(metadata))
        layer = context.temporaryLayerStore().mapLayer(dest_id) if dest_id else None
        if layer is not None:  # a memory layer: the metadata travels with the layer itself
            layer.setMetadata(metadata)
            return
        uri = dest_id
        if "|layername=" not in uri:  # QGIS keeps GeoPackage metadata per table: name it
            from osgeo import ogr

            ds = ogr.Open(uri.split("|", 1)[0])
            if ds is not None and ds.GetLayerCount() == 1:
                uri = f"{uri.split('|', 1)[0]}|layername={ds.GetLayer(0).GetName()}"
            ds = None  # noqa: F841
        layer = QgsVectorLayer(uri, "statfi", "ogr")
        ok = False
        if layer.isValid():
            layer.setMetadata(metadata)
            _message, ok = layer.saveDefaultMetadata()
        if not ok:
            feedback.reportError(self.tr("Could not write the licence and source into the metadata of {}.")
                                 .format(dest_id))


ALGORITHMS = [FetchStatFiAlgorithm]
