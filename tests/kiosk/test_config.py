"""Kiosk config: defaults, ranges, and an error that names each bad key."""

from __future__ import annotations

from pathlib import Path

import pytest

from mobility_app.kiosk.config import (
    ConfigError,
    KioskConfig,
    choose_exercises,
    default_path,
    load_config,
    parse_config,
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def keys(error: ConfigError) -> list[str]:
    return [problem.key for problem in error.problems]


def test_defaults_with_only_a_pin(tmp_path, pin_hash_text):
    config = load_config(write(tmp_path, f'pin_hash = "{pin_hash_text}"\n'))
    assert config.pin_hash is not None
    assert (config.idle_seconds, config.warning_seconds, config.attract_seconds) == (60, 10, 12)
    assert config.sound is False  # a shared waiting room
    assert config.ankle_test is True
    assert config.exercises == ()
    assert config.language == ""
    assert config.reduced_motion is False  # the figures move unless the clinic says not


def test_every_key_is_read(tmp_path, pin_hash_text):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n")
    path = write(
        tmp_path,
        f"""
clinic_name = "Riverside Physiotherapy"
logo = "logo.png"
exercises = ["wall-lean", "deep-squat"]
ankle_test = false
idle_seconds = 90
warning_seconds = 15
attract_seconds = 8.5
hold_seconds = 20
sound = true
language = "es"
reduced_motion = true
pin_hash = "{pin_hash_text}"
""",
    )
    config = load_config(path)
    assert config.clinic_name == "Riverside Physiotherapy"
    assert config.logo == logo  # relative to the config file's folder
    assert config.exercises == ("wall-lean", "deep-squat")
    assert (config.ankle_test, config.sound, config.language) == (False, True, "es")
    assert (config.idle_seconds, config.warning_seconds) == (90.0, 15.0)
    assert (config.attract_seconds, config.hold_seconds) == (8.5, 20.0)
    assert config.reduced_motion is True


@pytest.mark.parametrize(
    ("line", "key", "words"),
    [
        ("idle_seconds = 5", "idle_seconds", "outside 15–3600"),
        ("idle_seconds = true", "idle_seconds", "must be a number"),
        ('warning_seconds = "ten"', "warning_seconds", "must be a number"),
        ("attract_seconds = 1000", "attract_seconds", "outside 4–300"),
        ("hold_seconds = 2", "hold_seconds", "outside 10–60"),
        ('sound = "off"', "sound", "true or false"),
        ("ankle_test = 1", "ankle_test", "true or false"),
        ('reduced_motion = "yes"', "reduced_motion", "must be true or false, not text ('yes')"),
        ("reduced_motion = 0", "reduced_motion", "true or false"),
        ("reduced_motions = true", "reduced_motions", "did you mean reduced_motion"),
        ('language = "English please"', "language", "language tag"),
        ("clinic_name = 3", "clinic_name", "must be text"),
        ('exercises = "wall-lean"', "exercises", "a list"),
        ("exercises = []", "exercises", "empty"),
        ('exercises = ["Wall Lean"]', "exercises[0]", "not an exercise id"),
        ('exercises = ["wall-lean", "wall-lean"]', "exercises[1]", "twice"),
        ('logo = "missing.png"', "logo", "no file"),
        ('logo = "notes.txt"', "logo", "not a PNG"),
        ("idle_second = 60", "idle_second", "did you mean idle_seconds"),
    ],
)
def test_a_bad_value_names_its_key(tmp_path, pin_hash_text, line, key, words):
    path = write(tmp_path, f'{line}\npin_hash = "{pin_hash_text}"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert keys(caught.value) == [key]
    message = str(caught.value)
    assert f"{path}: {key}: " in message
    assert words in message


def test_every_problem_is_listed_at_once(tmp_path, pin_hash_text):
    path = write(tmp_path, f'idle_seconds = 1\nsound = 2\npin_hash = "{pin_hash_text}"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert keys(caught.value) == ["sound", "idle_seconds"]


def test_no_pin_hash_refuses_and_says_how_to_set_one(tmp_path):
    path = write(tmp_path, 'clinic_name = "X"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert keys(caught.value) == ["pin_hash"]
    assert "mobility-app kiosk-pin" in str(caught.value)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "1234",
        "scrypt$16384$8$1$c2FsdA==",
        "scrypt$1000$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",  # n not a power of 2
        "scrypt$16384$8$1$!!!$aGFzaGhhc2hoYXNoaGFzaA==",
        "bcrypt$16384$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
        "scrypt$1048576$32$16$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",  # gigabytes
    ],
)
def test_a_malformed_pin_hash_names_the_key(tmp_path, text):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, f'pin_hash = "{text}"\n'))
    assert keys(caught.value) == ["pin_hash"]
    assert "kiosk-pin" in str(caught.value)


def test_a_screenshot_needs_no_pin(tmp_path):
    assert load_config(write(tmp_path, ""), require_pin=False).pin_hash is None


def test_a_missing_file_is_named_unless_allowed(tmp_path):
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) in str(caught.value)
    assert "pin_hash" in str(caught.value)
    assert load_config(path, require_pin=False, missing_ok=True) == KioskConfig()


def test_bad_toml_says_where(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, "idle_seconds = = 3\n"))
    assert "not valid TOML" in str(caught.value)
    assert "line 1" in str(caught.value)


def test_exercises_are_checked_against_the_catalogue(pin_hash_text):
    config = parse_config(
        {"exercises": ["wall-lean", "knee-to-wall", "moon-walk"], "pin_hash": pin_hash_text},
        base_dir=Path(),
    )
    with pytest.raises(ConfigError) as caught:
        choose_exercises(config, ["wall-lean", "deep-squat"], ["knee-to-wall"])
    assert keys(caught.value) == ["exercises[1]", "exercises[2]"]
    assert "is a test" in str(caught.value)
    assert "no exercise 'moon-walk'" in str(caught.value)


def test_no_exercise_list_means_all_in_catalogue_order():
    assert choose_exercises(KioskConfig(), ["a", "b"]) == ("a", "b")


def test_the_default_config_lives_in_the_config_dir(tmp_path):
    assert default_path(tmp_path) == tmp_path / "kiosk.toml"
