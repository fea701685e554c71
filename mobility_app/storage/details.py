"""How each knee-to-wall result was taken: footwear, toe, inclinometer site, form and trials.

A table beside ``measurements`` rather than new columns in it, so the export format
(taken_at, side, distance_cm, angle_deg, note) stays fixed. A result without details (imported,
typed at the command line, or stored before this table existed) simply has no row here.

Public API::

    ids = add_results(db, measurements, details)    # one transaction, committed on return
    details_for(db, ids) -> dict[int, Details]      # only the ids that have details
    load_result(db, measurement_id)                 # (Measurement, Details | None)
    update_result(db, measurement, details)         # an edit, all or nothing
    removed = delete_result(db, measurement_id)     # returns everything needed to undo
    restore_result(db, removed) -> int              # the same id whenever it is still free
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from mobility_app.storage.connection import Database, local_now, to_iso
from mobility_app.storage.measurements import (
    Measurement,
    delete_row,
    get_measurement,
    insert_row,
    update_row,
)

FOOTWEAR = ("barefoot", "shod")
TOES = ("big", "longest")
AGGREGATES = ("mean", "best")
# Where the inclinometer sat: 15 cm below the tibial tuberosity, on it, or elsewhere. The
# reading differs by about 6° between the first two (44.9° vs 39.0°; Hall & Docherty 2017).
SITES = ("below-tuberosity", "tuberosity", "other")

# Chunked IN lists stay below SQLite's limit on bound variables in one statement.
_CHUNK = 500


@dataclass(frozen=True)
class Details:
    """How one side's result was taken. None in a check means "not recorded"."""

    footwear: str = "barefoot"  # FOOTWEAR
    toe: str = "big"  # TOES
    inclinometer_site: str | None = None  # SITES, only with an angle
    heel_down: bool | None = None
    knee_in_line: bool | None = None
    arch_held: bool | None = None
    trials: tuple[float, ...] = ()  # the trial distances in cm, in the order taken
    aggregate: str | None = None  # AGGREGATES: how the trials became the result

    @property
    def form_note(self) -> bool:
        """Whether a form check was left unconfirmed: the result stands "with a form note"."""
        return False in (self.heel_down, self.knee_in_line, self.arch_held)


@dataclass(frozen=True)
class DeletedResult:
    """Everything a delete removed, so that undo puts back exactly the same thing."""

    measurement: Measurement
    details: Details | None
    created_at: str


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _details_params(measurement_id: int, details: Details) -> dict[str, object]:
    # The CHECK constraints cover the choices and the JSON shape; CHECK allows no subquery
    # over the array, so each trial's range is checked here (as for routine tempo, v3).
    for trial in details.trials:
        if not math.isfinite(trial) or not 0.0 <= trial <= 30.0:
            raise ValueError(f"trial distance must be within 0–30 cm, got {trial!r}")
    if details.inclinometer_site is not None and details.inclinometer_site not in SITES:
        raise ValueError(f"unknown inclinometer site {details.inclinometer_site!r}")
    return {
        "id": measurement_id,
        "footwear": details.footwear,
        "toe": details.toe,
        "site": details.inclinometer_site,
        "heel_down": _flag(details.heel_down),
        "knee_in_line": _flag(details.knee_in_line),
        "arch_held": _flag(details.arch_held),
        "trials": json.dumps(list(details.trials)) if details.trials else None,
        "aggregate": details.aggregate,
    }


_INSERT_DETAILS = """
    INSERT OR REPLACE INTO measurement_details (measurement_id, footwear, toe, inclinometer_site,
        heel_down, knee_in_line, arch_held, trials, aggregate)
    VALUES (:id, :footwear, :toe, :site, :heel_down, :knee_in_line, :arch_held, :trials,
        :aggregate)
"""


def _write_details(connection: sqlite3.Connection, measurement_id: int, details: Details) -> None:
    connection.execute(_INSERT_DETAILS, _details_params(measurement_id, details))


def _flag_from(value: object) -> bool | None:
    return None if value is None else bool(value)


