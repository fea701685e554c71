"""Themes and text scale: high-contrast ratios, unscaled base font, settings reach the app."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mobility_app.ui import style
from mobility_app.ui.main_window import MainWindow
from mobility_app.ui.theme import (
    HIGH_CONTRAST_MINIMUM,
    apply_theme,
    contrast_ratio,
    high_contrast_palette,
    relative_luminance,
)

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.Link, R.Base),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
]


@pytest.fixture
def app(qapp):
    """The application, put back to the system theme at normal size afterwards."""
    yield qapp
    apply_theme(qapp, "system", 100)


def test_wcag_luminance_and_contrast_match_the_reference_values():
    assert relative_luminance(QColor("#FFFFFF")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    # #767676 on white is the well-known 4.54:1 grey.
    assert contrast_ratio(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("fore", "back"), TEXT_PAIRS)
def test_high_contrast_text_pairs_reach_seven_to_one(fore, back):
    palette = high_contrast_palette()
    ratio = contrast_ratio(palette.color(fore), palette.color(back))
    assert ratio >= HIGH_CONTRAST_MINIMUM, f"{fore.name}/{back.name}: {ratio:.1f}:1"


def test_app_colours_keep_seven_to_one_on_high_contrast(app):
    apply_theme(app, "high-contrast", 100)
    palette = QApplication.palette()
    window = palette.color(R.Window)
    assert style.is_dark(palette)
    for colour in (style.accent(palette), style.warning_colour(palette)):
        assert contrast_ratio(colour, window) >= HIGH_CONTRAST_MINIMUM
    assert contrast_ratio(style.secondary_colour(palette), window) >= HIGH_CONTRAST_MINIMUM
    # Badges draw black text on the accent fill when the palette is dark.
    assert contrast_ratio(QColor("#000000"), style.accent(palette)) >= HIGH_CONTRAST_MINIMUM


def test_text_scale_doubles_the_font_without_compounding(app):
    base = app.font().pointSizeF()
    apply_theme(app, "system", 200)
    assert app.font().pointSizeF() == pytest.approx(2 * base)
    apply_theme(app, "dark", 200)
    assert app.font().pointSizeF() == pytest.approx(2 * base)
    apply_theme(app, "system", 150)
    assert app.font().pointSizeF() == pytest.approx(1.5 * base)
    apply_theme(app, "system", 100)
    assert app.font().pointSizeF() == pytest.approx(base)


def test_system_theme_restores_the_platform_palette(app):
    before = app.palette().color(R.Window)
    apply_theme(app, "high-contrast", 100)
    assert app.palette().color(R.Window) == QColor("#000000")
    apply_theme(app, "light", 100)
    assert not style.is_dark(app.palette())
    apply_theme(app, "dark", 100)
    assert style.is_dark(app.palette())
    apply_theme(app, "system", 100)
    assert app.palette().color(R.Window) == before


def test_theme_chosen_on_the_settings_page_reaches_the_app(app, qtbot, catalog, tmp_path):
    path = str(tmp_path / "settings.ini")
    window = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    base = app.font().pointSizeF()
    window.show_page("settings")
    page = window.settings_page
    with qtbot.waitSignal(window.preferencesChanged):
        page.theme.setCurrentIndex(page.theme.findData("high-contrast"))
    assert window.preferences.theme == "high-contrast"
    assert app.palette().color(R.Window) == QColor("#000000")
    # The settings page was built again in the new theme, and is still the one shown.
    assert window.current_page == "settings"
    page = window.settings_page
    assert page.theme.currentData() == "high-contrast"
    with qtbot.waitSignal(window.preferencesChanged):
        page.text_scale.setCurrentIndex(page.text_scale.findData(200))
    assert app.font().pointSizeF() == pytest.approx(2 * base)
    # Pages built after the change take their fonts from the scaled application font.
    heading = window.library_page.findChildren(type(page.back_button))
    assert heading and heading[0].font().pointSizeF() == pytest.approx(2 * base)
    again = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.preferences.theme, again.preferences.text_scale) == ("high-contrast", 200)


def test_rebuild_keeps_a_routine_that_is_running(app, qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show_entry("wall-lean")
    window.exercise_page.start_button.click()
    player = window.player_page
    window._rebuild_pages()
    assert window.player_page is player and window.current_page == "player"
    player.shutdown()
