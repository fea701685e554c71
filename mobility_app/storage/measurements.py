"""Knee-to-wall measurements: store them, list them."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from mobility_app.storage.connection import Database, local_now, to_iso

SIDES = ("left", "right")


@dataclass(frozen=True)
class Measurement:
    """One knee-to-wall result for one side; at least one of the two values is present.

    Range checks with friendly messages belong to the measures package; the database's CHECK
    constraints are the last line and raise sqlite3.IntegrityError (a caller's bug).
    """

    taken_at: datetime  # must carry a UTC offset
    side: str  # "left" or "right"
    distance_cm: float | None
    angle_deg: float | None
    note: str = ""
    id: int | None = None


def _finite(value: float | None, name: str) -> float | None:
    # SQLite stores NaN as NULL, which would slip past the CHECK constraints as "not measured".
    if value is not None and not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return value


def _params(measurement: Measurement, created_at: str) -> dict[str, object]:
    return {
        "taken_at": to_iso(measurement.taken_at, "taken_at"),
        "side": measurement.side,
        "distance_cm": _finite(measurement.distance_cm, "distance_cm"),
        "angle_deg": _finite(measurement.angle_deg, "angle_deg"),
        "note": measurement.note,
        "created_at": created_at,
    }


_INSERT = """
    INSERT INTO measurements (taken_at, side, distance_cm, angle_deg, note, created_at)
    VALUES (:taken_at, :side, :distance_cm, :angle_deg, :note, :created_at)
"""


def add_measurements(
    db: Database, measurements: Iterable[Measurement], *, now: Callable[[], datetime] = local_now
) -> list[int]:
    """Store all `measurements` in one transaction (all or nothing); return their ids.

    Committed before returning. Raises ValueError for a naive time or a non-finite value,
    sqlite3.IntegrityError for values the schema refuses, StorageError for the environment.
    """
    created_at = to_iso(now(), "now()")
    rows = [_params(measurement, created_at) for measurement in measurements]
    ids: list[int] = []
    with db.transaction() as connection:
        for row in rows:
            cursor = connection.execute(_INSERT, row)
            if cursor.lastrowid is None:  # only for statements that are not INSERTs
                raise RuntimeError("INSERT returned no row id")
            ids.append(cursor.lastrowid)
    return ids


def add_measurement(
    db: Database, measurement: Measurement, *, now: Callable[[], datetime] = local_now
) -> int:
    """Store one measurement, committed before returning; return its id."""
    return add_measurements(db, [measurement], now=now)[0]


def _from_row(row: sqlite3.Row) -> Measurement:
    return Measurement(
        taken_at=datetime.fromisoformat(row["taken_at"]),
        side=row["side"],
        distance_cm=row["distance_cm"],
        angle_deg=row["angle_deg"],
        note=row["note"],
        id=row["id"],
    )


def list_measurements(db: Database) -> list[Measurement]:
    """Every measurement, oldest first (ties in the order they were stored)."""
    rows = db.query(
        "SELECT id, taken_at, side, distance_cm, angle_deg, note FROM measurements ORDER BY id"
    )
    # Sorted here, not by ORDER BY taken_at: the text of times with different offsets
    # (a trip, daylight saving) does not sort in time order, aware datetimes do.
    return sorted((_from_row(row) for row in rows), key=lambda m: m.taken_at)
