"""Putting a language into effect: Qt's translators, the default locale and the core's hook.

English is the source language: choosing it loads only a small catalogue of its plural forms
("1 rep", "2 reps" from "%n reps", which Qt cannot make on its own), not Qt's, and installs
no hook in the pure core.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mobility_app import i18n, paths

log = logging.getLogger("mobility.language")

CATALOG_PREFIX = "mobility_app_"  # mobility_app_es.qm: interface and exercise content


def translations_dir() -> Path:
    """Where the compiled .qm files are (scripts/translations.py writes them from the .ts)."""
    return paths.assets_dir() / "translations"


def has_translation(language: str) -> bool:
    compiled = translations_dir() / f"{CATALOG_PREFIX}{language}.qm"
    return language == i18n.SOURCE_LANGUAGE or compiled.is_file()


def available_languages() -> tuple[str, ...]:
    """The languages that can be shown now: English and every one whose .qm is present."""
    return tuple(tag for tag in i18n.LANGUAGES if has_translation(tag))


_installed: list[QTranslator] = []
_warned_no_plurals = False


def _warn_no_plurals() -> None:
    # English needs its small catalogue only for plural forms; without it "1 reps" shows.
    global _warned_no_plurals
    _warned_no_plurals = True
    log.warning("No English plural forms in %s (run scripts/setup.sh)", translations_dir())


def _load_catalogue(language: str) -> bool:
    """Queue our catalogue for `language` (and Qt's own, for other languages) for installing."""
    ours = QTranslator()
    if not ours.load(f"{CATALOG_PREFIX}{language}", str(translations_dir())):
        return False
    _installed.append(ours)
    # Qt's own strings (standard buttons, context menus), where Qt ships them.
    qt_base = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != i18n.SOURCE_LANGUAGE and qt_base.load(f"qtbase_{language}", qt_dir):
        _installed.append(qt_base)
    return True


_current = i18n.SOURCE_LANGUAGE


def current_language() -> str:
    """The language the interface speaks now (its words; the locale formats the numbers)."""
    return _current


def apply_language(language: str) -> str:
    """Show the interface in `language` from now on; returns the language actually applied
    (English when its file is missing, which is logged).

    Widgets built before the call keep their text: callers rebuild what is on screen.
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    applied = language
    if not _load_catalogue(language):
        if language != i18n.SOURCE_LANGUAGE:
            log.warning("No translation for %r in %s: English", language, translations_dir())
            applied = i18n.SOURCE_LANGUAGE
        if not _load_catalogue(i18n.SOURCE_LANGUAGE) and not _warned_no_plurals:
            _warn_no_plurals()
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    # Numbers, dates and the decimal separator follow the system's locale, unless it speaks
    # another language than the one shown: a Spanish page never mixes "3.5" into its text,
    # while es_MX keeps its region and an English page keeps a German system's "3,5".
    system = QLocale.system()
    same_language = system.name().split("_")[0] == applied
    locale = system if same_language or applied == i18n.SOURCE_LANGUAGE else QLocale(applied)
    QLocale.setDefault(locale)
    i18n.set_decimal_point(locale.decimalPoint())
    i18n.install(None if applied == i18n.SOURCE_LANGUAGE else _qt_translate)
    _current = applied
    # DEBUG only: in the kiosk each visitor's choice would otherwise leave a timed trace.
    log.debug("Language: %s (locale %s)", applied, locale.name())
    return applied


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
