"""The kiosk window: idle reset forgets all, a hold pauses it, only the PIN closes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from mobility_app.kiosk.pinpad import LOCK_TIMER

from .conftest import PIN

LEFT = Qt.MouseButton.LeftButton


def settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def touch_attract(window, qtbot) -> None:
    qtbot.mouseClick(window.attract, LEFT, pos=window.attract.rect().center())


def open_pad(window, qtbot, clocks) -> None:
    for _ in range(5):
        qtbot.mouseClick(window.hotspot, LEFT)
        clocks.idle.advance(0.4)


def type_pin(window, qtbot, pin: str) -> None:
    pad = window.pin_pad
    for digit in pin:
        qtbot.mouseClick(pad.keypad.keys[digit], LEFT)
    qtbot.mouseClick(pad.ok_button, LEFT)


def enter_a_result(window) -> None:
    window.session.open_test()
    test = window.session.test
    test.show_entry()
    test.type_text("left", "11.5")
    test.type_text("right", "10")
    test.show_result()


def test_a_touch_starts_a_session(make_kiosk, qtbot):
    window, _ = make_kiosk()
    assert not window.in_session()
    touch_attract(window, qtbot)
    assert window.in_session()
    assert window.session.current() is window.session.home
    assert not window.attract.timer.isActive()


def test_idle_warning_then_reset_forgets_everything(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    enter_a_result(window)
    session, test = window.session, window.session.test
    assert test.qr.text().startswith("Knee-to-wall 2026-11-24: left 11.5 cm")

    clocks.idle.advance(59.9)
    window.poll_idle()
    assert not window.warning.isVisible()
    clocks.idle.advance(0.1)
    window.poll_idle()
    assert window.warning.isVisible()
    assert window.warning.seconds.text() == "10"
    clocks.idle.advance(3.5)
    window._show_warning_seconds()
    assert window.warning.seconds.text() == "7"

    with qtbot.waitSignal(window.sessionReset, timeout=1000):
        clocks.idle.advance(6.5)
        window.poll_idle()
    assert not window.in_session()
    assert not window.warning.isVisible()
    assert window.attract.isVisible() and window.attract.index() == 0
    settle()
    # Every widget that held what was typed is gone, not merely cleared.
    assert not shiboken6.isValid(test)
    assert not shiboken6.isValid(session)

    touch_attract(window, qtbot)
    assert window.session is not None and window.session.test is None
    window.session.open_test()
    assert window.session.test.entered() == {"left": "", "right": ""}
    assert window.session.test.result is None


def test_a_touch_dismisses_the_warning(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    clocks.idle.advance(61)
    window.poll_idle()
    assert window.warning.isVisible()
    qtbot.mouseClick(window.warning, LEFT, pos=QPoint(5, 5))
    assert not window.warning.isVisible()
    assert window.idle.state == "active"
    clocks.idle.advance(59)
    window.poll_idle()
    assert window.in_session() and not window.warning.isVisible()


def press_accessibly(widget) -> None:
    """What a screen reader does: the Press action of the widget's accessible interface."""
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    actions = QAccessible.queryAccessibleInterface(widget).actionInterface()
    actions.doAction(QAccessibleActionInterface.pressAction())


