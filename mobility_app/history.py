"""Practice history: days practised this week against a target, and sessions per week."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from mobility_app.storage import Session, SessionItem

# A session counts as practice if it did any work: finished, or stopped part-way, or cut
# short by a crash. One that was stopped before anything was done is not shown.
COUNTED = ("finished", "stopped", "interrupted")


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def practised(session: Session) -> bool:
    if session.status not in COUNTED:
        return False
    return any(not item.skipped and item.done_seconds > 0 for item in session.items)


def days_practised_in_week(sessions: Iterable[Session], today: dt.date) -> int:
    """How many different days of this week (Monday to today) had practice.

    A count against a weekly target, not a streak: a missed day never resets it to zero,
    and it starts afresh each Monday.
    """
    monday = week_start(today)
    days = {
        s.started_at.date()
        for s in sessions
        if practised(s) and monday <= s.started_at.date() <= today
    }
    return len(days)


def sessions_per_week(sessions: Iterable[Session]) -> list[tuple[dt.date, int]]:
    """(Monday, number of practice sessions) for every week that had any, oldest first."""
    counts = Counter(week_start(s.started_at.date()) for s in sessions if practised(s))
    return sorted(counts.items())


@dataclass(frozen=True)
class SessionOutcome:
    """What one session achieved, counting each set by how it finally went."""

    session: Session
    sets_done: int
    sets_skipped: int
    seconds_done: float
    exercise_ids: tuple[str, ...]


def final_sets(session: Session) -> list[SessionItem]:
    """One item per (position, side, set): the last one logged, which is how it ended.

    The log is append-only (a set redone after "back" is logged again), so earlier rows of
    the same set are superseded, not extra work.
    """
    last: dict[tuple[int, str | None, int], SessionItem] = {}
    for item in session.items:
        last[(item.position, item.side, item.set_number)] = item
    return list(last.values())


def outcome(session: Session) -> SessionOutcome:
    sets = final_sets(session)
    done = [item for item in sets if not item.skipped and item.done_seconds > 0]
    ids: list[str] = []
    for item in sets:
        if item.exercise_id not in ids:
            ids.append(item.exercise_id)
    return SessionOutcome(
        session=session,
        sets_done=len(done),
        sets_skipped=len(sets) - len(done),
        seconds_done=sum(item.done_seconds for item in sets),
        exercise_ids=tuple(ids),
    )
