"""The export formats of DESIGN.md §3: measurement CSV, and JSON with sessions too."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from mobility_app.storage import Measurement, Session

CSV_COLUMNS = ("taken_at", "side", "distance_cm", "angle_deg", "note")
JSON_FORMAT = "ankle-mobility"
JSON_VERSION = 1

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
# Injection"). Such notes are written with a leading apostrophe, which spreadsheets show as
# text and our importer removes again, so the note round-trips unchanged.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_formula(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def number_text(value: float | None) -> str:
    # repr gives the shortest text that reads back as the same float: exact round trips.
    return "" if value is None else repr(float(value))


def write_csv(measurements: Iterable[Measurement], stream: IO[str]) -> int:
    """Write the CSV (header first); return the number of rows. `stream` opened with newline=''."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for m in measurements:
        writer.writerow(
            (
                m.taken_at.isoformat(),
                m.side,
                number_text(m.distance_cm),
                number_text(m.angle_deg),
                guard_formula(m.note),
            )
        )
        count += 1
    return count


def measurement_json(m: Measurement) -> dict[str, Any]:
    return {
        "taken_at": m.taken_at.isoformat(),
        "side": m.side,
        "distance_cm": m.distance_cm,
        "angle_deg": m.angle_deg,
        "note": m.note,
    }


def session_json(session: Session) -> dict[str, Any]:
    return {
        "started_at": session.started_at.isoformat(),
        "ended_at": session.ended_at.isoformat() if session.ended_at else None,
        "routine_name": session.routine_name,
        "status": session.status,
        "items": [
            {
                "exercise_id": item.exercise_id,
                "side": item.side,
                "set_number": item.set_number,
                "planned_seconds": item.planned_seconds,
                "done_seconds": item.done_seconds,
                "skipped": item.skipped,
                "logged_at": item.logged_at.isoformat(),
            }
            for item in session.items
        ],
    }


def write_json(
    measurements: Sequence[Measurement], sessions: Sequence[Session], stream: IO[str]
) -> int:
    """Write everything as one JSON document; return the number of measurements."""
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "measurements": [measurement_json(m) for m in measurements],
        "sessions": [session_json(s) for s in sessions],
    }
    json.dump(document, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(measurements)
