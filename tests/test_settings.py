"""Settings: defaults, lenient reading of stored values, refusal of bad values set in code."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_app.settings import Settings, from_mapping, to_mapping, validated


def test_defaults_follow_the_evidence():
    settings = Settings()
    assert settings.unit == "cm" and settings.aggregate == "mean" and settings.trials_per_side == 3
    assert not settings.speech_enabled and settings.sound_enabled


def test_round_trip_through_strings():
    custom = Settings(
        unit="in",
        aggregate="best",
        volume=0.25,
        speech_enabled=True,
        weekly_target_days=6,
        language="es",
        theme="high-contrast",
        text_scale=175,
    )
    stored = {
        k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in to_mapping(custom).items()
    }
    assert from_mapping(stored) == custom


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("unit", "furlongs"),
        ("volume", "loud"),
        ("volume", "3"),
        ("weekly_target_days", "9"),
        ("speech_enabled", "perhaps"),
        ("trials_per_side", "0"),
        ("theme", "neon"),
        ("text_scale", "250"),
        ("text_scale", "99"),
        ("text_scale", "big"),
    ],
)
def test_bad_stored_values_fall_back_to_defaults(key, value, caplog):
    settings = from_mapping({key: value, "unit": "in"} if key != "unit" else {key: value})
    assert getattr(settings, key) == getattr(Settings(), key)
    assert f"Ignored setting {key}" in caplog.text


def test_validated_refuses_out_of_range():
    with pytest.raises(ValueError, match="outside"):
        validated(Settings(volume=2.0))


@given(st.dictionaries(st.sampled_from(list(to_mapping(Settings()))), st.text(max_size=8)))
def test_any_stored_mapping_gives_valid_settings(stored):
    validated(from_mapping(stored))


def test_theme_and_text_scale_defaults_follow_the_system():
    settings = Settings()
    assert settings.theme == "system" and settings.text_scale == 100


def test_validated_refuses_unknown_theme_and_scale():
    with pytest.raises(ValueError, match="not one of"):
        validated(Settings(theme="neon"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="outside"):
        validated(Settings(text_scale=300))
