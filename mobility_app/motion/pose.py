"""A pose: anatomical joint angles in degrees, plus which point is planted where (pure).

Angle conventions, for the canonical figure facing +x (0 everywhere is standing tall with the
arms hanging and the feet flat; a positive angle is the usual clinical direction):

- ``trunk``: forward lean of the pelvis → neck line from vertical (negative leans back).
- ``neck``: head bowed forward relative to the trunk.
- ``shoulder_*``: flexion, the arm raised forward (180 is overhead; negative is extension).
- ``elbow_*``: flexion. ``wrist_*``: extension, the back of the hand towards the forearm.
- ``hip_*``: flexion, the thigh raised forward relative to the trunk.
- ``knee_*``: flexion. ``ankle_*``: dorsiflexion, toes towards the shin (negative = plantar
  flexion); 90° minus the angle between the shank and the sole, see :mod:`.ankle`.
- ``circle``: only for ankle circles, the phase of the near foot's circle in degrees.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from mobility_app.motion.figure import SIDES, Point

AXIAL_JOINTS = ("trunk", "neck")
LIMB_JOINTS = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
JOINTS: tuple[str, ...] = AXIAL_JOINTS + tuple(f"{j}_{s}" for s in SIDES for j in LIMB_JOINTS)
CIRCLE = "circle"


@dataclass(frozen=True)
class Planted:
    """The point that stays put (the root of forward kinematics) and where it is."""

    point: str
    at: Point


@dataclass(frozen=True)
class Pose:
    """Joint angles (degrees) and the planted point they are laid out from."""

    angles: Mapping[str, float]
    planted: Planted


def blend(a: Mapping[str, float], b: Mapping[str, float], w: float) -> dict[str, float]:
    """Angles a fraction w of the way from a to b (w = 0 gives a, w = 1 gives b).

    Every angle shares one weight, so any linear relation that holds at both ends (a sole kept
    flat: trunk, hip, knee and ankle angles summing to a constant) holds all the way between.
    """
    return {name: a[name] + (b[name] - a[name]) * w for name in a}


def with_circle(angles: Mapping[str, float], radius: float) -> dict[str, float]:
    """Fold the circle phase into the near ankle: the side view sees the circle edge-on.

    Looking from the side, a foot drawing a circle only shows its dorsi/plantar-flexion part,
    ``radius * cos(phase)`` about the resting angle; the sideways part is drawn in the close-up.
    """
    result = dict(angles)
    phase = result.pop(CIRCLE, None)
    if phase is not None:
        result["ankle_near"] += radius * math.cos(math.radians(phase))
    return result


def circle_offset(phase: float, radius: float) -> Point:
    """The toe's offset on its circle, as (towards the shin, sideways), in degrees of tilt.

    Phase increasing runs clockwise as drawn in the canonical close-up (toe towards the shin
    first, then up, then away from the shin), which :mod:`.scene` relies on for its arrow.
    """
    rad = math.radians(phase)
    return radius * math.cos(rad), radius * math.sin(rad)