def test_a_screen_reader_press_counts_as_someone_there(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    clocks.idle.advance(50)
    window.poll_idle()
    press_accessibly(window.session.home.tiles["wall-lean"])  # no input event: only a click
    qtbot.waitUntil(lambda: window.session.current() is window.session.exercise, timeout=2000)
    clocks.idle.advance(50)  # 100 s since the touch, 50 s since the press
    window.poll_idle()
    assert window.in_session() and not window.warning.isVisible()


def test_the_warning_is_a_button_a_screen_reader_can_press(make_kiosk, qtbot):
    from PySide6.QtGui import QAccessible

    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    clocks.idle.advance(61)
    window.poll_idle()
    assert window.warning.isVisible()
    shown = QAccessible.queryAccessibleInterface(window.warning)
    assert shown.role() == QAccessible.Role.Button
    assert shown.text(QAccessible.Text.Name) == "Still there? Press to carry on."
    press_accessibly(window.warning)
    assert not window.warning.isVisible() and window.idle.state == "active"


def test_start_over_resets_at_once(make_kiosk, qtbot):
    window, _ = make_kiosk()
    touch_attract(window, qtbot)
    qtbot.mouseClick(window.session.home.start_over, LEFT)
    assert not window.in_session()


def test_the_idle_clock_pauses_while_a_hold_runs(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    window.session.open_exercise("wall-lean")
    qtbot.mouseClick(window.session.exercise.start_button, LEFT)
    hold = window.session.hold
    assert hold.running and window.idle.paused
    assert hold.player.mode == "run"

    clocks.idle.advance(1000)
    window.poll_idle()
    assert window.in_session() and not window.warning.isVisible()
    # Escape, which ends a run in the desktop player, is swallowed.
    qtbot.keyClick(hold.player, Qt.Key.Key_Escape)
    assert hold.player.mode == "run"

    clocks.hold.advance(hold.player.plan.total_seconds)
    hold.player.driver.deadline_timer.timeout.emit()
    assert hold.showing_done()
    assert not hold.running and not window.idle.paused
    # The visitor gets the whole idle time again after the hold.
    clocks.idle.advance(59.9)
    window.poll_idle()
    assert not window.warning.isVisible()
    clocks.idle.advance(0.1)
    window.poll_idle()
    assert window.warning.isVisible()


def test_a_paused_hold_does_not_pause_the_idle_clock(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    window.session.open_exercise("deep-squat")
    window.session.start_hold()
    qtbot.mouseClick(window.session.hold.player.run_view.pause_button, LEFT)
    assert not window.idle.paused
    clocks.idle.advance(70)
    window.poll_idle()
    assert not window.in_session()


def test_close_requests_are_refused(make_kiosk):
    window, _ = make_kiosk()
    assert window.close() is False
    event = QCloseEvent()
    QCoreApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible()


ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
META = Qt.KeyboardModifier.MetaModifier
NONE = Qt.KeyboardModifier.NoModifier
BLOCKED = [
    (Qt.Key.Key_Escape, NONE),
    (Qt.Key.Key_F4, ALT),
    (Qt.Key.Key_Q, CTRL),
    (Qt.Key.Key_W, CTRL),
    (Qt.Key.Key_Tab, ALT),
    (Qt.Key.Key_F4, CTRL),
    (Qt.Key.Key_Space, ALT),
    (Qt.Key.Key_F11, NONE),
    (Qt.Key.Key_F1, NONE),
    (Qt.Key.Key_Menu, NONE),
    (Qt.Key.Key_Delete, CTRL | ALT),
    (Qt.Key.Key_Backspace, CTRL | ALT),
    (Qt.Key.Key_D, META),
    (Qt.Key.Key_Return, ALT),
]


@pytest.mark.parametrize(("key", "modifiers"), BLOCKED)
def test_keys_that_could_lead_out_do_nothing(make_kiosk, qtbot, key, modifiers):
    window, _ = make_kiosk()
    fired = []
    combination = QKeyCombination(modifiers, key)
    shortcut = QShortcut(QKeySequence(combination), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: fired.append("shortcut"))
    action = QAction(window)
    action.setShortcut(QKeySequence(combination))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: fired.append("action"))
    action.triggered.connect(window.close)
    window.addAction(action)
    qtbot.keyClick(window.attract, key, modifiers)
    assert fired == []
    assert window.isVisible()
    # Not even the attract loop saw it (any key it sees starts a session).
    assert not window.in_session()
    assert window.guard.swallowed >= 1


def test_plain_keys_still_reach_the_kiosk(make_kiosk, qtbot):
    window, _ = make_kiosk()
    qtbot.keyClick(window.attract, Qt.Key.Key_Space)
    assert window.in_session()


def test_context_menus_are_refused(make_kiosk, qtbot):
    window, _ = make_kiosk()
    touch_attract(window, qtbot)
    probe = QWidget(window.session.home)
    probe.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    requested = []
    probe.customContextMenuRequested.connect(requested.append)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), QPoint(2, 2))
    QCoreApplication.sendEvent(probe, event)
    assert requested == []
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.PreventContextMenu


