"""SQLite storage: connection policy, schema migrations, backups, recovery and repositories.

Plain Python, standard library only; nothing here knows about Qt.

Opening and closing::

    db, recovery = open_database(db_path, backup_dir, now=local_now)
    if recovery is not None:          # the file was damaged and has been replaced
        show(recovery.lines())        # what was set aside where, what was restored
    ...
    backup_if_due(db, backup_dir, local_now())   # at close: one backup a day, then thinning
    db.close()                        # runs PRAGMA quick_check, then PRAGMA optimize

Public API:

- ``open_database(db_path, backup_dir, *, now, migrations=MIGRATIONS)
  -> tuple[Database, RecoveryReport | None]``: creates the data folder and the database if
  missing, refuses a newer schema (DatabaseTooNewError, file untouched), sets a damaged file
  (and its -wal/-shm) aside as ``<name>.corrupt-<YYYYmmddTHHMMSS>`` and restores the newest
  good backup (or starts fresh), then runs the migration chain.
- ``Database``: ``.connection`` (sqlite3.Connection, rows are sqlite3.Row), ``.path``,
  ``.transaction()`` (context manager: BEGIN IMMEDIATE ... COMMIT/ROLLBACK),
  ``.query(sql, params) -> list[Row]``, ``.close() -> bool`` (whether quick_check passed).
  Use named parameters (``:name``) only.
- ``RecoveryReport``: ``db_path``, ``problem``, ``moved``, ``restored_from`` (None: fresh),
  ``bad_backups``, ``fresh``, ``lines()``.
- ``check_storage(db_path, backup_dir, now: datetime) -> CheckReport`` (``sound``, ``lines``,
  ``recovery``, ``bad_backups``) for ``mobility-app check``: exit 0 if sound, else 1.
- Backups: ``make_backup(db, backup_dir, now) -> Path``, ``backup_if_due(db, backup_dir, now)
  -> Path | None``, ``thin_backups(backup_dir, now) -> list[Path]``, ``list_backups(backup_dir)
  -> dict[datetime, Path]`` and the pure ``backups_to_remove(backup_times, now) -> set[datetime]``.
- Restoring a backup (File > Restore a backup…): ``restore_backup(db, backup, backup_dir, *,
  now: datetime) -> Path`` checks the backup read-only (quick_check, a known schema version;
  StorageError and nothing changed otherwise), keeps a verified copy of the current database
  in ``safety_dir(backup_dir)`` (``backups/before-restore/``, never thinned), copies the backup
  into the open connection with SQLite's backup API and migrates it; returns the copy's path.
  ``list_restorable(backup_dir) -> list[BackupFile]`` (``made``, ``path``, ``size``,
  ``before_restore``): backups and safety copies, newest first.
- Measurements: ``Measurement``, ``add_measurement(db, m, *, now=local_now) -> int``,
  ``add_measurements(db, ms, *, now=local_now) -> list[int]`` (all or nothing),
  ``list_measurements(db) -> list[Measurement]`` (oldest first), ``get_measurement(db, id)``.
- Test results with how they were taken (footwear, toe, inclinometer site, form checks,
  trials): ``Details``, ``add_results(db, measurements, details, *, now) -> list[int]`` (one
  transaction, durable on return), ``details_for(db, ids)``, ``load_result``,
  ``update_result``, ``delete_result -> DeletedResult`` and ``restore_result`` (undo: the
  same id and details come back).
- Sessions: ``Session``, ``SessionItem``, ``start_session(db, routine_name, started_at) -> int``,
  ``log_item(db, session_id, item) -> int``, ``finish_session(db, session_id, status,
  ended_at)``, ``interrupt_running_sessions(db) -> int``, ``list_sessions(db)``.
- Pain ratings: ``set_session_pain(db, session_id, *, before: int | None, after: int | None)``
  (0-10 or None; LookupError for an unknown session), ``session_pain(db, session_id)
  -> tuple[int | None, int | None]``.
- Routines: ``StoredDose(kind, seconds, reps, sets, per_side, rest_seconds, tempo)``,
  ``StoredRoutineItem(exercise_id, dose)``, ``StoredRoutine(id, name, items, created_at,
  updated_at)``; ``save_routine(db, name, items, *, now=local_now, routine_id=None) -> int``
  (creates, or replaces the name and whole item list; one transaction, all or nothing),
  ``list_routines(db)`` (by name, ignoring case), ``load_routine(db, routine_id)``,
  ``rename_routine(db, routine_id, name, *, now=local_now)``, ``delete_routine(db,
  routine_id)`` (items go by cascade). Unknown ids raise LookupError; a name another routine
  has (ignoring case) raises ``RoutineNameTakenError``, a ValueError whose message is for the
  person: the name is theirs to fix, not the environment's fault. Plain values only: the
  routine package checks doses against the catalogue (``mobility_app.routine.editing``).
- ``migrate(connection, migrations=MIGRATIONS)``, ``MIGRATIONS``, ``LATEST_VERSION``.

Errors: catch ``StorageError`` (and its subclass ``DatabaseTooNewError``) and show its message:
it is the environment's fault (read-only folder, disk full, locked, damaged, too new) and the
message says what, where and what to do. Any other exception is a bug: let it crash. Writes
validate lightly (ValueError for naive datetimes or NaN); values the schema refuses raise
sqlite3.IntegrityError, which callers prevent by validating first. Every stored time is an
aware datetime, written as ISO 8601 with its offset.
"""

