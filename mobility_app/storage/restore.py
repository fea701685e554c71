"""Restoring a backup into the open database, after keeping a copy of what it held."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mobility_app.i18n import fill, translate
from mobility_app.storage.backup import backup_path, list_backups, make_backup
from mobility_app.storage.connection import Database, connect_read_only, inspect_file
from mobility_app.storage.errors import StorageError, storage_errors
from mobility_app.storage.migrations import LATEST_VERSION, migrate

log = logging.getLogger(__name__)

# Safety copies live in their own folder under the backups: list_backups and thin_backups look
# only at files directly in the backup folder, so thinning never removes one, and the names
# stay the `mobility-<stamp>.sqlite3` of an ordinary, verified backup.
SAFETY_DIR_NAME = "before-restore"


def safety_dir(backup_dir: Path) -> Path:
    """Where copies of the database made just before a restore are kept (never thinned)."""
    return backup_dir / SAFETY_DIR_NAME


@dataclass(frozen=True)
class BackupFile:
    """One backup that can be restored: when it was made (wall clock), where, how big."""

    made: datetime  # naive wall-clock time, from the file name
    path: Path
    size: int  # bytes
    before_restore: bool  # a safety copy made just before an earlier restore


def list_restorable(backup_dir: Path) -> list[BackupFile]:
    """Every backup and safety copy in `backup_dir`, newest first; empty if none."""
    found: list[BackupFile] = []
    for folder, before_restore in ((backup_dir, False), (safety_dir(backup_dir), True)):
        for made, path in list_backups(folder).items():
            with storage_errors("read the size of", path):
                try:
                    size = path.stat().st_size
                except FileNotFoundError:  # thinned by another instance meanwhile
                    continue
            found.append(BackupFile(made, path, size, before_restore))
    found.sort(key=lambda backup: (backup.made, backup.before_restore), reverse=True)
    return found


def _check_backup(db: Database, backup: Path) -> None:
    """Raise StorageError (nothing changed) unless `backup` is a sound backup we can read."""
    reason = _refusal(db, backup)
    if reason is not None:
        message = translate("Storage", "The backup %1 was not restored: %2. Nothing was changed.")
        raise StorageError(fill(message, backup, reason), backup)


def _refusal(db: Database, backup: Path) -> str | None:
    """Why `backup` cannot be restored into `db`, or None; reads it without writing."""
    with storage_errors("read the backup", backup):
        if not backup.is_file():
            return translate("Storage", "the file does not exist any more")
        if backup.resolve() == db.path.resolve():
            return translate("Storage", "it is the database itself")
    health = inspect_file(backup)
    if health.version is None or not health.ok:
        damaged = translate("Storage", "it is damaged (%1); choose another backup")
        return fill(damaged, "; ".join(health.problems[:2]))
    if health.version > LATEST_VERSION:
        newer = translate(
            "Storage",
            "it was written by a newer version of Ankle Mobility (schema version %1; this "
            "version knows up to %2); update the app to restore it",
        )
        return fill(newer, health.version, LATEST_VERSION)
    if health.version == 0:
        # Every database the app writes has run at least the first migration.
        return translate("Storage", "it holds no Ankle Mobility data")
    # SQLite refuses to copy into a database in WAL mode when the page sizes differ; say so
    # plainly instead of letting it surface as a misleading "read-only" error.
    with storage_errors("read the backup", backup):
        with contextlib.closing(connect_read_only(backup)) as source:
            theirs = int(source.execute("PRAGMA page_size").fetchone()[0])
        ours = int(db.connection.execute("PRAGMA page_size").fetchone()[0])
    if theirs != ours:
        sizes = translate(
            "Storage",
            "its page size (%1 bytes) differs from the database's (%2 bytes), so it cannot be "
            "copied in while the app is running",
        )
        return fill(sizes, theirs, ours)
    return None


def _free_time(folder: Path, now: datetime) -> datetime:
    """`now`, moved on by whole seconds until no safety copy in `folder` has its name.

    make_backup replaces a backup made in the same second, which is right for two copies of
    the same data but not here: two restores in one second hold different data.
    """
    when = now
    while backup_path(folder, when).exists():
        when += timedelta(seconds=1)
    return when


def restore_backup(
    db: Database,
    backup: Path,
    backup_dir: Path,
    *,
    now: datetime,
) -> Path:
    """Replace the contents of the open database with `backup`; return the safety copy's path.

    In order: the backup is checked read-only (quick_check, a schema version this app knows);
    a verified copy of the current database is made in `safety_dir(backup_dir)`; the backup
    is copied into the open connection with SQLite's backup API, in one write transaction, so
    the connection stays valid, WAL and locking keep working and other connections see either
    the old or the new data; finally the migration chain brings an older backup up to date.
    Raises StorageError with a message for the person; before the copy nothing has changed,
    and a failed copy is rolled back by SQLite.
    """
    _check_backup(db, backup)
    folder = safety_dir(backup_dir)  # make_backup creates it
    safety = make_backup(db, folder, _free_time(folder, now))
    with storage_errors("restore the backup into", db.path):
        with contextlib.closing(connect_read_only(backup)) as source:
            source.backup(db.connection)
        migrate(db.connection, path=db.path)
    log.warning("Restored %s into %s; the previous contents are in %s", backup, db.path, safety)
    return safety
