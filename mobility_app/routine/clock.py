"""The clock the routine reads: monotonic seconds, injected so tests can drive time by hand."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]
"""Returns monotonic seconds. Wall-clock time would jump with NTP or a changed time zone."""

DEFAULT_CLOCK: Clock = time.monotonic


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: float = 1000.0) -> None:
        # Not 0: a real monotonic clock is far from 0, and a test should not rely on it.
        self._now = float(start)

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds` (never back: monotonic time does not go back)."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self._now += seconds
        return self._now

    def set(self, now: float) -> None:
        """Jump to `now`, which must not be earlier than the current reading."""
        if now < self._now:
            raise ValueError(f"a monotonic clock cannot go back (from {self._now} to {now})")
        self._now = float(now)
