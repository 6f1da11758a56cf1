# SPDX-License-Identifier: GPL-2.0-or-later
"""Digiroad road links -> which links cars use, their class and direction (pure numpy).

Code lists of Digiroad's data description (Väylävirasto, "Digiroad-tietolajit",
the 2023 release, as remembered: there is no network access where this was
written); the README's "Digiroad code lists" table is the same list and a test
checks the two agree.
"""
from __future__ import annotations

from typing import Dict

import numpy as np

#: toiminnallinen_luokka (functional class): code -> (Finnish name, kept for cars)
FUNCTIONAL_CLASSES: Dict[int, tuple] = {
    1: ("Seudullinen pääkatu / valtatie", True),
    2: ("Seudullinen pääkatu / kantatie", True),
    3: ("Alueellinen pääkatu / seututie", True),
    4: ("Kokoojakatu / yhdystie", True),
    5: ("Liityntäkatu / tärkeä yksityistie", True),
    6: ("Muu yksityistie", True),
    7: ("Ajopolku", False),
    8: ("Kevyen liikenteen väylä", False),
}
#: linkkityyppi (link type): code -> (Finnish name, kept for cars)
LINK_TYPES: Dict[int, tuple] = {
    1: ("Moottoritie", True),
    2: ("Moniajoratainen tie", True),
    3: ("Yksiajoratainen tie", True),
    4: ("Moottoriliikennetie", True),
    5: ("Kiertoliittymä", True),
    6: ("Ramppi", True),
    7: ("Levähdysalue", True),
    8: ("Kevyen liikenteen väylä", False),
    9: ("Jalankulkualue", False),
    10: ("Huolto- tai pelastustie", True),
    11: ("Liitännäisliikennealue", True),
    12: ("Ajopolku", False),
    13: ("Huoltoaukko moottoritiellä", False),
    14: ("Erikoiskuljetusyhteys ilman puomia", True),
    15: ("Erikoiskuljetusyhteys puomilla", True),
    21: ("Lautta/lossi", True),
}
FERRY_LINK_TYPE = 21
#: Default speed (km/h) by functional class; any other class is driven at OTHER_SPEED.
CLASS_SPEEDS = {1: 100.0, 2: 80.0, 3: 60.0, 4: 50.0, 5: 40.0, 6: 30.0}
OTHER_SPEED = 30.0
DIRECTIONS = (2, 3, 4)

#: The field names looked for (lower case): the GeoPackage/API names, then the shapefile names.
FIELD_NAMES = {
    "ajosuunta": ("ajosuunta",),
    "functional_class": ("toiminnallinen_luokka", "toiminn_lk"),
    "link_type": ("linkkityyppi", "linkkityyp"),
}


def dropped_codes(table: Dict[int, tuple]) -> tuple:
    return tuple(code for code, (_, kept) in table.items() if not kept)


def _codes(values) -> np.ndarray:
    """Integer codes; NULL and text that is not a whole number become -1."""
    arr = np.asarray(values)
    if arr.dtype.kind in "iub":
        return arr.astype(np.int64)
    if arr.dtype.kind == "f":
        out = np.full(len(arr), -1, dtype=np.int64)
        ok = np.isfinite(arr) & (arr == np.round(arr))
        out[ok] = arr[ok].astype(np.int64)
        return out
    obj = arr.astype(object)
    obj[np.equal(obj, None)] = ""  # type: ignore[call-overload]  # elementwise "is None"; numpy stubs omit None
    uniq, inverse = np.unique(obj.astype(str), return_inverse=True)
    parsed = np.array([_int_or(u) for u in uniq.tolist()], dtype=np.int64)
    return parsed[inverse.ravel()] if len(uniq) else np.zeros(0, np.int64)


def _int_or(text: str, missing: int = -1) -> int:
    try:
        number = float(text)
    except ValueError:
        return missing
    return int(number) if number.is_integer() else missing


def classify(functional_class, link_type):
    """(class key per link: the functional class as text, 'ferry' or '' when dropped; ferry mask)."""
    fclass, ltype = _codes(functional_class), _codes(link_type)
    ferry = ltype == FERRY_LINK_TYPE
    keep = ~np.isin(fclass, dropped_codes(FUNCTIONAL_CLASSES)) & ~np.isin(ltype, dropped_codes(LINK_TYPES))
    keep |= ferry
    klass = fclass.astype(str).astype(object)
    klass[fclass < 0] = "unknown"
    klass[~keep] = ""
    klass[ferry] = "ferry"
    return klass, ferry


def labels(functional_class, link_type) -> np.ndarray:
    """'functional class/link type' per link, e.g. '8/8', for reports."""
    fclass, ltype = _codes(functional_class), _codes(link_type)
    if len(fclass) == 0:
        return np.zeros(0, dtype=object)
    uniq, inverse = np.unique(np.column_stack([fclass, ltype]), axis=0, return_inverse=True)
    text = np.array([f"{a}/{b}" if a >= 0 and b >= 0 else "unknown" for a, b in uniq.tolist()], dtype=object)
    return text[inverse.ravel()]


def directions(ajosuunta):
    """(direction codes 2/3/4, number of NULL or unknown values, which count as 2)."""
    codes = _codes(ajosuunta)
    known = np.isin(codes, DIRECTIONS)
    out = np.where(known, codes, 2).astype(np.int8)
    return out, int(np.count_nonzero(~known))


def default_speeds() -> Dict[str, float]:
    return {str(code): speed for code, speed in CLASS_SPEEDS.items()}


__all__ = ["FUNCTIONAL_CLASSES", "LINK_TYPES", "CLASS_SPEEDS", "OTHER_SPEED", "FIELD_NAMES",
           "classify", "directions", "default_speeds", "dropped_codes"]
