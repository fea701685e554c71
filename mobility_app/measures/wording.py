"""Progress in plain words: the sentences the progress page and the report show, and the
numbers in them (in the person's unit, never converting distance and angle)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from mobility_app.i18n import fill, translate
from mobility_app.measures import facts
from mobility_app.measures.interpret import (
    KINDS,
    SIDES,
    Context,
    Kind,
    Side,
    typical_context,
)
from mobility_app.measures.units import Unit, format_number, from_cm, unit_symbol

if TYPE_CHECKING:
    from mobility_app.measures.summary import LegProgress, Summary

Topic = Literal["change", "difference", "context", "expectation", "advice", "empty"]

# Angle norms depend on where the inclinometer sits (Hall & Docherty 2017: 39.0° at the
# tuberosity, 44.9° 15 cm below; Baumbach et al. 2014: 39°); facts.TYPICAL_SOURCE cites distance.
TYPICAL_ANGLE_SOURCE = "Hall & Docherty 2017; Baumbach et al. 2014"
# Programme gains of about 2–5° (Radford 2006; Medeiros 2018), roughly 1–2.5 cm by the
# geometric estimate of domain-facts §3 (about 2° per cm): the size of one measurement error.
EXPECTED_GAIN_DEG = (2, 5)
EXPECTED_GAIN_CM = (1.0, 2.5)


class Line(NamedTuple):
    """One short sentence of the summary; `kind` None applies to distance and angle alike."""

    topic: Topic
    text: str
    kind: Kind | None = None
    side: Side | None = None


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day: dt.date) -> str:
    """'3 Nov 2025': the default when no locale-aware formatter is given."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_value(
    value: float, kind: Kind, unit: Unit = "cm", decimal_point: str = ".", digits: int = 1
) -> str:
    """'12.4 cm', '4.9 in' (value given in cm) or '38.0°': never converting between the two."""
    if kind == "angle":
        return format_number(value, decimal_point, digits) + "°"
    return f"{format_number(from_cm(value, unit), decimal_point, digits)} {unit_symbol(unit)}"


def format_limit(value: float, kind: Kind, unit: Unit = "cm", decimal_point: str = ".") -> str:
    """A threshold as people quote it: '2 cm', '1.5 cm', '5°'; in inches '0.8 in'."""
    shown = value if kind == "angle" else from_cm(value, unit)
    return format_value(value, kind, unit, decimal_point, 0 if shown.is_integer() else 1)


@dataclass(frozen=True)
class _Words:
    """Numbers as the person reads them: distances in their unit, angles in degrees."""

    unit: Unit
    decimal_point: str

    def shown(self, value: float, kind: Kind) -> float:
        return value if kind == "angle" else from_cm(value, self.unit)

    def value(self, value: float, kind: Kind, digits: int = 1) -> str:
        return format_value(value, kind, self.unit, self.decimal_point, digits)

    def limit(self, value: float, kind: Kind) -> str:
        return format_limit(value, kind, self.unit, self.decimal_point)

    def beyond(self, amount: float, threshold: float, kind: Kind) -> str:
        """`amount` (> threshold) with enough digits that it never reads as equal to it."""
        shown, limit = self.shown(amount, kind), self.shown(threshold, kind)
        return self.value(amount, kind, 2 if round(shown, 1) <= round(limit, 1) else 1)


def _side_name(side: Side, kind: Kind) -> str:
    if kind == "angle":
        if side == "left":
            return translate("ProgressSummary", "Left (angle)")
        return translate("ProgressSummary", "Right (angle)")
    if side == "left":
        return translate("ProgressSummary", "Left")
    return translate("ProgressSummary", "Right")


def _first_template(chosen: bool) -> str:
    """%1 side, %2 value, %3 date."""
    if chosen:
        return translate(
            "ProgressSummary",
            "%1: %2 on %3 (your chosen baseline), the result later tests are compared with.",
        )
    return translate("ProgressSummary", "%1: %2 on %3, the result later tests are compared with.")


