# SPDX-License-Identifier: GPL-2.0-or-later
"""Road preparation: links -> kept or dropped, driving speed, direction, minutes and speed source (pure numpy).

The schema rules live in :mod:`osm_rules` and :mod:`digiroad`;
this module detects the schema, reads the speed table and resolves, for each
link (or each piece of a link split by speed limits), the speed and its source:

    limit     a SPEED_LIMITS segment covers it
    maxspeed  OSM maxspeed, or the generic schema's SPEED_FIELD
    class     the default (or SPEED_TABLE) speed of its road class
    default   no speed for its class: the schema's fallback speed
    ferry     a ferry: its duration, else FERRY_SPEED_KMH; SPEED_FACTOR never applies
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterable, Optional, Sequence, Tuple

import numpy as np

from . import digiroad as dr
from . import osm_rules as osm

SCHEMA_AUTO, SCHEMA_OSM, SCHEMA_DIGIROAD, SCHEMA_GENERIC = 0, 1, 2, 3
SOURCES = ("maxspeed", "limit", "class", "default", "ferry")
SRC_MAXSPEED, SRC_LIMIT, SRC_CLASS, SRC_DEFAULT, SRC_FERRY = range(5)
#: Fallback speeds (km/h) of links whose class has no speed.
FALLBACK_SPEED = {SCHEMA_OSM: 50.0, SCHEMA_DIGIROAD: dr.OTHER_SPEED, SCHEMA_GENERIC: 50.0}
FERRY_CLASS = osm.FERRY_CLASS
OSM_FIELDS = ("highway", "other_tags")


class RulesError(ValueError):
    """Input the rules cannot use; the message says what to do."""


@dataclass
class LinkRules:
    """The schema's verdict per link."""

    klass: np.ndarray  # object: road class ('' = dropped for cars)
    ferry: np.ndarray  # bool
    direction: np.ndarray  # int8: 2 both ways, 3 against, 4 along the digitising direction
    given_speed: np.ndarray  # float km/h (OSM maxspeed, generic SPEED_FIELD); NaN when none
    ferry_minutes: np.ndarray  # float: a ferry's own crossing time; NaN when none
    unknown_directions: int = 0
    label: Optional[np.ndarray] = None  # object: the input's own class (OSM highway, Digiroad codes) for reports

    @property
    def kept(self) -> np.ndarray:
        return self.klass != ""

    def subset(self, mask) -> LinkRules:
        return LinkRules(self.klass[mask], self.ferry[mask], self.direction[mask], self.given_speed[mask],
                         self.ferry_minutes[mask], self.unknown_directions,
                         None if self.label is None else self.label[mask])


# ---------------------------------------------------------------- schema
def _lower_names(names: Iterable[str]) -> Dict[str, str]:
    return {name.lower(): name for name in names}


def digiroad_fields(names: Iterable[str]) -> Optional[Dict[str, str]]:
    """{'ajosuunta', 'functional_class', 'link_type'} -> the layer's field names, or None."""
    lower = _lower_names(names)
    found = {}
    for role, candidates in dr.FIELD_NAMES.items():
        hit = next((lower[c] for c in candidates if c in lower), None)
        if hit is None:
            return None
        found[role] = hit
    return found


def osm_fields(names: Iterable[str]) -> Dict[str, str]:
    """{tag or other_tags: field name} of the OSM columns the layer has (case-insensitive)."""
    lower = _lower_names(names)
    return {key: lower[key] for key in osm.TAG_KEYS + ("other_tags",) if key in lower}


def looked_for() -> str:
    digiroad = " + ".join("/".join(c) for c in dr.FIELD_NAMES.values())
    return f"OpenStreetMap: {' or '.join(OSM_FIELDS)}; Digiroad: {digiroad}"


def detect_schema(names: Sequence[str], generic_given: bool = False) -> int:
    """SCHEMA_OSM, SCHEMA_DIGIROAD or (when SPEED_FIELD/DIRECTION_FIELD are given) SCHEMA_GENERIC."""
    if digiroad_fields(names) is not None:
        return SCHEMA_DIGIROAD
    fields = osm_fields(names)
    if "highway" in fields or "other_tags" in fields:
        return SCHEMA_OSM
    if generic_given:
        return SCHEMA_GENERIC
    raise RulesError(f"none of the expected fields ({looked_for()})")


# ---------------------------------------------------------------- rules per schema
def osm_rules(tags: Dict[str, np.ndarray], n: int) -> LinkRules:
    klass, ferry = osm.classify(tags, n)
    direction = osm.directions(klass, tags.get("oneway"), tags.get("junction"))
    direction[ferry] = osm.BOTH
    maxspeed = osm.parse_maxspeed(tags["maxspeed"]) if tags.get("maxspeed") is not None else np.full(n, np.nan)
    duration = osm.parse_duration(tags["duration"]) if tags.get("duration") is not None else np.full(n, np.nan)
    duration[~ferry] = np.nan
    label = osm.text_values(tags.get("highway"), n)
    label[ferry] = osm.FERRY_CLASS
    return LinkRules(klass, ferry, direction, maxspeed, duration, label=label)


