"""Storage errors: the environment's fault (shown to the person) versus our bugs (left to crash)."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

# Advice repeated in several messages; the --data-dir option is part of the public contract.
_WRITABLE_ADVICE = (
    "Make sure the folder is writable, or start the app with --data-dir pointing at a folder "
    "you can write to."
)
_SPACE_ADVICE = "Free some disk space and try again."
_DISK_ADVICE = "Check the disk (and that it is still connected), then try again."


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
        super().__init__(
            f"The database {path} has schema version {found_version}, but this version of "
            f"Ankle Mobility only knows versions up to {known_version}. It was written by a newer "
            "version of the app; update Ankle Mobility to open it. The file was not changed.",
            path,
        )
        self.found_version = found_version
        self.known_version = known_version


# Primary SQLite result codes that describe the environment, each with (reason, advice).
# Everything else (SQLITE_ERROR for bad SQL, SQLITE_CONSTRAINT, SQLITE_MISUSE...) is our bug.
_SQLITE_REASONS: dict[int, tuple[str, str]] = {
    sqlite3.SQLITE_PERM: ("permission was denied", _WRITABLE_ADVICE),
    sqlite3.SQLITE_READONLY: ("the file or its folder is read-only", _WRITABLE_ADVICE),
    sqlite3.SQLITE_CANTOPEN: ("the file could not be opened or created", _WRITABLE_ADVICE),
    sqlite3.SQLITE_AUTH: ("access was refused", _WRITABLE_ADVICE),
    sqlite3.SQLITE_FULL: ("the disk is full", _SPACE_ADVICE),
    sqlite3.SQLITE_IOERR: ("the disk reported a read or write error", _DISK_ADVICE),
    sqlite3.SQLITE_NOLFS: ("the file system cannot hold a file this large", _DISK_ADVICE),
    sqlite3.SQLITE_NOMEM: ("the computer ran out of memory", "Close other programs and try again."),
    sqlite3.SQLITE_BUSY: (
        "the database is in use by another program",
        "Close any other copy of Ankle Mobility and try again.",
    ),
    sqlite3.SQLITE_LOCKED: (
        "the database is locked",
        "Close any other copy of Ankle Mobility and try again.",
    ),
    sqlite3.SQLITE_PROTOCOL: (
        "the database is in use by another program",
        "Close any other copy of Ankle Mobility and try again.",
    ),
    sqlite3.SQLITE_CORRUPT: (
        "the database file is damaged",
        "Restart Ankle Mobility or run `mobility-app check`: the damaged file is set aside "
        "(not deleted) and the newest good backup is restored.",
    ),
    sqlite3.SQLITE_NOTADB: (
        "the file is not an SQLite database",
        "Restart Ankle Mobility or run `mobility-app check`: the file is set aside "
        "(not deleted) and the newest good backup is restored.",
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
        return _SPACE_ADVICE
    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        return (
            "A file or folder is in the way; move it, or start the app with --data-dir "
            "pointing at another folder."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _WRITABLE_ADVICE
    return _DISK_ADVICE


@contextlib.contextmanager
def storage_errors(action: str, path: Path) -> Iterator[None]:
    """Turn environment failures inside the block into a StorageError naming `action` and `path`.

    `action` completes "Could not ...", e.g. "open the database". SQLite errors that are not
    the environment's fault propagate unchanged, so bugs still crash with a traceback.
    """
    try:
        yield
    except sqlite3.Error as exc:
        code = _primary_code(exc)
        if code not in _SQLITE_REASONS:
            raise
        reason, advice = _SQLITE_REASONS[code]
        raise StorageError(f"Could not {action} {path}: {reason} ({exc}). {advice}", path) from exc
    except OSError as exc:
        # The OS names the file it actually tripped on, which may be a sibling of `path`.
        where = Path(exc.filename) if exc.filename else path
        reason = exc.strerror or str(exc)
        raise StorageError(
            f"Could not {action} {where}: {reason}. {_os_advice(exc)}", where
        ) from exc
