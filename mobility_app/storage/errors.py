"""Storage errors: the environment's fault (shown to the person) versus our bugs (left to crash)."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from mobility_app.i18n import QT_TRANSLATE_NOOP, fill, translate

# The messages are for the person, in the interface's language (context "Storage"); each
# text below is marked here and translated when a message is made.
# Advice repeated in several messages; the --data-dir option is part of the public contract.
_WRITABLE_ADVICE = QT_TRANSLATE_NOOP(
    "Storage",
    "Make sure the folder is writable, or start the app with --data-dir pointing at a folder "
    "you can write to.",
)
_SPACE_ADVICE = QT_TRANSLATE_NOOP("Storage", "Free some disk space and try again.")
_DISK_ADVICE = QT_TRANSLATE_NOOP(
    "Storage", "Check the disk (and that it is still connected), then try again."
)
_CLOSE_ADVICE = QT_TRANSLATE_NOOP(
    "Storage", "Close any other copy of Ankle Mobility and try again."
)


class StorageError(Exception):
    """The environment's fault: read-only, disk full, locked, damaged or too new.

    The message is complete and meant for the person (what happened, which path, what to do).
    Anything that is not a StorageError is a bug in the app and should crash loudly,
    as qutebrowser's misc/sql.py separates KnownError from BugError.
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of the app; it is refused and left untouched."""

    def __init__(self, path: Path, found_version: int, known_version: int) -> None:
        message = translate(
            "Storage",
            "The database %1 has schema version %2, but this version of Ankle Mobility only "
            "knows versions up to %3. It was written by a newer version of the app; update "
            "Ankle Mobility to open it. The file was not changed.",
        )
        super().__init__(fill(message, path, found_version, known_version), path)
        self.found_version = found_version
        self.known_version = known_version


# Primary SQLite result codes that describe the environment, each with (reason, advice).
# Everything else (SQLITE_ERROR for bad SQL, SQLITE_CONSTRAINT, SQLITE_MISUSE...) is our bug.
_SQLITE_REASONS: dict[int, tuple[str, str]] = {
    sqlite3.SQLITE_PERM: (QT_TRANSLATE_NOOP("Storage", "permission was denied"), _WRITABLE_ADVICE),
    sqlite3.SQLITE_READONLY: (
        QT_TRANSLATE_NOOP("Storage", "the file or its folder is read-only"),
        _WRITABLE_ADVICE,
    ),
    sqlite3.SQLITE_CANTOPEN: (
        QT_TRANSLATE_NOOP("Storage", "the file could not be opened or created"),
        _WRITABLE_ADVICE,
    ),
    sqlite3.SQLITE_AUTH: (QT_TRANSLATE_NOOP("Storage", "access was refused"), _WRITABLE_ADVICE),
    sqlite3.SQLITE_FULL: (QT_TRANSLATE_NOOP("Storage", "the disk is full"), _SPACE_ADVICE),
    sqlite3.SQLITE_IOERR: (
        QT_TRANSLATE_NOOP("Storage", "the disk reported a read or write error"),
        _DISK_ADVICE,
    ),
    sqlite3.SQLITE_NOLFS: (
        QT_TRANSLATE_NOOP("Storage", "the file system cannot hold a file this large"),
        _DISK_ADVICE,
    ),
    sqlite3.SQLITE_NOMEM: (
        QT_TRANSLATE_NOOP("Storage", "the computer ran out of memory"),
        QT_TRANSLATE_NOOP("Storage", "Close other programs and try again."),
    ),
    sqlite3.SQLITE_BUSY: (
        QT_TRANSLATE_NOOP("Storage", "the database is in use by another program"),
        _CLOSE_ADVICE,
    ),
    sqlite3.SQLITE_LOCKED: (QT_TRANSLATE_NOOP("Storage", "the database is locked"), _CLOSE_ADVICE),
    sqlite3.SQLITE_PROTOCOL: (
        QT_TRANSLATE_NOOP("Storage", "the database is in use by another program"),
        _CLOSE_ADVICE,
    ),
    sqlite3.SQLITE_CORRUPT: (
        QT_TRANSLATE_NOOP("Storage", "the database file is damaged"),
        QT_TRANSLATE_NOOP(
            "Storage",
            "Restart Ankle Mobility or run `mobility-app check`: the damaged file is set aside "
            "(not deleted) and the newest good backup is restored.",
        ),
    ),
    sqlite3.SQLITE_NOTADB: (
        QT_TRANSLATE_NOOP("Storage", "the file is not an SQLite database"),
        QT_TRANSLATE_NOOP(
            "Storage",
            "Restart Ankle Mobility or run `mobility-app check`: the file is set aside "
            "(not deleted) and the newest good backup is restored.",
        ),
    ),
}

# What storage_errors was doing, as the start of its message: %1 is the path, %2 the reason.
_ACTIONS: dict[str, str] = {
    "create the data folder": QT_TRANSLATE_NOOP(
        "Storage", "Could not create the data folder %1: %2."
    ),
    "open the database": QT_TRANSLATE_NOOP("Storage", "Could not open the database %1: %2."),
    "read the database": QT_TRANSLATE_NOOP("Storage", "Could not read the database %1: %2."),
    "save to the database": QT_TRANSLATE_NOOP("Storage", "Could not save to the database %1: %2."),
    "check the database": QT_TRANSLATE_NOOP("Storage", "Could not check the database %1: %2."),
    "set aside the damaged database": QT_TRANSLATE_NOOP(
        "Storage", "Could not set aside the damaged database %1: %2."
    ),
    "set aside a damaged backup": QT_TRANSLATE_NOOP(
        "Storage", "Could not set aside a damaged backup %1: %2."
    ),
    "list the backups in": QT_TRANSLATE_NOOP("Storage", "Could not list the backups in %1: %2."),
    "make a backup in": QT_TRANSLATE_NOOP("Storage", "Could not make a backup in %1: %2."),
    "remove an old backup in": QT_TRANSLATE_NOOP(
        "Storage", "Could not remove an old backup in %1: %2."
    ),
    "read the backup": QT_TRANSLATE_NOOP("Storage", "Could not read the backup %1: %2."),
    "read the size of": QT_TRANSLATE_NOOP("Storage", "Could not read the size of %1: %2."),
    "restore the backup into": QT_TRANSLATE_NOOP(
        "Storage", "Could not restore the backup into %1: %2."
    ),
}

_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def _primary_code(exc: sqlite3.Error) -> int | None:
    """The primary result code (extended codes keep it in the low byte), or None if not SQLite's."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether the error means the file itself is damaged or not a database at all."""
    return _primary_code(exc) in _DAMAGE_CODES


