"""The main window's menu bar (File, View, Help) and the two dialogs the Help menu opens.

The texts keep the "MainWindow" translation context they have always had, so moving them here
changed no translation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from mobility_app import __version__, display_name
from mobility_app.i18n import fill, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from mobility_app.ui.data_actions import DataActions
    from mobility_app.ui.main_window import MainWindow
    from mobility_app.ui.shortcuts_help import ShortcutsDialog


class Menus:
    """Builds the menus on `window`; keeps the actions the window changes later."""

    def __init__(self, window: MainWindow) -> None:
        from mobility_app.ui.data_actions import DataActions

        self._window = window
        bar = window.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        # "Ctrl" is ⌘ on macOS; Ctrl+, is the usual settings shortcut there and elsewhere.
        settings = self._action(translate("MainWindow", "&Settings…"), window.show_settings,
                                "Ctrl+,")  # fmt: skip
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(settings)
        # Import, export, back up and restore; disabled (saying why) until storage is open.
        self.data_actions: DataActions = DataActions(window)
        self.data_actions.add_to_menu(file_menu, before=settings)
        file_menu.addSeparator()
        # Not StandardKey.Quit: some platform themes map it to nothing.
        quit_action = self._action(translate("MainWindow", "&Quit"), window.close, "Ctrl+Q")
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        pages = (
            (translate("MainWindow", "Exercise &library"), window.show_library, "Ctrl+L",
             "Alt+Left"),
            (translate("MainWindow", "&Routines"), window.show_routines, "Ctrl+R"),
            (translate("MainWindow", "&Progress"), window.show_progress, "Ctrl+H"),
            (translate("MainWindow", "&Session log"), window.show_session_log, "Ctrl+J"),
            (translate("MainWindow", "Knee-to-wall &test"), window.show_test, "Ctrl+T"),
        )  # fmt: skip
        for text, slot, *keys in pages:
            view_menu.addAction(self._action(text, slot, *keys))
        view_menu.addSeparator()
        self.reduce_motion = QAction(translate("MainWindow", "&Reduce motion"), window)
        self.reduce_motion.setCheckable(True)
        self.reduce_motion.setChecked(window.preferences.reduced_motion)
        self.reduce_motion.setToolTip(
            translate(
                "MainWindow",
                "Show the key positions of each demonstration side by side, without movement",
            )
        )
        self.reduce_motion.toggled.connect(window.set_reduced_motion)
        view_menu.addAction(self.reduce_motion)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts = self._action(
            translate("MainWindow", "&Keyboard shortcuts"), window.show_shortcuts, "F1"
        )
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        about = translate("MainWindow", "&About %1")
        about_action = self._action(fill(about, display_name()), window.show_about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about_action)

    def _action(
        self, text: str, slot: Callable[[], object], *shortcuts: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        return action

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show the setting without acting on it again."""
        self.reduce_motion.blockSignals(True)
        self.reduce_motion.setChecked(reduced)
        self.reduce_motion.blockSignals(False)


def open_shortcuts(window: MainWindow) -> ShortcutsDialog:
    """The F1 list of every shortcut; the global ones are read from the menus."""
    from mobility_app.ui.shortcuts_help import ShortcutsDialog

    bar = window.menuBar()
    actions = [a for menu in bar.actions() if menu.menu() for a in menu.menu().actions()]
    dialog = ShortcutsDialog(actions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_about(window: MainWindow) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # imported when opened: see DataActions' dialogs

    # open(), not exec(): a nested event loop would hold up whoever asked for the box (a
    # screen reader's "press" on the menu item waits for its answer until the box closes).
    box = QMessageBox(
        QMessageBox.Icon.Information,
        fill(translate("MainWindow", "About %1"), display_name()),
        about_text(),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("aboutBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def about_text() -> str:
    text = translate(
        "MainWindow",
        "<h3>%1 %2</h3><p>Learn ankle dorsiflexion mobility exercises and track the "
        "knee-to-wall test. Everything stays on this computer: no account, no network.</p>"
        "<p>This program does not replace advice from a physiotherapist or doctor.</p>",
    )
    return fill(text, display_name(), __version__)
