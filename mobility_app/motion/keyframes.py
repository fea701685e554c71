"""Keyframed animations: easing, interpolation, captions and the validated data model (pure)."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from mobility_app.motion.figure import Point
from mobility_app.motion.kinematics import solve
from mobility_app.motion.pose import CIRCLE, Planted, Pose, with_circle
from mobility_app.motion.props import Prop


def _linear(u: float) -> float:
    return u


def _ease_in(u: float) -> float:
    return 1.0 - math.cos(u * math.pi / 2)


def _ease_out(u: float) -> float:
    return math.sin(u * math.pi / 2)


def _ease_in_out(u: float) -> float:
    # Cosine easing: zero velocity at both ends, so the figure settles into end positions.
    return (1.0 - math.cos(u * math.pi)) / 2


def _hold(u: float) -> float:
    return 0.0


EASINGS: dict[str, Callable[[float], float]] = {
    "linear": _linear,
    "ease-in": _ease_in,
    "ease-out": _ease_out,
    "ease-in-out": _ease_in_out,
    "hold": _hold,
}
VIEWS = ("side", "ankle-circle")
MUSCLES = ("calf", "tibialis")
ROLES = ("stretch", "work")


@dataclass(frozen=True)
class Keyframe:
    """A moment of the loop.

    `ease` shapes the movement from the previous keyframe into this one ("hold" keeps the
    previous pose); `caption` is shown from this keyframe until the next. `angles` and
    `intensity` are complete: values a keyframe leaves out are carried over from the one before.
    """

    t: float
    ease: str
    caption: str
    angles: Mapping[str, float]
    intensity: Mapping[str, float]
    key: bool | None = None


@dataclass(frozen=True)
class Circle:
    """Ankle-circle settings: the tilt of the circle and where the close-up is drawn."""

    radius: float
    inset: tuple[float, float, float, float]


@dataclass(frozen=True, eq=False)
class Animation:
    """One exercise's demonstration: a loop of keyframes laid out from a planted point."""

    duration: float
    keyframes: tuple[Keyframe, ...]
    planted: Planted
    contacts: tuple[str, ...] = ()
    props: tuple[Prop, ...] = ()
    muscles: Mapping[str, str] = field(default_factory=dict)
    view: str = "side"
    circle: Circle | None = None
    toes_flat: tuple[str, ...] = ()
    name: str = ""

    @cached_property
    def _times(self) -> list[float]:
        return [k.t for k in self.keyframes]

    def wrap(self, t: float) -> float:
        """Loop time in [0, duration)."""
        return t % self.duration

    def index_at(self, t: float) -> int:
        """Index of the keyframe whose phase is running at time t."""
        return bisect.bisect_right(self._times, self.wrap(t)) - 1

    def _span(self, t: float) -> tuple[Keyframe, Keyframe, float]:
        t = self.wrap(t)
        i = self.index_at(t)
        start = self.keyframes[i]
        if i + 1 < len(self.keyframes):
            end, end_t = self.keyframes[i + 1], self.keyframes[i + 1].t
        else:
            # The last phase runs to the end of the loop and eases into the first keyframe.
            end, end_t = self.keyframes[0], self.duration
        u = (t - start.t) / (end_t - start.t)
        return start, end, min(max(u, 0.0), 1.0)

    def angles_at(self, t: float) -> dict[str, float]:
        """Interpolated joint angles (including the circle phase, if any) at time t."""
        start, end, u = self._span(t)
        w = EASINGS[end.ease](u)
        return {n: v + (end.angles[n] - v) * w for n, v in start.angles.items()}

    def pose_at(self, t: float) -> Pose:
        """The pose at time t, with the circle phase folded into the near ankle."""
        angles = self.angles_at(t)
        if self.circle is not None:
            angles = with_circle(angles, self.circle.radius)
        return Pose(angles, self.planted)

    def intensity_at(self, t: float) -> dict[str, float]:
        """Muscle shading 0..1; it follows the movement, and ramps linearly through holds."""
        start, end, u = self._span(t)
        w = u if end.ease == "hold" else EASINGS[end.ease](u)
        return {n: v + (end.intensity[n] - v) * w for n, v in start.intensity.items()}

    def caption_at(self, t: float) -> str:
        return self.keyframes[self.index_at(t)].caption

    def circle_direction(self, t: float) -> float:
        """+1 while the circle phase grows (clockwise as drawn), -1 while it shrinks, else 0."""
        if self.circle is None:
            return 0.0
        start, end, _ = self._span(t)
        delta = end.angles[CIRCLE] - start.angles[CIRCLE]
        return 0.0 if end.ease == "hold" or delta == 0 else math.copysign(1.0, delta)

    def key_times(self) -> list[float]:
        """Times of the key positions shown side by side when motion is reduced.

        Keyframes marked `key = true` if any are; otherwise each keyframe whose pose differs
        from the one before it (holds repeat a position, so they are not shown twice).
        """
        marked = [k.t for k in self.keyframes if k.key]
        if marked:
            return marked
        times = []
        for i, k in enumerate(self.keyframes):
            previous = self.keyframes[i - 1]
            if any(abs(k.angles[n] - previous.angles[n]) > 1e-9 for n in k.angles):
                times.append(k.t)
        return times or [self.keyframes[0].t]

    @cached_property
    def contact_targets(self) -> dict[str, Point]:
        """Where each contact stays for the whole loop: where the first keyframe puts it."""
        if not self.contacts:
            return {}
        first = self.keyframes[0].angles
        if self.circle is not None:
            first = with_circle(first, self.circle.radius)
        points = solve(Pose(first, self.planted), flat_toes=self.toes_flat)
        return {name: points[name] for name in self.contacts}

    def skeleton_at(self, t: float) -> dict[str, Point]:
        """Every point of the figure at time t (canonical side, before any mirroring)."""
        return solve(self.pose_at(t), self.contact_targets, self.toes_flat)