def _change_template(direction: str, real: bool, chosen: bool) -> str:
    """%1 side, %2 value, %3 date, %4 change, %5 measurement error, %6 source.

    Changes up to one MDC can come from the test itself (Powden 2015; Konor 2012). No change
    at all is always within noise.
    """
    if direction == "same":
        if chosen:
            return translate(
                "ProgressSummary",
                "%1: %2, the same as on %3 (your chosen baseline) — within measurement noise "
                "(the test itself varies by up to %5; %6).",
            )
        return translate(
            "ProgressSummary",
            "%1: %2, the same as on %3 — within measurement noise (the test itself varies by "
            "up to %5; %6).",
        )
    if direction == "up" and real:
        if chosen:
            return translate(
                "ProgressSummary",
                "%1: %2, up %4 since %3 (your chosen baseline) — likely a real change (beyond "
                "the %5 measurement error; %6).",
            )
        return translate(
            "ProgressSummary",
            "%1: %2, up %4 since %3 — likely a real change (beyond the %5 measurement error; %6).",
        )
    if direction == "up":
        if chosen:
            return translate(
                "ProgressSummary",
                "%1: %2, up %4 since %3 (your chosen baseline) — within measurement noise (the "
                "test itself varies by up to %5; %6).",
            )
        return translate(
            "ProgressSummary",
            "%1: %2, up %4 since %3 — within measurement noise (the test itself varies by up "
            "to %5; %6).",
        )
    if real:
        if chosen:
            return translate(
                "ProgressSummary",
                "%1: %2, down %4 since %3 (your chosen baseline) — likely a real change (beyond "
                "the %5 measurement error; %6).",
            )
        return translate(
            "ProgressSummary",
            "%1: %2, down %4 since %3 — likely a real change (beyond the %5 measurement "
            "error; %6).",
        )
    if chosen:
        return translate(
            "ProgressSummary",
            "%1: %2, down %4 since %3 (your chosen baseline) — within measurement noise (the "
            "test itself varies by up to %5; %6).",
        )
    return translate(
        "ProgressSummary",
        "%1: %2, down %4 since %3 — within measurement noise (the test itself varies by up "
        "to %5; %6).",
    )


def _change_line(leg: LegProgress, words: _Words, format_date: Callable[[dt.date], str]) -> Line:
    side = _side_name(leg.side, leg.kind)
    value = words.value(leg.latest.value, leg.kind)
    date = format_date(leg.baseline.taken_at.date())
    change = leg.change
    if change is None:
        text = fill(_first_template(leg.chosen), side, value, date)
        return Line("change", text, leg.kind, leg.side)
    real = change.verdict != "noise"
    if real:
        delta = words.beyond(abs(change.delta), change.threshold, leg.kind)
    else:
        delta = words.value(abs(change.delta), leg.kind)
    if delta == words.value(0.0, leg.kind):
        direction = "same"
    else:
        direction = "up" if change.delta > 0 else "down"
    template = _change_template(direction, real, leg.chosen)
    mdc = words.limit(change.threshold, leg.kind)
    text = fill(template, side, value, date, delta, mdc, facts.MDC_SOURCE)
    return Line("change", text, leg.kind, leg.side)


def _flagged_template(kind: Kind, lower_side: str | None) -> str:
    """%1 difference, %2 usual limit, %3 date, %4 source."""
    # 1.5 cm is both the healthy spread (Hoch & McKeon 2011: 68% differ by ≤ 1.5 cm) and
    # the test's error for a difference (Chisholm 2012): that is the reason for the flag.
    if kind == "distance" and lower_side == "left":
        return translate(
            "ProgressSummary",
            "Your legs differ by %1 (left lower, %3), more than the %2 that healthy people "
            "usually differ by and more than the test's error for a difference (%4).",
        )
    if kind == "distance":
        return translate(
            "ProgressSummary",
            "Your legs differ by %1 (right lower, %3), more than the %2 that healthy people "
            "usually differ by and more than the test's error for a difference (%4).",
        )
    if lower_side == "left":
        return translate(
            "ProgressSummary",
            "Your legs' angles differ by %1 (left lower, %3), more than the %2 that healthy "
            "people often differ by (%4).",
        )
    return translate(
        "ProgressSummary",
        "Your legs' angles differ by %1 (right lower, %3), more than the %2 that healthy "
        "people often differ by (%4).",
    )


def _difference_line(
    summary: Summary, kind: Kind, words: _Words, format_date: Callable[[dt.date], str]
) -> Line | None:
    if kind not in summary.latest_difference:
        if summary.latest_difference or (kind == "angle" and summary.has("distance")):
            return None  # say it once, not once per kind
        text = translate("ProgressSummary", "Test both legs on the same day to compare them.")
        return Line("difference", text, kind)
    when, pair = summary.latest_difference[kind]
    diff = words.value(pair.difference, kind)
    limit = words.limit(pair.threshold, kind)
    date = format_date(when.date())
    source = facts.ASYMMETRY_SOURCE if kind == "distance" else facts.ASYMMETRY_ANGLE_SOURCE
    if pair.flagged:
        diff = words.beyond(pair.difference, pair.threshold, kind)
        template = _flagged_template(kind, pair.lower_side)
        return Line("difference", fill(template, diff, limit, date, source), kind)
    if diff == words.value(0.0, kind):
        text = fill(translate("ProgressSummary", "Your legs measured the same on %1."), date)
        return Line("difference", text, kind)
    template = translate(
        "ProgressSummary",
        "Your legs differ by %1 (%2), within the %3 that healthy people usually differ by (%4).",
    )
    return Line("difference", fill(template, diff, date, limit, source), kind)


