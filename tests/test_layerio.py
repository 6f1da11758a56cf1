# SPDX-License-Identifier: GPL-2.0-or-later
"""layerio: layers to arrays (Arrow and QGIS paths agree), CRS choice; the shared cost parameters."""
import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsRectangle,
    QgsVectorLayer,
)

from palveluverkko.core.network import layerio
from palveluverkko.core.rules import nulls
from palveluverkko.processing import costparams

EPSG3067 = QgsCoordinateReferenceSystem("EPSG:3067")


def write_gpkg(path, layer_name, geom_type, epsg, fields, rows):
    """rows: (wkt or None, {field: value}); fields: {name: ogr type}."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    lyr = ds.CreateLayer(layer_name, srs, geom_type)
    for name, kind in fields.items():
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for wkt, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in values.items():
            if v is None:
                f.SetFieldNull(k)
            else:
                f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername={layer_name}"


LINES = [
    ("LINESTRING (0 0, 1000 0, 2000 0)", {"nopeus": 60, "ajosuunta": 4, "oneway": "yes"}),
    ("MULTILINESTRING ((2000 0, 2000 1000), (2000 1000, 3000 1000))", {"nopeus": None, "ajosuunta": 2, "oneway": None}),
    (None, {"nopeus": 50, "ajosuunta": 3, "oneway": "-1"}),
    ("LINESTRING (5 5, 5 5)", {"nopeus": 30, "ajosuunta": 2, "oneway": "no"}),
]
LINE_FIELDS = {"nopeus": ogr.OFTInteger, "ajosuunta": ogr.OFTInteger, "oneway": ogr.OFTString}


@pytest.fixture
def line_layer(tmp_path, qgis_app):
    uri = write_gpkg(tmp_path / "roads.gpkg", "roads", ogr.wkbUnknown, 3067, LINE_FIELDS, LINES)
    layer = QgsVectorLayer(uri, "roads", "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("fast", [True, False])
def test_read_lines_both_paths(line_layer, fast):
    assert layerio.ogr_source_of(line_layer) is not None
    data = layerio.read_lines(line_layer, EPSG3067, ["nopeus", "ajosuunta", "oneway"],
                              layer=line_layer if fast else None)
    assert data.skipped == 1  # no geometry (the zero-length line is the network's business)
    assert len(data) == 4
    assert [p.tolist() for p in data.parts] == [
        [[0, 0], [1000, 0], [2000, 0]], [[2000, 0], [2000, 1000]], [[2000, 1000], [3000, 1000]], [[5, 5], [5, 5]]]
    assert np.isnan(nulls.numeric_values(data.part_values("nopeus"))).tolist() == [False, True, True, False]
    assert nulls.numeric_values(data.part_values("nopeus"))[[0, 3]].tolist() == [60, 30]
    assert list(data.part_values("oneway")) == ["yes", None, None, "no"]
    assert nulls.numeric_values(data.part_values("ajosuunta")).tolist() == [4, 2, 2, 2]


def test_read_points_polygon_point_on_surface(tmp_path, qgis_app):
    rows = [
        ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", {"vaesto": 5}),
        # a U shape: its centroid (5, 6.66) is in the notch
        ("POLYGON ((0 0, 10 0, 10 10, 8 10, 8 2, 2 2, 2 10, 0 10, 0 0))", {"vaesto": None}),
        (None, {"vaesto": 7}),
        ("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", {"vaesto": 3}),  # bow tie: invalid
    ]
    uri = write_gpkg(tmp_path / "d.gpkg", "cells", ogr.wkbPolygon, 3067, {"vaesto": ogr.OFTInteger}, rows)
    layer = QgsVectorLayer(uri, "cells", "ogr")
    for fast in (layer, None):
        data = layerio.read_points(layer, EPSG3067, ["vaesto"], layer=fast, keep_geometries=True)
        assert data.skipped == 2
        assert data.geometry_kind == "polygon"
        assert data.fids.tolist() == [1, 2]
        assert data.xy[0].tolist() == [5, 5]
        u = QgsGeometry.fromWkt(rows[1][0])
        assert u.contains(QgsGeometry.fromPointXY(QgsPointXY(*data.xy[1])))
        assert np.isnan(nulls.numeric_values(data.attributes["vaesto"])).tolist() == [False, True]


def test_read_points_reprojects(tmp_path, qgis_app):
    rows = [("POINT (25.0 60.2)", {"name": "a"}), ("POINT (24.9384 60.1699)", {"name": "b"})]
    uri = write_gpkg(tmp_path / "p.gpkg", "pts", ogr.wkbPoint, 4326, {"name": ogr.OFTString}, rows)
    layer = QgsVectorLayer(uri, "pts", "ogr")
    crs = layerio.metric_crs(layer.crs(), layer.extent())
    assert crs.authid() == "EPSG:3067"
    fast = layerio.read_points(layer, crs, ["name"], layer=layer)
    slow = layerio.read_points(layer, crs, ["name"])
    np.testing.assert_allclose(fast.xy, slow.xy, atol=1e-6)
    # Helsinki centre in ETRS-TM35FIN
    assert fast.xy[1] == pytest.approx([385_800, 6_672_000], abs=500)
    assert list(fast.attributes["name"]) == ["a", "b"]


def test_metric_crs_choices():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    assert layerio.metric_crs(QgsCoordinateReferenceSystem("EPSG:3879")).authid() == "EPSG:3879"
    assert layerio.metric_crs(wgs84, QgsRectangle(24, 60, 26, 61)).authid() == "EPSG:3067"
    assert layerio.metric_crs(wgs84, QgsRectangle(13, 52, 14, 53)).authid() == "EPSG:32633"  # Berlin
    assert layerio.metric_crs(wgs84, QgsRectangle(-71, -34, -70, -33)).authid() == "EPSG:32719"  # Santiago


class CostProbe(QgsProcessingAlgorithm):
    """A minimal algorithm with the shared cost parameters."""

    def name(self):
        return "costprobe"

    def displayName(self):
        return "cost probe"

    def createInstance(self):
        return CostProbe()

    def initAlgorithm(self, config=None):
        costparams.add_cost_parameters(self)
        self.addOutput(QgsProcessingOutputNumber("COST", "cost"))

    def processAlgorithm(self, parameters, context, feedback):
        model = costparams.build_cost_model(self, parameters, context, feedback, EPSG3067)
        _, cost = model.nearest([[0, 10]], [[2000, 1000]])
        return {"COST": float(cost[0])}


def test_cost_parameters_defaults():
    alg = CostProbe()
    alg.initAlgorithm()
    d = {p.name(): p for p in alg.parameterDefinitions()}
    assert list(d) == list(costparams.PARAMETER_NAMES)
    assert d["METHOD"].defaultValue() == 0
    assert d["DEFAULT_SPEED"].defaultValue() == 50
    assert d["MAX_SNAP_DISTANCE"].defaultValue() == 1000


def run_probe(params):
    import processing

    return processing.run(CostProbe(), params)["COST"]


def test_build_cost_model(line_layer, qgis_processing):
    # straight line in km
    assert run_probe({"METHOD": 0}) == pytest.approx(np.hypot(2000, 990) / 1000)
    # road: 10 m access + 2 km at 60 km/h (along ajosuunta 4) + 1 km at the default 30 km/h
    base = {"METHOD": 1, "NETWORK": line_layer, "SPEED_FIELD": "nopeus", "DEFAULT_SPEED": 30}
    assert run_probe({**base, "DIRECTION_FIELD": "ajosuunta"}) == pytest.approx(0.02 + 2 + 2)
    assert run_probe({**base, "DIRECTION_FIELD": "oneway"}) == pytest.approx(0.02 + 2 + 2)


def test_build_cost_model_errors(line_layer, tmp_path, qgis_processing):
    with pytest.raises(QgsProcessingException, match="needs a road network"):
        run_probe({"METHOD": 1})
    poly = QgsVectorLayer("Polygon?crs=EPSG:3067&field=v:integer", "areas", "memory")
    f = QgsFeature(poly.fields())
    f.setGeometry(QgsGeometry.fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))
    poly.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException, match="not a line layer"):
        run_probe({"METHOD": 1, "NETWORK": poly})
    with pytest.raises(QgsProcessingException, match="not numeric"):
        run_probe({"METHOD": 1, "NETWORK": line_layer, "SPEED_FIELD": "oneway"})


def test_simple_lines_from_wkb_matches_shapely():
    import shapely

    geoms = np.array([
        shapely.LineString([(0, 0), (1, 2), (3, 4)]),
        shapely.LineString([(0, 0, 7), (1, 2, 8)]),
        shapely.MultiLineString([[(0, 0), (1, 1)], [(2, 2), (3, 3)]]),
        None,
        shapely.from_wkt("LINESTRING M (5 6 1, 7 8 2)"),
        shapely.from_wkt("LINESTRING ZM (5 6 1 2, 7 8 2 3, 9 9 9 9)"),
    ], dtype=object)
    wkb = np.array([None if g is None else shapely.to_wkb(g, flavor="iso", include_srid=False) for g in geoms],
                   dtype=object)
    ok, coords, counts = layerio.simple_lines_from_wkb(wkb)
    assert ok.tolist() == [True, True, False, False, True, True]
    assert counts.tolist() == [3, 2, 2, 3]
    want = np.concatenate([shapely.get_coordinates(g) for g in geoms[ok]])
    np.testing.assert_array_equal(coords, want)


@pytest.mark.parametrize("driver, ext", [("ESRI Shapefile", "shp"), ("GeoJSON", "geojson")])
def test_fast_and_qgis_paths_agree_on_other_formats(tmp_path, qgis_app, driver, ext):
    path = str(tmp_path / f"pts.{ext}")
    ds = ogr.GetDriverByName(driver).CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for i in range(7):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({i * 10} {i})"))
        f.SetField("v", i * 3)
        lyr.CreateFeature(f)
    ds = None
    layer = QgsVectorLayer(path, "pts", "ogr")
    assert layerio.ogr_source_of(layer) is not None
    fast = layerio.read_points(layer, EPSG3067, ["v"], layer=layer)
    slow = layerio.read_points(layer, EPSG3067, ["v"])
    assert fast.fids.tolist() == slow.fids.tolist() == [f.id() for f in layer.getFeatures()]
    np.testing.assert_array_equal(fast.xy, slow.xy)
    assert nulls.numeric_values(fast.attributes["v"]).tolist() == [i * 3 for i in range(7)]
