"""Progress in numbers: per-leg series, change since a baseline, left–right difference.

The sentences saying what they mean are in measures.wording; the names callers use are
re-exported here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, cast

from mobility_app.measures.interpret import (
    KINDS,
    SIDES,
    Asymmetry,
    Change,
    Kind,
    Side,
    asymmetry,
    change_since,
)
from mobility_app.measures.wording import (
    Line,
    format_limit,
    format_value,
    short_date,
    summary_lines,
)

__all__ = [
    "KINDS",
    "SIDES",
    "LegProgress",
    "Line",
    "Pairs",
    "Point",
    "Row",
    "Series",
    "Side",
    "Summary",
    "format_limit",
    "format_value",
    "short_date",
    "summarise",
    "summary_lines",
]


class Row(Protocol):
    """What a stored result offers (storage.Measurement); measures never imports storage."""

    @property
    def taken_at(self) -> dt.datetime: ...
    @property
    def side(self) -> str: ...
    @property
    def distance_cm(self) -> float | None: ...
    @property
    def angle_deg(self) -> float | None: ...
    @property
    def note(self) -> str: ...
    @property
    def id(self) -> int | None: ...


@dataclass(frozen=True)
class Point:
    """One stored result of one leg and one kind (distance in cm, or angle in degrees)."""

    taken_at: dt.datetime
    value: float
    id: int | None
    note: str


@dataclass(frozen=True)
class Series:
    """One leg's results of one kind, oldest first, as parallel columns (cheap at 10,000 rows).

    Each stored row is one result: the test page stores the trials' aggregate, so rows taken
    minutes apart are separate results, never merged here.
    """

    side: Side
    kind: Kind
    times: tuple[dt.datetime, ...]
    values: tuple[float, ...]
    ids: tuple[int | None, ...]
    notes: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.values)

    def point(self, index: int) -> Point:
        return Point(self.times[index], self.values[index], self.ids[index], self.notes[index])


@dataclass(frozen=True)
class LegProgress:
    """A leg's baseline and latest result; `change` is None while they are the same result."""

    side: Side
    kind: Kind
    baseline: Point
    latest: Point
    chosen: bool  # the person picked this baseline (otherwise it is the first result)
    change: Change | None


@dataclass(frozen=True)
class Pairs:
    """Days with both legs tested: the day's last result per leg, oldest day first."""

    kind: Kind
    times: tuple[dt.datetime, ...]  # the later of the two results of the day
    left: tuple[float, ...]
    right: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.times)


@dataclass(frozen=True)
class Summary:
    """Everything the progress page and the report show, computed once per data change."""

    series: Mapping[tuple[Side, Kind], Series]
    legs: Mapping[tuple[Side, Kind], LegProgress]
    pairs: Mapping[Kind, Pairs]
    latest_difference: Mapping[Kind, tuple[dt.datetime, Asymmetry]]
    first: dt.datetime | None
    last: dt.datetime | None
    count: int

    @property
    def empty(self) -> bool:
        return self.count == 0

    def has(self, kind: Kind) -> bool:
        return any(len(self.series[(side, kind)]) for side in SIDES)


def _pairs(left: Series, right: Series) -> Pairs:
    # The last result of each leg per calendar day (in the offset it was recorded with).
    last_left = {t.date(): (t, v) for t, v in zip(left.times, left.values, strict=True)}
    last_right = {t.date(): (t, v) for t, v in zip(right.times, right.values, strict=True)}
    days = sorted(last_left.keys() & last_right.keys())
    return Pairs(
        left.kind,
        tuple(max(last_left[d][0], last_right[d][0]) for d in days),
        tuple(last_left[d][1] for d in days),
        tuple(last_right[d][1] for d in days),
    )


def _leg(series: Series, baseline_ids: Collection[int]) -> LegProgress | None:
    if not len(series):
        return None
    last = len(series) - 1
    # The most recent chosen result of this series wins; ids of the other leg do not apply.
    chosen = [i for i in range(last, -1, -1) if series.ids[i] in baseline_ids][:1]
    base = chosen[0] if chosen else 0
    change = None
    if base != last:
        change = change_since(series.values[base], series.values[last], series.kind)
    return LegProgress(
        series.side, series.kind, series.point(base), series.point(last), bool(chosen), change
    )


def summarise(measurements: Iterable[Row], baseline_ids: Collection[int] = ()) -> Summary:
    """Series, baselines, changes and left–right differences of all results.

    The baseline of each leg and kind is its first result, or the result whose id is in
    `baseline_ids` (a person may pick one, e.g. the first test after an injury).
    """
    rows = list(measurements)
    if any(b.taken_at < a.taken_at for a, b in itertools.pairwise(rows)):
        rows.sort(key=lambda m: m.taken_at)  # storage lists oldest first; sort only if not
    # Rows per leg and kind first, then one pass per column: this runs on every page refresh
    # with up to 10,000 rows, and comprehensions are faster than appends to four lists.
    picked: dict[tuple[Side, Kind], list[Row]] = {(s, k): [] for s in SIDES for k in KINDS}
    for m in rows:
        side: Side = "left" if m.side == "left" else "right"
        if m.distance_cm is not None:
            picked[(side, "distance")].append(m)
        if m.angle_deg is not None:
            picked[(side, "angle")].append(m)
    series = {}
    for (side, kind), chosen_rows in picked.items():
        values = (
            [m.distance_cm for m in chosen_rows]
            if kind == "distance"
            else [m.angle_deg for m in chosen_rows]
        )
        series[(side, kind)] = Series(
            side,
            kind,
            tuple(m.taken_at for m in chosen_rows),
            tuple(cast(list[float], values)),  # picked for having the value: never None
            tuple(m.id for m in chosen_rows),
            tuple(m.note for m in chosen_rows),
        )
    chosen = frozenset(baseline_ids)
    legs = {key: leg for key, s in series.items() if (leg := _leg(s, chosen)) is not None}
    pairs = {kind: _pairs(series[("left", kind)], series[("right", kind)]) for kind in KINDS}
    latest = {
        kind: (p.times[-1], asymmetry(p.left[-1], p.right[-1], kind))
        for kind, p in pairs.items()
        if len(p)
    }
    first, last = (rows[0].taken_at, rows[-1].taken_at) if rows else (None, None)
    return Summary(series, legs, pairs, latest, first, last, len(rows))
