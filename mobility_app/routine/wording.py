"""Every text the player shows a person, kept in one place so it can be translated later."""

from __future__ import annotations

from typing import Literal

# Whole sentences with named placeholders, so a translator can reorder the parts. The Qt
# layer may pass these through QCoreApplication.translate("Routine", ...) before formatting.

Side = Literal["left", "right"]
UnitKind = Literal["hold", "rep", "bout"]

SIDE_NAMES: dict[str, str] = {"left": "left leg", "right": "right leg"}

# The phase line of the player: get ready / hold / rest / switch side.
TITLE_READY = "Get ready"
TITLE_REST = "Rest"
TITLE_SWITCH = "Switch side"
WORK_TITLES: dict[str, str] = {"hold": "Hold", "bout": "Keep going", "rep": "Follow the count"}

READY = "Get into position for {name}"
READY_SIDE = "Get into position for {name}, {side} first"
SWITCH = "Switch to the {side}"
REST_BETWEEN = "Relax and breathe"
REST_BEFORE_SET = "Rest before set {set_number} of {set_count}"
WORK_CAPTIONS: dict[str, str] = {
    "hold": "Stay still and breathe",
    "bout": "Keep the movement going",
    "rep": "Follow the count",
}

NEXT_EXERCISE = "Next: {name}"
NEXT_EXERCISE_SIDE = "Next: {name}, {side}"
NEXT_HOLD = "Next: hold {number} of {count}, {seconds}"
NEXT_BOUT = "Next: round {number} of {count}, {seconds}"
NEXT_LABEL = "Next: {label}, {seconds}"
NEXT_REP = "Next: rep {number} of {count}"
NEXT_REST = "Next: rest {seconds}"
NEXT_SWITCH = "Next: switch to the {side}"
NEXT_DONE = "Next: you are done"

SECONDS = "{seconds} s"


def seconds_text(seconds: float) -> str:
    """'30 s', '0.5 s': whole seconds without a decimal point."""
    value = f"{seconds:g}" if seconds != round(seconds) else str(round(seconds))
    return SECONDS.format(seconds=value)


def side_name(side: Side) -> str:
    return SIDE_NAMES[side]


def ready_caption(name: str, side: Side | None) -> str:
    if side is None:
        return READY.format(name=name)
    return READY_SIDE.format(name=name, side=side_name(side))


def switch_caption(side: Side) -> str:
    """'Switch to the right leg'."""
    return SWITCH.format(side=side_name(side))


def rest_caption(set_number: int, set_count: int, between_sets: bool) -> str:
    if between_sets:
        return REST_BEFORE_SET.format(set_number=set_number, set_count=set_count)
    return REST_BETWEEN


def work_title(unit: UnitKind) -> str:
    return WORK_TITLES[unit]


def work_caption(unit: UnitKind, label: str) -> str:
    """A label ('Clockwise') says more than the generic instruction, so it wins."""
    return label or WORK_CAPTIONS[unit]


def next_exercise(name: str, side: Side | None) -> str:
    if side is None:
        return NEXT_EXERCISE.format(name=name)
    return NEXT_EXERCISE_SIDE.format(name=name, side=side_name(side))


def next_work(unit: UnitKind, number: int, count: int, seconds: float, label: str) -> str:
    if unit == "rep":
        return NEXT_REP.format(number=number, count=count)
    if label:
        return NEXT_LABEL.format(label=label, seconds=seconds_text(seconds))
    template = NEXT_HOLD if unit == "hold" else NEXT_BOUT
    return template.format(number=number, count=count, seconds=seconds_text(seconds))


def next_rest(seconds: float) -> str:
    return NEXT_REST.format(seconds=seconds_text(seconds))


def next_switch(side: Side) -> str:
    return NEXT_SWITCH.format(side=side_name(side))
