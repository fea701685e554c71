"""Editing doses: validation with messages, conversion to and from storage, the built-in routine."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mobility_app.catalog import Catalog, Dose
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.routine import RoutineItem
from mobility_app.routine.editing import (
    ARTICLE_ROUTINE_NAME,
    LIMITS,
    DraftItem,
    FieldError,
    LoadProblem,
    article_routine,
    check_routine_name,
    copy_name,
    dose_texts,
    from_stored,
    items_from_stored,
    limit_text,
    to_stored,
    validate_dose,
    validate_texts,
)
from mobility_app.storage import (
    StoredDose,
    StoredRoutine,
    StoredRoutineItem,
    load_routine,
    open_database,
    save_routine,
)

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
EXERCISES = [entry_id for entry_id in ARTICLE_ORDER if entry_id != "knee-to-wall"]
RANGE_TEXT = {
    "seconds": "5–300 s",
    "reps": "1–30",
    "sets": "1–10",
    "rest_seconds": "0–300 s",
    "tempo[0]": "0.5–10 s",
}


def fields_of(dose: Dose) -> dict[str, object]:
    return {
        "kind": dose.kind,
        "seconds": dose.seconds,
        "reps": dose.reps,
        "sets": dose.sets,
        "per_side": dose.per_side,
        "rest_seconds": dose.rest_seconds,
        "tempo": [phase.seconds for phase in dose.tempo],
    }


def validate(entry, **changes):
    values = fields_of(entry.dose)
    values.update(changes)
    return validate_dose(**values, entry=entry)


@pytest.mark.parametrize("entry_id", EXERCISES)
def test_every_catalogue_dose_is_valid_and_unchanged(catalog, entry_id):
    entry = catalog.get(entry_id)
    assert validate(entry) == entry.dose  # note and labels kept
    assert validate_texts(entry, dose_texts(entry.dose), entry.dose.per_side) == entry.dose


def test_an_edited_dose_drops_the_catalogue_note(catalog):
    entry = catalog.get("wall-lean")
    dose = validate(entry, seconds="45", reps=" 4 ")
    assert (dose.seconds, dose.reps, dose.note) == (45, 4, "")
    assert dose.total_seconds() > entry.dose.total_seconds()


def test_labels_stay_only_while_the_reps_match_them(catalog):
    entry = catalog.get("ankle-circles")
    assert validate(entry, seconds=20).labels == ("Clockwise", "Anticlockwise")
    assert validate(entry, reps=3).labels == ()


def test_tempo_keeps_the_exercise_actions_and_takes_decimal_commas(catalog):
    entry = catalog.get("calf-raise")
    dose = validate(entry, tempo=["1", "1", "2,5", "0.5"])
    assert [(p.action, p.seconds) for p in dose.tempo] == [
        ("Rise onto your toes", 1.0),
        ("Pause at the top", 1.0),
        ("Lower slowly", 2.5),
        ("Pause in the stretch", 0.5),
    ]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"seconds": ""}, "seconds", "Type a number"),
        ({"seconds": "abc"}, "seconds", "not a number"),
        ({"seconds": "30.5"}, "seconds", "whole number"),
        ({"seconds": "500"}, "seconds", "500 is out of range. Hold 5–300 s"),
        ({"reps": None}, "reps", "Type a number"),
        ({"rest_seconds": -5}, "rest_seconds", "-5 is out of range"),
        ({"kind": "timed"}, "kind", "done as held stretches, not as timed rounds"),
        ({"tempo": [1.0]}, "tempo", "has no tempo"),
    ],
)
def test_field_messages(catalog, changes, field, words):
    errors = validate(catalog.get("wall-lean"), **changes)
    assert isinstance(errors, list)
    [error] = [e for e in errors if e.field == field]
    assert words in error.message


def test_paced_reps_take_no_seconds_and_need_every_phase(catalog):
    entry = catalog.get("calf-raise")
    assert validate(entry, seconds=30) == [
        FieldError("seconds", "Paced repetitions last as long as their tempo.")
    ]
    assert [e.field for e in validate(entry, tempo=[1, 1])] == ["tempo"]
    [error] = validate(entry, tempo=[1, 1, 12, 1])
    assert error.field == "tempo[2]"
    assert error.message.startswith("12 is out of range. Lower slowly: 0.5–10 s")


def test_a_test_has_no_dose(catalog):
    [error] = validate_dose("hold", 30, 3, 1, True, 15, None, entry=catalog.get("knee-to-wall"))
    assert error.field == "kind"


def test_messages_cite_only_sources_from_the_facts_sheet():
    fields = ("seconds", "reps", "sets", "rest_seconds", "tempo")
    cited = " ".join(limit_text(f, kind) for f in fields for kind in ("hold", "reps", "timed"))
    assert "Bandy 1997" in cited and "Ryan 2012" in cited
    for year in ("2011", "2013", "2018", "2024"):
        assert year not in cited


OUTSIDE = {
    "seconds": st.one_of(st.integers(max_value=4), st.integers(min_value=301)),
    "reps": st.one_of(st.integers(max_value=0), st.integers(min_value=31)),
    "sets": st.one_of(st.integers(max_value=0), st.integers(min_value=11)),
    "rest_seconds": st.one_of(st.integers(max_value=-1), st.integers(min_value=301)),
}


@given(data=st.data(), field=st.sampled_from(sorted(OUTSIDE)), as_text=st.booleans())
def test_every_out_of_range_field_names_its_range(catalog, data, field, as_text):
    value = data.draw(OUTSIDE[field])
    errors = validate(catalog.get("deep-squat"), **{field: str(value) if as_text else value})
    assert [e.field for e in errors] == [field]
    assert RANGE_TEXT[field] in errors[0].message


@given(
    seconds=st.floats(allow_nan=True, allow_infinity=True).filter(lambda s: not 0.5 <= s <= 10.0)
)
def test_every_out_of_range_phase_names_its_range(catalog, seconds):
    errors = validate(catalog.get("calf-raise"), tempo=[1.0, seconds, 1.0, 1.0])
    assert [e.field for e in errors] == ["tempo[1]"]
    assert "0.5–10 s" in errors[0].message


# -- storage round trip -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    database, _ = open_database(folder / "db.sqlite3", folder / "backups", now=lambda: NOW)
    yield database
    database.close()


def doses(entry):
    base = entry.dose
    low, high = LIMITS.tempo
    return st.fixed_dictionaries(
        {
            "kind": st.just(base.kind),
            "seconds": st.integers(*LIMITS.seconds) if base.seconds else st.none(),
            "reps": st.integers(*LIMITS.reps),
            "sets": st.integers(*LIMITS.sets),
            "per_side": st.booleans(),
            "rest_seconds": st.integers(-5, 305),
            "tempo": st.lists(
                st.floats(low - 1, high + 1), min_size=len(base.tempo), max_size=len(base.tempo)
            ),
        }
    )


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(data=st.data(), entry_id=st.sampled_from(EXERCISES))
def test_any_accepted_dose_is_storable_and_loads_back_equal(catalog, db, data, entry_id):
    entry = catalog.get(entry_id)
    values = data.draw(doses(entry))
    dose = validate_dose(**values, entry=entry)
    if isinstance(dose, list):
        return  # refused with messages: nothing to store
    routine_id = save_routine(
        db, "Property", [to_stored(RoutineItem(entry, dose))], now=lambda: NOW
    )
    [stored] = load_routine(db, routine_id).items
    assert from_stored(stored, catalog) == RoutineItem(entry, dose)
    db.connection.execute("DELETE FROM routines")  # next example starts empty


# -- conversions --------------------------------------------------------------------------------


def test_to_stored_keeps_plain_values(catalog):
    stored = to_stored(RoutineItem(catalog.get("calf-raise")))
    assert stored == StoredRoutineItem(
        "calf-raise", StoredDose("reps", None, 12, 2, False, 60, (1.0, 1.0, 3.0, 1.0))
    )
    assert to_stored(RoutineItem(catalog.get("wall-lean"))).dose.tempo is None


def test_unknown_exercise_is_reported_and_left_out(catalog):
    good = to_stored(RoutineItem(catalog.get("wall-lean")))
    gone = StoredRoutineItem("gone-exercise", good.dose)
    test = StoredRoutineItem("knee-to-wall", good.dose)
    routine = StoredRoutine(1, "r", (gone, good, test), NOW, NOW)
    items, problems = items_from_stored(routine, catalog)
    assert items == [RoutineItem(catalog.get("wall-lean"), catalog.get("wall-lean").dose)]
    assert [p.exercise_id for p in problems] == ["gone-exercise", "knee-to-wall"]
    assert "no longer in the exercise library" in problems[0].message
    assert all(p.fallback is None for p in problems)


def test_a_dose_that_no_longer_fits_falls_back_to_the_catalogue(catalog):
    stored = StoredRoutineItem("calf-raise", StoredDose("reps", None, 12, 2, False, 60, (1.0, 2.0)))
    problem = from_stored(stored, catalog)
    assert isinstance(problem, LoadProblem)
    assert problem.fallback == RoutineItem(catalog.get("calf-raise"))
    items, problems = items_from_stored(StoredRoutine(1, "r", (stored,), NOW, NOW), catalog)
    assert items == [problem.fallback] and problems == [problem]


def test_article_routine_is_every_article_exercise_in_order(catalog):
    items = article_routine(catalog)
    assert [item.entry.id for item in items] == EXERCISES
    custom = dataclasses.replace(catalog.get("wall-lean"), id="my-own", custom=True)
    bigger = Catalog([*catalog.entries, custom])
    assert [item.entry.id for item in article_routine(bigger)] == EXERCISES


def test_draft_item_keeps_text_as_typed(catalog):
    draft = DraftItem.of(RoutineItem(catalog.get("wall-lean")))
    assert draft.dose == catalog.get("wall-lean").dose and draft.errors == {}
    draft.texts["seconds"] = "5OO"
    draft.check()
    assert draft.dose is None and "not a number" in draft.errors["seconds"]


def test_names():
    assert copy_name([]) == "My routine"
    assert copy_name(["my routine", "My routine 2"]) == "My routine 3"
    assert check_routine_name(" Morning ", ["Evening"]) == ""
    assert "already a routine" in check_routine_name("evening", ["Evening"])
    assert "built-in" in check_routine_name(ARTICLE_ROUTINE_NAME.upper(), [])
    assert "name" in check_routine_name("   ", [])
    assert "60 characters" in check_routine_name("x" * 61, [])
