# SPDX-License-Identifier: GPL-2.0-or-later
"""palveluverkko:importpremises: field map, upsert by premises_id, polygons to points, rejections, all or nothing."""
from __future__ import annotations

import sqlite3

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)

ALG = "palveluverkko:importpremises"
FIELD_MAP = ("premises_id=tunnus; name=nimi; floor_area_m2=ala; municipality_code=kunta; lease_end=vuokra; "
             "accessible=esteeton")


def source_layer(rows, geometry_type="Polygon", crs="EPSG:3879"):
    """A memory layer with fields tunnus, nimi, ala, kunta, vuokra, esteeton; rows: (values..., wkt or None)."""
    layer = QgsVectorLayer(
        f"{geometry_type}?crs={crs}&field=tunnus:string&field=nimi:string&field=ala:string&field=kunta:integer"
        "&field=vuokra:string&field=esteeton:string", "lahde", "memory")
    features = []
    for *values, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def square(x, y, size=40):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def premises_rows(path):
    connection = sqlite3.connect(path)
    try:
        return {row[0]: row[1:] for row in connection.execute(
            "SELECT premises_id, name, floor_area_m2, municipality_code, lease_end, accessible, notes FROM premises")}
    finally:
        connection.close()


def premises_points(path):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("premises")
    points = {f["premises_id"]: (f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in layer}
    ds = None  # noqa: F841
    return points


def add_existing(path, premises_id, name, notes, x=400000.0, y=6700000.0):
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName("premises")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("premises_id", premises_id)
    feature.SetField("name", name)
    feature.SetField("notes", notes)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
    layer.CreateFeature(feature)
    ds = None  # noqa: F841


def run(source, workspace, field_map=FIELD_MAP):
    import processing

    premises = QgsVectorLayer(f"{workspace}|layername=premises", "premises", "ogr")
    assert premises.isValid()
    return processing.run(ALG, {"INPUT": source, "WORKSPACE": premises, "FIELD_MAP": field_map,
                                "OUTPUT_REJECTED": "memory:"})


def to_3067(x, y):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(3879)
    target.ImportFromEPSG(3067)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target).TransformPoint(x, y)[:2]


