"""What the kiosk says about a knee-to-wall result, and the plain text its QR code holds (pure).

Every sentence is whole and goes through `translate` (context "KioskResult"), with the
numbers filled in afterwards as %1, %2…, so a translator can reorder them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mobility_app.i18n import fill, number, translate
from mobility_app.measures import facts
from mobility_app.measures.interpret import asymmetry, typical_context
from mobility_app.measures.units import format_number


@dataclass(frozen=True)
class KioskResult:
    """One person's quick test, held in memory only: a distance per leg (cm) and the date."""

    left_cm: float | None
    right_cm: float | None
    taken_on: dt.date

    def __post_init__(self) -> None:
        if self.left_cm is None and self.right_cm is None:
            raise ValueError("a result needs at least one leg")

    def readings(self) -> list[tuple[str, float]]:
        pairs = (("left", self.left_cm), ("right", self.right_cm))
        return [(side, value) for side, value in pairs if value is not None]


def _number(value: float, decimal_point: str) -> str:
    return format_number(value, decimal_point, 1)


def _typical(decimal_point: str) -> tuple[str, str]:
    low, high = facts.TYPICAL_DISTANCE_CM
    return number(low, decimal_point), number(high, decimal_point)


def _leg(side: str, value: str) -> str:
    if side == "left":
        return fill(translate("KioskResult", "Left leg: %1 cm"), value)
    return fill(translate("KioskResult", "Right leg: %1 cm"), value)


def _context(verdict: str, low: str, high: str) -> str:
    if verdict == "within":
        text = translate("KioskResult", "Within the %1–%2 cm that many healthy adults reach.")
    elif verdict == "below":
        text = translate(
            "KioskResult",
            "Below the %1–%2 cm that many healthy adults reach. The exercises here can "
            "help; if it stays low or hurts, ask a physiotherapist.",
        )
    else:
        text = translate("KioskResult", "Above the %1–%2 cm that many healthy adults reach.")
    return fill(text, low, high)


def leg_lines(result: KioskResult, decimal_point: str = ".") -> list[tuple[str, str]]:
    """(value line, context line) per leg tested."""
    low, high = _typical(decimal_point)
    return [
        (
            _leg(side, _number(value, decimal_point)),
            _context(typical_context(value, "distance"), low, high),
        )
        for side, value in result.readings()
    ]


def difference_line(result: KioskResult, decimal_point: str = ".") -> str:
    """The left–right comparison, or '' with only one leg."""
    if result.left_cm is None or result.right_cm is None:
        return ""
    found = asymmetry(result.left_cm, result.right_cm, "distance")
    difference = _number(found.difference, decimal_point)
    limit = number(found.threshold, decimal_point)
    if found.flagged and found.lower_side == "left":
        text = translate(
            "KioskResult",
            "Your legs differ by %1 cm, more than the %2 cm worth noting: the left leg moves less.",
        )
    elif found.flagged and found.lower_side == "right":
        text = translate(
            "KioskResult",
            "Your legs differ by %1 cm, more than the %2 cm worth noting: "
            "the right leg moves less.",
        )
    else:
        text = translate(
            "KioskResult", "Your legs differ by %1 cm, within the %2 cm that is usual."
        )
    return fill(text, difference, limit)


def advice_line(decimal_point: str = ".") -> str:
    text = translate(
        "KioskResult",
        "One try per leg is a quick check. At home, do three tries per leg and take the "
        "average; a change of less than %1 cm between tests can be measurement error.",
    )
    return fill(text, number(facts.MDC_DISTANCE_CM, decimal_point))


def qr_text(result: KioskResult, decimal_point: str = ".") -> str:
    """The plain text to take home: the date, the distances, the difference, typical values.

    No name, no id, nothing else. The date stays ISO 8601 (2026-11-24): a phone shows it as
    text, and it reads the same in every country.
    """
    date = result.taken_on.isoformat()
    low, high = _typical(decimal_point)
    if result.left_cm is not None and result.right_cm is not None:
        first = fill(
            translate("KioskResult", "Knee-to-wall %1: left %2 cm, right %3 cm; difference %4 cm."),
            date,
            _number(result.left_cm, decimal_point),
            _number(result.right_cm, decimal_point),
            _number(abs(result.left_cm - result.right_cm), decimal_point),
        )
    else:
        side, value = result.readings()[0]
        if side == "left":
            template = translate("KioskResult", "Knee-to-wall %1: left %2 cm.")
        else:
            template = translate("KioskResult", "Knee-to-wall %1: right %2 cm.")
        first = fill(template, date, _number(value, decimal_point))
    typical = fill(translate("KioskResult", "Typical adults %1-%2 cm."), low, high)
    return f"{first} {typical}"
