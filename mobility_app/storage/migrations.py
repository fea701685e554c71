"""The schema as one ordered chain of migrations, tracked by PRAGMA user_version.

Version N is reached by running MIGRATIONS[N - 1]. A new database starts at version 0 and runs
the same chain, so the upgrade path is exercised on every fresh install (as Anki does).
To add version 3: write `_v3_...(connection)` with a one-line docstring and append it.
Never edit a migration that has shipped; write a new one.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from mobility_app.storage.connection import transaction, user_version
from mobility_app.storage.errors import DatabaseTooNewError

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection], None]


def _v1_measurements(connection: sqlite3.Connection) -> None:
    """Create the measurements table for knee-to-wall results."""
    # taken_at and created_at are ISO 8601 with a UTC offset (datetime.isoformat()).
    connection.execute(
        """
        CREATE TABLE measurements (
            id INTEGER PRIMARY KEY,
            taken_at TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('left', 'right')),
            distance_cm REAL NULL CHECK (distance_cm IS NULL OR distance_cm BETWEEN 0 AND 30),
            angle_deg REAL NULL CHECK (angle_deg IS NULL OR angle_deg BETWEEN 0 AND 80),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (distance_cm IS NOT NULL OR angle_deg IS NOT NULL)
        )
        """
    )
    connection.execute("CREATE INDEX measurements_taken_at ON measurements (taken_at)")


def _v2_sessions(connection: sqlite3.Connection) -> None:
    """Create the sessions and session_items tables for routine history."""
    connection.execute(
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT NULL,
            routine_name TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'finished', 'stopped', 'interrupted'))
        )
        """
    )
    connection.execute(
        """
        CREATE TABLE session_items (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            exercise_id TEXT NOT NULL,
            side TEXT NULL CHECK (side IS NULL OR side IN ('left', 'right')),
            set_number INTEGER NOT NULL CHECK (set_number >= 1),
            planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
            done_seconds REAL NOT NULL CHECK (done_seconds >= 0),
            skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
            logged_at TEXT NOT NULL
        )
        """
    )
    # Without an index on the child key, every cascade delete scans all items.
    connection.execute("CREATE INDEX session_items_session_id ON session_items (session_id)")
    connection.execute("CREATE INDEX sessions_started_at ON sessions (started_at)")


MIGRATIONS: tuple[Migration, ...] = (
    _v1_measurements,
    _v2_sessions,
)

LATEST_VERSION = len(MIGRATIONS)


def describe(migration: Migration) -> str:
    """The migration's log line: the first line of its docstring."""
    doc = (migration.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else getattr(migration, "__name__", repr(migration))


def migrate(
    connection: sqlite3.Connection,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    path: Path | None = None,
) -> list[str]:
    """Bring the database up to len(migrations); return the log lines of the steps run.

    Each step runs in its own transaction, and the new user_version is written inside that
    transaction after the step succeeded: a failing step rolls back to the previous version
    and its exception propagates (a failing migration is our bug). Raises
    DatabaseTooNewError if the file is newer than the chain (`path` names it in the message).
    """
    known = len(migrations)
    current = user_version(connection)
    if current > known:
        raise DatabaseTooNewError(path or Path("(database)"), current, known)
    done: list[str] = []
    for number in range(current + 1, known + 1):
        migration = migrations[number - 1]
        line = describe(migration)
        log.info("Upgrading database to version %d: %s", number, line)
        with transaction(connection):
            migration(connection)
            # PRAGMA takes no bound parameters; `number` is an int we computed.
            connection.execute(f"PRAGMA user_version = {number:d}")
        done.append(line)
    return done
