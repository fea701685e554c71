"""The schema chain: from nothing to the latest version, one transaction per step."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from mobility_app.storage import (
    LATEST_VERSION,
    MIGRATIONS,
    DatabaseTooNewError,
    migrate,
    open_database,
)
from mobility_app.storage.connection import connect, user_version
from mobility_app.storage.migrations import describe

from .helpers import NOW, build_at_version, schema, table_names

# The tables each version adds; a new migration adds one line here.
TABLES_ADDED = {
    1: {"measurements"},
    2: {"sessions", "session_items"},
    3: {"routines", "routine_items"},
    4: set(),  # pain ratings: new columns only
    5: {"measurement_details"},
}
TABLES = set().union(*TABLES_ADDED.values())


def test_the_table_list_covers_every_migration():
    assert sorted(TABLES_ADDED) == list(range(1, LATEST_VERSION + 1))


def test_empty_file_reaches_latest_version(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()  # zero bytes: what SQLite calls an empty database
    with contextlib.closing(connect(path)) as connection:
        done = migrate(connection)
        assert user_version(connection) == LATEST_VERSION
        assert table_names(connection) == TABLES
    assert done == [describe(m) for m in MIGRATIONS]


def test_fresh_database_runs_the_same_chain(db):
    assert user_version(db.connection) == LATEST_VERSION
    assert table_names(db.connection) == TABLES
    indexes = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "measurements_taken_at" in indexes


def test_migrate_is_idempotent(db):
    assert migrate(db.connection) == []
    assert user_version(db.connection) == LATEST_VERSION


def test_every_migration_has_a_log_line():
    for migration in MIGRATIONS:
        assert migration.__doc__, f"{migration.__name__} needs a docstring (its log line)"
        assert "\n" not in describe(migration)


@pytest.mark.parametrize("start", range(LATEST_VERSION + 1))
def test_upgrading_from_any_version_gives_the_fresh_schema(tmp_path, start):
    fresh, old = tmp_path / "fresh.sqlite3", tmp_path / "old.sqlite3"
    build_at_version(fresh, LATEST_VERSION)
    build_at_version(old, start)
    with contextlib.closing(connect(old)) as connection:
        assert user_version(connection) == start
        assert len(migrate(connection)) == LATEST_VERSION - start
        upgraded = schema(connection)
    with contextlib.closing(connect(fresh)) as connection:
        assert upgraded == schema(connection)


def _half_done_then_fail(connection: sqlite3.Connection) -> None:
    """A migration that changes something and then fails."""
    connection.execute("CREATE TABLE half_done (x INTEGER)")
    raise RuntimeError("migration failed")


@pytest.mark.parametrize("failing", range(LATEST_VERSION + 1))
def test_failed_migration_leaves_version_unchanged(tmp_path, failing):
    # Step `failing + 1` fails: earlier steps stay committed, nothing of the failed one remains.
    chain = (*MIGRATIONS[:failing], _half_done_then_fail, *MIGRATIONS[failing:])
    path = tmp_path / "db.sqlite3"
    with contextlib.closing(connect(path)) as connection:
        with pytest.raises(RuntimeError, match="migration failed"):
            migrate(connection, chain)
        assert user_version(connection) == failing
        assert not connection.in_transaction
        names = table_names(connection)
    assert "half_done" not in names
    expected = set().union(*(TABLES_ADDED[v] for v in range(1, failing + 1)))
    assert names == expected


def test_failed_migration_through_open_database(db_path, backup_dir):
    chain = (*MIGRATIONS, _half_done_then_fail)
    with pytest.raises(RuntimeError, match="migration failed"):
        open_database(db_path, backup_dir, now=lambda: NOW, migrations=chain)
    # The connection was closed (no ResourceWarning) and the real chain still completed.
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert user_version(connection) == LATEST_VERSION
        assert "half_done" not in table_names(connection)


def test_migrate_refuses_a_newer_database(tmp_path):
    path = tmp_path / "db.sqlite3"
    build_at_version(path, LATEST_VERSION)
    with contextlib.closing(connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1:d}")
        with pytest.raises(DatabaseTooNewError) as caught:
            migrate(connection, path=path)
    assert caught.value.found_version == LATEST_VERSION + 1
    assert caught.value.known_version == LATEST_VERSION
