"""Measurements: round trip, order in time, and refusals by the schema."""

from __future__ import annotations

import contextlib
import math
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.storage import (
    Measurement,
    add_measurement,
    add_measurements,
    list_measurements,
    open_database,
)

from .helpers import NOW


def test_round_trip(db):
    m = Measurement(NOW, "left", 9.5, 38.0, note="morning, barefoot")
    new_id = add_measurement(db, m, now=lambda: NOW)
    assert list_measurements(db) == [
        Measurement(NOW, "left", 9.5, 38.0, "morning, barefoot", new_id)
    ]
    created = db.query("SELECT created_at FROM measurements")[0]["created_at"]
    assert created == NOW.isoformat()


def test_committed_before_return(db_path, db):
    add_measurement(db, Measurement(NOW, "right", None, 41.0), now=lambda: NOW)
    # Another connection sees it at once: nothing is waiting for a later commit.
    with contextlib.closing(sqlite3.connect(db_path)) as other:
        assert other.execute("SELECT COUNT(*) FROM measurements").fetchone()[0] == 1


def test_listed_in_time_order_across_offsets(db):
    plus2 = timezone(timedelta(hours=2))
    utc = UTC
    # 10:00+02:00 is 08:00 UTC: earlier than 09:00 UTC although its text sorts later.
    later = Measurement(datetime(2025, 1, 1, 9, 0, tzinfo=utc), "left", 10.0, None)
    earlier = Measurement(datetime(2025, 1, 1, 10, 0, tzinfo=plus2), "left", 8.0, None)
    add_measurement(db, later, now=lambda: NOW)
    add_measurement(db, earlier, now=lambda: NOW)
    assert [m.distance_cm for m in list_measurements(db)] == [8.0, 10.0]


@pytest.mark.parametrize(
    ("side", "distance", "angle"),
    [
        ("middle", 5.0, None),
        ("left", -0.1, None),
        ("left", 30.1, None),
        ("right", None, -1.0),
        ("right", None, 80.5),
        ("left", None, None),
        ("left", float("inf"), None),
    ],
)
def test_schema_refuses_bad_values(db, side, distance, angle):
    with pytest.raises((sqlite3.IntegrityError, ValueError)):
        add_measurement(db, Measurement(NOW, side, distance, angle), now=lambda: NOW)
    assert list_measurements(db) == []


def test_schema_refuses_text_where_a_number_belongs(db):
    # Type affinity keeps 'abc' as text, and text never falls between 0 and 30.
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), db.transaction() as connection:
        connection.execute(
            "INSERT INTO measurements (taken_at, side, distance_cm, created_at) "
            "VALUES (:t, 'left', :d, :t)",
            {"t": NOW.isoformat(), "d": "abc"},
        )


@pytest.mark.parametrize("value", [0.0, 30.0])
def test_range_ends_are_allowed(db, value):
    add_measurement(db, Measurement(NOW, "left", value, None), now=lambda: NOW)
    assert list_measurements(db)[0].distance_cm == value


def test_nan_is_refused_rather_than_stored_as_missing(db):
    with pytest.raises(ValueError, match="finite"):
        add_measurement(db, Measurement(NOW, "left", math.nan, 30.0), now=lambda: NOW)
    assert list_measurements(db) == []


def test_naive_time_is_refused(db):
    with pytest.raises(ValueError, match="offset"):
        add_measurement(db, Measurement(datetime(2025, 1, 1), "left", 5.0, None))


def test_add_measurements_is_all_or_nothing(db):
    good = Measurement(NOW, "left", 5.0, None)
    bad = Measurement(NOW, "right", 99.0, None)
    with pytest.raises(sqlite3.IntegrityError):
        add_measurements(db, [good, good, bad], now=lambda: NOW)
    assert list_measurements(db) == []
    assert len(add_measurements(db, [good, good], now=lambda: NOW)) == 2


offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
measurements = st.builds(
    Measurement,
    taken_at=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
    ),
    side=st.sampled_from(["left", "right"]),
    distance_cm=st.floats(min_value=0, max_value=30),
    angle_deg=st.none() | st.floats(min_value=0, max_value=80),
    note=st.text(max_size=50),
)


@settings(database=None, max_examples=50, deadline=None)
@given(batch=st.lists(measurements, min_size=1, max_size=5))
def test_round_trip_property(batch):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.sqlite3"
        db, _ = open_database(path, Path(folder) / "backups", now=lambda: NOW)
        with db:
            ids = add_measurements(db, batch, now=lambda: NOW)
            stored = list_measurements(db)
    expected = [
        Measurement(m.taken_at, m.side, m.distance_cm, m.angle_deg, m.note, i)
        for m, i in zip(batch, ids, strict=True)
    ]
    assert stored == sorted(expected, key=lambda m: m.taken_at)
    # Offsets survive, not only the instant.
    assert {m.taken_at.utcoffset() for m in stored} == {m.taken_at.utcoffset() for m in batch}
