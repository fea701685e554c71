"""Units and number parsing: what people type is read as they mean it, or refused clearly."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_app.measures.units import (
    NumberFormatError,
    format_number,
    from_cm,
    parse_number,
    to_cm,
)


@given(st.floats(min_value=0, max_value=1000, allow_nan=False))
def test_cm_inch_round_trip(value):
    assert math.isclose(from_cm(to_cm(value, "in"), "in"), value, rel_tol=1e-12, abs_tol=1e-12)
    assert to_cm(value, "cm") == value


def test_one_inch_is_2_54_cm():
    assert to_cm(1, "in") == 2.54
    assert from_cm(12.7, "in") == pytest.approx(5.0)


@pytest.mark.parametrize(
    ("text", "point", "value"),
    [
        ("11.5", ".", 11.5),
        (" 11.5 ", ".", 11.5),
        ("11,5", ",", 11.5),
        ("11,5", ".", 11.5),  # the other separator, where it cannot be a thousands mark
        ("12", ".", 12.0),
        ("+3", ".", 3.0),
        ("0.0", ".", 0.0),
    ],
)
def test_parses_what_people_type(text, point, value):
    assert parse_number(text, point) == value


@pytest.mark.parametrize("text", ["", "  ", "abc", "1.2.3", "12cm", "nan", "inf", "-", ".", "1e5"])
def test_refuses_what_is_not_a_plain_number(text):
    with pytest.raises(NumberFormatError):
        parse_number(text)


@given(st.floats(min_value=0, max_value=30, allow_nan=False), st.sampled_from([".", ","]))
def test_format_then_parse_round_trips(value, point):
    assert parse_number(format_number(value, point, 3), point) == pytest.approx(value, abs=1e-3)
