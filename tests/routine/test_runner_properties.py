"""Properties of the runner under arbitrary tick jitter, stalls, pauses, skips and backs."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.routine import ManualClock, PlanOptions, RoutineRunner, Status, build_plan

from .helpers import hold, item, paced

T0 = 5000.0

tempo = st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0])


@st.composite
def doses(draw):
    kind = draw(st.sampled_from(["hold", "timed", "reps"]))
    shape = {
        "reps": draw(st.integers(1, 4)),
        "sets": draw(st.integers(1, 2)),
        "per_side": draw(st.booleans()),
        "rest": draw(st.sampled_from([0, 2, 5, 7.5])),
    }
    if kind == "reps":
        return paced(*draw(st.lists(tempo, min_size=1, max_size=3)), **shape)
    dose = hold(draw(st.floats(0.5, 12.0)), **shape)
    return dose if kind == "hold" else replace(dose, kind="timed")


@st.composite
def plans(draw):
    options = PlanOptions(
        ready_seconds=draw(st.sampled_from([0, 1.5, 5])),
        switch_seconds=draw(st.sampled_from([0, 2, 8])),
        halfway_cue=draw(st.booleans()),
    )
    items = [
        item(d, f"e{n}") for n, d in enumerate(draw(st.lists(doses(), min_size=1, max_size=3)))
    ]
    return build_plan(items, options)


# A display tick of about 100 ms with jitter, an event-loop stall, or a long gap.
gaps = st.one_of(
    st.floats(0.095, 0.15),
    st.floats(0.05, 0.3),
    st.floats(0.0, 0.01),
    st.floats(0.3, 12.0),
)
ACTIONS = ("poll", "poll", "poll", "skip", "back", "pause", "resume")
schedules = st.lists(st.tuples(gaps, st.sampled_from(ACTIONS)), max_size=80)


def expected_cues(plan):
    listed = [(s.index, c.kind, c.count) for s in plan.steps for c in s.cues]
    return [*listed, (len(plan) - 1, "finished", 0)]


@settings(database=None, max_examples=150)
@given(plan=plans(), steps=st.lists(gaps, max_size=150))
def test_remaining_never_increases_while_running(plan, steps):
    clock = ManualClock(T0)
    runner = RoutineRunner(plan, clock)
    runner.start()
    previous = runner.snapshot()
    for gap in steps:
        clock.advance(gap)
        runner.poll()
        snap = runner.snapshot()
        assert snap.total_remaining <= previous.total_remaining
        if snap.index == previous.index:
            assert snap.remaining <= previous.remaining
        assert 0.0 <= snap.remaining <= snap.step.duration
        if snap.status is Status.RUNNING:
            # Read from the clock: the deadline on the planned timeline minus now.
            assert snap.remaining == pytest.approx(T0 + snap.step.end - clock(), abs=1e-9)
        previous = snap


@settings(database=None, max_examples=150)
@given(plan=plans(), data=st.data())
def test_pause_and_resume_preserve_remaining(plan, data):
    clock = ManualClock(T0)
    runner = RoutineRunner(plan, clock)
    runner.start()
    clock.advance(data.draw(st.floats(0.0, plan.total_seconds * 0.999)))
    runner.poll()
    before = runner.snapshot()
    runner.pause()
    for wait in data.draw(st.lists(st.floats(0.0, 1000.0), min_size=1, max_size=5)):
        clock.advance(wait)
        during = runner.snapshot()
        assert (during.index, during.remaining, during.position) == (
            before.index,
            before.remaining,
            before.position,
        )
        # Only what fell due before the pause comes out while paused.
        assert all(e.due <= before.time for e in runner.poll())
    runner.resume()
    after = runner.snapshot()
    assert after.index == before.index
    assert after.remaining == pytest.approx(before.remaining, abs=1e-9)


@settings(database=None, max_examples=150)
@given(plan=plans(), schedule=st.lists(st.tuples(gaps, st.booleans(), gaps), max_size=60))
def test_a_run_with_stalls_and_pauses_ends_at_start_plus_plan_plus_pauses(plan, schedule):
    clock = ManualClock(T0)
    runner = RoutineRunner(plan, clock)
    runner.start()
    paused = 0.0
    events = []
    for gap, pause, pause_length in schedule:
        clock.advance(gap)
        events += runner.poll()
        if pause:
            runner.pause()
            clock.advance(pause_length)
            if runner.status is Status.PAUSED:
                paused += pause_length
            runner.resume()
    clock.advance(plan.total_seconds + 1.0)
    events += runner.poll()
    assert runner.status is Status.FINISHED
    assert runner.ended_at == pytest.approx(T0 + plan.total_seconds + paused, abs=1e-9)
    assert events[-1].kind == "finished"
    assert events[-1].due == runner.ended_at
    summary = runner.summary()
    assert summary.total_seconds == pytest.approx(plan.total_seconds + paused, abs=1e-9)
    assert summary.paused_seconds == pytest.approx(paused, abs=1e-9)
    assert summary.done_count == len(plan.work_steps)
    assert summary.active_seconds == pytest.approx(sum(s.duration for s in plan.work_steps))


@settings(database=None, max_examples=150)
@given(plan=plans(), steps=st.lists(gaps, max_size=150))
def test_events_come_once_each_in_order_at_their_exact_time_never_early(plan, steps):
    clock = ManualClock(T0)
    runner = RoutineRunner(plan, clock)
    runner.start()
    seen = []
    for gap in [*steps, plan.total_seconds + 1.0]:
        clock.advance(gap)
        for event in runner.poll():
            assert event.due <= clock()
            seen.append(event)
    assert [(e.step_index, e.kind, e.count) for e in seen] == expected_cues(plan)
    planned = [T0 + (s.start + c.offset) for s in plan.steps for c in s.cues]
    assert [e.due for e in seen] == [*planned, T0 + plan.total_seconds]


@settings(database=None, max_examples=200)
@given(plan=plans(), schedule=schedules)
def test_skip_and_back_shift_the_timeline_and_are_logged(plan, schedule):
    clock = ManualClock(T0)
    runner = RoutineRunner(plan, clock)
    runner.start()
    paused = shift = 0.0
    outcomes = {}
    last_due = T0
    for gap, action in [*schedule, (0.0, "resume"), (plan.total_seconds * 3 + 1.0, "poll")]:
        if runner.status is Status.PAUSED:
            paused += gap
        clock.advance(gap)
        before = runner.snapshot()
        if action == "skip" and before.status.active:
            shift -= before.step.end - before.position
            if before.step.is_work:
                outcomes[before.index] = "skipped"
        elif action == "back" and before.status.active:
            elapsed = max(before.position - before.step.start, 0.0)
            previous = plan.previous_work_index(before.index)
            target = before.index if elapsed > 2.0 or previous is None else previous
            shift += before.position - plan.steps[target].start
            outcomes = {k: v for k, v in outcomes.items() if k < target}
        getattr(runner, action)()
        for event in runner.poll():
            assert event.due <= clock()
            assert event.due >= last_due - 1e-9
            last_due = event.due
    assert runner.status is Status.FINISHED
    assert runner.ended_at == pytest.approx(T0 + plan.total_seconds + paused + shift, abs=1e-6)
    expected = {s.index: outcomes.get(s.index, "completed") for s in plan.work_steps}
    assert {r.step_index: r.outcome for r in runner.log} == expected
    for record in runner.log:
        assert 0.0 <= record.done_seconds <= record.planned_seconds
