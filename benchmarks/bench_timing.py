"""Timing accuracy of the routine player: real Qt loop with stalls, and a simulated long run.

timer_end_error_ms_max: 20 holds of 2 s, run back to back as one plan (0 s rests, no get-ready)
on the real Qt event loop, driven by RoutineDriver with the real monotonic clock. Twice per hold
a 50-300 ms busy-wait stalls the loop, placed at random but at least 100 ms from the hold's
end and from its halfway cue. The figure is the largest |time the `end` cue reached its slot
- the planned deadline (start + n x 2 s)|. Takes about 40 s.

routine_drift_ms: the default routine (six exercises, about 16 min) on a simulated event loop
that models Qt's timers (a 100 ms coarse display timer with +-5 ms jitter that drops missed
ticks; the driver's single-shot for the next deadline, up to 1 ms late), random 50-300 ms
stalls every 1-8 s (none within 100 ms of the last deadline) and three pauses of 2-20 s.
Drift = |time the finish was delivered - (start + plan total + paused)|.
tick_counting_drift_ms: a countdown that subtracts 100 ms per display tick, in the same loop
under the same stalls and pauses, finishes this late.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mobility_app import paths
from mobility_app.catalog import Dose, Entry, load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.routine import (
    Event,
    ManualClock,
    Plan,
    PlanOptions,
    RoutineItem,
    RoutineRunner,
    Status,
    build_plan,
    default_routine,
)

HOLDS = 20
HOLD_SECONDS = 2
STALL_SECONDS = (0.05, 0.3)
MARGIN = 0.1  # stalls keep this far from deadlines
DISPLAY_INTERVAL = 0.1


def _hold_plan() -> Plan:
    dose = Dose("hold", HOLDS, 1, False, 0, "benchmark", seconds=HOLD_SECONDS)
    entry = Entry("bench-hold", "exercise", "Hold", "", "", (), (), (), (), (), (), (), dose=dose)
    return build_plan([RoutineItem(entry)], PlanOptions(ready_seconds=0, switch_seconds=0))


def _busy_wait(seconds: float) -> None:
    # Busy, not sleeping: the event loop must be blocked as by a slow slot.
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def timer_end_errors(seed: int = 1) -> tuple[list[float], list[float]]:
    """Seconds from each hold's planned end to the delivery of its `end` cue; the stalls."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from mobility_app.ui.routine_driver import RoutineDriver

    app = QApplication.instance() or QApplication([])  # noqa: F841  # must outlive the loop
    rng = random.Random(seed)
    plan = _hold_plan()
    runner = RoutineRunner(plan, time.monotonic)
    driver = RoutineDriver(runner)
    holder = QObject()  # owns the stall timers
    errors: list[float] = []
    stalled: list[float] = []
    loop = QEventLoop()

    def on_event(event: Event) -> None:
        delivered = time.monotonic()
        if event.kind == "end":
            # The planned timeline, not the event's own due time: the two must agree.
            anchor = runner.started_at or 0.0
            errors.append(delivered - (anchor + plan.steps[event.step_index].end))

    def stall(seconds: float, window_end: float) -> None:
        # A stall timer that itself fired late must still end clear of the deadline.
        seconds = min(seconds, window_end - time.monotonic())
        if seconds > 0:
            _busy_wait(seconds)
            stalled.append(seconds)

    driver.eventDue.connect(on_event)
    driver.finished.connect(lambda _summary: loop.quit())
    driver.start()
    started = runner.started_at or time.monotonic()
    for step in plan.steps:
        half = step.start + step.duration / 2
        for low, high in ((step.start + MARGIN, half - MARGIN), (half + MARGIN, step.end - MARGIN)):
            length = rng.uniform(*STALL_SECONDS)
            at = rng.uniform(low, high - length)
            delay_ms = max(0, round((started + at - time.monotonic()) * 1000))
            window_end = started + high
            timer = QTimer(holder)
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(lambda length=length, end=window_end: stall(length, end))
            timer.start(delay_ms)
    loop.exec()
    driver.shutdown()
    del holder  # its stall timers have all fired
    if len(errors) != HOLDS:
        raise RuntimeError(f"expected {HOLDS} end cues, got {len(errors)}")
    return errors, stalled


