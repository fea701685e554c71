"""Progress summary: per-leg verdicts against the measurement error, asymmetry, plain wording."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_app import i18n
from mobility_app.measures import facts
from mobility_app.measures.interpret import change_since
from mobility_app.measures.summary import summarise, summary_lines
from mobility_app.storage import Measurement

ZONE = dt.timezone(dt.timedelta(hours=1))


def result(day, side, cm=None, deg=None, note="", id=None, minute=0):
    when = dt.datetime(2025, 11, 1, 8, minute, tzinfo=ZONE) + dt.timedelta(days=day)
    return Measurement(when, side, cm, deg, note, id)


def texts(measurements, **options):
    return [line.text for line in summary_lines(summarise(measurements), **options)]


def line_for(measurements, side, kind="distance", **options):
    lines = summary_lines(summarise(measurements), **options)
    return next(x.text for x in lines if x.topic == "change" and x.side == side and x.kind == kind)


def test_a_gain_beyond_the_error_is_likely_real_and_cites_its_source():
    text = line_for([result(2, "left", 9.8), result(60, "left", 12.4)], "left")
    assert text.startswith("Left: 12.4 cm, up 2.6 cm since 3 Nov 2025")
    assert "likely a real change (beyond the 2 cm measurement error" in text
    assert facts.MDC_SOURCE in text


def test_a_loss_beyond_the_error_is_likely_real():
    text = line_for([result(0, "right", 12.0), result(30, "right", 9.5)], "right")
    assert "Right: 9.5 cm, down 2.5 cm since" in text
    assert "likely a real change" in text


@pytest.mark.parametrize("latest", [11.5, 12.0, 8.0, 10.4])
def test_changes_up_to_the_error_are_within_noise(latest):
    # Exactly one MDC is still noise (interpret.Change; Powden 2015).
    text = line_for([result(0, "left", 10.0), result(30, "left", latest)], "left")
    assert "within measurement noise" in text
    assert "likely a real change" not in text


def test_no_change_says_the_same():
    text = line_for([result(0, "left", 10.0), result(30, "left", 10.0)], "left")
    assert "the same as on 1 Nov 2025" in text and "within measurement noise" in text


def test_a_first_result_is_the_baseline():
    text = line_for([result(0, "left", 10.0)], "left")
    assert "the result later tests are compared with" in text


def test_a_change_just_beyond_the_error_never_reads_as_equal_to_it():
    text = line_for([result(0, "left", 10.0), result(30, "left", 12.04)], "left")
    assert "up 2.04 cm" in text and "likely a real change" in text


def test_asymmetry_is_flagged_only_above_1_5_cm_with_the_reason():
    within = texts([result(0, "left", 10.0), result(0, "right", 11.5, minute=5)])
    assert any("within the 1.5 cm that healthy people usually differ by" in t for t in within)
    flagged = texts([result(0, "left", 10.0), result(0, "right", 11.6, minute=5)])
    line = next(t for t in flagged if t.startswith("Your legs differ"))
    assert "1.6 cm (left lower" in line and "more than the 1.5 cm" in line
    assert facts.ASYMMETRY_SOURCE in line


def test_asymmetry_uses_the_latest_pair_taken_on_the_same_day():
    rows = [
        result(0, "left", 10.0),
        result(0, "right", 10.2, minute=3),
        result(5, "right", 14.0),  # no left result that day: not a pair
        result(9, "left", 12.5),
    ]
    summary = summarise(rows)
    when, pair = summary.latest_difference["distance"]
    assert when.date() == dt.date(2025, 11, 1) and not pair.flagged
    assert len(summary.pairs["distance"]) == 1


def test_without_a_same_day_pair_the_person_is_asked_to_test_both_legs():
    lines = texts([result(0, "left", 10.0), result(3, "right", 12.0)])
    assert "Test both legs on the same day to compare them." in lines


def test_typical_range_is_context_never_a_pass_mark():
    lines = texts([result(0, "left", 8.0), result(0, "right", 12.0, minute=4)])
    context = next(t for t in lines if t.startswith("For context"))
    assert "not a target" in context and "10–14 cm" in context
    assert "left below it, right within it" in context
    assert facts.TYPICAL_SOURCE in context
    assert not any(word in " ".join(lines).lower() for word in ("fail", "pass", "normal"))


def test_expectation_and_professional_advice_close_the_summary():
    lines = summary_lines(summarise([result(0, "left", 10.0)]))
    assert [line.topic for line in lines[-2:]] == ["expectation", "advice"]
    assert "about the size of the measurement error" in lines[-2].text
    assert "3–8 weeks" in lines[-2].text and facts.EXPECTATION_SOURCE in lines[-2].text
    assert lines[-1].text == "If one side stays stiff or painful, see a physiotherapist."


def test_distances_in_inches_including_the_thresholds():
    rows = [result(0, "left", 9.8), result(0, "right", 12.0, minute=4), result(60, "left", 12.4)]
    lines = texts(rows, unit="in")
    assert "Left: 4.9 in, up 1.0 in since 1 Nov 2025" in lines[0]
    assert "beyond the 0.8 in measurement error" in lines[0]
    assert any("3.9–5.5 in" in t for t in lines)
    assert not any(" cm" in t for t in lines if not t.startswith("What to expect"))


def test_angles_get_their_own_lines_and_are_never_converted():
    rows = [result(0, "left", 10.0, 35.0), result(40, "left", 10.5, 41.0)]
    lines = summary_lines(summarise(rows))
    distance = next(x.text for x in lines if x.kind == "distance" and x.topic == "change")
    angle = next(x.text for x in lines if x.kind == "angle" and x.topic == "change")
    assert "°" not in distance and "within measurement noise" in distance
    assert angle.startswith("Left (angle): 41.0°, up 6.0°") and "cm" not in angle
    assert "beyond the 5° measurement error" in angle


def test_angle_only_results_have_no_distance_lines():
    lines = summary_lines(summarise([result(0, "right", None, 38.0)]))
    assert not any(line.kind == "distance" for line in lines)
    assert not any("cm" in line.text for line in lines if line.topic == "change")


def test_a_chosen_baseline_replaces_the_first_result_of_its_leg_only():
    rows = [
        result(0, "left", 8.0, id=1),
        result(0, "right", 8.0, minute=4, id=2),
        result(20, "left", 11.0, id=3),
        result(40, "left", 11.5, id=4),
        result(40, "right", 11.5, minute=4, id=5),
    ]
    summary = summarise(rows, baseline_ids={3})
    assert summary.legs[("left", "distance")].baseline.id == 3
    assert summary.legs[("right", "distance")].baseline.id == 2
    text = line_for(rows, "left")  # default: the first result
    assert "likely a real change" in text
    lines = summary_lines(summary)
    chosen = next(x.text for x in lines if x.side == "left")
    assert "up 0.5 cm since 21 Nov 2025 (your chosen baseline)" in chosen
    assert "within measurement noise" in chosen


def test_every_stored_row_is_one_result_even_minutes_apart():
    rows = [result(0, "left", 10.0, minute=0), result(0, "left", 10.4, minute=20)]
    assert len(summarise(rows).series[("left", "distance")]) == 2


def test_rows_are_put_in_time_order_and_the_date_range_is_kept():
    rows = [result(9, "left", 11.0), result(0, "left", 10.0), result(4, "right", 12.0)]
    summary = summarise(rows)
    assert summary.series[("left", "distance")].values == (10.0, 11.0)
    assert summary.first.date() == dt.date(2025, 11, 1)
    assert summary.last.date() == dt.date(2025, 11, 10)
    assert summary.count == 3


def test_no_results():
    summary = summarise([])
    assert summary.empty and summary.first is None
    assert [line.topic for line in summary_lines(summary)] == ["empty"]


def test_wording_goes_through_the_translation_hook_and_the_locale():
    seen = []

    def translator(context, text, disambiguation=None, n=-1):
        seen.append((context, text))
        return text.replace("Left", "Links").replace("Your legs", "Deine Beine")

    i18n.install(translator)
    try:
        lines = texts([result(0, "left", 12.4)], decimal_point=",")
        both = texts([result(0, "left", 12.4), result(0, "right", 11.0)])
    finally:
        i18n.install(None)
    assert lines[0].startswith("Links: 12,4 cm")
    assert any(line.startswith("Deine Beine differ by 1.4 cm") for line in both)
    # Whole-sentence templates reach the hook before their numbers are filled in.
    first = "%1: %2 on %3, the result later tests are compared with."
    assert ("ProgressSummary", first) in seen
    assert all(context == "ProgressSummary" for context, _ in seen if "%1: %2" in _)


@given(
    st.floats(min_value=0, max_value=30, allow_nan=False),
    st.floats(min_value=0, max_value=30, allow_nan=False),
)
def test_the_words_always_match_the_verdict(baseline, latest):
    text = line_for([result(0, "left", baseline), result(30, "left", latest)], "left")
    verdict = change_since(baseline, latest, "distance").verdict
    assert ("likely a real change" in text) == (verdict != "noise")
    if verdict == "gain":
        assert " up " in text
    if verdict == "loss":
        assert " down " in text
