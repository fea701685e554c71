"""The short guided hold a kiosk visitor tries: one effort of the exercise's dose, capped (pure)."""

from __future__ import annotations

import math
from dataclasses import replace

from mobility_app.catalog import Dose, Entry
from mobility_app.routine import PlanOptions, RoutineItem

# A visitor is standing in a waiting room: a short get-ready, and the usual switch of sides.
SAMPLER_OPTIONS = PlanOptions(ready_seconds=5.0, switch_seconds=8.0)


def sampler_dose(dose: Dose, cap_seconds: float) -> Dose:
    """One hold, bout or set of paced reps, each side, lasting at most `cap_seconds` a side.

    Both sides are kept for a per-side exercise: teaching one leg only would teach a habit
    the full routine does not have.
    """
    if cap_seconds <= 0:
        raise ValueError("the cap must be positive")
    if dose.kind == "reps":
        rep = dose.rep_seconds
        reps = max(1, min(dose.reps, math.floor(cap_seconds / rep))) if rep > 0 else 1
        return replace(dose, reps=reps, sets=1, rest_seconds=0, note="", labels=dose.labels[:reps])
    seconds = min(dose.seconds or 0, math.floor(cap_seconds))
    return replace(
        dose, seconds=seconds, reps=1, sets=1, rest_seconds=0, note="", labels=dose.labels[:1]
    )


def sampler_item(entry: Entry, cap_seconds: float) -> RoutineItem:
    """The routine of one item the kiosk's player runs for `entry`."""
    if entry.dose is None:
        raise ValueError(f"'{entry.id}' has no dose, so it has no guided hold")
    return RoutineItem(entry, sampler_dose(entry.dose, cap_seconds))


def sampler_work_seconds(entry: Entry, cap_seconds: float) -> float:
    """Seconds of effort on one side, for the Start button's wording."""
    return sampler_item(entry, cap_seconds).effective_dose.work_seconds()
