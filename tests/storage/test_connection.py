"""Connection policy, transactions and the Database handle."""

from __future__ import annotations

import sqlite3

import pytest

from mobility_app.storage import Database, StorageError
from mobility_app.storage.connection import BUSY_TIMEOUT_MS, quick_check, transaction


def pragma(db: Database, name: str) -> object:
    return db.connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_policy_is_applied_at_open(db):
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS
    # Transactions are ours alone: the sqlite3 module issues no implicit BEGIN.
    assert db.connection.isolation_level is None


def test_transaction_commits(db):
    with db.transaction() as connection:
        connection.execute("CREATE TABLE t (x INTEGER)")
        connection.execute("INSERT INTO t (x) VALUES (:x)", {"x": 1})
    assert not db.connection.in_transaction
    assert [tuple(row) for row in db.query("SELECT x FROM t")] == [(1,)]


def test_transaction_rolls_back_on_exception(db):
    with db.transaction() as connection:
        connection.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError, match="boom"), db.transaction() as connection:
        connection.execute("INSERT INTO t (x) VALUES (:x)", {"x": 1})
        raise RuntimeError("boom")
    assert not db.connection.in_transaction
    assert db.query("SELECT x FROM t") == []


def test_transaction_takes_the_write_lock_at_once(db_path, db):
    with transaction(db.connection):
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_bug_errors_are_not_translated(db):
    # A syntax error is our bug: it must reach the crash handler as it is.
    with pytest.raises(sqlite3.OperationalError, match="syntax"):
        db.query("SELEKT 1")


def test_close_checks_and_is_idempotent(db):
    assert quick_check(db.connection) == []
    assert db.close() is True
    assert db.close() is True
    with pytest.raises(sqlite3.ProgrammingError):
        db.connection.execute("SELECT 1")


def test_locked_database_gives_a_clear_error(db_path, db):
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        # Do not wait the real timeout in a test.
        db.connection.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(StorageError) as caught, db.transaction():
            pass
    finally:
        other.close()
    message = str(caught.value)
    assert "in use by another program" in message
    assert str(db_path) in message
    assert caught.value.path == db_path


def test_full_disk_gives_a_clear_error_and_keeps_data(db):
    with db.transaction() as connection:
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.execute("INSERT INTO t (x) VALUES ('kept')")
    pages = pragma(db, "page_count")
    # max_page_count makes SQLite report SQLITE_FULL exactly as a full disk would.
    db.connection.execute(f"PRAGMA max_page_count = {pages:d}")
    with pytest.raises(StorageError, match="disk is full") as caught, db.transaction() as conn:
        conn.execute("INSERT INTO t (x) VALUES (:x)", {"x": "y" * 100_000})
    assert str(db.path) in str(caught.value)
    assert not db.connection.in_transaction
    assert [row[0] for row in db.query("SELECT x FROM t")] == ["kept"]
