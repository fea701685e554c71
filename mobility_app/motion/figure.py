"""The side-view body: segment lengths, named points and how the segments join (pure)."""

from __future__ import annotations

from dataclasses import dataclass

# World units are centimetres, x forward (the canonical figure faces +x), y up, floor at y = 0.
Point = tuple[float, float]

SIDES = ("near", "far")

# Segment lengths for a 170 cm adult, from Winter's anthropometric proportions of body height
# (Winter 2009, Biomechanics and Motor Control of Human Movement, fig. 4.1).
HEIGHT = 170.0
TRUNK = 0.288 * HEIGHT  # hip joint to shoulder
NECK = 0.118 * HEIGHT  # shoulder to the centre of the head
HEAD_RADIUS = 0.062 * HEIGHT
UPPER_ARM = 0.186 * HEIGHT
FOREARM = 0.146 * HEIGHT
# Wrist to fingertip is 0.108 H; the round cap of the stroke adds half a width, so draw it shorter.
HAND = 0.090 * HEIGHT
THIGH = 0.245 * HEIGHT
SHANK = 0.246 * HEIGHT

# The foot is a rigid triangle in its own frame: u along the sole (heel → ball), v up.
# Ankle height 0.039 H and foot length 0.152 H (Winter); the ankle sits a fifth of the way back.
ANKLE_HEIGHT = 0.039 * HEIGHT
HEEL_BACK = 0.030 * HEIGHT  # ankle to heel, along the sole
BALL_FRONT = 0.080 * HEIGHT  # ankle to the ball of the foot (first MTP joint), along the sole
TOES = 0.042 * HEIGHT  # ball to the tip of the big toe
FOOT_FRAME: dict[str, Point] = {
    "heel": (-HEEL_BACK, -ANKLE_HEIGHT),
    "ball": (BALL_FRONT, -ANKLE_HEIGHT),
}

# Stroke widths (cm) of the drawn segments; half a width is how far a surface sits from the
# centre line, which is what the contact offsets below account for.
WIDTH = {
    "trunk": 12.5,
    "neck": 6.0,
    "upper_arm": 7.0,
    "forearm": 6.0,
    "hand": 4.5,
    "thigh": 11.0,
    "shank": 8.5,
    "toes": 3.0,
}

# How far a named point sits from the surface it rests on (cm): the sole points are on the
# surface itself, a joint centre is half its limb's width away.
CONTACT_OFFSET = {
    "heel": 0.0,
    "ball": 0.0,
    "toe": 0.0,
    "fingers": WIDTH["hand"] / 2,
    "wrist": WIDTH["hand"] / 2,
    "knee": WIDTH["shank"] / 2,
    "hip": WIDTH["thigh"] / 2,
    "ankle": ANKLE_HEIGHT,
}

LEG_POINTS = ("hip", "knee", "ankle", "heel", "ball", "toe")
ARM_POINTS = ("shoulder", "elbow", "wrist", "fingers")


@dataclass(frozen=True)
class Segment:
    """A rigid link between two named points, with its fixed length and drawing width."""

    name: str
    start: str
    end: str
    length: float
    width: float


def limb_segments(side: str) -> tuple[Segment, ...]:
    """The arm and leg links of one side, proximal first."""
    return (
        Segment(f"upper_arm_{side}", f"shoulder_{side}", f"elbow_{side}", UPPER_ARM,
                WIDTH["upper_arm"]),
        Segment(f"forearm_{side}", f"elbow_{side}", f"wrist_{side}", FOREARM, WIDTH["forearm"]),
        Segment(f"hand_{side}", f"wrist_{side}", f"fingers_{side}", HAND, WIDTH["hand"]),
        Segment(f"thigh_{side}", f"hip_{side}", f"knee_{side}", THIGH, WIDTH["thigh"]),
        Segment(f"shank_{side}", f"knee_{side}", f"ankle_{side}", SHANK, WIDTH["shank"]),
        Segment(f"toes_{side}", f"ball_{side}", f"toe_{side}", TOES, WIDTH["toes"]),
    )  # fmt: skip


AXIAL_SEGMENTS = (
    Segment("trunk", "pelvis", "neck", TRUNK, WIDTH["trunk"]),
    Segment("neck", "neck", "head", NECK, WIDTH["neck"]),
)

SEGMENTS: tuple[Segment, ...] = AXIAL_SEGMENTS + limb_segments("near") + limb_segments("far")


def rigid_pairs() -> list[tuple[str, str, float]]:
    """Every pair of points whose distance must never change, with that distance."""
    pairs = [(s.start, s.end, s.length) for s in SEGMENTS]
    hx, hy = FOOT_FRAME["heel"]
    bx, by = FOOT_FRAME["ball"]
    for side in SIDES:
        pairs.append((f"ankle_{side}", f"heel_{side}", (hx * hx + hy * hy) ** 0.5))
        pairs.append((f"ankle_{side}", f"ball_{side}", (bx * bx + by * by) ** 0.5))
        pairs.append((f"heel_{side}", f"ball_{side}", bx - hx))
    return pairs


def point_names() -> tuple[str, ...]:
    """All named points of the figure, in a stable order."""
    names = ["pelvis", "neck", "head"]
    for side in SIDES:
        names += [f"{p}_{side}" for p in ARM_POINTS]
        names += [f"{p}_{side}" for p in LEG_POINTS]
    return tuple(names)


POINTS = point_names()


def limb_of(point: str) -> tuple[str, str] | None:
    """("leg" | "arm", side) for a limb point, None for the head, neck and pelvis."""
    base, _, side = point.rpartition("_")
    if side not in SIDES:
        return None
    if base in LEG_POINTS:
        return "leg", side
    if base in ARM_POINTS:
        return "arm", side
    return None


def contact_offset(point: str) -> float:
    """Distance from a point to the surface it rests on when it is a contact."""
    base = point.rpartition("_")[0] or point
    return CONTACT_OFFSET.get(base, WIDTH["trunk"] / 2)
