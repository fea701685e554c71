"""What a run of a routine did: one record per work step, per set, and a summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from mobility_app.routine.plan import Plan
from mobility_app.routine.wording import Side

Outcome = Literal["completed", "skipped", "stopped"]


class Status(Enum):
    """Where a run is. Finished means the plan ran to its end; stopped means it was ended early."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def active(self) -> bool:
        return self in (Status.RUNNING, Status.PAUSED)

    @property
    def ended(self) -> bool:
        return self in (Status.FINISHED, Status.STOPPED)


@dataclass(frozen=True)
class StepRecord:
    """How one work step (a hold, a bout or one paced rep) went, the last time it was run."""

    step_index: int
    position: int
    exercise_id: str
    side: Side | None
    set_number: int
    unit_number: int
    label: str
    planned_seconds: float
    done_seconds: float
    outcome: Outcome
    ended_at: float  # clock time


@dataclass(frozen=True)
class SetRecord:
    """One set of one exercise on one side: the grain of storage.sessions.SessionItem."""

    position: int
    exercise_id: str
    side: Side | None
    set_number: int
    planned_seconds: float  # the set's whole planned work, reached or not
    done_seconds: float
    completed_units: int
    unit_count: int
    skipped: bool  # not one unit of the set was completed
    ended_at: float  # clock time of its last record


@dataclass(frozen=True)
class Summary:
    """The end screen: what was done and skipped, and the time spent."""

    status: Status
    planned_seconds: float  # the plan's total
    total_seconds: float  # from start to finish or stop, pauses included
    active_seconds: float  # time spent in work steps, repeats (after back) included
    paused_seconds: float
    done_count: int  # work steps completed
    skipped_count: int
    stopped_count: int  # 1 if a work step was cut short by stop
    records: tuple[StepRecord, ...]
    sets: tuple[SetRecord, ...]


def set_records(plan: Plan, records: Sequence[StepRecord]) -> tuple[SetRecord, ...]:
    """Group step records into sets, in timeline order; sets never reached are left out."""
    planned: dict[tuple[int, Side | None, int], float] = {}
    unit_counts: dict[tuple[int, Side | None, int], int] = {}
    for step in plan.work_steps:
        key = (step.position, step.side, step.set_number)
        planned[key] = planned.get(key, 0.0) + step.duration
        unit_counts[key] = step.unit_count
    groups: dict[tuple[int, Side | None, int], list[StepRecord]] = {}
    for record in sorted(records, key=lambda r: r.step_index):
        groups.setdefault((record.position, record.side, record.set_number), []).append(record)
    result = []
    for key, group in groups.items():
        completed = sum(1 for record in group if record.outcome == "completed")
        result.append(
            SetRecord(
                position=key[0],
                exercise_id=group[0].exercise_id,
                side=key[1],
                set_number=key[2],
                planned_seconds=planned[key],
                done_seconds=sum(record.done_seconds for record in group),
                completed_units=completed,
                unit_count=unit_counts[key],
                skipped=completed == 0,
                ended_at=max(record.ended_at for record in group),
            )
        )
    return tuple(result)
