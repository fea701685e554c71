"""SQLite connection policy, the Database handle, transactions and integrity probes."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from mobility_app.storage.errors import is_damage, storage_errors

log = logging.getLogger(__name__)

# How long a connection waits for another one's write lock before giving up with SQLITE_BUSY.
BUSY_TIMEOUT_MS = 5000

Params = Mapping[str, object]


def local_now() -> datetime:
    """The current local time with its UTC offset: the default clock wherever time is stored."""
    return datetime.now().astimezone()


def to_iso(when: datetime, name: str) -> str:
    """`when` as ISO 8601 with its offset; a naive datetime is refused (ambiguous forever)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{name} must carry a UTC offset, got naive {when.isoformat()}")
    return when.isoformat()


def apply_policy(connection: sqlite3.Connection) -> None:
    """Set the connection policy; every read-write connection goes through here, once."""
    # Another process (a second window, `mobility-app record` while the app is open) may hold
    # the write lock for a moment: wait for it instead of failing at once with SQLITE_BUSY.
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    # WAL: readers never block the writer and the writer never blocks readers, and a crash
    # mid-write leaves the database intact (the log is replayed or ignored on next open).
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # Some network file systems cannot share memory for WAL; still safe, just slower.
        log.warning("SQLite refused WAL mode (got %r); continuing in that mode", mode)
    # FULL, not NORMAL: in WAL mode NORMAL syncs only at checkpoints, so the last commits can
    # vanish on power loss. The app promises that a result it acknowledged is never lost, and
    # one fsync per saved result is cheap at our write rate.
    connection.execute("PRAGMA synchronous = FULL")
    # SQLite leaves foreign keys off per connection for backward compatibility; session items
    # rely on ON DELETE CASCADE and must never point at a missing session.
    connection.execute("PRAGMA foreign_keys = ON")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if missing) `path` read-write with the connection policy applied.

    isolation_level=None turns off the sqlite3 module's implicit BEGINs (which it issues
    before DML but not DDL): every transaction here is an explicit `transaction()`.
    """
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.row_factory = sqlite3.Row
        apply_policy(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an existing `path` read-only through a `file:...?mode=ro` URI.

    Used to look at a file before trusting it (version, integrity): a read-only connection
    cannot change the main database file, even by accident. No policy is applied (it writes).
    """
    uri = path.absolute().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK if the block raises.

    IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
    writes can fail half-way with SQLITE_BUSY_SNAPSHOT in WAL mode, which no timeout cures.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        # Some errors (disk full, I/O) already rolled back; a second ROLLBACK would fail and
        # hide the original error.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def user_version(connection: sqlite3.Connection) -> int:
    """The schema version stored in the database header."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def quick_check(connection: sqlite3.Connection) -> list[str]:
    """Run PRAGMA quick_check; return the problems it found (empty when the file is sound)."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        # Badly damaged files make the check itself fail instead of listing problems.
        if is_damage(exc):
            return [str(exc)]
        raise
    results = [str(row[0]) for row in rows]
    return [] if results == ["ok"] else results


@dataclass(frozen=True)
class FileHealth:
    """What a read-only look at a database file found."""

    version: int | None  # None when the file could not be read as a database at all
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect_file(path: Path) -> FileHealth:
    """Read the schema version and run quick_check on `path` without writing to it.

    Damage (garbage bytes, a truncated header, failed check) is reported in the result;
    environment failures (unreadable file, locked) raise StorageError.
    """
    with storage_errors("read the database", path):
        try:
            with contextlib.closing(connect_read_only(path)) as connection:
                version = user_version(connection)
                return FileHealth(version, tuple(quick_check(connection)))
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                return FileHealth(None, (str(exc),))
            raise


class Database:
    """An open database: the connection plus the path used in every error message."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self._closed = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; environment failures become StorageError, bugs propagate."""
        with storage_errors("save to the database", self.path), transaction(self.connection):
            yield self.connection

    def query(self, sql: str, params: Params | None = None) -> list[sqlite3.Row]:
        """Run one read-only statement with named parameters and fetch every row."""
        with storage_errors("read the database", self.path):
            return self.connection.execute(sql, params or {}).fetchall()

    def close(self) -> bool:
        """Check integrity, let SQLite optimize, close; return whether quick_check passed.

        A failed check is logged, not raised: the data is already committed, and the next
        open_database() sets the damaged file aside and restores a backup.
        """
        if self._closed:
            return True
        self._closed = True
        try:
            with storage_errors("check the database", self.path):
                problems = quick_check(self.connection)
                # Recommended by SQLite before closing a long-lived connection: refreshes
                # the planner statistics that this session showed to be worth having.
                self.connection.execute("PRAGMA optimize")
        finally:
            self.connection.close()
        if problems:
            log.error("Database %s failed quick_check at close: %s", self.path, problems[:5])
        return not problems

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
