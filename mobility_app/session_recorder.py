"""Writes a routine session to storage as it happens, so a crash keeps what was done."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from mobility_app.routine import Plan, SetRecord, Status
from mobility_app.storage import (
    Database,
    SessionItem,
    StorageError,
    finish_session,
    local_now,
    log_item,
    set_session_pain,
    start_session,
)

log = logging.getLogger("mobility.sessions")

PAIN_RANGE = (0, 10)  # a 0-10 numeric rating scale

SetKey = tuple[int, str | None, int]  # (position, side, set number): one set of one exercise

_END_STATUS = {Status.FINISHED: "finished", Status.STOPPED: "stopped"}


def _key(record: SetRecord) -> SetKey:
    return (record.position, record.side, record.set_number)


def _check_pain(value: int | None) -> int | None:
    low, high = PAIN_RANGE
    # bool is an int to Python: True must not become a pain of 1.
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high
    ):
        raise ValueError(f"a pain rating is a whole number from {low} to {high}, not {value!r}")
    return value


class SessionRecorder:
    """Logs one run: the session when it starts, each set the moment it ends, then the end.

    Every write is its own committed transaction, so a kill -9 keeps every set logged so far
    and leaves the session 'running' (the next start marks it 'interrupted'). With `db` None
    (no storage) nothing is written and nothing fails. A StorageError is logged and
    remembered, never raised: the person's routine matters more than its record. A set that
    could not be written is tried again at the next change.

    The log is append-only: a set redone after Back is logged again when it ends, so for each
    (position, side, set_number) the row logged last is how that set finally went.
    """

    def __init__(
        self,
        db: Database | None,
        routine_name: str,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        self.db = db
        self.routine_name = routine_name
        self.now = now
        self.session_id: int | None = None
        self.error: str | None = None  # the first storage failure's message, for the person
        self._started = False
        self._ended = False
        self._end_written = False
        self._logged: dict[SetKey, SetRecord] = {}
        self._unsaved: set[SetKey] = set()
        self._plan: Plan | None = None
        self._last_step: dict[SetKey, int] = {}
        self._pain_before: int | None = None
        self._pain_after: int | None = None

    def fresh(self) -> SessionRecorder:
        """A new recorder for another run of the same routine (the "Run again" button)."""
        return SessionRecorder(self.db, self.routine_name, self.now)

    # State

    @property
    def enabled(self) -> bool:
        return self.db is not None

    @property
    def saved(self) -> bool:
        """Whether everything that happened so far is in the database."""
        if not self.enabled or self.session_id is None or self._unsaved:
            return False
        return self._end_written or not self._ended

    @property
    def logged_count(self) -> int:
        """How many sets have been written (each set counted once, however often redone)."""
        return len(self._logged)

    @property
    def pain_before(self) -> int | None:
        return self._pain_before

    @property
    def pain_after(self) -> int | None:
        return self._pain_after

    def set_pain_before(self, value: int | None) -> None:
        """0-10 or None; stored with the session once it exists (at Start)."""
        self._pain_before = _check_pain(value)
        self._save_pain()

    def set_pain_after(self, value: int | None) -> None:
        self._pain_after = _check_pain(value)
        self._save_pain()

    def _save_pain(self) -> None:
        before, after = self._pain_before, self._pain_after
        if self.session_id is None or not self.enabled or (before is None and after is None):
            return
        self._write(
            lambda db, session_id: set_session_pain(db, session_id, before=before, after=after)
        )

    # Events of the run

    def started(self) -> None:
        """The person pressed Start: the session exists in the database from now on."""
        if self._started:
            raise RuntimeError("a session recorder records one run; use fresh() for another")
        self._started = True
        self._open()

    def record_set(self, record: SetRecord) -> bool:
        """Write one ended set now; return whether it is stored."""
        key = _key(record)
        if not self.enabled or self._logged.get(key) == record:
            return self.enabled
        if self.session_id is None and not self._open():
            self._unsaved.add(key)
            return False
        item = SessionItem(
            position=record.position,
            exercise_id=record.exercise_id,
            side=record.side,
            set_number=record.set_number,
            planned_seconds=record.planned_seconds,
            done_seconds=record.done_seconds,
            skipped=record.skipped,
            logged_at=self.now(),
        )
        if not self._write(lambda db, session_id: log_item(db, session_id, item)):
            self._unsaved.add(key)
            return False
        self._logged[key] = record
        self._unsaved.discard(key)
        return True

    def record_progress(
        self, plan: Plan, sets: Sequence[SetRecord], current_index: int, ended: bool
    ) -> int:
        """Write every set that has ended and is not yet stored as it is; return how many.

        A set has ended once the run is past its last unit, or when the run has ended.
        `sets` is the runner's summary().sets; `current_index` its snapshot's step index.
        """
        if not self.enabled:
            return 0
        if plan is not self._plan:
            self._plan = plan
            self._last_step = {
                (step.position, step.side, step.set_number): step.index for step in plan.work_steps
            }
        written = 0
        for record in sets:
            key = _key(record)
            if not ended and self._last_step.get(key, current_index) >= current_index:
                continue  # still in progress
            if self._logged.get(key) != record and self.record_set(record):
                written += 1
        return written

    def finished(self, status: Status) -> None:
        """Close the session as finished or stopped; a second call does nothing."""
        if status not in _END_STATUS:
            raise ValueError(f"a run ends as finished or stopped, not {status.value}")
        if self._ended:
            return
        self._ended = True
        if not self.enabled or (self.session_id is None and not self._open()):
            return
        ended_at = self.now()
        try:
            self._end_written = self._write(
                lambda db, session_id: finish_session(db, session_id, _END_STATUS[status], ended_at)
            )
        except LookupError:
            # Another copy of the app started meanwhile and marked this session interrupted;
            # its sets are stored, only the end is not.
            log.warning("Session %s was no longer running at its end", self.session_id)

    # Internals

    def _open(self) -> bool:
        if self.db is None:
            return False
        db, name, started_at = self.db, self.routine_name, self.now()
        try:
            self.session_id = start_session(db, name, started_at)
        except StorageError as exc:
            self._remember(exc)
            return False
        log.info("Session %s started: %s", self.session_id, name)
        self._save_pain()
        return True

    def _write(self, action: Callable[[Database, int], object]) -> bool:
        assert self.db is not None and self.session_id is not None
        try:
            action(self.db, self.session_id)
        except StorageError as exc:
            self._remember(exc)
            return False
        return True

    def _remember(self, exc: StorageError) -> None:
        if self.error is None:
            self.error = exc.message
            log.error("Session could not be saved: %s", exc.message)
        else:
            log.debug("Session still not saved: %s", exc.message)
