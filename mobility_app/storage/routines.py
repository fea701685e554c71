"""Saved routines: named lists of exercises, each with the dose to run it at."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from mobility_app.i18n import fill, translate
from mobility_app.storage.connection import Database, local_now, to_iso

# The catalogue's TEMPO_SECONDS_RANGE when migration v3 shipped. A CHECK cannot look inside
# the JSON array (no subqueries), so this one range is enforced here instead of by the schema.
TEMPO_PHASE_RANGE = (0.5, 10.0)
NAME_MAX_LENGTH = 60


class RoutineNameTakenError(ValueError):
    """Another saved routine already has this name (compared ignoring case).

    A ValueError rather than a StorageError on purpose: StorageError means the environment
    failed (disk full, read-only, locked) and nothing typed into the app can fix it. A taken
    name is the person's choice, fixed in the name field, and the editor checks it as it is
    typed; this error is the last line, for a second window that saved the name meanwhile.
    The message is for the person.
    """

    def __init__(self, name: str) -> None:
        message = translate(
            "Routine", "There is already a routine called “%1”. Choose another name."
        )
        super().__init__(fill(message, name))
        self.name = name


@dataclass(frozen=True)
class StoredDose:
    """A dose as stored: plain values, checked against the catalogue by the routine package."""

    kind: str  # "hold", "reps" or "timed": follows the exercise
    seconds: int | None  # hold or bout length; None for paced reps
    reps: int
    sets: int
    per_side: bool
    rest_seconds: int
    tempo: tuple[float, ...] | None = None  # paced reps: seconds per phase, in the entry's order


@dataclass(frozen=True)
class StoredRoutineItem:
    """One exercise of a saved routine, by catalogue id."""

    exercise_id: str
    dose: StoredDose


@dataclass(frozen=True)
class StoredRoutine:
    """A saved routine with its items in order."""

    id: int
    name: str
    items: tuple[StoredRoutineItem, ...]
    created_at: datetime
    updated_at: datetime


def _tempo_json(tempo: tuple[float, ...] | None) -> str | None:
    if tempo is None:
        return None
    low, high = TEMPO_PHASE_RANGE
    for seconds in tempo:
        # NaN would fail every comparison below and so pass a `not low <= x` test unnoticed.
        if not math.isfinite(seconds) or not low <= seconds <= high:
            raise ValueError(f"tempo phase of {seconds!r} s is outside {low:g}–{high:g} s")
    return json.dumps([float(seconds) for seconds in tempo])


def _item_params(routine_id: int, position: int, item: StoredRoutineItem) -> dict[str, object]:
    dose = item.dose
    return {
        "routine_id": routine_id,
        "position": position,
        "exercise_id": item.exercise_id,
        "kind": dose.kind,
        "seconds": dose.seconds,
        "reps": dose.reps,
        "sets": dose.sets,
        "per_side": int(dose.per_side),
        "rest_seconds": dose.rest_seconds,
        "tempo": _tempo_json(dose.tempo),
    }


_INSERT_ITEM = """
    INSERT INTO routine_items (routine_id, position, exercise_id, kind, seconds, reps, sets,
                               per_side, rest_seconds, tempo)
    VALUES (:routine_id, :position, :exercise_id, :kind, :seconds, :reps, :sets,
            :per_side, :rest_seconds, :tempo)