def digiroad_rules(functional_class, link_type, ajosuunta) -> LinkRules:
    klass, ferry = dr.classify(functional_class, link_type)
    direction, unknown = dr.directions(ajosuunta)
    n = len(klass)
    label = dr.labels(functional_class, link_type)
    return LinkRules(klass, ferry, direction, np.full(n, np.nan), np.full(n, np.nan), unknown, label)


def generic_rules(n: int, speeds=None, directions=None) -> LinkRules:
    """Every link kept; speeds (km/h, NaN or <= 0 = none) and directions as given (int8 -1/0/1 codes)."""
    given = np.full(n, np.nan) if speeds is None else np.asarray(speeds, dtype=np.float64).copy()
    given[~(given > 0)] = np.nan
    code = np.zeros(n, np.int8) if directions is None else np.asarray(directions, dtype=np.int8)
    direction = np.select([code == 1, code == -1], [osm.ALONG, osm.AGAINST], osm.BOTH).astype(np.int8)
    return LinkRules(np.full(n, "road", dtype=object), np.zeros(n, bool), direction, given, np.full(n, np.nan))


# ---------------------------------------------------------------- speeds
def parse_speed_table(rows: Iterable[Tuple[object, object]]) -> Dict[str, float]:
    """{class: km/h} from (class, speed) rows; RulesError for a speed that is not a positive number."""
    table = {}
    for klass, speed in rows:
        name = "" if klass is None else str(klass).strip()
        if not name:
            continue
        try:
            value = float(str(speed).strip().replace(",", ".")) if speed is not None else float("nan")
        except ValueError:
            raise RulesError(f"the speed of class {name} is not a number ({speed!r})") from None
        if not np.isfinite(value) or value <= 0:
            raise RulesError(f"the speed of class {name} must be a positive number of km/h (got {speed!r})")
        table[name.lower() if name.lower() == FERRY_CLASS else name] = value
    return table


def class_speeds(schema: int, table: Optional[Dict[str, float]] = None) -> Dict[str, float]:
    """Speed per class: the schema's defaults, then the SPEED_TABLE's rows."""
    speeds = {SCHEMA_OSM: osm.default_speeds, SCHEMA_DIGIROAD: dr.default_speeds}.get(schema, dict)()
    speeds[FERRY_CLASS] = osm.FERRY_SPEED_KMH
    speeds.update(table or {})
    return speeds


def resolve(rules: LinkRules, link: np.ndarray, length_m: np.ndarray, limit_kmh: np.ndarray,
            speeds: Dict[str, float], fallback: float, factor: float = 1.0):
    """(speed_kmh, minutes, source index) of pieces of links.

    ``link``: the link (row of ``rules``) of each piece; ``length_m``: the piece
    length; ``limit_kmh``: the speed limit laid on the piece (NaN: none). A
    ferry's own time is shared by its pieces in proportion to their length.
    """
    klass = rules.klass[link]
    uniq, inverse = np.unique(klass.astype(str), return_inverse=True)
    table = np.array([speeds.get(k, np.nan) for k in uniq.tolist()], dtype=np.float64)[inverse.ravel()]
    legal = np.full(len(link), fallback, dtype=np.float64)
    source = np.full(len(link), SRC_DEFAULT, dtype=np.int8)
    for value, code in ((table, SRC_CLASS), (rules.given_speed[link], SRC_MAXSPEED), (limit_kmh, SRC_LIMIT)):
        have = np.isfinite(value) & (value > 0)
        legal[have] = value[have]
        source[have] = code
    speed = legal * float(factor)
    ferry = rules.ferry[link]
    speed[ferry] = table[ferry] if np.isfinite(table[ferry]).all() else osm.FERRY_SPEED_KMH
    source[ferry] = SRC_FERRY
    minutes = np.divide(length_m * 0.06, speed, out=np.zeros(len(link)), where=speed > 0)
    timed = ferry & np.isfinite(rules.ferry_minutes[link])
    if timed.any():
        total = np.bincount(link[timed], weights=length_m[timed], minlength=len(rules.klass))
        share = np.divide(length_m[timed], total[link[timed]], out=np.ones(int(timed.sum())),
                          where=total[link[timed]] > 0)
        minutes[timed] = rules.ferry_minutes[link[timed]] * share
        ok = timed & (minutes > 0) & (length_m > 0)
        speed[ok] = length_m[ok] * 0.06 / minutes[ok]
    return speed, minutes, source


def source_counts(source: np.ndarray) -> Dict[str, int]:
    counts = np.bincount(source.astype(np.int64), minlength=len(SOURCES))
    return {name: int(counts[i]) for i, name in enumerate(SOURCES)}


def source_names(source: np.ndarray) -> np.ndarray:
    return np.array(SOURCES, dtype=object)[source.astype(np.int64)]


__all__ = [
    "SCHEMA_AUTO", "SCHEMA_OSM", "SCHEMA_DIGIROAD", "SCHEMA_GENERIC", "SOURCES", "LinkRules", "RulesError",
    "detect_schema", "digiroad_fields", "osm_fields", "osm_rules", "digiroad_rules", "generic_rules",
    "parse_speed_table", "class_speeds", "resolve", "source_counts", "source_names", "FALLBACK_SPEED",
]
