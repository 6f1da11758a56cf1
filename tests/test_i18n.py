# SPDX-License-Identifier: GPL-2.0-or-later
"""Every user-visible string is translated into Finnish and Swedish."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fi", "sv")


def _messages(ts_path: Path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_translated(language):
    missing = [
        f"[{context}] {source[:60]}"
        for context, source, translation in _messages(ROOT / "i18n" / f"palveluverkko_{language}.ts")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert missing == [], f"untranslated ({language}); add them to i18n/strings/*.json and run make translations"


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 (pyqt5-dev-tools) is not installed")
def test_ts_files_up_to_date(tmp_path):
    sources = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py", "*.ui"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    sources = [s for s in sources if not s.startswith(("tests/", "bench/", "scripts/", "i18n/"))]
    fresh = tmp_path / "fresh_fi.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    wanted = {(c, s) for c, s, _t in _messages(fresh)}
    have = {(c, s) for c, s, t in _messages(ROOT / "i18n" / "palveluverkko_fi.ts")
            if t is None or t.get("type") not in ("vanished", "obsolete")}
    assert sorted(wanted - have) == [], "run make translations"


@pytest.mark.parametrize("language, expected", [
    ("fi", ["Akaa", "Aura", "Vaasa", "Wuori", "Zeta", "Åland", "Ähtäri", "Öja"]),
    ("sv", ["Akaa", "Aura", "Vaasa", "Wuori", "Zeta", "Åland", "Ähtäri", "Öja"]),
    ("en", ["Ähtäri", "Akaa", "Åland", "Aura", "Öja", "Vaasa", "Wuori", "Zeta"]),
])
def test_collation_order(qgis_app, language, expected):
    from palveluverkko.core import i18n

    names = ["Öja", "Zeta", "Ähtäri", "Aura", "Åland", "Vaasa", "Akaa", "Wuori"]
    assert [names[i] for i in i18n.collation_order(names, language)] == expected