def test_upsert_polygons_become_points_inside(workspace, provider):
    add_existing(workspace, "HKI-1", "Vanha nimi", "keep me")
    rows = [
        ("HKI-1", "Kampin virastotalo", "1 250,5", 91, "2030-12-31", "kyllä", square(25496000, 6672800)),
        ("HKI-2", "Pasilan toimitalo – Böle", "800", 91, "31.3.2028", "ei", square(25496500, 6676000)),
        ("VAN-7", "Tikkurilan ämbetshus", "", 92, "", "", square(25500000, 6684000)),
    ]
    result = run(source_layer(rows), workspace)
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (2, 1, 0)
    stored = premises_rows(workspace)
    assert stored == {
        "HKI-1": ("Kampin virastotalo", 1250.5, "091", "2030-12-31", 1, "keep me"),
        "HKI-2": ("Pasilan toimitalo – Böle", 800.0, "091", "2028-03-31", 0, None),
        "VAN-7": ("Tikkurilan ämbetshus", None, "092", None, None, None),
    }
    points = premises_points(workspace)
    for premises_id, *_values, wkt in rows:
        x0, y0 = (float(v) for v in wkt[len("POLYGON(("):].split(",")[0].split())
        corners = [to_3067(x0 + dx, y0 + dy) for dx, dy in ((0, 0), (40, 0), (40, 40), (0, 40), (0, 0))]
        polygon = ogr.CreateGeometryFromWkt("POLYGON((" + ",".join(f"{x} {y}" for x, y in corners) + "))")
        x, y = points[premises_id]
        assert polygon.Contains(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")), premises_id


def test_rerun_updates_and_never_duplicates(workspace, provider):
    rows = [("A", "Eka", "10", 398, "", "", square(25496000, 6672800))]
    assert run(source_layer(rows), workspace)["INSERTED"] == 1
    rows = [("A", "Eka, uusi nimi", "12", 398, "", "", square(25496000, 6672800))]
    result = run(source_layer(rows), workspace)
    assert (result["INSERTED"], result["UPDATED"]) == (0, 1)
    assert premises_rows(workspace) == {"A": ("Eka, uusi nimi", 12.0, "398", None, None, None)}


def test_rejected_rows_with_reasons(workspace, provider):
    rows = [
        (None, "ei tunnusta", "1", 91, "", "", square(25496000, 6672800)),
        ("  ", "tyhjä tunnus", "1", 91, "", "", square(25496000, 6672800)),
        ("D", "kaksi kertaa", "1", 91, "", "", square(25496000, 6672800)),
        ("D", "kaksi kertaa", "2", 91, "", "", square(25496100, 6672800)),
        ("G", "ei geometriaa", "1", 91, "", "", None),
        ("V", "huono ala", "paljon", 91, "2024-02-30", "", square(25496000, 6672800)),
        ("OK", "kelpaa", "5", 5, "", "x", square(25496000, 6672800)),
    ]
    result = run(source_layer(rows), workspace)
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (1, 0, 6)
    rejected = sorted((f["source_fid"], f["premises_id"], f["reason"]) for f in result["OUTPUT_REJECTED"].getFeatures())
    assert rejected == [
        (1, None, "no id"),
        (2, None, "no id"),
        (3, "D", "duplicate id within the input"),
        (4, "D", "duplicate id within the input"),
        (5, "G", "no geometry"),
        (6, "V", "floor_area_m2: 'paljon' is not a number; lease_end: '2024-02-30' is not a date (use YYYY-MM-DD)"),
    ]
    assert premises_rows(workspace) == {"OK": ("kelpaa", 5.0, "005", None, 1, None)}


def test_a_failure_applies_nothing(workspace, provider):
    add_existing(workspace, "KEEP", "Alkuperäinen", "notes")
    connection = sqlite3.connect(workspace)
    connection.execute("CREATE TRIGGER boom BEFORE INSERT ON premises WHEN NEW.name = 'boom' "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END")
    connection.commit()
    connection.close()
    before = premises_rows(workspace)
    rows = [
        ("KEEP", "Muutettu", "1", 91, "", "", square(25496000, 6672800)),
        ("N1", "uusi", "1", 91, "", "", square(25496000, 6672800)),
        ("N2", "boom", "1", 91, "", "", square(25496000, 6672800)),
    ]
    with pytest.raises(QgsProcessingException, match="nothing was imported: .*refused by the test trigger"):
        run(source_layer(rows), workspace)
    assert premises_rows(workspace) == before


@pytest.mark.parametrize("field_map, message", [
    ("premises_id=tunnus; colour=nimi", "The field map names colour, which are not premises fields"),
    ("premises_id=tunnus; name=nom", r"The input layer has no field\(s\) nom\. Its fields are: tunnus, nimi,"),
    ("name=nimi", "Map a source field to premises_id"),
    ("premises_id tunnus", "Cannot read 'premises_id tunnus' in the field map"),
])
def test_bad_field_map(workspace, provider, field_map, message):
    rows = [("A", "x", "1", 91, "", "", square(25496000, 6672800))]
    with pytest.raises(QgsProcessingException, match=message):
        run(source_layer(rows), workspace, field_map)
    assert premises_rows(workspace) == {}


def test_points_and_same_named_fields_without_a_map(workspace, provider):
    layer = QgsVectorLayer("Point?crs=EPSG:3067&field=premises_id:string&field=name:string&field=other:string",
                           "p", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["P-1", "Lahden yhteispalvelupiste", "ignored"])
    feature.setGeometry(QgsGeometry.fromWkt("POINT (426500 6762500)"))
    layer.dataProvider().addFeatures([feature])
    result = run(layer, workspace, "")
    assert result["INSERTED"] == 1
    assert premises_points(workspace) == {"P-1": (426500.0, 6762500.0)}
    assert premises_rows(workspace)["P-1"][0] == "Lahden yhteispalvelupiste"


def test_workspace_must_be_a_workspace(provider, tmp_path):
    import processing

    other = QgsVectorLayer("Point?crs=EPSG:3067&field=premises_id:string", "premises", "memory")
    with pytest.raises(QgsProcessingException, match="premises layer of a workspace"):
        processing.run(ALG, {"INPUT": other, "WORKSPACE": other, "FIELD_MAP": "", "OUTPUT_REJECTED": "memory:"})
