"""The picture at time t as plain geometry: props, limbs, muscles, ankle arc, close-up (pure).

Everything is computed for the canonical figure (facing +x, right side towards the viewer)
and then reflected as a whole for the left side, so a mirrored scene is an exact reflection.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from mobility_app.motion.ankle import AngleArc, angle_arc
from mobility_app.motion.figure import (
    ANKLE_HEIGHT,
    BALL_FRONT,
    HEEL_BACK,
    SEGMENTS,
    SHANK,
    TOES,
    WIDTH,
    Point,
)
from mobility_app.motion.keyframes import Animation
from mobility_app.motion.kinematics import Skeleton
from mobility_app.motion.pose import CIRCLE, circle_offset
from mobility_app.motion.props import STAGE_WIDTH, Prop

SIDE_NAMES = ("left", "right")
# Looking at the left side of a person shows them facing left, so "left" is the mirror image.
MIRRORED_SIDE = "left"
INSET_ZOOM = 2.0
INSET_DEPTH = 0.55  # how much of the sideways swing the oblique close-up shows
CIRCLE_STEPS = 40


@dataclass(frozen=True)
class Muscle:
    """A shaded muscle belly: its role ("stretch" or "work"), 0..1 intensity and outline."""

    name: str
    role: str
    intensity: float
    outline: tuple[Point, ...]


@dataclass(frozen=True)
class Inset:
    """The ankle-circle close-up: frame, magnified shank and foot, the toe's path and arrow."""

    frame: tuple[float, float, float, float]
    shank: tuple[Point, Point]
    foot: tuple[Point, ...]
    toe: Point
    path: tuple[Point, ...]
    traced: tuple[Point, ...]
    arrow: tuple[Point, Point, Point] | None
    leader: tuple[Point, Point]


@dataclass(frozen=True)
class Scene:
    """Everything `render.draw` paints, in stage coordinates (cm, y up)."""

    points: Skeleton
    props: tuple[Prop, ...]
    feet: Mapping[str, tuple[Point, ...]]
    muscles: tuple[Muscle, ...] = ()
    arc: AngleArc | None = None
    inset: Inset | None = None
    mirrored: bool = False
    strokes: tuple[tuple[str, str, float, str], ...] = field(default=())


def _stroke_groups() -> dict[str, tuple[tuple[str, str, float, str], ...]]:
    """(start, end, width, layer) strokes in the groups drawn back to front."""
    by_name = {s.name: s for s in SEGMENTS}

    def limb(side: str, parts: tuple[str, ...]) -> tuple[tuple[str, str, float, str], ...]:
        segs = [by_name[f"{p}_{side}"] for p in parts]
        return tuple((s.start, s.end, s.width, side) for s in segs)

    # The toes are part of the foot's outline, not a stroke.
    arm, leg = ("upper_arm", "forearm", "hand"), ("thigh", "shank")
    return {
        "far": limb("far", arm) + limb("far", leg),
        "body": tuple((s.start, s.end, s.width, "body") for s in SEGMENTS[:2]),
        "near_leg": limb("near", leg),
        "near_arm": limb("near", arm),
    }


STROKE_GROUPS = _stroke_groups()
STROKES = tuple(s for group in STROKE_GROUPS.values() for s in group)


def _joint_discs() -> dict[str, dict[str, float]]:
    """Per stroke group, each joint and the widest stroke meeting there: the round joints."""
    discs: dict[str, dict[str, float]] = {}
    for group, strokes in STROKE_GROUPS.items():
        widths: dict[str, float] = {}
        for start, end, width, _ in strokes:
            for name in (start, end):
                widths[name] = max(widths.get(name, 0.0), width)
        discs[group] = widths
    return discs


JOINT_DISCS = _joint_discs()


def foot_outline(points: Mapping[str, Point], side: str) -> tuple[Point, ...]:
    """Heel, sole, toes and instep of one foot as a polygon; the toes bend at the ball."""
    ankle, ball, toe = points[f"ankle_{side}"], points[f"ball_{side}"], points[f"toe_{side}"]
    heel = points[f"heel_{side}"]
    ux, uy = ball[0] - heel[0], ball[1] - heel[1]
    length = math.hypot(ux, uy)
    ux, uy = ux / length, uy / length
    tx, ty = (toe[0] - ball[0]) / TOES, (toe[1] - ball[1]) / TOES
    # The polygon is filled, not outlined, so its sole lies exactly on the contact points.
    lift = 0.0

    def foot(along: float, up: float) -> Point:
        return ankle[0] + along * ux - up * uy, ankle[1] + along * uy + up * ux

    def toes(base: Point, along: float, up: float) -> Point:
        return base[0] + along * tx - up * ty, base[1] + along * ty + up * tx

    sole = -ANKLE_HEIGHT + lift
    return (
        foot(-3.4, 1.5), foot(-HEEL_BACK - 0.7, -3.2), foot(-HEEL_BACK + 0.4, sole),
        foot(BALL_FRONT, sole), toes(ball, TOES - 0.6, lift), toes(ball, TOES - 0.9, 2.6),
        foot(BALL_FRONT - 0.3, sole + 3.6), foot(3.2, 1.8),
    )  # fmt: skip


