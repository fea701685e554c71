"""Backups: made with the online backup API, verified, and thinned by a pure rule."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.storage import (
    Measurement,
    add_measurement,
    backup_if_due,
    backups_to_remove,
    list_backups,
    make_backup,
    thin_backups,
)
from mobility_app.storage.backup import MAX_KEPT
from mobility_app.storage.connection import inspect_file

from .helpers import NOW

WALL_NOW = NOW.replace(tzinfo=None)


def test_make_backup_copies_the_data_into_one_verified_file(db, backup_dir):
    add_measurement(db, Measurement(NOW, "right", 11.0, None), now=lambda: NOW)
    path = make_backup(db, backup_dir, NOW)
    assert path == backup_dir / "mobility-20250314T093000.sqlite3"
    assert inspect_file(path).ok
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT distance_cm FROM measurements").fetchall() == [(11.0,)]
    # Only the backup itself: no temporary file, no -wal/-shm next to it.
    assert sorted(p.name for p in backup_dir.iterdir()) == [path.name]


def test_backup_if_due_makes_one_a_day(db, backup_dir):
    first = backup_if_due(db, backup_dir, NOW)
    assert first is not None
    assert backup_if_due(db, backup_dir, NOW + timedelta(hours=23)) is None
    second = backup_if_due(db, backup_dir, NOW + timedelta(days=1))
    assert second is not None
    assert second != first
    assert set(list_backups(backup_dir).values()) == {first, second}


def test_backup_if_due_when_the_clock_went_back(db, backup_dir):
    future = backup_if_due(db, backup_dir, NOW + timedelta(days=30))
    assert future is not None
    assert backup_if_due(db, backup_dir, NOW) is not None
    assert future.exists()  # thinning counts from the newest backup, not from a wrong clock


def test_thinning_touches_only_our_backup_files(db, backup_dir):
    for days in range(60):
        make_backup(db, backup_dir, NOW - timedelta(days=days))
    strangers = [
        backup_dir / "mobility-20200101T000000.sqlite3.corrupt-20250101T000000",
        backup_dir / "notes.txt",
        backup_dir / "mobility-20200101T000000.sqlite3.bak",
    ]
    for path in strangers:
        path.write_text("keep me")
    removed = thin_backups(backup_dir, NOW)
    assert removed
    assert all(path.exists() for path in strangers)
    kept = set(list_backups(backup_dir))
    assert len(kept) + len(removed) == 60
    assert kept == set(list_backups(backup_dir)) - backups_to_remove(list(kept), WALL_NOW)


def test_thinning_keeps_days_weeks_and_months():
    # One backup a day at noon for 400 days up to 2025-03-14 (a Friday).
    now = datetime(2025, 3, 14, 18, 0)
    times = [datetime(2025, 3, 14, 12, 0) - timedelta(days=n) for n in range(400)]
    kept = set(times) - backups_to_remove(times, now)
    days = {t.date() for t in kept}
    # The last 7 days.
    assert {now.date() - timedelta(days=n) for n in range(7)} <= days
    # The newest of each of the last 8 ISO weeks: Sundays before this week.
    for weeks_back in range(1, 8):
        sunday = datetime(2025, 3, 9).date() - timedelta(weeks=weeks_back - 1)
        assert sunday in days
    # The newest of each of the last 12 months: their last days.
    for year, month, day in [(2025, 2, 28), (2025, 1, 31), (2024, 12, 31), (2024, 4, 30)]:
        assert datetime(year, month, day).date() in days
    assert datetime(2024, 3, 31).date() not in days  # 13 months back
    assert len(kept) <= MAX_KEPT


naive_times = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))


@settings(database=None, max_examples=300)
@given(times=st.lists(naive_times, max_size=200), now=naive_times)
def test_thinning_properties(times, now):
    removed = backups_to_remove(times, now)
    assert removed <= set(times)
    kept = set(times) - removed
    if times:
        assert max(times) in kept
    assert len(kept) <= 7 + 8 + 12 + 1
    # Stable: thinning what is left removes nothing more.
    assert backups_to_remove(sorted(kept), now) == set()


@settings(database=None, max_examples=200)
@given(times=st.lists(naive_times, min_size=1, max_size=100), now=naive_times)
def test_thinning_keeps_a_backup_for_every_recent_day(times, now):
    reference = max(now, *times)
    kept = set(times) - backups_to_remove(times, now)
    recent_days = {t.date() for t in times if (reference.date() - t.date()).days < 7}
    assert recent_days <= {t.date() for t in kept}


def test_thinning_nothing():
    assert backups_to_remove([], WALL_NOW) == set()
