"""File names with timestamps, and moving damaged files aside without ever deleting them."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%dT%H%M%S"

# Files SQLite keeps next to a database; they belong to it and must travel with it.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def wall_time(when: datetime) -> datetime:
    """`when` as naive wall-clock time: file names carry no offset, so compare without one."""
    return when.replace(tzinfo=None)


def stamp(when: datetime) -> str:
    """`when` as the compact timestamp used in file names, e.g. 20250131T084500."""
    return wall_time(when).strftime(STAMP_FORMAT)


def sidecars(path: Path) -> list[Path]:
    """The -wal, -shm and -journal files that exist next to the database `path`."""
    candidates = (path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES)
    return [candidate for candidate in candidates if candidate.exists()]


def _free_base(path: Path, when: datetime) -> Path:
    """`<name>.corrupt-<stamp>`, with -2, -3... if an earlier move in the same second took it."""
    base = path.with_name(f"{path.name}.corrupt-{stamp(when)}")
    number = 1
    candidate = base
    while candidate.exists() or sidecars(candidate):
        number += 1
        candidate = base.with_name(f"{base.name}-{number}")
    return candidate


def move_aside(path: Path, when: datetime) -> list[tuple[Path, Path]]:
    """Rename `path` and its sidecars to `<name>.corrupt-<stamp>`; return (from, to) pairs.

    The sidecars become `<name>.corrupt-<stamp>-wal` and so on, so the moved set stays a
    consistent database that `sqlite3 ... .recover` can still read. The main file moves first:
    if we are interrupted, the next start sees leftover sidecars without a database and moves
    them too. Raises OSError (callers translate it into a StorageError).
    """
    target = _free_base(path, when)
    moved: list[tuple[Path, Path]] = []
    if path.exists():
        path.rename(target)
        moved.append((path, target))
    for sidecar in sidecars(path):
        sidecar_target = target.with_name(target.name + sidecar.name[len(path.name) :])
        sidecar.rename(sidecar_target)
        moved.append((sidecar, sidecar_target))
    for source, destination in moved:
        log.warning("Moved %s aside to %s", source, destination)
    return moved
