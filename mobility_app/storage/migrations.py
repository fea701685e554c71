"""The schema as one ordered chain of migrations, tracked by PRAGMA user_version.

Version N is reached by running MIGRATIONS[N - 1]. A new database starts at version 0 and runs
the same chain, so the upgrade path is exercised on every fresh install (as Anki does).
To add version N: write `_vN_...(connection)` with a one-line docstring and append it.
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


def _v3_routines(connection: sqlite3.Connection) -> None:
    """Create the routines and routine_items tables for routines people edit."""
    # NOCASE: "Morning" and "morning" side by side in the chooser would only confuse.
    connection.execute(
        """
        CREATE TABLE routines (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
                CHECK (name = trim(name) AND length(name) BETWEEN 1 AND 60),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    # The ranges copy the catalogue's (SECONDS_RANGE, REPS_RANGE, SETS_RANGE, REST_RANGE) as
    # they were when this shipped: storage cannot import the catalogue, and a migration never
    # changes. Tempo holds only the phase lengths, as a JSON array aligned with the exercise's
    # own phases; CHECK allows no subquery, so each length's range (0.5-10 s) is checked in
    # Python before writing.
    connection.execute(
        """
        CREATE TABLE routine_items (
            id INTEGER PRIMARY KEY,
            routine_id INTEGER NOT NULL REFERENCES routines (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            exercise_id TEXT NOT NULL CHECK (length(exercise_id) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('hold', 'reps', 'timed')),
            seconds INTEGER NULL CHECK (seconds IS NULL OR seconds BETWEEN 5 AND 300),
            reps INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 30),
            sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),
            per_side INTEGER NOT NULL CHECK (per_side IN (0, 1)),
            rest_seconds INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 300),
            tempo TEXT NULL CHECK (
                tempo IS NULL
                OR (json_valid(tempo) AND json_type(tempo) = 'array'
                    AND json_array_length(tempo) BETWEEN 1 AND 12)
            ),
            UNIQUE (routine_id, position),
            -- Holds and bouts last `seconds`; paced reps last as long as their tempo.
            CHECK ((kind = 'reps') = (seconds IS NULL)),
            CHECK ((kind = 'reps') = (tempo IS NOT NULL))
        )
        """
    )
    # No separate index on routine_id: the index behind UNIQUE (routine_id, position) starts
    # with it, so SQLite already uses it for cascades and for loading one routine's items.


def _v4_session_pain(connection: sqlite3.Connection) -> None:
    """Add pain ratings (0-10, before and after) to sessions."""
    # NULL: not asked or not answered. ADD COLUMN keeps existing rows, which get NULL.
    # The column names are our constants (DDL takes no bound parameters).
    for column in ("pain_before", "pain_after"):
        connection.execute(
            f"ALTER TABLE sessions ADD COLUMN {column} INTEGER NULL "
            f"CHECK ({column} IS NULL OR {column} BETWEEN 0 AND 10)"
        )


def _v5_measurement_details(connection: sqlite3.Connection) -> None:
    """Create the measurement_details table for test conditions, form checks and trials."""
    # A table of its own, so the export format (taken_at,side,distance_cm,angle_deg,note;
    # DESIGN.md §3) stays fixed while the test records how each result was taken.
    connection.execute(
        """
        CREATE TABLE measurement_details (
            measurement_id INTEGER PRIMARY KEY
                REFERENCES measurements (id) ON DELETE CASCADE,
            footwear TEXT NOT NULL CHECK (footwear IN ('barefoot', 'shod')),
            toe TEXT NOT NULL CHECK (toe IN ('big', 'longest')),
            inclinometer_site TEXT NULL,
            heel_down INTEGER NULL CHECK (heel_down IS NULL OR heel_down IN (0, 1)),
            knee_in_line INTEGER NULL CHECK (knee_in_line IS NULL OR knee_in_line IN (0, 1)),
            arch_held INTEGER NULL CHECK (arch_held IS NULL OR arch_held IN (0, 1)),
            trials TEXT NULL CHECK (
                trials IS NULL OR (json_valid(trials) AND json_type(trials) = 'array')
            ),
            aggregate TEXT NULL CHECK (aggregate IS NULL OR aggregate IN ('mean', 'best'))
        )
        """
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_measurements,
    _v2_sessions,
    _v3_routines,
    _v4_session_pain,
    _v5_measurement_details,
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
