"""The pure translation hooks: choosing the language, filling placeholders, the fallback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mobility_app import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.install(None)


@pytest.mark.parametrize(
    ("chosen", "environ", "expected"),
    [
        ("", {}, "en"),
        ("", {"LANG": "es_ES.UTF-8"}, "es"),
        ("", {"LANG": "es_MX"}, "es"),
        ("", {"LANG": "en_GB.UTF-8", "LC_ALL": "es_AR.UTF-8"}, "es"),  # LC_ALL wins over LANG
        ("", {"LANG": "es_ES.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ("", {"LANG": "de_DE.UTF-8"}, "en"),  # no German: the source language
        ("", {"LANG": "de_DE.UTF-8", "LANGUAGE": "de:es:en"}, "es"),  # gettext's priority list
        ("", {"LANG": "C", "LANGUAGE": "es"}, "en"),  # gettext ignores LANGUAGE under C
        ("", {"LANGUAGE": "es"}, "en"),  # and with no locale set at all, which is C
        ("", {"LC_ALL": "C.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),
        ("es", {"LANG": "en_US.UTF-8"}, "es"),  # the person's choice wins
        ("en", {"LANG": "es_ES.UTF-8"}, "en"),
        ("es-MX", {}, "es"),
        ("fr", {"LANG": "es_ES"}, "es"),  # a chosen language with no translation: the system's
    ],
)
def test_the_language_follows_the_choice_then_the_system_then_english(
    chosen: str, environ: dict[str, str], expected: str
) -> None:
    assert i18n.choose_language(chosen, environ) == expected


def test_fill_replaces_each_placeholder_once_in_any_order() -> None:
    assert i18n.fill("%2 de %1", "B", "A") == "A de B"
    # A value that itself looks like a placeholder is not filled again.
    assert i18n.fill("%1 and %2", "%2", "x") == "%2 and x"
    assert i18n.fill("%1 %3", "a") == "a %3"


def test_without_a_translator_the_source_text_is_shown_with_its_count() -> None:
    assert i18n.translate("Ctx", "Start") == "Start"
    assert i18n.translate("Ctx", "%n reps", None, 12) == "12 reps"


def test_an_installed_translator_answers_every_call_until_removed() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def fake(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return text.upper()

    i18n.install(fake)
    assert i18n.translate("Ctx", "start", "verb", 3) == "START"
    assert calls == [("Ctx", "start", "verb", 3)]
    i18n.install(None)
    assert i18n.translate("Ctx", "start") == "start"


def test_noop_marks_without_translating() -> None:
    i18n.install(lambda *_: "translated")
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Hold") == "Hold"


def test_numbers_use_the_interface_decimal_point() -> None:
    try:
        assert i18n.number(0.5) == "0.5" and i18n.number(30.0) == "30"
        i18n.set_decimal_point(",")
        assert i18n.number(0.5) == "0,5" and i18n.number(12.25) == "12,25"
    finally:
        i18n.set_decimal_point(".")
