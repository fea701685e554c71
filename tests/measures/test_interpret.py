"""Interpretation: changes count only beyond the measurement error; asymmetry; context."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_app.measures import facts
from mobility_app.measures.interpret import aggregate, asymmetry, change_since, typical_context


@pytest.mark.parametrize(
    ("baseline", "latest", "verdict"),
    [
        (10.0, 12.0, "noise"),  # exactly one MDC is still noise
        (10.0, 12.1, "gain"),
        (10.0, 7.9, "loss"),
        (10.0, 11.0, "noise"),
        (10.0, 10.0, "noise"),
    ],
)
def test_distance_change_against_the_2_cm_threshold(baseline, latest, verdict):
    assert change_since(baseline, latest, "distance").verdict == verdict


def test_angle_threshold_is_5_degrees():
    assert change_since(35, 40, "angle").verdict == "noise"
    assert change_since(35, 40.5, "angle").verdict == "gain"
    assert facts.MDC_ANGLE_DEG == 5.0


@given(
    st.floats(min_value=0, max_value=30, allow_nan=False),
    st.floats(min_value=0, max_value=30, allow_nan=False),
)
def test_verdict_matches_the_threshold_everywhere(baseline, latest):
    change = change_since(baseline, latest, "distance")
    if abs(latest - baseline) <= 2.0:
        assert change.verdict == "noise"
    elif abs(latest - baseline) > 2.0 + 1e-6:
        assert change.verdict == ("gain" if latest > baseline else "loss")


def test_asymmetry_flags_above_1_5_cm_only():
    assert not asymmetry(10.0, 11.5, "distance").flagged
    flagged = asymmetry(10.0, 11.6, "distance")
    assert flagged.flagged and flagged.lower_side == "left"
    assert asymmetry(38, 45, "angle").flagged and not asymmetry(38, 43, "angle").flagged


def test_typical_range_is_context():
    assert typical_context(9.9, "distance") == "below"
    assert typical_context(12, "distance") == "within"
    assert typical_context(14.5, "distance") == "above"
    assert typical_context(40, "angle") == "within"


def test_aggregate_mean_and_best():
    assert aggregate([10, 11, 12]) == 11
    assert aggregate([10, 11, 12], "best") == 12
    with pytest.raises(ValueError):
        aggregate([])
