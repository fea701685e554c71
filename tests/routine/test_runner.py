"""The runner, example by example, on a clock moved by hand."""

import pytest

from mobility_app.routine import ManualClock, PlanOptions, RoutineRunner, Status, build_plan

from .helpers import hold, item, paced

T0 = 1000.0


@pytest.fixture
def clock():
    return ManualClock(T0)


def holds_runner(clock):
    """R5 H10 r5 H10: steps end at 5, 15, 20 and 30 s."""
    return RoutineRunner(build_plan([item(hold(10, 2, rest=5))]), clock)


def kinds(events):
    return [(e.kind, e.step_index, e.count) for e in events]


def test_idle_runner_shows_the_first_step_and_emits_nothing(clock):
    runner = holds_runner(clock)
    snap = runner.snapshot()
    assert (snap.status, snap.index, snap.remaining, snap.total_remaining) == (
        Status.IDLE,
        0,
        5.0,
        30.0,
    )
    assert runner.poll() == []
    assert runner.next_deadline() is None


def test_a_run_emits_every_cue_at_its_exact_time(clock):
    runner = holds_runner(clock)
    runner.start()
    assert kinds(runner.poll()) == [("ready", 0, 0)]
    assert runner.next_deadline() == T0 + 2.0  # the "3" tick
    clock.advance(5.0)
    events = runner.poll()
    assert [(e.kind, e.count, e.due) for e in events] == [
        ("tick", 3, T0 + 2),
        ("tick", 2, T0 + 3),
        ("tick", 1, T0 + 4),
        ("start", 0, T0 + 5),
    ]
    snap = runner.snapshot()
    assert (snap.index, snap.remaining, snap.caption) == (1, 10.0, "Stay still and breathe")
    clock.advance(25.0)
    events = runner.poll()
    assert kinds(events)[-3:] == [("tick", 3, 1), ("end", 3, 0), ("finished", 3, 0)]
    assert events[-1].due == T0 + 30.0
    assert runner.status is Status.FINISHED
    assert runner.ended_at == T0 + 30.0
    assert runner.poll() == []


def test_one_late_poll_passes_several_steps_each_at_its_own_deadline(clock):
    runner = holds_runner(clock)
    runner.start()
    runner.poll()
    clock.advance(17.3)  # a long stall: the ready, the first hold and part of the rest pass
    events = runner.poll()
    ends = [(e.kind, e.due) for e in events if e.kind in ("start", "end", "rest")]
    assert ends == [("start", T0 + 5), ("end", T0 + 15), ("rest", T0 + 15)]
    snap = runner.snapshot()
    assert snap.index == 2
    assert snap.remaining == pytest.approx(20.0 - 17.3)
    # The late poll did not move the plan: the rest still ends at its planned time.
    assert runner.next_deadline() == T0 + 18.0  # its "2" tick
    assert [r.outcome for r in runner.log] == ["completed"]
    assert runner.log[0].ended_at == T0 + 15


