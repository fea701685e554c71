"""The main window: navigation between pages, menus, remembered geometry."""

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
