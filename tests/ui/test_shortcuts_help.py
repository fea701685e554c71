"""The F1 shortcuts list: opened from the Help menu, true to the pages, closed with Esc."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from mobility_app.ui.main_window import MainWindow
from mobility_app.ui.player_page import PlayerPage
from mobility_app.ui.shortcuts_help import ShortcutsDialog, page_sections


def _open(qtbot, catalog) -> tuple[MainWindow, ShortcutsDialog]:
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    help_menu = window.menuBar().actions()[2].menu()
    action = next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    return window, dialog


def test_f1_opens_the_list_with_the_players_space(qtbot, catalog):
    _window, dialog = _open(qtbot, catalog)
    text = dialog.plain_text()
    assert "Player" in text and "Space" in text and "pause or resume" in text
    # Global shortcuts come from the menus themselves.
    for keys in ("Ctrl+L", "Alt+Left", "Ctrl+R", "Ctrl+T", "Ctrl+H", "Ctrl+J", "Ctrl+,", "F1"):
        assert keys in text, keys
    assert "Ctrl+Q" in text and "Ctrl+Z" in text and "Ctrl+S" in text


def test_esc_closes_the_list(qtbot, catalog):
    _window, dialog = _open(qtbot, catalog)
    assert dialog.browser.hasFocus() or dialog.focusWidget() is not None
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_player_rows_match_the_players_shortcuts(qtbot):
    page = PlayerPage()
    qtbot.addWidget(page)
    real = {
        s.key().toString(QKeySequence.SequenceFormat.NativeText)
        for s in page.findChildren(QShortcut)
    }
    listed = {keys for keys, _ in dict(page_sections())["Player"]}
    assert real == listed
