"""Plans built from the real doses: the exact shape of each exercise, totals, cues and texts."""

import math
from dataclasses import replace

import pytest

from mobility_app.routine import PlanOptions, RoutineItem, build_plan, default_routine

from .helpers import hold, item, paced, shape

P6 = " ".join(["p6"] * 12)
P8 = " ".join(["p8"] * 8)

# Codes: R ready, S switch side, r rest, H hold, B timed bout, p one paced rep; then seconds.
EXPECTED_SHAPES = {
    "deep-squat": "R5 H30 r30 H30 r30 H30",
    "ankle-circles": "R5 B25 r10 B25 S8 B25 r10 B25",
    "calf-raise": f"R5 {P6} r60 {P6}",
    "wall-lean": "R5 H30 r15 H30 r15 H30 S8 H30 r15 H30 r15 H30",
    "half-kneeling": f"R5 {P8} S8 {P8}",
    "downward-dog-march": "R5 B30 r20 B30",
}
EXPECTED_TOTALS = {
    "deep-squat": 155.0,
    "ankle-circles": 133.0,
    "calf-raise": 209.0,
    "wall-lean": 253.0,
    "half-kneeling": 141.0,
    "downward-dog-march": 85.0,
}


@pytest.mark.parametrize("entry_id", sorted(EXPECTED_SHAPES))
def test_each_exercise_has_its_exact_shape(catalog, entry_id):
    plan = build_plan([RoutineItem(catalog.get(entry_id))])
    assert shape(plan) == EXPECTED_SHAPES[entry_id]
    assert plan.total_seconds == EXPECTED_TOTALS[entry_id]


@pytest.mark.parametrize("entry_id", sorted(EXPECTED_SHAPES))
def test_steps_are_contiguous_and_the_total_is_their_sum(catalog, entry_id):
    plan = build_plan([RoutineItem(catalog.get(entry_id))])
    assert plan.steps[0].start == 0.0
    for before, after in zip(plan.steps, plan.steps[1:], strict=False):
        assert after.start == before.end
    assert [step.index for step in plan.steps] == list(range(len(plan)))
    assert plan.total_seconds == math.fsum(step.duration for step in plan.steps)
    dose = catalog.get(entry_id).dose
    assert sum(step.duration for step in plan.work_steps) == dose.work_seconds() * (
        2 if dose.per_side else 1
    )


def test_wall_lean_numbers_sides_sets_and_units(catalog):
    plan = build_plan([RoutineItem(catalog.get("wall-lean"))])
    rows = [
        (s.kind, s.side, s.set_number, s.set_count, s.unit_number, s.unit_count) for s in plan.steps
    ]
    assert rows == [
        ("ready", "left", 1, 1, 1, 3),
        ("work", "left", 1, 1, 1, 3),
        ("rest", "left", 1, 1, 2, 3),
        ("work", "left", 1, 1, 2, 3),
        ("rest", "left", 1, 1, 3, 3),
        ("work", "left", 1, 1, 3, 3),
        ("switch", "right", 1, 1, 1, 3),
        ("work", "right", 1, 1, 1, 3),
        ("rest", "right", 1, 1, 2, 3),
        ("work", "right", 1, 1, 2, 3),
        ("rest", "right", 1, 1, 3, 3),
        ("work", "right", 1, 1, 3, 3),
    ]
    switch = plan.steps[6]
    assert (switch.title, switch.caption) == ("Switch side", "Switch to the right leg")
    assert plan.steps[5].next_text == "Next: switch to the right leg"
    assert plan.steps[0].caption == "Get into position for Wall lean stretch, left leg first"
    assert plan.steps[1].next_text == "Next: rest 15 s"
    assert plan.steps[2].next_text == "Next: hold 2 of 3, 30 s"
    assert plan.steps[-1].next_text == "Next: you are done"
    assert {s.exercise_id for s in plan.steps} == {"wall-lean"}


def test_ankle_circles_carry_their_direction_labels(catalog):
    plan = build_plan([RoutineItem(catalog.get("ankle-circles"))])
    work = plan.work_steps
    assert [(s.side, s.label) for s in work] == [
        ("left", "Clockwise"),
        ("left", "Anticlockwise"),
        ("right", "Clockwise"),
        ("right", "Anticlockwise"),
    ]
    assert work[0].caption == "Clockwise"
    assert plan.steps[0].next_text == "Next: Clockwise, 25 s"


