"""Human wording for doses and durations, in the interface's language."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QObject

from mobility_app.catalog import Dose, Entry
from mobility_app.i18n import fill, number, translate


class DoseText(QObject):
    """The translation context of this module's texts.

    Texts with a count are looked up as ``DoseText.tr("%n reps", "", count)``: lupdate marks a
    class's tr() call as plural whatever the count expression, while it reads the count of a
    translate() call only when it is a literal number (a name passed there is taken for Qt 4's
    encoding argument, and an attribute drops the call), and a text not marked plural shows in
    English for every count but one.
    """


def duration_text(seconds: float) -> str:
    """'45 s', '3 min', '1 h 5 min': rounded to what a person would say."""
    if seconds < 90:
        return fill(translate("DoseText", "%1 s"), round(seconds))
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return fill(translate("DoseText", "%1 min"), minutes)
    return fill(translate("DoseText", "%1 h %2 min"), minutes // 60, minutes % 60)


def dose_summary(dose: Dose) -> str:
    """One line: '3 × 30 s hold', '2 sets × 12 reps', '2 × 25 s'."""
    if dose.kind == "reps":
        reps = DoseText.tr("%n reps", "", dose.reps)
        if dose.sets == 1:
            return reps
        sets = DoseText.tr("%n sets", "", dose.sets)
        return fill(translate("DoseText", "%1 × %2"), sets, reps)
    amount = f"{dose.reps * dose.sets} × {duration_text(dose.seconds or 0)}"
    if dose.kind == "hold":
        return fill(translate("DoseText", "%1 hold"), amount)
    return amount


def side_text(dose: Dose) -> str:
    return (
        translate("DoseText", "each leg")
        if dose.per_side
        else translate("DoseText", "both legs together")
    )


def entry_dose_line(entry: Entry) -> str:
    """The dose at a glance for a library card."""
    if entry.dose is not None:
        parts = [dose_summary(entry.dose)]
        if entry.dose.per_side:
            parts.append(side_text(entry.dose))
        about = translate("DoseText", "about %1")
        parts.append(fill(about, duration_text(entry.dose.total_seconds())))
        return " · ".join(parts)
    if entry.test is not None:
        return DoseText.tr("%n trials per leg", "", entry.test.trials_per_side)
    return ""


def rest_text(dose: Dose) -> str:
    if dose.rest_seconds == 0:
        return translate("DoseText", "No rest needed")
    return fill(translate("DoseText", "%1 rest between efforts"), duration_text(dose.rest_seconds))


def _seconds_number(seconds: float) -> str:
    """'3', '1.5' (with the locale's decimal point): as few digits as the value needs."""
    return number(seconds, QLocale().decimalPoint())


def tempo_text(dose: Dose) -> str:
    """One line per phase of a paced repetition: 'Lower slowly: 3 s'."""
    line = translate("DoseText", "%1: %2 s", "a phase of a repetition and its length in seconds")
    return "\n".join(
        fill(line, phase.action, _seconds_number(phase.seconds)) for phase in dose.tempo
    )


def kind_text(entry: Entry) -> str:
    """What sort of effort an entry asks for, as a short tag."""
    if entry.dose is None:
        return translate("DoseText", "Mobility test")
    return {
        "hold": translate("DoseText", "Held stretch"),
        "reps": translate("DoseText", "Paced repetitions"),
        "timed": translate("DoseText", "Continuous movement"),
    }[entry.dose.kind]
