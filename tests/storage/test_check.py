"""The `check` command's report: sound, or what it had to repair."""

from __future__ import annotations

from datetime import timedelta

from mobility_app.storage import (
    Measurement,
    add_measurement,
    check_storage,
    list_measurements,
    make_backup,
    open_database,
)

from .helpers import NOW, damage_pages


def fill(db_path, backup_dir):
    db, _ = open_database(db_path, backup_dir, now=lambda: NOW)
    with db:
        add_measurement(db, Measurement(NOW, "left", 10.0, None), now=lambda: NOW)
        make_backup(db, backup_dir, NOW - timedelta(days=1))
        make_backup(db, backup_dir, NOW - timedelta(hours=1))


def test_new_storage_is_sound(db_path, backup_dir):
    report = check_storage(db_path, backup_dir, NOW)
    assert report.sound
    assert report.recovery is None
    assert any("No backups yet" in line for line in report.lines)


def test_sound_storage_with_backups(db_path, backup_dir):
    fill(db_path, backup_dir)
    report = check_storage(db_path, backup_dir, NOW)
    assert report.sound
    assert any("2 of 2 sound" in line for line in report.lines)


def test_after_a_recovery_the_next_check_is_sound(db_path, backup_dir):
    fill(db_path, backup_dir)
    damage_pages(db_path)
    first = check_storage(db_path, backup_dir, NOW)
    assert not first.sound
    assert first.recovery is not None
    assert first.recovery.restored_from is not None
    assert any("corrupt-" in line for line in first.lines)

    second = check_storage(db_path, backup_dir, NOW + timedelta(minutes=1))
    assert second.sound, second.lines
    db, _ = open_database(db_path, backup_dir, now=lambda: NOW)
    with db:
        assert [m.distance_cm for m in list_measurements(db)] == [10.0]


def test_a_damaged_backup_is_set_aside_and_counts_as_a_repair(db_path, backup_dir):
    fill(db_path, backup_dir)
    newest = max(backup_dir.glob("mobility-*.sqlite3"))
    content = b"not a database at all" * 50
    newest.write_bytes(content)

    first = check_storage(db_path, backup_dir, NOW)
    assert not first.sound
    assert first.recovery is None
    assert len(first.bad_backups) == 1
    source, aside = first.bad_backups[0]
    assert source == newest
    assert aside.read_bytes() == content
    assert any(str(newest) in line for line in first.lines)

    second = check_storage(db_path, backup_dir, NOW)
    assert second.sound, second.lines
    assert aside.exists()  # never deleted, and not mistaken for a backup
