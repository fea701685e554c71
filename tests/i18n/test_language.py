"""Putting a language into effect: Qt's translators, the locale, the core, the catalogue."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from mobility_app import display_name, paths
from mobility_app.catalog import load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.catalog.localize import localized, localized_catalog, translatable_texts
from mobility_app.ui.language import apply_language, available_languages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def restore_english(qapp) -> Iterator[None]:
    yield
    apply_language("en")


@pytest.fixture(scope="module")
def raw_catalog():
    return load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)


def test_spanish_is_available_once_compiled() -> None:
    assert available_languages() == ("en", "es")


def test_spanish_translates_qt_the_core_and_the_locale(restore_english) -> None:
    assert apply_language("es") == "es"
    assert QCoreApplication.translate("Application", "Ankle Mobility") == "Movilidad de tobillo"
    assert display_name() == "Movilidad de tobillo"  # through the pure core's hook
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().toString(3.5, "f", 1) == "3,5"
    # Qt's own words (standard buttons) come from Qt's Spanish catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_back_to_english_removes_every_translator(restore_english) -> None:
    apply_language("es")
    assert apply_language("en") == "en"
    assert display_name() == "Ankle Mobility"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() != QLocale.Language.Spanish


def test_a_language_without_a_translation_falls_back_to_english(restore_english, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="mobility.language"):
        assert apply_language("xx") == "en"
    assert "No translation for 'xx'" in caplog.text
    assert display_name() == "Ankle Mobility"


def test_every_shown_text_of_an_entry_is_offered_for_translation(raw_catalog) -> None:
    entry = raw_catalog.get("calf-raise")
    texts = list(translatable_texts(entry))
    assert entry.name in texts and entry.steps[-1] in texts and entry.sources[0] in texts
    assert entry.dose.note in texts and entry.dose.tempo[0].action in texts
    captions = [k["caption"] for k in entry.animation["keyframes"] if "caption" in k]
    assert captions and set(captions) <= set(texts)
    assert len(texts) == len(set(texts))


def test_the_catalogue_in_spanish_changes_every_text_and_no_figure(
    raw_catalog, restore_english
) -> None:
    apply_language("es")
    spanish = localized_catalog(raw_catalog)
    for raw, shown in zip(raw_catalog.entries, spanish.entries, strict=True):
        assert (shown.id == raw.id and shown.dose == raw.dose) or shown.dose.note != raw.dose.note
        assert shown.name != raw.name
        assert all(a != b for a, b in zip(raw.steps, shown.steps, strict=True))
        assert shown.animation is None or shown.animation != raw.animation
    wall = spanish.get("wall-lean")
    assert wall.dose.seconds == 30 and wall.dose.reps == 3  # figures untouched
    # The English catalogue it came from is unchanged.
    assert raw_catalog.get("wall-lean").name == "Wall lean stretch"


def test_a_custom_exercise_shows_as_written(raw_catalog, restore_english) -> None:
    from dataclasses import replace

    custom = replace(raw_catalog.get("wall-lean"), id="my-own", name="Mi estiramiento", custom=True)
    apply_language("es")
    shown = localized(custom)
    assert shown.name == "Mi estiramiento"
    assert shown.steps == custom.steps  # no translation for its context: as written


@pytest.mark.parametrize(
    ("environ", "settings", "expected"),
    [
        ({"LC_ALL": "es_ES.UTF-8"}, "", "es"),
        ({"LC_ALL": "es_ES.UTF-8"}, "language=en", "en"),
        ({"LC_ALL": "C.UTF-8"}, "language=es", "es"),
        ({"LC_ALL": "C.UTF-8", "LANG": "es_MX.UTF-8"}, "", "en"),  # LC_ALL wins
    ],
)
def test_the_app_starts_in_the_system_language_unless_one_is_chosen(
    tmp_path, environ, settings, expected
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    if settings:
        (data / "settings.ini").write_text(f"[preferences]\n{settings}\n")
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "mobility_app", "--data-dir", str(data), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env={**_base_env(), **environ},
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    log = (data / "logs" / "mobility-app.log").read_text(encoding="utf-8")
    assert f"Language: {expected} (locale " in log


def _base_env() -> dict[str, str]:
    import os

    keep = ("PATH", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    return {k: os.environ[k] for k in keep if k in os.environ} | {"QT_QPA_PLATFORM": "offscreen"}


def test_a_demonstration_shown_in_english_first_is_not_kept_for_spanish(
    raw_catalog, restore_english
) -> None:
    from mobility_app.catalog import entry_animation

    english = entry_animation(raw_catalog.get("wall-lean"))
    apply_language("es")
    spanish = entry_animation(localized(raw_catalog.get("wall-lean")))
    assert english is not None and spanish is not None
    assert [k.caption for k in english.keyframes] != [k.caption for k in spanish.keyframes]


def test_spanish_dose_rules_write_decimal_commas(restore_english) -> None:
    from mobility_app.routine.editing import limit_text

    apply_language("es")
    assert "0,5" in limit_text("tempo", "reps", "Baja despacio")
    apply_language("en")
    assert "0.5" in limit_text("tempo", "reps", "Lower slowly")


def test_english_has_its_plural_forms(restore_english) -> None:
    from mobility_app.ui.text import DoseText

    assert apply_language("en") == "en"
    assert DoseText.tr("%n reps", "", 1) == "1 rep"
    assert DoseText.tr("%n reps", "", 12) == "12 reps"
    apply_language("es")
    assert DoseText.tr("%n reps", "", 1) == "1 repetición"


def test_a_bad_custom_exercise_is_reported_in_the_language_shown(tmp_path) -> None:
    data = tmp_path / "data"
    (data / "exercises").mkdir(parents=True)
    (data / "exercises" / "mine.toml").write_text('schema = 1\nid = "mine"\n', encoding="utf-8")
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-c", _PROBLEMS, "--data-dir", str(data), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        env={**_base_env(), "LC_ALL": "es_ES.UTF-8"},
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "falta" in result.stdout and "missing" not in result.stdout


# Runs the app's start-up with a probe on the catalogue it loads: the problems' words.
_PROBLEMS = """
import sys
from mobility_app import app, cli
loaded = app.load_content
def probe(where, language="en"):
    catalog = loaded(where, language)
    print("PROBLEMS", [p.message for p in catalog.problems])
    return catalog
app.load_content = probe
sys.exit(cli.main(sys.argv[1:]))
"""
