"""The guided hold: the app's own player, running one short effort and storing nothing."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from mobility_app.catalog import Entry
from mobility_app.kiosk import look
from mobility_app.kiosk.sampler import SAMPLER_OPTIONS, sampler_item
from mobility_app.routine import Clock, Snapshot, Status
from mobility_app.session_recorder import SessionRecorder
from mobility_app.ui.cues import CuePlayer
from mobility_app.ui.player_page import PlayerPage

log = logging.getLogger("mobility.kiosk")


class GuidedHold(QWidget):
    """Runs `sampler_item(entry)` in a PlayerPage, then says well done.

    The recorder has no database (SessionRecorder(None, …) writes nothing), Stop needs no
    confirmation dialog (a dialog is one more thing to escape through), and the cue player
    is silent unless the clinic turned sound on. `runningChanged(bool)` tells the shell when
    the clock of a hold is running, so the idle reset waits for it. With `reduced_motion` the
    player's demonstration shows the key positions, still.
    """

    runningChanged = Signal(bool)
    closed = Signal()

    def __init__(
        self,
        *,
        sound: bool = False,
        reduced_motion: bool = False,
        clock: Clock = time.monotonic,
        demonstration_clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHold")
        self._clock = clock
        self._entry: Entry | None = None
        self._cap = 30.0
        self._running = False
        self.player = PlayerPage(confirm_stop=lambda: True, demonstration_clock=demonstration_clock)
        self.player.set_cue_player(
            CuePlayer(self.player, sound_enabled=sound, speech_enabled=False)
        )
        if reduced_motion:
            self.player.set_reduced_motion(True)
        self.player.sessionSaved.connect(self._finished)
        self.player.closed.connect(self._leave)

        self.done_view = QWidget()
        done = QVBoxLayout(self.done_view)
        done.setContentsMargins(6 * look.UNIT, 6 * look.UNIT, 6 * look.UNIT, 6 * look.UNIT)
        done.setSpacing(3 * look.UNIT)
        done.addStretch(2)
        self.done_title = look.text(self.tr("Well done!"), look.HUGE, bold=True, centre=True)
        done.addWidget(self.done_title)
        self.done_detail = look.text("", look.LARGE, centre=True)
        self.done_detail.setObjectName("kioskHoldDetail")
        done.addWidget(self.done_detail)
        done.addStretch(3)
        row = QHBoxLayout()
        row.setSpacing(look.GAP)
        row.addStretch(1)
        self.again_button = look.TouchButton(self.tr("Do it again"))
        self.again_button.setObjectName("kioskHoldAgain")
        self.again_button.clicked.connect(self.again)
        self.back_button = look.TouchButton(self.tr("Back to the exercises"), primary=True)
        self.back_button.setObjectName("kioskHoldBack")
        self.back_button.clicked.connect(self._leave)
        row.addWidget(self.again_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        done.addLayout(row)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.player)
        self._stack.addWidget(self.done_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    @property
    def running(self) -> bool:
        return self._running

    def showing_done(self) -> bool:
        return self._stack.currentWidget() is self.done_view

    def start(self, entry: Entry, cap_seconds: float) -> None:
        """Start the hold at once: the person pressed Start on the exercise already."""
        self._entry, self._cap = entry, cap_seconds
        item = sampler_item(entry, cap_seconds)
        self._stack.setCurrentWidget(self.player)
        self.player.run(
            [item], entry.name, SessionRecorder(None, entry.name), clock=self._clock,
            options=SAMPLER_OPTIONS,
        )  # fmt: skip
        driver = self.player.driver
        assert driver is not None
        driver.snapshotChanged.connect(self._snapshot)
        self.player.start()
        log.info("Guided hold started: %s", entry.id)

    def again(self) -> None:
        if self._entry is not None:
            self.start(self._entry, self._cap)

    def stop(self) -> None:
        """End a hold in progress and every timer of the player (reset, admin exit)."""
        self.player.shutdown()
        self._set_running(False)

    def _snapshot(self, snapshot: Snapshot) -> None:
        self._set_running(snapshot.status is Status.RUNNING)

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.runningChanged.emit(running)

    def _finished(self, _saved: bool) -> None:
        self._set_running(False)
        runner = self.player.runner
        stopped = runner is not None and runner.status is Status.STOPPED
        if stopped:
            self.done_title.setText(self.tr("Good start"))
            self.done_detail.setText(self.tr("Try the whole hold whenever you are ready."))
        else:
            self.done_title.setText(self.tr("Well done!"))
            self.done_detail.setText(
                self.tr("At home, do the full routine for this exercise on most days.")
            )
        self._stack.setCurrentWidget(self.done_view)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave(self) -> None:
        self.stop()
        self.closed.emit()
