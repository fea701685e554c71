"""Result details: the v5 migration, all-or-nothing saves, durability, edit, delete and undo."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.storage import (
    MIGRATIONS,
    Database,
    Measurement,
    add_measurement,
    list_measurements,
    open_database,
)
from mobility_app.storage.details import (
    DeletedResult,
    Details,
    add_results,
    delete_result,
    details_for,
    load_result,
    restore_result,
    update_result,
)
from mobility_app.storage.measurements import (
    delete_measurement,
    get_measurement,
    restore_measurement,
    update_measurement,
)
from mobility_app.storage.migrations import describe, migrate

from .helpers import NOW, build_at_version, table_names

CHAIN = MIGRATIONS

FULL = Details(
    footwear="shod",
    toe="longest",
    inclinometer_site="tuberosity",
    heel_down=True,
    knee_in_line=False,
    arch_held=True,
    trials=(10.16, 11.43, 10.795),
    aggregate="mean",
)


@pytest.fixture
def ddb(db_path: Path, backup_dir: Path) -> Iterator[Database]:
    database, report = open_database(db_path, backup_dir, now=lambda: NOW, migrations=CHAIN)
    assert report is None
    yield database
    database.close()


def pair() -> list[Measurement]:
    return [
        Measurement(NOW, "left", 10.795, 39.0, "after work"),
        Measurement(NOW, "right", 12.0, None, "after work"),
    ]


def test_migration_has_a_log_line_and_adds_one_table(tmp_path):
    db_path = tmp_path / "old.sqlite3"
    v5 = MIGRATIONS[4]
    assert describe(v5).startswith("Create the measurement_details table")
    build_at_version(db_path, 4)
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        before = table_names(connection)
        assert migrate(connection, MIGRATIONS[:5]) == [describe(v5)]
        assert table_names(connection) - before == {"measurement_details"}
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 5


def test_round_trip(ddb):
    ids = add_results(ddb, pair(), [FULL, Details()], now=lambda: NOW)
    assert [m.id for m in list_measurements(ddb)] == ids
    assert details_for(ddb, ids) == {ids[0]: FULL, ids[1]: Details()}
    assert details_for(ddb, ids)[ids[0]].trials[0] == 10.16  # exact, not 10.160000000000002
    assert FULL.form_note and not Details().form_note


def test_results_without_details_are_left_out(ddb):
    ids = add_results(ddb, pair(), [None, FULL], now=lambda: NOW)
    assert details_for(ddb, ids) == {ids[1]: FULL}
    assert details_for(ddb, []) == {}


def test_details_for_many_ids(ddb):
    ids = add_results(ddb, pair() * 300, [Details()] * 600, now=lambda: NOW)
    assert len(details_for(ddb, [*ids, 99999])) == 600


@pytest.mark.parametrize(
    "bad",
    [
        Details(footwear="socks"),
        Details(toe="second"),
        Details(aggregate="median"),
        Details(trials=(10.0, float("nan"))),
        Details(trials=(31.0,)),
        Details(inclinometer_site="ankle"),
    ],
)
def test_nothing_is_stored_when_any_part_is_refused(ddb, bad):
    with pytest.raises((sqlite3.IntegrityError, ValueError)):
        add_results(ddb, pair(), [Details(), bad], now=lambda: NOW)
    assert list_measurements(ddb) == []
    assert ddb.query("SELECT COUNT(*) AS n FROM measurement_details")[0]["n"] == 0


def test_lengths_must_match(ddb):
    with pytest.raises(ValueError, match="one Details"):
        add_results(ddb, pair(), [FULL], now=lambda: NOW)


def test_committed_before_return(db_path, ddb):
    add_results(ddb, pair(), [FULL, FULL], now=lambda: NOW)
    with contextlib.closing(sqlite3.connect(db_path)) as other:
        assert other.execute("SELECT COUNT(*) FROM measurements").fetchone()[0] == 2
        assert other.execute("SELECT COUNT(*) FROM measurement_details").fetchone()[0] == 2


def test_survives_the_process_being_killed_right_after(tmp_path):
    """A result acknowledged by add_results is on disk even if the process dies at once."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from datetime import datetime
        from pathlib import Path
        from mobility_app.storage import MIGRATIONS, Measurement, open_database
        from mobility_app.storage.details import Details, add_results
        now = lambda: datetime.fromisoformat({NOW.isoformat()!r})
        db, _ = open_database(Path({str(tmp_path / "db.sqlite3")!r}), Path({str(tmp_path)!r}),
                              now=now)
        add_results(db, [Measurement(now(), "left", 9.5, None)], [Details(trials=(9.5,))], now=now)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert done.returncode == -9
    db, _ = open_database(
        tmp_path / "db.sqlite3", tmp_path / "b", now=lambda: NOW, migrations=CHAIN
    )
    with db:
        [stored] = list_measurements(db)
        assert details_for(db, [stored.id or 0])[stored.id or 0].trials == (9.5,)


