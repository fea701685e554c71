"""Saved routines and session pain ratings: schema v3/v4, round trips, all or nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from mobility_app.storage import (
    LATEST_VERSION,
    RoutineNameTakenError,
    StoredDose,
    StoredRoutineItem,
    delete_routine,
    list_routines,
    load_routine,
    migrate,
    rename_routine,
    save_routine,
    session_pain,
    set_session_pain,
    start_session,
)
from mobility_app.storage.connection import connect, user_version

from .helpers import NOW, build_at_version, table_names

HOLD = StoredDose("hold", 30, 3, 1, True, 15)
PACED = StoredDose("reps", None, 12, 2, False, 60, (1.0, 1.0, 3.0, 1.0))


def item(exercise_id: str = "wall-lean", dose: StoredDose = HOLD) -> StoredRoutineItem:
    return StoredRoutineItem(exercise_id, dose)


def later(minutes: int):
    return lambda: NOW + timedelta(minutes=minutes)


# -- schema -------------------------------------------------------------------------------------


def test_empty_database_reaches_v4_with_routine_and_pain_tables(tmp_path):
    path = tmp_path / "db.sqlite3"
    with contextlib.closing(connect(path)) as connection:
        migrate(connection)
        assert user_version(connection) == LATEST_VERSION >= 4
        assert {"routines", "routine_items"} <= table_names(connection)
        columns = {row[1] for row in connection.execute("PRAGMA table_info(sessions)")}
        assert {"pain_before", "pain_after"} <= columns


def test_upgrade_from_v2_keeps_sessions_and_leaves_pain_unknown(tmp_path):
    path = tmp_path / "db.sqlite3"
    build_at_version(path, 2)
    with contextlib.closing(connect(path)) as connection:
        connection.execute(
            "INSERT INTO sessions (started_at, routine_name, status) VALUES (:at, 'r', 'finished')",
            {"at": NOW.isoformat()},
        )
        migrate(connection)
        row = connection.execute("SELECT routine_name, pain_before, pain_after FROM sessions")
        assert tuple(row.fetchone()) == ("r", None, None)


def test_cascade_lookup_uses_the_unique_index(db):
    # No separate index on routine_id: UNIQUE (routine_id, position) starts with it.
    plan = db.query("EXPLAIN QUERY PLAN SELECT * FROM routine_items WHERE routine_id = 1")
    assert any("USING INDEX" in row["detail"] for row in plan)


def _insert_item(db, **changes):
    values = {
        "routine_id": None,
        "position": 0,
        "exercise_id": "wall-lean",
        "kind": "hold",
        "seconds": 30,
        "reps": 3,
        "sets": 1,
        "per_side": 1,
        "rest_seconds": 15,
        "tempo": None,
    }
    values.update(changes)
    with db.transaction() as connection:
        if values["routine_id"] is None:
            values["routine_id"] = connection.execute(
                "INSERT INTO routines (name, created_at, updated_at) VALUES ('r', 'x', 'x')"
            ).lastrowid
        connection.execute(
            "INSERT INTO routine_items (routine_id, position, exercise_id, kind, seconds, reps, "
            "sets, per_side, rest_seconds, tempo) VALUES (:routine_id, :position, :exercise_id, "
            ":kind, :seconds, :reps, :sets, :per_side, :rest_seconds, :tempo)",
            values,
        )


def test_a_valid_item_row_is_accepted(db):
    _insert_item(db)
    _insert_item(
        db,
        exercise_id="calf-raise",
        kind="reps",
        seconds=None,
        tempo="[1, 3.5]",
        routine_id=1,
        position=1,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"seconds": 4},
        {"seconds": 301},
        {"reps": 0},
        {"reps": 31},
        {"sets": 0},
        {"sets": 11},
        {"per_side": 2},
        {"rest_seconds": -1},
        {"rest_seconds": 301},
        {"kind": "stretch"},
        {"position": -1},
        {"exercise_id": ""},
        {"seconds": None},  # a hold needs its length
        {"tempo": "[1, 2]"},  # only paced reps have a tempo
        {"kind": "reps", "seconds": 30, "tempo": "[1]"},  # paced reps have no length
        {"kind": "reps", "seconds": None, "tempo": None},
        {"kind": "reps", "seconds": None, "tempo": "[]"},
        {"kind": "reps", "seconds": None, "tempo": '{"a": 1}'},
        {"kind": "reps", "seconds": None, "tempo": "not json"},
        {"routine_id": 999},  # foreign key
    ],
)
def test_schema_refuses_bad_items(db, changes):
    with pytest.raises(sqlite3.IntegrityError):
        _insert_item(db, **changes)
    assert db.query("SELECT COUNT(*) FROM routine_items")[0][0] == 0


@pytest.mark.parametrize("name", ["", " padded", "padded ", "x" * 61])
def test_schema_refuses_bad_names(db, name):
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as connection:
        connection.execute(
            "INSERT INTO routines (name, created_at, updated_at) VALUES (:name, 'x', 'x')",
            {"name": name},
        )


def test_two_items_cannot_share_a_position(db):
    _insert_item(db)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        _insert_item(db, routine_id=1)


@pytest.mark.parametrize("column", ["pain_before", "pain_after"])
@pytest.mark.parametrize("value", [-1, 11])
def test_schema_refuses_pain_out_of_range(db, column, value):
    session_id = start_session(db, "r", NOW)
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as connection:
        connection.execute(
            f"UPDATE sessions SET {column} = :value WHERE id = :id",
            {"value": value, "id": session_id},
        )


# -- routines -----------------------------------------------------------------------------------


def test_save_list_load_delete_round_trip(db):
    items = [item("deep-squat"), item("calf-raise", PACED), item("wall-lean")]
    routine_id = save_routine(db, "  Morning  ", items, now=later(0))
    [listed] = list_routines(db)
    assert listed == load_routine(db, routine_id)
    assert listed.name == "Morning"  # trimmed
    assert listed.items == tuple(items)
    assert listed.created_at == listed.updated_at == NOW

    save_routine(db, "Morning", items[::-1], now=later(5), routine_id=routine_id)
    reloaded = load_routine(db, routine_id)
    assert reloaded.items == tuple(items[::-1])
    assert (reloaded.created_at, reloaded.updated_at) == (NOW, NOW + timedelta(minutes=5))

    delete_routine(db, routine_id)
    assert list_routines(db) == []
    assert db.query("SELECT COUNT(*) FROM routine_items")[0][0] == 0  # by cascade


def test_routines_are_listed_by_name_ignoring_case(db):
    for name in ("beta", "Alpha", "gamma"):
        save_routine(db, name, [item()], now=later(0))
    assert [r.name for r in list_routines(db)] == ["Alpha", "beta", "gamma"]


def test_an_empty_routine_can_be_stored(db):
    routine_id = save_routine(db, "Empty", [], now=later(0))
    assert load_routine(db, routine_id).items == ()


def test_duplicate_name_is_refused_ignoring_case(db):
    first = save_routine(db, "Morning", [item()], now=later(0))
    with pytest.raises(RoutineNameTakenError, match="already a routine called “Morning”"):
        save_routine(db, "morning", [item()], now=later(1))
    other = save_routine(db, "Evening", [item()], now=later(2))
    with pytest.raises(RoutineNameTakenError):
        rename_routine(db, other, "MORNING", now=later(3))
    with pytest.raises(RoutineNameTakenError):
        save_routine(db, "Morning", [item()], now=later(3), routine_id=other)
    # A routine keeps (or re-cases) its own name.
    save_routine(db, "MORNING", [item()], now=later(4), routine_id=first)
    assert isinstance(RoutineNameTakenError("x"), ValueError)
    assert sorted(r.name for r in list_routines(db)) == ["Evening", "MORNING"]


def test_rename(db):
    routine_id = save_routine(db, "Old", [item()], now=later(0))
    rename_routine(db, routine_id, " New ", now=later(1))
    routine = load_routine(db, routine_id)
    assert (routine.name, routine.updated_at) == ("New", NOW + timedelta(minutes=1))
    assert routine.items == (item(),)


def test_unknown_ids_raise_lookup_error(db):
    with pytest.raises(LookupError):
        load_routine(db, 42)
    with pytest.raises(LookupError):
        rename_routine(db, 42, "x", now=later(0))
    with pytest.raises(LookupError):
        delete_routine(db, 42)
    with pytest.raises(LookupError):
        save_routine(db, "x", [item()], now=later(0), routine_id=42)
    assert list_routines(db) == []


def test_a_failed_replace_leaves_the_previous_routine_intact(db):
    items = [item("deep-squat"), item("calf-raise", PACED)]
    routine_id = save_routine(db, "Morning", items, now=later(0))
    before = load_routine(db, routine_id)
    bad = StoredDose("hold", 30, 0, 1, False, 15)  # reps 0: the schema's CHECK refuses it
    with pytest.raises(sqlite3.IntegrityError):
        save_routine(
            db, "Renamed", [item("wall-lean"), item("x", bad)], now=later(1), routine_id=routine_id
        )
    assert load_routine(db, routine_id) == before


def test_a_failed_create_stores_nothing(db):
    bad = StoredDose("timed", 400, 2, 1, False, 15)
    with pytest.raises(sqlite3.IntegrityError):
        save_routine(db, "New", [item(), item("x", bad)], now=later(0))
    assert list_routines(db) == []


@pytest.mark.parametrize("tempo", [(0.4,), (10.5,), (float("nan"),), (float("inf"),)])
def test_tempo_phases_out_of_range_are_refused_before_writing(db, tempo):
    dose = StoredDose("reps", None, 8, 1, True, 30, tempo)
    with pytest.raises(ValueError, match="tempo"):
        save_routine(db, "r", [item("half-kneeling", dose)], now=later(0))
    assert list_routines(db) == []


def test_naive_time_is_refused(db):
    with pytest.raises(ValueError, match="UTC offset"):
        save_routine(db, "r", [item()], now=lambda: NOW.replace(tzinfo=None))


# -- pain ---------------------------------------------------------------------------------------


def test_pain_ratings_round_trip(db):
    session_id = start_session(db, "r", NOW)
    assert session_pain(db, session_id) == (None, None)
    set_session_pain(db, session_id, before=3, after=1)
    assert session_pain(db, session_id) == (3, 1)
    set_session_pain(db, session_id, before=0, after=None)
    assert session_pain(db, session_id) == (0, None)


def test_pain_refuses_bad_values_and_unknown_sessions(db):
    session_id = start_session(db, "r", NOW)
    with pytest.raises(sqlite3.IntegrityError):
        set_session_pain(db, session_id, before=11, after=None)
    with pytest.raises(ValueError, match="whole number"):
        set_session_pain(db, session_id, before=True, after=None)
    with pytest.raises(ValueError, match="whole number"):
        set_session_pain(db, session_id, before=None, after=2.5)
    with pytest.raises(LookupError):
        set_session_pain(db, 999, before=1, after=1)
    with pytest.raises(LookupError):
        session_pain(db, 999)
    assert session_pain(db, session_id) == (None, None)
