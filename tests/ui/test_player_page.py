"""The player page end to end: keyboard only, mouse only, the log as it runs, the still."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mobility_app.routine import ManualClock, PlanOptions, RoutineItem, Status
from mobility_app.session_recorder import SessionRecorder
from mobility_app.storage import list_sessions, open_database
from mobility_app.ui import cues, style
from mobility_app.ui.cues import CuePlayer
from mobility_app.ui.player_page import PlayerPage

OPTIONS = PlanOptions(ready_seconds=3, switch_seconds=2)
WAIT = 3000  # ms: the display timer polls every 100 ms


class WallClock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


class Sounds:
    """Fake sounds: the order they were played in, and no audio device needed."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def __call__(self, source, parent):
        played = self.played

        class Sound:
            def play(self) -> None:
                played.append(source.removeprefix("sounds/").removesuffix(".wav"))

            def setVolume(self, volume: float) -> None:
                pass

        return Sound()


@pytest.fixture
def items(catalog):
    """Wall lean, one 2 s hold per side; then one paced calf raise (6 s). 18 s in all."""
    wall, calf = catalog.get("wall-lean"), catalog.get("calf-raise")
    return [
        RoutineItem(wall, replace(wall.dose, seconds=2, reps=1, rest_seconds=0)),
        RoutineItem(calf, replace(calf.dose, reps=1, sets=1)),
    ]


@pytest.fixture
def db(tmp_path):
    database, _ = open_database(tmp_path / "data" / "m.sqlite3", tmp_path / "b", now=WallClock())
    yield database
    database.close()


@pytest.fixture
def answers():
    """What the stop confirmation answers, in order; no modal dialog ever opens."""
    return []


@pytest.fixture
def sounds():
    return Sounds()


@pytest.fixture
def page(qtbot, answers, sounds):
    widget = PlayerPage(confirm_stop=lambda: answers.pop(0))
    qtbot.addWidget(widget)
    widget.set_cue_player(CuePlayer(widget, sound_factory=sounds, output_count=lambda: 1))
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


@pytest.fixture
def clock():
    return ManualClock()


def start_run(page, items, db, clock, name="Test routine"):
    recorder = SessionRecorder(db, name, WallClock())
    page.run(items, name, recorder, clock=clock, options=OPTIONS)
    return recorder


def phase(page) -> str:
    return page.run_view.phase_label.text()


def ring_text(page) -> str:
    return page.run_view.ring.state().text


def wait_phase(qtbot, page, text):
    qtbot.waitUntil(lambda: phase(page) == text, timeout=WAIT)


def running_timers():
    QCoreApplication.sendPostedEvents(None, 0)
    timers = QApplication.instance().findChildren(QTimer)
    for widget in QApplication.topLevelWidgets():
        timers += widget.findChildren(QTimer)
    return [t.objectName() or repr(t) for t in timers if t.isActive()]


def cell(scale, value):
    return scale.cell_rect(value).center().toPoint()


def key(qtbot, page, which):
    qtbot.keyClick(page, which)