def _os_advice(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Storage", _SPACE_ADVICE)
    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        return translate(
            "Storage",
            "A file or folder is in the way; move it, or start the app with --data-dir "
            "pointing at another folder.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("Storage", _WRITABLE_ADVICE)
    return translate("Storage", _DISK_ADVICE)


def _could_not(action: str, path: Path, reason: str) -> str:
    """'Could not <action> <path>: <reason>.' in the interface's language."""
    template = _ACTIONS.get(action)
    if template is None:  # an action no caller passes yet: English rather than nothing
        return f"Could not {action} {path}: {reason}."
    return fill(translate("Storage", template), path, reason)


@contextlib.contextmanager
def storage_errors(action: str, path: Path) -> Iterator[None]:
    """Turn environment failures inside the block into a StorageError naming `action` and `path`.

    `action` completes "Could not ...", e.g. "open the database" (one of _ACTIONS, whose
    whole-sentence templates are what the person reads). SQLite errors that are not
    the environment's fault propagate unchanged, so bugs still crash with a traceback.
    """
    try:
        yield
    except sqlite3.Error as exc:
        code = _primary_code(exc)
        if code not in _SQLITE_REASONS:
            raise
        reason, advice = _SQLITE_REASONS[code]
        shown_reason = translate("Storage", reason) + f" ({exc})"
        shown_advice = translate("Storage", advice)
        raise StorageError(
            f"{_could_not(action, path, shown_reason)} {shown_advice}", path
        ) from exc
    except OSError as exc:
        # The OS names the file it actually tripped on, which may be a sibling of `path`.
        where = Path(exc.filename) if exc.filename else path
        reason = exc.strerror or str(exc)
        message = f"{_could_not(action, where, reason)} {_os_advice(exc)}"
        raise StorageError(message, where) from exc
