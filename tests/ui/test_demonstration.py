"""The demonstration widget: one clock, controls, captions, reduced motion, no stray timers."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from mobility_app.ui.demonstration import TIMER_NAME, DemonstrationView


class FakeClock:
    """A monotonic clock the test moves by hand: no sleeps, no real time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def squat(animations):
    return animations["deep-squat"]


@pytest.fixture
def view(qtbot, clock, squat):
    widget = DemonstrationView(clock=clock)
    qtbot.addWidget(widget)
    widget.set_animation(squat)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def running_timers() -> list[QTimer]:
    QCoreApplication.sendPostedEvents(None, 0)
    timers = QApplication.instance().findChildren(QTimer)
    for widget in QApplication.topLevelWidgets():
        timers += widget.findChildren(QTimer)
    return [t for t in timers if t.isActive()]


def test_plays_from_one_clock(view, clock):
    assert view.is_playing()
    assert view.frame_timer().objectName() == TIMER_NAME
    assert view.frame_timer().isActive()
    clock.now += 2.5
    assert view.time() == pytest.approx(2.5)
    clock.now += view.animation.duration  # the loop wraps
    assert view.time() == pytest.approx(2.5)


def test_caption_changes_with_the_phase(qtbot, view, clock, squat):
    assert view.caption_label.text() == squat.keyframes[0].caption
    with qtbot.waitSignal(view.captionChanged, timeout=2000) as blocker:
        clock.now += squat.keyframes[2].t + 0.1
    assert blocker.args == [squat.keyframes[2].caption]
    assert view.caption_label.text() == squat.keyframes[2].caption


def test_pause_freezes_time_and_play_resumes(qtbot, view, clock):
    clock.now += 1.0
    qtbot.mouseClick(view.play_button, qtbot_button())
    assert not view.is_playing()
    assert not view.frame_timer().isActive()
    assert view.play_button.text() == "Play"
    assert view.play_button.accessibleName() == "Play the demonstration"
    clock.now += 5.0
    assert view.time() == pytest.approx(1.0)
    qtbot.mouseClick(view.play_button, qtbot_button())
    assert view.is_playing() and view.frame_timer().isActive()
    clock.now += 0.5
    assert view.time() == pytest.approx(1.5)


def test_half_speed(qtbot, view, clock):
    clock.now += 1.0
    qtbot.mouseClick(view.speed_button, qtbot_button())
    assert view.speed() == 0.5
    clock.now += 2.0
    assert view.time() == pytest.approx(2.0)  # 1 s at full speed + 2 s at half speed
    qtbot.mouseClick(view.speed_button, qtbot_button())
    assert view.speed() == 1.0


def test_side_mirrors_the_figure(qtbot, view):
    view.pause()
    view.set_time(4.5)
    left = view.grab().toImage()
    qtbot.mouseClick(view.right_button, qtbot_button())
    assert view.side == "right"
    assert view.right_button.isChecked() and not view.left_button.isChecked()
    right = view.grab().toImage()
    assert left != right


def test_scrub_slider_sets_the_time(view, squat):
    view.pause()
    view.slider.setValue(4600)
    assert view.time() == pytest.approx(4.6)
    assert view.caption() == squat.caption_at(4.6)
    view.set_time(1.0)
    assert view.slider.value() == 1000


def test_timer_stops_when_hidden_and_time_holds(qtbot, view, clock):
    clock.now += 1.0
    view.hide()
    assert not view.frame_timer().isActive()
    assert running_timers() == []
    clock.now += 30.0
    view.show()
    qtbot.waitExposed(view)
    assert view.frame_timer().isActive()
    assert view.time() == pytest.approx(1.0)


def test_no_timer_left_after_the_page_closes(qtbot, view):
    assert view.frame_timer().isActive()
    view.close()
    assert running_timers() == []


def test_reduced_motion_shows_still_key_positions(qtbot, view, squat):
    view.set_reduced_motion(True)
    assert not view.frame_timer().isActive()
    assert view.still_count() == len(squat.key_times()) == 2
    assert not view.play_button.isVisible() and not view.slider.isVisible()
    assert view.left_button.isVisible()
    image = view.grab().toImage()
    assert not image.isNull()
    view.set_reduced_motion(False)
    assert view.frame_timer().isActive()


def test_every_control_is_named_and_in_tab_order(view):
    controls = [view.play_button, view.speed_button, view.slider, view.left_button,
                view.right_button]  # fmt: skip
    for control in controls:
        assert control.accessibleName()
    for current, following in itertools.pairwise(controls):
        assert current.nextInFocusChain() is following


def test_every_builtin_animation_plays(qtbot, clock, animations):
    widget = DemonstrationView(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    for animation in animations.values():
        widget.set_animation(animation)
        widget.set_time(animation.duration / 3)
        assert not widget.grab().toImage().isNull()
        assert widget.caption() == animation.caption_at(animation.duration / 3)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
