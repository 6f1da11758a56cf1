# SPDX-License-Identifier: GPL-2.0-or-later
"""The README's rule tables (marked ``<!-- table:NAME -->``) as lists of rows, and the OSM rules applied from them.

Used by the road preparation tests as the independent statement of the rules:
``ReadmeRules`` applies the README's tables to raw tags without the plugin's code.
"""
from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def table(name: str):
    """Rows (lists of cell texts, backquotes removed) of the table after ``<!-- table:name -->``."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"<!-- table:{name} -->")
    lines = text[start:].splitlines()[1:]
    rows = []
    for line in lines:
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [c.strip().replace("`", "") for c in line.strip().strip("|").split("|")]
        rows.append(cells)
    return rows[2:]  # header and rule


class ReadmeRules:
    """The README's OpenStreetMap rules, applied tag by tag in plain Python."""

    def __init__(self):
        self.class_speed = {r[0]: float(r[1]) for r in table("osm-classes")}
        self.zones = {}
        for value, kmh in table("osm-maxspeed"):
            if value.startswith("FI:"):
                self.zones[value] = float(kmh)
        self.oneway = {}
        for values, direction in table("osm-oneway"):
            if not values.startswith("absent"):
                for v in values.split(","):
                    self.oneway[v.strip()] = int(direction.split()[0])
        implied = [r for r in table("osm-oneway") if r[0].startswith("absent") and "motorway" in r[0]]
        self.implied_direction = int(implied[0][1].split()[0])

    @staticmethod
    def _denied(tags, keys):
        for key in keys:
            if tags.get(key, "") != "":
                return tags[key] in ("no", "private")
        return False

    def klass(self, tags):
        """'ferry', a highway class, or None (dropped)."""
        if tags.get("route") == "ferry":
            return None if self._denied(tags, ("motorcar", "motor_vehicle")) else "ferry"
        highway = tags.get("highway")
        if highway not in self.class_speed or self._denied(tags, ("motorcar", "motor_vehicle", "access")):
            return None
        return highway

    def maxspeed(self, value):
        if value is None:
            return None
        value = value.strip()
        if value in self.zones:
            return self.zones[value]
        if re.fullmatch(r"\d+(\.\d+)?", value):
            return float(value) if float(value) > 0 else None
        m = re.fullmatch(r"(\d+(?:\.\d+)?) ?mph", value)
        if m and float(m.group(1)) > 0:
            return float(m.group(1)) * 1.609344
        return None

    def direction(self, tags):
        value = (tags.get("oneway") or "").strip().lower()
        if value in self.oneway:
            return self.oneway[value]
        if tags.get("highway") == "motorway" or tags.get("junction") in ("roundabout", "circular"):
            return self.implied_direction
        return 2

    @staticmethod
    def duration(value):
        if not value:
            return None
        m = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?", value)
        if m and any(m.groups()):
            h, mi, s = (int(g or 0) for g in m.groups())
            return h * 60 + mi + s / 60
        m = re.fullmatch(r"(\d+):(\d\d)(?::(\d\d))?", value)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3) or 0) / 60
        return float(value) if re.fullmatch(r"\d+(\.\d+)?", value) else None

    def link(self, tags, length_m, factor=1.0):
        """(speed_kmh, direction, minutes, source) of a kept way, None when dropped."""
        klass = self.klass(tags)
        if klass is None:
            return None
        if klass == "ferry":
            minutes = self.duration(tags.get("duration"))
            if minutes is None:
                return 20.0, 2, length_m * 0.06 / 20.0, "ferry"
            return length_m * 0.06 / minutes, 2, minutes, "ferry"
        limit = self.maxspeed(tags.get("maxspeed"))
        speed, source = (limit, "maxspeed") if limit is not None else (self.class_speed[klass], "class")
        speed *= factor
        return speed, self.direction(tags), length_m * 0.06 / speed, source