from mobility_app.storage.backup import (
    backup_if_due,
    backups_to_remove,
    list_backups,
    make_backup,
    thin_backups,
)
from mobility_app.storage.check import CheckReport, check_storage
from mobility_app.storage.connection import Database, local_now
from mobility_app.storage.details import (
    DeletedResult,
    Details,
    add_results,
    delete_result,
    details_for,
    load_result,
    restore_result,
    update_result,
)
from mobility_app.storage.errors import DatabaseTooNewError, StorageError
from mobility_app.storage.measurements import (
    Measurement,
    add_measurement,
    add_measurements,
    get_measurement,
    list_measurements,
)
from mobility_app.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate
from mobility_app.storage.pain import session_pain, set_session_pain
from mobility_app.storage.recovery import RecoveryReport, open_database
from mobility_app.storage.restore import (
    BackupFile,
    list_restorable,
    restore_backup,
    safety_dir,
)
from mobility_app.storage.routines import (
    RoutineNameTakenError,
    StoredDose,
    StoredRoutine,
    StoredRoutineItem,
    delete_routine,
    list_routines,
    load_routine,
    rename_routine,
    save_routine,
)
from mobility_app.storage.sessions import (
    Session,
    SessionItem,
    finish_session,
    interrupt_running_sessions,
    list_sessions,
    log_item,
    start_session,
)

__all__ = [
    "LATEST_VERSION",
    "MIGRATIONS",
    "BackupFile",
    "CheckReport",
    "Database",
    "DatabaseTooNewError",
    "DeletedResult",
    "Details",
    "Measurement",
    "RecoveryReport",
    "RoutineNameTakenError",
    "Session",
    "SessionItem",
    "StorageError",
    "StoredDose",
    "StoredRoutine",
    "StoredRoutineItem",
    "add_measurement",
    "add_measurements",
    "add_results",
    "backup_if_due",
    "backups_to_remove",
    "check_storage",
    "delete_result",
    "delete_routine",
    "details_for",
    "finish_session",
    "get_measurement",
    "interrupt_running_sessions",
    "list_backups",
    "list_measurements",
    "list_restorable",
    "list_routines",
    "list_sessions",
    "load_result",
    "load_routine",
    "local_now",
    "log_item",
    "make_backup",
    "migrate",
    "open_database",
    "rename_routine",
    "restore_backup",
    "restore_result",
    "safety_dir",
    "save_routine",
    "session_pain",
    "set_session_pain",
    "start_session",
    "thin_backups",
    "update_result",
]
