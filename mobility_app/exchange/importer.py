"""Import of measurement files: every row checked, all stored or none.

A file with any bad row is refused whole, listing each bad line and why, so a person can fix
the file and try again without half of it already stored. Rows equal to a result already
stored (same time, side and values) are skipped, so importing the same file twice adds
nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mobility_app.exchange.formats import CSV_COLUMNS, JSON_FORMAT, unguard_formula
from mobility_app.i18n import fill, translate
from mobility_app.i18n import number as number_text
from mobility_app.measures import facts
from mobility_app.measures.units import NumberFormatError, parse_number
from mobility_app.storage import Database, Measurement, list_measurements
from mobility_app.storage.measurements import add_measurements_bulk

MAX_NOTE_LENGTH = 1000


@dataclass(frozen=True)
class LineProblem:
    """Why one line of the file cannot be imported (line 1 is the header).

    `reason` is in the interface's language (the import preview shows it); column names and
    values from the file stay as they are.
    """

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class ImportRejectedError(Exception):
    """The file was refused; nothing was stored."""

    def __init__(self, problems: list[LineProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class ParsedFile:
    measurements: list[tuple[int, Measurement]] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    added: int
    duplicates: int


def _key(m: Measurement) -> tuple[float, str, float | None, float | None]:
    # Compare instants, not texts: the same moment may be written with another offset.
    return (m.taken_at.timestamp(), m.side, m.distance_cm, m.angle_deg)


def _parse_time(text: str, local_zone: dt.tzinfo) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        # A time without an offset is read as this computer's local time.
        value = value.replace(tzinfo=local_zone)
    return value


def _number(text: Any, name: str, low: float, high: float, unit: str) -> float | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, bool):
        raise ValueError(fill(translate("Import", "%1: expected a number, found %2"), name, text))
    if isinstance(text, int | float):
        value = float(text)
    else:
        try:
            # Files from our own export use Python's float text (exponents included).
            value = float(str(text).strip())
        except ValueError:
            try:
                value = parse_number(str(text))  # a hand-edited "11,5"
            except NumberFormatError as exc:
                raise ValueError(f"{name}: {exc}") from None
        if not math.isfinite(value):
            message = translate("Import", "%1: '%2' is not a finite number")
            raise ValueError(fill(message, name, text))
    if not low <= value <= high:
        message = translate("Import", "%1: %2 %3 is outside %4–%5 %3")
        raise ValueError(
            fill(message, name, number_text(value), unit, number_text(low), number_text(high))
        )
    return value


def row_to_measurement(
    row: dict[str, Any],
    *,
    now: dt.datetime,
    local_zone: dt.tzinfo,
    latest: dt.datetime | None = None,
) -> Measurement:
    """One row (from CSV or JSON) as a Measurement; ValueError says what is wrong.

    `latest` is the latest acceptable time (a minute after `now` unless given): computed
    once by the caller of a long loop.
    """
    if latest is None:
        latest = now + dt.timedelta(minutes=1)
    taken_text = row.get("taken_at")
    if not isinstance(taken_text, str) or not taken_text.strip():
        raise ValueError(fill(translate("Import", "%1: missing"), "taken_at"))
    try:
        taken_at = _parse_time(taken_text, local_zone)
    except ValueError:
        message = translate("Import", "%1: '%2' is not an ISO 8601 date and time")
        raise ValueError(fill(message, "taken_at", taken_text)) from None
    if taken_at > latest:
        message = translate("Import", "%1: %2 is in the future")
        raise ValueError(fill(message, "taken_at", taken_text))
    side = row.get("side")
    if side not in ("left", "right"):
        message = translate("Import", "%1: '%2' is not left or right")
        raise ValueError(fill(message, "side", side))
    distance = _number(row.get("distance_cm"), "distance_cm", *facts.DISTANCE_RANGE_CM, "cm")
    angle = _number(row.get("angle_deg"), "angle_deg", *facts.ANGLE_RANGE_DEG, "°")
    if distance is None and angle is None:
        message = translate("Import", "%1 and %2 are both empty; give at least one")
        raise ValueError(fill(message, "distance_cm", "angle_deg"))
    note = row.get("note") or ""
    if not isinstance(note, str):
        raise ValueError(fill(translate("Import", "%1: expected text"), "note"))
    note = unguard_formula(note)
    if len(note) > MAX_NOTE_LENGTH:
        message = translate("Import", "%1: longer than %2 characters")
        raise ValueError(fill(message, "note", MAX_NOTE_LENGTH))
    return Measurement(taken_at, side, distance, angle, note)


def _csv_rows(text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[LineProblem]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        message = translate("Import", "the file is empty; expected the header line")
        return [], [LineProblem(1, message)]
    except csv.Error as exc:
        return [], [LineProblem(1, fill(translate("Import", "not readable as CSV: %1"), exc))]
    names = [name.strip() for name in header]
    if tuple(names) != CSV_COLUMNS:
        missing = [c for c in CSV_COLUMNS if c not in names]
        extra = [n for n in names if n not in CSV_COLUMNS]
        detail = []
        if missing:
            detail.append(fill(translate("Import", "missing %1"), ", ".join(missing)))
        if extra:
            detail.append(fill(translate("Import", "unexpected %1"), ", ".join(extra)))
        if not detail:
            detail.append(translate("Import", "the columns are in another order"))
        expected = ",".join(CSV_COLUMNS)
        reason = translate("Import", "wrong header (%1); expected: %2")
        return [], [LineProblem(1, fill(reason, "; ".join(detail), expected))]
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[LineProblem] = []
    try:
        for fields in reader:
            line = reader.line_num
            if not fields or all(not f.strip() for f in fields):
                continue  # blank lines (often at the end of a hand-edited file)
            if len(fields) != len(CSV_COLUMNS):
                reason = translate("Import", "expected %1 fields, found %2")
                problems.append(LineProblem(line, fill(reason, len(CSV_COLUMNS), len(fields))))
                continue
            rows.append((line, dict(zip(CSV_COLUMNS, fields, strict=True))))
    except csv.Error as exc:
        reason = fill(translate("Import", "not readable as CSV: %1"), exc)
        problems.append(LineProblem(reader.line_num, reason))
    return rows, problems


def _json_rows(text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[LineProblem]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = fill(translate("Import", "not valid JSON: %1"), exc.msg)
        return [], [LineProblem(exc.lineno, reason)]
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        reason = fill(translate("Import", 'not an %1 export (no "format" key)'), JSON_FORMAT)
        return [], [LineProblem(1, reason)]
    items = document.get("measurements")
    if not isinstance(items, list):
        return [], [LineProblem(1, translate("Import", 'no "measurements" list'))]
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[LineProblem] = []
    # JSON has no line per record; number them as entries, after the document's first line.
    for index, item in enumerate(items, start=2):
        if isinstance(item, dict):
            rows.append((index, item))
        else:
            reason = translate("Import", "measurement entry is not an object")
            problems.append(LineProblem(index, reason))
    return rows, problems


def parse_text(
    text: str,
    *,
    is_json: bool,
    now: dt.datetime,
    progress: Callable[[int, int], None] | None = None,
) -> ParsedFile:
    """Parse and check every row; collect every problem rather than stopping at the first."""
    text = text.removeprefix("\ufeff")  # a BOM, as spreadsheet programs write
    rows, problems = _json_rows(text) if is_json else _csv_rows(text)
    local_zone = now.tzinfo or dt.UTC
    latest = now + dt.timedelta(minutes=1)
    parsed: list[tuple[int, Measurement]] = []
    for count, (line, row) in enumerate(rows, start=1):
        try:
            measurement = row_to_measurement(row, now=now, local_zone=local_zone, latest=latest)
            parsed.append((line, measurement))
        except ValueError as exc:
            problems.append(LineProblem(line, str(exc)))
        if progress is not None and count % 5000 == 0:
            progress(count, len(rows))
    if not rows and not problems:
        problems.append(LineProblem(1, translate("Import", "the file holds no results")))
    problems.sort(key=lambda p: p.line)
    return ParsedFile(parsed, problems)


def parse_file(path: Path, *, now: dt.datetime) -> ParsedFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = fill(translate("Import", "cannot read %1: %2"), path, exc.strerror)
        return ParsedFile(problems=[LineProblem(0, reason)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ParsedFile(problems=[LineProblem(line, translate("Import", "not UTF-8 text"))])
    is_json = path.suffix.lower() == ".json" or text.lstrip("\ufeff \t\r\n").startswith("{")
    return parse_text(text, is_json=is_json, now=now)


def new_measurements(
    parsed: Iterable[Measurement], existing: Iterable[Measurement]
) -> tuple[list[Measurement], int]:
    """Drop rows already stored (or repeated in the file); return (new ones, duplicates)."""
    seen = {_key(m) for m in existing}
    fresh: list[Measurement] = []
    duplicates = 0
    for m in parsed:
        key = _key(m)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        fresh.append(m)
    return fresh, duplicates


def import_file(db: Database, path: Path, *, now: dt.datetime) -> ImportReport:
    """Import `path` into `db`, all or nothing; raise ImportRejectedError listing every bad line."""
    parsed = parse_file(path, now=now)
    if parsed.problems:
        raise ImportRejectedError(parsed.problems)
    fresh, duplicates = new_measurements((m for _, m in parsed.measurements), list_measurements(db))
    add_measurements_bulk(db, fresh, now=lambda: now)
    return ImportReport(added=len(fresh), duplicates=duplicates)
