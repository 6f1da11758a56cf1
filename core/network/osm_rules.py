# SPDX-License-Identifier: GPL-2.0-or-later
"""OpenStreetMap tags -> which ways cars use, their class, speed limit, direction and ferry time (pure numpy).

The rules are those of the README's "OpenStreetMap rules" table (a test reads
that table and checks these functions against it). Every function works on
whole columns: ``other_tags`` strings are searched with one regular-expression
pass over all rows joined together, and the per-value parsing (maxspeed,
duration) runs once per distinct value.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, Optional

import numpy as np

#: Road classes kept for cars with their default speed (km/h).
CLASS_SPEEDS = {
    "motorway": 100, "trunk": 80, "primary": 70, "secondary": 60, "tertiary": 50,
    "unclassified": 40, "residential": 30, "living_street": 20, "service": 20, "road": 40,
}
#: The ``_link`` roads and the road whose speed they take 60 % of.
LINK_OF = {f"{name}_link": name for name in ("motorway", "trunk", "primary", "secondary", "tertiary")}
LINK_SHARE = 0.6
#: Named ``maxspeed`` values (km/h).
MAXSPEED_ZONES = {"FI:urban": 50.0, "FI:rural": 80.0, "FI:motorway": 120.0, "FI:living_street": 20.0}
MPH_KMH = 1.609344
ONEWAY_ALONG = ("yes", "true", "1")
ONEWAY_AGAINST = ("-1", "reverse")
ONEWAY_BOTH = ("no", "false", "0")
IMPLIED_ONEWAY_JUNCTIONS = ("roundabout", "circular")
ACCESS_KEYS = ("motorcar", "motor_vehicle", "access")  # most specific first
ACCESS_DENIED = ("no", "private")
FERRY_ACCESS_KEYS = ("motorcar", "motor_vehicle")
FERRY_CLASS = "ferry"
FERRY_SPEED_KMH = 20.0
#: Every tag the rules read.
TAG_KEYS = ("highway", "maxspeed", "oneway", "junction", "route", "duration") + ACCESS_KEYS

# Digiroad direction codes written to the output.
BOTH, AGAINST, ALONG = 2, 3, 4


def default_speeds() -> Dict[str, float]:
    """{class: km/h} of every kept class, the ``_link`` roads at 60 % of their road rounded to whole km/h."""
    speeds = {name: float(v) for name, v in CLASS_SPEEDS.items()}
    for link, road in LINK_OF.items():
        speeds[link] = float(np.floor(CLASS_SPEEDS[road] * LINK_SHARE + 0.5))
    return speeds


def kept_classes() -> tuple:
    return tuple(CLASS_SPEEDS) + tuple(LINK_OF)


# ---------------------------------------------------------------- other_tags
_VALUE = r'"((?:[^"\\]|\\.)*)"'


def _as_text(values) -> np.ndarray:
    """Object array of str ('' for NULL), newlines replaced (they separate the rows below)."""
    arr = np.asarray(values)
    if arr.dtype.kind == "f":
        out = arr.astype(object)
        out[np.isnan(arr)] = ""
    else:
        out = arr.astype(object)
        out[np.equal(out, None)] = ""  # type: ignore[call-overload]  # elementwise "is None"; numpy stubs omit None
    kinds = {type(v) for v in out[:1000].tolist()} if len(out) else set()
    return out if kinds <= {str} else out.astype(str).astype(object)


def extract_tags(other_tags, keys: Iterable[str]) -> Dict[str, np.ndarray]:
    """{key: object array of the value per row, None when absent} from hstore-like ``other_tags`` strings.

    ``"key"=>"value","key2"=>"value2"`` as written by GDAL's OSM driver (``\\"`` and
    ``\\\\`` escaped). One regular-expression pass over all rows joined by newlines.
    """
    keys = list(keys)
    text = _as_text(other_tags)
    n = len(text)
    out = {key: np.full(n, None, dtype=object) for key in keys}
    if n == 0 or not keys:
        return out
    joined = "\n".join(text.tolist())
    if joined.count("\n") != n - 1:  # a value with a newline of its own: rare, made a space
        joined = "\n".join(s.replace("\n", " ") for s in text.tolist())
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    pattern = re.compile(r'\n|(?:^|(?<=[,\n ]))"(' + alternatives + r')"=>' + _VALUE)
    matches = pattern.findall(joined)
    if not matches:
        return out
    found_key = np.array([m[0] for m in matches], dtype=object)
    is_newline = found_key == ""
    rows = np.cumsum(is_newline)[~is_newline]
    found_key = found_key[~is_newline]
    values = np.array([m[1] for m in matches], dtype=object)[~is_newline]
    for key in keys:
        sel = found_key == key
        if sel.any():
            uniq, inverse = factorize(values[sel])
            if any("\\" in v for v in uniq.tolist()):
                uniq = np.array([v.replace('\\"', '"').replace("\\\\", "\\") for v in uniq.tolist()], dtype=object)
            out[key][rows[sel]] = uniq[inverse]
    return out


def merge_columns(tags: Dict[str, np.ndarray], columns: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """Tags with the values of plain columns (``maxspeed``, ``oneway``...) where a column has a value."""
    merged = dict(tags)
    for key, column in columns.items():
        col = _as_text(column)
        have = col != ""
        base = merged.get(key, np.full(len(col), None, dtype=object)).copy()
        base[have] = col[have]
        merged[key] = base
    return merged


def text_values(values: Optional[np.ndarray], n: int) -> np.ndarray:
    """Object array of str, '' for NULL or a missing column."""
    return np.full(n, "", dtype=object) if values is None else _as_text(values)


def factorize(text: np.ndarray):
    """(distinct values, index of each value) of an object array of str; fixed-width sorting when they are short."""
    if len(text) == 0:
        return np.zeros(0, dtype=object), np.zeros(0, dtype=np.intp)
    longest = max(map(len, text.tolist()))
    if longest <= 64:
        uniq, inverse = np.unique(text.astype(f"U{max(longest, 1)}"), return_inverse=True)
        return uniq.astype(object), inverse.ravel()
    uniq, inverse = np.unique(text, return_inverse=True)
    return uniq, inverse.ravel()


def _lower(values: Optional[np.ndarray], n: int):
    """(distinct lower-case stripped values, index of each row); '' for NULL or a missing column."""
    if values is None:
        return np.array([""], dtype=object), np.zeros(n, dtype=np.intp)
    uniq, inverse = factorize(_as_text(values))
    return np.array([u.strip().lower() for u in uniq.tolist()], dtype=object), inverse


def _is(values: Optional[np.ndarray], n: int, words) -> np.ndarray:
    """Rows whose value (lower case, stripped) is one of ``words``."""
    uniq, inverse = _lower(values, n)
    return np.isin(uniq, words)[inverse]


# ---------------------------------------------------------------- the rules
def car_access(tags: Dict[str, np.ndarray], n: int, keys=ACCESS_KEYS) -> np.ndarray:
    """True where cars may use the way: the most specific of ``keys`` present decides; no/private forbid."""
    decided = np.zeros(n, dtype=bool)
    allowed = np.ones(n, dtype=bool)
    for key in keys:
        uniq, inverse = _lower(tags.get(key), n)
        present = (uniq != "")[inverse] & ~decided
        allowed[present] = ~np.isin(uniq, ACCESS_DENIED)[inverse[present]]
        decided |= present
    return allowed


def parse_maxspeed(values) -> np.ndarray:
    """km/h per value: a number, ``N mph``, the FI: zones; NaN for anything else (none, signals, walk, 50;30)."""
    uniq, inverse = factorize(_as_text(values))
    return np.array([_maxspeed(u) for u in uniq.tolist()], dtype=np.float64)[inverse]


_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*$")
_MPH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*mph\s*$")


def _maxspeed(value: str) -> float:
    if value.strip() in MAXSPEED_ZONES:
        return MAXSPEED_ZONES[value.strip()]
    match = _NUMBER.match(value)
    if match:
        speed = float(match.group(1))
        return speed if speed > 0 else np.nan
    match = _MPH.match(value)
    if match:
        speed = float(match.group(1)) * MPH_KMH
        return speed if speed > 0 else np.nan
    return np.nan


def parse_duration(values) -> np.ndarray:
    """Minutes per value: ISO 8601 (``PT1H30M``, ``P1DT2H``), ``h:mm``, ``h:mm:ss`` or minutes; NaN otherwise."""
    uniq, inverse = factorize(_as_text(values))
    return np.array([_duration(u) for u in uniq.tolist()], dtype=np.float64)[inverse]


_ISO = re.compile(r"^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_CLOCK = re.compile(r"^(\d+):([0-5]?\d)(?::([0-5]?\d))?$")


def _duration(value: str) -> float:
    value = value.strip()
    iso = _ISO.match(value.upper())
    if iso and value.upper() not in ("P", "PT"):
        d, h, m, s = (float(g) if g else 0.0 for g in iso.groups())
        minutes = d * 1440 + h * 60 + m + s / 60
        return minutes if minutes > 0 else np.nan
    clock = _CLOCK.match(value)
    if clock:
        h, m, s = (float(g) if g else 0.0 for g in clock.groups())
        minutes = h * 60 + m + s / 60
        return minutes if minutes > 0 else np.nan
    match = _NUMBER.match(value)
    if match and float(match.group(1)) > 0:
        return float(match.group(1))
    return np.nan


def directions(highway: np.ndarray, oneway, junction) -> np.ndarray:
    """Digiroad direction codes (2 both, 3 against, 4 along) from oneway, with motorways and roundabouts implied."""
    n = len(highway)
    out = np.full(n, BOTH, dtype=np.int8)
    out[_is(highway, n, ("motorway",)) | _is(junction, n, IMPLIED_ONEWAY_JUNCTIONS)] = ALONG
    way, inverse = _lower(oneway, n)
    out[np.isin(way, ONEWAY_ALONG)[inverse]] = ALONG
    out[np.isin(way, ONEWAY_AGAINST)[inverse]] = AGAINST
    out[np.isin(way, ONEWAY_BOTH)[inverse]] = BOTH
    return out


def classify(tags: Dict[str, np.ndarray], n: int):
    """(road class per way ('' when dropped), ferry mask) after the highway, access and ferry rules."""
    classes, inverse = _lower(tags.get("highway"), n)
    ferry = _is(tags.get("route"), n, ("ferry",)) & car_access(tags, n, FERRY_ACCESS_KEYS)
    road = np.isin(classes, kept_classes())[inverse] & car_access(tags, n) & ~ferry
    klass = np.where(np.isin(classes, kept_classes()), classes, "").astype(object)[inverse]
    klass[~road] = ""
    klass[ferry] = FERRY_CLASS
    return klass, ferry


__all__ = [
    "CLASS_SPEEDS", "LINK_OF", "MAXSPEED_ZONES", "TAG_KEYS", "FERRY_CLASS", "FERRY_SPEED_KMH",
    "default_speeds", "kept_classes", "extract_tags", "merge_columns", "car_access", "parse_maxspeed",
    "parse_duration", "directions", "classify",
]
