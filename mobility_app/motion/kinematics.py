"""Forward kinematics from a planted point, two-bone IK for extra contacts, mirroring (pure)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from mobility_app.motion.figure import (
    FOOT_FRAME,
    FOREARM,
    HAND,
    NECK,
    SHANK,
    SIDES,
    THIGH,
    TOES,
    TRUNK,
    UPPER_ARM,
    Point,
    limb_of,
)
from mobility_app.motion.pose import Pose

Skeleton = dict[str, Point]


def _unit(degrees: float) -> Point:
    rad = math.radians(degrees)
    return math.cos(rad), math.sin(rad)


def _step(p: Point, length: float, degrees: float) -> Point:
    ux, uy = _unit(degrees)
    return p[0] + length * ux, p[1] + length * uy


def directions(angles: Mapping[str, float]) -> dict[str, float]:
    """Absolute direction of every segment, degrees anticlockwise from +x (facing +x).

    A joint flexing "forward" turns its distal segment towards +x: anticlockwise for a limb
    hanging down (hip, shoulder), clockwise for the shank below a flexing knee.
    """
    trunk = 90.0 - angles["trunk"]
    out = {"trunk": trunk, "neck": trunk - angles["neck"]}
    for side in SIDES:
        upper = trunk + 180.0 + angles[f"shoulder_{side}"]
        fore = upper + angles[f"elbow_{side}"]
        thigh = trunk + 180.0 + angles[f"hip_{side}"]
        shank = thigh - angles[f"knee_{side}"]
        out[f"upper_arm_{side}"] = upper
        out[f"forearm_{side}"] = fore
        out[f"hand_{side}"] = fore + angles[f"wrist_{side}"]
        out[f"thigh_{side}"] = thigh
        out[f"shank_{side}"] = shank
        # The sole is square to the shank at 0°; dorsiflexion turns the toes up.
        out[f"foot_{side}"] = shank + 90.0 + angles[f"ankle_{side}"]
    return out


def _foot_point(ankle: Point, foot_dir: float, local: Point) -> Point:
    ux, uy = _unit(foot_dir)
    return ankle[0] + local[0] * ux - local[1] * uy, ankle[1] + local[0] * uy + local[1] * ux


def forward(angles: Mapping[str, float], flat_toes: Iterable[str] = ()) -> Skeleton:
    """All points with the pelvis at the origin.

    `flat_toes` lists the sides whose ball of the foot bears weight: their toes lie flat
    along the (horizontal) support instead of continuing the line of the sole.
    """
    d = directions(angles)
    flat = set(flat_toes)
    pelvis = (0.0, 0.0)
    neck = _step(pelvis, TRUNK, d["trunk"])
    pts: Skeleton = {"pelvis": pelvis, "neck": neck, "head": _step(neck, NECK, d["neck"])}
    for side in SIDES:
        elbow = _step(neck, UPPER_ARM, d[f"upper_arm_{side}"])
        wrist = _step(elbow, FOREARM, d[f"forearm_{side}"])
        knee = _step(pelvis, THIGH, d[f"thigh_{side}"])
        ankle = _step(knee, SHANK, d[f"shank_{side}"])
        foot = d[f"foot_{side}"]
        ball = _foot_point(ankle, foot, FOOT_FRAME["ball"])
        pts.update({
            f"shoulder_{side}": neck,
            f"elbow_{side}": elbow,
            f"wrist_{side}": wrist,
            f"fingers_{side}": _step(wrist, HAND, d[f"hand_{side}"]),
            f"hip_{side}": pelvis,
            f"knee_{side}": knee,
            f"ankle_{side}": ankle,
            f"heel_{side}": _foot_point(ankle, foot, FOOT_FRAME["heel"]),
            f"ball_{side}": ball,
            f"toe_{side}": _step(ball, TOES, 0.0 if side in flat else foot),
        })  # fmt: skip
    return pts


def two_bone(
    root: Point, target: Point, upper: float, lower: float, bend: float
) -> tuple[Point, Point]:
    """Middle joint and reached end of a two-link chain from `root` towards `target`.

    Of the two mirror-image solutions, `bend` picks the one whose middle joint lies to the
    left (+1) or right (-1) of the root → target line, so a knee or elbow never flips.
    An unreachable target is approached as closely as the links allow.
    """
    dx, dy = target[0] - root[0], target[1] - root[1]
    dist = math.hypot(dx, dy)
    if dist < 1e-9:
        dx, dy, dist = 0.0, -1.0, 1.0
    ux, uy = dx / dist, dy / dist
    reach = min(max(dist, abs(upper - lower)), upper + lower)
    along = (upper * upper - lower * lower + reach * reach) / (2.0 * reach)
    across = math.sqrt(max(upper * upper - along * along, 0.0))
    sign = -1.0 if bend < 0 else 1.0
    middle = (root[0] + along * ux - sign * across * uy, root[1] + along * uy + sign * across * ux)
    return middle, (root[0] + reach * ux, root[1] + reach * uy)


def _bend(root: Point, middle: Point, end: Point, default: float) -> float:
    """Which side of root → end the middle joint is on (+1 left, -1 right), from the angles.

    The side follows the sign of the joint's flexion, which the keyframe angles state; a
    straight joint takes its anatomical side (knees bend forward, elbows backward).
    """
    ux, uy = middle[0] - root[0], middle[1] - root[1]
    vx, vy = end[0] - middle[0], end[1] - middle[1]
    turn = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
    if abs(turn) < 1e-6:
        return default
    return -1.0 if turn > 0 else 1.0


# Limb: root, middle and end joints, the points carried with the end, link lengths and the
# side the middle joint takes when the limb is straight (a flexing knee turns the shank
# clockwise in the canonical view, a flexing elbow turns the forearm anticlockwise).
_CHAINS = {
    "leg": ("hip", "knee", "ankle", ("heel", "ball", "toe"), THIGH, SHANK, 1.0),
    "arm": ("shoulder", "elbow", "wrist", ("fingers",), UPPER_ARM, FOREARM, -1.0),
}


def _reach(pts: Skeleton, point: str, target: Point) -> None:
    """Bend the limb holding `point` so the point lands on `target`; its end keeps its angle."""
    kind, side = limb_of(point) or ("", "")
    root, middle, end, distal, upper, lower, straight = _CHAINS[kind]
    names = [f"{n}_{side}" for n in (end, *distal)]
    # The end segment (foot or hand) keeps the orientation the angles gave it; only the two
    # proximal joints change, which keeps a flat sole flat and a palm flat on the wall.
    carried = {n: (pts[n][0] - pts[point][0], pts[n][1] - pts[point][1]) for n in names}
    end_name = f"{end}_{side}"
    end_target = (target[0] + carried[end_name][0], target[1] + carried[end_name][1])
    root_at, mid_at = pts[f"{root}_{side}"], pts[f"{middle}_{side}"]
    bend = _bend(root_at, mid_at, pts[end_name], straight)
    mid, reached = two_bone(root_at, end_target, upper, lower, bend)
    pts[f"{middle}_{side}"] = mid
    shift = (reached[0] - pts[end_name][0], reached[1] - pts[end_name][1])
    for n in names:
        pts[n] = (pts[n][0] + shift[0], pts[n][1] + shift[1])


def solve(
    pose: Pose, contacts: Mapping[str, Point] | None = None, flat_toes: Iterable[str] = ()
) -> Skeleton:
    """Lay the figure out from its planted point, then bend limbs to reach fixed contacts.

    The planted point is placed exactly (translation only, so segment lengths are untouched);
    each contact is reached by two-bone IK from its limb's root joint. Toes lie flat on the
    sides in `flat_toes` and wherever the ball of the foot is planted or a contact.
    """
    contacts = contacts or {}
    flat = set(flat_toes) | {
        side for side in SIDES if f"ball_{side}" in contacts or pose.planted.point == f"ball_{side}"
    }
    pts = forward(pose.angles, flat)
    px, py = pts[pose.planted.point]
    ax, ay = pose.planted.at
    dx, dy = ax - px, ay - py
    pts = {name: (x + dx, y + dy) for name, (x, y) in pts.items()}
    pts[pose.planted.point] = (ax, ay)  # exactly, not just to within rounding
    for point, target in contacts.items():
        _reach(pts, point, target)
    return pts


def mirror_x(x: float, width: float) -> float:
    """Reflect an x coordinate about the vertical centre line of a box `width` wide."""
    return width - x


def mirror(points: Mapping[str, Point], width: float) -> Skeleton:
    """Reflect every point about the box's vertical centre line (y is unchanged)."""
    return {name: (width - x, y) for name, (x, y) in points.items()}