def _from_row(row: sqlite3.Row) -> Details:
    trials = tuple(float(t) for t in json.loads(row["trials"])) if row["trials"] else ()
    return Details(
        footwear=row["footwear"],
        toe=row["toe"],
        inclinometer_site=row["inclinometer_site"],
        heel_down=_flag_from(row["heel_down"]),
        knee_in_line=_flag_from(row["knee_in_line"]),
        arch_held=_flag_from(row["arch_held"]),
        trials=trials,
        aggregate=row["aggregate"],
    )


def add_results(
    db: Database,
    measurements: Sequence[Measurement],
    details: Sequence[Details | None],
    *,
    now: Callable[[], datetime] = local_now,
) -> list[int]:
    """Store measurements with their details (one each, None for none); return the ids.

    One transaction, committed before returning: an acknowledged result survives the process
    being killed right after. Raises ValueError for mismatched lengths, a naive time or a bad
    value, sqlite3.IntegrityError for values the schema refuses, StorageError for the
    environment; nothing is stored then.
    """
    if len(measurements) != len(details):
        raise ValueError("need one Details (or None) per measurement")
    created_at = to_iso(now(), "now()")
    ids: list[int] = []
    with db.transaction() as connection:
        for measurement, detail in zip(measurements, details, strict=True):
            # A fresh row: any id the caller set is ignored.
            new_id = insert_row(connection, _without_id(measurement), created_at)
            if detail is not None:
                _write_details(connection, new_id, detail)
            ids.append(new_id)
    return ids


def _without_id(measurement: Measurement) -> Measurement:
    return Measurement(
        measurement.taken_at,
        measurement.side,
        measurement.distance_cm,
        measurement.angle_deg,
        measurement.note,
    )


def details_for(db: Database, ids: Iterable[int]) -> dict[int, Details]:
    """The details of each of `ids` that has some; ids without details are left out."""
    wanted = sorted(set(ids))
    found: dict[int, Details] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        names = {f"id{n}": value for n, value in enumerate(chunk)}
        # Only our own placeholder names go into the text; the ids are bound parameters.
        marks = ", ".join(f":{name}" for name in names)
        rows = db.query(
            f"SELECT * FROM measurement_details WHERE measurement_id IN ({marks})", names
        )
        found.update((int(row["measurement_id"]), _from_row(row)) for row in rows)
    return found


def load_result(db: Database, measurement_id: int) -> tuple[Measurement, Details | None]:
    """One stored result and its details (None if it has none); KeyError if there is none."""
    measurement = get_measurement(db, measurement_id)
    return measurement, details_for(db, [measurement_id]).get(measurement_id)


def update_result(db: Database, measurement: Measurement, details: Details | None) -> None:
    """Replace a stored result and its details in one transaction (None removes the details).

    KeyError if no row has `measurement.id`.
    """
    if measurement.id is None:
        raise ValueError("update needs a measurement with an id")
    with db.transaction() as connection:
        update_row(connection, measurement)
        if details is None:
            connection.execute(
                "DELETE FROM measurement_details WHERE measurement_id = :id", {"id": measurement.id}
            )
        else:
            _write_details(connection, measurement.id, details)


def delete_result(db: Database, measurement_id: int) -> DeletedResult:
    """Delete a result and its details in one transaction; return what undo needs.

    KeyError if no row has that id.
    """
    with db.transaction() as connection:
        row = connection.execute(
            "SELECT * FROM measurement_details WHERE measurement_id = :id", {"id": measurement_id}
        ).fetchone()
        details = _from_row(row) if row is not None else None
        # The details row goes by ON DELETE CASCADE.
        measurement, created_at = delete_row(connection, measurement_id)
    return DeletedResult(measurement, details, created_at)


def restore_result(db: Database, removed: DeletedResult) -> int:
    """Put a deleted result back, with its details and original created_at; return its id.

    The id is the original one unless a newer result has taken it meanwhile (see insert_row).
    """
    with db.transaction() as connection:
        new_id = insert_row(connection, removed.measurement, removed.created_at)
        if removed.details is not None:
            _write_details(connection, new_id, removed.details)
    return new_id
