"""Opening the database: refuse a newer one, set a damaged one aside, restore the newest backup."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mobility_app.i18n import fill, translate
from mobility_app.storage.backup import list_backups
from mobility_app.storage.connection import (
    Database,
    connect,
    inspect_file,
    user_version,
)
from mobility_app.storage.errors import DatabaseTooNewError, StorageError, storage_errors
from mobility_app.storage.files import move_aside, sidecars
from mobility_app.storage.migrations import MIGRATIONS, Migration, migrate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveryReport:
    """What open_database had to do because the database could not be used as it was."""

    db_path: Path
    problem: str  # why the file was set aside, for people (a clause: "it is damaged")
    moved: tuple[tuple[Path, Path], ...]  # (from, to): the database and its -wal/-shm files
    restored_from: Path | None  # the backup now in place, or None: a fresh database
    bad_backups: tuple[tuple[Path, Path], ...] = ()  # damaged backups set aside while looking

    @property
    def fresh(self) -> bool:
        """True when no good backup existed and an empty database was created."""
        return self.restored_from is None

    def lines(self) -> list[str]:
        """The report as sentences for the UI or the `check` command."""
        unusable = translate("Storage", "The database %1 could not be used: %2.")
        lines = [fill(unusable, self.db_path, self.problem)]
        moved = translate("Storage", "Set aside %1 as %2 (kept, not deleted).")
        lines += [fill(moved, src, dst) for src, dst in self.moved]
        damaged = translate("Storage", "The backup %1 was damaged too; set aside as %2.")
        lines += [fill(damaged, src, dst) for src, dst in self.bad_backups]
        if self.restored_from is not None:
            restored = translate(
                "Storage",
                "Restored the newest good backup, %1. Anything saved after it was made is only "
                "in the set-aside file.",
            )
            lines.append(fill(restored, self.restored_from))
        else:
            lines.append(
                translate(
                    "Storage", "No good backup was found, so a new, empty database was created."
                )
            )
        return lines


def open_database(
    db_path: Path,
    backup_dir: Path,
    *,
    now: Callable[[], datetime],
    migrations: Sequence[Migration] = MIGRATIONS,
) -> tuple[Database, RecoveryReport | None]:
    """Open `db_path` (creating it if missing), recovering from damage; migrate to the latest.

    Returns the open Database and a RecoveryReport if the file had to be set aside (else None).
    Raises DatabaseTooNewError (file untouched) or another StorageError for the environment's
    faults; any other exception is a bug. `now` names the set-aside files.
    """
    known = len(migrations)
    with storage_errors("create the data folder", db_path.parent):
        db_path.parent.mkdir(parents=True, exist_ok=True)
    problem = _diagnose(db_path, known)
    report = None
    if problem is not None:
        report = _recover(db_path, backup_dir, problem, now(), known)
    return Database(_open_and_migrate(db_path, migrations), db_path), report


def _diagnose(db_path: Path, known: int) -> str | None:
    """Why `db_path` cannot be used as it is, or None; looks without writing to it."""
    with storage_errors("open the database", db_path):
        exists = db_path.exists()
        if not exists and sidecars(db_path):
            # A stale write-ahead log would be replayed into a new database: set it aside.
            return translate(
                "Storage", "the database file is missing but its journal files were left behind"
            )
        if exists and not db_path.is_file():
            message = translate(
                "Storage",
                "Could not open the database %1: it is a folder, not a file. Move it away, or "
                "start the app with --data-dir pointing at another folder.",
            )
            raise StorageError(fill(message, db_path), db_path)
    if not exists:
        return None
    health = inspect_file(db_path)
    if health.version is not None and health.version > known:
        raise DatabaseTooNewError(db_path, health.version, known)
    if health.ok:
        return None
    details = "; ".join(health.problems[:3])
    if health.version is None:
        return fill(translate("Storage", "it is not a readable SQLite database (%1)"), details)
    return fill(translate("Storage", "it failed its integrity check (%1)"), details)


def _recover(
    db_path: Path, backup_dir: Path, problem: str, when: datetime, known: int
) -> RecoveryReport:
    """Set the unusable database aside and put the newest good backup in its place.

    The backup is copied next to the database before anything is moved: if copying fails
    (disk full), the damaged file is still in place and the next start tries again, instead
    of finding no database and silently starting an empty one.
    """
    log.error("Database %s cannot be used: %s", db_path, problem)
    backup, bad = _newest_good_backup(backup_dir, when, known)
    staged = None if backup is None else _stage_copy(backup, db_path)
    with storage_errors("set aside the damaged database", db_path):
        moved = move_aside(db_path, when)
        if staged is not None:
            staged.replace(db_path)  # atomic: the path never holds half a copy
    if backup is None:
        log.warning("No good backup in %s: starting a new database at %s", backup_dir, db_path)
    else:
        log.warning("Restored backup %s into %s", backup, db_path)
    return RecoveryReport(db_path, problem, tuple(moved), backup, tuple(bad))


def _newest_good_backup(
    backup_dir: Path, when: datetime, known: int
) -> tuple[Path | None, list[tuple[Path, Path]]]:
    """The newest backup that passes quick_check; damaged ones met on the way are set aside."""
    bad: list[tuple[Path, Path]] = []
    for _, backup in sorted(list_backups(backup_dir).items(), reverse=True):
        health = inspect_file(backup)
        if health.version is not None and health.version > known:
            log.warning("Skipping backup %s: written by a newer version of the app", backup)
        elif health.ok:
            return backup, bad
        else:
            with storage_errors("set aside a damaged backup", backup):
                bad += move_aside(backup, when)
    return None, bad


def _stage_copy(backup: Path, db_path: Path) -> Path:
    """Copy `backup` to `<db name>.restoring` next to the database, durably; return that path."""
    staged = db_path.with_name(db_path.name + ".restoring")
    with storage_errors("restore the backup into", db_path):
        shutil.copyfile(backup, staged)
        # Durable before it replaces anything: a power cut must not leave an empty database.
        with staged.open("rb+") as handle:
            os.fsync(handle.fileno())
    return staged


def _open_and_migrate(db_path: Path, migrations: Sequence[Migration]) -> sqlite3.Connection:
    """Connect with the policy, run the migration chain, and prove the file is writable."""
    with storage_errors("open the database", db_path):
        connection = connect(db_path)
        try:
            migrate(connection, migrations, path=db_path)
            _check_writable(connection)
        except BaseException:
            connection.close()
            raise
    return connection


def _check_writable(connection: sqlite3.Connection) -> None:
    """Fail at open, with a clear message, rather than at the first save.

    SQLite silently opens a read-only file read-only, and BEGIN IMMEDIATE alone succeeds on
    it; rewriting the version with its own value is a real write (SQLITE_READONLY there) that
    the rollback then discards, so nothing reaches the disk.
    """
    version = user_version(connection)
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(f"PRAGMA user_version = {version:d}")
    finally:
        # Roll back rather than commit: a commit would cost an fsync at every start.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
