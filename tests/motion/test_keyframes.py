"""Keyframe timing, easing, captions and the validation of [animation] tables."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_app.motion import AnimationError, parse_animation
from mobility_app.motion.keyframes import EASINGS
from mobility_app.motion.pose import JOINTS


def table() -> dict:
    stand = dict.fromkeys(JOINTS, 0.0)
    bent = dict(stand, knee_near=40.0, hip_near=20.0, ankle_near=20.0, trunk=0.0)
    return {
        "duration": 8.0,
        "planted": {"point": "heel_near", "at": [150.0, 0.0]},
        "props": [{"kind": "floor"}, {"kind": "step", "rect": [100, 0, 40, 15]}],
        "muscles": {"calf": "stretch"},
        "keyframes": [
            {"t": 0.0, "caption": "Stand", "angles": stand, "intensity": {"calf": 0.0}},
            {"t": 1.0, "ease": "hold", "caption": "Bend"},
            {"t": 4.0, "ease": "ease-in-out", "caption": "Hold", "angles": bent,
             "intensity": {"calf": 1.0}},
            {"t": 6.0, "ease": "hold", "caption": "Return"},
        ],
    }  # fmt: skip


def test_valid_table_parses_and_interpolates():
    animation = parse_animation(table())
    assert animation.duration == 8.0
    assert animation.angles_at(0.5)["knee_near"] == 0.0  # holding the start
    assert animation.angles_at(4.0)["knee_near"] == 40.0
    assert animation.angles_at(2.5)["knee_near"] == pytest.approx(20.0)  # cosine midpoint
    assert animation.angles_at(7.0)["knee_near"] == pytest.approx(20.0)  # easing back over the wrap
    assert animation.angles_at(8.0 + 4.0)["knee_near"] == 40.0  # the loop repeats


def test_captions_follow_the_phase():
    animation = parse_animation(table())
    assert [animation.caption_at(t) for t in (0.0, 0.99, 1.0, 3.0, 4.5, 6.5, 7.99)] == [
        "Stand", "Stand", "Bend", "Bend", "Hold", "Return", "Return",
    ]  # fmt: skip


def test_intensity_follows_the_movement_and_ramps_in_holds():
    animation = parse_animation(table())
    assert animation.intensity_at(0.5)["calf"] == 0.0
    assert animation.intensity_at(4.0)["calf"] == 1.0
    assert 0.0 < animation.intensity_at(2.5)["calf"] < 1.0


def test_key_positions_skip_holds():
    animation = parse_animation(table())
    assert animation.key_times() == [0.0, 4.0]


@pytest.mark.parametrize("ease", sorted(EASINGS))
@given(u=st.floats(min_value=0.0, max_value=1.0))
def test_easings_stay_in_range(ease, u):
    value = EASINGS[ease](u)
    assert -1e-12 <= value <= 1.0 + 1e-12
    if ease != "hold":
        assert EASINGS[ease](0.0) == pytest.approx(0.0)
        assert EASINGS[ease](1.0) == pytest.approx(1.0)


def broken(path: str, value) -> dict:
    """The test table with one value replaced; `path` is dotted, list indices as ints."""
    data = copy.deepcopy(table())
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    target = data
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("keyframes.2.angles.knee_near", "bent", "animation.keyframes[2].angles.knee_near",
         "expected a number"),
        ("keyframes.2.angles.kne_near", 3, "animation.keyframes[2].angles.kne_near", "unknown"),
        ("duration", KeyError, "animation.duration", "missing"),
        ("duration", 600, "animation.duration", "between"),
        ("view", "top", "animation.view", "expected one of"),
        ("planted.point", "nose", "animation.planted.point", "point name"),
        ("planted.at", [1], "animation.planted.at", "[x, y]"),
        ("props.1.rect", [1, 2, 3], "animation.props[1].rect", "4 numbers"),
        ("props.1.kind", "sofa", "animation.props[1].kind", "expected one of"),
        ("keyframes.1.t", 0.0, "animation.keyframes[1].t", "increase"),
        ("keyframes.3.t", 9.0, "animation.keyframes[3].t", "less than the duration"),
        ("keyframes.0.t", 0.5, "animation.keyframes[0].t", "at 0"),
        ("keyframes.1.ease", "bounce", "animation.keyframes[1].ease", "expected one of"),
        ("keyframes.1.angles", {"knee_near": 5.0}, "animation.keyframes[1].angles", "hold"),
        ("keyframes.0.caption", "", "animation.keyframes[0].caption", "text"),
        ("keyframes.2.intensity", {"calf": 2}, "animation.keyframes[2].intensity.calf",
         "between"),
        ("keyframes.2.intensity", {"tibialis": 1}, "animation.keyframes[2].intensity.tibialis",
         "muscles"),
        ("muscles", {"calf": "squeeze"}, "animation.muscles.calf", "expected one of"),
        ("keyframes", [], "animation.keyframes", "at least two"),
        ("contacts", ["ball_near"], "animation.contacts[0]", "already has a fixed point"),
        ("contacts", ["knee_far"], "animation.contacts[0]", "hand or foot"),
        ("circle", {"radius": 10, "inset": [0, 0, 1, 1]}, "animation.circle", "ankle-circle"),
    ],
)  # fmt: skip
def test_parse_errors_name_the_field(path, value, field, words):
    with pytest.raises(AnimationError) as caught:
        parse_animation(broken(path, value))
    assert caught.value.field == field
    assert words in caught.value.message
    assert str(caught.value).startswith(field)


def test_first_keyframe_must_set_every_joint():
    data = table()
    del data["keyframes"][0]["angles"]["ankle_far"]
    with pytest.raises(AnimationError, match=r"keyframes\[0\]\.angles\.ankle_far: missing"):
        parse_animation(data)


def test_ankle_circle_view_needs_its_circle():
    data = table()
    data["view"] = "ankle-circle"
    with pytest.raises(AnimationError, match=r"animation\.circle: missing"):
        parse_animation(data)
