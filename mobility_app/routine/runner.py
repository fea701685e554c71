"""The routine player as a pure state machine: every time is read from an injected clock.

Each step's deadline is `anchor + step.end + paused_total + shift`, where `shift` sums what
skip() cut and back() repeated. Nothing is ever accumulated from polls, so a late poll (an
event-loop stall) delays only when a change is noticed, never when later steps end: a
tick-counting countdown ran 0.9 s late after five 200 ms stalls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mobility_app.routine.clock import DEFAULT_CLOCK, Clock
from mobility_app.routine.log import Outcome, Status, StepRecord, Summary, set_records
from mobility_app.routine.plan import Cue, CueKind, Plan, Step, SubPhase

EventKind = CueKind | Literal["finished"]

# Pressing back later than this into a step restarts it; sooner goes to the previous work,
# as a media player does: a quick second press means "the one before".
BACK_RESTART_AFTER = 2.0


@dataclass(frozen=True)
class Event:
    """A cue that became due, with the exact clock time it was due at."""

    kind: EventKind
    due: float
    step_index: int
    count: int = 0  # 3, 2, 1 for ticks
    caption: str = ""


@dataclass(frozen=True)
class _Timed:
    """A cue placed on the plan's timeline (seconds from the routine's start)."""

    at: float
    step_index: int
    cue: Cue


@dataclass(frozen=True)
class Snapshot:
    """What the player shows at one moment; a value, so the UI cannot change the run."""

    status: Status
    time: float  # the clock reading it was taken at
    index: int
    step: Step
    step_count: int
    elapsed: float  # seconds into the step
    remaining: float  # seconds left in the step: deadline - clock() while running
    fraction: float  # of the step done, 0..1
    sub_phase_index: int | None
    sub_phase: SubPhase | None  # the tempo phase of a paced rep
    sub_phase_remaining: float
    position: float  # seconds into the plan's timeline
    total_remaining: float

    @property
    def caption(self) -> str:
        """The instruction for right now: the tempo phase's action for a paced rep."""
        return self.sub_phase.action if self.sub_phase else self.step.caption

    @property
    def next_text(self) -> str:
        return self.step.next_text


