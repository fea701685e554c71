"""Reads and validates an exercise's ``[animation]`` table; errors name the field (pure)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from mobility_app.i18n import QT_TRANSLATE_NOOP, fill, translate
from mobility_app.motion.figure import POINTS, SIDES, limb_of
from mobility_app.motion.keyframes import (
    EASINGS,
    MUSCLES,
    ROLES,
    VIEWS,
    Animation,
    Circle,
    Keyframe,
)
from mobility_app.motion.pose import CIRCLE, JOINTS, Planted
from mobility_app.motion.props import Prop, PropError, parse_prop

DURATION_RANGE = (2.0, 60.0)
ANGLE_LIMIT = 360.0
CIRCLE_LIMIT = 3600.0  # the circle phase counts whole turns: ten at most
CIRCLE_RADIUS_RANGE = (1.0, 45.0)
CONTACT_POINTS = {"leg": ("ankle", "heel", "ball", "toe"), "arm": ("wrist", "fingers")}
_TOP_KEYS = (
    "duration", "view", "props", "planted", "contacts", "toes_flat", "muscles", "circle",
    "keyframes",
)  # fmt: skip
_KEYFRAME_KEYS = ("t", "ease", "caption", "angles", "intensity", "key")


class AnimationError(ValueError):
    """An animation table is invalid. `field` is the dotted path, e.g. ``animation.duration``;
    `message` is in the interface's language (context "AnimationCheck")."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


_TYPE_NAMES: dict[type, str] = {
    bool: QT_TRANSLATE_NOOP("AnimationCheck", "true/false"),
    str: QT_TRANSLATE_NOOP("AnimationCheck", "text"),
    list: QT_TRANSLATE_NOOP("AnimationCheck", "a list"),
    dict: QT_TRANSLATE_NOOP("AnimationCheck", "a table"),
}


def _type_name(value: Any) -> str:
    name = _TYPE_NAMES.get(type(value))
    if name is not None:
        return translate("AnimationCheck", name)
    if isinstance(value, int | float):
        return translate("AnimationCheck", "a number")
    return type(value).__name__


def _missing(where: str) -> AnimationError:
    return AnimationError(where, translate("AnimationCheck", "missing"))


def _one_of(where: str, choices: tuple[str, ...]) -> AnimationError:
    message = translate("AnimationCheck", "expected one of %1")
    return AnimationError(where, fill(message, ", ".join(choices)))


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        message = translate("AnimationCheck", "expected a table, found %1")
        raise AnimationError(where, fill(message, _type_name(value)))
    return value


