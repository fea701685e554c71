"""What a result means: change beyond measurement error, left–right difference, context."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mobility_app.measures import facts

Kind = Literal["distance", "angle"]
Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")
KINDS: tuple[Kind, Kind] = ("distance", "angle")
Aggregate = Literal["best", "mean"]
Verdict = Literal["gain", "loss", "noise"]
Context = Literal["below", "within", "above"]


def threshold(kind: Kind) -> float:
    """Smallest change of one leg that is likely real (see facts.MDC_*)."""
    return facts.MDC_DISTANCE_CM if kind == "distance" else facts.MDC_ANGLE_DEG


def aggregate(trials: Sequence[float], method: Aggregate = "mean") -> float:
    """One leg's result from its trials: the mean (as the studies scored it) or the best."""
    if not trials:
        raise ValueError("no trials")
    # For both distance and angle, larger means more dorsiflexion, so "best" is the maximum.
    return max(trials) if method == "best" else statistics.fmean(trials)


@dataclass(frozen=True)
class Change:
    """A leg's change from its baseline, judged against the measurement error."""

    kind: Kind
    baseline: float
    latest: float
    threshold: float

    @property
    def delta(self) -> float:
        return self.latest - self.baseline

    @property
    def verdict(self) -> Verdict:
        # Beyond the MDC only; exactly at it is still within noise. A tiny epsilon keeps
        # 12.0 - 10.0 from counting as 1.9999999 on binary floats.
        if self.delta > self.threshold + 1e-9:
            return "gain"
        if self.delta < -self.threshold - 1e-9:
            return "loss"
        return "noise"


def change_since(baseline: float, latest: float, kind: Kind) -> Change:
    return Change(kind, baseline, latest, threshold(kind))


@dataclass(frozen=True)
class Asymmetry:
    """The difference between the legs and whether it is worth noting."""

    kind: Kind
    left: float
    right: float
    threshold: float

    @property
    def difference(self) -> float:
        return abs(self.left - self.right)

    @property
    def flagged(self) -> bool:
        return self.difference > self.threshold + 1e-9

    @property
    def lower_side(self) -> str | None:
        if self.left == self.right:
            return None
        return "left" if self.left < self.right else "right"


def asymmetry(left: float, right: float, kind: Kind) -> Asymmetry:
    limit = facts.ASYMMETRY_DISTANCE_CM if kind == "distance" else facts.ASYMMETRY_ANGLE_DEG
    return Asymmetry(kind, left, right, limit)


def typical_context(value: float, kind: Kind) -> Context:
    """Where a value sits against typical healthy adults: context, never a pass mark."""
    low, high = facts.TYPICAL_DISTANCE_CM if kind == "distance" else facts.TYPICAL_ANGLE_DEG
    if value < low:
        return "below"
    if value > high:
        return "above"
    return "within"
