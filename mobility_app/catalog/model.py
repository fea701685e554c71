"""Plain data classes for catalogue entries: exercises, their doses, and tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

DoseKind = Literal["hold", "reps", "timed"]

# The player's own steps, which no exercise file gives: a get-ready before each exercise and
# a switch step between sides (which is the second side's get-ready too, so a little longer).
READY_SECONDS = 5.0
SWITCH_SECONDS = 8.0
EntryKind = Literal["exercise", "test"]


@dataclass(frozen=True)
class TempoPhase:
    """One phase of a paced repetition, e.g. "Lower slowly" for 3 s."""

    action: str
    seconds: float


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do, as the player will run it."""

    kind: DoseKind
    reps: int
    sets: int
    per_side: bool
    rest_seconds: int
    note: str
    seconds: int | None = None
    labels: tuple[str, ...] = ()
    tempo: tuple[TempoPhase, ...] = ()

    @property
    def rep_seconds(self) -> float:
        """Length of one paced repetition (reps kind), or 0."""
        return sum(phase.seconds for phase in self.tempo)

    def work_seconds(self) -> float:
        """Time under work for one side, rests excluded."""
        per_unit = self.rep_seconds if self.kind == "reps" else float(self.seconds or 0)
        return per_unit * self.reps * self.sets

    def total_seconds(
        self, ready_seconds: float = READY_SECONDS, switch_seconds: float = SWITCH_SECONDS
    ) -> float:
        """Planned time for the whole dose as the player runs it: get ready, every side,
        rests between holds and bouts (between sets only, for paced reps), switching sides.

        The routine plan builds the same timeline step by step; a test holds them equal.
        """
        units = self.reps * self.sets
        # Paced reps flow into each other, so rest comes only between sets.
        rests = self.sets - 1 if self.kind == "reps" else units - 1
        one_side = self.work_seconds() + rests * self.rest_seconds
        if not self.per_side:
            return ready_seconds + one_side
        return ready_seconds + one_side + switch_seconds + one_side


@dataclass(frozen=True)
class TestProtocol:
    """How a measurement test is run."""

    trials_per_side: int
    note: str


@dataclass(frozen=True)
class Entry:
    """One catalogue entry: an exercise (with a dose) or a test (with a protocol)."""

    id: str
    kind: EntryKind
    name: str
    summary: str
    purpose: str
    targets: tuple[str, ...]
    equipment: tuple[str, ...]
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    safety: tuple[str, ...]
    sources: tuple[str, ...]
    dose: Dose | None = None
    test: TestProtocol | None = None
    # The raw [animation] table; the motion package validates and interprets it.
    animation: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    path: Path | None = field(default=None, compare=False)
    custom: bool = False

    @property
    def is_test(self) -> bool:
        return self.kind == "test"
