"""Translation hooks for every module, Qt or not, and the choice of language.

The convention, which lets `pyside6-lupdate` find every string (it reads calls by name, with
literal arguments only):

- In a QObject subclass: ``self.tr("Text")``; the context is the class's name.
- Anywhere else, including the pure core: ``translate("Context", "Text")`` from this module.
- A string kept in a constant and translated later: ``QT_TRANSLATE_NOOP("Context", "Text")``
  where it is defined, ``translate("Context", value)`` where it is shown.
- Values go in as ``%1``, ``%2`` (filled by `fill`, so a translator may reorder them).
- Counts, which need plural forms: ``self.tr("%n reps", "", count)`` (or ``SomeQObject.tr``)
  only. lupdate marks a ``translate()`` message as plural only when its count is a literal
  number, so a count passed to `translate` would show the English plural; the pure core hands
  counts to the interface rather than wording them (tests/i18n checks this too).
- Never an f-string or pieces of a sentence glued together: a translator needs whole
  sentences (tests/i18n checks that every call has literal text).

The pure core must not import Qt, so `translate` here only forwards to whatever translator the
application installs (`install`): the GUI and kiosk install QCoreApplication.translate once the
language is chosen; the command line installs none and speaks English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# context, source text, disambiguation, count (-1 for none) -> text to show
Translator = Callable[[str, str, "str | None", int], str]

SOURCE_LANGUAGE = "en"
# The languages with a complete translation; the first is the one the source is written in.
LANGUAGES: tuple[str, ...] = ("en", "es")
# Each language's name in that language, for pickers a person who cannot read English can use.
NATIVE_NAMES: Mapping[str, str] = {"en": "English", "es": "Español"}


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def install(translator: Translator | None) -> None:
    """Use `translator` for every later `translate` call (None: back to the English source)."""
    global _translator
    _translator = translator if translator is not None else _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language; `%n` becomes `n` in the right plural form."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation without translating it now (see the module's docstring)."""
    del context
    return text


_decimal_point = "."


def set_decimal_point(point: str) -> None:
    """The separator `number` writes: the application sets its locale's (Spanish ",")."""
    global _decimal_point
    _decimal_point = point or "."


def number(value: float, decimal_point: str | None = None) -> str:
    """A number as the interface writes it: '0.5' in English, '0,5' in Spanish; no '.0'.

    `decimal_point` overrides the interface's (a field's own locale, what a person typed).
    """
    return f"{value:g}".replace(".", decimal_point or _decimal_point)


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Qt's %1…%9 placeholders, filled in one pass (a value containing "%2" stays as it is)."""

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)


def choose_language(
    chosen: str, environ: Mapping[str, str], available: tuple[str, ...] = LANGUAGES
) -> str:
    """The language to show: the person's choice if there is a translation for it, else the
    system locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in the order POSIX gives them
    precedence), else English.

    A tag is matched on its primary language: "es-MX", "es_AR.UTF-8" and "es" all mean "es".
    """
    for tag in (chosen, *_system_tags(environ)):
        primary = _primary_language(tag)
        if primary in available:
            return primary
    return SOURCE_LANGUAGE


def _system_tags(environ: Mapping[str, str]) -> list[str]:
    # LANGUAGE is a colon-separated priority list (GNU gettext); it counts only when the locale
    # is not "C" (gettext ignores it then), and LC_ALL overrides LC_MESSAGES overrides LANG.
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    tags: list[str] = []
    # No locale at all is the C locale too (a bare systemd service, say).
    if _primary_language(locale) not in ("", "c", "posix"):
        tags.extend(part for part in environ.get("LANGUAGE", "").split(":") if part)
    tags.append(locale)
    return tags


def _primary_language(tag: str) -> str:
    """'es_ES.UTF-8@euro' -> 'es'; 'pt-BR' -> 'pt'; '' -> ''."""
    return re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].lower()