def _unknown(table: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in table:
        if key not in allowed:
            raise AnimationError(f"{where}.{key}", translate("AnimationCheck", "unknown key"))


def _number(value: Any, where: str, low: float = -math.inf, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        message = translate("AnimationCheck", "expected a number, found %1")
        raise AnimationError(where, fill(message, _type_name(value)))
    if not math.isfinite(value) or not low <= value <= high:
        message = translate("AnimationCheck", "must be between %1 and %2")
        raise AnimationError(where, fill(message, f"{low:g}", f"{high:g}"))
    return float(value)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise AnimationError(where, translate("AnimationCheck", "expected non-empty text"))
    return value.strip()


def _pair(value: Any, where: str) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise AnimationError(where, translate("AnimationCheck", "expected [x, y]"))
    return _number(value[0], f"{where}[0]"), _number(value[1], f"{where}[1]")


def _planted(raw: Any, where: str) -> Planted:
    table = _table(raw, where)
    _unknown(table, ("point", "at"), where)
    point = table.get("point")
    if point not in POINTS:
        message = translate("AnimationCheck", "expected a point name such as heel_near")
        raise AnimationError(f"{where}.point", message)
    if "at" not in table:
        raise _missing(f"{where}.at")
    return Planted(point, _pair(table["at"], f"{where}.at"))


def _contacts(raw: Any, where: str, planted: Planted) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise AnimationError(where, translate("AnimationCheck", "expected a list of point names"))
    planted_limb = limb_of(planted.point)
    seen: set[tuple[str, str]] = set()
    for i, name in enumerate(raw):
        limb = limb_of(name) if isinstance(name, str) else None
        if limb is None or name.rpartition("_")[0] not in CONTACT_POINTS[limb[0]]:
            message = translate("AnimationCheck", "expected a hand or foot point, e.g. heel_far")
            raise AnimationError(f"{where}[{i}]", message)
        if limb == planted_limb or limb in seen:
            message = translate("AnimationCheck", "this limb already has a fixed point")
            raise AnimationError(f"{where}[{i}]", message)
        seen.add(limb)
    return tuple(raw)


def _muscles(raw: Any, where: str) -> dict[str, str]:
    table = _table(raw, where)
    for name, role in table.items():
        if name not in MUSCLES:
            raise _one_of(f"{where}.{name}", tuple(MUSCLES))
        if role not in ROLES:
            raise _one_of(f"{where}.{name}", tuple(ROLES))
    return dict(table)


def _circle(raw: Any, where: str) -> Circle:
    table = _table(raw, where)
    _unknown(table, ("radius", "inset"), where)
    if "radius" not in table or "inset" not in table:
        raise _missing(f"{where}.{'radius' if 'radius' not in table else 'inset'}")
    radius = _number(table["radius"], f"{where}.radius", *CIRCLE_RADIUS_RANGE)
    inset = table["inset"]
    if not isinstance(inset, list) or len(inset) != 4:
        message = translate("AnimationCheck", "expected [left, bottom, width, height]")
        raise AnimationError(f"{where}.inset", message)
    box = tuple(_number(v, f"{where}.inset[{i}]") for i, v in enumerate(inset))
    if box[2] <= 0 or box[3] <= 0:
        message = translate("AnimationCheck", "width and height must be positive")
        raise AnimationError(f"{where}.inset", message)
    return Circle(radius, (box[0], box[1], box[2], box[3]))


def _keyframe(
    raw: Any, where: str, previous: Keyframe | None, names: tuple[str, ...], muscles: Mapping
) -> Keyframe:
    table = _table(raw, where)
    _unknown(table, _KEYFRAME_KEYS, where)
    if "t" not in table:
        raise _missing(f"{where}.t")
    t = _number(table["t"], f"{where}.t", 0.0)
    ease = table.get("ease", "ease-in-out")
    if ease not in EASINGS:
        raise _one_of(f"{where}.ease", tuple(EASINGS))
    if "caption" in table or previous is None:
        caption = _text(table.get("caption"), f"{where}.caption")
    else:
        caption = previous.caption
    angles = dict(previous.angles) if previous else {}
    raw_angles = _table(table.get("angles", {}), f"{where}.angles")
    for name, value in raw_angles.items():
        if name not in names:
            raise AnimationError(
                f"{where}.angles.{name}", translate("AnimationCheck", "unknown joint")
            )
        limit = CIRCLE_LIMIT if name == CIRCLE else ANGLE_LIMIT
        angles[name] = _number(value, f"{where}.angles.{name}", -limit, limit)
    missing = [n for n in names if n not in angles]
    if missing:
        message = translate("AnimationCheck", "missing (the first keyframe sets all)")
        raise AnimationError(f"{where}.angles.{missing[0]}", message)
    if ease == "hold" and previous and any(angles[n] != previous.angles[n] for n in names):
        message = translate("AnimationCheck", "a hold keeps the previous pose; use another ease")
        raise AnimationError(f"{where}.angles", message)
    intensity = dict(previous.intensity) if previous else dict.fromkeys(muscles, 0.0)
    for name, value in _table(table.get("intensity", {}), f"{where}.intensity").items():
        if name not in muscles:
            message = translate("AnimationCheck", "not one of this animation's muscles")
            raise AnimationError(f"{where}.intensity.{name}", message)
        intensity[name] = _number(value, f"{where}.intensity.{name}", 0.0, 1.0)
    key = table.get("key")
    if key is not None and not isinstance(key, bool):
        raise AnimationError(f"{where}.key", translate("AnimationCheck", "expected true or false"))
    return Keyframe(t, ease, caption, angles, intensity, key)


def parse_animation(raw: dict[str, Any], where: str = "animation", name: str = "") -> Animation:
    """Validate an ``[animation]`` table and build the :class:`Animation` it describes.

    Raises :class:`AnimationError` naming the first bad field, e.g.
    ``animation.keyframes[2].angles.knee_near: expected a number, found text``.
    """
    table = _table(raw, where)
    _unknown(table, _TOP_KEYS, where)
    if "duration" not in table:
        raise _missing(f"{where}.duration")
    duration = _number(table["duration"], f"{where}.duration", *DURATION_RANGE)
    view = table.get("view", "side")
    if view not in VIEWS:
        raise _one_of(f"{where}.view", tuple(VIEWS))
    props_raw = table.get("props", [])
    if not isinstance(props_raw, list):
        message = translate("AnimationCheck", "expected a list of prop tables")
        raise AnimationError(f"{where}.props", message)
    props: list[Prop] = []
    for i, item in enumerate(props_raw):
        try:
            props.append(parse_prop(item))
        except PropError as error:
            suffix = f".{error.field}" if error.field else ""
            raise AnimationError(f"{where}.props[{i}]{suffix}", error.message) from None
    if "planted" not in table:
        raise _missing(f"{where}.planted")
    planted = _planted(table["planted"], f"{where}.planted")
    contacts = _contacts(table.get("contacts", []), f"{where}.contacts", planted)
    muscles = _muscles(table.get("muscles", {}), f"{where}.muscles")
    toes_flat = table.get("toes_flat", [])
    if not isinstance(toes_flat, list) or any(s not in SIDES for s in toes_flat):
        message = translate("AnimationCheck", 'expected a list of "near" / "far"')
        raise AnimationError(f"{where}.toes_flat", message)
    circle = None
    if view == "ankle-circle":
        if "circle" not in table:
            message = translate("AnimationCheck", "missing (needed by the ankle-circle view)")
            raise AnimationError(f"{where}.circle", message)
        circle = _circle(table["circle"], f"{where}.circle")
    elif "circle" in table:
        message = translate("AnimationCheck", 'only used with view = "ankle-circle"')
        raise AnimationError(f"{where}.circle", message)
    names = JOINTS + ((CIRCLE,) if circle else ())
    keyframes_raw = table.get("keyframes")
    if not isinstance(keyframes_raw, list) or len(keyframes_raw) < 2:
        message = translate("AnimationCheck", "expected at least two keyframes")
        raise AnimationError(f"{where}.keyframes", message)
    keyframes: list[Keyframe] = []
    for i, item in enumerate(keyframes_raw):
        at = f"{where}.keyframes[{i}]"
        frame = _keyframe(item, at, keyframes[-1] if keyframes else None, names, muscles)
        if i == 0 and frame.t != 0:
            message = translate("AnimationCheck", "the first keyframe must be at 0")
            raise AnimationError(f"{at}.t", message)
        if keyframes and frame.t <= keyframes[-1].t:
            message = translate("AnimationCheck", "keyframe times must increase")
            raise AnimationError(f"{at}.t", message)
        if frame.t >= duration:
            message = translate("AnimationCheck", "must be less than the duration (the loop wraps)")
            raise AnimationError(f"{at}.t", message)
        keyframes.append(frame)
    first, last = keyframes[0], keyframes[-1]
    if first.ease == "hold" and any(first.angles[n] != last.angles[n] for n in names):
        message = translate("AnimationCheck", "a hold into the loop start would jump")
        raise AnimationError(f"{where}.keyframes[0].ease", message)
    return Animation(
        duration=duration,
        keyframes=tuple(keyframes),
        planted=planted,
        contacts=contacts,
        props=tuple(props),
        muscles=muscles,
        view=view,
        circle=circle,
        toes_flat=tuple(toes_flat),
        name=name,
    )