def test_calf_raise_reps_count_themselves_and_rest_only_between_sets(catalog):
    plan = build_plan([RoutineItem(catalog.get("calf-raise"))])
    work = plan.work_steps
    assert [(s.set_number, s.unit_number) for s in work] == [
        (set_number, rep) for set_number in (1, 2) for rep in range(1, 13)
    ]
    rest = next(s for s in plan.steps if s.kind == "rest")
    assert rest.caption == "Rest before set 2 of 2"
    assert (rest.set_number, rest.unit_number) == (2, 1)  # rests describe what comes next
    rep = work[0]
    assert [(p.action, p.offset, p.seconds) for p in rep.sub_phases] == [
        ("Rise onto your toes", 0.0, 1.0),
        ("Pause at the top", 1.0, 1.0),
        ("Lower slowly", 2.0, 3.0),
        ("Pause in the stretch", 5.0, 1.0),
    ]
    assert rep.next_text == "Next: rep 2 of 12"
    assert [rep.sub_phase_index(t) for t in (0.0, 0.99, 1.0, 4.9, 5.5, 6.0)] == [0, 0, 1, 2, 3, 3]


def test_default_routine_is_the_six_exercises_in_catalogue_order(catalog):
    items = default_routine(catalog.entries)
    assert [i.entry.id for i in items] == [
        "deep-squat",
        "ankle-circles",
        "calf-raise",
        "wall-lean",
        "half-kneeling",
        "downward-dog-march",
    ]
    plan = build_plan(items)
    assert plan.total_seconds == sum(EXPECTED_TOTALS.values()) == 976.0
    assert shape(plan) == " ".join(EXPECTED_SHAPES[i.entry.id] for i in items)
    assert [s.position for s in plan.steps if s.kind == "ready"] == list(range(6))
    # The last hold of one exercise announces the next one.
    assert plan.steps[5].next_text == "Next: Ankle circles, left leg"


def test_a_dose_override_replaces_the_catalogue_dose(catalog):
    entry = catalog.get("deep-squat")
    dose = replace(entry.dose, seconds=60, reps=2, rest_seconds=20)
    plan = build_plan([RoutineItem(entry, dose)])
    assert shape(plan) == "R5 H60 r20 H60"


def test_options_set_or_leave_out_the_transition_steps(catalog):
    options = PlanOptions(ready_seconds=0, switch_seconds=3, halfway_cue=False)
    plan = build_plan([RoutineItem(catalog.get("wall-lean"))], options)
    assert shape(plan) == "H30 r15 H30 r15 H30 S3 H30 r15 H30 r15 H30"
    assert all(c.kind != "halfway" for s in plan.steps for c in s.cues)


def test_cues_of_a_hold_a_rest_and_a_rep():
    plan = build_plan([item(hold(10, 2, rest=5)), item(paced(1, 3, reps=2), "b")])
    assert shape(plan) == "R5 H10 r5 H10 R5 p4 p4"
    cues = [[(c.kind, c.offset, c.count) for c in s.cues] for s in plan.steps]
    ticks = [("tick", 2.0, 3), ("tick", 3.0, 2), ("tick", 4.0, 1)]
    assert cues[0] == [("ready", 0.0, 0), *ticks]
    assert cues[1] == [
        ("start", 0.0, 0),
        ("halfway", 5.0, 0),
        ("tick", 7.0, 3),
        ("tick", 8.0, 2),
        ("tick", 9.0, 1),
        ("end", 10.0, 0),
    ]
    assert cues[2] == [("rest", 0.0, 0), ("tick", 2.0, 3), ("tick", 3.0, 2), ("tick", 4.0, 1)]
    # No countdown inside a paced rep: the tempo phases pace it.
    assert cues[5] == [("start", 0.0, 0), ("phase", 1.0, 0), ("end", 4.0, 0)]
    assert [c.caption for c in plan.steps[5].cues] == ["Phase 1", "Phase 2", ""]


def test_a_step_too_short_for_the_whole_countdown_gets_what_fits():
    plan = build_plan([item(hold(2))], PlanOptions(ready_seconds=2.5))
    assert [(c.kind, c.count) for c in plan.steps[0].cues] == [
        ("ready", 0),
        ("tick", 2),
        ("tick", 1),
    ]
    assert [(c.kind, c.offset) for c in plan.steps[1].cues] == [
        ("start", 0.0),
        ("halfway", 1.0),
        ("tick", 1.0),
        ("end", 2.0),
    ]


def test_a_test_entry_or_an_empty_routine_is_refused(catalog):
    with pytest.raises(ValueError, match="no dose"):
        build_plan([RoutineItem(catalog.get("knee-to-wall"))])
    with pytest.raises(ValueError, match="at least one"):
        build_plan([])


def test_plan_total_matches_the_time_the_pages_show(catalog):
    """The library and exercise pages show Dose.total_seconds(); the player runs the plan."""
    for entry in catalog.exercises:
        plan = build_plan([RoutineItem(entry)])
        assert plan.total_seconds == pytest.approx(entry.dose.total_seconds()), entry.id
