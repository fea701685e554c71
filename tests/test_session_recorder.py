"""The session recorder: sets written as they end, crash-safe, storage failures never fatal."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mobility_app import session_recorder as recorder_module
from mobility_app.catalog import Dose, Entry, TempoPhase
from mobility_app.routine import (
    ManualClock,
    PlanOptions,
    RoutineItem,
    RoutineRunner,
    Status,
    build_plan,
)
from mobility_app.session_recorder import SessionRecorder
from mobility_app.storage import StorageError, list_sessions, open_database

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
OPTIONS = PlanOptions(ready_seconds=2, switch_seconds=2)


def _entry(entry_id: str, dose: Dose) -> Entry:
    return Entry(entry_id, "exercise", entry_id, "", "", (), (), (), (), (), (), (), dose=dose)


def items() -> list[RoutineItem]:
    """Holds 2 x 3 s per side in one set, then two sets of two 2 s paced reps."""
    holds = Dose("hold", 2, 1, True, 1, "", seconds=3)
    reps = Dose("reps", 2, 2, False, 1, "", tempo=(TempoPhase("Up", 1), TempoPhase("Down", 1)))
    return [RoutineItem(_entry("holds", holds)), RoutineItem(_entry("reps", reps))]


class Clock:
    """Wall-clock times for the log, a minute apart, so their order is visible."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def db(tmp_path):
    database, report = open_database(tmp_path / "data" / "m.sqlite3", tmp_path / "b", now=Clock())
    assert report is None
    yield database
    database.close()


class Run:
    """A runner on a manual clock, with the recorder fed as the player page feeds it."""

    def __init__(self, recorder: SessionRecorder) -> None:
        self.plan = build_plan(items(), OPTIONS)
        self.clock = ManualClock()
        self.runner = RoutineRunner(self.plan, self.clock)
        self.recorder = recorder

    def sync(self) -> None:
        snapshot = self.runner.snapshot()
        ended = snapshot.status.ended
        sets = self.runner.summary().sets
        self.recorder.record_progress(self.plan, sets, snapshot.index, ended)
        if ended:
            self.recorder.finished(snapshot.status)

    def to_step(self, index: int) -> None:
        """Let time run to the start of step `index`."""
        self.clock.set(self.runner.started_at + self.plan.steps[index].start + 1e-6)
        self.runner.poll()
        self.sync()


