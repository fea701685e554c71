"""A routine as one flat timeline of steps: get ready, work, rest and switch side."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from mobility_app.catalog import Dose, Entry
from mobility_app.catalog.model import READY_SECONDS, SWITCH_SECONDS
from mobility_app.routine import wording
from mobility_app.routine.wording import Side, UnitKind

StepKind = Literal["ready", "work", "rest", "switch"]
CueKind = Literal["ready", "tick", "start", "phase", "halfway", "end", "rest", "switch_side"]

_UNITS: dict[str, UnitKind] = {"hold": "hold", "timed": "bout", "reps": "rep"}


@dataclass(frozen=True)
class RoutineItem:
    """One exercise of a routine, with the dose to run (the catalogue's unless overridden)."""

    entry: Entry
    dose: Dose | None = None

    @property
    def effective_dose(self) -> Dose:
        dose = self.dose or self.entry.dose
        if dose is None:
            raise ValueError(f"'{self.entry.id}' has no dose, so it cannot be part of a routine")
        return dose


@dataclass(frozen=True)
class PlanOptions:
    """Lengths of the steps the catalogue does not give; 0 leaves a step out."""

    ready_seconds: float = READY_SECONDS
    # The switch step is the get-ready for the second side too, so it is a little longer.
    switch_seconds: float = SWITCH_SECONDS
    countdown_ticks: int = 3
    halfway_cue: bool = True


@dataclass(frozen=True)
class SubPhase:
    """One tempo phase of a paced repetition, placed inside its step."""

    action: str
    offset: float  # seconds from the step's start
    seconds: float

    @property
    def end(self) -> float:
        return self.offset + self.seconds


@dataclass(frozen=True)
class Cue:
    """Something to signal at a fixed point of a step (a sound, a spoken word)."""

    kind: CueKind
    offset: float  # seconds from the step's start; the step's duration means its end
    count: int = 0  # 3, 2, 1 for ticks
    caption: str = ""


@dataclass(frozen=True)
class Step:
    """One step of the timeline.

    For ready, rest and switch steps, side, set and unit describe the work that comes next.
    """

    index: int
    kind: StepKind
    position: int  # index of the routine item this step belongs to
    exercise_id: str
    exercise_name: str
    side: Side | None
    set_number: int
    set_count: int
    unit: UnitKind
    unit_number: int
    unit_count: int
    label: str
    start: float  # planned offset from the routine's start, in seconds
    duration: float
    # The phase line, as its English source ("Get ready", "Hold", "Rest", "Switch side"):
    # shown through translate("Routine", title).
    title: str
    caption: str  # what to do, in the interface's language: "Switch to the right leg"
    next_text: str  # what comes next, in the interface's language: "Next: rest 15 s"
    sub_phases: tuple[SubPhase, ...] = ()
    cues: tuple[Cue, ...] = ()

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def is_work(self) -> bool:
        return self.kind == "work"

    def sub_phase_index(self, elapsed: float) -> int | None:
        """The tempo phase at `elapsed` seconds into the step, or None without a tempo."""
        for index, phase in enumerate(self.sub_phases):
            if elapsed < phase.end:
                return index
        return len(self.sub_phases) - 1 if self.sub_phases else None


@dataclass(frozen=True)
class Plan:
    """The whole routine; steps follow each other with no gaps, from offset 0."""

    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> float:
        # Each start is the previous start plus its duration, so this is the running sum.
        return self.steps[-1].end

    @property
    def work_steps(self) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.is_work)

    def previous_work_index(self, index: int) -> int | None:
        """The index of the last work step before `index`, if any."""
        for candidate in range(index - 1, -1, -1):
            if self.steps[candidate].is_work:
                return candidate
        return None

    def __len__(self) -> int:
        return len(self.steps)


def default_routine(entries: Iterable[Entry]) -> list[RoutineItem]:
    """Every exercise with a dose, in the given (catalogue) order; tests are not exercises."""
    return [RoutineItem(entry) for entry in entries if not entry.is_test and entry.dose]


def _countdown(duration: float, ticks: int) -> list[Cue]:
    # A tick at or before the step's start would be heard as part of the previous step.
    return [Cue("tick", duration - n, n) for n in range(ticks, 0, -1) if duration - n > 0]


def _work_cues(unit: UnitKind, duration: float, caption: str, options: PlanOptions) -> list[Cue]:
    cues = [Cue("start", 0.0, caption=caption)]
    if unit != "rep":
        if options.halfway_cue:
            cues.append(Cue("halfway", duration / 2))
        # Paced reps get no countdown: a 3-2-1 every few seconds would drown the tempo cues.
        cues += _countdown(duration, options.countdown_ticks)
    cues.append(Cue("end", duration))
    return sorted(cues, key=lambda cue: cue.offset)  # stable: equal offsets keep this order


@dataclass(frozen=True)
class _Place:
    """Where in an item a step sits: the fields every step of one side shares, plus numbers."""

    position: int
    entry: Entry
    side: Side | None
    set_count: int
    unit: UnitKind
    unit_count: int
    set_number: int = 1
    unit_number: int = 1
    label: str = ""


