# SPDX-License-Identifier: GPL-2.0-or-later
"""Summary of a prepared road network and its HTML report (km by speed source and class, exclusions, one-ways)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..network import prepare as rp
from . import htmlreport as hr

translate = QCoreApplication.translate  # translate("RoadReport", "literal"): pylupdate reads the call sites

MAP_PIECES = 200_000  # at most this many links drawn on the speed map


@dataclass
class Summary:
    total_km: float
    excluded: int
    sources: Dict[str, int]
    km_by_source_class: List[Tuple[str, str, int, float]]  # (source, class, links, km)
    excluded_classes: List[Tuple[str, int]]  # (input class, links)
    oneway_km: float
    segments: Optional[np.ndarray] = field(default=None, repr=False)  # (k, 2, 2) for the speed map
    segment_speed: Optional[np.ndarray] = field(default=None, repr=False)

    @property
    def oneway_share(self) -> float:
        return self.oneway_km / self.total_km if self.total_km > 0 else 0.0

    @classmethod
    def of(cls, lines, rules: rp.LinkRules, keep_part, pieces, source, speed) -> Summary:
        km = pieces.length / 1000.0
        classes, klass = np.unique(rules.klass[pieces.link].astype(str), return_inverse=True)
        key = source.astype(np.int64) * max(1, len(classes)) + klass.ravel()
        keys, group = np.unique(key, return_inverse=True)
        links = np.bincount(group.ravel(), minlength=len(keys))
        length = np.bincount(group.ravel(), weights=km, minlength=len(keys))
        names = [(rp.SOURCES[k // max(1, len(classes))], str(classes[k % max(1, len(classes))])) for k in keys.tolist()]
        by_class = sorted((s, c, int(n), float(x)) for (s, c), n, x in zip(names, links.tolist(), length.tolist()))
        labels = rules.label if rules.label is not None else rules.klass
        dropped = labels[~keep_part].astype(str)
        uniq, counts = np.unique(dropped, return_counts=True)
        excluded = sorted(zip(uniq.tolist(), counts.tolist()), key=lambda t: (-t[1], t[0]))
        oneway = float(km[rules.direction[pieces.link] != 2].sum())
        summary = cls(float(km.sum()), int((~keep_part).sum()), rp.source_counts(source),
                      by_class, excluded, oneway)
        summary.segments, summary.segment_speed = _map_segments(lines, pieces, speed)
        return summary


def _map_segments(lines, pieces, speed):
    """End-to-end segments of (at most MAP_PIECES) links for the map: first to last vertex per link."""
    if len(pieces) == 0:
        return None, None
    step = max(1, len(pieces) // MAP_PIECES)
    link = pieces.link[::step]
    a = lines.coords[lines.offsets[link]]
    b = lines.coords[lines.offsets[link + 1] - 1]
    return np.stack([a, b], axis=1), speed[::step]


def _speed_map(summary: Summary) -> str:
    if summary.segments is None:
        return ""
    try:
        from matplotlib.collections import LineCollection
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - matplotlib ships with QGIS
        return ""
    figure = Figure(figsize=(8, 8))
    axes = figure.add_subplot(111)
    collection = LineCollection(summary.segments, array=summary.segment_speed, cmap="viridis", linewidths=0.6)
    axes.add_collection(collection)
    axes.autoscale()
    axes.set_aspect("equal")
    axes.set_axis_off()
    figure.colorbar(collection, ax=axes, shrink=0.6, label="km/h")
    return hr.figure_img(figure, translate("RoadReport", "Map of the driving speeds"))


def _heading(text: str) -> str:
    return f"<h2>{hr.escape(text)}</h2>"


def render(summary: Summary, schema_name: str) -> str:
    by_source: Dict[str, list] = {}
    for source, _klass, links, km in summary.km_by_source_class:
        entry = by_source.setdefault(source, [0, 0.0])
        entry[0] += links
        entry[1] += km
    source_h, class_h = translate("RoadReport", "speed source"), translate("RoadReport", "class")
    links_h, km_h = translate("RoadReport", "links"), translate("RoadReport", "km")
    total = hr.text_cell(translate("RoadReport", "total"))
    body = "<p>{}: {}</p>".format(hr.escape(translate("RoadReport", "Schema")), hr.escape(schema_name))
    body += _heading(translate("RoadReport", "Length by speed source"))
    body += hr.table([source_h, links_h, km_h],
                     [[hr.text_cell(s), hr.cell(v[0]), hr.cell(v[1], 2)] for s, v in sorted(by_source.items())],
                     [[total, hr.cell(sum(v[0] for v in by_source.values())), hr.cell(summary.total_km, 2)]],
                     table_id="sources")
    body += _heading(translate("RoadReport", "Length by speed source and class"))
    body += hr.table([source_h, class_h, links_h, km_h],
                     [[hr.text_cell(s), hr.text_cell(c), hr.cell(n), hr.cell(km, 2)]
                      for s, c, n, km in summary.km_by_source_class], table_id="classes")
    body += _heading(translate("RoadReport", "Excluded links by class"))
    body += hr.table([class_h, links_h], [[hr.text_cell(c or "-"), hr.cell(n)] for c, n in summary.excluded_classes],
                     [[total, hr.cell(summary.excluded)]], table_id="excluded")
    body += _heading(translate("RoadReport", "One-way links"))
    body += hr.table([translate("RoadReport", "one-way km"), translate("RoadReport", "share of km")],
                     [[hr.cell(summary.oneway_km, 2), hr.cell(summary.oneway_share, 4)]], table_id="oneway")
    body += _heading(translate("RoadReport", "Driving speeds")) + _speed_map(summary)
    return hr.page(translate("RoadReport", "Prepared road network"), body)


def write_report(path: str, summary: Summary, schema_name: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(summary, schema_name))


__all__ = ["Summary", "render", "write_report"]