def test_corner_taps_open_the_pin_pad(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    for _ in range(4):
        qtbot.mouseClick(window.hotspot, LEFT)
        clocks.idle.advance(0.7)
    assert not window.pin_pad.isVisible()
    clocks.idle.advance(1.0)  # the first tap is now more than 3 s old
    qtbot.mouseClick(window.hotspot, LEFT)
    assert not window.pin_pad.isVisible()
    open_pad(window, qtbot, clocks)
    assert window.pin_pad.isVisible()
    assert not window.in_session()  # the corner taps pressed nothing underneath


def test_five_wrong_pins_lock_for_30_s_and_the_right_pin_exits(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    exits = []
    window.exitGranted.connect(lambda: exits.append(True))
    open_pad(window, qtbot, clocks)
    pad = window.pin_pad
    for _ in range(4):
        type_pin(window, qtbot, "1111")
    assert "1 tries left" in pad.message.text() or "1 try" in pad.message.text()
    type_pin(window, qtbot, "1111")
    assert pad.is_locked()
    assert "locked" in pad.message.text()
    assert not pad.keypad.keys["2"].isEnabled()
    type_pin(window, qtbot, PIN)  # disabled keys: nothing is typed, nothing is checked
    assert exits == [] and window.isVisible()

    # Closing and reopening the pad does not buy more tries.
    qtbot.mouseClick(pad.cancel_button, LEFT)
    open_pad(window, qtbot, clocks)
    assert pad.is_locked()

    clocks.idle.advance(30)
    pad.findChild(QTimer, LOCK_TIMER).timeout.emit()
    assert pad.keypad.keys["2"].isEnabled()
    type_pin(window, qtbot, PIN)
    assert exits == [True]
    assert not window.isVisible()
    running = [t.objectName() for t in window.findChildren(QTimer) if t.isActive()]
    assert running == []
    # The keyboard is the desktop's again.
    swallowed = window.guard.swallowed
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert window.guard.swallowed == swallowed


def test_staff_can_type_the_pin_on_a_keyboard(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    open_pad(window, qtbot, clocks)
    with qtbot.waitSignal(window.exitGranted, timeout=1000):
        qtbot.keyClicks(window.pin_pad, PIN)
        qtbot.keyClick(window.pin_pad, Qt.Key.Key_Return)


def test_a_pad_left_open_is_reset_like_a_session(make_kiosk, qtbot):
    window, clocks = make_kiosk()
    exits = []
    window.exitGranted.connect(lambda: exits.append(True))
    open_pad(window, qtbot, clocks)
    qtbot.mouseClick(window.pin_pad.keypad.keys["1"], LEFT)
    clocks.idle.advance(70)
    window.poll_idle()
    assert not window.pin_pad.isVisible()
    assert window.pin_pad.dots.count == 0
    # Typed blind at a closed pad, even the right PIN does nothing.
    qtbot.keyClicks(window.pin_pad, PIN)
    qtbot.keyClick(window.pin_pad, Qt.Key.Key_Return)
    assert exits == [] and window.isVisible()


def test_the_cursor_hides_when_still_and_returns_on_a_move(make_kiosk, qtbot):
    window, _ = make_kiosk()
    hider = window.cursor_hider
    hider.timer.timeout.emit()
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    qtbot.mouseMove(window, QPoint(200, 200))
    qtbot.mouseMove(window, QPoint(220, 240))
    assert QApplication.overrideCursor() is None
    assert hider.timer.isActive()


def test_show_kiosk_fills_the_screen_without_a_frame(make_kiosk):
    window, _ = make_kiosk()
    window.show_kiosk()
    assert window.geometry() == window.screen().geometry()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor


def test_a_session_writes_no_file(make_kiosk, qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    roots = [Path(os.environ["HOME"]), tmp_path]

    def files() -> set[Path]:
        return {p for root in roots for p in root.rglob("*") if p.is_file()}

    before = files()
    window, clocks = make_kiosk()
    touch_attract(window, qtbot)
    enter_a_result(window)
    window.session.open_exercise("wall-lean")
    window.session.start_hold()
    clocks.hold.advance(window.session.hold.player.plan.total_seconds)
    window.session.hold.player.driver.deadline_timer.timeout.emit()
    clocks.idle.advance(200)
    window.poll_idle()
    assert not window.in_session()
    assert files() == before
