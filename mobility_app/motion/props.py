"""The stage and its props (floor, wall, step, mat, towel roll) as plain geometry (pure)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mobility_app.motion.figure import Point

# The logical box every picture is laid out in (cm, y up); 16:10 so it fills a typical page.
STAGE_LEFT = 0.0
STAGE_WIDTH = 340.0
STAGE_BOTTOM = -10.0
STAGE_HEIGHT = 212.5
STAGE_TOP = STAGE_BOTTOM + STAGE_HEIGHT
FLOOR_Y = 0.0

PROP_KINDS = ("floor", "wall", "step", "mat", "towel")
_BOX_KINDS = ("wall", "step", "mat")


class PropError(ValueError):
    """A prop table is malformed; `field` names the offending key relative to the prop."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Prop:
    """One piece of the set. Boxes use `rect` = (left, bottom, width, height); the towel roll
    uses `centre` and `radius`; the floor is the line y = 0 across the stage."""

    kind: str
    rect: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    centre: Point = (0.0, 0.0)
    radius: float = 0.0

    def mirrored(self, width: float = STAGE_WIDTH) -> Prop:
        """The same prop reflected about the stage's vertical centre line."""
        left, bottom, w, h = self.rect
        return Prop(
            self.kind,
            (width - (left + w), bottom, w, h),
            (width - self.centre[0], self.centre[1]),
            self.radius,
        )

    def surfaces(self) -> list[tuple[Point, Point]]:
        """The faces a body can rest on or press against, as line segments."""
        if self.kind == "floor":
            return [((STAGE_LEFT - 1e3, FLOOR_Y), (STAGE_WIDTH + 1e3, FLOOR_Y))]
        if self.kind == "towel":
            return []
        left, bottom, w, h = self.rect
        top, right = bottom + h, left + w
        return [((left, top), (right, top)), ((left, bottom), (left, top)),
                ((right, bottom), (right, top))]  # fmt: skip


def _number(raw: Mapping[str, Any], key: str) -> float:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PropError(key, "expected a number" if key in raw else "missing")
    if not math.isfinite(value):
        raise PropError(key, "must be finite")
    return float(value)


def _numbers(raw: Mapping[str, Any], key: str, count: int) -> tuple[float, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or len(value) != count:
        raise PropError(key, f"expected a list of {count} numbers" if key in raw else "missing")
    out = []
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, int | float) or not math.isfinite(item):
            raise PropError(f"{key}[{i}]", "expected a number")
        out.append(float(item))
    return tuple(out)


def parse_prop(raw: Any) -> Prop:
    """Read one prop table, e.g. ``{ kind = "step", rect = [120, 0, 60, 16] }``."""
    if not isinstance(raw, dict):
        raise PropError("", "expected a table")
    kind = raw.get("kind")
    if kind not in PROP_KINDS:
        raise PropError("kind", f"expected one of {', '.join(PROP_KINDS)}")
    allowed = {"kind"} | ({"rect"} if kind in _BOX_KINDS else set())
    allowed |= {"centre", "radius"} if kind == "towel" else set()
    for key in raw:
        if key not in allowed:
            raise PropError(key, f"unknown key for a {kind}")
    if kind in _BOX_KINDS:
        left, bottom, w, h = _numbers(raw, "rect", 4)
        if w <= 0 or h <= 0:
            raise PropError("rect", "width and height must be positive")
        return Prop(kind, rect=(left, bottom, w, h))
    if kind == "towel":
        cx, cy = _numbers(raw, "centre", 2)
        radius = _number(raw, "radius")
        if radius <= 0:
            raise PropError("radius", "must be positive")
        return Prop(kind, centre=(cx, cy), radius=radius)
    return Prop(kind)


def distance_to_segment(p: Point, a: Point, b: Point) -> float:
    """Shortest distance from point p to the segment a–b."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    u = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + u * dx), p[1] - (ay + u * dy))


def distance_to_props(p: Point, props: tuple[Prop, ...]) -> float:
    """Distance from p to the nearest resting surface of any prop (inf when there is none)."""
    return min(
        (distance_to_segment(p, a, b) for prop in props for a, b in prop.surfaces()),
        default=math.inf,
    )


@lru_cache(maxsize=16)
def towel_rings(prop: Prop, turns: int = 2) -> tuple[Point, ...]:
    """The spiral drawn on a rolled towel's end, so it reads as a roll and not a ball."""
    steps = 16 * turns
    cx, cy = prop.centre
    return tuple(
        (
            cx + prop.radius * 0.85 * (i / steps) * math.cos(2 * math.pi * turns * i / steps),
            cy + prop.radius * 0.85 * (i / steps) * math.sin(2 * math.pi * turns * i / steps),
        )
        for i in range(steps + 1)
    )
