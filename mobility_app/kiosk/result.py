"""What the kiosk says about a knee-to-wall result, and the plain text its QR code holds (pure).

Templates are whole English sentences; the Qt layer passes a `tr` that translates each one
(QCoreApplication.translate with the "Kiosk" context) before the numbers are filled in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from mobility_app.measures import facts
from mobility_app.measures.interpret import asymmetry, typical_context
from mobility_app.measures.units import format_number

Translate = Callable[[str], str]

LEG = "{side}: {value} cm"
SIDE_NAMES = {"left": "Left leg", "right": "Right leg"}
CONTEXT = {
    "within": "Within the {low}–{high} cm that many healthy adults reach.",
    "below": (
        "Below the {low}–{high} cm that many healthy adults reach. The exercises here can "
        "help; if it stays low or hurts, ask a physiotherapist."
    ),
    "above": "Above the {low}–{high} cm that many healthy adults reach.",
}
DIFFERENCE_NOTED = (
    "Your legs differ by {difference} cm, more than the {limit} cm worth noting: "
    "the {side} moves less."
)
DIFFERENCE_NORMAL = "Your legs differ by {difference} cm, within the {limit} cm that is usual."
ADVICE = (
    "One try per leg is a quick check. At home, do three tries per leg and take the average; "
    "a change of less than {mdc} cm between tests can be measurement error."
)
LOWER_SIDE = {"left": "left leg", "right": "right leg"}

# The QR code's text: what a phone shows when scanned. No name, no id, nothing else.
QR_BOTH = "Knee-to-wall {date}: left {left} cm, right {right} cm; difference {difference} cm."
QR_ONE = "Knee-to-wall {date}: {side} {value} cm."
QR_TYPICAL = "Typical adults {low}-{high} cm."
QR_SIDES = {"left": "left", "right": "right"}


def _same(text: str) -> str:
    return text


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
    return f"{low:g}".replace(".", decimal_point), f"{high:g}".replace(".", decimal_point)


def leg_lines(
    result: KioskResult, tr: Translate = _same, decimal_point: str = "."
) -> list[tuple[str, str]]:
    """(value line, context line) per leg tested."""
    low, high = _typical(decimal_point)
    lines = []
    for side, value in result.readings():
        heading = tr(LEG).format(side=tr(SIDE_NAMES[side]), value=_number(value, decimal_point))
        context = tr(CONTEXT[typical_context(value, "distance")]).format(low=low, high=high)
        lines.append((heading, context))
    return lines


def difference_line(result: KioskResult, tr: Translate = _same, decimal_point: str = ".") -> str:
    """The left–right comparison, or '' with only one leg."""
    if result.left_cm is None or result.right_cm is None:
        return ""
    found = asymmetry(result.left_cm, result.right_cm, "distance")
    difference = _number(found.difference, decimal_point)
    limit = f"{found.threshold:g}".replace(".", decimal_point)
    if found.flagged and found.lower_side is not None:
        side = tr(LOWER_SIDE[found.lower_side])
        return tr(DIFFERENCE_NOTED).format(difference=difference, limit=limit, side=side)
    return tr(DIFFERENCE_NORMAL).format(difference=difference, limit=limit)


def advice_line(tr: Translate = _same, decimal_point: str = ".") -> str:
    return tr(ADVICE).format(mdc=f"{facts.MDC_DISTANCE_CM:g}".replace(".", decimal_point))


def qr_text(result: KioskResult, tr: Translate = _same, decimal_point: str = ".") -> str:
    """The plain text to take home: the date, the distances, the difference, typical values."""
    date = result.taken_on.isoformat()
    low, high = _typical(decimal_point)
    if result.left_cm is not None and result.right_cm is not None:
        first = tr(QR_BOTH).format(
            date=date,
            left=_number(result.left_cm, decimal_point),
            right=_number(result.right_cm, decimal_point),
            difference=_number(abs(result.left_cm - result.right_cm), decimal_point),
        )
    else:
        side, value = result.readings()[0]
        first = tr(QR_ONE).format(
            date=date, side=tr(QR_SIDES[side]), value=_number(value, decimal_point)
        )
    return f"{first} {tr(QR_TYPICAL).format(low=low, high=high)}"
