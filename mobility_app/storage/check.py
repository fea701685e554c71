"""The integrity check behind `mobility-app check`: the database, then every backup."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mobility_app.storage.backup import list_backups
from mobility_app.storage.connection import inspect_file, user_version
from mobility_app.storage.errors import storage_errors
from mobility_app.storage.files import move_aside
from mobility_app.storage.migrations import LATEST_VERSION
from mobility_app.storage.recovery import RecoveryReport, open_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckReport:
    """The outcome of check_storage: sound means nothing had to be repaired."""

    sound: bool
    lines: tuple[str, ...]  # what was checked and done, one sentence each
    recovery: RecoveryReport | None = None  # set when the database itself was replaced
    bad_backups: tuple[tuple[Path, Path], ...] = ()  # (from, to) of backups set aside


def check_storage(db_path: Path, backup_dir: Path, now: datetime) -> CheckReport:
    """Open the database (recovering it if needed), then verify every backup.

    A damaged backup is set aside as `.corrupt-<stamp>` like a damaged database, and counts
    as a repair: `sound` is False whenever anything was moved. After such a run the next
    check is sound. Raises StorageError when the check cannot run at all (read-only, too
    new...); the `check` command prints it and exits 1.
    """
    lines: list[str] = []
    sound = True
    db, recovery = open_database(db_path, backup_dir, now=lambda: now)
    try:
        version = user_version(db.connection)
    finally:
        closed_clean = db.close()  # runs quick_check once more, on the migrated file
    if recovery is not None:
        sound = False
        lines += recovery.lines()
    else:
        lines.append(f"Database {db_path}: sound (schema version {version}).")
    if not closed_clean:
        sound = False
        lines.append(
            f"Database {db_path} failed its integrity check after opening; run the check "
            "again to set it aside and restore a backup."
        )

    bad: list[tuple[Path, Path]] = [] if recovery is None else list(recovery.bad_backups)
    backups = list_backups(backup_dir)
    good = 0
    for _, backup in sorted(backups.items()):
        health = inspect_file(backup)
        if health.version is not None and health.version > LATEST_VERSION:
            lines.append(f"Backup {backup}: written by a newer version of the app; left as is.")
        elif health.ok:
            good += 1
        else:
            sound = False
            with storage_errors("set aside a damaged backup", backup):
                moved = move_aside(backup, now)
            bad += moved
            lines.append(f"Backup {backup} is damaged ({health.problems[0]}).")
            lines += [f"Set aside {src} as {dst} (kept, not deleted)." for src, dst in moved]
    if backups:
        lines.append(f"Backups in {backup_dir}: {good} of {len(backups)} sound.")
    else:
        lines.append(f"No backups yet in {backup_dir}.")
    for line in lines:
        log.info("check: %s", line)
    return CheckReport(sound, tuple(lines), recovery, tuple(bad))
