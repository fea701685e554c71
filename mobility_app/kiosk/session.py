"""One visitor's session: home, an exercise, its guided hold, the test. Built fresh, then dropped.

Everything a person enters lives in this widget's children. The shell deletes the whole
session at reset and builds a new one at the next touch, so nothing can survive by accident
in a field someone forgot to clear.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from mobility_app import i18n
from mobility_app.catalog import Entry
from mobility_app.kiosk.ankle_test import AnkleTest
from mobility_app.kiosk.config import KioskConfig
from mobility_app.kiosk.hold import GuidedHold
from mobility_app.kiosk.home import ExerciseView, HomeView
from mobility_app.routine import Clock

log = logging.getLogger("mobility.kiosk")


class KioskSession(QWidget):
    """The pages of one session. `holdRunningChanged(bool)` pauses the shell's idle clock;
    `languageChosen(tag)` asks the shell to rebuild everything in another language."""

    holdRunningChanged = Signal(bool)
    startOverRequested = Signal()
    languageChosen = Signal(str)

    def __init__(
        self,
        config: KioskConfig,
        exercises: Sequence[Entry],
        test_entry: Entry | None,
        *,
        hold_clock: Clock = time.monotonic,
        demonstration_clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        languages: Sequence[str] = (),
        language: str = i18n.SOURCE_LANGUAGE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskSession")
        self._config = config
        self._entries = {entry.id: entry for entry in exercises}
        self._test_entry = test_entry
        self._hold_clock = hold_clock
        self._demonstration_clock = demonstration_clock
        self._today = today
        self.home = HomeView(
            exercises, show_test=test_entry is not None and config.ankle_test,
            clinic_name=config.clinic_name, logo=config.logo, languages=languages,
            language=language,
        )  # fmt: skip
        self.home.languageChosen.connect(self.languageChosen)
        self.home.exerciseChosen.connect(self.open_exercise)
        self.home.testChosen.connect(self.open_test)
        self.home.startOverRequested.connect(self.startOverRequested)
        self.exercise: ExerciseView | None = None
        self.hold: GuidedHold | None = None
        self.test: AnkleTest | None = None
        self._stack = QStackedWidget()
        self._stack.addWidget(self.home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def show_home(self) -> None:
        self._drop_test()
        self._stack.setCurrentWidget(self.home)

    def open_exercise(self, entry_id: str) -> None:
        entry = self._entries[entry_id]
        if self.exercise is not None:
            self._stack.removeWidget(self.exercise)
            self.exercise.deleteLater()
        self.exercise = ExerciseView(entry, self._config.hold_seconds,
                                     clock=self._demonstration_clock,
                                     reduced_motion=self._config.reduced_motion)  # fmt: skip
        self.exercise.backRequested.connect(self.show_home)
        self.exercise.startRequested.connect(self.start_hold)
        self._stack.addWidget(self.exercise)
        self._stack.setCurrentWidget(self.exercise)

    def start_hold(self) -> None:
        if self.exercise is None:
            return
        if self.hold is None:
            self.hold = GuidedHold(sound=self._config.sound,
                                   reduced_motion=self._config.reduced_motion,
                                   clock=self._hold_clock,
                                   demonstration_clock=self._demonstration_clock)  # fmt: skip
            self.hold.runningChanged.connect(self.holdRunningChanged)
            self.hold.closed.connect(self._hold_closed)
            self._stack.addWidget(self.hold)
        self._stack.setCurrentWidget(self.hold)
        self.hold.start(self.exercise.entry, self._config.hold_seconds)

    def open_test(self) -> None:
        if self._test_entry is None:
            return
        self._drop_test()
        self.test = AnkleTest(self._test_entry, today=self._today, clock=self._demonstration_clock,
                              reduced_motion=self._config.reduced_motion)  # fmt: skip
        self.test.closed.connect(self.show_home)
        self._stack.addWidget(self.test)
        self._stack.setCurrentWidget(self.test)
        log.info("Ankle test opened")

    def shutdown(self) -> None:
        """Stop every timer this session started (a hold, the demonstrations)."""
        if self.hold is not None:
            self.hold.stop()
        for view in (self.exercise, self.test):
            if view is not None:
                view.demonstration.pause()

    def _hold_closed(self) -> None:
        if self.exercise is not None:
            self._stack.setCurrentWidget(self.exercise)
        else:
            self.show_home()

    def _drop_test(self) -> None:
        """Leaving the test forgets it: the next visitor starts from an empty test."""
        if self.test is None:
            return
        test, self.test = self.test, None
        self._stack.removeWidget(test)
        test.demonstration.pause()
        test.deleteLater()
