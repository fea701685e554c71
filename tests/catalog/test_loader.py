"""The exercise-file loader: built-in content is valid; every bad case names file and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mobility_app import paths
from mobility_app.catalog import load_catalog, load_entry
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.catalog.loader import EntryError

VALID = textwrap.dedent(
    """\
    schema = 1
    id = "toe-walk"
    kind = "exercise"
    name = "Toe walk"
    summary = "Calf strength"
    purpose = "Builds the calf."
    targets = ["Calf"]
    equipment = []
    steps = ["Stand tall.", "Rise onto your toes.", "Walk ten steps."]
    cues = ["Stay tall."]
    mistakes = ["Heels drop. Stay high."]
    safety = ["Stop if it hurts."]
    sources = ["Clinic handout"]

    [dose]
    kind = "hold"
    seconds = 30
    reps = 3
    sets = 1
    per_side = false
    rest_seconds = 10
    note = "A gentle start."
    """
)


def write(folder: Path, text: str, name: str = "toe-walk") -> Path:
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(EntryError) as caught:
        load_entry(path)
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


def test_builtin_catalog_has_every_article_entry_in_order():
    catalog = load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)
    assert [e.id for e in catalog.entries] == list(ARTICLE_ORDER)
    assert catalog.problems == []
    assert [e.id for e in catalog.tests] == ["knee-to-wall"]
    for entry in catalog.exercises:
        assert entry.dose is not None and entry.dose.total_seconds() > 0
        assert len(entry.steps) >= 3 and entry.safety and entry.sources


def test_builtin_doses_follow_the_article():
    catalog = load_catalog(paths.builtin_exercises_dir())
    wall = catalog.get("wall-lean")
    assert wall and wall.dose and (wall.dose.kind, wall.dose.seconds) == ("hold", 30)
    assert wall.dose.per_side
    calf = catalog.get("calf-raise")
    assert calf and calf.dose and calf.dose.kind == "reps" and 10 <= calf.dose.reps <= 15
    assert calf.dose.sets == 2 and calf.dose.tempo
    circles = catalog.get("ankle-circles")
    assert circles and circles.dose and 20 <= (circles.dose.seconds or 0) <= 30
    assert len(circles.dose.labels) == circles.dose.reps == 2
    test = catalog.get("knee-to-wall")
    assert test and test.test and test.test.trials_per_side == 3 and test.dose is None


def test_valid_custom_file_loads(tmp_path):
    entry = load_entry(write(tmp_path, VALID))
    assert entry.name == "Toe walk" and entry.dose and entry.dose.reps == 3


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("schema = 1", "schema = 2"), "schema: version 2 is not supported"),
        (('id = "toe-walk"', 'id = "Toe Walk"'), "id: 'Toe Walk' must be lower-case"),
        (('id = "toe-walk"', 'id = "other"'), "id: 'other' does not match the file name"),
        (('kind = "exercise"', 'kind = "drill"'), "kind: 'drill' is not one of"),
        (('name = "Toe walk"', "name = 3"), "name: expected text, found a whole number"),
        (('name = "Toe walk"', 'name = "  "'), "name: must not be empty"),
        (('summary = "Calf strength"\n', ""), "summary: missing"),
        (
            (
                'steps = ["Stand tall.", "Rise onto your toes.", "Walk ten steps."]',
                'steps = ["Stand."]',
            ),
            "steps: expected 3–12 items, found 1",
        ),
        (('cues = ["Stay tall."]', 'cues = ["Stay tall.", 4]'), "cues[1]: expected text"),
        (("seconds = 30", "seconds = 3000"), "dose.seconds: 3000 is outside 5–300"),
        (("seconds = 30", 'seconds = "30"'), "dose.seconds: expected a whole number, found text"),
        (("reps = 3", "reps = 0"), "dose.reps: 0 is outside 1–30"),
        (("per_side = false", "per_side = 1"), "dose.per_side: expected true or false"),
        (('kind = "hold"', 'kind = "stretchy"'), "dose.kind: 'stretchy' is not one of"),
        (("rest_seconds = 10\n", ""), "dose.rest_seconds: missing"),
        (("rest_seconds = 10", "rest_secs = 10"), "dose.rest_secs: unknown key"),
        (
            ('summary = "Calf strength"', 'summary = "Calf strength"\ncolour = "red"'),
            "colour: unknown key",
        ),
        (('kind = "hold"', 'kind = "reps"'), "dose.tempo: missing"),
        (
            ("reps = 3", 'reps = 3\nlabels = ["one"]'),
            "dose.labels: needs one label per rep (reps is 3), found 1",
        ),
    ],
)
def test_each_bad_field_is_reported_with_its_name(tmp_path, change, expected):
    old, new = change
    assert old in VALID
    found = problems_of(write(tmp_path, VALID.replace(old, new, 1)))
    assert any(expected in line for line in found), found


def test_reps_dose_with_tempo_and_bad_phase(tmp_path):
    text = VALID.replace('kind = "hold"', 'kind = "reps"').replace("seconds = 30\n", "")
    good = text + '\n[[dose.tempo]]\naction = "Rise"\nseconds = 1.5\n'
    entry = load_entry(write(tmp_path, good))
    assert entry.dose and entry.dose.rep_seconds == 1.5
    bad = text + '\n[[dose.tempo]]\naction = "Rise"\nseconds = 60\n'
    assert any(
        "dose.tempo[0].seconds: 60 is outside" in p for p in problems_of(write(tmp_path, bad))
    )


def test_every_problem_in_a_file_is_listed_not_just_the_first(tmp_path):
    text = VALID.replace("reps = 3", "reps = 0").replace('name = "Toe walk"', "name = 1")
    found = problems_of(write(tmp_path, text))
    assert len(found) == 2


def test_not_toml_and_not_utf8(tmp_path):
    assert "(file): not valid TOML" in problems_of(write(tmp_path, "schema = = 1"))[0]
    path = tmp_path / "toe-walk.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert "(file): not UTF-8 text" in problems_of(path)[0]


def test_test_entry_needs_test_table_not_dose(tmp_path):
    text = VALID.replace('kind = "exercise"', 'kind = "test"')
    found = problems_of(write(tmp_path, text))
    assert any("dose: a test has a [test] table" in p for p in found)
    assert any("test: missing" in p for p in found)


def test_bad_custom_file_is_skipped_with_a_problem_not_a_crash(tmp_path):
    custom = tmp_path / "exercises"
    custom.mkdir()
    write(custom, VALID)
    write(custom, VALID.replace("reps = 3", "reps = 99").replace("toe-walk", "bad-one"), "bad-one")
    write(custom, VALID.replace("toe-walk", "wall-lean"), "wall-lean")  # clashes with built-in
    catalog = load_catalog(paths.builtin_exercises_dir(), custom, ARTICLE_ORDER)
    ids = [e.id for e in catalog.entries]
    assert "toe-walk" in ids and "bad-one" not in ids
    assert ids.count("wall-lean") == 1 and not catalog.get("wall-lean").custom
    messages = [str(p) for p in catalog.problems]
    assert any(m.startswith("bad-one.toml: dose.reps: 99 is outside") for m in messages)
    assert any(m.startswith("wall-lean.toml: id: 'wall-lean' is already used") for m in messages)
    # Built-ins keep the article's order; custom entries follow.
    assert ids[: len(ARTICLE_ORDER) - 1] == list(ARTICLE_ORDER[:-1])


def test_broken_builtin_file_is_an_error(tmp_path):
    write(tmp_path, VALID.replace("reps = 3", "reps = 0"))
    with pytest.raises(EntryError, match=r"dose\.reps"):
        load_catalog(tmp_path)


def test_dose_total_time_counts_sides_and_rests(tmp_path):
    entry = load_entry(write(tmp_path, VALID.replace("per_side = false", "per_side = true")))
    dose = entry.dose
    assert dose is not None
    # Get ready, 3 holds of 30 s with 2 rests of 10 s per side, a switch step between sides.
    assert dose.total_seconds() == 5 + (3 * 30 + 2 * 10) * 2 + 8


def test_custom_file_with_a_bad_animation_is_skipped_naming_the_field(tmp_path):
    custom = tmp_path / "exercises"
    custom.mkdir()
    write(custom, VALID + '\n[animation]\nduration = "long"\n')
    catalog = load_catalog(paths.builtin_exercises_dir(), custom, ARTICLE_ORDER)
    assert catalog.get("toe-walk") is None
    assert any(
        str(p).startswith("toe-walk.toml: animation.duration: expected a number")
        for p in catalog.problems
    ), catalog.problems


def test_every_builtin_entry_has_a_valid_animation():
    from mobility_app.catalog import entry_animation

    for entry in load_catalog(paths.builtin_exercises_dir()).entries:
        animation = entry_animation(entry)
        assert animation is not None and animation.duration > 0