class _Builder:
    """Collects the steps of one routine in order; offsets and next-texts are filled at the end."""

    def __init__(self, options: PlanOptions) -> None:
        self.options = options
        self.steps: list[Step] = []

    def add(
        self,
        kind: StepKind,
        seconds: float,
        place: _Place,
        title: str,
        caption: str,
        cues: Sequence[Cue],
        sub_phases: tuple[SubPhase, ...] = (),
    ) -> None:
        if seconds <= 0:
            return  # an option of 0 s leaves the step out
        self.steps.append(
            Step(
                index=0,
                kind=kind,
                position=place.position,
                exercise_id=place.entry.id,
                exercise_name=place.entry.name,
                side=place.side,
                set_number=place.set_number,
                set_count=place.set_count,
                unit=place.unit,
                unit_number=place.unit_number,
                unit_count=place.unit_count,
                label=place.label,
                start=0.0,
                duration=float(seconds),
                title=title,
                caption=caption,
                next_text="",
                sub_phases=sub_phases,
                cues=tuple(cues),
            )
        )

    def item(self, position: int, item: RoutineItem) -> None:
        dose = item.effective_dose
        unit = _UNITS[dose.kind]
        work_seconds = dose.rep_seconds if unit == "rep" else float(dose.seconds or 0)
        if work_seconds <= 0:
            raise ValueError(f"'{item.entry.id}': a {dose.kind} dose needs a length")
        sides: tuple[Side | None, ...] = ("left", "right") if dose.per_side else (None,)
        ticks = self.options.countdown_ticks
        for side in sides:
            side_place = _Place(position, item.entry, side, dose.sets, unit, dose.reps)
            first = replace(side_place, label=_label(dose, 1))
            if side == "right":
                seconds = self.options.switch_seconds
                caption = wording.switch_caption(side)
                cues = [Cue("switch_side", 0.0, caption=caption), *_countdown(seconds, ticks)]
                self.add("switch", seconds, first, wording.TITLE_SWITCH, caption, cues)
            else:
                seconds = self.options.ready_seconds
                caption = wording.ready_caption(item.entry.name, side)
                cues = [Cue("ready", 0.0, caption=caption), *_countdown(seconds, ticks)]
                self.add("ready", seconds, first, wording.TITLE_READY, caption, cues)
            for set_number in range(1, dose.sets + 1):
                for unit_number in range(1, dose.reps + 1):
                    place = replace(
                        side_place,
                        set_number=set_number,
                        unit_number=unit_number,
                        label=_label(dose, unit_number),
                    )
                    # Paced reps flow into each other, so they rest only between sets.
                    new_set = set_number > 1 and unit_number == 1
                    if new_set or (unit != "rep" and unit_number > 1):
                        seconds = float(dose.rest_seconds)
                        caption = wording.rest_caption(set_number, dose.sets, new_set)
                        cues = [Cue("rest", 0.0), *_countdown(seconds, ticks)]
                        self.add("rest", seconds, place, wording.TITLE_REST, caption, cues)
                    self._work(dose, work_seconds, place)

    def _work(self, dose: Dose, seconds: float, place: _Place) -> None:
        phases: list[SubPhase] = []
        offset = 0.0
        for phase in dose.tempo if place.unit == "rep" else ():
            phases.append(SubPhase(phase.action, offset, float(phase.seconds)))
            offset += phase.seconds
        caption = phases[0].action if phases else wording.work_caption(place.unit, place.label)
        cues = _work_cues(place.unit, seconds, caption, self.options)
        cues += [Cue("phase", phase.offset, caption=phase.action) for phase in phases[1:]]
        cues.sort(key=lambda cue: cue.offset)  # stable: at equal offsets, phase after start
        title = wording.work_title(place.unit)
        self.add("work", seconds, place, title, caption, cues, tuple(phases))

    def finish(self) -> Plan:
        placed: list[Step] = []
        start = 0.0
        for index, step in enumerate(self.steps):
            following = self.steps[index + 1] if index + 1 < len(self.steps) else None
            placed.append(replace(step, index=index, start=start, next_text=_next_text(following)))
            start = start + step.duration
        return Plan(tuple(placed))


def _label(dose: Dose, unit_number: int) -> str:
    return dose.labels[unit_number - 1] if len(dose.labels) >= unit_number else ""


def _next_text(step: Step | None) -> str:
    if step is None:
        return wording.next_done()
    if step.kind == "ready":
        return wording.next_exercise(step.exercise_name, step.side)
    if step.kind == "rest":
        return wording.next_rest(step.duration)
    if step.kind == "switch":
        assert step.side is not None  # switch steps always name the side
        return wording.next_switch(step.side)
    return wording.next_work(
        step.unit, step.unit_number, step.unit_count, step.duration, step.label
    )


def build_plan(items: Sequence[RoutineItem], options: PlanOptions | None = None) -> Plan:
    """Lay the items out on one timeline.

    Per item: a get-ready step, then for each side every set's units (holds, bouts or paced
    reps) with rests between holds and bouts and between sets, but none after the last unit;
    a per-side dose does all of the left side, a switch step (which is also the get-ready for
    the right side), then all of the right side.
    """
    if not items:
        raise ValueError("a routine needs at least one exercise")
    builder = _Builder(options or PlanOptions())
    for position, item in enumerate(items):
        builder.item(position, item)
    return builder.finish()