def test_keyboard_only(qtbot, page, items, db, clock, answers):
    recorder = start_run(page, items, db, clock)
    assert page.mode == "start"
    assert page.runner.status is Status.IDLE  # no clock runs while getting into position
    key(qtbot, page, Qt.Key.Key_3)  # the pain scale is not focused: digits do nothing here
    qtbot.keyClick(page.start_view.pain, Qt.Key.Key_2)
    key(qtbot, page, Qt.Key.Key_Space)
    assert page.mode == "run"
    assert recorder.pain_before == 2
    assert (phase(page), ring_text(page)) == ("Get ready", "3")
    assert "Wall lean stretch" in page.run_view.exercise_label.text()

    clock.advance(3.01)
    wait_phase(qtbot, page, "Hold")
    assert ring_text(page) == "2"
    assert page.run_view.exercise_label.text().endswith("Left leg")
    assert page.run_view.demonstration.side == "left"

    key(qtbot, page, Qt.Key.Key_Right)  # skip the left hold
    assert phase(page) == "Switch side"
    assert page.run_view.demonstration.side == "right"  # mirrored for the coming side
    key(qtbot, page, Qt.Key.Key_Left)  # back: straight after a step starts, the one before
    assert (phase(page), page.run_view.demonstration.side) == ("Hold", "left")

    key(qtbot, page, Qt.Key.Key_Space)
    assert phase(page) == "Paused"
    assert page.run_view.pause_button.text() == "Resume"
    assert "press Space to resume" in page.run_view.caption_label.text()
    clock.advance(30)
    qtbot.wait(150)
    assert phase(page) == "Paused" and ring_text(page) == "2"  # time stands still
    key(qtbot, page, Qt.Key.Key_Space)
    assert phase(page) == "Hold"

    answers.append(False)
    key(qtbot, page, Qt.Key.Key_Escape)  # asks; "No" carries on
    assert page.mode == "run" and page.runner.status is Status.RUNNING
    answers.append(True)
    with qtbot.waitSignal(page.sessionSaved, timeout=WAIT) as saved:
        key(qtbot, page, Qt.Key.Key_Escape)
    assert saved.args == [True]
    assert page.mode == "summary"
    assert page.summary_view.title_label.text() == "Routine stopped"
    assert running_timers() == []
    (session,) = list_sessions(db)
    assert session.status == "stopped"
    # Logged when skipped, and again when the redo (after Back) was stopped: the log keeps
    # every attempt, the last row per set is how it ended.
    assert [(i.exercise_id, i.side, i.skipped) for i in session.items] == [
        ("wall-lean", "left", True),
        ("wall-lean", "left", True),
    ]
    with qtbot.waitSignal(page.closed, timeout=WAIT):
        key(qtbot, page, Qt.Key.Key_Escape)


def test_mouse_only(qtbot, page, items, db, clock):
    start_run(page, items, db, clock)
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(
        page.start_view.pain, click, pos=page.start_view.pain.cell_rect(4).center().toPoint()
    )
    assert page.start_view.pain.value() == 4
    qtbot.mouseClick(page.start_view.start_button, click)
    assert phase(page) == "Get ready"
    view = page.run_view
    qtbot.mouseClick(view.pause_button, click)
    assert phase(page) == "Paused"
    qtbot.mouseClick(view.pause_button, click)
    assert phase(page) == "Get ready"
    clock.advance(3.01)
    wait_phase(qtbot, page, "Hold")
    clock.advance(2)  # the left hold is done
    wait_phase(qtbot, page, "Switch side")
    qtbot.mouseClick(view.skip_button, click)  # skip the switch step
    assert view.exercise_label.text().endswith("Right leg")
    qtbot.mouseClick(view.skip_button, click)  # skip the right hold
    assert phase(page) == "Get ready"
    assert "Bodyweight calf raise" in view.exercise_label.text()
    qtbot.mouseClick(view.skip_button, click)
    assert phase(page) == "Rise onto your toes"  # a paced rep shows its tempo action
    assert (ring_text(page), view.ring.state().caption) == ("1", "of 1")
    clock.advance(2.5)
    wait_phase(qtbot, page, "Lower slowly")  # the count moves on by itself
    with qtbot.waitSignal(page.sessionSaved, timeout=WAIT):
        clock.advance(5)
    assert page.summary_view.title_label.text() == "Well done"
    assert page.summary_view.before_label.text() == "Before you started: 4 of 10"
    assert page.summary_view.result_lines() == ["1 of 2 holds done, 1 skipped", "Rep done"]
    qtbot.mouseClick(page.summary_view.pain, click, pos=cell(page.summary_view.pain, 1))
    assert page.recorder.pain_after == 1
    (session,) = list_sessions(db)
    assert session.status == "finished"
    assert [(i.side, i.skipped) for i in session.items] == [("left", False), ("right", True),
                                                            (None, False)]  # fmt: skip
    with qtbot.waitSignal(page.closed, timeout=WAIT):
        qtbot.mouseClick(page.summary_view.done_button, click)


