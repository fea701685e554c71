"""The routine driver on the real event loop: cues in order and on time, timers stopped."""

import pytest
from PySide6.QtCore import Qt

from mobility_app.catalog import Dose, Entry, TempoPhase
from mobility_app.routine import PlanOptions, RoutineItem, RoutineRunner, Status, build_plan
from mobility_app.ui.routine_driver import RoutineDriver

STEP = 0.3  # seconds: short enough to keep the tests fast, long enough to see the order


def _entry(entry_id: str, dose: Dose) -> Entry:
    return Entry(entry_id, "exercise", entry_id, "", "", (), (), (), (), (), (), (), dose=dose)


def short_plan(*, with_reps=True):
    """Ready, two 0.3 s holds with a rest; then ready, a paced rep, switch side, a paced rep."""
    holds = Dose("hold", 2, 1, False, STEP, "", seconds=STEP)
    tempo = (TempoPhase("Up", 0.1), TempoPhase("Down", 0.2))
    reps = Dose("reps", 1, 1, True, 0, "", tempo=tempo)
    items = [RoutineItem(_entry("holds", holds))]
    if with_reps:
        items.append(RoutineItem(_entry("reps", reps)))
    return build_plan(items, PlanOptions(ready_seconds=STEP, switch_seconds=STEP))


@pytest.fixture
def make_driver(qapp):
    drivers = []

    def make(plan=None, **kwargs):
        runner = RoutineRunner(plan or short_plan())
        # Parented to the application so the suite-wide leaked-timer guard sees its timers.
        driver = RoutineDriver(runner, qapp, **kwargs)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        assert not driver.display_timer.isActive(), "display timer left running"
        assert not driver.deadline_timer.isActive(), "deadline timer left running"
        driver.setParent(None)
        driver.deleteLater()


def test_timers_are_named_and_the_deadline_timer_is_precise(make_driver):
    driver = make_driver()
    assert driver.display_timer.objectName() == "routine-display-timer"
    assert driver.deadline_timer.objectName() == "routine-deadline-timer"
    assert driver.deadline_timer.timerType() == Qt.TimerType.PreciseTimer
    assert driver.deadline_timer.isSingleShot()


def test_a_short_plan_runs_through_with_its_cues_in_order(qtbot, make_driver):
    driver = make_driver()
    plan = driver.runner.plan
    cues, events, late, steps = [], [], [], []

    def on_event(event):
        events.append(event)
        late.append(driver.runner.clock() - event.due)

    driver.cue.connect(cues.append)
    driver.eventDue.connect(on_event)
    driver.stepChanged.connect(lambda snapshot: steps.append(snapshot.index))
    with qtbot.waitSignal(driver.finished, timeout=10_000) as finished:
        driver.start()
    expected = [c.kind for s in plan.steps for c in s.cues] + ["finished"]
    assert cues == expected
    assert [e.kind for e in events] == expected
    assert min(late) >= 0.0  # never early
    # A loaded machine may stall past a short step, so stepChanged can skip an index; it
    # never goes back and it always ends on the last step.
    assert steps == sorted(set(steps)) and steps[-1] == len(plan) - 1
    summary = finished.args[0]
    assert (summary.status, summary.done_count, summary.skipped_count) == (Status.FINISHED, 4, 0)
    assert not driver.display_timer.isActive()
    assert not driver.deadline_timer.isActive()


def test_the_deadline_timer_not_the_display_tick_ends_a_step(qtbot, make_driver):
    # A display tick far too slow to matter: every cue must come from the deadline timer.
    driver = make_driver(short_plan(with_reps=False), display_interval_ms=60_000)
    late = []
    driver.eventDue.connect(lambda event: late.append(driver.runner.clock() - event.due))
    with qtbot.waitSignal(driver.finished, timeout=10_000):
        driver.start()
    # With a one-minute display tick, finishing at all proves the deadline timer ended every
    # step; how late it was on this machine is the benchmark's business, not the test's.
    assert min(late) >= 0.0


def test_pause_stops_both_timers_and_resume_rearms_them(qtbot, make_driver):
    driver = make_driver()
    with qtbot.waitSignal(driver.stepChanged, timeout=5_000):
        driver.start()
    assert driver.display_timer.isActive()
    assert driver.deadline_timer.isActive()
    snapshots = []
    driver.snapshotChanged.connect(snapshots.append)
    driver.pause()
    assert snapshots[-1].status is Status.PAUSED
    assert not driver.display_timer.isActive()
    assert not driver.deadline_timer.isActive()
    frozen = driver.snapshot()
    # The event loop runs on while real time passes; nothing may move while paused.
    qtbot.waitUntil(lambda: driver.runner.clock() - frozen.time >= 0.05, timeout=1_000)
    assert driver.snapshot().remaining == frozen.remaining
    driver.resume()
    assert driver.display_timer.isActive()
    assert driver.deadline_timer.isActive()
    with qtbot.waitSignal(driver.finished, timeout=5_000) as finished:
        driver.stop()
    assert finished.args[0].status is Status.STOPPED
    assert not driver.display_timer.isActive()
    assert not driver.deadline_timer.isActive()


def test_skip_and_back_move_the_step_at_once(qtbot, make_driver):
    driver = make_driver()
    with qtbot.waitSignal(driver.stepChanged, timeout=5_000):
        driver.start()
    with qtbot.waitSignal(driver.stepChanged, timeout=1_000) as changed:
        driver.skip()
    assert changed.args[0].index == 1
    with qtbot.waitSignal(driver.stepChanged, timeout=1_000) as changed:
        driver.skip()
    assert changed.args[0].index == 2
    with qtbot.waitSignal(driver.stepChanged, timeout=1_000) as changed:
        driver.back()  # under 2 s into the rest: back to the hold before it
    assert changed.args[0].index == 1
    driver.stop()


def test_shutdown_stops_the_timers_of_a_running_routine(qtbot, make_driver):
    driver = make_driver()
    driver.start()
    qtbot.waitUntil(lambda: driver.snapshot().index >= 1, timeout=5_000)
    driver.shutdown()
    assert not driver.display_timer.isActive()
    assert not driver.deadline_timer.isActive()
    assert driver.runner.status is Status.RUNNING


def test_the_end_is_reported_only_after_its_last_cues_when_a_stall_hits_mid_update(
    qtbot, qapp, monkeypatch
):
    from mobility_app.routine import ManualClock

    plan = short_plan(with_reps=False)
    clock = ManualClock()
    runner = RoutineRunner(plan, clock)
    driver = RoutineDriver(runner, qapp)
    cues, at_finish = [], []
    driver.cue.connect(cues.append)
    driver.finished.connect(lambda _summary: at_finish.extend(cues))
    driver.start()
    clock.advance(plan.total_seconds - 0.01)
    taking_snapshot = runner.snapshot
    stalls = [0.02]  # once: the clock passes the end while the snapshot is taken

    def stalled_snapshot():
        if stalls:
            clock.advance(stalls.pop())
        return taking_snapshot()

    monkeypatch.setattr(runner, "snapshot", stalled_snapshot)
    try:
        with qtbot.waitSignal(driver.finished, timeout=5000):
            pass
        assert at_finish[-2:] == ["end", "finished"]
        assert at_finish == [c.kind for s in plan.steps for c in s.cues] + ["finished"]
    finally:
        driver.shutdown()
        driver.setParent(None)
        driver.deleteLater()
