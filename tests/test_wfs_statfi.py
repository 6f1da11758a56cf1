# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:fetchstatfi against a local QGIS Server serving look-alikes of Statistics Finland's layers."""
from __future__ import annotations

import pytest
import wfs_servers as servers
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

pytestmark = pytest.mark.server


@pytest.fixture
def statfi_url(qgis_wfs_server, monkeypatch):
    from palveluverkko.core.sources import statfi

    monkeypatch.setenv(statfi.BASE_URL_ENV, qgis_wfs_server.url.rstrip("/"))
    return qgis_wfs_server.url


def run(params):
    import processing

    return processing.run("palveluverkko:fetchstatfi", params)


def test_presets_use_the_real_endpoints_and_typenames():
    from palveluverkko.core.sources import statfi

    assert [(d.url(), d.typename(2023)) for d in statfi.DATASETS] == [
        ("https://geo.stat.fi/geoserver/vaestoruutu/wfs", "vaestoruutu:vaki2023_1km"),
        ("https://geo.stat.fi/geoserver/vaestoruutu/wfs", "vaestoruutu:vaki2023_5km"),
        ("https://geo.stat.fi/geoserver/tilastointialueet/wfs", "tilastointialueet:kunta1000k_2023"),
        ("https://geo.stat.fi/geoserver/tilastointialueet/wfs", "tilastointialueet:maakunta1000k_2023"),
    ]
    assert statfi.DATASETS[0].years(["vaestoruutu:vaki2021_1km", "vaestoruutu:vaki2022_5km",
                                     "vaestoruutu:vaki2019_1km", "vaestoruutu:vaki2020_1km_kp"]) == [2019, 2021]


def test_population_grid_keeps_source_fields_and_masked_values(statfi_url, provider, tmp_path):
    out = str(tmp_path / "vaki.gpkg")
    result = run({"DATASET": 0, "YEAR": 2023, "OUTPUT": out})
    assert result["FEATURE_COUNT"] == len(servers.STATFI_CELLS) and result["COMPLETE"] is True
    ds = ogr.Open(out)
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    for name in ("grd_id", "kunta", "vaesto", "miehet", "naiset", "ika_0_14", "ika_15_64", "ika_65_"):
        assert name in names
    got = sorted((f["grd_id"], f["kunta"], f["vaesto"], f["miehet"], f["ika_65_"]) for f in layer)
    assert got == sorted((c[0], c[1], c[2], c[3], c[7]) for c in servers.STATFI_CELLS)
    assert sum(v for *_rest, v in got if v != -1) == 360 + 54 + 18  # masked cells never add up


def test_attribution_is_in_the_layer_metadata(statfi_url, provider, tmp_path):
    out = str(tmp_path / "kunnat.gpkg")
    result = run({"DATASET": 2, "YEAR": 2023, "OUTPUT": out})
    assert result["FEATURE_COUNT"] == len(servers.STATFI_MUNICIPALITIES)
    metadata = QgsVectorLayer(result["OUTPUT"] + "|layername=kunnat", "kunnat", "ogr").metadata()
    assert metadata.licenses() == ["CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"]
    assert "Statistics Finland" in " ".join(metadata.rights())
    assert metadata.identifier() == "tilastointialueet:kunta1000k_2023"
    ds = ogr.Open(out)
    rows = sorted((f["kunta"], f["nimi"], f["namn"], f["vuosi"]) for f in ds.GetLayer(0))
    assert rows == sorted((k, n, s, 2023) for k, n, s, _e, _x, _y in servers.STATFI_MUNICIPALITIES)


def test_extent_and_memory_output(statfi_url, provider):
    import processing

    result = processing.run("palveluverkko:fetchstatfi", {
        "DATASET": 0, "YEAR": 2023, "EXTENT": "426100,426900,6762100,6763900 [EPSG:3067]",
        "OUTPUT": "memory:"})
    assert result["FEATURE_COUNT"] == 2
    layer = result["OUTPUT"]
    assert sorted(f["grd_id"] for f in layer.getFeatures()) == ["1kmN6762E426", "1kmN6763E426"]
    assert layer.metadata().licenses() == ["CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"]


def test_missing_year_lists_the_years_available(statfi_url, provider, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run({"DATASET": 2, "YEAR": 2031, "OUTPUT": str(tmp_path / "x.gpkg")})
    message = str(error.value)
    assert "tilastointialueet:kunta1000k_2031" in message
    assert "Years available: 2022, 2023." in message
    assert not (tmp_path / "x.gpkg").exists()