def _belly(
    points: Mapping[str, Point], side: str, back: bool, span: tuple[float, float], bulge: float
) -> tuple[Point, ...]:
    """A lens along the shank: flush with its axis, swelling past its back or front edge."""
    knee, ankle, ball = points[f"knee_{side}"], points[f"ankle_{side}"], points[f"ball_{side}"]
    ax, ay = (ankle[0] - knee[0]) / SHANK, (ankle[1] - knee[1]) / SHANK
    nx, ny = -ay, ax
    # The ball of the foot is always in front of the shin, whatever the ankle angle.
    towards_toes = (ball[0] - ankle[0]) * nx + (ball[1] - ankle[1]) * ny
    if (towards_toes < 0) != back:
        nx, ny = -nx, -ny
    start, end = span
    half = WIDTH["shank"] / 2
    steps = 10
    outer, inner = [], []
    for i in range(steps + 1):
        u = start + (end - start) * i / steps
        # A sine swell skewed towards the knee: the gastrocnemius belly sits high on the calf.
        s = i / steps
        swell = math.sin(math.pi * s**0.7)
        px, py = knee[0] + ax * SHANK * u, knee[1] + ay * SHANK * u
        outer.append(
            (px + nx * (half * swell + bulge * swell), py + ny * (half * swell + bulge * swell))
        )
        inner.append((px - nx * 0.4, py - ny * 0.4))
    return tuple(outer + inner[::-1])


MUSCLE_SHAPES = {"calf": (True, (0.06, 0.82), 2.6), "tibialis": (False, (0.1, 0.78), 1.3)}


def _muscles(animation: Animation, points: Skeleton, t: float) -> tuple[Muscle, ...]:
    intensity = animation.intensity_at(t)
    out = []
    for name, role in animation.muscles.items():
        back, span, bulge = MUSCLE_SHAPES[name]
        out.append(Muscle(name, role, intensity[name], _belly(points, "near", back, span, bulge)))
    return tuple(out)


def _ellipse_point(centre: Point, axis: Point, depth: Point, radius: float, phase: float) -> Point:
    across, sideways = circle_offset(phase, radius)
    return (
        centre[0] + axis[0] * across + depth[0] * sideways,
        centre[1] + axis[1] * across + depth[1] * sideways,
    )


@lru_cache(maxsize=32)
def _circle_path(tip: Point, axis: Point, depth: Point, radius: float) -> tuple[Point, ...]:
    """The whole path of the toe; it only changes with the rest pose, so it is kept."""
    return tuple(
        _ellipse_point(tip, axis, depth, radius, 360.0 * i / CIRCLE_STEPS)
        for i in range(CIRCLE_STEPS + 1)
    )