class _SimTimer:
    """A repeating coarse QTimer as Qt runs it.

    Each due time is the last due time plus the interval; one that is already past when the
    timer fires is dropped (the next is a whole interval from now); it fires up to 5% early
    or late.
    """

    def __init__(self, rng: random.Random, interval: float) -> None:
        self.rng = rng
        self.interval = interval
        self.due: float | None = None
        self.at: float | None = None

    def start(self, now: float) -> None:
        self._set(now + self.interval)

    def stop(self) -> None:
        self.due = self.at = None

    def fired(self, now: float) -> None:
        assert self.due is not None
        due = self.due + self.interval
        self._set(due if due >= now else now + self.interval)

    def _set(self, due: float) -> None:
        self.due = due
        self.at = due + self.rng.uniform(-0.05, 0.05) * self.interval


def simulate_routine(seed: int = 7) -> dict[str, float]:
    """Run the default routine on a simulated Qt event loop; see the module docstring."""
    rng = random.Random(seed)
    catalog = load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)
    plan = build_plan(default_routine(catalog.entries))
    total = plan.total_seconds
    clock = ManualClock(1000.0)
    runner = RoutineRunner(plan, clock)
    display = _SimTimer(rng, DISPLAY_INTERVAL)  # polls the runner, as RoutineDriver's does
    naive = _SimTimer(rng, DISPLAY_INTERVAL)  # the tick-counting countdown's timer
    start = clock()
    runner.start()
    display.start(start)
    naive.start(start)

    def arm() -> float | None:
        # RoutineDriver's single-shot; up to 1 ms of latency (3x what the Qt run measures).
        deadline = runner.next_deadline()
        if deadline is None:
            return None
        return max(deadline, clock()) + rng.uniform(0, 1e-3)

    deadline_at = arm()
    stall_at = start + rng.uniform(1, 8)
    user_at = [start + rng.uniform(60, 300)]  # pause, resume, pause, resume, ...
    pauses_left = 3
    paused_total = 0.0
    paused_since: float | None = None
    ticks = 0
    finish_seen: float | None = None
    tick_finish: float | None = None
    busy_until = start
    stalls = 0

    while finish_seen is None or tick_finish is None:
        candidates = {"stall": stall_at, "display": display.at, "naive": naive.at}
        candidates["deadline"] = deadline_at
        candidates["user"] = user_at[0] if user_at else None
        due = {name: at for name, at in candidates.items() if at is not None}
        kind = min(due, key=lambda name: due[name])
        # A callback runs when it is due, or as soon as a stall lets the loop run again.
        clock.set(max(due[kind], busy_until, clock()))
        now = clock()
        if kind == "stall":
            length = rng.uniform(*STALL_SECONDS)
            final = start + total + paused_total
            near_end = paused_since is None and now - MARGIN < final < now + length + MARGIN
            if not near_end:
                busy_until = now + length
                stalls += 1
            stall_at = max(busy_until, now) + rng.uniform(1, 8)
            continue
        if kind == "naive":
            ticks += 1
            if ticks * DISPLAY_INTERVAL >= total - 1e-9:
                tick_finish = now
                naive.stop()
            else:
                naive.fired(now)
            continue
        if kind == "user":
            user_at.pop(0)
            if runner.status is Status.RUNNING:
                runner.pause()
                paused_since = now
                display.stop()
                naive.stop()
                user_at.append(now + rng.uniform(2, 20))
                pauses_left -= 1
            elif runner.status is Status.PAUSED and paused_since is not None:
                runner.resume()
                paused_total += now - paused_since
                paused_since = None
                display.start(now)
                if tick_finish is None:
                    naive.start(now)
                if pauses_left:
                    user_at.append(now + rng.uniform(60, 300))
        elif kind == "display":
            display.fired(now)
        for event in runner.poll():
            if event.kind == "finished":
                finish_seen = now
        if runner.status is not Status.RUNNING:
            display.stop()
        deadline_at = arm()

    expected = start + total + paused_total
    return {
        "routine_drift_ms": round(abs(finish_seen - expected) * 1000, 3),
        "routine_timeline_error_ms": round(abs((runner.ended_at or 0.0) - expected) * 1000, 6),
        "tick_counting_drift_ms": round(abs(tick_finish - expected) * 1000, 1),
        "routine_simulated_seconds": round(total + paused_total, 1),
        "routine_simulated_stalls": float(stalls),
    }


def measure() -> dict[str, float]:
    late, stalled = timer_end_errors()
    errors = [abs(error) for error in late]
    figures = {
        "timer_end_error_ms_max": round(max(errors) * 1000, 3),
        "timer_end_error_ms_mean": round(sum(errors) / len(errors) * 1000, 3),
        "timer_stalls": float(len(stalled)),
        "timer_stalled_ms_total": round(sum(stalled) * 1000, 1),
    }
    figures.update(simulate_routine())
    return figures


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2, sort_keys=True))
