"""Builders shared by the routine tests: entries with any dose, and a plan written as codes."""

from __future__ import annotations

from mobility_app.catalog import Dose, Entry, TempoPhase
from mobility_app.routine import Plan, RoutineItem, Step


def entry(entry_id: str, dose: Dose, name: str = "") -> Entry:
    """A catalogue entry with only what the planner reads filled in."""
    return Entry(
        id=entry_id,
        kind="exercise",
        name=name or entry_id.replace("-", " ").capitalize(),
        summary="",
        purpose="",
        targets=(),
        equipment=(),
        steps=(),
        cues=(),
        mistakes=(),
        safety=(),
        sources=(),
        dose=dose,
    )


def hold(
    seconds: float, reps: int = 1, *, sets: int = 1, per_side: bool = False, rest: float = 0
) -> Dose:
    # Seconds may be fractional here (the loader allows whole seconds only) to keep tests fast.
    return Dose("hold", reps, sets, per_side, rest, "", seconds=seconds)


def paced(
    *phases: float, reps: int = 1, sets: int = 1, per_side: bool = False, rest: float = 0
) -> Dose:
    tempo = tuple(TempoPhase(f"Phase {n + 1}", s) for n, s in enumerate(phases))
    return Dose("reps", reps, sets, per_side, rest, "", tempo=tempo)


def item(dose: Dose, entry_id: str = "x") -> RoutineItem:
    return RoutineItem(entry(entry_id, dose))


def code(step: Step) -> str:
    """R5 ready, S8 switch, r15 rest, H30 hold, B25 bout, p6 paced rep."""
    letter = {"ready": "R", "switch": "S", "rest": "r"}.get(step.kind)
    if letter is None:
        letter = {"hold": "H", "bout": "B", "rep": "p"}[step.unit]
    return f"{letter}{step.duration:g}"


def shape(plan: Plan) -> str:
    return " ".join(code(step) for step in plan.steps)
