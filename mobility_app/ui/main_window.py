"""The main window: menus, and a stack of pages (library, exercise detail)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from mobility_app import APP_NAME, __version__
from mobility_app.catalog import Catalog
from mobility_app.ui.library_page import LibraryPage

if TYPE_CHECKING:
    from mobility_app.ui.exercise_page import ExercisePage

log = logging.getLogger("mobility.ui")


class MainWindow(QMainWindow):
    """Owns the pages and the menus; the logic lives in the packages the pages call."""

    pageChanged = Signal(str)

    def __init__(
        self, catalog: Catalog, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._settings = settings
        self._animation_time = 0.0
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)

        self._stack = QStackedWidget(self)
        self.library_page = LibraryPage(catalog)
        self.library_page.entryActivated.connect(self.show_entry)
        self._stack.addWidget(self.library_page)
        # Built on first use: the library is what a person sees first, so it paints sooner.
        self._exercise_page: ExercisePage | None = None
        self.setCentralWidget(self._stack)
        self._reduced_motion = False
        self._build_menus()
        self.resize(1100, 760)
        self._restore_geometry()
        if settings is not None and settings.value("view/reduced_motion", False, bool):
            self.set_reduced_motion(True)

    # -- navigation ---------------------------------------------------------------------------

    @property
    def exercise_page(self) -> ExercisePage:
        if self._exercise_page is None:
            from mobility_app.ui.exercise_page import ExercisePage

            self._exercise_page = ExercisePage()
            self._exercise_page.backRequested.connect(self.show_library)
            self._exercise_page.demonstration.set_reduced_motion(self._reduced_motion)
            self._stack.addWidget(self._exercise_page)
        return self._exercise_page

    @property
    def current_page(self) -> str:
        page = self._exercise_page
        if page is not None and self._stack.currentWidget() is page and page.entry:
            return f"exercise:{page.entry.id}"
        return "library"

    def show_library(self) -> None:
        self._stack.setCurrentWidget(self.library_page)
        previous = self._exercise_page.entry if self._exercise_page else None
        for card in self.library_page.cards:
            if previous is not None and card.entry_id == previous.id:
                card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pageChanged.emit(self.current_page)

    def show_entry(self, entry_id: str) -> None:
        entry = self.catalog.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        self.exercise_page.show_entry(entry)
        self._stack.setCurrentWidget(self.exercise_page)
        self.exercise_page.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pageChanged.emit(self.current_page)

    def show_page(self, page: str) -> None:
        """Open a page by its command-line name: 'library' or 'exercise:<id>'."""
        if page == "library":
            self.show_library()
        elif page.startswith("exercise:"):
            self.show_entry(page.partition(":")[2])
        else:
            raise KeyError(page)

    def set_animation_time(self, seconds: float) -> None:
        """Hold every demonstration still at `seconds` (for --screenshot --at)."""
        self._animation_time = seconds
        if self._exercise_page is not None:
            self._exercise_page.demonstration.pause()
            self._exercise_page.demonstration.set_time(seconds)

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show key positions side by side instead of moving figures (saved in the settings)."""
        self._reduce_motion_action.setChecked(reduced)
        self._reduced_motion = reduced
        if self._exercise_page is not None:
            self._exercise_page.demonstration.set_reduced_motion(reduced)
        if self._settings is not None:
            self._settings.setValue("view/reduced_motion", reduced)

    # -- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        # Not StandardKey.Quit: some platform themes map it to nothing. "Ctrl" is ⌘ on macOS.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        library_action = QAction(self.tr("Exercise &library"), self)
        library_action.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence("Alt+Left")])
        library_action.triggered.connect(self.show_library)
        view_menu.addAction(library_action)
        view_menu.addSeparator()
        self._reduce_motion_action = QAction(self.tr("&Reduce motion"), self)
        self._reduce_motion_action.setCheckable(True)
        self._reduce_motion_action.setToolTip(
            self.tr("Show the key positions of each demonstration side by side, without movement")
        )
        self._reduce_motion_action.toggled.connect(self.set_reduced_motion)
        view_menu.addAction(self._reduce_motion_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About %1").replace("%1", APP_NAME), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
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
        if self._settings is None:
            return
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and not self.restoreGeometry(geometry):
            log.info("Ignored a saved window geometry that no longer fits a screen")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.sync()
        super().closeEvent(event)
