"""Restoring a backup into the open database: a safety copy first, refusals change nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from mobility_app.storage import (
    LATEST_VERSION,
    Measurement,
    StorageError,
    add_measurement,
    list_backups,
    list_measurements,
    make_backup,
    thin_backups,
)
from mobility_app.storage.connection import connect_read_only, user_version
from mobility_app.storage.restore import list_restorable, restore_backup, safety_dir

from .helpers import NOW, build_at_version, damage_pages, set_user_version

LATER = NOW + timedelta(days=2)


def sample(distance: float, side: str = "left") -> Measurement:
    return Measurement(NOW, side, distance, None, note=f"{distance} cm")


def distances(db) -> list[float]:
    return [m.distance_cm for m in list_measurements(db)]


def rows_in(path) -> list[float]:
    with contextlib.closing(connect_read_only(path)) as connection:
        return [row[0] for row in connection.execute("SELECT distance_cm FROM measurements")]


def test_restore_brings_back_the_old_rows_and_keeps_a_safety_copy(db, backup_dir):
    add_measurement(db, sample(9.0), now=lambda: NOW)
    backup = make_backup(db, backup_dir, NOW)
    add_measurement(db, sample(10.0), now=lambda: NOW)
    add_measurement(db, sample(11.0, "right"), now=lambda: NOW)

    safety = restore_backup(db, backup, backup_dir, now=LATER)

    assert distances(db) == [9.0]
    assert safety.parent == safety_dir(backup_dir)
    assert sorted(rows_in(safety)) == [9.0, 10.0, 11.0]
    # The live connection keeps working, still in WAL mode, and writes after the restore stick.
    assert db.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    add_measurement(db, sample(12.0), now=lambda: NOW)
    assert distances(db) == [9.0, 12.0]
    # Another connection (a second window, the command line) sees the restored data.
    with contextlib.closing(sqlite3.connect(db.path)) as other:
        assert [r[0] for r in other.execute("SELECT distance_cm FROM measurements")] == [9.0, 12.0]


def test_the_safety_copy_is_never_thinned_and_is_listed_for_undo(db, backup_dir):
    backup = make_backup(db, backup_dir, NOW)
    safety = restore_backup(db, backup, backup_dir, now=LATER)
    # A year of daily backups later, thinning has run many times: the safety copy stays.
    for day in range(365):
        make_backup(db, backup_dir, LATER + timedelta(days=day))
        thin_backups(backup_dir, LATER + timedelta(days=day))
    assert safety.is_file()
    assert safety not in list_backups(backup_dir).values()  # never restored automatically
    listed = list_restorable(backup_dir)
    assert [b.path for b in listed if b.before_restore] == [safety]
    assert [b.made for b in listed] == sorted((b.made for b in listed), reverse=True)
    assert all(b.size > 0 for b in listed)


def test_two_restores_in_one_second_keep_both_safety_copies(db, backup_dir):
    backup = make_backup(db, backup_dir, NOW)
    add_measurement(db, sample(10.0), now=lambda: NOW)
    first = restore_backup(db, backup, backup_dir, now=LATER)
    add_measurement(db, sample(20.0), now=lambda: NOW)
    second = restore_backup(db, backup, backup_dir, now=LATER)
    assert first != second
    assert rows_in(first) == [10.0]
    assert rows_in(second) == [20.0]


def test_an_older_backup_is_migrated(db, backup_dir):
    backup_dir.mkdir(parents=True)
    old = backup_dir / "mobility-20240101T080000.sqlite3"
    build_at_version(old, 1)
    with contextlib.closing(sqlite3.connect(old, isolation_level=None)) as connection:
        connection.execute(
            "INSERT INTO measurements (taken_at, side, distance_cm, angle_deg, note, created_at)"
            " VALUES (:t, 'right', 7.5, NULL, '', :t)",
            {"t": NOW.isoformat()},
        )
        connection.execute("PRAGMA journal_mode = DELETE")

    restore_backup(db, old, backup_dir, now=LATER)

    assert user_version(db.connection) == LATEST_VERSION
    assert distances(db) == [7.5]
    assert db.query("SELECT count(*) AS n FROM sessions")[0]["n"] == 0  # later tables exist


def _unchanged(db, backup_dir, backup, match):
    add_measurement(db, sample(10.0), now=lambda: NOW)
    with pytest.raises(StorageError, match=match) as caught:
        restore_backup(db, backup, backup_dir, now=LATER)
    assert str(backup) in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert distances(db) == [10.0]
    assert not safety_dir(backup_dir).exists()  # refused before any copy was made


def test_a_damaged_backup_is_refused(db, backup_dir):
    for distance in range(20):
        add_measurement(db, Measurement(NOW, "left", distance, None, "x" * 500), now=lambda: NOW)
    backup = make_backup(db, backup_dir, NOW)
    db.connection.execute("DELETE FROM measurements")
    damage_pages(backup)
    _unchanged(db, backup_dir, backup, "damaged")


def test_a_file_that_is_not_a_database_is_refused(db, backup_dir, tmp_path):
    backup = tmp_path / "notes.sqlite3"
    backup.write_bytes(b"hello, this is not a database\n" * 100)
    _unchanged(db, backup_dir, backup, "damaged")


def test_a_backup_from_a_newer_version_is_refused(db, backup_dir, tmp_path):
    backup = tmp_path / "newer.sqlite3"
    build_at_version(backup, LATEST_VERSION)
    set_user_version(backup, LATEST_VERSION + 1)
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    _unchanged(db, backup_dir, backup, "newer version")


def test_an_empty_sqlite_file_is_refused(db, backup_dir, tmp_path):
    backup = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        connection.execute("CREATE TABLE unrelated (x)")
    _unchanged(db, backup_dir, backup, "no Ankle Mobility data")


def test_a_missing_backup_is_refused(db, backup_dir, tmp_path):
    _unchanged(db, backup_dir, tmp_path / "gone.sqlite3", "does not exist")


def test_list_restorable_is_empty_without_backups(backup_dir):
    assert list_restorable(backup_dir) == []


def test_a_backup_with_another_page_size_is_refused(db, backup_dir, tmp_path):
    backup = tmp_path / "big-pages.sqlite3"
    with contextlib.closing(sqlite3.connect(backup, isolation_level=None)) as connection:
        connection.execute("PRAGMA page_size = 8192")
        connection.execute("CREATE TABLE measurements (x)")
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION:d}")
    _unchanged(db, backup_dir, backup, "page size")
