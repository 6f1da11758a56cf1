# SPDX-License-Identifier: GPL-2.0-or-later
"""Palveluverkko: planning Finland's shared public customer service network."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """QGIS plugin entry point."""
    from .plugin import PalveluverkkoPlugin

    return PalveluverkkoPlugin(iface)
