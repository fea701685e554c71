"""The main window: menus, and a stack of pages that are built when first shown."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from mobility_app import display_name
from mobility_app.catalog import Catalog
from mobility_app.i18n import translate
from mobility_app.settings import Settings
from mobility_app.ui import settings_store
from mobility_app.ui.library_page import LibraryPage

if TYPE_CHECKING:
    from mobility_app.routine import Clock, RoutineItem
    from mobility_app.storage import Database, Details, Measurement
    from mobility_app.ui.exercise_page import ExercisePage
    from mobility_app.ui.player_page import PlayerPage
    from mobility_app.ui.progress_page import ProgressPage
    from mobility_app.ui.routine_editor import RoutineEditor
    from mobility_app.ui.session_log import SessionLogPage
    from mobility_app.ui.settings_page import SettingsPage
    from mobility_app.ui.test_page import TestPage

log = logging.getLogger("mobility.ui")


class MainWindow(QMainWindow):
    """Navigates between pages and owns the menus; the logic lives in what the pages call."""

    pageChanged = Signal(str)
    preferencesChanged = Signal(object)  # Settings

    def __init__(
        self,
        catalog: Catalog,
        store: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._store = store
        self._clock = clock  # the routines' timeline runs on it (tests give a manual one)
        self.preferences: Settings = settings_store.load(store)
        # Before any page is built: pages take their fonts and some colours when built. The
        # defaults (the system's colours, 100% text) need nothing applied, so a first start
        # does not even import the theme module.
        if (self.preferences.theme, self.preferences.text_scale) != ("system", 100):
            self._apply_theme(self.preferences)
        self.setWindowTitle(display_name())
        self.setMinimumSize(640, 480)

        self._stack = QStackedWidget(self)
        self.library_page = self._build_library()
        self._stack.addWidget(self.library_page)
        self.setCentralWidget(self._stack)
        # Other pages are built on first use: the library is what a person sees first, so
        # it paints sooner, and pages never opened cost nothing.
        self._pages: dict[str, QWidget] = {}
        self._current = "library"
        # Storage opens after the first paint (see app.run); until then, and if it cannot be
        # opened at all, pages that would show or save data say so instead.
        self.database: Database | None = None
        self.test_page: TestPage | None = None
        self.progress_page_widget: ProgressPage | None = None
        self.session_log_widget: SessionLogPage | None = None
        self._build_menus()
        self.resize(1100, 760)
        self._restore_geometry()

    # -- pages --------------------------------------------------------------------------------

    def _build_library(self) -> LibraryPage:
        # Built inside the stack: adding a parentless page re-parents its whole widget tree,
        # which costs as much again as building it (~2 ms of start-up).
        page = LibraryPage(self.catalog, self._stack)
        page.entryActivated.connect(self.show_entry)
        page.startRoutineRequested.connect(self.start_article_routine)
        page.progressRequested.connect(self.show_progress)
        return page

    def _keeps_state(self, name: str) -> bool:
        """Whether dropping page `name` would lose something the person has not saved."""
        if name == "player":
            # A routine under way, or its summary with the pain rating still to give.
            return self.player_page.mode not in ("empty", "still")
        if name == "routines":
            return bool(getattr(self.routines_page, "_dirty", False))
        if name == "progress":
            # The undo history lives in the page's results editor.
            editor = getattr(self.progress_page, "_results_editor", None)
            stack = getattr(editor, "stack", None)
            return stack is not None and (stack.can_undo() or stack.can_redo())
        return False

    def _rebuild_pages(self) -> None:
        """Build the pages again so fonts and colours set at construction follow a new theme
        or text scale; pages holding unsaved work are kept and pick it up when next rebuilt."""
        current = self._current
        # Keyboard users keep their place: the control they were on, found again by name.
        focused = QApplication.focusWidget()
        focus_name = focused.objectName() if focused is not None else ""
        old_library = self.library_page
        self.library_page = self._build_library()
        self._stack.insertWidget(0, self.library_page)
        for name in list(self._pages):
            if self._keeps_state(name):
                continue
            page = self._pages.pop(name)
            self._stack.removeWidget(page)
            page.deleteLater()
            if name == "progress":
                self.progress_page_widget = None
            elif name == "sessions":
                self.session_log_widget = None
            elif name == "test":
                self.test_page = None
        self._stack.removeWidget(old_library)
        old_library.deleteLater()
        self.refresh_practice()
        kind = current.partition(":")[0]
        if kind in self._pages:
            return
        if kind == "player":
            # Only a still (screenshot) player is ever dropped; there is no run to return to.
            self.show_library()
        elif current == "test":
            # The guided test is rebuilt empty each time it opens; nothing typed is lost here
            # that leaving the page would not lose too.
            self.show_test()
        else:
            self.show_page(current)
        if focus_name:
            page = self._stack.currentWidget()
            again = page.findChild(QWidget, focus_name) if page is not None else None
            if again is not None:
                again.setFocus(Qt.FocusReason.OtherFocusReason)

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
            page.startRequested.connect(self.start_entry)
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

    @property
    def player_page(self) -> PlayerPage:
        def build() -> QWidget:
            from mobility_app.ui.cues import CuePlayer
            from mobility_app.ui.player_page import PlayerPage

            page = PlayerPage()
            prefs = self.preferences
            page.set_cue_player(
                CuePlayer(
                    page,
                    sound_enabled=prefs.sound_enabled,
                    volume=prefs.volume,
                    speech_enabled=prefs.speech_enabled,
                )
            )
            page.set_reduced_motion(prefs.reduced_motion)
            page.closed.connect(self._player_closed)
            page.sessionSaved.connect(lambda _saved: self._sessions_changed())
            return page

        return self._page("player", build)  # type: ignore[return-value]

    @property
    def routines_page(self) -> RoutineEditor:
        def build() -> QWidget:
            from mobility_app.storage import local_now
            from mobility_app.ui.routine_editor import RoutineEditor

            page = RoutineEditor(self.catalog, self.database, now=local_now)
            page.startRequested.connect(self.start_routine)
            page.closed.connect(self.show_library)
            return page

        return self._page("routines", build)  # type: ignore[return-value]

    @property
    def progress_page(self) -> ProgressPage:
        def build() -> QWidget:
            from mobility_app.ui.progress_page import ProgressPage

            page = ProgressPage()
            page.recordRequested.connect(self.show_test)
            self.progress_page_widget = page
            return self._with_back_bar(page)

        self._page("progress", build)
        assert self.progress_page_widget is not None
        return self.progress_page_widget

    @property
    def session_log_page(self) -> SessionLogPage:
        def build() -> QWidget:
            from mobility_app.ui.session_log import SessionLogPage

            self.session_log_widget = SessionLogPage(self.catalog)
            return self._with_back_bar(self.session_log_widget)

        self._page("sessions", build)
        assert self.session_log_widget is not None
        return self.session_log_widget

    def _test_page(self) -> TestPage:
        """A fresh guided test each time: nothing typed last time lingers in the form."""
        from mobility_app.ui.test_page import TestPage

        old = self._pages.pop("test", None)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        entry = self.catalog.get("knee-to-wall")
        if entry is None:
            raise KeyError("knee-to-wall")
        page = TestPage(
            entry,
            self.preferences,
            save=self._save_results if self.database else None,
            previous=self._previous_details(),
        )
        page.set_reduced_motion(self.preferences.reduced_motion)
        page.resultSaved.connect(lambda _ids: self.refresh_progress())
        frame = self._with_back_bar(page)
        self._pages["test"] = frame
        self._stack.addWidget(frame)
        self.test_page = page
        return page

    def _with_back_bar(self, page: QWidget) -> QWidget:
        """`page` under a slim bar with the way back to the library, as on exercise pages."""
        from PySide6.QtWidgets import QVBoxLayout

        from mobility_app.ui.panels import back_bar

        frame = QWidget()
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        bar, _button = back_bar(self.show_library)
        column.addLayout(bar)
        column.addWidget(page, 1)
        return frame

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

    def start_entry(self, entry_id: str) -> None:
        """The exercise page's Start: run that exercise, or begin the guided test."""
        entry = self.catalog.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        if entry.is_test:
            self.show_test()
            return
        from mobility_app.routine import RoutineItem

        self.start_routine([RoutineItem(entry)], entry.name)

    def start_article_routine(self) -> None:
        from mobility_app.routine.editing import ARTICLE_ROUTINE_NAME, article_routine

        # Shown, and recorded in the session log, as the routine editor names it: translated.
        name = translate("Routine", ARTICLE_ROUTINE_NAME)
        self.start_routine(article_routine(self.catalog), name)

    def start_routine(self, items: list[RoutineItem], name: str) -> None:
        from mobility_app.session_recorder import SessionRecorder

        self._return_to = self._current
        page = self.player_page
        page.run(list(items), name, SessionRecorder(self.database, name), clock=self._clock)
        # A restore or import could remove the running session's rows from under it.
        self.data_actions.set_busy(self.tr("Finish or stop the routine first"))
        self._show(page, "player")
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sessions_changed(self) -> None:
        self.refresh_practice()
        self.refresh_session_log()
        self.refresh_progress()

    def _data_changed(self) -> None:
        """After an import or a restore: every page shows the stored data afresh."""
        if self.progress_page_widget is not None:
            # Undo steps refer to rows that a restore may have replaced.
            self.progress_page_widget.set_results_editor(None)
        self._sessions_changed()

    def _player_closed(self) -> None:
        self.data_actions.set_busy(None)
        back = getattr(self, "_return_to", "library")
        self.show_page(back if back != "player" else "library")

    def show_test(self) -> None:
        self._test_page()
        self._show(self._pages["test"], "test")

    def show_progress(self) -> None:
        page = self.progress_page
        self.refresh_progress()
        self._show(self._pages["progress"], "progress")
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_progress(self) -> None:
        """Give the progress page the stored results and sessions (if it exists)."""
        if "progress" not in self._pages:
            return
        from mobility_app.storage import StorageError, list_measurements, list_sessions

        measurements, sessions = [], []
        if self.database is not None:
            try:
                measurements = list_measurements(self.database)
                sessions = list_sessions(self.database)
            except StorageError as exc:
                log.error("Could not read the results: %s", exc)
        page = self.progress_page
        page.set_data(measurements, sessions, self.preferences)
        if self.database is not None and page.results_editor_db() is not self.database:
            from mobility_app.ui.undo import ResultsEditor

            editor = ResultsEditor(self.database, self.preferences)
            editor.changed.connect(self.refresh_progress)
            page.set_results_editor(editor)
        elif self.database is None:
            page.set_results_editor(None)

    def show_session_log(self) -> None:
        page = self.session_log_page
        self.refresh_session_log()
        self._show(self._pages["sessions"], "sessions")
        page.sessions_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_session_log(self) -> None:
        if "sessions" not in self._pages:
            return
        from mobility_app.storage import StorageError, list_sessions, session_pain

        database = self.database
        sessions = []
        if database is not None:
            try:
                sessions = list_sessions(database)
            except StorageError as exc:
                log.error("Could not read the session log: %s", exc)
        lookup = (lambda session_id: session_pain(database, session_id)) if database else None
        self.session_log_page.set_sessions(sessions, lookup)

    def show_routines(self) -> None:
        page = self.routines_page
        self._show(page, "routines")

    def show_settings(self) -> None:
        page = self.settings_page
        page.set_settings(self.preferences)
        self._show(page, "settings")

    def show_page(self, page: str, at_seconds: float | None = None) -> None:
        """Open a page by its command-line name (see cli.PAGE_PATTERN).

        `at_seconds` holds what moves still at that time: the demonstration of an exercise
        page, or the player's plan for player:<id> (used by --screenshot --at).
        """
        name, _, entry_id = page.partition(":")
        if page == "library":
            self.show_library()
        elif name == "exercise":
            self.show_entry(entry_id)
            if at_seconds is not None:
                self.exercise_page.demonstration.pause()
                self.exercise_page.demonstration.set_time(at_seconds)
        elif name == "player":
            self.show_player_still(entry_id, at_seconds or 0.0)
        elif page == "test":
            self.show_test()
        elif page == "routines":
            self.show_routines()
        elif page == "progress":
            self.show_progress()
        elif page == "sessions":
            self.show_session_log()
        elif page == "settings":
            self.show_settings()
        else:
            raise KeyError(page)

    def show_player_still(self, entry_id: str, at_seconds: float) -> None:
        """The player for one exercise, held still `at_seconds` into its plan."""
        from mobility_app.routine import RoutineItem

        entry = self.catalog.get(entry_id)
        if entry is None or entry.is_test:
            raise KeyError(entry_id)
        page = self.player_page
        page.show_still([RoutineItem(entry)], entry.name, at_seconds)
        self._show(page, f"player:{entry_id}")

    # -- data ---------------------------------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        self.database = database
        self.data_actions.set_database(database)
        if "routines" in self._pages:
            self.routines_page.set_database(database)
        self.refresh_practice()
        self.refresh_progress()
        self.refresh_session_log()

    def _save_results(self, measurements: list[Measurement], details: list[Details]) -> None:
        """The test page's save: one transaction, on disk before it returns."""
        from mobility_app.storage import add_results

        if self.database is None:
            raise RuntimeError("the test page saves only when storage is open")
        add_results(self.database, measurements, details)

    def _previous_details(self) -> Details | None:
        """How the last test was taken, so the next one can be set up the same way."""
        if self.database is None:
            return None
        from mobility_app.storage import StorageError, details_for, list_measurements

        try:
            latest = list_measurements(self.database)[-1:]
            found = details_for(self.database, [m.id for m in latest if m.id is not None])
        except StorageError as exc:
            log.error("Could not read the last test's set-up: %s", exc)
            return None
        return next(iter(found.values()), None)

    def refresh_practice(self) -> None:
        """Update the library's 'this week' count from the session log."""
        if self.database is None:
            return
        import datetime as dt

        from mobility_app.history import days_practised_in_week
        from mobility_app.storage import StorageError, list_sessions

        try:
            sessions = list_sessions(self.database)
        except StorageError as exc:
            log.error("Could not read the session log: %s", exc)
            return
        days = days_practised_in_week(sessions, dt.date.today())
        self.library_page.set_practice(days, self.preferences.weekly_target_days)

    # -- preferences --------------------------------------------------------------------------

    def _apply_theme(self, preferences: Settings) -> None:
        from mobility_app.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, preferences.theme, preferences.text_scale)

    def apply_preferences(self, preferences: Settings) -> None:
        """Use and save new preferences; every open page follows them."""
        previous = self.preferences
        self.preferences = preferences
        if (previous.theme, previous.text_scale) != (preferences.theme, preferences.text_scale):
            self._apply_theme(preferences)
            self._rebuild_pages()
        settings_store.save(self._store, preferences)
        self._menus.set_reduced_motion(preferences.reduced_motion)
        if "exercise" in self._pages:
            self.exercise_page.demonstration.set_reduced_motion(preferences.reduced_motion)
        if "player" in self._pages:
            player = self.player_page
            player.set_reduced_motion(preferences.reduced_motion)
            player.cue_player.set_sound_enabled(preferences.sound_enabled)
            player.cue_player.set_volume(preferences.volume)
            player.cue_player.set_speech_enabled(preferences.speech_enabled)
        if "settings" in self._pages and self._current != "settings":
            self.settings_page.set_settings(preferences)
        self.refresh_practice()
        self.refresh_progress()
        self.preferencesChanged.emit(preferences)

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show key positions side by side instead of moving figures."""
        from dataclasses import replace

        self.apply_preferences(replace(self.preferences, reduced_motion=reduced))

    # -- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from mobility_app.ui.menus import Menus

        self._menus = Menus(self)
        self.data_actions = self._menus.data_actions
        self.data_actions.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.data_actions.dataChanged.connect(self._data_changed)
        self.data_actions.set_database(None)

    def show_shortcuts(self) -> None:
        from mobility_app.ui.menus import open_shortcuts

        self.shortcuts_dialog = open_shortcuts(self)

    def show_about(self) -> None:
        from mobility_app.ui.menus import open_about

        self.about_box = open_about(self)

    def about_text(self) -> str:
        from mobility_app.ui.menus import about_text

        return about_text()

    # -- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._store is None:
            return
        geometry = self._store.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and not self.restoreGeometry(geometry):
            log.info("Ignored a saved window geometry that no longer fits a screen")

    def closeEvent(self, event: QCloseEvent) -> None:
        if "player" in self._pages:
            # A child page gets no closeEvent of its own: end a run in progress properly.
            self.player_page.shutdown()
        if self._store is not None:
            self._store.setValue("window/geometry", self.saveGeometry())
            self._store.sync()
        super().closeEvent(event)
