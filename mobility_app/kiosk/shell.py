"""The kiosk window: frameless full screen, attract loop ↔ session, idle reset and staff exit.

It also owns the language: a visitor's choice (the picker on the attract loop and the home)
rebuilds every screen in that language, and the reset for the next visitor returns to the
clinic's language.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QCloseEvent,
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from mobility_app.catalog import Entry
from mobility_app.kiosk import look
from mobility_app.kiosk.attract import AttractView
from mobility_app.kiosk.config import KioskConfig
from mobility_app.kiosk.guard import CursorHider, InputGuard
from mobility_app.kiosk.idle import CornerTaps, IdleMachine
from mobility_app.kiosk.languages import (
    LanguagePicker,
    apply_kiosk_language,
    configured_language,
    localized_entries,
)
from mobility_app.kiosk.overlays import Hotspot, StillThere
from mobility_app.kiosk.pin import PinLock
from mobility_app.kiosk.pinpad import PinPad
from mobility_app.kiosk.session import KioskSession
from mobility_app.routine import Clock
from mobility_app.ui import accessibility
from mobility_app.ui.announce import announce
from mobility_app.ui.language import available_languages

log = logging.getLogger("mobility.kiosk")

IDLE_TIMER = "kiosk-idle-timer"
WARNING_TIMER = "kiosk-warning-timer"


class KioskWindow(QWidget):
    """The whole kiosk. Nothing closes it but `grant_exit()`, which the right PIN calls.

    Clocks are injected: `clock` drives the idle reset, the PIN lock-out and the corner
    gesture; `hold_clock` the guided hold; `demonstration_clock` the figures.

    `exercises` and `test_entry` are as written (English): the window localises them for
    each language it shows. `language` is the one every visitor starts in (default: the
    config's, else the system's); the window applies it when built.
    """

    # Announced as a window (ui.accessibility), not as a plain "filler" panel.
    ACCESSIBLE_ROLE = QAccessible.Role.Window

    exitGranted = Signal()
    sessionStarted = Signal()
    sessionReset = Signal()
    languageChanged = Signal(str)

    def __init__(
        self,
        config: KioskConfig,
        exercises: Sequence[Entry],
        test_entry: Entry | None,
        *,
        clock: Clock = time.monotonic,
        hold_clock: Clock = time.monotonic,
        demonstration_clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        language: str | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        accessibility.install()
        if config.pin_hash is None:
            raise ValueError("a kiosk window needs a PIN hash: nobody could ever leave it")
        self.setObjectName("kioskWindow")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setPalette(look.palette())
        self.setAutoFillBackground(True)
        self.config = config
        self._clock = clock
        self._raw_exercises = list(exercises)
        self._raw_test_entry = test_entry
        self._languages = available_languages()
        if language is None:
            language = configured_language(config, available=self._languages)
        # What the next visitor sees: the language actually applied (English without its file).
        self.home_language = apply_kiosk_language(language, config)
        self.language = self.home_language
        self._exercises: list[Entry] = []
        self._test_entry: Entry | None = None
        self._localize()
        self.setWindowTitle(self.tr("Ankle Mobility kiosk"))
        self._hold_clock = hold_clock
        self._demonstration_clock = demonstration_clock
        self._today = today
        self._exit_granted = False
        self._shut_down = False
        self.session: KioskSession | None = None

        self.idle = IdleMachine(config.idle_seconds, config.warning_seconds, clock)
        self.corner = CornerTaps(clock=clock)
        self.pin_lock = PinLock(config.pin_hash, clock)
        self._idle_timer = QTimer(self)
        self._idle_timer.setObjectName(IDLE_TIMER)
        self._idle_timer.setSingleShot(True)
        # The reset must not come early: a PreciseTimer, aimed at the deadline itself.
        self._idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._idle_timer.timeout.connect(self.poll_idle)
        self._warning_timer = QTimer(self)
        self._warning_timer.setObjectName(WARNING_TIMER)
        self._warning_timer.setInterval(200)  # redraws only; the digits change once a second
        self._warning_timer.timeout.connect(self._show_warning_seconds)

        self.attract = self._build_attract()
        self._holder = QWidget()
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self._pages = QStackedWidget()
        self._pages.addWidget(self.attract)
        self._pages.addWidget(self._holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The window takes the screen's size whatever its pages would like: on a small
        # screen they are squeezed, never the window pushed past the screen's edge.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self._pages)

        self._build_overlays()
        self.hotspot = Hotspot(self)
        self.hotspot.tapped.connect(self._corner_tapped)

        self.guard = InputGuard(self)
        self.guard.activity.connect(self._activity)
        self.cursor_hider = CursorHider(self)
        self.guard.pointerMoved.connect(self.cursor_hider.moved)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.guard)

    # --- building ----------------------------------------------------------------------------

    def _localize(self) -> None:
        """The exercises in the language shown now, from the English ones kept."""
        raw = [*self._raw_exercises]
        if self._raw_test_entry is not None:
            raw.append(self._raw_test_entry)
        localized = localized_entries(raw)
        self._exercises = localized[: len(self._raw_exercises)]
        self._test_entry = localized[-1] if self._raw_test_entry is not None else None

    def _build_attract(self) -> AttractView:
        view = AttractView(
            self._exercises, self.config.attract_seconds, clinic_name=self.config.clinic_name,
            logo=self.config.logo, clock=self._demonstration_clock, languages=self._languages,
            language=self.language, reduced_motion=self.config.reduced_motion,
        )  # fmt: skip
        view.touched.connect(self.start_session)
        view.languageChosen.connect(self.set_language)
        return view

    def _build_overlays(self) -> None:
        self.warning = StillThere(self)
        self.warning.stayed.connect(self._activity)
        self.warning.setGeometry(self.rect())
        self.pin_pad = PinPad(self.pin_lock, self)
        self.pin_pad.setGeometry(self.rect())
        self.pin_pad.granted.connect(self.grant_exit)
        self.pin_pad.cancelled.connect(self._pad_cancelled)

    def _build_session(self) -> None:
        self.session = KioskSession(
            self.config, self._exercises, self._test_entry, hold_clock=self._hold_clock,
            demonstration_clock=self._demonstration_clock, today=self._today,
            languages=self._languages, language=self.language,
        )  # fmt: skip
        self.session.holdRunningChanged.connect(self._hold_running)
        self.session.startOverRequested.connect(lambda: self.reset("start over"))
        self.session.languageChosen.connect(self.set_language)
        self._holder_layout.addWidget(self.session)

    # --- language ----------------------------------------------------------------------------

    def language_picker(self) -> LanguagePicker:
        """The picker on the screen shown now (the attract loop's or the home's)."""
        if self.session is not None:
            return self.session.home.language_picker
        return self.attract.language_picker

    def set_language(self, language: str) -> None:
        """A visitor chose `language`: every screen again in it, until the next reset.

        Chosen on the attract loop, the choice starts the idle clock, so a kiosk left in a
        visitor's language returns to the clinic's like any abandoned session.
        """
        if self._shut_down:
            return
        self._switch_language(language)
        if self.session is None:
            if self.language != self.home_language:
                self.idle.start()
            else:
                self.idle.reset()
            self._arm_idle()

    def _switch_language(self, language: str) -> None:
        """Apply `language` and rebuild every screen in it; a session restarts at its home."""
        focused = self.language_picker().focused_language()
        self.language = apply_kiosk_language(language, self.config)
        self._localize()
        self.setWindowTitle(self.tr("Ankle Mobility kiosk"))
        old = self.attract
        slide = old.index()
        old.stop()
        self.attract = self._build_attract()
        self._pages.insertWidget(0, self.attract)
        if self.session is not None:
            self._drop_session()
            self._build_session()
        else:
            self._pages.setCurrentWidget(self.attract)
            if 0 <= slide < len(self.attract.slides):
                self.attract.show_slide(slide)
        self._pages.removeWidget(old)
        old.hide()
        old.deleteLater()
        # The overlays are hidden now (a reset hid them; a choice is made with them closed).
        self._hide_warning()
        for overlay in (self.warning, self.pin_pad):
            overlay.hide()
            overlay.deleteLater()
        self._build_overlays()
        self.hotspot.raise_()
        if focused is not None:
            # Someone on the keyboard keeps their place: on the button they pressed.
            self.language_picker().focus_language(focused)
        self.languageChanged.emit(self.language)

    # --- life --------------------------------------------------------------------------------

    def show_kiosk(self) -> None:
        """Fill the screen, even with no window manager to honour a full-screen request."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        # X11 with no window manager ignores _NET_WM_STATE_FULLSCREEN, so the geometry is
        # set to the screen's first; showFullScreen() then does the rest where there is one.
        self.setGeometry(screen.geometry())
        screen.geometryChanged.connect(self._follow_screen)
        self.showFullScreen()
        if QGuiApplication.platformName() != "offscreen":  # which has no stacking to change
            self.raise_()
            self.activateWindow()
        self.cursor_hider.hide_cursor()
        log.info("Kiosk shown at %dx%d", screen.geometry().width(), screen.geometry().height())

    def _follow_screen(self, geometry: QRect) -> None:
        if not self._shut_down:
            self.setGeometry(geometry)

    def grant_exit(self) -> None:
        """The right PIN: stop everything and close for real."""
        log.info("Admin exit")
        self._exit_granted = True
        self.shutdown()
        self.close()
        self.exitGranted.emit()

    def shutdown(self) -> None:
        """Stop every timer and give back the pointer and the keyboard; safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
        self._idle_timer.stop()
        self._warning_timer.stop()
        self.attract.stop()
        self.pin_pad.hide()
        self.cursor_hider.shutdown()
        self._drop_session()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._exit_granted:
            event.accept()
            return
        # Alt+F4, a window manager's close button, WM_CLOSE on Windows: all end here.
        log.info("Close request refused")
        event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        minimised = self.windowState() & Qt.WindowState.WindowMinimized
        if event.type() == QEvent.Type.WindowStateChange and minimised and not self._shut_down:
            # Something minimised the kiosk (a window manager's key): straight back.
            QTimer.singleShot(0, self, self.showFullScreen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in (self.warning, self.pin_pad):
            overlay.setGeometry(self.rect())
        self.hotspot.raise_()

    # --- sessions ----------------------------------------------------------------------------

    def in_session(self) -> bool:
        return self.session is not None

    def start_session(self) -> None:
        if self.session is not None or self._shut_down:
            return
        self.attract.stop()
        self._build_session()
        self._pages.setCurrentWidget(self._holder)
        self.idle.start()
        self._arm_idle()
        self.hotspot.raise_()
        log.info("Session started")
        self.sessionStarted.emit()

    def reset(self, reason: str = "idle") -> None:
        """Forget the session (every widget of it) and return to the attract loop, in the
        clinic's language for the next visitor."""
        self.idle.reset()
        self._idle_timer.stop()
        self._hide_warning()
        self.pin_pad.hide()
        self._drop_session()
        if self.language != self.home_language and not self._shut_down:
            self._switch_language(self.home_language)
        self._pages.setCurrentWidget(self.attract)
        if not self._shut_down:
            self.attract.restart()
        log.info("Session reset (%s)", reason)
        self.sessionReset.emit()

    def _drop_session(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        session.shutdown()
        self._holder_layout.removeWidget(session)
        session.hide()
        session.deleteLater()

    # --- idle --------------------------------------------------------------------------------

    def poll_idle(self) -> None:
        """Act on what the idle clock says now (the timer calls this at each deadline)."""
        for event in self.idle.poll():
            if event == "warning":
                log.info("Idle warning shown")
                self.warning.setGeometry(self.rect())
                self._show_warning_seconds()
                self.warning.show()
                self.warning.raise_()
                self.hotspot.raise_()
                self._warning_timer.start()
                announce(self.warning, self.warning.accessibleName(), interrupt=True)
            elif event == "reset":
                self.reset("idle")
                return
        self._arm_idle()

    def _arm_idle(self) -> None:
        deadline = self.idle.next_deadline()
        if deadline is None or self._shut_down:
            self._idle_timer.stop()
            return
        delay_ms = max(0.0, (deadline - self.idle_clock()) * 1000.0)
        self._idle_timer.start(math.ceil(delay_ms))

    def idle_clock(self) -> float:
        return self._clock()

    def _activity(self) -> None:
        if self.idle.touch():
            self._hide_warning()
        # The timer keeps its old deadline and re-arms when it finds nothing due: moving
        # it on every pointer move would cost more than the extra wake-up.
        if self.in_session() and not self._idle_timer.isActive():
            self._arm_idle()

    def _hold_running(self, running: bool) -> None:
        self.idle.set_paused(running)
        if running:
            self._hide_warning()
        self._arm_idle()

    def _show_warning_seconds(self) -> None:
        self.warning.set_seconds(self.idle.warning_remaining())

    def _hide_warning(self) -> None:
        self._warning_timer.stop()
        self.warning.hide()

    # --- staff exit --------------------------------------------------------------------------

    def _corner_tapped(self) -> None:
        if self.pin_pad.isVisible():
            return
        if self.corner.tap():
            log.info("PIN pad opened")
            if self.idle.state == "attract":
                # The pad counts as a session, so a pad left open is reset like any other.
                self.idle.start()
            self._hide_warning()
            self.pin_pad.setGeometry(self.rect())
            self.pin_pad.open()
            self.hotspot.raise_()
            self._arm_idle()

    def _pad_cancelled(self) -> None:
        if not self.in_session():
            self.idle.reset()  # opened from the attract loop: nothing to time any more
        self._arm_idle()
