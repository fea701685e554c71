"""Checks a knee-to-wall entry as typed, field by field, before anything is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mobility_app.i18n import fill, number, translate
from mobility_app.measures import facts
from mobility_app.measures.units import (
    NumberFormatError,
    Unit,
    from_cm,
    parse_number,
    to_cm,
    unit_symbol,
)

SIDES = ("left", "right")


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field, in words a person can act on."""

    field: str  # "left", "right", "left_angle", "right_angle", "when" or "sides"
    message: str


@dataclass(frozen=True)
class SideReading:
    """One leg's valid result, distance always in cm."""

    side: str
    distance_cm: float | None
    angle_deg: float | None


@dataclass(frozen=True)
class ValidatedEntry:
    readings: tuple[SideReading, ...]
    taken_at: dt.datetime


def _shown(value: float, decimal_point: str) -> str:
    """A number in a message, with the decimal point the person types: '11.8', '11,8'."""
    return number(value, decimal_point)


def check_distance(text: str, unit: Unit, decimal_point: str = ".") -> tuple[float | None, str]:
    """Parse a typed distance; return (cm or None if empty, error message or '')."""
    if not text.strip():
        return None, ""
    symbol = unit_symbol(unit)
    try:
        value = parse_number(text, decimal_point)
    except NumberFormatError as exc:
        example = "11.5".replace(".", decimal_point)
        message = translate("ResultCheck", "%1. Type the distance in %2, e.g. %3.")
        return None, fill(message, exc, symbol, example)
    low_cm, high_cm = facts.DISTANCE_RANGE_CM
    low, high = from_cm(low_cm, unit), from_cm(high_cm, unit)
    if not low <= value <= high + 1e-9:
        message = translate(
            "ResultCheck",
            "%1 %2 is outside %3–%4 %2. Healthy adults score about 10–14 cm, so a value this "
            "far out is probably a typing slip.",
        )
        numbers = (_shown(n, decimal_point) for n in (value, round(low, 1), round(high, 1)))
        shown, low_text, high_text = numbers
        return None, fill(message, shown, symbol, low_text, high_text)
    return to_cm(value, unit), ""


def check_angle(text: str, decimal_point: str = ".") -> tuple[float | None, str]:
    if not text.strip():
        return None, ""
    try:
        value = parse_number(text, decimal_point)
    except NumberFormatError as exc:
        message = translate("ResultCheck", "%1. Type the shin angle in degrees, e.g. 38.")
        return None, fill(message, exc)
    low, high = facts.ANGLE_RANGE_DEG
    if not low <= value <= high:
        message = translate(
            "ResultCheck", "%1° is outside %2–%3°. Shin angles in this test run about 25–55°."
        )
        return None, fill(message, *(_shown(n, decimal_point) for n in (value, low, high)))
    return value, ""


def check_when(when: dt.datetime, now: dt.datetime) -> str:
    # A minute of slack: the default "now" was filled in a moment before saving.
    if when > now + dt.timedelta(minutes=1):
        return translate(
            "ResultCheck", "The date and time are in the future. Use the time you did the test."
        )
    if when.year < 1970:
        return translate("ResultCheck", "The date is too far in the past.")
    return ""


def validate_entry(
    *,
    distances: dict[str, str],
    angles: dict[str, str] | None = None,
    unit: Unit,
    when: dt.datetime,
    now: dt.datetime,
    decimal_point: str = ".",
) -> ValidatedEntry | list[FieldError]:
    """Validate one test entry; return the clean values, or every problem found."""
    if when.tzinfo is None:
        raise ValueError("validate_entry needs an aware datetime (with its UTC offset)")
    angles = angles or {}
    errors: list[FieldError] = []
    readings: list[SideReading] = []
    for side in SIDES:
        distance, distance_error = check_distance(distances.get(side, ""), unit, decimal_point)
        angle, angle_error = check_angle(angles.get(side, ""), decimal_point)
        if distance_error:
            errors.append(FieldError(side, distance_error))
        if angle_error:
            errors.append(FieldError(f"{side}_angle", angle_error))
        if distance is not None or angle is not None:
            readings.append(SideReading(side, distance, angle))
    typed_anything = any(distances.get(s, "").strip() or angles.get(s, "").strip() for s in SIDES)
    if not typed_anything:
        message = translate("ResultCheck", "Enter a result for at least one leg.")
        errors.append(FieldError("sides", message))
    when_error = check_when(when, now)
    if when_error:
        errors.append(FieldError("when", when_error))
    return errors if errors else ValidatedEntry(tuple(readings), when)