"""


def _refuse_taken_name(connection: sqlite3.Connection, name: str, routine_id: int | None) -> None:
    # Inside the write transaction (BEGIN IMMEDIATE), so no other writer can take the name
    # between this look and the write.
    row = connection.execute(
        "SELECT name FROM routines WHERE name = :name AND id IS NOT :id",
        {"name": name, "id": routine_id},
    ).fetchone()
    if row is not None:
        raise RoutineNameTakenError(row["name"])


def save_routine(
    db: Database,
    name: str,
    items: Sequence[StoredRoutineItem],
    *,
    now: Callable[[], datetime] = local_now,
    routine_id: int | None = None,
) -> int:
    """Create a routine, or replace the name and whole item list of `routine_id`; return its id.

    One transaction: all or nothing, committed before returning. The name is trimmed.
    Raises RoutineNameTakenError, LookupError for an unknown `routine_id`, ValueError for a tempo
    phase out of range, sqlite3.IntegrityError for other values the schema refuses (callers
    validate first), StorageError for the environment.
    """
    name = name.strip()
    stamp = to_iso(now(), "now()")
    with db.transaction() as connection:
        _refuse_taken_name(connection, name, routine_id)
        if routine_id is None:
            cursor = connection.execute(
                "INSERT INTO routines (name, created_at, updated_at) "
                "VALUES (:name, :stamp, :stamp)",
                {"name": name, "stamp": stamp},
            )
            if cursor.lastrowid is None:  # only for statements that are not INSERTs
                raise RuntimeError("INSERT returned no row id")
            routine_id = cursor.lastrowid
        else:
            cursor = connection.execute(
                "UPDATE routines SET name = :name, updated_at = :stamp WHERE id = :id",
                {"name": name, "stamp": stamp, "id": routine_id},
            )
            if cursor.rowcount != 1:
                raise LookupError(f"no routine with id {routine_id}")
            connection.execute(
                "DELETE FROM routine_items WHERE routine_id = :id", {"id": routine_id}
            )
        for position, item in enumerate(items):
            connection.execute(_INSERT_ITEM, _item_params(routine_id, position, item))
    return routine_id


def rename_routine(
    db: Database, routine_id: int, name: str, *, now: Callable[[], datetime] = local_now
) -> None:
    """Give a saved routine a new (trimmed) name; raises RoutineNameTakenError or LookupError."""
    name = name.strip()
    stamp = to_iso(now(), "now()")
    with db.transaction() as connection:
        _refuse_taken_name(connection, name, routine_id)
        cursor = connection.execute(
            "UPDATE routines SET name = :name, updated_at = :stamp WHERE id = :id",
            {"name": name, "stamp": stamp, "id": routine_id},
        )
        if cursor.rowcount != 1:
            raise LookupError(f"no routine with id {routine_id}")


def delete_routine(db: Database, routine_id: int) -> None:
    """Delete a saved routine and (by cascade) its items; raises LookupError if there is none.

    Session history keeps the routine's name as text, so past sessions are not affected.
    """
    with db.transaction() as connection:
        cursor = connection.execute("DELETE FROM routines WHERE id = :id", {"id": routine_id})
        if cursor.rowcount != 1:
            raise LookupError(f"no routine with id {routine_id}")


def _item(row: sqlite3.Row) -> StoredRoutineItem:
    tempo = None if row["tempo"] is None else tuple(float(s) for s in json.loads(row["tempo"]))
    return StoredRoutineItem(
        exercise_id=row["exercise_id"],
        dose=StoredDose(
            kind=row["kind"],
            seconds=row["seconds"],
            reps=row["reps"],
            sets=row["sets"],
            per_side=bool(row["per_side"]),
            rest_seconds=row["rest_seconds"],
            tempo=tempo,
        ),
    )


def _routine(row: sqlite3.Row, items: Sequence[StoredRoutineItem]) -> StoredRoutine:
    return StoredRoutine(
        id=row["id"],
        name=row["name"],
        items=tuple(items),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def list_routines(db: Database) -> list[StoredRoutine]:
    """Every saved routine with its items, by name (ignoring case); items in routine order."""
    items: dict[int, list[StoredRoutineItem]] = {}
    for row in db.query("SELECT * FROM routine_items ORDER BY routine_id, position"):
        items.setdefault(row["routine_id"], []).append(_item(row))
    return [
        _routine(row, items.get(row["id"], ()))
        for row in db.query("SELECT * FROM routines ORDER BY name, id")
    ]


def load_routine(db: Database, routine_id: int) -> StoredRoutine:
    """One saved routine with its items in order; raises LookupError if there is none."""
    rows = db.query("SELECT * FROM routines WHERE id = :id", {"id": routine_id})
    if not rows:
        raise LookupError(f"no routine with id {routine_id}")
    items = db.query(
        "SELECT * FROM routine_items WHERE routine_id = :id ORDER BY position", {"id": routine_id}
    )
    return _routine(rows[0], [_item(row) for row in items])
