"""Fixtures for the storage tests: paths under tmp_path, a fixed clock, an open database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mobility_app.storage import Database, open_database

from .helpers import NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "mobility.sqlite3"


@pytest.fixture
def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


@pytest.fixture
def db(db_path: Path, backup_dir: Path) -> Iterator[Database]:
    database, report = open_database(db_path, backup_dir, now=lambda: NOW)
    assert report is None
    yield database
    database.close()
