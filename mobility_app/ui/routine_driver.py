"""The routine player's one Qt adapter: it polls the pure runner on time and emits signals."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from mobility_app.routine import RoutineRunner, Snapshot, Status

# Redraw rate of the countdown; it only repaints, so missed or early ticks cost nothing.
DISPLAY_INTERVAL_MS = 100


class RoutineDriver(QObject):
    """Owns the two timers of a routine run and turns the runner's events into signals.

    The display timer only refreshes the picture. The exact moments (a step's end, a cue)
    come from a single-shot PreciseTimer armed for `runner.next_deadline()`: the default
    CoarseTimer may fire 5% early, and a repeating timer drops the ticks it missed, so
    neither may decide when a hold ends.

    Per poll, in order: `eventDue(Event)` and `cue(kind)` for each event that fell due
    (oldest first), then `stepChanged(Snapshot)` if the step changed, then
    `snapshotChanged(Snapshot)`, then once, when the run finishes or is stopped,
    `finished(Summary)`.
    """

    snapshotChanged = Signal(object)
    cue = Signal(str)
    eventDue = Signal(object)
    stepChanged = Signal(object)
    finished = Signal(object)

    def __init__(
        self,
        runner: RoutineRunner,
        parent: QObject | None = None,
        *,
        display_interval_ms: int = DISPLAY_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._display = QTimer(self)
        self._display.setObjectName("routine-display-timer")
        self._display.setInterval(display_interval_ms)
        self._display.timeout.connect(self._sync)
        self._deadline = QTimer(self)
        self._deadline.setObjectName("routine-deadline-timer")
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self._on_deadline)
        self._shown_index: int | None = None
        self._shown_status: Status | None = None
        self._ended_reported = False
        # Bumped by every command, so a poll interrupted by a command a slot issued stops
        # emitting what has become stale (the command has synced already).
        self._generation = 0

    @property
    def runner(self) -> RoutineRunner:
        return self._runner

    @property
    def display_timer(self) -> QTimer:
        return self._display

    @property
    def deadline_timer(self) -> QTimer:
        return self._deadline

    def snapshot(self) -> Snapshot:
        return self._runner.snapshot()

    def start(self) -> None:
        self._command(self._runner.start)

    def pause(self) -> None:
        self._command(self._runner.pause)

    def resume(self) -> None:
        self._command(self._runner.resume)

    def toggle_pause(self) -> None:
        self._command(self._runner.toggle_pause)

    def skip(self) -> None:
        self._command(self._runner.skip)

    def back(self) -> None:
        self._command(self._runner.back)

    def stop(self) -> None:
        self._command(self._runner.stop)

    def shutdown(self) -> None:
        """Stop both timers (at application exit); the runner is left as it is."""
        self._generation += 1
        self._display.stop()
        self._deadline.stop()

    def _command(self, action: Callable[[], None]) -> None:
        self._generation += 1
        action()
        self._sync()

    def _on_deadline(self) -> None:
        # Close to a deadline this fires on every pass of the loop; redraw only on a change.
        self._sync(quiet=True)

    def _sync(self, quiet: bool = False) -> None:
        generation = self._generation
        events = self._runner.poll()
        while True:
            snapshot = self._runner.snapshot()
            # A stall between the poll and the snapshot can carry the clock past a deadline:
            # what fell due then goes out with this snapshot, before it (or a "finished" would
            # be reported ahead of the last cues), and the snapshot is taken again after it.
            late = self._runner.poll()
            if not late:
                break
            events += late
        for event in events:
            self.eventDue.emit(event)
            self.cue.emit(event.kind)
            if self._generation != generation:
                return
        self._arm(snapshot.status)
        unchanged = snapshot.index == self._shown_index and snapshot.status is self._shown_status
        if quiet and unchanged and not events:
            return
        self._shown_status = snapshot.status
        if snapshot.index != self._shown_index:
            self._shown_index = snapshot.index
            self.stepChanged.emit(snapshot)
            if self._generation != generation:
                return
        self.snapshotChanged.emit(snapshot)
        if self._generation != generation:
            return
        if snapshot.status.ended and not self._ended_reported:
            self._ended_reported = True
            self.finished.emit(self._runner.summary())

    def _arm(self, status: Status) -> None:
        if status is not Status.RUNNING:
            # Paused, finished or stopped: nothing will change until a command comes.
            self._display.stop()
            self._deadline.stop()
            return
        if not self._display.isActive():
            self._display.start()
        deadline = self._runner.next_deadline()
        if deadline is None:
            self._deadline.stop()
            return
        # QTimer counts whole milliseconds: aim just short of the deadline, then for the last
        # fraction of a millisecond re-poll on every pass of the event loop (a 0 ms timer), so
        # the end is neither early nor up to 1 ms late.
        delay_ms = (deadline - self._runner.clock()) * 1000.0
        self._deadline.start(math.floor(delay_ms) if delay_ms >= 1.0 else 0)