def test_load_result_reads_one_result_with_its_details(ddb):
    ids = add_results(ddb, pair(), [FULL, None], now=lambda: NOW)
    assert load_result(ddb, ids[0]) == (replace(pair()[0], id=ids[0]), FULL)
    assert load_result(ddb, ids[1]) == (replace(pair()[1], id=ids[1]), None)
    assert get_measurement(ddb, ids[1]) == replace(pair()[1], id=ids[1])
    with pytest.raises(KeyError):
        load_result(ddb, 999)


def test_update_result_replaces_both_parts(ddb):
    [first] = add_results(ddb, pair()[:1], [FULL], now=lambda: NOW)
    edited = Measurement(NOW, "left", 8.0, None, "edited", first)
    update_result(ddb, edited, Details(trials=(8.0,), aggregate="best"))
    assert list_measurements(ddb) == [edited]
    assert details_for(ddb, [first]) == {first: Details(trials=(8.0,), aggregate="best")}
    update_result(ddb, edited, None)
    assert details_for(ddb, [first]) == {}


def test_update_of_a_missing_row_changes_nothing(ddb):
    [first] = add_results(ddb, pair()[:1], [FULL], now=lambda: NOW)
    with pytest.raises(KeyError):
        update_result(ddb, Measurement(NOW, "left", 8.0, None, "", first + 1), Details())
    with pytest.raises(KeyError):
        update_measurement(ddb, Measurement(NOW, "left", 8.0, None, "", first + 1))
    assert details_for(ddb, [first, first + 1]) == {first: FULL}


def test_update_measurement_keeps_details_and_created_at(ddb):
    new_id = add_measurement(ddb, pair()[0], now=lambda: NOW)
    update_measurement(ddb, Measurement(NOW, "right", 5.0, 30.0, "x", new_id))
    assert list_measurements(ddb) == [Measurement(NOW, "right", 5.0, 30.0, "x", new_id)]
    assert ddb.query("SELECT created_at FROM measurements")[0]["created_at"] == NOW.isoformat()


def test_delete_and_restore_put_back_exactly_the_same(ddb):
    ids = add_results(ddb, pair(), [FULL, None], now=lambda: NOW)
    before = ddb.query("SELECT * FROM measurements ORDER BY id")
    removed = delete_result(ddb, ids[0])
    assert removed.measurement == replace(pair()[0], id=ids[0])
    assert removed.details == FULL
    assert details_for(ddb, ids) == {}  # cascaded
    assert restore_result(ddb, removed) == ids[0]
    assert [tuple(r) for r in ddb.query("SELECT * FROM measurements ORDER BY id")] == [
        tuple(r) for r in before
    ]
    assert details_for(ddb, ids) == {ids[0]: FULL}


def test_delete_of_a_missing_row_raises(ddb):
    with pytest.raises(KeyError):
        delete_result(ddb, 42)
    with pytest.raises(KeyError):
        delete_measurement(ddb, 42)


def test_measurement_level_delete_and_restore(ddb):
    ids = add_results(ddb, pair(), [FULL, FULL], now=lambda: NOW)
    gone = delete_measurement(ddb, ids[1])
    assert gone.id == ids[1] and gone.distance_cm == 12.0
    assert restore_measurement(ddb, gone, now=lambda: NOW) == ids[1]
    assert [m.id for m in list_measurements(ddb)] == ids
    assert ids[1] not in details_for(ddb, ids)  # restore_result is the one that keeps details


def test_restore_takes_a_new_id_when_the_old_one_was_reused(ddb):
    ids = add_results(ddb, pair(), [FULL, FULL], now=lambda: NOW)
    removed = delete_result(ddb, ids[1])
    # SQLite reuses the largest id once its row is gone.
    [reused] = add_results(ddb, pair()[:1], [None], now=lambda: NOW)
    assert reused == ids[1]
    restored = restore_result(ddb, removed)
    assert restored not in ids
    assert details_for(ddb, [restored]) == {restored: FULL}
    assert len(list_measurements(ddb)) == 3


def test_deleted_result_is_plain_data():
    removed = DeletedResult(pair()[0], None, NOW.isoformat())
    assert removed == DeletedResult(pair()[0], None, NOW.isoformat())


flags = st.none() | st.booleans()
details_strategy = st.builds(
    Details,
    footwear=st.sampled_from(["barefoot", "shod"]),
    toe=st.sampled_from(["big", "longest"]),
    inclinometer_site=st.none() | st.sampled_from(["below-tuberosity", "tuberosity", "other"]),
    heel_down=flags,
    knee_in_line=flags,
    arch_held=flags,
    trials=st.lists(st.floats(min_value=0, max_value=30), max_size=6).map(tuple),
    aggregate=st.none() | st.sampled_from(["mean", "best"]),
)


@settings(database=None, max_examples=30, deadline=None)
@given(details=st.lists(details_strategy, min_size=1, max_size=4))
def test_round_trip_property(details):
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(
            Path(folder) / "db.sqlite3", Path(folder) / "b", now=lambda: NOW, migrations=CHAIN
        )
        with db:
            measurements = [Measurement(NOW, "left", 10.0, None)] * len(details)
            ids = add_results(db, measurements, details, now=lambda: NOW)
            assert details_for(db, ids) == dict(zip(ids, details, strict=True))
