"""Sessions: start, log items, finish, list; interrupted ones; cascading deletes."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from mobility_app.storage import (
    SessionItem,
    finish_session,
    interrupt_running_sessions,
    list_sessions,
    log_item,
    start_session,
)

from .helpers import NOW


def item(position: int = 0, **changes) -> SessionItem:
    values = {
        "position": position,
        "exercise_id": "wall-lean",
        "side": "left",
        "set_number": 1,
        "planned_seconds": 30.0,
        "done_seconds": 30.0,
        "skipped": False,
        "logged_at": NOW + timedelta(minutes=position),
    }
    values.update(changes)
    return SessionItem(**values)


def test_session_round_trip(db):
    session_id = start_session(db, "Morning routine", NOW)
    log_item(db, session_id, item(1, side="right"))
    log_item(db, session_id, item(0))
    log_item(db, session_id, item(2, side=None, exercise_id="deep-squat", skipped=True))
    finish_session(db, session_id, "finished", NOW + timedelta(minutes=10))

    [session] = list_sessions(db)
    assert session.id == session_id
    assert session.routine_name == "Morning routine"
    assert session.started_at == NOW
    assert session.ended_at == NOW + timedelta(minutes=10)
    assert session.status == "finished"
    assert [i.position for i in session.items] == [0, 1, 2]
    assert session.items[2].skipped is True
    assert session.items[2].side is None
    assert session.items[0] == item(0, id=session.items[0].id)


def test_finish_only_a_running_session(db):
    session_id = start_session(db, "r", NOW)
    with pytest.raises(ValueError, match="ends as"):
        finish_session(db, session_id, "running", NOW)
    finish_session(db, session_id, "stopped", NOW)
    with pytest.raises(LookupError):
        finish_session(db, session_id, "finished", NOW)
    with pytest.raises(LookupError):
        finish_session(db, 12345, "finished", NOW)
    assert list_sessions(db)[0].status == "stopped"


def test_sessions_left_running_become_interrupted(db):
    crashed = start_session(db, "r", NOW)
    done = start_session(db, "r", NOW + timedelta(hours=1))
    finish_session(db, done, "finished", NOW + timedelta(hours=2))
    assert interrupt_running_sessions(db) == 1
    statuses = {s.id: (s.status, s.ended_at) for s in list_sessions(db)}
    assert statuses[crashed] == ("interrupted", None)
    assert statuses[done][0] == "finished"


def test_items_need_an_existing_session(db):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        log_item(db, 999, item(0))


def test_deleting_a_session_deletes_its_items(db):
    session_id = start_session(db, "r", NOW)
    log_item(db, session_id, item(0))
    with db.transaction() as connection:
        connection.execute("DELETE FROM sessions WHERE id = :id", {"id": session_id})
    assert db.query("SELECT COUNT(*) FROM session_items")[0][0] == 0


@pytest.mark.parametrize(
    "changes",
    [{"side": "middle"}, {"set_number": 0}, {"done_seconds": -1.0}, {"position": -1}],
)
def test_schema_refuses_bad_items(db, changes):
    session_id = start_session(db, "r", NOW)
    with pytest.raises(sqlite3.IntegrityError):
        log_item(db, session_id, item(**changes))
    assert list_sessions(db)[0].items == ()


def test_nan_seconds_refused(db):
    session_id = start_session(db, "r", NOW)
    with pytest.raises(ValueError, match="finite"):
        log_item(db, session_id, item(0, done_seconds=float("nan")))
