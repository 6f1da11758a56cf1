# SPDX-License-Identifier: GPL-2.0-or-later
"""Statistics Finland's open WFS datasets: endpoints, typenames, attribution.

Population grid: https://geo.stat.fi/geoserver/vaestoruutu/wfs, typenames
``vaestoruutu:vaki{YEAR}_1km`` and ``_5km`` with the fields grd_id, id_nro, xkoord,
ykoord, kunta, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_. Only inhabited
cells exist; in cells of fewer than 10 people every field but vaesto is -1 (masked).
Boundaries: https://geo.stat.fi/geoserver/tilastointialueet/wfs, typenames
``tilastointialueet:kunta1000k_{YEAR}`` and ``maakunta1000k_{YEAR}`` with kunta/maakunta,
vuosi, nimi, namn, name. Licence CC BY 4.0. The base address can be pointed
elsewhere (a mirror, a test server) with the environment variable
``PALVELUVERKKO_STATFI_URL``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import List

from qgis.core import QgsLayerMetadata
from qgis.PyQt.QtCore import QCoreApplication

BASE_URL = "https://geo.stat.fi/geoserver"
BASE_URL_ENV = "PALVELUVERKKO_STATFI_URL"
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
DEFAULT_YEAR = 2023


@dataclass(frozen=True)
class Dataset:
    key: str
    workspace: str
    pattern: str  # typename with {year}

    def typename(self, year: int) -> str:
        return self.pattern.format(year=year)

    def url(self) -> str:
        base = (os.environ.get(BASE_URL_ENV) or BASE_URL).rstrip("/")
        return f"{base}/{self.workspace}/wfs"

    def years(self, typenames) -> List[int]:
        """The years for which the service lists this dataset."""
        local = re.escape(self.pattern.split(":")[-1]).replace(re.escape("{year}"), r"(\d{4})")
        found = set()
        for name in typenames:
            match = re.fullmatch(local, name.split(":")[-1])
            if match:
                found.add(int(match.group(1)))
        return sorted(found)


DATASETS = (
    Dataset("population_1km", "vaestoruutu", "vaestoruutu:vaki{year}_1km"),
    Dataset("population_5km", "vaestoruutu", "vaestoruutu:vaki{year}_5km"),
    Dataset("municipalities", "tilastointialueet", "tilastointialueet:kunta1000k_{year}"),
    Dataset("regions", "tilastointialueet", "tilastointialueet:maakunta1000k_{year}"),
)


def dataset_labels() -> List[str]:
    """Translated names of ``DATASETS``, in the same order."""
    return [
        QCoreApplication.translate("StatFi", "Population grid 1 km"),
        QCoreApplication.translate("StatFi", "Population grid 5 km"),
        QCoreApplication.translate("StatFi", "Municipalities (1:1 000 000)"),
        QCoreApplication.translate("StatFi", "Regions (1:1 000 000)"),
    ]


def metadata(dataset: Dataset, year: int, label: str, base: QgsLayerMetadata = None) -> QgsLayerMetadata:
    """Layer metadata with the source, licence and attribution Statistics Finland asks for."""
    md = QgsLayerMetadata(base) if base is not None else QgsLayerMetadata()
    md.setTitle(f"{label} {year}")
    md.setIdentifier(dataset.typename(year))
    md.setType("dataset")
    md.setLanguage("fi")
    attribution = QCoreApplication.translate(
        "StatFi", "Source: Statistics Finland, {typename} ({year}). Licence CC BY 4.0.").format(
        typename=dataset.typename(year), year=year)
    abstract = attribution
    if dataset.key.startswith("population"):
        abstract += "\n" + QCoreApplication.translate(
            "StatFi", "Only inhabited cells exist. In cells with fewer than 10 inhabitants every field except "
            "vaesto is -1 (masked): never add up -1 values.")
    md.setAbstract(abstract)
    md.setRights([QCoreApplication.translate("StatFi", "© Statistics Finland (Tilastokeskus)"), attribution])
    md.setLicenses([f"{LICENCE} {LICENCE_URL}"])
    md.addLink(QgsLayerMetadata.Link("Statistics Finland WFS", "OGC:WFS", dataset.url()))
    md.setKeywords({"palveluverkko": ["Statistics Finland", "Tilastokeskus", dataset.workspace]})
    return md