def _where(side: Side | None, context: Context) -> str:
    """Where the latest result of one leg (None: of both) sits against the typical range."""
    if side is None:
        if context == "below":
            return translate("ProgressSummary", "both legs below it")
        if context == "within":
            return translate("ProgressSummary", "both legs within it")
        return translate("ProgressSummary", "both legs above it")
    if side == "left":
        if context == "below":
            return translate("ProgressSummary", "left below it")
        if context == "within":
            return translate("ProgressSummary", "left within it")
        return translate("ProgressSummary", "left above it")
    if context == "below":
        return translate("ProgressSummary", "right below it")
    if context == "within":
        return translate("ProgressSummary", "right within it")
    return translate("ProgressSummary", "right above it")


def _context_line(summary: Summary, kind: Kind, words: _Words) -> Line:
    low, high = facts.TYPICAL_DISTANCE_CM if kind == "distance" else facts.TYPICAL_ANGLE_DEG
    found = {
        side: typical_context(leg.latest.value, kind)
        for side in SIDES
        if (leg := summary.legs.get((side, kind))) is not None
    }
    if len(found) == 2 and len(set(found.values())) == 1:
        latest = _where(None, found["left"])
    else:
        latest = ", ".join(_where(side, context) for side, context in found.items())
    # "10–14 cm": the unit once, after the upper end.
    span = words.limit(low, kind).rstrip("°").rsplit(" ", 1)[0] + "–" + words.limit(high, kind)
    if kind == "distance":
        template = translate(
            "ProgressSummary",
            "For context, not a target: healthy adults often reach about %1 (%2). Latest: %3.",
        )
        return Line("context", fill(template, span, facts.TYPICAL_SOURCE, latest), kind)
    template = translate(
        "ProgressSummary",
        "For context, not a target: healthy adults often reach about %1, depending on where "
        "the inclinometer sits (%2). Latest: %3.",
    )
    return Line("context", fill(template, span, TYPICAL_ANGLE_SOURCE, latest), kind)


def _expectation_line(words: _Words) -> Line:
    low_cm, high_cm = EXPECTED_GAIN_CM
    template = translate(
        "ProgressSummary",
        "What to expect: stretching programmes add about %1–%2° on average (roughly %3–%4) "
        "over 3–8 weeks, about the size of the measurement error, so your change may stay "
        "within the noise for a while (%5).",
    )
    text = fill(
        template,
        EXPECTED_GAIN_DEG[0],
        EXPECTED_GAIN_DEG[1],
        words.limit(low_cm, "distance").rsplit(" ", 1)[0],
        words.value(high_cm, "distance"),
        facts.EXPECTATION_SOURCE,
    )
    return Line("expectation", text)


def summary_lines(
    summary: Summary,
    *,
    unit: Unit = "cm",
    decimal_point: str = ".",
    format_date: Callable[[dt.date], str] = short_date,
) -> list[Line]:
    """Every sentence the progress page and the report show, in this order.

    Changes per leg (distance, then angle: never converted into each other, domain-facts §3),
    the left–right difference, the typical range as context, what to expect, when to see a
    professional. The sentences are in the interface's language (mobility_app.i18n, context
    "ProgressSummary").
    """
    if summary.empty:
        text = translate(
            "ProgressSummary", "No results yet. Do the knee-to-wall test to set your baseline."
        )
        return [Line("empty", text)]
    words = _Words(unit, decimal_point)
    lines: list[Line] = []
    for kind in (k for k in KINDS if summary.has(k)):
        lines += [_change_line(leg, words, format_date) for leg in _legs(summary, kind)]
        difference = _difference_line(summary, kind, words, format_date)
        lines += [difference] if difference is not None else []
        lines.append(_context_line(summary, kind, words))
    lines.append(_expectation_line(words))
    advice = translate(
        "ProgressSummary", "If one side stays stiff or painful, see a physiotherapist."
    )
    lines.append(Line("advice", advice))
    return lines


def _legs(summary: Summary, kind: Kind) -> list[LegProgress]:
    return [leg for side in SIDES if (leg := summary.legs.get((side, kind))) is not None]
