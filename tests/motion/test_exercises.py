"""What a physiotherapist checks in each demonstration, asserted on the solved figure."""

from __future__ import annotations

import math

import pytest

from mobility_app.motion.ankle import skeleton_dorsiflexion
from mobility_app.motion.figure import WIDTH, contact_offset
from mobility_app.motion.props import distance_to_props, distance_to_segment

SAMPLES = 120
FLAT = 0.05  # cm: "on the floor" tolerance for points that should rest on it


def sample(animation, steps=SAMPLES):
    return [
        (t, animation.skeleton_at(t))
        for t in (animation.duration * i / steps for i in range(steps))
    ]


def joint_angle(a, b, c) -> float:
    """Flexion at b in degrees: 0 when a, b, c are in line."""
    u = (b[0] - a[0], b[1] - a[1])
    v = (c[0] - b[0], c[1] - b[1])
    return abs(math.degrees(math.atan2(u[0] * v[1] - u[1] * v[0], u[0] * v[0] + u[1] * v[1])))


def at_caption(animation, words):
    return next(k.t for k in animation.keyframes if words in k.caption.lower())


def prop(animation, kind):
    return next(p for p in animation.props if p.kind == kind)


def test_every_fixed_point_rests_on_a_prop(animation):
    fixed = {animation.planted.point: animation.planted.at, **animation.contact_targets}
    for name, at in fixed.items():
        gap = distance_to_props(at, animation.props)
        assert gap == pytest.approx(contact_offset(name), abs=0.3), name


def test_loops_are_calm(animation):
    assert 6.0 <= animation.duration <= 12.5
    eases = {k.ease for k in animation.keyframes}
    assert eases & {"ease-in-out", "hold"}


def test_deep_squat_heels_flat_arms_forward_hips_back(animations):
    squat = animations["deep-squat"]
    for _, p in sample(squat):
        for side in ("near", "far"):
            assert p[f"heel_{side}"][1] == pytest.approx(0.0, abs=FLAT)
            assert p[f"ball_{side}"][1] == pytest.approx(0.0, abs=FLAT)
        shoulder, wrist = p["shoulder_near"], p["wrist_near"]
        reach = math.degrees(math.atan2(wrist[1] - shoulder[1], wrist[0] - shoulder[0]))
        assert abs(reach) < 15  # arms straight ahead, level with the floor
    low = squat.skeleton_at(at_caption(squat, "hold"))
    assert low["pelvis"][0] < low["heel_near"][0]  # hips back behind the heels
    assert low["pelvis"][1] < low["knee_near"][1] + 5  # and down to about knee height
    assert joint_angle(low["pelvis"], low["knee_near"], low["ankle_near"]) > 110


def test_calf_raise_on_the_step_edge_heels_rise_and_sink_below_it(animations):
    raise_ = animations["calf-raise"]
    step = prop(raise_, "step")
    top = step.rect[1] + step.rect[3]
    edge = step.rect[0]
    heights = []
    for _, p in sample(raise_):
        assert p["ball_near"] == pytest.approx((raise_.planted.at[0], top), abs=1e-9)
        assert edge < p["ball_near"][0] < edge + 3  # the ball of the foot is on the edge
        assert p["heel_near"][0] < edge  # the heel hangs off the back
        heights.append(p["heel_near"][1] - top)
    assert max(heights) > 8  # up on the toes
    assert min(heights) < -4  # lowered below the step


def test_wall_lean_back_leg_straight_heel_down_front_knee_bends(animations):
    lean = animations["wall-lean"]
    wall = prop(lean, "wall").rect[0]
    for _, p in sample(lean):
        assert joint_angle(p["hip_near"], p["knee_near"], p["ankle_near"]) < 2  # back leg
        assert p["heel_near"][1] == pytest.approx(0.0, abs=FLAT)
        assert p["ball_near"][1] == pytest.approx(0.0, abs=FLAT)
        assert p["heel_far"][1] == pytest.approx(0.0, abs=FLAT)
        assert p["ball_far"][0] > p["ball_near"][0]  # facing the wall, this leg behind
        for side in ("near", "far"):
            assert p[f"fingers_{side}"][0] == pytest.approx(wall - WIDTH["hand"] / 2, abs=0.1)
    start = lean.skeleton_at(0.0)
    hold = lean.skeleton_at(at_caption(lean, "hold"))
    bend = [joint_angle(s["hip_far"], s["knee_far"], s["ankle_far"]) for s in (start, hold)]
    assert bend[1] > bend[0] + 10
    assert skeleton_dorsiflexion(hold) > skeleton_dorsiflexion(start) + 5


@pytest.mark.parametrize("entry_id", ["half-kneeling", "knee-to-wall"])
def test_half_kneeling_knee_travels_past_the_toes_heel_down(animations, entry_id):
    kneel = animations[entry_id]
    mat_top = prop(kneel, "mat").rect[3]
    for _, p in sample(kneel):
        assert p["knee_far"][1] == pytest.approx(mat_top + WIDTH["shank"] / 2, abs=1e-9)
        assert p["heel_near"][1] == pytest.approx(mat_top, abs=FLAT)
        assert p["ball_near"][1] == pytest.approx(mat_top, abs=FLAT)
        assert abs(p["neck"][0] - p["pelvis"][0]) < 0.35 * 49  # trunk fairly upright
    start = kneel.skeleton_at(0.0)
    assert abs(start["knee_near"][0] - start["ankle_near"][0]) < 12  # knee over the ankle
    end = kneel.skeleton_at(kneel.keyframes[2].t)
    assert end["knee_near"][0] > end["toe_near"][0]  # knee forward past the toes
    if entry_id == "knee-to-wall":
        wall = prop(kneel, "wall").rect[0]
        assert end["knee_near"][0] + WIDTH["shank"] / 2 == pytest.approx(wall, abs=0.5)
        assert wall - end["toe_near"][0] > 5  # the toe stays a measurable gap from the wall


def test_downward_dog_inverted_v_knees_bend_in_turn(animations):
    dog = animations["downward-dog-march"]
    bent = {"near": 0.0, "far": 0.0}
    for _, p in sample(dog):
        assert p["pelvis"][1] > p["shoulder_near"][1] + 20  # hips are the top of the V
        assert p["pelvis"][1] > p["ankle_near"][1] + 50
        knees = {s: joint_angle(p[f"hip_{s}"], p[f"knee_{s}"], p[f"ankle_{s}"]) for s in bent}
        for side, angle in knees.items():
            bent[side] = max(bent[side], angle)
        assert min(knees.values()) < 40  # never both knees deeply bent at once
    assert bent["near"] > 40 and bent["far"] > 40
    for frame in dog.keyframes:
        p = dog.skeleton_at(frame.t)
        knees = sorted(joint_angle(p[f"hip_{s}"], p[f"knee_{s}"], p[f"ankle_{s}"]) for s in bent)
        if knees[1] > 40:  # a marching step: the other leg is long, pressing its heel down
            assert knees[0] < 8


def test_ankle_circles_seated_on_the_towel_one_way_then_the_other(animations):
    circles = animations["ankle-circles"]
    towel = prop(circles, "towel")
    directions = []
    for t, p in sample(circles):
        line = distance_to_segment(towel.centre, p["knee_near"], p["ankle_near"])
        assert line == pytest.approx(towel.radius + WIDTH["shank"] / 2, abs=0.6)
        assert p["heel_near"][1] > 0.5  # the heel is off the floor, free to circle
        direction = circles.circle_direction(t)
        if direction and (not directions or directions[-1] != direction):
            directions.append(direction)
    assert directions == [1.0, -1.0]
