"""Weekly practice count: a target, not a streak."""

import datetime as dt

from mobility_app.history import days_practised_in_week, sessions_per_week, week_start
from mobility_app.storage import Session, SessionItem

ZONE = dt.UTC


def session(day: int, status="finished", done=30.0, skipped=False, hour=9):
    started = dt.datetime(2026, 11, day, hour, tzinfo=ZONE)
    item = SessionItem(0, "wall-lean", "left", 1, 30.0, done, skipped, started)
    return Session(1, "Article routine", started, started, status, (item,))


def test_counts_days_not_sessions_and_starts_on_monday():
    # 2026-11-23 is a Monday.
    sessions = [session(22), session(23), session(23, hour=18), session(25), session(26)]
    assert days_practised_in_week(sessions, dt.date(2026, 11, 26)) == 3
    assert days_practised_in_week(sessions, dt.date(2026, 11, 24)) == 1


def test_a_missed_day_does_not_reset_the_count():
    sessions = [session(23), session(25)]
    assert days_practised_in_week(sessions, dt.date(2026, 11, 27)) == 2


def test_sessions_without_work_do_not_count():
    sessions = [session(23, done=0.0), session(24, skipped=True), session(25, status="running")]
    assert days_practised_in_week(sessions, dt.date(2026, 11, 27)) == 0


def test_sessions_per_week():
    sessions = [session(16), session(17), session(23), session(24, status="interrupted")]
    assert sessions_per_week(sessions) == [(dt.date(2026, 11, 16), 2), (dt.date(2026, 11, 23), 2)]
    assert week_start(dt.date(2026, 11, 29)) == dt.date(2026, 11, 23)


def test_outcome_counts_each_set_by_its_last_row():
    from mobility_app.history import outcome

    started = dt.datetime(2026, 11, 23, 9, tzinfo=ZONE)
    items = (
        SessionItem(0, "wall-lean", "left", 1, 30.0, 10.0, True, started),  # skipped...
        SessionItem(0, "wall-lean", "left", 1, 30.0, 30.0, False, started),  # ...then redone
        SessionItem(0, "wall-lean", "right", 1, 30.0, 0.0, True, started),
        SessionItem(1, "calf-raise", None, 1, 72.0, 72.0, False, started),
    )
    result = outcome(Session(1, "Article routine", started, started, "stopped", items))
    assert (result.sets_done, result.sets_skipped) == (2, 1)
    assert result.seconds_done == 102.0
    assert result.exercise_ids == ("wall-lean", "calf-raise")
