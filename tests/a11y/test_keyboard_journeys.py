"""The two journeys the accessibility issue names, with the keyboard alone, from the library.

Every key goes to whatever has the focus, as it would for a person without a mouse: Tab and
Shift+Tab move, Space and Return act, digits rate pain and type results. The routine runs on
a manual clock, so its sixteen minutes pass in an instant without changing what is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from mobility_app.routine import ManualClock
from mobility_app.storage import list_measurements, list_sessions, open_database, session_pain
from mobility_app.ui.library_page import EntryCard
from mobility_app.ui.main_window import MainWindow
from mobility_app.ui.pain_scale import PainScale

WAIT = 5000


@pytest.fixture()
def db(tmp_path):
    now = dt.datetime.now().astimezone()
    database, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    yield database
    database.close()


@pytest.fixture()
def clock():
    return ManualClock()


@pytest.fixture()
def window(qtbot, catalog, db, clock):
    shown = MainWindow(catalog, clock=clock)
    qtbot.addWidget(shown)
    shown.set_database(db)
    shown.resize(1280, 800)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    yield shown
    shown.player_page.shutdown()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, wanted: Callable[[QWidget], bool], *, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) until the focus is on a widget `wanted` accepts; fail after 60."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(60):
        if wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
    raise AssertionError(f"the focus never reached it; it stopped on {focused()!r}")


def button(text: str) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, QAbstractButton) and w.text().replace("&", "") == text


def test_a_whole_routine_with_the_keyboard_alone(qtbot, window, db, clock) -> None:
    tab_to(qtbot, button("Start routine"))
    press(qtbot, Qt.Key.Key_Space)
    player = window.player_page
    assert window.current_page == "player" and player.mode == "start"

    tab_to(qtbot, lambda w: isinstance(w, PainScale))  # how it feels before: 2 of 10
    press(qtbot, Qt.Key.Key_2)
    tab_to(qtbot, button("Start"), backwards=True)
    press(qtbot, Qt.Key.Key_Space)
    assert player.mode == "run"

    total = player.plan.total_seconds
    assert total > 15 * 60  # the article's six exercises, each side, with rests
    for _ in range(3):  # through the routine in strides; the screen follows each one
        before = player.run_view.overall_label.text()
        clock.advance(total / 4)
        qtbot.waitUntil(
            lambda shown=before: player.run_view.overall_label.text() != shown, timeout=WAIT
        )
    clock.advance(total / 4 + 1)
    qtbot.waitUntil(lambda: player.mode == "summary", timeout=WAIT)

    tab_to(qtbot, lambda w: isinstance(w, PainScale) and w is player.summary_view.pain)
    press(qtbot, Qt.Key.Key_1)  # and after: 1 of 10
    tab_to(qtbot, button(player.summary_view.done_button.text().replace("&", "")))
    with qtbot.waitSignal(player.closed, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Space)
    assert window.current_page == "library"

    (session,) = list_sessions(db)
    assert session.status == "finished"
    assert session.items and not any(item.skipped for item in session.items)
    assert {item.exercise_id for item in session.items} == {e.id for e in window.catalog.exercises}
    assert session_pain(db, session.id) == (2, 1)


def test_a_knee_to_wall_result_with_the_keyboard_alone(qtbot, window, db) -> None:
    tab_to(qtbot, lambda w: isinstance(w, EntryCard) and w.entry_id == "knee-to-wall")
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page == "exercise:knee-to-wall"
    tab_to(qtbot, button("Do the test"))
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page == "test"

    page = window.test_page
    qtbot.waitUntil(lambda: focused() is page.forms["left"].trial_edits[0], timeout=WAIT)
    for text in ("11", "12", "13"):  # Return moves on to the next trial
        qtbot.keyClicks(focused(), text)
        press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, lambda w: w is page.forms["right"].trial_edits[0])
    for text in ("9,5", "10", "10,5"):  # the locale's decimal comma is accepted too
        qtbot.keyClicks(focused(), text)
        press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, lambda w: w is page.note_edit)
    qtbot.keyClicks(focused(), "keyboard only")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(page.showing_result, timeout=WAIT)

    stored = sorted(list_measurements(db), key=lambda m: m.side)
    assert [(m.side, m.distance_cm, m.note) for m in stored] == [
        ("left", 12.0, "keyboard only"),
        ("right", 10.0, "keyboard only"),
    ]
