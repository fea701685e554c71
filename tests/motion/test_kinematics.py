"""Kinematics of every built-in animation: rigid segments, planted points, ankle angles, mirror."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.motion.ankle import skeleton_dorsiflexion
from mobility_app.motion.figure import POINTS, rigid_pairs
from mobility_app.motion.kinematics import forward, mirror, solve, two_bone
from mobility_app.motion.pose import JOINTS, Planted, Pose, with_circle
from mobility_app.motion.props import STAGE_HEIGHT, STAGE_WIDTH
from mobility_app.motion.scene import scene_at

STEPS = 200
# Half a pixel when the stage is drawn 1080 px high (a full-HD screen), in stage units.
HALF_PIXEL = 0.5 * STAGE_HEIGHT / 1080


def times(animation, steps=STEPS):
    return [animation.duration * i / steps for i in range(steps)]


def test_segment_lengths_never_change(animation):
    pairs = rigid_pairs()
    for t in times(animation):
        points = animation.skeleton_at(t)
        for a, b, length in pairs:
            assert math.dist(points[a], points[b]) == pytest.approx(length, abs=1e-9), (t, a, b)


def test_planted_and_contact_points_stay_put(animation):
    fixed = {animation.planted.point: animation.planted.at, **animation.contact_targets}
    for t in times(animation):
        points = animation.skeleton_at(t)
        for name, at in fixed.items():
            assert math.dist(points[name], at) <= HALF_PIXEL, (t, name)


def test_ankle_angle_at_each_keyframe_matches_its_data(animation):
    for frame in animation.keyframes:
        angles = frame.angles
        if animation.circle is not None:
            angles = with_circle(angles, animation.circle.radius)
        measured = skeleton_dorsiflexion(animation.skeleton_at(frame.t))
        assert measured == pytest.approx(angles["ankle_near"], abs=0.5), frame.t


def test_keyframe_poses_agree_with_their_contacts(animation):
    """The data already puts each contact where it belongs; IK only smooths between keyframes."""
    for frame in animation.keyframes:
        pose = animation.pose_at(frame.t)
        free = solve(pose, None, animation.toes_flat)
        for name, at in animation.contact_targets.items():
            assert math.dist(free[name], at) < 0.5, (frame.t, name)


def test_no_body_point_sinks_into_the_floor(animation):
    for t in times(animation, 100):
        for name, (_, y) in animation.skeleton_at(t).items():
            assert y >= -1e-6, (t, name)


@pytest.mark.parametrize("side", ["left", "right"])
def test_mirror_is_an_exact_reflection(animation, side):
    for t in times(animation, 20):
        right = scene_at(animation, t, "right")
        left = scene_at(animation, t, "left")
        for name in POINTS:
            (xr, yr), (xl, yl) = right.points[name], left.points[name]
            assert xr + xl == pytest.approx(STAGE_WIDTH, abs=1e-9)
            assert yr == yl
        for prop_r, prop_l in zip(right.props, left.props, strict=True):
            assert prop_r.mirrored() == prop_l
        for muscle_r, muscle_l in zip(right.muscles, left.muscles, strict=True):
            assert [(STAGE_WIDTH - x, y) for x, y in muscle_r.outline] == list(muscle_l.outline)
        assert right.arc.degrees == pytest.approx(left.arc.degrees, abs=1e-9)


angle = st.floats(min_value=-150, max_value=150, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries({joint: angle for joint in JOINTS}))
def test_any_pose_keeps_segment_lengths_and_mirrors_back(angles):
    points = solve(Pose(angles, Planted("heel_near", (100.0, 0.0))))
    assert points["heel_near"] == (100.0, 0.0)
    for a, b, length in rigid_pairs():
        assert math.dist(points[a], points[b]) == pytest.approx(length, abs=1e-9)
    twice = mirror(mirror(points, STAGE_WIDTH), STAGE_WIDTH)
    for name, (x, y) in points.items():
        assert twice[name] == pytest.approx((x, y), abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(
    st.floats(min_value=-60, max_value=60),
    st.floats(min_value=-60, max_value=60),
    st.floats(min_value=10, max_value=50),
    st.floats(min_value=10, max_value=50),
    st.sampled_from([-1.0, 1.0]),
)
def test_two_bone_reaches_every_reachable_target(tx, ty, upper, lower, bend):
    middle, end = two_bone((0.0, 0.0), (tx, ty), upper, lower, bend)
    assert math.dist((0.0, 0.0), middle) == pytest.approx(upper, abs=1e-9)
    assert math.dist(middle, end) == pytest.approx(lower, abs=1e-9)
    if abs(upper - lower) + 1e-6 < math.hypot(tx, ty) < upper + lower - 1e-6:
        assert end == pytest.approx((tx, ty), abs=1e-9)
        cross = tx * middle[1] - ty * middle[0]
        assert math.copysign(1.0, cross) == bend or abs(cross) < 1e-9


def test_zero_pose_stands_upright_with_flat_feet():
    points = forward(dict.fromkeys(JOINTS, 0.0))
    assert points["heel_near"][1] == pytest.approx(points["ball_near"][1])
    assert points["head"][0] == pytest.approx(0.0)
    assert skeleton_dorsiflexion(points) == pytest.approx(0.0, abs=1e-9)
