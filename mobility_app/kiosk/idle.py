"""The kiosk's timing rules (pure): idle → "Still there?" → reset, and the admin corner taps."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Clock = Callable[[], float]
IdleState = Literal["attract", "active", "warning"]
IdleEvent = Literal["warning", "reset"]


class IdleMachine:
    """Decides when a session left alone is warned about and then reset.

    attract --start()--> active --idle_seconds without input--> warning
    warning --input--> active;  warning --warning_seconds--> attract (event "reset")

    Deadlines are computed from the last input and the injected clock, never counted from
    ticks, so a late poll changes only when a change is noticed. While a hold runs the idle
    clock is paused: someone holding a stretch touches nothing, and must not be reset.
    """

    def __init__(
        self, idle_seconds: float, warning_seconds: float, clock: Clock = time.monotonic
    ) -> None:
        if idle_seconds <= 0 or warning_seconds <= 0:
            raise ValueError("idle and warning times must be positive")
        self.idle_seconds = float(idle_seconds)
        self.warning_seconds = float(warning_seconds)
        self._clock = clock
        self._state: IdleState = "attract"
        self._last_input = clock()
        self._paused = False

    @property
    def state(self) -> IdleState:
        return self._state

    @property
    def paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        """A person touched the attract loop: a session begins now."""
        self._state = "active"
        self._paused = False
        self._last_input = self._clock()

    def touch(self) -> bool:
        """Any input. Returns True when it dismissed the warning."""
        # A touch noticed after the reset deadline does not undo the reset.
        if self._state == "attract" or "reset" in self.poll():
            return False
        dismissed = self._state == "warning"
        self._state = "active"
        self._last_input = self._clock()
        return dismissed

    def set_paused(self, paused: bool) -> None:
        """Pause while a hold runs; when it ends, the person gets the whole idle time again."""
        if paused == self._paused:
            return
        if not paused:
            self._last_input = self._clock()
        elif self._state == "warning":
            self._state = "active"
        self._paused = paused

    def reset(self) -> None:
        """Back to the attract loop at once (the "Start over" button, the admin exit)."""
        self._state = "attract"
        self._paused = False

    def warning_deadline(self) -> float:
        return self._last_input + self.idle_seconds

    def reset_deadline(self) -> float:
        return self.warning_deadline() + self.warning_seconds

    def next_deadline(self) -> float | None:
        """Clock time of the next change, for a single-shot timer; None when none can come."""
        if self._state == "attract" or self._paused:
            return None
        return self.warning_deadline() if self._state == "active" else self.reset_deadline()

    def warning_remaining(self) -> float:
        """Seconds left on the "Still there?" countdown (the full time outside the warning)."""
        if self._state != "warning":
            return self.warning_seconds
        return max(0.0, self.reset_deadline() - self._clock())

    def poll(self) -> tuple[IdleEvent, ...]:
        """Advance to now; return the transitions that happened, oldest first."""
        if self._state == "attract" or self._paused:
            return ()
        now = self._clock()
        events: list[IdleEvent] = []
        if self._state == "active" and now >= self.warning_deadline():
            self._state = "warning"
            events.append("warning")
        if self._state == "warning" and now >= self.reset_deadline():
            self._state = "attract"
            events.append("reset")
        return tuple(events)


class CornerTaps:
    """The hidden admin gesture: `count` taps in the corner within `window` seconds."""

    def __init__(self, count: int = 5, window: float = 3.0, clock: Clock = time.monotonic) -> None:
        self.count = count
        self.window = window
        self._clock = clock
        self._taps: deque[float] = deque(maxlen=count)

    def tap(self) -> bool:
        """Record a tap; True when it completes the gesture (which then starts afresh)."""
        now = self._clock()
        self._taps.append(now)
        if len(self._taps) == self.count and now - self._taps[0] <= self.window:
            self._taps.clear()
            return True
        return False

    def clear(self) -> None:
        self._taps.clear()