def test_every_cue_is_heard_and_seen(qtbot, page, items, db, clock, sounds, monkeypatch):
    # The manual clock jumps a whole step at a time, so every cue is "late"; hear them anyway.
    monkeypatch.setattr(cues, "STALE_AFTER", 1e9)
    flashes = []
    page.run_view.ring.flash = lambda: flashes.append(1) or True
    start_run(page, items, db, clock)
    shown = []
    page.driver.stepChanged.connect(lambda snapshot: shown.append(snapshot.index))
    key(qtbot, page, Qt.Key.Key_Space)
    for step in page.plan.steps:
        clock.advance(step.duration)
        if step.index + 1 < len(page.plan.steps):
            # Wait for the page to show the next step (asking the runner would move it on).
            qtbot.waitUntil(lambda s=step: shown[-1] > s.index, timeout=WAIT)
    qtbot.waitUntil(lambda: page.mode == "summary", timeout=WAIT)
    # One sound per instant: the most telling of the cues due then ("finished" with the end).
    instants: dict[float, list[str]] = {}
    for step in page.plan.steps:
        for cue in step.cues:
            instants.setdefault(round(step.start + cue.offset, 6), []).append(cue.kind)
    instants[round(page.plan.total_seconds, 6)].append("finished")
    expected = []
    for at in sorted(instants):
        kinds = [k for k in instants[at] if k in cues.SOUND_FILES]
        if kinds:
            expected.append(cues.SOUND_FILES[max(kinds, key=cues.SOUND_PRIORITY.index)])
    assert sounds.played == expected
    assert {"tick", "start", "halfway", "switch", "phase", "finished"} <= set(sounds.played)
    assert len(flashes) >= len(page.plan.steps)  # at least one flash at every step


def test_sets_are_in_the_log_before_the_run_ends(qtbot, page, items, db, clock):
    recorder = start_run(page, items, db, clock)
    key(qtbot, page, Qt.Key.Key_Space)
    clock.advance(3.01 + 2)  # get ready, then the left hold: the left set has ended
    wait_phase(qtbot, page, "Switch side")
    assert recorder.logged_count == 1
    # A crash now: the timers die with the process, nothing is finished or closed.
    page.driver.shutdown()
    with contextlib.closing(sqlite3.connect(db.path)) as other:
        sessions = other.execute("SELECT id, status FROM sessions").fetchall()
        logged = other.execute("SELECT exercise_id, side FROM session_items").fetchall()
    assert [status for _, status in sessions] == ["running"]
    assert logged == [("wall-lean", "left")]


def test_leaving_the_page_pauses_and_closing_it_stops(qtbot, page, items, db, clock):
    start_run(page, items, db, clock)
    key(qtbot, page, Qt.Key.Key_Space)
    page.hide()
    assert page.runner.status is Status.PAUSED
    assert running_timers() == []
    page.show()
    assert phase(page) == "Paused"
    page.close()
    assert page.runner.status is Status.STOPPED
    assert list_sessions(db)[0].status == "stopped"
    assert running_timers() == []


def test_run_again_starts_a_new_session(qtbot, page, items, db, clock):
    start_run(page, items, db, clock)
    key(qtbot, page, Qt.Key.Key_Space)
    page.stop()
    assert page.mode == "summary"
    first_runner = page.runner
    qtbot.mouseClick(page.summary_view.again_button, Qt.MouseButton.LeftButton)
    assert page.mode == "start" and page.runner is not first_runner
    key(qtbot, page, Qt.Key.Key_Space)
    page.stop()
    assert [s.status for s in list_sessions(db)] == ["stopped", "stopped"]


