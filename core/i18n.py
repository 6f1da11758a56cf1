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


HELP_LANGUAGES = ("en", "fi", "sv")


def help_file(language: str | None = None) -> str:
    """The bundled getting-started page (resources/help/getting_started_<lang>.html) in ``language``
    (default QGIS's), English for a language it is not written in."""
    import os

    language = language or locale_code()
    if language not in HELP_LANGUAGES:
        language = "en"
    here = os.path.dirname(os.path.dirname(__file__))
    return os.path.join(here, "resources", "help", f"getting_started_{language}.html")


def help_url(anchor: str = "", language: str | None = None):
    """A file URL of :func:`help_file`, at ``anchor`` (e.g. ``missing-tools``)."""
    from qgis.PyQt.QtCore import QUrl

    url = QUrl.fromLocalFile(help_file(language))
    if anchor:
        url.setFragment(anchor)
    return url


def collation_order(names, language: str | None = None) -> list:
    """Indices of ``names`` in the order of ``language``'s collation (default QGIS's): in Finnish and
    Swedish å, ä, ö come after z; in English they sort with a and o. Equal names keep their order."""
    import functools

    from qgis.PyQt.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(language or locale_code()))
    compare = functools.cmp_to_key(collator.compare)
    return sorted(range(len(names)), key=lambda i: compare(str(names[i])))
