# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:demoworkspace``: a SYNTHETIC Päijät-Häme-like demo workspace."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.demo import generate as demo
from ..core.demo import gpkg as demo_gpkg
from ..core.presence import workspace as ws
from .base import PalveluverkkoAlgorithm


class DemoWorkspaceAlgorithm(PalveluverkkoAlgorithm):
    """Generate the synthetic demo region into a new workspace."""

    ALG_ID = "demoworkspace"
    GROUP_ID = "workspace"
    OUTPUT = "OUTPUT"
    OVERWRITE = "OVERWRITE"
    MUNICIPALITIES = "MUNICIPALITIES"
    GRID_CELLS = "GRID_CELLS"
    ROAD_LINKS = "ROAD_LINKS"
    PREMISES = "PREMISES"
    TOTAL_POPULATION = "TOTAL_POPULATION"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Create demo workspace (synthetic Päijät-Häme)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Creates a workspace filled with SYNTHETIC demo data that resembles Päijät-Häme: ten "
            "municipalities with their Statistics Finland codes and rounded populations, a 1 km population "
            "grid with Statistics Finland's field names (grd_id, id_nro, xkoord, ykoord, kunta, vaesto, miehet, "
            "naiset, ika_0_14, ika_15_64, ika_65_; cells under 10 people have -1 in every field but vaesto), "
            "a road network (roads: speed_kmh, ajosuunta in Digiroad coding, toiminn_lk) with a few one-way "
            "streets and an island that no road reaches, simplified municipality polygons (municipalities), "
            "and premises with agency presence. The data are generated, not real: use them to learn the tools.\n\n"
            "OUTPUT: the .gpkg file to create.\n"
            "OVERWRITE: replace an existing file (default: no).\n"
            "MUNICIPALITIES: optional comma-separated municipality codes to generate only part of the region "
            "(e.g. 398,098); default all ten.\n\n"
            "The same parameters always give the same data."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Demo workspace GeoPackage"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MUNICIPALITIES, self.tr("Municipality codes (comma-separated, empty = all)"),
                defaultValue="", optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.GRID_CELLS, self.tr("Population grid cells")))
        self.addOutput(QgsProcessingOutputNumber(self.ROAD_LINKS, self.tr("Road links")))
        self.addOutput(QgsProcessingOutputNumber(self.PREMISES, self.tr("Premises")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_POPULATION, self.tr("Total population")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        text = (self.parameterAsString(parameters, self.MUNICIPALITIES, context) or "").strip()
        codes = [c.strip() for c in text.split(",") if c.strip()] or None
        if not path or not path.lower().endswith(".gpkg"):
            raise QgsProcessingException(
                self.tr("The demo workspace must be a GeoPackage file ending in .gpkg: {}").format(path)
            )
        known = [m.kunta for m in demo.read_municipalities()]
        if codes is not None:
            unknown = [c for c in codes if c.zfill(3) not in known]
            if unknown:
                raise QgsProcessingException(
                    self.tr("Unknown demo municipality code(s): {}. The demo region has: {}.").format(
                        ", ".join(unknown), ", ".join(known))
                )
        try:
            counts = demo_gpkg.create_demo_workspace(path, overwrite=overwrite, codes=codes)
        except ws.WorkspaceError as error:
            raise QgsProcessingException(str(error)) from error
        population = sum(m.population for m in demo.read_municipalities() if codes is None or m.kunta in
                         {c.zfill(3) for c in codes})
        feedback.pushInfo(
            self.tr("Created the SYNTHETIC demo workspace {}: {} grid cells, {} road links, {} premises.").format(
                path, counts[demo_gpkg.GRID_LAYER], counts[demo_gpkg.ROADS_LAYER], counts[ws.PREMISES])
        )
        feedback.setProgress(100)
        return {self.OUTPUT: path, self.GRID_CELLS: counts[demo_gpkg.GRID_LAYER],
                self.ROAD_LINKS: counts[demo_gpkg.ROADS_LAYER], self.PREMISES: counts[ws.PREMISES],
                self.TOTAL_POPULATION: population}


ALGORITHMS = [DemoWorkspaceAlgorithm]
