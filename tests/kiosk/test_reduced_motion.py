"""reduced_motion = true: every kiosk demonstration shows its key positions, still."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mobility_app.kiosk.attract import AttractView

LEFT = Qt.MouseButton.LeftButton


def moving(view) -> bool:
    return view.frame_timer().isActive()


def test_the_attract_loop_shows_still_key_positions(make_kiosk, qtbot):
    window, _ = make_kiosk(reduced_motion=True)
    attract = window.attract
    assert all(slide.demonstration.reduced_motion() for slide in attract.slides)
    for _ in attract.slides:
        view = attract.current().demonstration
        QApplication.processEvents()
        assert view.still_count() >= 2  # the key positions, side by side
        assert not moving(view)
        assert view.play_button.isHidden() and view.slider.isHidden()
        attract.advance()
    # The slides still take turns: a change of picture, not motion.
    assert attract.timer.isActive()


def test_without_it_the_figures_move(make_kiosk):
    window, _ = make_kiosk()
    view = window.attract.current().demonstration
    assert not view.reduced_motion()
    assert moving(view)


def test_every_demonstration_of_a_session_is_still(make_kiosk, qtbot):
    window, clocks = make_kiosk(reduced_motion=True)
    window.start_session()
    session = window.session
    session.open_exercise("wall-lean")
    exercise = session.exercise.demonstration
    assert exercise.reduced_motion() and not moving(exercise)
    assert exercise.play_button.isHidden()

    qtbot.mouseClick(session.exercise.start_button, LEFT)
    player = session.hold.player.run_view.demonstration
    assert session.hold.running
    assert player.reduced_motion() and not moving(player)
    # A second go at the hold is still too.
    clocks.hold.advance(session.hold.player.plan.total_seconds)
    session.hold.player.driver.deadline_timer.timeout.emit()
    qtbot.mouseClick(session.hold.again_button, LEFT)
    assert session.hold.player.run_view.demonstration.reduced_motion()

    session.hold.stop()
    session.open_test()
    guide = session.test.demonstration
    assert guide.reduced_motion() and not moving(guide)


def test_a_language_change_keeps_it(make_kiosk, qtbot, spanish_catalogue):
    window, _ = make_kiosk(reduced_motion=True)
    with qtbot.waitSignal(window.languageChanged, timeout=1000):
        qtbot.mouseClick(window.attract.language_picker.buttons["es"], LEFT)
    assert all(slide.demonstration.reduced_motion() for slide in window.attract.slides)
    assert not moving(window.attract.current().demonstration)


def test_the_attract_view_alone_honours_it(qtbot, kiosk_catalog):
    entries = [e for e in kiosk_catalog.exercises if e.dose is not None][:2]
    view = AttractView(entries, 12, reduced_motion=True)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.current().demonstration.reduced_motion()
    assert not moving(view.current().demonstration)
    view.stop()
