# SPDX-License-Identifier: GPL-2.0-or-later
"""The agency registry: codes, names in three languages and validity dates.

The registry is data (``resources/agencies.csv`` seeds every new workspace),
because agencies are reorganised: AVI and ELY end in 2025, TE in 2024.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
from dataclasses import dataclass
from typing import Iterable, List, Optional

from ..rules.nulls import plain

SEED_CSV = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "agencies.csv")
LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Agency:
    """One registry row."""

    code: str
    name_fi: str
    name_sv: str
    name_en: str
    valid_from: Optional[dt.date] = None
    valid_to: Optional[dt.date] = None

    def name(self, language: str) -> str:
        """The name in ``language`` (fi, sv or en; anything else gives English)."""
        value = {"fi": self.name_fi, "sv": self.name_sv}.get(language[:2], self.name_en)
        return value or self.name_en or self.name_fi or self.code

    def is_valid_on(self, day: dt.date) -> bool:
        """True when the agency exists on ``day`` (both ends inclusive)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


def parse_date(value) -> Optional[dt.date]:
    """A date from ISO text, a date, a QDate or None/empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "isNull") and hasattr(value, "toPyDate"):  # QDate / QDateTime
        if value.isNull() or not value.isValid():
            return None
        return value.toPyDate() if hasattr(value, "day") else value.date().toPyDate()
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return None
    return dt.date.fromisoformat(text[:10])


def normalise_code(code) -> str:
    """Registry codes are stored upper-case without surrounding spaces."""
    return str(code or "").strip().upper()


def read_seed(path: str = SEED_CSV) -> List[Agency]:
    """The registry shipped with the plugin."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [
            Agency(
                code=normalise_code(row["code"]),
                name_fi=row["name_fi"],
                name_sv=row["name_sv"],
                name_en=row["name_en"],
                valid_from=parse_date(row["valid_from"]),
                valid_to=parse_date(row["valid_to"]),
            )
            for row in csv.DictReader(handle)
        ]


def valid_on(agencies: Iterable[Agency], day: Optional[dt.date] = None) -> List[Agency]:
    """The agencies valid on ``day`` (default today), in registry order."""
    day = day or dt.date.today()
    return [a for a in agencies if a.is_valid_on(day)]


def from_layer(layer) -> List[Agency]:
    """Read the registry from a workspace ``agencies`` layer (QgsVectorLayer)."""
    result = []
    for feature in layer.getFeatures():
        code = normalise_code(feature["code"])
        if not code:
            continue
        result.append(
            Agency(
                code=code,
                name_fi=_text(feature["name_fi"]),
                name_sv=_text(feature["name_sv"]),
                name_en=_text(feature["name_en"]),
                valid_from=parse_date(plain(feature["valid_from"])),
                valid_to=parse_date(plain(feature["valid_to"])),
            )
        )
    return result


def _text(value) -> str:
    value = plain(value)
    return "" if value is None else str(value)
