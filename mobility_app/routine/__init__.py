"""Routine timing: the plan of steps, the runner state machine and its log (pure, no Qt)."""

from mobility_app.routine.clock import DEFAULT_CLOCK, Clock, ManualClock
from mobility_app.routine.log import SetRecord, Status, StepRecord, Summary
from mobility_app.routine.plan import (
    Cue,
    Plan,
    PlanOptions,
    RoutineItem,
    Step,
    SubPhase,
    build_plan,
    default_routine,
)
from mobility_app.routine.runner import BACK_RESTART_AFTER, Event, RoutineRunner, Snapshot

__all__ = [
    "BACK_RESTART_AFTER",
    "DEFAULT_CLOCK",
    "Clock",
    "Cue",
    "Event",
    "ManualClock",
    "Plan",
    "PlanOptions",
    "RoutineItem",
    "RoutineRunner",
    "SetRecord",
    "Snapshot",
    "Status",
    "Step",
    "StepRecord",
    "SubPhase",
    "Summary",
    "build_plan",
    "default_routine",
]
