"""Progress in plain words: the sentences the progress page and the report show, and the
numbers in them (in the person's unit, never converting distance and angle)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from mobility_app.measures import facts
from mobility_app.measures.interpret import KINDS, SIDES, Kind, Side, typical_context
from mobility_app.measures.units import Unit, format_number, from_cm

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
    return f"{format_number(from_cm(value, unit), decimal_point, digits)} {unit}"


def format_limit(value: float, kind: Kind, unit: Unit = "cm", decimal_point: str = ".") -> str:
    """A threshold as people quote it: '2 cm', '1.5 cm', '5°'; in inches '0.8 in'."""
    shown = value if kind == "angle" else from_cm(value, unit)
    return format_value(value, kind, unit, decimal_point, 0 if shown.is_integer() else 1)


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class _Words:
    """Numbers as the person reads them: distances in their unit, angles in degrees."""

    unit: Unit
    decimal_point: str
    tr: Callable[[str], str]

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


def _side_name(side: Side, kind: Kind, tr: Callable[[str], str]) -> str:
    if kind == "angle":
        return tr("Left (angle)") if side == "left" else tr("Right (angle)")
    return tr("Left") if side == "left" else tr("Right")


def _change_line(leg: LegProgress, words: _Words, format_date: Callable[[dt.date], str]) -> Line:
    tr = words.tr
    fields = {
        "side": _side_name(leg.side, leg.kind, tr),
        "value": words.value(leg.latest.value, leg.kind),
        "date": format_date(leg.baseline.taken_at.date()),
        "source": facts.MDC_SOURCE,
        "chosen": tr(" (your chosen baseline)") if leg.chosen else "",
    }
    change = leg.change
    if change is None:
        template = tr(
            "{side}: {value} on {date}{chosen}, the result later tests are compared with."
        )
        return Line("change", template.format(**fields), leg.kind, leg.side)
    fields["mdc"] = words.limit(change.threshold, leg.kind)
    if change.verdict == "noise":
        fields["delta"] = words.value(abs(change.delta), leg.kind)
        # Changes up to one MDC can come from the test itself (Powden 2015; Konor 2012).
        verdict = tr("within measurement noise (the test itself varies by up to {mdc}; {source})")
    else:
        fields["delta"] = words.beyond(abs(change.delta), change.threshold, leg.kind)
        verdict = tr("likely a real change (beyond the {mdc} measurement error; {source})")
    if fields["delta"] == words.value(0.0, leg.kind):
        template = tr("{side}: {value}, the same as on {date}{chosen} — {verdict}.")
    elif change.delta > 0:
        template = tr("{side}: {value}, up {delta} since {date}{chosen} — {verdict}.")
    else:
        template = tr("{side}: {value}, down {delta} since {date}{chosen} — {verdict}.")
    text = template.format(verdict=verdict.format(**fields), **fields)
    return Line("change", text, leg.kind, leg.side)


def _difference_line(
    summary: Summary, kind: Kind, words: _Words, format_date: Callable[[dt.date], str]
) -> Line | None:
    tr = words.tr
    if kind not in summary.latest_difference:
        if summary.latest_difference or (kind == "angle" and summary.has("distance")):
            return None  # say it once, not once per kind
        return Line("difference", tr("Test both legs on the same day to compare them."), kind)
    when, pair = summary.latest_difference[kind]
    fields = {
        "diff": words.value(pair.difference, kind),
        "limit": words.limit(pair.threshold, kind),
        "date": format_date(when.date()),
        "source": facts.ASYMMETRY_SOURCE if kind == "distance" else facts.ASYMMETRY_ANGLE_SOURCE,
        "lower": tr("left") if pair.lower_side == "left" else tr("right"),
    }
    if pair.flagged and kind == "distance":
        fields["diff"] = words.beyond(pair.difference, pair.threshold, kind)
        # 1.5 cm is both the healthy spread (Hoch & McKeon 2011: 68% differ by ≤ 1.5 cm) and
        # the test's error for a difference (Chisholm 2012): that is the reason for the flag.
        template = tr(
            "Your legs differ by {diff} ({lower} lower, {date}), more than the {limit} that "
            "healthy people usually differ by and more than the test's error for a difference "
            "({source})."
        )
    elif pair.flagged:
        fields["diff"] = words.beyond(pair.difference, pair.threshold, kind)
        template = tr(
            "Your legs' angles differ by {diff} ({lower} lower, {date}), more than the {limit} "
            "that healthy people often differ by ({source})."
        )
    elif fields["diff"] == words.value(0.0, kind):
        template = tr("Your legs measured the same on {date}.")
    else:
        template = tr(
            "Your legs differ by {diff} ({date}), within the {limit} that healthy people "
            "usually differ by ({source})."
        )
    return Line("difference", template.format(**fields), kind)


def _context_line(summary: Summary, kind: Kind, words: _Words) -> Line:
    tr = words.tr
    low, high = facts.TYPICAL_DISTANCE_CM if kind == "distance" else facts.TYPICAL_ANGLE_DEG
    where = {"below": tr("below it"), "within": tr("within it"), "above": tr("above it")}
    found = {
        side: typical_context(leg.latest.value, kind)
        for side in SIDES
        if (leg := summary.legs.get((side, kind))) is not None
    }
    if len(found) == 2 and len(set(found.values())) == 1:
        latest = tr("both legs {where}").format(where=where[found["left"]])
    else:
        names = {"left": tr("left"), "right": tr("right")}
        latest = ", ".join(f"{names[side]} {where[context]}" for side, context in found.items())
    fields = {
        # "10–14 cm": the unit once, after the upper end.
        "range": words.limit(low, kind).rstrip("°").rsplit(" ", 1)[0]
        + "–"
        + words.limit(high, kind),
        "latest": latest,
    }
    if kind == "distance":
        template = tr(
            "For context, not a target: healthy adults often reach about {range} "
            "({source}). Latest: {latest}."
        )
        return Line("context", template.format(source=facts.TYPICAL_SOURCE, **fields), kind)
    template = tr(
        "For context, not a target: healthy adults often reach about {range}, depending on "
        "where the inclinometer sits ({source}). Latest: {latest}."
    )
    return Line("context", template.format(source=TYPICAL_ANGLE_SOURCE, **fields), kind)


def _expectation_line(words: _Words) -> Line:
    low_cm, high_cm = EXPECTED_GAIN_CM
    text = words.tr(
        "What to expect: stretching programmes add about {deg_low}–{deg_high}° on average "
        "(roughly {low}–{high}) over 3–8 weeks, about the size of the measurement error, so "
        "your change may stay within the noise for a while ({source})."
    ).format(
        deg_low=EXPECTED_GAIN_DEG[0],
        deg_high=EXPECTED_GAIN_DEG[1],
        low=words.limit(low_cm, "distance").rsplit(" ", 1)[0],
        high=words.value(high_cm, "distance"),
        source=facts.EXPECTATION_SOURCE,
    )
    return Line("expectation", text)


def summary_lines(
    summary: Summary,
    *,
    unit: Unit = "cm",
    decimal_point: str = ".",
    format_date: Callable[[dt.date], str] = short_date,
    tr: Callable[[str], str] = _identity,
) -> list[Line]:
    """Every sentence the progress page and the report show, in this order.

    Changes per leg (distance, then angle: never converted into each other, domain-facts §3),
    the left–right difference, the typical range as context, what to expect, when to see a
    professional. `tr` receives each template before its {fields} are filled, so the wording
    can be translated in one place.
    """
    if summary.empty:
        return [Line("empty", tr("No results yet. Do the knee-to-wall test to set your baseline."))]
    words = _Words(unit, decimal_point, tr)
    lines: list[Line] = []
    for kind in (k for k in KINDS if summary.has(k)):
        lines += [_change_line(leg, words, format_date) for leg in _legs(summary, kind)]
        difference = _difference_line(summary, kind, words, format_date)
        lines += [difference] if difference is not None else []
        lines.append(_context_line(summary, kind, words))
    lines.append(_expectation_line(words))
    lines.append(Line("advice", tr("If one side stays stiff or painful, see a physiotherapist.")))
    return lines


def _legs(summary: Summary, kind: Kind) -> list[LegProgress]:
    return [leg for side in SIDES if (leg := summary.legs.get((side, kind))) is not None]
