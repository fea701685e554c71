"""Helpers shared by the storage tests: damaging files, hashing them, building old versions."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mobility_app.storage.connection import connect
from mobility_app.storage.migrations import MIGRATIONS, Migration, migrate

# A fixed instant with a non-UTC offset, so offsets are exercised everywhere.
NOW = datetime(2025, 3, 14, 9, 30, 0, tzinfo=timezone(timedelta(hours=1)))

PAGE = 4096  # SQLite's default page size, the one our databases use


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_pages(path: Path) -> None:
    """Overwrite the start of every page after the header page: the header stays readable."""
    data = bytearray(path.read_bytes())
    assert len(data) > PAGE, "need more than one page to damage"
    for offset in range(PAGE, len(data), PAGE):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def build_at_version(path: Path, version: int, chain: Sequence[Migration] = MIGRATIONS) -> None:
    """Create a database at `path` that has run only the first `version` migrations."""
    with contextlib.closing(connect(path)) as connection:
        migrate(connection, chain[:version])


def set_user_version(path: Path, version: int) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute(f"PRAGMA user_version = {version:d}")


def table_names(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {row[0] for row in rows}


def schema(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [(row[0], row[1], row[2]) for row in rows]
