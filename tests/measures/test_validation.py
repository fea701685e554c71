"""Validation of a test entry: each field's problem is named; nothing invalid gets through."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_app.measures.validation import FieldError, ValidatedEntry, validate_entry

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def validate(left="", right="", unit="cm", when=NOW, angles=None, point="."):
    return validate_entry(
        distances={"left": left, "right": right},
        angles=angles,
        unit=unit,
        when=when,
        now=NOW,
        decimal_point=point,
    )


def errors_of(result):
    assert isinstance(result, list), result
    return {e.field: e.message for e in result}


def test_valid_entry_in_cm_and_inches():
    result = validate("11.5", "10")
    assert isinstance(result, ValidatedEntry)
    assert [(r.side, r.distance_cm) for r in result.readings] == [("left", 11.5), ("right", 10)]
    inches = validate("4", "", unit="in")
    assert isinstance(inches, ValidatedEntry)
    assert inches.readings[0].distance_cm == pytest.approx(10.16)
    assert len(inches.readings) == 1


def test_one_side_with_only_an_angle_is_fine():
    result = validate(angles={"left": "38"})
    assert isinstance(result, ValidatedEntry)
    assert result.readings[0].angle_deg == 38 and result.readings[0].distance_cm is None


def test_both_sides_empty_is_refused():
    assert "at least one leg" in errors_of(validate())["sides"]


def test_not_a_number_names_the_field_and_gives_an_example():
    errors = errors_of(validate("eleven", "10"))
    assert set(errors) == {"left"}
    assert "'eleven' is not a number" in errors["left"] and "e.g. 11.5" in errors["left"]
    assert "e.g. 11,5" in errors_of(validate("x", point=","))["left"]


def test_out_of_range_states_the_range_and_why():
    errors = errors_of(validate("31", "-1"))
    assert "outside 0–30 cm" in errors["left"] and "typing slip" in errors["left"]
    assert "outside 0–30 cm" in errors["right"]
    assert "outside 0–11.8 in" in errors_of(validate("12", unit="in"))["left"]
    assert "outside 0–80°" in errors_of(validate("10", angles={"right": "95"}))["right_angle"]


def test_future_date_is_refused_but_a_moment_ago_is_fine():
    assert "future" in errors_of(validate("10", when=NOW + dt.timedelta(days=1)))["when"]
    assert isinstance(validate("10", when=NOW + dt.timedelta(seconds=30)), ValidatedEntry)


def test_every_problem_is_reported_at_once():
    errors = validate("abc", "99", when=NOW + dt.timedelta(days=2))
    assert {e.field for e in errors} == {"left", "right", "when"}
    assert all(isinstance(e, FieldError) for e in errors)


def test_decimal_comma():
    result = validate("11,5", point=",")
    assert isinstance(result, ValidatedEntry) and result.readings[0].distance_cm == 11.5


def test_naive_datetime_is_a_programming_error():
    with pytest.raises(ValueError, match="aware"):
        validate("10", when=dt.datetime(2026, 1, 1))


@given(st.text(max_size=12), st.text(max_size=12))
def test_anything_accepted_is_within_range(left, right):
    result = validate(left, right)
    if isinstance(result, ValidatedEntry):
        for reading in result.readings:
            assert reading.distance_cm is not None and 0 <= reading.distance_cm <= 30
