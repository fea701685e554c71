"""Backups through SQLite's online backup API, and thinning them to days, weeks and months."""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from mobility_app.i18n import fill, translate
from mobility_app.storage.connection import Database, quick_check
from mobility_app.storage.errors import StorageError, storage_errors
from mobility_app.storage.files import STAMP_FORMAT, stamp, wall_time

log = logging.getLogger(__name__)

# Only files with exactly this name are ours to thin; `.corrupt-*` and anything else is left.
BACKUP_NAME = re.compile(r"mobility-(?P<stamp>\d{8}T\d{6})\.sqlite3")

KEEP_DAILY = 7  # one per day for the last 7 days
KEEP_WEEKLY = 8  # one per ISO week (Monday to Sunday) for the last 8 weeks
KEEP_MONTHLY = 12  # one per calendar month for the last 12 months
MAX_KEPT = 1 + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY

BACKUP_INTERVAL = timedelta(days=1)


def backup_path(backup_dir: Path, when: datetime) -> Path:
    """`<backup_dir>/mobility-<YYYYmmddTHHMMSS>.sqlite3` for the wall-clock time of `when`."""
    return backup_dir / f"mobility-{stamp(when)}.sqlite3"


def list_backups(backup_dir: Path) -> dict[datetime, Path]:
    """Our backups in `backup_dir` by their (naive, wall-clock) time; empty if none."""
    found: dict[datetime, Path] = {}
    with storage_errors("list the backups in", backup_dir):
        if not backup_dir.is_dir():
            return found
        for path in backup_dir.iterdir():
            match = BACKUP_NAME.fullmatch(path.name)
            if match is None or not path.is_file():
                continue
            try:
                found[datetime.strptime(match["stamp"], STAMP_FORMAT)] = path
            except ValueError:  # e.g. month 13: looks like ours but is not
                continue
    return found


def make_backup(db: Database, backup_dir: Path, now: datetime) -> Path:
    """Copy the open database into a new, verified backup file and return its path.

    The copy is written under a temporary name and renamed into place only after it passed
    quick_check, so a file with the backup name is always complete and sound. A backup made
    in the same second as an existing one replaces it (both are copies of the same data).
    """
    target = backup_path(backup_dir, now)
    partial = target.with_name(f".{target.name}.partial")
    with storage_errors("make a backup in", backup_dir):
        backup_dir.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # our own leftover from an interrupted backup
        try:
            with contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as dest:
                db.connection.backup(dest)
                # The copy inherits WAL mode from the header; DELETE mode makes it one
                # self-contained file that a read-only check can open without leaving
                # -wal/-shm files next to it.
                dest.execute("PRAGMA journal_mode = DELETE")
                problems = quick_check(dest)
            if problems:
                message = translate(
                    "Storage",
                    "Could not back up %1: the copy failed its integrity check (%2). Run "
                    "`mobility-app check` to repair the database.",
                )
                raise StorageError(fill(message, db.path, problems[0]), db.path)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    log.info("Backed up %s to %s", db.path, target)
    return target


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _day_age(when: datetime, reference: datetime) -> int:
    return (reference.date() - when.date()).days


def _week_age(when: datetime, reference: datetime) -> int:
    # Monday-based weeks are ISO weeks, including across year ends.
    return (_monday(reference.date()) - _monday(when.date())).days // 7


def _month_age(when: datetime, reference: datetime) -> int:
    return (reference.year - when.year) * 12 + reference.month - when.month


_RULES: tuple[tuple[int, Callable[[datetime, datetime], int]], ...] = (
    (KEEP_DAILY, _day_age),
    (KEEP_WEEKLY, _week_age),
    (KEEP_MONTHLY, _month_age),
)


def backups_to_remove(backup_times: list[datetime], now: datetime) -> set[datetime]:
    """Which backups to delete: all but the newest, and the newest of each recent period.

    Kept: the newest always; the newest of each of the last 7 days, 8 ISO weeks and 12
    months (periods counted back from the current one). Pure: no files, no clock.
    """
    if not backup_times:
        return set()
    # Count ages from the newest backup if the clock is behind it (the clock was set back):
    # from `now`, every "future" backup would look out of range and be deleted.
    reference = max(now, *backup_times)
    keep = {max(backup_times)}
    for limit, age in _RULES:
        newest_per_period: dict[int, datetime] = {}
        for when in backup_times:
            period = age(when, reference)
            if 0 <= period < limit:
                newest_per_period[period] = max(when, newest_per_period.get(period, when))
        keep.update(newest_per_period.values())
    return set(backup_times) - keep


def thin_backups(backup_dir: Path, now: datetime) -> list[Path]:
    """Delete our backups that `backups_to_remove` drops; return the deleted paths."""
    backups = list_backups(backup_dir)
    doomed = backups_to_remove(list(backups), wall_time(now))
    removed = [backups[when] for when in sorted(doomed)]
    with storage_errors("remove an old backup in", backup_dir):
        for path in removed:
            path.unlink(missing_ok=True)
            log.info("Removed old backup %s", path)
    return removed


def backup_if_due(
    db: Database, backup_dir: Path, now: datetime, *, interval: timedelta = BACKUP_INTERVAL
) -> Path | None:
    """Make a backup (then thin) if the newest is older than `interval` or missing.

    Also makes one when the newest backup is in the future (the clock was set back), rather
    than going without backups until the clock catches up. Returns the new backup, or None.
    """
    newest = max(list_backups(backup_dir), default=None)
    if newest is not None and timedelta(0) <= wall_time(now) - newest < interval:
        return None
    made = make_backup(db, backup_dir, now)
    thin_backups(backup_dir, now)
    return made
