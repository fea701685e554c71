"""Pain ratings (0-10) given before and after a routine session."""

from __future__ import annotations

from mobility_app.storage.connection import Database

PAIN_RANGE = (0, 10)  # a 0-10 numeric rating scale; the schema's CHECK says the same


def _rating(value: int | None, name: str) -> int | None:
    # bool is an int to Python and to SQLite: True would be stored as a pain of 1.
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"{name} must be a whole number or None, got {value!r}")
    return value


def set_session_pain(
    db: Database, session_id: int, *, before: int | None, after: int | None
) -> None:
    """Record both pain ratings of a session (None: not given), committed at once.

    Raises ValueError for a non-integer, sqlite3.IntegrityError for a rating outside 0-10
    (callers validate first), LookupError if there is no such session.
    """
    with db.transaction() as connection:
        cursor = connection.execute(
            "UPDATE sessions SET pain_before = :before, pain_after = :after WHERE id = :id",
            {
                "before": _rating(before, "before"),
                "after": _rating(after, "after"),
                "id": session_id,
            },
        )
        if cursor.rowcount != 1:
            raise LookupError(f"no session with id {session_id}")


def session_pain(db: Database, session_id: int) -> tuple[int | None, int | None]:
    """The (before, after) pain ratings of a session; raises LookupError if there is none."""
    rows = db.query(
        "SELECT pain_before, pain_after FROM sessions WHERE id = :id", {"id": session_id}
    )
    if not rows:
        raise LookupError(f"no session with id {session_id}")
    return rows[0]["pain_before"], rows[0]["pain_after"]
