"""Routine sessions and what was done in them, item by item."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from mobility_app.storage.connection import Database, to_iso

STATUSES = ("running", "finished", "stopped", "interrupted")
END_STATUSES = ("finished", "stopped", "interrupted")


@dataclass(frozen=True)
class SessionItem:
    """One set of one exercise (on one side, if it has sides) as it was done or skipped."""

    position: int  # order within the routine, from 0
    exercise_id: str
    side: str | None  # "left", "right" or None for exercises without sides
    set_number: int  # from 1
    planned_seconds: float
    done_seconds: float
    skipped: bool
    logged_at: datetime  # must carry a UTC offset
    id: int | None = None


@dataclass(frozen=True)
class Session:
    """One run of a routine; `ended_at` is None while running or when it was interrupted."""

    id: int
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    items: tuple[SessionItem, ...] = ()


def _insert(db: Database, sql: str, params: dict[str, object]) -> int:
    with db.transaction() as connection:
        row_id = connection.execute(sql, params).lastrowid
    if row_id is None:  # only for statements that are not INSERTs
        raise RuntimeError("INSERT returned no row id")
    return row_id


def start_session(db: Database, routine_name: str, started_at: datetime) -> int:
    """Record that a routine started; committed before returning; return the session id."""
    return _insert(
        db,
        "INSERT INTO sessions (started_at, routine_name, status) "
        "VALUES (:started_at, :routine_name, 'running')",
        {"started_at": to_iso(started_at, "started_at"), "routine_name": routine_name},
    )


def log_item(db: Database, session_id: int, item: SessionItem) -> int:
    """Record one done or skipped set of a session, committed at once; return its id.

    Raises sqlite3.IntegrityError for an unknown session or values the schema refuses.
    """
    for name in ("planned_seconds", "done_seconds"):
        # SQLite stores NaN as NULL, which NOT NULL would report confusingly.
        if not math.isfinite(getattr(item, name)):
            raise ValueError(f"{name} must be a finite number")
    return _insert(
        db,
        """
        INSERT INTO session_items (session_id, position, exercise_id, side, set_number,
                                   planned_seconds, done_seconds, skipped, logged_at)
        VALUES (:session_id, :position, :exercise_id, :side, :set_number,
                :planned_seconds, :done_seconds, :skipped, :logged_at)
        """,
        {
            "session_id": session_id,
            "position": item.position,
            "exercise_id": item.exercise_id,
            "side": item.side,
            "set_number": item.set_number,
            "planned_seconds": item.planned_seconds,
            "done_seconds": item.done_seconds,
            "skipped": int(item.skipped),
            "logged_at": to_iso(item.logged_at, "logged_at"),
        },
    )


def finish_session(db: Database, session_id: int, status: str, ended_at: datetime) -> None:
    """End a running session as finished, stopped or interrupted; committed at once.

    Raises ValueError for another status and LookupError if no such session is running.
    """
    if status not in END_STATUSES:
        raise ValueError(f"a session ends as one of {END_STATUSES}, not {status!r}")
    with db.transaction() as connection:
        cursor = connection.execute(
            "UPDATE sessions SET status = :status, ended_at = :ended_at "
            "WHERE id = :id AND status = 'running'",
            {"status": status, "ended_at": to_iso(ended_at, "ended_at"), "id": session_id},
        )
        if cursor.rowcount != 1:
            raise LookupError(f"no running session with id {session_id}")


def interrupt_running_sessions(db: Database) -> int:
    """Mark sessions left running by a crash as interrupted; return how many.

    Call once at start-up, before a new session can begin. Their end time stays unknown
    (NULL); the last logged item shows how far they got.
    """
    with db.transaction() as connection:
        cursor = connection.execute(
            "UPDATE sessions SET status = 'interrupted' WHERE status = 'running'"
        )
        return cursor.rowcount


def _item(row: sqlite3.Row) -> SessionItem:
    return SessionItem(
        position=row["position"],
        exercise_id=row["exercise_id"],
        side=row["side"],
        set_number=row["set_number"],
        planned_seconds=row["planned_seconds"],
        done_seconds=row["done_seconds"],
        skipped=bool(row["skipped"]),
        logged_at=datetime.fromisoformat(row["logged_at"]),
        id=row["id"],
    )


def list_sessions(db: Database) -> list[Session]:
    """Every session with its items, oldest first; items in routine order."""
    items: dict[int, list[SessionItem]] = {}
    for row in db.query("SELECT * FROM session_items ORDER BY session_id, position, id"):
        items.setdefault(row["session_id"], []).append(_item(row))
    sessions = [
        Session(
            id=row["id"],
            routine_name=row["routine_name"],
            started_at=datetime.fromisoformat(row["started_at"]),
            ended_at=None if row["ended_at"] is None else datetime.fromisoformat(row["ended_at"]),
            status=row["status"],
            items=tuple(items.get(row["id"], ())),
        )
        for row in db.query("SELECT * FROM sessions ORDER BY id")
    ]
    # Sorted here rather than in SQL: times with different offsets do not sort as text.
    return sorted(sessions, key=lambda session: session.started_at)
