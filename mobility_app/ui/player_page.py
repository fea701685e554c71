"""The exercise player: runs a routine step by step, with one key and one big button per action."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from mobility_app.catalog import entry_animation
from mobility_app.i18n import fill
from mobility_app.routine import (
    Clock,
    Event,
    ManualClock,
    Plan,
    PlanOptions,
    RoutineItem,
    RoutineRunner,
    Snapshot,
    Status,
    Summary,
    build_plan,
)
from mobility_app.session_recorder import SessionRecorder
from mobility_app.ui.announce import announce
from mobility_app.ui.cues import CuePlayer
from mobility_app.ui.player_summary import SummaryView
from mobility_app.ui.player_views import RunView, StartView, describe
from mobility_app.ui.routine_driver import RoutineDriver
from mobility_app.ui.text import duration_text

log = logging.getLogger("mobility.player")

Mode = Literal["empty", "start", "run", "summary", "still"]
ConfirmStop = Callable[[], bool]

# Which keys work on which screen. Space is not offered on the summary, so it can press
# the focused button there as everywhere else on the desktop.
_KEYS: dict[str, tuple[Mode, ...]] = {
    "space": ("start", "run"),
    "right": ("run",),
    "left": ("run",),
    "escape": ("start", "run", "summary"),
}


class PlayerPage(QWidget):
    """Start screen, running step, summary. `closed` asks the window to leave the page.

    One RoutineRunner and one RoutineDriver per run; the driver is this page's child, so its
    timers stop with the page. `sessionSaved(bool)` tells, at the end of each run, whether
    the session is stored in full.
    """

    closed = Signal()
    sessionSaved = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        confirm_stop: ConfirmStop | None = None,
        demonstration_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The page itself takes focus (for Space and the arrows), so it needs a name to be read.
        self.setAccessibleName(self.tr("Exercise player"))
        self._confirm_stop = confirm_stop or self._ask_stop
        self._mode: Mode = "empty"
        self._items: list[RoutineItem] = []
        self._name = ""
        self._options: PlanOptions | None = None
        self._plan: Plan | None = None
        self._clock: Clock = time.monotonic
        self._runner: RoutineRunner | None = None
        self._driver: RoutineDriver | None = None
        self._recorder = SessionRecorder(None, "")
        self._cue_player: CuePlayer | None = None
        self._shown_position: int | None = None
        # What screen readers were last told (step index, phase), so each change is said once.
        self._announced: tuple[int, str] | None = None
        self._pending_cues: list[Event] = []

        self.start_view = StartView()
        self.run_view = RunView(clock=demonstration_clock)
        self.summary_view = SummaryView()
        self._stack = QStackedWidget()
        for view in (self.start_view, self.run_view, self.summary_view):
            self._stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.start_view.start_button.clicked.connect(self.start)
        self.start_view.back_button.clicked.connect(self._leave)
        run = self.run_view
        run.back_button.clicked.connect(self.back)
        run.pause_button.clicked.connect(self.toggle_pause)
        run.skip_button.clicked.connect(self.skip)
        run.stop_button.clicked.connect(self.request_stop)
        self.summary_view.done_button.clicked.connect(self._leave)
        self.summary_view.again_button.clicked.connect(self.run_again)
        self.summary_view.pain.valueChanged.connect(self._pain_after)

        self._shortcuts: dict[str, QShortcut] = {}
        actions = {"space": self._space, "right": self.skip, "left": self.back,
                   "escape": self._escape}  # fmt: skip
        keys = {"space": Qt.Key.Key_Space, "right": Qt.Key.Key_Right, "left": Qt.Key.Key_Left,
                "escape": Qt.Key.Key_Escape}  # fmt: skip
        for name, key in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # Holding → must not skip the whole routine.
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(actions[name])
            self._shortcuts[name] = shortcut
        self._set_mode("empty")

    # --- state ------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def items(self) -> tuple[RoutineItem, ...]:
        return tuple(self._items)

    @property
    def routine_name(self) -> str:
        return self._name

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def runner(self) -> RoutineRunner | None:
        return self._runner

    @property
    def driver(self) -> RoutineDriver | None:
        return self._driver

    @property
    def recorder(self) -> SessionRecorder:
        return self._recorder

    @property
    def cue_player(self) -> CuePlayer:
        if self._cue_player is None:
            self._cue_player = CuePlayer(self)
        return self._cue_player

    def set_cue_player(self, cue_player: CuePlayer) -> None:
        """Use `cue_player` (made from the settings) for this and later runs."""
        self._cue_player = cue_player

    def set_reduced_motion(self, reduced: bool) -> None:
        self.run_view.demonstration.set_reduced_motion(reduced)
        self.run_view.hide_demonstration_controls()

    # --- commands ---------------------------------------------------------------------

    def run(
        self,
        items: Sequence[RoutineItem],
        routine_name: str,
        recorder: SessionRecorder,
        *,
        clock: Clock = time.monotonic,
        cue_player: CuePlayer | None = None,
        options: PlanOptions | None = None,
    ) -> None:
        """Show the start screen for a run of `items`; the clock starts with Start or Space."""
        self._end_run()
        if cue_player is not None:
            self._cue_player = cue_player
        self._items, self._name, self._options = list(items), routine_name, options
        self._recorder, self._clock = recorder, clock
        self._plan = build_plan(self._items, options)
        self._runner = RoutineRunner(self._plan, clock)
        self._driver = RoutineDriver(self._runner, self)
        self._driver.eventDue.connect(self._on_event)
        self._driver.stepChanged.connect(self._on_step)
        self._driver.snapshotChanged.connect(self._on_snapshot)
        self._driver.finished.connect(self._on_finished)
        self._shown_position = None
        self._announced = None
        self._pending_cues = []
        count, about = len(self._items), duration_text(self._plan.total_seconds)
        if count == 1:
            detail = fill(self.tr("%1 · about %2"), routine_name, about)
        else:
            detail = fill(self.tr("%1 · %2 exercises · about %3"), routine_name, count, about)
        self.start_view.set_routine(detail, self._items[0].entry.name)
        self.start_view.pain.clear()
        self.summary_view.pain.clear()
        self._set_mode("start")
        self.start_view.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def run_again(self) -> None:
        if self._items:
            self.run(self._items, self._name, self._recorder.fresh(), clock=self._clock,
                     options=self._options)  # fmt: skip

    def start(self) -> None:
        if self._mode != "start" or self._driver is None:
            return
        self._recorder.set_pain_before(self.start_view.pain.value())
        self._recorder.started()
        self.cue_player.prepare()
        self._set_mode("run")
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._driver.start()

    def toggle_pause(self) -> None:
        if self._mode == "run" and self._driver is not None:
            self._driver.toggle_pause()

    def skip(self) -> None:
        if self._mode == "run" and self._driver is not None:
            self._driver.skip()

    def back(self) -> None:
        if self._mode == "run" and self._driver is not None:
            self._driver.back()

    def request_stop(self) -> None:
        """Stop after asking; the run is paused while the question is open."""
        if self._mode != "run" or self._driver is None or self._runner is None:
            return
        was_running = self._runner.status is Status.RUNNING
        if was_running:
            self._driver.pause()
        if self._confirm_stop():
            self.stop()
        elif was_running:
            self._driver.resume()

    def stop(self) -> None:
        """End the run now, without asking; what was done is logged as a stopped session."""
        if self._driver is not None and self._runner is not None and self._runner.status.active:
            self._driver.stop()

    def shutdown(self) -> None:
        """At window close: end a run in progress as stopped and stop every timer."""
        self._end_run()
        if self._cue_player is not None:
            self._cue_player.stop()
        self.run_view.demonstration.pause()
        self.run_view.ring.stop_flash()

    def show_still(
        self,
        items: Sequence[RoutineItem],
        routine_name: str,
        at_seconds: float,
        *,
        options: PlanOptions | None = None,
    ) -> None:
        """Show the run `at_seconds` into the plan, frozen, with no timer (for screenshots)."""
        self._end_run()
        self._items, self._name, self._options = list(items), routine_name, options
        self._recorder = SessionRecorder(None, routine_name)
        self._plan = build_plan(self._items, options)
        clock = ManualClock()
        self._runner = RoutineRunner(self._plan, clock)
        self._runner.start()
        # A still of the finished run would show nothing: stop just short of the end.
        clock.advance(min(max(at_seconds, 0.0), self._plan.total_seconds - 1e-3))
        self._shown_position = None
        self._announced = None
        self._set_mode("still")
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        snapshot = self._runner.snapshot()
        self._on_step(snapshot)
        self._on_snapshot(snapshot)
        demonstration = self.run_view.demonstration
        demonstration.pause()
        first = next(s for s in self._plan.steps if s.position == snapshot.step.position)
        demonstration.set_time(snapshot.position - first.start)
        self.run_view.follow_step(snapshot)

    # --- driver signals ---------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        # Held until the poll's snapshot (the driver emits every event of a poll first), so
        # cues due at the same instant are sounded as one.
        self._pending_cues.append(event)

    def _flush_cues(self) -> None:
        if not self._pending_cues or self._plan is None or self._runner is None:
            return
        now, steps = self._runner.clock(), self._plan.steps
        events, self._pending_cues = self._pending_cues, []
        self.cue_player.cue_many([(e, steps[e.step_index], now - e.due) for e in events])
        # The visual cue is always given: the only one without sound, and for the deaf.
        self.run_view.ring.flash()

    def _on_step(self, snapshot: Snapshot) -> None:
        step = snapshot.step
        if step.position != self._shown_position:
            self._shown_position = step.position
            self.run_view.show_animation(entry_animation(self._items[step.position].entry))
        self.run_view.follow_step(snapshot)
        if self._runner is not None and self._plan is not None and self._mode == "run":
            sets = self._runner.summary().sets
            self._recorder.record_progress(self._plan, sets, snapshot.index, ended=False)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._flush_cues()
        if snapshot.status.ended:
            return  # the summary follows at once
        text = describe(snapshot, len(self._items))
        self.run_view.show_text(text, snapshot.fraction)
        if self._mode == "run" and self._announced != (snapshot.index, text.phase):
            # The phase changed while the reader's focus is elsewhere (on Pause, usually):
            # say it, or a blind person hears nothing until they go looking. A new step gets
            # the whole sentence; a paced rep's next movement only its words, or the polite
            # queue would fall behind the movement.
            new_step = self._announced is None or self._announced[0] != snapshot.index
            self._announced = (snapshot.index, text.phase)
            said = self.run_view.announcement(text) if new_step else text.phase
            announce(self.run_view.phase_label, said)
        paused = snapshot.status is Status.PAUSED
        self.run_view.set_paused(paused)
        if self._mode == "run":
            demonstration = self.run_view.demonstration
            demonstration.pause() if paused else demonstration.play()

    def _on_finished(self, summary: Summary) -> None:
        assert self._plan is not None and self._runner is not None
        self._flush_cues()
        index = self._runner.snapshot().index
        self._recorder.record_progress(self._plan, summary.sets, index, ended=True)
        self._recorder.finished(summary.status)
        self.run_view.demonstration.pause()
        problem = None
        if self._recorder.enabled and not self._recorder.saved:
            problem = self._recorder.error or ""
        self.summary_view.show_summary(
            summary, self._plan, self._name, problem, self._recorder.pain_before
        )
        self._set_mode("summary")
        self.summary_view.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.summary_view, self.summary_view.title_label.text(), interrupt=True)
        log.info("Run of %s ended: %s", self._name, summary.status.value)
        self.sessionSaved.emit(self._recorder.saved)

    # --- internals --------------------------------------------------------------------

    def _set_mode(self, mode: Mode) -> None:
        self._mode = mode
        view = {"empty": self.start_view, "start": self.start_view, "run": self.run_view,
                "still": self.run_view, "summary": self.summary_view}[mode]  # fmt: skip
        self._stack.setCurrentWidget(view)
        for name, shortcut in self._shortcuts.items():
            shortcut.setEnabled(mode in _KEYS[name])

    def _end_run(self) -> None:
        """Close the current run (logged as stopped if it was under way) and its driver."""
        driver = self._driver
        if driver is None:
            return
        if self._runner is not None and self._runner.status.active and self._mode == "run":
            driver.stop()
        driver.shutdown()
        driver.deleteLater()
        self._driver = None

    def _space(self) -> None:
        if self._mode == "start":
            self.start()
        else:
            self.toggle_pause()

    def _escape(self) -> None:
        if self._mode == "run":
            self.request_stop()
        else:
            self._leave()

    def _leave(self) -> None:
        self.closed.emit()

    def _pain_after(self, value: object) -> None:
        self._recorder.set_pain_after(value if isinstance(value, int) else None)

    def _ask_stop(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the routine?"),
            self.tr("Stop the routine now? What you have done so far is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page pauses the run; minimising the window (a spontaneous hide) does
        # not, so a person can glance at another program mid-hold.
        running = self._runner is not None and self._runner.status is Status.RUNNING
        if not event.spontaneous() and self._mode == "run" and running:
            assert self._driver is not None
            self._driver.pause()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
