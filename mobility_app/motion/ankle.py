"""The dorsiflexion angle measured on the drawn figure, and the arc that shows it (pure)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from mobility_app.motion.figure import Point

ARC_RADIUS = 15.0  # cm: outside the shank's stroke, small beside the figure
REFERENCE_LENGTH = 24.0  # cm: the dashed "neutral" line square to the sole
LABEL_RADIUS = 24.0
ARC_STEPS = 16


def dorsiflexion(knee: Point, ankle: Point, heel: Point, ball: Point) -> float:
    """Dorsiflexion in degrees: 90° minus the angle between shank (ankle → knee) and sole.

    Positive when the toes come up towards the shin, negative in plantar flexion; 0 with the
    shank square to the sole. Unsigned geometry, so it reads the same on a mirrored figure.
    """
    sx, sy = knee[0] - ankle[0], knee[1] - ankle[1]
    fx, fy = ball[0] - heel[0], ball[1] - heel[1]
    between = math.degrees(math.atan2(abs(sx * fy - sy * fx), sx * fx + sy * fy))
    return 90.0 - between


def skeleton_dorsiflexion(points: Mapping[str, Point], side: str = "near") -> float:
    """Dorsiflexion of one side's ankle in a solved skeleton."""
    return dorsiflexion(
        points[f"knee_{side}"], points[f"ankle_{side}"], points[f"heel_{side}"],
        points[f"ball_{side}"],
    )  # fmt: skip


@dataclass(frozen=True)
class AngleArc:
    """What the ankle annotation needs: neutral line, arc, label anchor and the value."""

    centre: Point
    reference_end: Point
    arc: tuple[Point, ...]
    label_at: Point
    degrees: float


def angle_arc(points: Mapping[str, Point], side: str = "near") -> AngleArc:
    """The arc from the neutral line (square to the sole) to the shank, on the near ankle."""
    ankle = points[f"ankle_{side}"]
    knee = points[f"knee_{side}"]
    heel, ball = points[f"heel_{side}"], points[f"ball_{side}"]
    sole = math.atan2(ball[1] - heel[1], ball[0] - heel[0])
    shank = math.atan2(knee[1] - ankle[1], knee[0] - ankle[0])
    # Neutral is square to the sole on the shank's side; pick the perpendicular closest to it
    # so the construction works on the mirrored figure too.
    candidates = (sole + math.pi / 2, sole - math.pi / 2)
    neutral = min(candidates, key=lambda a: abs(_wrap(shank - a)))
    sweep = _wrap(shank - neutral)
    arc = tuple(
        (
            ankle[0] + ARC_RADIUS * math.cos(neutral + sweep * i / ARC_STEPS),
            ankle[1] + ARC_RADIUS * math.sin(neutral + sweep * i / ARC_STEPS),
        )
        for i in range(ARC_STEPS + 1)
    )
    reference_end = (
        ankle[0] + REFERENCE_LENGTH * math.cos(neutral),
        ankle[1] + REFERENCE_LENGTH * math.sin(neutral),
    )
    # The label goes in the open wedge in front of the shin, above the toes: halfway between
    # the shank and the sole's forward direction. Behind the ankle the calf, thigh or the
    # other leg are usually in the way.
    label_dir = shank + _wrap(sole - shank) / 2
    label_at = (
        ankle[0] + LABEL_RADIUS * math.cos(label_dir),
        ankle[1] + LABEL_RADIUS * math.sin(label_dir),
    )
    return AngleArc(ankle, reference_end, arc, label_at, skeleton_dorsiflexion(points, side))


def _wrap(radians: float) -> float:
    """An angle folded into (-π, π]."""
    return math.atan2(math.sin(radians), math.cos(radians))


def format_angle(degrees: float) -> str:
    """The label text: whole degrees with a true minus sign for plantar flexion."""
    value = round(degrees)
    if value < 0:
        return f"\u2212{-value}\u00b0"
    return f"{value}\u00b0"
