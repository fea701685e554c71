"""The main window: navigation between pages, menus, remembered geometry."""

import shiboken6
from PySide6.QtCore import QSettings, Qt

from mobility_app import __version__
from mobility_app.ui.main_window import MainWindow


def test_navigates_library_to_entry_and_back(qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.current_page == "library"
    qtbot.mouseClick(window.library_page.cards[1], Qt.MouseButton.LeftButton)
    assert window.current_page == "exercise:ankle-circles"
    window.exercise_page.back_button.click()
    assert window.current_page == "library"
    # Focus returns to the card that was opened, so keyboard users keep their place.
    qtbot.waitUntil(lambda: window.library_page.cards[1].hasFocus())


def test_show_page_by_command_line_name(qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show_page("exercise:knee-to-wall")
    assert window.current_page == "exercise:knee-to-wall"


def test_menus_follow_desktop_conventions(qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    file_actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    assert file_actions["&Quit"].shortcut().toString() == "Ctrl+Q"
    assert file_actions["&Settings…"].shortcut().toString() == "Ctrl+,"
    assert __version__ in window.about_text()


def test_window_geometry_is_remembered(qtbot, catalog, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(catalog, settings)
    qtbot.addWidget(window)
    window.resize(700, 520)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = MainWindow(
        catalog, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_reduce_motion_is_a_saved_view_setting(qtbot, catalog, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(catalog, settings)
    qtbot.addWidget(window)
    window.show_page("exercise:wall-lean")
    demo = window.exercise_page.demonstration
    assert not demo.reduced_motion() and demo.still_count() > 1
    window.set_reduced_motion(True)
    assert demo.reduced_motion() and not demo.frame_timer().isActive()
    again = MainWindow(
        catalog, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    again.show_page("exercise:deep-squat")
    assert again.exercise_page.demonstration.reduced_motion()


def test_demonstration_stops_when_the_page_is_left(qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("exercise:calf-raise")
    timer = window.exercise_page.demonstration.frame_timer()
    qtbot.waitUntil(timer.isActive)
    window.show_library()
    qtbot.waitUntil(lambda: not timer.isActive())


def test_settings_page_changes_are_applied_and_saved(qtbot, catalog, tmp_path):
    path = str(tmp_path / "settings.ini")
    window = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_page("settings")
    assert window.current_page == "settings"
    page = window.settings_page
    with qtbot.waitSignal(window.preferencesChanged):
        page.unit.setCurrentIndex(page.unit.findData("in"))
    assert window.preferences.unit == "in"
    page.reduced_motion.setChecked(True)
    again = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.preferences.unit == "in" and again.preferences.reduced_motion


def test_library_shows_this_weeks_practice_against_the_target(qtbot, catalog, tmp_path):
    import datetime as dt

    from mobility_app.storage import (
        SessionItem,
        finish_session,
        log_item,
        open_database,
        start_session,
    )

    now = dt.datetime.now().astimezone()
    db, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    try:
        session = start_session(db, "Article routine", now)
        log_item(db, session, SessionItem(0, "wall-lean", "left", 1, 30.0, 30.0, False, now))
        finish_session(db, session, "finished", now)
        window = MainWindow(catalog)
        qtbot.addWidget(window)
        window.set_database(db)
        label = window.library_page.practice_label
        assert label.text() == "This week: 1 of 4 days practised" and not label.isHidden()
    finally:
        db.close()


def test_start_buttons_open_the_player_and_the_guided_test(qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show_entry("wall-lean")
    window.exercise_page.start_button.click()
    assert window.current_page == "player"
    assert window.player_page.routine_name == "Wall lean stretch"
    assert [i.entry.id for i in window.player_page.items] == ["wall-lean"]
    window.player_page.closed.emit()
    assert window.current_page == "exercise:wall-lean"
    window.library_page.routine_button.click()
    assert window.current_page == "player"
    assert len(window.player_page.items) == 6
    window.player_page.shutdown()
    window.show_entry("knee-to-wall")
    assert window.exercise_page.start_button.text() == "Do the test"
    window.exercise_page.start_button.click()
    assert window.current_page == "test"


def test_test_page_saves_through_storage_when_it_is_open(qtbot, catalog, tmp_path):
    import datetime as dt

    from mobility_app.storage import list_measurements, open_database

    now = dt.datetime.now().astimezone()
    db, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    try:
        window = MainWindow(catalog)
        qtbot.addWidget(window)
        window.show_test()
        assert window.test_page.save_button.text() != "Save result"  # no storage: kiosk-like
        window.set_database(db)
        window.show_test()
        window._save_results(*_one_result(now))
        assert len(list_measurements(db)) == 1
    finally:
        db.close()


def _one_result(now):
    from mobility_app.storage import Details, Measurement

    return [Measurement(now, "left", 11.0, None)], [Details(trials=(11.0,), aggregate="mean")]


def test_progress_page_shows_stored_results_and_deletes_with_undo(qtbot, catalog, tmp_path):
    import datetime as dt

    from mobility_app.storage import Measurement, add_measurements, list_measurements, open_database

    now = dt.datetime.now().astimezone()
    db, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    try:
        add_measurements(
            db,
            [
                Measurement(now - dt.timedelta(days=30), "left", 9.0, None),
                Measurement(now, "left", 11.5, None),
            ],
        )
        window = MainWindow(catalog)
        qtbot.addWidget(window)
        window.set_database(db)
        window.library_page.progress_button.click()
        assert window.current_page == "progress"
        page = window.progress_page
        assert page.table.model().rowCount() == 2
        page.table.selectRow(0)
        assert page.delete_button.isEnabled()
        page.delete_button.click()
        qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
        assert len(list_measurements(db)) == 1
        page._results_editor.undo_action.trigger()
        qtbot.waitUntil(lambda: page.table.model().rowCount() == 2)
        assert len(list_measurements(db)) == 2
    finally:
        db.close()


def test_file_menu_data_actions_follow_storage_and_a_running_routine(qtbot, catalog, tmp_path):
    import datetime as dt

    from mobility_app.storage import open_database

    window = MainWindow(catalog)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for text in ("Import results…", "Export results…", "Back up now", "Restore a backup…"):
        assert any(t.replace("&", "") == text for t in texts), texts
    actions = {a.text().replace("&", ""): a for a in window.data_actions.menu_actions() if a}
    assert not actions["Import results…"].isEnabled()
    now = dt.datetime.now().astimezone()
    db, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    try:
        window.set_database(db)
        assert actions["Import results…"].isEnabled()
        window.show_entry("wall-lean")
        window.exercise_page.start_button.click()
        assert not actions["Restore a backup…"].isEnabled()
        window.player_page.closed.emit()
        assert actions["Restore a backup…"].isEnabled()
    finally:
        window.player_page.shutdown()
        db.close()


def test_about_opens_without_blocking_and_closes(qtbot, catalog):
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    window.show_about()  # returns at once: no nested event loop holds up the caller
    qtbot.waitExposed(window.about_box)
    assert "Ankle Mobility 0.1.0" in window.about_box.text()
    box = window.about_box
    box.accept()
    # Closed, then deleted (WA_DeleteOnClose): either way it is no longer shown.
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible())
