# SPDX-License-Identifier: GPL-2.0-or-later
"""What a downloaded GetFeature / OGC API items answer says about itself, read cheaply from the file:
how many features it holds, the server's count, the link to the next page, whether it was cut off."""
from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from typing import Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from . import wfs

translate = QCoreApplication.translate
HEAD_BYTES = 65_536


def no_features(path: str, geojson: bool) -> bool:
    """True when ``path`` is a complete, well-formed answer without any features."""
    if os.path.getsize(path) > HEAD_BYTES:
        return False
    with open(path, "rb") as stream:
        body = stream.read()
    if geojson:
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError:
            return False
        return isinstance(data, dict) and not data.get("features")
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return False
    return root.tag.endswith("FeatureCollection") and not any(
        child.tag.rsplit("}", 1)[-1] in ("featureMember", "featureMembers", "member") for child in root)


def number_matched(path: str, geojson: bool) -> Optional[int]:
    """How many features the server says match (WFS 2.0 ``numberMatched``, OGC API), None if it does not say."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        head = stream.read(4096)
        stream.seek(max(0, size - 4096))
        tail = stream.read()
    texts: Tuple[bytes, ...]
    if geojson:
        pattern, texts = rb'"numberMatched"\s*:\s*(\d+)', (head, tail)
    else:
        pattern, texts = rb'\bnumberMatched="(\d+)"', (head.split(b"member>", 1)[0],)
    for text in texts:
        match = re.search(pattern, text)
        if match:
            return int(match.group(1))
    return None


def count_members(path: str) -> Optional[int]:
    """The number of features in a GML answer, from its member elements (None: it has none)."""
    found, carry = 0, b""
    with open(path, "rb") as stream:
        while True:
            chunk = stream.read(1 << 20)
            if not chunk:
                break
            text = carry + chunk
            found += text.count(b"featureMember>") + text.count(b":member>")
            carry = chunk[-16:]
            found -= carry.count(b"featureMember>") + carry.count(b":member>")
    found += carry.count(b"featureMember>") + carry.count(b":member>")
    return found // 2 if found else None


def complete_gml(path: str) -> bool:
    """Whether a GML answer ends with the end of its feature collection (not cut off)."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        stream.seek(max(0, size - 512))
        tail = stream.read().rstrip()
    return tail.endswith(b"FeatureCollection>")



def top_level_links(head: bytes, tail: bytes) -> Optional[list]:
    """The ``links`` array of a GeoJSON feature collection from its first and last bytes (None: not there).

    Before ``"features"`` it is the collection's own; at the end the last one is (servers write it
    after the features, QGIS Server sorts the keys); a feature's own ``links`` never ends a document.
    """
    features = head.find(b'"features"')
    at = head.find(b'"links"')
    if at >= 0 and (features < 0 or at < features):
        chunk = head[at:]
    else:
        at = tail.rfind(b'"links"')
        if at < 0:
            return None
        chunk = tail[at:]
    text = chunk.decode("utf-8", "replace")
    start = text.find("[")
    if start < 0 or text[len('"links"'):start].strip() != ":":
        return None
    try:
        links, _end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return None
    return links if isinstance(links, list) else None




def read_ends(path: str):
    """The first and last ``HEAD_BYTES`` of a file."""
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        head = stream.read(HEAD_BYTES)
        stream.seek(max(0, size - HEAD_BYTES))
        tail = stream.read()
    return head, tail


def gml_next(path: str) -> bool:
    """Whether a WFS 2.0 answer links to a next page (the ``next`` attribute of its feature collection)."""
    with open(path, "rb") as stream:
        head = stream.read(HEAD_BYTES)
    collection = head.split(b"member>", 1)[0]
    return re.search(rb"\snext=\"[^\"]+\"", collection) is not None


def oapif_next(path: str, host: str) -> Optional[str]:
    """The ``next`` link of an OGC API items page (None at the last page); ``WfsError`` when it was cut off."""
    head, tail = read_ends(path)
    if not tail.rstrip().endswith(b"}"):
        raise wfs.WfsError(translate(
            "Wfs", "The features from {host} are not valid JSON ({error}); the answer may have been cut off.")
            .format(host=host, error="…" + tail[-40:].decode("utf-8", "replace")))
    links = top_level_links(head, tail)
    if links is None:  # not found cheaply: read the whole page
        try:
            with open(path, "rb") as stream:
                data = json.load(stream)
        except ValueError as error:
            raise wfs.WfsError(translate(
                "Wfs", "The features from {host} are not valid JSON ({error}); the answer may have been cut "
                "off.").format(host=host, error=error)) from error
        links = (data.get("links") if isinstance(data, dict) else None) or []
    for link in links:
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None
