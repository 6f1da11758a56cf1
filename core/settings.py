# SPDX-License-Identifier: GPL-2.0-or-later
"""Plugin settings in ``QgsSettings`` under the prefix ``palveluverkko/``."""
from __future__ import annotations

from typing import Any

from qgis.core import QgsSettings

PREFIX = "palveluverkko/"


def key(name: str) -> str:
    """The full settings key of ``name``."""
    return PREFIX + name.lstrip("/")


def value(name: str, default: Any = None, value_type: type | None = None) -> Any:
    """Read a setting; ``value_type`` converts (e.g. ``int``, ``bool``, ``str``)."""
    settings = QgsSettings()
    if value_type is None:
        return settings.value(key(name), default)
    return settings.value(key(name), default, type=value_type)


def set_value(name: str, data: Any) -> None:
    QgsSettings().setValue(key(name), data)


def remove(name: str) -> None:
    QgsSettings().remove(key(name))


def child_groups(name: str) -> list:
    """The sub-groups below ``palveluverkko/<name>`` (e.g. saved connections)."""
    settings = QgsSettings()
    settings.beginGroup(key(name))
    try:
        return list(settings.childGroups())
    finally:
        settings.endGroup()
