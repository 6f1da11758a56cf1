# SPDX-License-Identifier: GPL-2.0-or-later
"""Translation helpers (no widgets)."""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    """Translate *text* in *context*; pylupdate reads the call sites' literals."""
    return QCoreApplication.translate(context, text)


def locale_code() -> str:
    """QGIS's UI language as a two-letter code (fi, sv, en, ...)."""
    from qgis.core import QgsApplication

    return (QgsApplication.locale() or "en")[:2].lower()


def translation_file(language: str) -> str:
    """Path of the compiled translation for ``language`` (may not exist)."""
    import os

    here = os.path.dirname(os.path.dirname(__file__))
    return os.path.join(here, "i18n", f"palveluverkko_{language}.qm")


def install_translator(language: str | None = None):
    """Load and install the plugin's translator for ``language`` (default QGIS's).

    Returns the installed ``QTranslator`` (keep it, and remove it on unload)
    or None when there is no translation for that language.
    """
    import os

    from qgis.PyQt.QtCore import QTranslator

    path = translation_file(language or locale_code())
    if not os.path.isfile(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