def test_a_still_shows_the_middle_of_a_hold_without_a_timer(qtbot, page, catalog):
    wall = catalog.get("wall-lean")
    page.show_still([RoutineItem(wall)], wall.name, 12)  # 5 s get ready, then 7 s into a hold
    assert page.mode == "still"
    assert (phase(page), ring_text(page)) == ("Hold", "23")
    assert page.run_view.position_label.text() == "Hold 1 of 3"
    demonstration = page.run_view.demonstration
    assert not demonstration.is_playing()
    assert demonstration.time() == pytest.approx(12 % demonstration.animation.duration)
    key(qtbot, page, Qt.Key.Key_Space)  # keys do nothing on a still
    assert phase(page) == "Hold"
    assert running_timers() == []


@pytest.mark.parametrize(("at", "text", "caption"), [(4.5, "1", "second"), (3.5, "2", "seconds")])
def test_the_ring_caption_agrees_with_its_number(qtbot, page, catalog, at, text, caption):
    wall = catalog.get("wall-lean")
    page.show_still([RoutineItem(wall)], wall.name, at)  # within the 5 s get ready
    state = page.run_view.ring.state()
    assert (state.text, state.caption) == (text, caption)


def test_readable_from_the_floor_and_operable_by_anyone(qtbot, page, catalog):
    wall = catalog.get("wall-lean")
    page.show_still([RoutineItem(wall)], wall.name, 12)
    qtbot.wait(10)  # let the layout settle at 1280 x 800
    ring = page.run_view.ring
    assert 0.2 <= ring.digit_height() / page.height() <= 0.3
    phase_font = page.run_view.phase_label.fontInfo().pixelSize()
    assert phase_font >= style.scaled_font(style.HEADING_1 * 1.5).pixelSize() or phase_font >= 56
    buttons = [*page.run_view.buttons, page.start_view.start_button, page.summary_view.done_button]
    for button in buttons:
        assert button.minimumHeight() >= 6 * style.UNIT
        assert button.minimumWidth() >= 15 * style.UNIT
        assert button.accessibleName()
    assert page.run_view.ring.accessibleDescription() == "Hold, 23 seconds left"


def test_reduced_motion_reaches_the_demonstration(qtbot, page, catalog):
    wall = catalog.get("wall-lean")
    page.show_still([RoutineItem(wall)], wall.name, 12)
    page.set_reduced_motion(True)
    demonstration = page.run_view.demonstration
    assert demonstration.reduced_motion()
    assert demonstration.still_count() > 1
    page.set_reduced_motion(False)
    assert not demonstration.play_button.isVisible()  # the player drives it, not its buttons


def test_each_phase_change_and_the_end_are_announced_to_screen_readers(
    qtbot, page, items, db, clock, monkeypatch
):
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        "mobility_app.ui.player_page.announce",
        lambda _source, text, interrupt=False: said.append((text, interrupt)),
    )
    start_run(page, items, db, clock)
    key(qtbot, page, Qt.Key.Key_Space)
    assert said[-1][0].startswith("Get ready. Wall lean stretch")
    clock.advance(3.01)
    wait_phase(qtbot, page, "Hold")
    assert said[-1] == ("Hold. Wall lean stretch · Left leg. Hold 1 of 1. 2 seconds.", False)
    count = len(said)
    clock.advance(0.5)
    qtbot.waitUntil(lambda: ring_text(page) == "2", timeout=WAIT)
    assert len(said) == count  # the seconds ticking by are not announced, only changes
    key(qtbot, page, Qt.Key.Key_Space)
    assert said[-1][0] == "Paused"  # the same step: only what changed
    key(qtbot, page, Qt.Key.Key_Space)
    clock.advance(600)
    qtbot.waitUntil(lambda: page.mode == "summary", timeout=WAIT)
    assert said[-1] == (page.summary_view.title_label.text(), True)