class RoutineRunner:
    """Runs a plan against a clock; the caller polls it and acts on the events it returns."""

    def __init__(self, plan: Plan, clock: Clock = DEFAULT_CLOCK) -> None:
        self._plan = plan
        self._clock = clock
        self._timed = tuple(
            _Timed(step.start + cue.offset, step.index, cue)
            for step in plan.steps
            for cue in step.cues
        )
        # For each step index, where its cues begin in _timed (skip and back jump there).
        self._first_cue = [0] * (len(plan.steps) + 1)
        for position in range(len(self._timed) - 1, -1, -1):
            self._first_cue[self._timed[position].step_index] = position
        self._first_cue[len(plan.steps)] = len(self._timed)
        for index in range(len(plan.steps) - 1, -1, -1):
            if not plan.steps[index].cues:
                self._first_cue[index] = self._first_cue[index + 1]
        self._status = Status.IDLE
        self._index = 0
        self._cursor = 0
        self._anchor = 0.0
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._shift = 0.0
        self._ended_at: float | None = None
        self._stopped_position = 0.0
        self._active = 0.0
        self._records: dict[int, StepRecord] = {}
        self._pending: list[Event] = []

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def status(self) -> Status:
        return self._status

    @property
    def started_at(self) -> float | None:
        return None if self._status is Status.IDLE else self._anchor

    @property
    def ended_at(self) -> float | None:
        """Clock time of the finish (exactly the last deadline) or of the stop."""
        return self._ended_at

    @property
    def log(self) -> tuple[StepRecord, ...]:
        """One record per work step reached, in timeline order."""
        return tuple(self._records[index] for index in sorted(self._records))

    # Commands

    def start(self) -> None:
        if self._status is not Status.IDLE:
            raise RuntimeError(f"a routine starts once; this one is {self._status.value}")
        self._anchor = self._clock()
        self._status = Status.RUNNING

    def pause(self) -> None:
        now = self._clock()
        self._advance(now)  # what fell due before the pause is due at its own time
        if self._status is Status.RUNNING:
            self._paused_at = now
            self._status = Status.PAUSED

    def resume(self) -> None:
        if self._status is Status.PAUSED and self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None
            self._status = Status.RUNNING

    def toggle_pause(self) -> None:
        """One key for everything: start when idle, else pause or resume."""
        if self._status is Status.IDLE:
            self.start()
        elif self._status is Status.RUNNING:
            self.pause()
        else:
            self.resume()

    def _active_step(self) -> tuple[float, Step, float] | None:
        """(now, current step, timeline position) for a command, or None if not running."""
        now = self._clock()
        self._advance(now)
        if not self._status.active:
            return None
        return now, self._plan.steps[self._index], self._position(now)

    def skip(self) -> None:
        """End the current step now; the rest of the timeline moves earlier by what was cut."""
        current = self._active_step()
        if current is None:
            return
        now, step, position = current
        if step.is_work:
            self._record(step, "skipped", position - step.start, now)
        self._shift -= step.end - position
        if step.index + 1 < len(self._plan.steps):
            self._go_to(step.index + 1)
        else:
            self._close_pause(now)
            self._finish(now)

    def back(self) -> None:
        """Restart the step, or go to the previous work step if this one has barely begun."""
        current = self._active_step()
        if current is None:
            return
        _now, step, position = current
        elapsed = max(position - step.start, 0.0)
        target = step.index
        if elapsed <= BACK_RESTART_AFTER:
            previous = self._plan.previous_work_index(step.index)
            target = step.index if previous is None else previous
        if step.is_work:
            self._active += elapsed  # it was done, even if it is done again
        self._shift += position - self._plan.steps[target].start
        for index in [index for index in self._records if index >= target]:
            del self._records[index]  # those steps will be recorded again as they are redone
        self._go_to(target)

    def stop(self) -> None:
        current = self._active_step()
        if current is None:
            return
        now, step, position = current
        if step.is_work:
            self._record(step, "stopped", position - step.start, now)
        self._close_pause(now)
        self._stopped_position = position
        self._status = Status.STOPPED
        self._ended_at = now

    # Queries

    def poll(self) -> list[Event]:
        """Advance past every step whose deadline has passed; return the events now due."""
        self._advance(self._clock())
        events, self._pending = self._pending, []
        return events

    def next_deadline(self) -> float | None:
        """Clock time of the next step end or cue while running, for a precise single-shot."""
        now = self._clock()
        self._advance(now)
        if self._pending:
            return self._pending[0].due  # already due: poll now
        if self._status is not Status.RUNNING:
            return None
        base = self._base()
        deadline = base + self._plan.steps[self._index].end
        if self._cursor < len(self._timed):
            deadline = min(deadline, base + self._timed[self._cursor].at)
        return deadline

    def snapshot(self) -> Snapshot:
        now = self._clock()
        self._advance(now)  # the view is always current; its events wait for poll()
        step = self._plan.steps[self._index]
        position = self._position(now)
        remaining = min(max(step.end - position, 0.0), step.duration)
        elapsed = step.duration - remaining
        phase_index = step.sub_phase_index(elapsed)
        phase = None if phase_index is None else step.sub_phases[phase_index]
        return Snapshot(
            status=self._status,
            time=now,
            index=step.index,
            step=step,
            step_count=len(self._plan.steps),
            elapsed=elapsed,
            remaining=remaining,
            fraction=elapsed / step.duration,
            sub_phase_index=phase_index,
            sub_phase=phase,
            sub_phase_remaining=0.0 if phase is None else max(phase.end - elapsed, 0.0),
            position=position,
            total_remaining=max(self._plan.total_seconds - position, 0.0),
        )

    def summary(self) -> Summary:
        now = self._clock()
        self._advance(now)
        records = self.log
        if self._status is Status.IDLE:
            total = 0.0
        else:
            total = (self._ended_at if self._ended_at is not None else now) - self._anchor
        paused = self._paused_total
        if self._paused_at is not None:
            paused += now - self._paused_at
        return Summary(
            status=self._status,
            planned_seconds=self._plan.total_seconds,
            total_seconds=total,
            active_seconds=self._active,
            paused_seconds=paused,
            done_count=sum(1 for r in records if r.outcome == "completed"),
            skipped_count=sum(1 for r in records if r.outcome == "skipped"),
            stopped_count=sum(1 for r in records if r.outcome == "stopped"),
            records=records,
            sets=set_records(self._plan, records),
        )

    # Internals

    def _base(self) -> float:
        """Clock time of the plan's offset 0, after pauses, skips and backs."""
        return self._anchor + self._paused_total + self._shift

    def _position(self, now: float) -> float:
        if self._status is Status.RUNNING:
            return now - self._base()
        if self._status is Status.PAUSED and self._paused_at is not None:
            return self._paused_at - self._base()  # frozen at the moment of the pause
        if self._status is Status.FINISHED:
            return self._plan.total_seconds
        if self._status is Status.STOPPED:
            return self._stopped_position
        return 0.0

    def _advance(self, now: float) -> None:
        if self._status is not Status.RUNNING:
            return
        base = self._base()
        timed = self._timed
        while self._cursor < len(timed) and base + timed[self._cursor].at <= now:
            item = timed[self._cursor]
            self._cursor += 1
            self._pending.append(
                Event(
                    item.cue.kind, base + item.at, item.step_index, item.cue.count, item.cue.caption
                )
            )
        steps = self._plan.steps
        # Several steps at once after a long stall; each ends at its own deadline.
        while base + steps[self._index].end <= now:
            step = steps[self._index]
            if step.is_work:
                self._record(step, "completed", step.duration, base + step.end)
            if self._index + 1 == len(steps):
                self._finish(base + step.end)
                return
            self._index += 1

    def _go_to(self, index: int) -> None:
        self._index = index
        self._cursor = self._first_cue[index]

    def _close_pause(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None

    def _finish(self, at: float) -> None:
        self._status = Status.FINISHED
        self._ended_at = at
        self._pending.append(Event("finished", at, self._index))

    def _record(self, step: Step, outcome: Outcome, done: float, at: float) -> None:
        done = min(max(done, 0.0), step.duration)
        self._active += done
        self._records[step.index] = StepRecord(
            step_index=step.index,
            position=step.position,
            exercise_id=step.exercise_id,
            side=step.side,
            set_number=step.set_number,
            unit_number=step.unit_number,
            label=step.label,
            planned_seconds=step.duration,
            done_seconds=done,
            outcome=outcome,
            ended_at=at,
        )
