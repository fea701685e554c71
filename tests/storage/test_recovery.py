"""Opening: damaged files set aside and replaced, newer files refused, environment errors."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from datetime import datetime, timedelta

import pytest

from mobility_app.storage import (
    LATEST_VERSION,
    DatabaseTooNewError,
    Measurement,
    StorageError,
    add_measurement,
    list_measurements,
    make_backup,
    open_database,
)
from mobility_app.storage import recovery as recovery_module
from mobility_app.storage.connection import apply_policy, connect_read_only, user_version

from .helpers import NOW, build_at_version, damage_pages, digest, set_user_version

STAMP = "20250314T093000"  # NOW's wall-clock time, as used in file names
GARBAGE = bytes(range(256)) * 40


def sample(distance: float = 9.5) -> Measurement:
    return Measurement(NOW, "left", distance, None, note="after warm-up")


def open_at(db_path, backup_dir, when=NOW):
    return open_database(db_path, backup_dir, now=lambda: when)


def test_new_database_needs_no_recovery(db_path, backup_dir):
    db, report = open_at(db_path, backup_dir)
    with db:
        assert report is None
        assert user_version(db.connection) == LATEST_VERSION
    assert db_path.is_file()


@pytest.mark.parametrize(
    "content",
    [GARBAGE, b"hello, this is not a database\n", b"SQLite format 3\x00" + b"\x00" * 40],
    ids=["garbage", "text", "truncated-header"],
)
def test_unreadable_file_is_moved_aside_and_a_fresh_database_created(db_path, backup_dir, content):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    db, report = open_at(db_path, backup_dir)
    with db:
        assert list_measurements(db) == []
        assert user_version(db.connection) == LATEST_VERSION
    aside = db_path.with_name(f"mobility.sqlite3.corrupt-{STAMP}")
    assert aside.read_bytes() == content  # kept, byte for byte
    assert report is not None
    assert report.fresh
    assert report.moved == ((db_path, aside),)
    assert "not a readable SQLite database" in report.problem
    text = "\n".join(report.lines())
    assert str(aside) in text
    assert "new, empty database" in text


def test_damaged_database_is_replaced_by_the_newest_good_backup(db_path, backup_dir):
    db, _ = open_at(db_path, backup_dir)
    with db:
        add_measurement(db, sample(7.0), now=lambda: NOW)
        make_backup(db, backup_dir, NOW - timedelta(days=2))
        add_measurement(db, sample(8.0), now=lambda: NOW)
        newest = make_backup(db, backup_dir, NOW - timedelta(days=1))
        add_measurement(db, sample(9.0), now=lambda: NOW)  # after the last backup
    damaged = db_path.read_bytes()
    damage_pages(db_path)
    damaged = db_path.read_bytes()

    db, report = open_at(db_path, backup_dir)
    with db:
        distances = [m.distance_cm for m in list_measurements(db)]
    assert distances == [7.0, 8.0]
    assert report is not None
    assert report.restored_from == newest
    assert not report.fresh
    assert "failed its integrity check" in report.problem
    assert db_path.with_name(f"mobility.sqlite3.corrupt-{STAMP}").read_bytes() == damaged
    assert any(str(newest) in line for line in report.lines())
    # The backup itself is untouched and still there.
    assert newest.is_file()


def test_damaged_backups_are_skipped_and_set_aside(db_path, backup_dir):
    db, _ = open_at(db_path, backup_dir)
    with db:
        add_measurement(db, sample(7.0), now=lambda: NOW)
        older = make_backup(db, backup_dir, NOW - timedelta(days=2))
        add_measurement(db, sample(8.0), now=lambda: NOW)
        newer = make_backup(db, backup_dir, NOW - timedelta(days=1))
    newer.write_bytes(GARBAGE)
    db_path.write_bytes(GARBAGE)

    db, report = open_at(db_path, backup_dir)
    with db:
        assert [m.distance_cm for m in list_measurements(db)] == [7.0]
    assert report is not None
    assert report.restored_from == older
    newer_aside = newer.with_name(f"{newer.name}.corrupt-{STAMP}")
    assert report.bad_backups == ((newer, newer_aside),)
    assert newer_aside.read_bytes() == GARBAGE
    assert not newer.exists()


def test_wal_and_shm_move_with_the_database(db_path, backup_dir):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(GARBAGE)
    wal = db_path.with_name("mobility.sqlite3-wal")
    wal.write_bytes(b"stale log")
    db, report = open_at(db_path, backup_dir)
    db.close()
    assert report is not None
    moved = dict(report.moved)
    assert moved[wal] == db_path.with_name(f"mobility.sqlite3.corrupt-{STAMP}-wal")
    assert moved[wal].read_bytes() == b"stale log"


def test_a_second_recovery_in_the_same_second_does_not_overwrite(db_path, backup_dir):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"first")
    open_at(db_path, backup_dir)[0].close()
    db_path.write_bytes(b"second")
    db, report = open_at(db_path, backup_dir)
    db.close()
    first = db_path.with_name(f"mobility.sqlite3.corrupt-{STAMP}")
    assert first.read_bytes() == b"first"
    assert report is not None
    assert report.moved[0][1].read_bytes() == b"second"
    assert report.moved[0][1] != first


def test_leftover_journal_without_database_is_set_aside(db_path, backup_dir):
    db_path.parent.mkdir(parents=True)
    wal = db_path.with_name("mobility.sqlite3-wal")
    wal.write_bytes(b"orphan")
    db, report = open_at(db_path, backup_dir)
    db.close()
    assert report is not None
    assert not wal.exists()
    assert dict(report.moved)[wal].read_bytes() == b"orphan"


def test_newer_database_is_refused_and_left_untouched(db_path, backup_dir):
    db_path.parent.mkdir(parents=True)
    build_at_version(db_path, LATEST_VERSION)
    set_user_version(db_path, LATEST_VERSION + 1)
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError) as caught:
        open_at(db_path, backup_dir)
    assert digest(db_path) == before
    assert isinstance(caught.value, StorageError)
    message = str(caught.value)
    assert str(db_path) in message
    assert f"version {LATEST_VERSION + 1}" in message
    assert "update" in message
    assert not list(db_path.parent.glob("*.corrupt-*"))


def test_paths_with_uri_special_characters(tmp_path):
    # The read-only probe goes through a file: URI, where '#', '?' and '%' mean something.
    folder = tmp_path / "my data #1 ?x=%20"
    db_path = folder / "mobility.sqlite3"
    open_database(db_path, folder / "backups", now=lambda: NOW)[0].close()
    db, report = open_database(db_path, folder / "backups", now=lambda: NOW)
    db.close()
    assert report is None


def test_data_dir_under_a_regular_file_gives_a_clear_error(tmp_path):
    # Works as root too, where chmod-based read-only folders do not stop anything.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    db_path = blocker / "data" / "mobility.sqlite3"
    with pytest.raises(StorageError) as caught:
        open_database(db_path, tmp_path / "backups", now=lambda: NOW)
    message = str(caught.value)
    assert str(blocker) in message
    assert "--data-dir" in message


def test_database_path_that_is_a_folder_gives_a_clear_error(db_path, backup_dir):
    db_path.mkdir(parents=True)
    with pytest.raises(StorageError, match="folder") as caught:
        open_at(db_path, backup_dir)
    assert str(db_path) in str(caught.value)


def test_read_only_database_gives_a_clear_error(db_path, backup_dir, monkeypatch):
    open_at(db_path, backup_dir)[0].close()
    before = digest(db_path)

    def read_only_connect(path):
        # A real read-only connection: SQLite itself raises SQLITE_READONLY on the first write,
        # as it does for a file without write permission.
        connection = connect_read_only(path)
        connection.row_factory = sqlite3.Row
        apply_policy(connection)
        return connection

    monkeypatch.setattr(recovery_module, "connect", read_only_connect)
    with pytest.raises(StorageError, match="read-only") as caught:
        open_at(db_path, backup_dir)
    assert str(db_path) in str(caught.value)
    assert "--data-dir" in str(caught.value)
    assert digest(db_path) == before


def skip_unless_permissions_enforced(folder) -> None:
    """Skip when chmod cannot stop us (root with CAP_DAC_OVERRIDE, Windows)."""
    probe = folder / "probe"
    probe.mkdir()
    probe.chmod(0o500)
    try:
        (probe / "file").touch()
    except PermissionError:
        return
    finally:
        probe.chmod(0o700)
    pytest.skip("file permissions are not enforced here (running as root?)")


def test_read_only_folder_gives_a_clear_error(tmp_path, data_dir, db_path, backup_dir):
    skip_unless_permissions_enforced(tmp_path)
    data_dir.mkdir()
    data_dir.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="--data-dir") as caught:
            open_at(db_path, backup_dir)
    finally:
        data_dir.chmod(0o700)
    assert str(data_dir) in str(caught.value)


def test_read_only_database_file_gives_a_clear_error(tmp_path, db_path, backup_dir):
    skip_unless_permissions_enforced(tmp_path)
    open_at(db_path, backup_dir)[0].close()
    before = digest(db_path)
    db_path.chmod(0o444)
    try:
        with pytest.raises(StorageError, match="read-only") as caught:
            open_at(db_path, backup_dir)
    finally:
        db_path.chmod(0o644)
    assert str(db_path) in str(caught.value)
    assert digest(db_path) == before


def test_recovery_names_use_the_injected_clock(db_path, backup_dir):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(GARBAGE)
    when = datetime(2030, 1, 2, 3, 4, 5)
    open_at(db_path, backup_dir, when)[0].close()
    assert db_path.with_name("mobility.sqlite3.corrupt-20300102T030405").read_bytes() == GARBAGE


def test_restored_old_backup_is_migrated(db_path, backup_dir):
    # A backup from before sessions existed (version 1) is restored and brought up to date.
    backup_dir.mkdir(parents=True)
    backup = backup_dir / "mobility-20250301T080000.sqlite3"
    build_at_version(backup, 1)
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    db_path.write_bytes(GARBAGE)
    db, report = open_at(db_path, backup_dir)
    with db:
        assert user_version(db.connection) == LATEST_VERSION
    assert report is not None
    assert report.restored_from == backup


def test_failed_restore_leaves_the_damaged_file_in_place(db_path, backup_dir, monkeypatch):
    db, _ = open_at(db_path, backup_dir)
    with db:
        add_measurement(db, sample(7.0), now=lambda: NOW)
        make_backup(db, backup_dir, NOW - timedelta(days=1))
    db_path.write_bytes(GARBAGE)

    def disk_full(source, destination):
        raise OSError(errno.ENOSPC, "No space left on device", str(destination))

    monkeypatch.setattr(recovery_module.shutil, "copyfile", disk_full)
    with pytest.raises(StorageError, match="Free some disk space"):
        open_at(db_path, backup_dir)
    # Nothing moved: the next start finds the damage again instead of an empty folder.
    assert db_path.read_bytes() == GARBAGE
    assert not list(db_path.parent.glob("*.corrupt-*"))

    monkeypatch.undo()
    db, report = open_at(db_path, backup_dir)
    with db:
        assert [m.distance_cm for m in list_measurements(db)] == [7.0]
    assert report is not None
    assert report.restored_from is not None