def test_pause_freezes_the_step_and_shifts_the_rest_of_the_timeline(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(7.0)
    runner.pause()
    frozen = runner.snapshot()
    clock.advance(100.0)
    assert runner.snapshot().remaining == frozen.remaining == 8.0
    # What fell due before the pause is still delivered, at its own time, and nothing after.
    assert [e.due for e in runner.poll()] == [T0, T0 + 2, T0 + 3, T0 + 4, T0 + 5]
    assert runner.next_deadline() is None
    assert runner.poll() == []
    runner.resume()
    assert runner.snapshot().remaining == 8.0
    assert runner.next_deadline() == T0 + 107.0 + 3.0  # halfway through the hold
    clock.advance(23.0)
    runner.poll()
    assert runner.status is Status.FINISHED
    assert runner.ended_at == T0 + 30.0 + 100.0
    summary = runner.summary()
    assert (summary.paused_seconds, summary.total_seconds, summary.done_count) == (100.0, 130.0, 2)


def test_skip_ends_the_step_now_and_moves_the_rest_earlier(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(8.0)  # 3 s into the first hold
    runner.poll()
    runner.skip()
    snap = runner.snapshot()
    assert (snap.index, snap.remaining) == (2, 5.0)
    assert kinds(runner.poll()) == [("rest", 2, 0)]
    record = runner.log[0]
    assert (record.outcome, record.done_seconds, record.planned_seconds) == ("skipped", 3.0, 10.0)
    clock.advance(15.0)
    runner.poll()
    assert runner.ended_at == T0 + 30.0 - 7.0
    summary = runner.summary()
    assert (summary.done_count, summary.skipped_count, summary.active_seconds) == (1, 1, 13.0)
    assert [(s.completed_units, s.unit_count, s.skipped) for s in summary.sets] == [(1, 2, False)]


def test_skipping_the_last_step_finishes_at_once(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(22.0)
    runner.poll()
    runner.skip()
    assert runner.status is Status.FINISHED
    assert runner.ended_at == T0 + 22.0
    assert kinds(runner.poll()) == [("finished", 3, 0)]


def test_back_late_in_a_step_restarts_it(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(12.0)  # 7 s into the first hold
    runner.poll()
    runner.back()
    snap = runner.snapshot()
    assert (snap.index, snap.remaining) == (1, 10.0)
    assert kinds(runner.poll()) == [("start", 1, 0)]  # it starts again, so it is cued again
    clock.advance(50.0)
    runner.poll()
    assert runner.ended_at == T0 + 30.0 + 7.0
    assert runner.summary().active_seconds == 7.0 + 20.0


def test_back_early_in_a_step_goes_to_the_previous_work_step(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(21.0)  # 1 s into the second hold
    runner.poll()
    assert [r.step_index for r in runner.log] == [1]
    runner.back()
    snap = runner.snapshot()
    assert (snap.index, snap.remaining) == (1, 10.0)
    assert runner.log == ()  # the first hold will be recorded again when it is redone
    clock.advance(25.0)
    runner.poll()
    assert runner.ended_at == T0 + 30.0 + 16.0


def test_back_at_the_very_start_restarts_the_first_step(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(1.0)
    runner.back()
    assert runner.snapshot().remaining == 5.0


def test_stop_records_the_step_cut_short(clock):
    runner = holds_runner(clock)
    runner.start()
    clock.advance(9.0)
    runner.pause()
    clock.advance(4.0)
    runner.stop()
    assert runner.status is Status.STOPPED
    assert runner.snapshot().remaining == 6.0
    record = runner.log[0]
    assert (record.outcome, record.done_seconds) == ("stopped", 4.0)
    summary = runner.summary()
    assert (summary.total_seconds, summary.paused_seconds, summary.stopped_count) == (13.0, 4.0, 1)
    runner.skip()
    runner.back()
    runner.resume()  # nothing moves after a stop
    assert runner.snapshot().remaining == 6.0


def test_toggle_pause_starts_pauses_and_resumes(clock):
    runner = holds_runner(clock)
    runner.toggle_pause()
    assert runner.status is Status.RUNNING
    runner.toggle_pause()
    assert runner.status is Status.PAUSED
    runner.toggle_pause()
    assert runner.status is Status.RUNNING
    with pytest.raises(RuntimeError):
        runner.start()


def test_a_paced_rep_shows_its_tempo_phase(clock):
    plan = build_plan([item(paced(1, 3, reps=2))], PlanOptions(ready_seconds=0))
    runner = RoutineRunner(plan, clock)
    runner.start()
    clock.advance(1.5)
    snap = runner.snapshot()
    assert (snap.sub_phase_index, snap.caption, snap.sub_phase_remaining) == (1, "Phase 2", 2.5)
    assert (snap.step.unit_number, snap.step.unit_count) == (1, 2)
    clock.advance(3.0)
    snap = runner.snapshot()
    assert (snap.step.unit_number, snap.caption, snap.fraction) == (2, "Phase 1", 0.125)
    assert kinds(runner.poll()) == [
        ("start", 0, 0),
        ("phase", 0, 0),
        ("end", 0, 0),
        ("start", 1, 0),
    ]


def test_sets_group_records_for_the_session_log(catalog, clock):
    from mobility_app.routine import RoutineItem

    plan = build_plan([RoutineItem(catalog.get("calf-raise"))])
    runner = RoutineRunner(plan, clock)
    runner.start()
    clock.advance(5.0 + 6 * 12 + 60.0 + 6 * 3)  # the first set, the rest, three reps
    runner.poll()
    runner.stop()
    sets = runner.summary().sets
    assert [(s.set_number, s.done_seconds, s.planned_seconds, s.skipped) for s in sets] == [
        (1, 72.0, 72.0, False),
        (2, 18.0, 72.0, False),
    ]
    assert [s.completed_units for s in sets] == [12, 3]
