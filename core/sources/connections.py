# SPDX-License-Identifier: GPL-2.0-or-later
"""Saved WFS/OGC API Features connections in QgsSettings (``palveluverkko/wfs/connections/<name>``).

Only the URL, the version and the id of the QGIS authentication configuration
are stored: never a user name, password or key.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from .. import settings
from .wfs import AUTO, VERSIONS

GROUP = "wfs/connections"


@dataclass(frozen=True)
class Connection:
    name: str
    url: str
    version: str = AUTO
    authcfg: str = ""


def _key(name: str, item: str) -> str:
    return f"{GROUP}/{name.replace('/', '_')}/{item}"


def names() -> List[str]:
    return sorted(settings.child_groups(GROUP), key=str.lower)


def load(name: str) -> Optional[Connection]:
    url = settings.value(_key(name, "url"), "", str)
    if not url:
        return None
    version = settings.value(_key(name, "version"), AUTO, str)
    authcfg = settings.value(_key(name, "authcfg"), "", str)
    return Connection(name, url, version if version in VERSIONS else AUTO, authcfg)


def save(connection: Connection) -> None:
    if not connection.name.strip() or not connection.url.strip():
        raise ValueError("a connection needs a name and a URL")
    settings.set_value(_key(connection.name, "url"), connection.url.strip())
    settings.set_value(_key(connection.name, "version"), connection.version)
    settings.set_value(_key(connection.name, "authcfg"), connection.authcfg or "")


def delete(name: str) -> None:
    settings.remove(f"{GROUP}/{name.replace('/', '_')}")
