"""Export and import: exact round trips, formula-safe CSV, all-or-nothing refusal."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.exchange import ImportRejectedError, import_file, write_csv, write_json
from mobility_app.exchange.importer import parse_text
from mobility_app.storage import Measurement, add_measurements, list_measurements, open_database

ZONE = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=ZONE)
HEADER = "taken_at,side,distance_cm,angle_deg,note\r\n"


@pytest.fixture
def db(tmp_path):
    database, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "backups", now=lambda: NOW)
    yield database
    database.close()


def sample(n: int = 3) -> list[Measurement]:
    return [
        Measurement(NOW - dt.timedelta(days=7 * i), side, 10 + i * 0.5, None, f"week {i}")
        for i in range(n)
        for side in ("left", "right")
    ]


def csv_text(measurements) -> str:
    buffer = io.StringIO(newline="")
    write_csv(measurements, buffer)
    return buffer.getvalue()


def test_csv_has_the_contract_columns():
    text = csv_text(sample(1))
    assert text.startswith(HEADER)
    assert text.splitlines()[1] == "2026-11-24T09:00:00+01:00,left,10.0,,week 0"


@pytest.mark.parametrize("note", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx"])
def test_formula_notes_are_defused_and_round_trip(note):
    m = Measurement(NOW, "left", 10.0, None, note)
    text = csv_text([m])
    assert f",'{note}" in text
    parsed = parse_text(text, is_json=False, now=NOW)
    assert parsed.problems == [] and parsed.measurements[0][1].note == note


notes = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10**8),
            st.sampled_from(["left", "right"]),
            st.one_of(st.none(), st.floats(min_value=0, max_value=30)),
            st.floats(min_value=0, max_value=80),
            notes,
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["csv", "json"]),
)
def test_export_then_parse_is_exact(rows, kind):
    measurements = [
        Measurement(NOW - dt.timedelta(seconds=age), side, distance, angle, note)
        for age, side, distance, angle, note in rows
    ]
    buffer = io.StringIO(newline="")
    if kind == "csv":
        write_csv(measurements, buffer)
    else:
        write_json(measurements, [], buffer)
    parsed = parse_text(buffer.getvalue(), is_json=kind == "json", now=NOW)
    assert parsed.problems == []
    assert [m for _, m in parsed.measurements] == measurements


def test_every_bad_line_is_listed_and_nothing_is_stored(db, tmp_path):
    add_measurements(db, sample(1), now=lambda: NOW)
    before = list_measurements(db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "2026-11-01T10:00:00+01:00,left,11.0,,fine\r\n"
        + "2026-11-02T10:00:00+01:00,middle,11.0,,\r\n"
        + "yesterday,left,11.0,,\r\n"
        + "2026-11-03T10:00:00+01:00,right,45,,\r\n"
        + "2026-11-04T10:00:00+01:00,right,,,\r\n"
        + "2030-01-01T10:00:00+01:00,right,10,,\r\n"
        + "2026-11-05T10:00:00+01:00,right,ten,,\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejectedError) as refused:
        import_file(db, bad, now=NOW)
    lines = [str(p) for p in refused.value.problems]
    assert lines == [
        "line 3: side: 'middle' is not left or right",
        "line 4: taken_at: 'yesterday' is not an ISO 8601 date and time",
        "line 5: distance_cm: 45 cm is outside 0–30 cm",
        "line 6: distance_cm and angle_deg are both empty; give at least one",
        "line 7: taken_at: 2030-01-01T10:00:00+01:00 is in the future",
        "line 8: distance_cm: 'ten' is not a number",
    ]
    assert list_measurements(db) == before


def test_bom_blank_lines_and_duplicates(db, tmp_path):
    existing = sample(1)
    add_measurements(db, existing, now=lambda: NOW)
    path = tmp_path / "in.csv"
    new_row = "2026-10-01T08:00:00+01:00,left,9.5,,older\r\n"
    path.write_text(
        "\ufeff" + csv_text(existing) + "\r\n" + new_row + new_row + "\r\n\r\n", encoding="utf-8"
    )
    report = import_file(db, path, now=NOW)
    assert (report.added, report.duplicates) == (1, 3)
    assert len(list_measurements(db)) == 3
    again = import_file(db, path, now=NOW)
    assert (again.added, again.duplicates) == (0, 4)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the file is empty"),
        ("when,side,cm\r\n", "wrong header (missing taken_at, distance_cm, angle_deg, note;"),
        ("side,taken_at,distance_cm,angle_deg,note\r\n", "columns are in another order"),
        (HEADER, "the file holds no results"),
        (HEADER + "2026-11-01T10:00:00+01:00,left\r\n", "expected 5 fields, found 2"),
    ],
)
def test_file_level_problems(text, reason):
    problems = parse_text(text, is_json=False, now=NOW).problems
    assert problems and reason in str(problems[0]), problems


def test_json_export_includes_sessions_and_is_readable(db):
    from mobility_app.storage import finish_session, list_sessions, start_session

    session = start_session(db, "Article routine", NOW - dt.timedelta(hours=1))
    finish_session(db, session, "finished", NOW)
    buffer = io.StringIO()
    write_json(sample(1), list_sessions(db), buffer)
    document = json.loads(buffer.getvalue())
    assert document["format"] == "ankle-mobility" and document["version"] == 1
    assert document["sessions"][0]["routine_name"] == "Article routine"
    assert len(document["measurements"]) == 2


def test_naive_times_are_read_as_local_time():
    parsed = parse_text(HEADER + "2026-11-01T10:00:00,left,10,,\r\n", is_json=False, now=NOW)
    assert parsed.measurements[0][1].taken_at.utcoffset() == dt.timedelta(hours=1)


def test_not_utf8_names_the_line(tmp_path):
    from mobility_app.exchange import parse_file

    path = tmp_path / "x.csv"
    path.write_bytes(HEADER.encode() + b"2026-11-01,left,10,,caf\xe9\r\n")
    assert str(parse_file(path, now=NOW).problems[0]) == "line 2: not UTF-8 text"
