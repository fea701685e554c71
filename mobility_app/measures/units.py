"""Distances in cm or inches, and numbers typed with a decimal point or a decimal comma."""

from __future__ import annotations

import math
from typing import Literal

from mobility_app.i18n import fill, translate

Unit = Literal["cm", "in"]
CM_PER_INCH = 2.54  # exact by definition (international inch, 1959)


def to_cm(value: float, unit: Unit) -> float:
    return value * CM_PER_INCH if unit == "in" else value


def from_cm(value_cm: float, unit: Unit) -> float:
    return value_cm / CM_PER_INCH if unit == "in" else value_cm


def unit_symbol(unit: Unit) -> str:
    """The unit as shown after a number: 'cm', or 'in' ('pulg.' in Spanish)."""
    return translate("Units", "in") if unit == "in" else translate("Units", "cm")


class NumberFormatError(ValueError):
    """Text that is not a plain number; the message says what was wrong."""


def _not_a_number(text: str) -> NumberFormatError:
    return NumberFormatError(fill(translate("Numbers", "'%1' is not a number"), text.strip()))


def parse_number(text: str, decimal_point: str = ".") -> float:
    """Read a number as a person types it.

    Accepts the locale's decimal separator and, as people often use the other one, also a
    lone '.' or ',' when it cannot be a thousands separator (nobody's ankle measures 1,000
    cm). Refuses empty text, letters, several numbers, NaN and infinity.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise NumberFormatError(translate("Numbers", "empty"))
    lone_comma = "," in cleaned and "." not in cleaned and cleaned.count(",") == 1
    if decimal_point == "," or lone_comma:
        cleaned = cleaned.replace(",", ".")
    if cleaned.count(".") > 1 or not all(c in "0123456789.+-" for c in cleaned):
        raise _not_a_number(text)
    if cleaned.lstrip("+-") in ("", "."):
        raise _not_a_number(text)
    try:
        value = float(cleaned)
    except ValueError:
        raise _not_a_number(text) from None
    if not math.isfinite(value):
        message = translate("Numbers", "'%1' is not a finite number")
        raise NumberFormatError(fill(message, text.strip()))
    return value


def format_number(value: float, decimal_point: str = ".", digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", decimal_point) if decimal_point != "." else text
