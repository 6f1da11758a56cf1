# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks of the third-party Python packages the plugin needs.

QGIS ships numpy everywhere; scipy and shapely 2 are not always there
(Debian 12's python3-shapely is 1.8). Modules that need them call these at
import, so the provider can skip just those algorithms and say what to install.
"""
from __future__ import annotations


class MissingDependencyError(ImportError):
    """A required third-party package is missing or too old."""


def require_shapely2() -> None:
    try:
        import shapely
    except ImportError as error:
        raise MissingDependencyError(
            "the Python package shapely 2 is not installed (install it built against the GEOS that QGIS "
            "uses: pip install --no-binary shapely 'shapely>=2')",
            name="shapely",
        ) from error
    if int(shapely.__version__.split(".")[0]) < 2:
        raise MissingDependencyError(
            f"the Python package shapely is version {shapely.__version__}; version 2 or newer is needed "
            "(install it built against the GEOS that QGIS uses: pip install --no-binary shapely 'shapely>=2')",
            name="shapely",
        )
