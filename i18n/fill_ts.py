# SPDX-License-Identifier: GPL-2.0-or-later
"""Fill Qt .ts files from the translation sources in i18n/strings/*.json.

Each JSON file holds one translation context:
``{"English source": {"fi": "...", "sv": "..."}}``; its file name is the
context name. Usage: ``python i18n/fill_ts.py i18n/palveluverkko_fi.ts ...``
(the language is read from the file name). Prints the untranslated count.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def load_strings(folder: str = os.path.join(HERE, "strings")) -> dict:
    table = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        context = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as handle:
            table[context] = json.load(handle)
    return table


def fill(ts_path: str, table: dict) -> int:
    language = re.search(r"_([a-z]{2})\.ts$", ts_path).group(1)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    root.set("language", language)
    missing = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        strings = table.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = (strings.get(source) or {}).get(language)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            elif not translation.text or translation.get("type") == "unfinished":
                translation.set("type", "unfinished")
                missing += 1
                print(f"{os.path.basename(ts_path)}: untranslated [{name}] {source[:70]!r}")
    ET.indent(tree, space="    ")
    with open(ts_path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")
    return missing


def main(paths) -> int:
    table = load_strings()
    total = sum(fill(path, table) for path in paths)
    print(f"fill_ts: {total} untranslated message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
