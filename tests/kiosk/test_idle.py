"""The idle state machine and the corner gesture, on a manual clock."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.kiosk.idle import CornerTaps, IdleMachine
from mobility_app.routine import ManualClock


def machine(clock: ManualClock) -> IdleMachine:
    idle = IdleMachine(60, 10, clock)
    idle.start()
    return idle


def test_active_then_warning_then_reset():
    clock = ManualClock()
    idle = machine(clock)
    assert idle.next_deadline() == clock() + 60
    clock.advance(59.9)
    assert idle.poll() == ()
    clock.advance(0.1)
    assert idle.poll() == ("warning",)
    assert idle.state == "warning"
    assert idle.warning_remaining() == 10
    clock.advance(9.5)
    assert idle.warning_remaining() == 0.5
    assert idle.poll() == ()
    clock.advance(0.5)
    assert idle.poll() == ("reset",)
    assert idle.state == "attract"
    assert idle.next_deadline() is None


def test_a_touch_dismisses_the_warning_and_restarts_the_idle_time():
    clock = ManualClock()
    idle = machine(clock)
    clock.advance(65)
    idle.poll()
    assert idle.touch() is True
    assert idle.state == "active"
    clock.advance(59)
    assert idle.poll() == ()


def test_a_late_poll_reports_both_transitions():
    clock = ManualClock()
    idle = machine(clock)
    clock.advance(500)
    assert idle.poll() == ("warning", "reset")


def test_a_touch_after_the_reset_deadline_does_not_undo_the_reset():
    clock = ManualClock()
    idle = machine(clock)
    clock.advance(71)
    assert idle.touch() is False
    assert idle.state == "attract"


def test_the_idle_clock_pauses_while_a_hold_runs():
    clock = ManualClock()
    idle = machine(clock)
    clock.advance(50)
    idle.set_paused(True)
    assert idle.next_deadline() is None
    clock.advance(3600)
    assert idle.poll() == ()
    idle.set_paused(False)
    # The whole idle time again after the hold, not what was left before it.
    clock.advance(59)
    assert idle.poll() == ()
    clock.advance(1)
    assert idle.poll() == ("warning",)


def test_a_hold_starting_during_the_warning_cancels_it():
    clock = ManualClock()
    idle = machine(clock)
    clock.advance(61)
    idle.poll()
    idle.set_paused(True)
    assert idle.state == "active"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=80.0), max_size=12))
def test_reset_comes_exactly_idle_plus_warning_after_the_last_touch(gaps):
    clock = ManualClock()
    idle = machine(clock)
    last = clock()
    for gap in gaps:
        clock.advance(gap)
        if idle.poll()[-1:] == ("reset",) or idle.state == "attract":
            assert clock() >= last + 70
            return
        idle.touch()
        last = clock()
    clock.set(last + 70 - 1e-6)
    assert "reset" not in idle.poll()
    clock.set(last + 70)
    assert idle.poll()[-1] == "reset"


def test_five_corner_taps_within_three_seconds():
    clock = ManualClock()
    taps = CornerTaps(clock=clock)
    results = []
    for _ in range(5):
        results.append(taps.tap())
        clock.advance(0.7)
    assert results == [False] * 4 + [True]


def test_slow_taps_do_not_open_the_pad():
    clock = ManualClock()
    taps = CornerTaps(clock=clock)
    results = []
    for _ in range(10):
        results.append(taps.tap())
        clock.advance(0.8)  # five taps span 3.2 s
    assert not any(results)
