"""What the kiosk says about a test result, the QR text, and the short guided hold's dose."""

from __future__ import annotations

import datetime as dt

import pytest

from mobility_app.kiosk.result import (
    KioskResult,
    advice_line,
    difference_line,
    leg_lines,
    qr_text,
)
from mobility_app.kiosk.sampler import sampler_dose, sampler_item

DAY = dt.date(2026, 11, 24)


def test_qr_text_is_the_plain_result_and_nothing_else():
    text = qr_text(KioskResult(11.5, 10.0, DAY))
    assert text == (
        "Knee-to-wall 2026-11-24: left 11.5 cm, right 10.0 cm; difference 1.5 cm. "
        "Typical adults 10-14 cm."
    )


def test_qr_text_with_one_leg_and_a_decimal_comma():
    assert qr_text(KioskResult(None, 9.5, DAY), decimal_point=",") == (
        "Knee-to-wall 2026-11-24: right 9,5 cm. Typical adults 10-14 cm."
    )


def test_leg_lines_place_each_value_against_typical_adults():
    lines = leg_lines(KioskResult(8.0, 12.0, DAY))
    assert lines[0][0] == "Left leg: 8.0 cm"
    assert lines[0][1].startswith("Below the 10–14 cm")
    assert lines[1][1].startswith("Within the 10–14 cm")


def test_difference_is_noted_only_beyond_1_5_cm():
    assert "the right leg moves less" in difference_line(KioskResult(12.0, 10.0, DAY))
    assert "within the 1.5 cm" in difference_line(KioskResult(12.0, 10.5, DAY))
    assert difference_line(KioskResult(12.0, None, DAY)) == ""


def test_advice_names_the_measurement_error():
    assert "2 cm" in advice_line()


def test_a_result_needs_a_leg():
    with pytest.raises(ValueError):
        KioskResult(None, None, DAY)


def test_sampler_caps_each_kind_of_dose(kiosk_catalog):
    wall = kiosk_catalog.get("wall-lean")  # 3 × 30 s holds per side
    dose = sampler_dose(wall.dose, 20)
    assert (dose.reps, dose.sets, dose.seconds, dose.per_side) == (1, 1, 20, True)
    circles = kiosk_catalog.get("ankle-circles")  # timed, labelled bouts
    assert sampler_dose(circles.dose, 60).seconds == circles.dose.seconds
    assert sampler_dose(circles.dose, 60).labels == circles.dose.labels[:1]
    raise_ = kiosk_catalog.get("calf-raise")  # paced reps
    capped = sampler_dose(raise_.dose, 30)
    assert capped.sets == 1
    assert capped.work_seconds() <= 30
    assert sampler_item(raise_, 30).effective_dose == capped


def test_an_entry_without_a_dose_has_no_hold(kiosk_catalog):
    with pytest.raises(ValueError):
        sampler_item(kiosk_catalog.get("knee-to-wall"), 30)