def _inset(animation: Animation, points: Skeleton, t: float) -> Inset:
    """The close-up: the foot tilted by the circle, seen obliquely so its path is an ellipse."""
    assert animation.circle is not None
    circle = animation.circle
    left, bottom, w, h = circle.inset
    ankle_c = (left + w * 0.34, bottom + h * 0.3)
    knee, ankle = points["knee_near"], points["ankle_near"]
    shank_dir = math.atan2(knee[1] - ankle[1], knee[0] - ankle[0])
    # The resting foot (at the circle's centre angle, from the first keyframe), magnified.
    rest = animation.keyframes[0].angles["ankle_near"]
    sole_dir = shank_dir - math.radians(90.0 - rest)
    lx, ly = BALL_FRONT + TOES, -ANKLE_HEIGHT
    rest_x = (lx * math.cos(sole_dir) - ly * math.sin(sole_dir)) * INSET_ZOOM
    rest_y = (lx * math.sin(sole_dir) + ly * math.cos(sole_dir)) * INSET_ZOOM
    tip = (ankle_c[0] + rest_x, ankle_c[1] + rest_y)
    tip_dir = math.atan2(rest_y, rest_x)
    # Across the toe line towards the shin is the dorsiflexion direction; the sideways swing
    # is drawn foreshortened along the toe line, as if seen from a little above the toes.
    per_degree = math.hypot(rest_x, rest_y) * math.radians(1.0)
    axis = (
        math.cos(tip_dir + math.pi / 2) * per_degree,
        math.sin(tip_dir + math.pi / 2) * per_degree,
    )
    depth = (
        math.cos(tip_dir) * per_degree * INSET_DEPTH,
        math.sin(tip_dir) * per_degree * INSET_DEPTH,
    )
    phase = animation.angles_at(t)[CIRCLE]
    radius = circle.radius
    toe = _ellipse_point(tip, axis, depth, radius, phase)
    path = _circle_path(tip, axis, depth, radius)
    direction = animation.circle_direction(t)
    start_phase = animation.keyframes[animation.index_at(t)].angles[CIRCLE]
    swept = min(abs(phase - start_phase), 359.0)
    steps = max(2, int(swept / 10))
    back = -1.0 if phase >= start_phase else 1.0
    traced = tuple(
        _ellipse_point(tip, axis, depth, radius, phase + back * swept * i / steps)
        for i in range(steps + 1)
    )
    arrow = None
    if direction:
        ahead = _ellipse_point(tip, axis, depth, radius, phase + direction * 4.0)
        dx, dy = ahead[0] - toe[0], ahead[1] - toe[1]
        norm = math.hypot(dx, dy) or 1.0
        dx, dy = dx / norm * 5.0, dy / norm * 5.0
        arrow = (
            (toe[0] + dx, toe[1] + dy),
            (toe[0] - dy * 0.6, toe[1] + dx * 0.6),
            (toe[0] + dy * 0.6, toe[1] - dx * 0.6),
        )
    # The foot in the close-up: the real outline, magnified and turned about the ankle so
    # that its toe sits on the drawn path.
    # Turned and scaled about the ankle so its toe sits on the path: the stretch along the
    # toe line is the foreshortening of the sideways swing.
    toe_now = points["toe_near"]
    now_x, now_y = toe_now[0] - ankle[0], toe_now[1] - ankle[1]
    want_x, want_y = toe[0] - ankle_c[0], toe[1] - ankle_c[1]
    turn = math.atan2(want_y, want_x) - math.atan2(now_y, now_x)
    scale = math.hypot(want_x, want_y) / math.hypot(now_x, now_y)
    cos_t, sin_t = math.cos(turn) * scale, math.sin(turn) * scale
    foot = []
    for x, y in foot_outline(points, "near"):
        rx, ry = x - ankle[0], y - ankle[1]
        foot.append((ankle_c[0] + rx * cos_t - ry * sin_t, ankle_c[1] + rx * sin_t + ry * cos_t))
    shank_end = (
        ankle_c[0] + math.cos(shank_dir) * w * 0.5,
        ankle_c[1] + math.sin(shank_dir) * w * 0.5,
    )
    leader = (points["toe_near"], (left + w * 0.02, bottom + h * 0.3))
    return Inset(circle.inset, (ankle_c, shank_end), tuple(foot), toe, path, traced, arrow, leader)


def scene_at(animation: Animation, t: float, side: str = "left", *, annotate: bool = True) -> Scene:
    """The complete picture at time t for the given working side."""
    if side not in SIDE_NAMES:
        raise ValueError(f"side must be 'left' or 'right', not {side!r}")
    points = animation.skeleton_at(t)
    feet = {s: foot_outline(points, s) for s in ("far", "near")}
    scene = Scene(
        points=points,
        props=animation.props,
        feet=feet,
        muscles=_muscles(animation, points, t) if annotate else (),
        arc=angle_arc(points) if annotate else None,
        inset=_inset(animation, points, t) if animation.circle is not None else None,
        strokes=STROKES,
    )
    return mirror_scene(scene) if side == MIRRORED_SIDE else scene


def _m(p: Point) -> Point:
    return STAGE_WIDTH - p[0], p[1]


def _mp(points: tuple[Point, ...]) -> tuple[Point, ...]:
    return tuple((STAGE_WIDTH - x, y) for x, y in points)


def _mirror_rect(rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    left, bottom, w, h = rect
    return STAGE_WIDTH - (left + w), bottom, w, h


def mirror_scene(scene: Scene) -> Scene:
    """Reflect the whole scene about the stage's vertical centre line."""
    arc = scene.arc
    if arc is not None:
        arc = replace(
            arc, centre=_m(arc.centre), reference_end=_m(arc.reference_end), arc=_mp(arc.arc),
            label_at=_m(arc.label_at),
        )  # fmt: skip
    inset = scene.inset
    if inset is not None:
        inset = Inset(
            _mirror_rect(inset.frame), (_m(inset.shank[0]), _m(inset.shank[1])),
            _mp(inset.foot), _m(inset.toe), _mp(inset.path), _mp(inset.traced),
            None if inset.arrow is None else (_m(inset.arrow[0]), _m(inset.arrow[1]),
                                              _m(inset.arrow[2])),
            (_m(inset.leader[0]), _m(inset.leader[1])),
        )  # fmt: skip
    return replace(
        scene,
        points={name: _m(p) for name, p in scene.points.items()},
        props=tuple(p.mirrored() for p in scene.props),
        feet={side: _mp(poly) for side, poly in scene.feet.items()},
        muscles=tuple(replace(m, outline=_mp(m.outline)) for m in scene.muscles),
        arc=arc,
        inset=inset,
        mirrored=not scene.mirrored,
    )
