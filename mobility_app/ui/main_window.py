"""The main window: menus, and a stack of pages that are built when first shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from mobility_app import APP_NAME, __version__
from mobility_app.catalog import Catalog
from mobility_app.settings import Settings
from mobility_app.ui import settings_store
from mobility_app.ui.library_page import LibraryPage

if TYPE_CHECKING:
    from mobility_app.ui.exercise_page import ExercisePage
    from mobility_app.ui.settings_page import SettingsPage

log = logging.getLogger("mobility.ui")


class MainWindow(QMainWindow):
    """Navigates between pages and owns the menus; the logic lives in what the pages call."""

    pageChanged = Signal(str)
    preferencesChanged = Signal(object)  # Settings

    def __init__(
        self, catalog: Catalog, store: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._store = store
        self.preferences: Settings = settings_store.load(store)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)

        self._stack = QStackedWidget(self)
        self.library_page = LibraryPage(catalog)
        self.library_page.entryActivated.connect(self.show_entry)
        self._stack.addWidget(self.library_page)
        self.setCentralWidget(self._stack)
        # Other pages are built on first use: the library is what a person sees first, so
        # it paints sooner, and pages never opened cost nothing.
        self._pages: dict[str, QWidget] = {}
        self._current = "library"
        self._build_menus()
        self.resize(1100, 760)
        self._restore_geometry()

    # -- pages --------------------------------------------------------------------------------

    def _page(self, name: str, build: Callable[[], QWidget]) -> QWidget:
        if name not in self._pages:
            page = build()
            self._pages[name] = page
            self._stack.addWidget(page)
        return self._pages[name]

    @property
    def exercise_page(self) -> ExercisePage:
        def build() -> QWidget:
            from mobility_app.ui.exercise_page import ExercisePage

            page = ExercisePage()
            page.backRequested.connect(self.show_library)
            page.demonstration.set_reduced_motion(self.preferences.reduced_motion)
            return page

        return self._page("exercise", build)  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        def build() -> QWidget:
            from mobility_app.ui.settings_page import SettingsPage

            page = SettingsPage(self.preferences)
            page.backRequested.connect(self.show_library)
            page.settingsChanged.connect(self.apply_preferences)
            return page

        return self._page("settings", build)  # type: ignore[return-value]

    def _show(self, page: QWidget, name: str) -> None:
        self._stack.setCurrentWidget(page)
        self._current = name
        self.pageChanged.emit(name)

    # -- navigation ---------------------------------------------------------------------------

    @property
    def current_page(self) -> str:
        return self._current

    def show_library(self) -> None:
        previous = self._current
        self._show(self.library_page, "library")
        # Keyboard users keep their place: focus returns to the card they opened.
        for card in self.library_page.cards:
            if previous == f"exercise:{card.entry_id}":
                card.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_entry(self, entry_id: str) -> None:
        entry = self.catalog.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        page = self.exercise_page
        page.show_entry(entry)
        self._show(page, f"exercise:{entry_id}")
        page.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_settings(self) -> None:
        page = self.settings_page
        page.set_settings(self.preferences)
        self._show(page, "settings")

    def show_page(self, page: str) -> None:
        """Open a page by its command-line name: library, exercise:<id>, settings."""
        if page == "library":
            self.show_library()
        elif page.startswith("exercise:"):
            self.show_entry(page.partition(":")[2])
        elif page == "settings":
            self.show_settings()
        else:
            raise KeyError(page)

    def set_animation_time(self, seconds: float) -> None:
        """Hold every demonstration still at `seconds` (for --screenshot --at)."""
        if "exercise" in self._pages:
            self.exercise_page.demonstration.pause()
            self.exercise_page.demonstration.set_time(seconds)

    # -- preferences --------------------------------------------------------------------------

    def apply_preferences(self, preferences: Settings) -> None:
        """Use and save new preferences; every open page follows them."""
        self.preferences = preferences
        settings_store.save(self._store, preferences)
        self._reduce_motion_action.blockSignals(True)
        self._reduce_motion_action.setChecked(preferences.reduced_motion)
        self._reduce_motion_action.blockSignals(False)
        if "exercise" in self._pages:
            self.exercise_page.demonstration.set_reduced_motion(preferences.reduced_motion)
        if "settings" in self._pages and self._current != "settings":
            self.settings_page.set_settings(preferences)
        self.preferencesChanged.emit(preferences)

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show key positions side by side instead of moving figures."""
        from dataclasses import replace

        self.apply_preferences(replace(self.preferences, reduced_motion=reduced))

    # -- menus --------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], *shortcuts: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # "Ctrl" is ⌘ on macOS; Ctrl+, is the usual settings shortcut there and elsewhere.
        settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        # Not StandardKey.Quit: some platform themes map it to nothing.
        quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("Exercise &library"), self.show_library, "Ctrl+L", "Alt+Left")
        )
        view_menu.addSeparator()
        self._reduce_motion_action = QAction(self.tr("&Reduce motion"), self)
        self._reduce_motion_action.setCheckable(True)
        self._reduce_motion_action.setChecked(self.preferences.reduced_motion)
        self._reduce_motion_action.setToolTip(
            self.tr("Show the key positions of each demonstration side by side, without movement")
        )
        self._reduce_motion_action.toggled.connect(self.set_reduced_motion)
        view_menu.addAction(self._reduce_motion_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = self._action(self.tr("&About %1").replace("%1", APP_NAME), self.show_about)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about_action)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME), self.about_text())

    def about_text(self) -> str:
        return (
            self.tr(
                "<h3>%1 %2</h3><p>Learn ankle dorsiflexion mobility exercises and track the "
                "knee-to-wall test. Everything stays on this computer: no account, no network.</p>"
                "<p>This program does not replace advice from a physiotherapist or doctor.</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
        )

    # -- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._store is None:
            return
        geometry = self._store.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and not self.restoreGeometry(geometry):
            log.info("Ignored a saved window geometry that no longer fits a screen")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._store is not None:
            self._store.setValue("window/geometry", self.saveGeometry())
            self._store.sync()
        super().closeEvent(event)
