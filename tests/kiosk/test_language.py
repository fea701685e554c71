"""The kiosk's languages: the picker, every screen rebuilt, and the next visitor's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from mobility_app import i18n
from mobility_app.cli import ScreenshotRequest
from mobility_app.kiosk.config import KioskConfig
from mobility_app.kiosk.languages import configured_language
from mobility_app.kiosk.launch import render_attract, start_language

LEFT = Qt.MouseButton.LeftButton
SPANISH_START = "Toca la pantalla para empezar"
ENGLISH_START = "Touch the screen to start"


def touch_attract(window, qtbot) -> None:
    qtbot.mouseClick(window.attract, LEFT, pos=window.attract.rect().center())


def idle_out(window, clocks, qtbot) -> None:
    """Leave the kiosk alone until it resets for the next visitor."""
    with qtbot.waitSignal(window.sessionReset, timeout=1000):
        clocks.idle.advance(window.config.idle_seconds + window.config.warning_seconds)
        window.poll_idle()


def choose(window, qtbot, tag: str) -> None:
    picker = window.language_picker()
    with qtbot.waitSignal(window.languageChanged, timeout=1000) as changed:
        qtbot.mouseClick(picker.buttons[tag], LEFT)
    assert changed.args == [tag]


def label_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_picking_spanish_shows_the_home_in_spanish_and_a_reset_returns_to_english(
    make_kiosk, qtbot, kiosk_catalog, spanish_catalogue
):
    window, clocks = make_kiosk()
    assert window.language == window.home_language == "en"
    touch_attract(window, qtbot)
    picker = window.session.home.language_picker
    assert picker.isVisible()
    assert [b.text() for b in picker.buttons.values()] == ["English", "Español"]
    assert picker.buttons["en"].isChecked() and not picker.buttons["es"].isChecked()

    choose(window, qtbot, "es")
    home = window.session.home
    qtbot.waitUntil(home.isVisible)
    assert window.session.current() is home  # a fresh home, in the new language
    assert home.start_over.text() == "Empezar de nuevo"
    assert "Elige un ejercicio para aprender" in label_texts(home)
    assert home.test_tile is not None and home.test_tile.title == "Haz la prueba de tobillo"
    # The exercises come from the catalogue, localised again from the English kept.
    wall = kiosk_catalog.get("wall-lean")
    spanish_name = QCoreApplication.translate("exercise:wall-lean", wall.name)
    assert home.tiles["wall-lean"].title == spanish_name
    assert home.language_picker.buttons["es"].isChecked()
    # Every screen behind it too: the loop, the overlays, the window's title.
    assert window.attract.band.text == SPANISH_START
    assert window.warning.title.text() == "¿Sigues ahí?"
    assert window.windowTitle() == "Quiosco de Movilidad de tobillo"

    # The test's numbers and its QR code speak Spanish, with a decimal comma.
    window.session.open_test()
    test = window.session.test
    test.show_entry()
    test.type_text("left", "11,5")
    test.type_text("right", "10")
    test.show_result()
    assert test.qr.text().startswith("Prueba rodilla-pared 2026-11-24: izquierda 11,5 cm")
    assert test.qr_text_label.text() == test.qr.text()

    idle_out(window, clocks, qtbot)
    assert window.language == "en"
    assert window.attract.band.text == ENGLISH_START
    assert window.attract.language_picker.buttons["en"].isChecked()
    assert window.warning.title.text() == "Still there?"
    assert i18n.translate("HomeView", "Start over") == "Start over"
    touch_attract(window, qtbot)
    home = window.session.home
    assert home.start_over.text() == "Start over"
    assert "Choose an exercise to learn" in label_texts(home)
    assert home.tiles["wall-lean"].title == wall.name


def test_start_over_also_returns_to_the_clinics_language(make_kiosk, qtbot, spanish_catalogue):
    window, _ = make_kiosk()
    touch_attract(window, qtbot)
    choose(window, qtbot, "es")
    qtbot.mouseClick(window.session.home.start_over, LEFT)
    assert not window.in_session()
    assert window.language == "en" and window.attract.band.text == ENGLISH_START


def test_a_language_chosen_on_the_attract_loop_is_undone_for_the_next_visitor(
    make_kiosk, qtbot, spanish_catalogue
):
    window, clocks = make_kiosk()
    assert window.attract.language_picker.isVisible()
    choose(window, qtbot, "es")
    assert not window.in_session()  # choosing a language is not the touch that starts
    assert window.attract.isVisible() and window.attract.band.text == SPANISH_START
    # An abandoned choice is timed like a session…
    assert window.idle.state == "active"
    idle_out(window, clocks, qtbot)
    assert window.language == "en" and window.attract.band.text == ENGLISH_START
    # …and choosing the clinic's language again needs no timing at all.
    choose(window, qtbot, "es")
    choose(window, qtbot, "en")
    assert window.idle.state == "attract"


def test_each_visitor_starts_in_the_configured_language(make_kiosk, qtbot, spanish_catalogue):
    window, clocks = make_kiosk(language="es")
    assert window.language == window.home_language == "es"
    assert window.attract.band.text == SPANISH_START
    choose(window, qtbot, "en")
    touch_attract(window, qtbot)
    assert window.session.home.start_over.text() == "Start over"
    idle_out(window, clocks, qtbot)
    assert window.language == "es" and window.attract.band.text == SPANISH_START


def test_a_configured_region_keeps_its_number_format(make_kiosk, qtbot, spanish_catalogue):
    window, _ = make_kiosk(language="es-MX")
    assert window.home_language == "es"
    assert window.attract.band.text == SPANISH_START
    assert QLocale().decimalPoint() == "."  # Mexico writes 11.5, Spain 11,5
    window.start_session()
    window.session.open_test()
    test = window.session.test
    assert "." in test.keypad.keys and "," not in test.keypad.keys
    test.show_entry()
    test.type_text("left", "11.5")
    test.show_result()
    assert test.qr.text().startswith("Prueba rodilla-pared 2026-11-24: izquierda 11.5 cm")


def test_without_a_configured_language_the_systems_is_used(
    make_kiosk, monkeypatch, spanish_catalogue
):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    window, _ = make_kiosk()
    assert window.home_language == "es"
    assert window.attract.band.text == SPANISH_START


def test_the_picker_is_reachable_by_keyboard_and_each_button_is_named(
    make_kiosk, qtbot, spanish_catalogue
):
    window, _ = make_kiosk()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    attract = window.attract
    # Keys reach the loop (any key starts, like a touch); Tab leads to the picker.
    qtbot.waitUntil(attract.hasFocus)
    picker = attract.language_picker
    assert picker.accessibleName() == "Language"
    for tag, button in picker.buttons.items():
        assert button.accessibleName() == i18n.NATIVE_NAMES[tag]
        assert button.accessibleDescription()
        assert button.width() >= 48 and button.height() >= 48

    qtbot.keyClick(attract, Qt.Key.Key_Tab)
    qtbot.waitUntil(picker.buttons["en"].hasFocus)
    assert picker.buttons["en"].keyboard_focus  # so its focus ring shows
    qtbot.keyClick(picker.buttons["en"], Qt.Key.Key_Tab)
    qtbot.waitUntil(picker.buttons["es"].hasFocus)
    with qtbot.waitSignal(window.languageChanged, timeout=1000):
        qtbot.keyClick(picker.buttons["es"], Qt.Key.Key_Space)
    assert not window.in_session()
    picker = window.attract.language_picker
    # The rebuilt picker keeps the keyboard where it was, and names itself in Spanish.
    qtbot.waitUntil(picker.buttons["es"].hasFocus)
    assert picker.accessibleName() == "Idioma"
    assert [b.accessibleName() for b in picker.buttons.values()] == ["English", "Español"]

    qtbot.keyClick(picker.buttons["es"], Qt.Key.Key_Backtab)
    qtbot.waitUntil(picker.buttons["en"].hasFocus)
    with qtbot.waitSignal(window.languageChanged, timeout=1000):
        qtbot.keyClick(picker.buttons["en"], Qt.Key.Key_Return)
    assert window.language == "en"


def test_the_home_picker_is_reachable_by_keyboard(make_kiosk, qtbot, spanish_catalogue):
    window, _ = make_kiosk()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    touch_attract(window, qtbot)
    buttons = window.session.home.language_picker.buttons
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any(b.hasFocus() for b in buttons.values()))
    focused = next(b for b in buttons.values() if b.hasFocus())
    if focused.tag != "es":
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        qtbot.waitUntil(buttons["es"].hasFocus)
    with qtbot.waitSignal(window.languageChanged, timeout=1000):
        qtbot.keyClick(buttons["es"], Qt.Key.Key_Space)
    assert window.session.home.start_over.text() == "Empezar de nuevo"


def test_with_one_language_there_is_no_picker(make_kiosk, monkeypatch):
    monkeypatch.setattr("mobility_app.kiosk.shell.available_languages", lambda: ("en",))
    window, _ = make_kiosk()
    assert window.attract.language_picker.isHidden()
    window.start_session()
    assert window.session.home.language_picker.isHidden()


@pytest.mark.parametrize(
    ("language", "environ", "available", "expected"),
    [
        ("", {"LANG": "es_ES.UTF-8"}, ("en", "es"), "es"),
        ("", {"LANG": "C"}, ("en", "es"), "en"),
        ("es", {"LANG": "en_GB.UTF-8"}, ("en", "es"), "es"),
        ("es-MX", {}, ("en", "es"), "es"),
        ("fr", {"LANG": "es_AR.UTF-8"}, ("en", "es"), "es"),  # no French: the system's
        ("es", {"LANG": "es_ES.UTF-8"}, ("en",), "en"),  # no Spanish compiled
    ],
)
def test_the_configured_language(language, environ, available, expected):
    config = KioskConfig(language=language)
    assert configured_language(config, environ, available) == expected


def test_the_attract_screenshot_is_in_the_kiosks_language(
    qapp, tmp_path, kiosk_catalog, spanish_catalogue
):
    config = KioskConfig(language="es")
    assert start_language(config) == "es"
    exercises = [e for e in kiosk_catalog.exercises if e.dose is not None]
    request = ScreenshotRequest(tmp_path / "kiosk.png", "kiosk", 1280, 800, 1.0)
    assert render_attract(config, exercises, request) == 0
    assert i18n.translate("AttractView", ENGLISH_START) == SPANISH_START
