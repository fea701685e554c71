"""Human wording for doses and durations, in the interface's language."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from mobility_app.catalog import Dose, Entry


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Dose", text, disambiguation, n)


def duration_text(seconds: float) -> str:
    """'45 s', '3 min', '1 h 5 min': rounded to what a person would say."""
    if seconds < 90:
        return _tr("%1 s").replace("%1", str(round(seconds)))
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return _tr("%1 min").replace("%1", str(minutes))
    return _tr("%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60))


def dose_summary(dose: Dose) -> str:
    """One line: '3 × 30 s hold', '2 sets × 12 reps', '2 × 25 s'."""
    if dose.kind == "reps":
        if dose.sets == 1:
            return _tr("%n reps", None, dose.reps)
        return _tr("%n sets", None, dose.sets) + " × " + _tr("%n reps", None, dose.reps)
    amount = f"{dose.reps * dose.sets} × {duration_text(dose.seconds or 0)}"
    if dose.kind == "hold":
        return _tr("%1 hold").replace("%1", amount)
    return amount


def side_text(dose: Dose) -> str:
    return _tr("each leg") if dose.per_side else _tr("both legs together")


def entry_dose_line(entry: Entry) -> str:
    """The dose at a glance for a library card."""
    if entry.dose is not None:
        parts = [dose_summary(entry.dose)]
        if entry.dose.per_side:
            parts.append(side_text(entry.dose))
        parts.append(_tr("about %1").replace("%1", duration_text(entry.dose.total_seconds())))
        return " · ".join(parts)
    if entry.test is not None:
        return _tr("%n trials per leg", None, entry.test.trials_per_side)
    return ""


def rest_text(dose: Dose) -> str:
    if dose.rest_seconds == 0:
        return _tr("No rest needed")
    return _tr("%1 rest between efforts").replace("%1", duration_text(dose.rest_seconds))


def tempo_text(dose: Dose) -> str:
    """One line per phase of a paced repetition: 'Lower slowly: 3 s'."""
    return "\n".join(f"{phase.action}: {phase.seconds:g} s" for phase in dose.tempo)


def kind_text(entry: Entry) -> str:
    """What sort of effort an entry asks for, as a short tag."""
    if entry.dose is None:
        return _tr("Mobility test")
    return {
        "hold": _tr("Held stretch"),
        "reps": _tr("Paced repetitions"),
        "timed": _tr("Continuous movement"),
    }[entry.dose.kind]
