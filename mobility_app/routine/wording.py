"""Every text the player shows a person, kept in one place and translated (context "Routine").

Captions and next-texts are whole sentences, translated when the plan is built. A step's
title stays the English source (marked here with QT_TRANSLATE_NOOP) and is translated where
it is shown: ``translate("Routine", step.title)``.
"""

from __future__ import annotations

from typing import Literal

from mobility_app.i18n import QT_TRANSLATE_NOOP, fill, translate
from mobility_app.i18n import number as number_text

Side = Literal["left", "right"]
UnitKind = Literal["hold", "rep", "bout"]

# The phase line of the player: get ready / hold / rest / switch side.
TITLE_READY = QT_TRANSLATE_NOOP("Routine", "Get ready")
TITLE_REST = QT_TRANSLATE_NOOP("Routine", "Rest")
TITLE_SWITCH = QT_TRANSLATE_NOOP("Routine", "Switch side")
WORK_TITLES: dict[str, str] = {
    "hold": QT_TRANSLATE_NOOP("Routine", "Hold"),
    "bout": QT_TRANSLATE_NOOP("Routine", "Keep going"),
    "rep": QT_TRANSLATE_NOOP("Routine", "Follow the count"),
}
WORK_CAPTIONS: dict[str, str] = {
    "hold": QT_TRANSLATE_NOOP("Routine", "Stay still and breathe"),
    "bout": QT_TRANSLATE_NOOP("Routine", "Keep the movement going"),
    "rep": QT_TRANSLATE_NOOP("Routine", "Follow the count"),
}


def seconds_text(seconds: float) -> str:
    """'30 s', '0.5 s': whole seconds without a decimal point."""
    value = number_text(seconds) if seconds != round(seconds) else str(round(seconds))
    return fill(translate("Routine", "%1 s"), value)


def ready_caption(name: str, side: Side | None) -> str:
    if side is None:
        return fill(translate("Routine", "Get into position for %1"), name)
    if side == "left":
        return fill(translate("Routine", "Get into position for %1, left leg first"), name)
    return fill(translate("Routine", "Get into position for %1, right leg first"), name)


def switch_caption(side: Side) -> str:
    """'Switch to the right leg'."""
    if side == "left":
        return translate("Routine", "Switch to the left leg")
    return translate("Routine", "Switch to the right leg")


def rest_caption(set_number: int, set_count: int, between_sets: bool) -> str:
    if between_sets:
        return fill(translate("Routine", "Rest before set %1 of %2"), set_number, set_count)
    return translate("Routine", "Relax and breathe")


def work_title(unit: UnitKind) -> str:
    """The English source of the phase line; translate("Routine", ...) where it is shown."""
    return WORK_TITLES[unit]


def work_caption(unit: UnitKind, label: str) -> str:
    """A label ('Clockwise') says more than the generic instruction, so it wins."""
    return label or translate("Routine", WORK_CAPTIONS[unit])


def next_exercise(name: str, side: Side | None) -> str:
    if side is None:
        return fill(translate("Routine", "Next: %1"), name)
    if side == "left":
        return fill(translate("Routine", "Next: %1, left leg"), name)
    return fill(translate("Routine", "Next: %1, right leg"), name)


def next_work(unit: UnitKind, number: int, count: int, seconds: float, label: str) -> str:
    if unit == "rep":
        return fill(translate("Routine", "Next: rep %1 of %2"), number, count)
    if label:
        return fill(translate("Routine", "Next: %1, %2"), label, seconds_text(seconds))
    if unit == "hold":
        template = translate("Routine", "Next: hold %1 of %2, %3")
    else:
        template = translate("Routine", "Next: round %1 of %2, %3")
    return fill(template, number, count, seconds_text(seconds))


def next_rest(seconds: float) -> str:
    return fill(translate("Routine", "Next: rest %1"), seconds_text(seconds))


def next_switch(side: Side) -> str:
    if side == "left":
        return translate("Routine", "Next: switch to the left leg")
    return translate("Routine", "Next: switch to the right leg")


def next_done() -> str:
    return translate("Routine", "Next: you are done")