def stored(path) -> list[sqlite3.Row]:
    """What a second connection (another process, after a crash) sees."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute(
            "SELECT s.status, s.ended_at, i.exercise_id, i.side, i.set_number, i.skipped "
            "FROM sessions s LEFT JOIN session_items i ON i.session_id = s.id ORDER BY i.id"
        ).fetchall()


def test_without_storage_nothing_is_written_and_nothing_fails():
    recorder = SessionRecorder(None, "Routine", Clock())
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    run.to_step(5)
    run.runner.stop()
    run.sync()
    assert not recorder.enabled
    assert not recorder.saved
    assert recorder.session_id is None
    assert recorder.error is None


def test_each_set_is_committed_the_moment_it_ends(db):
    recorder = SessionRecorder(db, "Whole routine", Clock())
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    assert [row["status"] for row in stored(db.path)] == ["running"]
    assert stored(db.path)[0]["exercise_id"] is None  # the session, no items yet
    left_last = max(s.index for s in run.plan.work_steps if s.side == "left")
    run.to_step(left_last)
    assert stored(db.path)[0]["exercise_id"] is None  # the left set is still going
    run.to_step(left_last + 1)
    rows = stored(db.path)
    assert [(r["exercise_id"], r["side"], r["skipped"]) for r in rows] == [("holds", "left", 0)]
    # A kill -9 now leaves the session running with its first set: nothing else is needed.
    assert rows[0]["status"] == "running"
    assert recorder.saved


def test_a_finished_run_stores_every_set_and_its_end(db):
    recorder = SessionRecorder(db, "Whole routine", Clock())
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    for index in range(len(run.plan)):
        run.to_step(index)
    run.clock.advance(run.plan.total_seconds)
    run.runner.poll()
    run.sync()
    (session,) = list_sessions(db)
    assert session.status == "finished"
    assert session.ended_at is not None
    assert [(i.exercise_id, i.side, i.set_number, i.skipped) for i in session.items] == [
        ("holds", "left", 1, False),
        ("holds", "right", 1, False),
        ("reps", None, 1, False),
        ("reps", None, 2, False),
    ]
    assert recorder.saved
    assert recorder.logged_count == 4


def test_a_stopped_run_keeps_the_set_it_was_in_and_skipped_sets(db):
    recorder = SessionRecorder(db, "Whole routine", Clock())
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    first_work = run.plan.work_steps[0].index
    run.to_step(first_work)
    for _ in range(3):  # hold, rest, hold: the left set ends with nothing done
        run.runner.skip()
    run.sync()
    run.clock.advance(0.5)
    run.runner.stop()  # in the right side's switch step: the right set was never reached
    run.sync()
    (session,) = list_sessions(db)
    assert session.status == "stopped"
    assert [(i.side, i.skipped) for i in session.items] == [("left", True)]
    assert session.items[0].done_seconds == pytest.approx(0.0, abs=1e-3)


def test_a_set_redone_after_back_is_logged_again(db):
    recorder = SessionRecorder(db, "Whole routine", Clock())
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    run.to_step(run.plan.work_steps[0].index)
    for _ in range(3):
        run.runner.skip()
    run.sync()  # left set logged as skipped
    run.runner.back()  # straight back into the left set's last hold
    run.sync()
    run.clock.advance(3)  # this time the hold is done
    run.runner.poll()
    run.sync()
    sessions = list_sessions(db)
    left = [i for i in sessions[0].items if i.side == "left"]
    assert [i.skipped for i in left] == [True, False]  # the last row is how it finally went


def test_storage_failures_are_remembered_never_raised_and_retried(db, monkeypatch):
    real_log_item = recorder_module.log_item
    failures = {"left": 1}

    def flaky_log_item(database, session_id, item):
        if failures["left"]:
            failures["left"] -= 1
            raise StorageError("Could not save to the database: the disk is full.")
        return real_log_item(database, session_id, item)

    monkeypatch.setattr(recorder_module, "log_item", flaky_log_item)
    recorder = SessionRecorder(db, "Whole routine", Clock())
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    left_last = max(s.index for s in run.plan.work_steps if s.side == "left")
    run.to_step(left_last + 1)
    assert not recorder.saved
    assert "disk is full" in (recorder.error or "")
    run.to_step(left_last + 2)  # the next change tries the missing set again
    assert recorder.saved
    assert [i.side for i in list_sessions(db)[0].items] == ["left"]


def test_a_session_that_cannot_start_does_not_stop_the_run(db, monkeypatch):
    def failing_start(*args):
        raise StorageError("Could not save to the database: it is read-only.")

    monkeypatch.setattr(recorder_module, "start_session", failing_start)
    recorder = SessionRecorder(db, "Whole routine", Clock())
    recorder.started()
    run = Run(recorder)
    run.runner.start()
    run.to_step(len(run.plan) - 1)
    run.runner.stop()
    run.sync()
    assert recorder.error is not None and "read-only" in recorder.error
    assert not recorder.saved
    assert list_sessions(db) == []


def test_a_session_interrupted_by_another_copy_keeps_its_sets(db):
    recorder = SessionRecorder(db, "Whole routine", Clock())
    recorder.started()
    db.connection.execute("UPDATE sessions SET status = 'interrupted'")
    recorder.finished(Status.STOPPED)  # logs a warning, raises nothing
    assert list_sessions(db)[0].status == "interrupted"


def test_pain_ratings_are_kept_in_memory_and_checked():
    recorder = SessionRecorder(None, "Routine")
    recorder.set_pain_before(3)
    recorder.set_pain_after(0)
    assert (recorder.pain_before, recorder.pain_after) == (3, 0)
    recorder.set_pain_after(None)
    assert recorder.pain_after is None
    for bad in (-1, 11, 2.5, True):
        with pytest.raises(ValueError, match="0 to 10"):
            recorder.set_pain_before(bad)


def test_fresh_gives_a_new_recorder_for_the_same_routine(db):
    recorder = SessionRecorder(db, "Whole routine", Clock())
    recorder.started()
    with pytest.raises(RuntimeError):
        recorder.started()
    again = recorder.fresh()
    assert (again.db, again.routine_name, again.session_id) == (db, "Whole routine", None)


class MemoryLog:
    """Stands in for the storage functions in the property test: fast and inspectable."""

    def __init__(self) -> None:
        self.items: list = []
        self.status = "running"

    def start(self, db, name, started_at) -> int:
        return 1

    def log(self, db, session_id, item) -> int:
        self.items.append(item)
        return len(self.items)

    def finish(self, db, session_id, status, ended_at) -> None:
        self.status = status


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(["wait", "skip", "back", "pause"]), max_size=25), st.booleans())
def test_the_last_row_of_each_set_is_how_the_run_left_it(monkeypatch, commands, stop):
    memory = MemoryLog()
    monkeypatch.setattr(recorder_module, "start_session", memory.start)
    monkeypatch.setattr(recorder_module, "log_item", memory.log)
    monkeypatch.setattr(recorder_module, "finish_session", memory.finish)
    recorder = SessionRecorder(object(), "Routine", Clock())  # type: ignore[arg-type]
    run = Run(recorder)
    recorder.started()
    run.runner.start()
    for command in commands:
        if command == "wait":
            run.clock.advance(1.3)
            run.runner.poll()
        elif command == "pause":
            run.runner.toggle_pause()
        else:
            getattr(run.runner, command)()
        run.sync()
    if stop:
        run.runner.stop()
    else:
        run.runner.resume()
        run.clock.advance(run.plan.total_seconds)
        run.runner.poll()
    run.sync()
    last = {(i.position, i.side, i.set_number): i for i in memory.items}
    final = run.runner.summary().sets
    assert {(s.position, s.side, s.set_number) for s in final} == set(last)
    for record in final:
        item = last[(record.position, record.side, record.set_number)]
        assert (item.skipped, item.done_seconds) == (record.skipped, record.done_seconds)
    assert memory.status == ("stopped" if stop else "finished")


def test_pain_ratings_are_stored_with_the_session(tmp_path):
    import datetime as dt

    from mobility_app.session_recorder import SessionRecorder
    from mobility_app.storage import open_database, session_pain

    now = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
    db, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    try:
        recorder = SessionRecorder(db, "Article routine", lambda: now)
        recorder.set_pain_before(4)  # chosen on the start screen, before the session exists
        recorder.started()
        assert session_pain(db, recorder.session_id) == (4, None)
        recorder.set_pain_after(2)
        assert session_pain(db, recorder.session_id) == (4, 2)
    finally:
        db.close()
