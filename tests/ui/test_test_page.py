"""The guided knee-to-wall test page, its result view, and editing/deleting with undo."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
)

from mobility_app.settings import Settings
from mobility_app.storage import MIGRATIONS, StorageError, list_measurements, open_database
from mobility_app.storage.details import Details, add_results, details_for
from mobility_app.ui.test_form import FieldMessage
from mobility_app.ui.test_page import TestPage
from mobility_app.ui.undo import ResultsEditor

NOW = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
CHAIN = MIGRATIONS


@pytest.fixture
def entry(catalog):
    return catalog.get("knee-to-wall")


@pytest.fixture
def db(tmp_path):
    database, _ = open_database(tmp_path / "db.sqlite3", tmp_path / "b", now=lambda: NOW,
                                migrations=CHAIN)  # fmt: skip
    yield database
    database.close()


@pytest.fixture
def make_page(qtbot, entry):
    def make(settings=None, save=None, locale="en_GB", previous=None, show=False):
        page = TestPage(
            entry, settings or Settings(), save=save, now=lambda: NOW, locale=QLocale(locale),
            previous=previous,
        )  # fmt: skip
        qtbot.addWidget(page)
        if show:
            page.resize(1280, 800)
            page.show()
            qtbot.waitExposed(page)
        return page

    return make


def storing(db):
    return lambda measurements, details: add_results(db, measurements, details, now=lambda: NOW)


def type_trials(page, side, *texts):
    for edit, text in zip(page.forms[side].trial_edits, texts, strict=False):
        edit.setText(text)


def rows(db):
    return db.query("SELECT COUNT(*) AS n FROM measurements")[0]["n"]


# --- validation next to each field ---------------------------------------------------------------


def test_not_a_number_and_out_of_range_show_beside_their_field(make_page):
    page = make_page()
    left, right = page.forms["left"], page.forms["right"]
    type_trials(page, "left", "11", "abc")
    type_trials(page, "right", "45")
    left.angle_edit.setText("95")
    assert not page.is_valid()
    assert "Trial 2" in left.trials_message.text() and "not a number" in left.trials_message.text()
    assert "outside 0–30 cm" in right.trials_message.text()
    assert "typing slip" in right.trials_message.text()  # why the range exists
    assert "outside 0–80°" in left.angle_message.text()
    for message in (left.trials_message, right.trials_message, left.angle_message):
        assert not message.isHidden()
    assert right.angle_message.isHidden()
    # Each message sits directly under its own field, inside the same leg's form.
    assert left.trials_message.parent() is left
    assert right.trials_message.parent() is right
    type_trials(page, "left", "11", "12")
    type_trials(page, "right", "10")
    left.angle_edit.clear()
    assert page.is_valid()
    assert left.trials_message.isHidden() and right.trials_message.isHidden()


def test_both_legs_empty_says_so_and_save_waits(make_page):
    page = make_page()
    assert not page.save_button.isEnabled()
    assert "at least one leg" in page.sides_message.text()
    assert not page.sides_message.isHidden()
    type_trials(page, "right", "9.5")
    assert page.save_button.isEnabled()
    assert page.sides_message.isHidden()


def test_a_future_date_is_refused_next_to_the_date(make_page):
    page = make_page()
    type_trials(page, "left", "10")
    page.when_edit.setDateTime(page.when_edit.dateTime().addDays(1))
    assert "future" in page.when_message.text()
    assert not page.when_message.isHidden()
    assert not page.save_button.isEnabled()
    page.when_edit.setDateTime(page.when_edit.dateTime().addDays(-3))
    assert page.when_message.isHidden() and page.save_button.isEnabled()
    assert page.when() == NOW - dt.timedelta(days=2)


def test_an_angle_asks_where_the_inclinometer_sat(make_page):
    page = make_page()
    left = page.forms["left"]
    assert left.site_combo.isHidden()
    left.angle_edit.setText("38")
    assert not left.site_combo.isHidden()
    assert "inclinometer" in left.site_message.text() and not page.is_valid()
    left.site_combo.setCurrentIndex(1)
    assert page.is_valid()


@pytest.mark.parametrize("locale", ["de_DE", "es_ES"])
def test_decimal_comma_where_the_locale_uses_it(make_page, db, locale):
    page = make_page(save=storing(db), locale=locale)
    type_trials(page, "left", "11,5", "12,25")
    assert page.forms["left"].result_label.text() == "Result: 11,9 cm (mean of 2 trials)"
    assert page.save()
    [stored] = list_measurements(db)
    assert stored.distance_cm == pytest.approx(11.875)


def test_inches_are_stored_as_cm_exactly_and_shown_in_inches(make_page, db, qtbot):
    settings = Settings(unit="in")
    page = make_page(settings=settings, save=storing(db))
    texts = [label.text() for label in page.forms["left"].findChildren(QLabel)]
    assert "Toe to wall, in" in texts  # the label shows the unit
    type_trials(page, "left", "4")
    assert page.save()
    [stored] = list_measurements(db)
    assert stored.distance_cm == 10.16
    assert details_for(db, [stored.id])[stored.id].trials == (10.16,)
    assert page.result_view.findChild(QLabel, "leftValue").text() == "4.0 in"
    editor = ResultsEditor(db, settings, now=lambda: NOW, locale=QLocale("en_GB"))
    qtbot.addWidget(editor)
    dialog = editor.edit_measurement(stored.id)
    assert dialog.form.trial_edits[0].text() == "4"
    dialog.reject()


@pytest.mark.parametrize(("method", "expected"), [("mean", 11.0), ("best", 12.0)])
def test_result_is_the_mean_or_the_best_of_the_trials(make_page, db, method, expected):
    page = make_page(settings=Settings(aggregate=method), save=storing(db))
    type_trials(page, "left", "10", "11", "12")
    word = "mean" if method == "mean" else "best"
    assert (
        page.forms["left"].result_label.text() == f"Result: {expected:.1f} cm ({word} of 3 trials)"
    )
    assert page.save()
    [stored] = list_measurements(db)
    assert stored.distance_cm == expected
    details = details_for(db, [stored.id])[stored.id]
    assert details.trials == (10.0, 11.0, 12.0) and details.aggregate == method


def test_trials_per_side_follows_the_setting(make_page):
    assert len(make_page(settings=Settings(trials_per_side=5)).forms["right"].trial_edits) == 5


def test_checklist_and_set_up_are_stored_and_an_unticked_box_marks_the_result(make_page, db):
    page = make_page(save=storing(db))
    page.footwear.button(1).setChecked(True)
    page.toe.button(1).setChecked(True)
    type_trials(page, "left", "10")
    left = page.forms["left"]
    left.angle_edit.setText("38,5")
    left.site_combo.setCurrentIndex(0)
    left.checks["heel_down"].setChecked(True)
    left.checks["knee_in_line"].setChecked(True)
    page.note_edit.setText("  morning  ")
    assert page.save()  # an unticked box does not block saving
    [stored] = list_measurements(db)
    assert (stored.side, stored.angle_deg, stored.note) == ("left", 38.5, "morning")
    assert details_for(db, [stored.id])[stored.id] == Details(
        footwear="shod", toe="longest", inclinometer_site="below-tuberosity", heel_down=True,
        knee_in_line=True, arch_held=False, trials=(10.0,), aggregate="mean",
    )  # fmt: skip
    note = page.result_view.findChild(QLabel, "leftFormNote")
    assert note.text().startswith("With a form note: “Arch did not collapse” was not ticked.")


def test_nothing_is_stored_while_anything_is_invalid(make_page, db, qtbot):
    page = make_page(save=storing(db), show=True)
    type_trials(page, "left", "10", "1O")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.save()
    page.note_edit.setFocus()
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
    assert rows(db) == 0 and not page.showing_result()


def test_a_failed_save_keeps_the_entries_and_says_why(make_page):
    def broken(measurements, details):
        raise StorageError("The disk is full. Free some disk space and try again.")

    page = make_page(save=broken)
    type_trials(page, "left", "10")
    assert not page.save()
    assert "disk is full" in page.status_message.text()
    assert page.forms["left"].trial_edits[0].text() == "10" and page.save_button.isEnabled()


def test_saving_twice_quickly_stores_two_results_and_a_double_click_one(make_page, db, qtbot):
    page = make_page(save=storing(db), show=True)
    type_trials(page, "left", "10")
    type_trials(page, "right", "11")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.showing_result() and not page.save()
    assert rows(db) == 2  # one result: two legs
    page.new_test()
    assert page.forms["left"].trial_edits[0].text() == ""
    type_trials(page, "left", "12")
    assert page.save()
    assert [m.distance_cm for m in list_measurements(db)] == [10.0, 11.0, 12.0]


def test_kiosk_mode_shows_the_interpretation_and_writes_nothing(make_page, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = make_page(save=None)
    assert page.save_button.text() == "Show my result"
    type_trials(page, "left", "12", "12")
    type_trials(page, "right", "9.5")
    assert page.save() and page.showing_result()
    texts = " ".join(text for _heading, text, _source in page.result_view.paragraphs)
    assert "differ by 2.5 cm" in texts and "right ankle bends less" in texts
    assert "left leg is within it" in texts and "right leg is below it" in texts
    sources = [source for *_rest, source in page.result_view.paragraphs]
    assert "Chisholm et al. 2012; Hoch & McKeon 2011" in sources
    assert "Powden et al. 2015; Konor et al. 2012" in sources
    labels = [label.text() for label in page.result_view.findChildren(QLabel)]
    assert any("nothing was stored" in text for text in labels)
    assert list(tmp_path.iterdir()) == []
    for folder in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        assert not Path(os.environ[folder]).exists()


def test_one_leg_and_similar_legs_are_worded_honestly(make_page):
    page = make_page()
    type_trials(page, "left", "11")
    page.save()
    assert "You tested one leg" in page.result_view.paragraphs[0][1]
    page.new_test()
    type_trials(page, "left", "11")
    type_trials(page, "right", "10.5")
    page.save()
    assert "treat your legs as alike" in page.result_view.paragraphs[0][1]


def test_previous_set_up_is_the_default_and_the_reminder_names_it(make_page):
    page = make_page(previous=Details(footwear="shod", toe="longest"))
    assert page.footwear.checkedId() == 1 and page.toe.checkedId() == 1
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("Last time you tested in shoes" in text for text in texts)


def test_every_field_and_message_has_an_accessible_name(make_page):
    page = make_page()
    widgets = [
        *page.findChildren(QLineEdit), *page.findChildren(QCheckBox),
        *page.findChildren(QComboBox), *page.findChildren(QDateTimeEdit),
        *page.findChildren(FieldMessage), *page.findChildren(QAbstractButton),
    ]  # fmt: skip
    unnamed = [w for w in widgets if not (w.accessibleName() or getattr(w, "text", str)())]
    assert not unnamed


# --- keyboard, demonstration, timers -------------------------------------------------------------


def test_keyboard_alone_fills_and_saves(make_page, db, qtbot):
    page = make_page(save=storing(db), show=True)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.forms["left"].trial_edits[0].hasFocus())

    def focused():
        return QApplication.focusWidget()

    for text in ("11", "12", "13"):
        qtbot.keyClicks(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is page.forms["left"].angle_edit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the site is hidden without an angle
    for _ in range(3):
        assert isinstance(focused(), QCheckBox)
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.forms["right"].trial_edits[0]
    assert page.demonstration.side == "right"  # the figure mirrors for the leg being tested
    qtbot.keyClicks(focused(), "9,5")
    for _ in range(20):  # on through the right leg and the date's sections to the note
        if focused() is page.note_edit:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.note_edit
    qtbot.keyClicks(focused(), "keyboard")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert page.showing_result()
    stored = list_measurements(db)
    assert [(m.side, m.distance_cm, m.note) for m in stored] == [
        ("left", 12.0, "keyboard"),
        ("right", 9.5, "keyboard"),
    ]
    assert details_for(db, [stored[0].id])[stored[0].id].form_note is False


def test_save_stays_in_view_on_a_small_window_and_steps_aside_for_the_result(make_page, db):
    page = make_page(save=storing(db), show=True)
    page.resize(1024, 600)  # the form is far taller than this
    QApplication.processEvents()
    assert page._scroll.verticalScrollBar().maximum() > 0
    button = page.save_button
    corner = button.mapTo(page, button.rect().bottomRight())
    assert page.rect().contains(corner) and button.isVisible()  # no scrolling to reach it
    type_trials(page, "left", "11")
    assert page.save()
    assert not page.save_bar.isVisible()  # the result has its own way on: Test again
    page.new_test()
    assert page.save_bar.isVisible() and not page.save_button.isEnabled()


def test_demonstration_stops_when_the_page_is_hidden_or_closed(make_page):
    page = make_page(show=True)
    timer = page.demonstration.frame_timer()
    assert timer.isActive()
    page.hide()
    assert not timer.isActive()
    page.show()
    assert timer.isActive()
    page.close()
    assert not timer.isActive()


# --- editing and deleting with undo --------------------------------------------------------------


@pytest.fixture
def stored(db):
    ids = add_results(
        db,
        _two(),
        [Details(heel_down=True, knee_in_line=True, arch_held=True, trials=(10.0, 11.0),
                 aggregate="mean"), None],
        now=lambda: NOW,
    )  # fmt: skip
    return ids


def _two():
    from mobility_app.storage import Measurement

    return [Measurement(NOW, "left", 10.5, None, "first"), Measurement(NOW, "right", 9.0, 37.0)]


@pytest.fixture
def editor(db, qtbot):
    widget = ResultsEditor(db, Settings(), now=lambda: NOW, locale=QLocale("en_GB"))
    qtbot.addWidget(widget)
    return widget


def snapshot(db):
    measured = [tuple(row) for row in db.query("SELECT * FROM measurements ORDER BY id")]
    details = [tuple(row) for row in db.query("SELECT * FROM measurement_details")]
    return measured, details


def test_edit_uses_the_same_checks_and_undo_restores_the_previous_values(db, editor, stored):
    before = snapshot(db)
    dialog = editor.edit_measurement(stored[0])
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert [e.text() for e in dialog.form.trial_edits[:2]] == ["10", "11"]
    dialog.form.trial_edits[1].setText("31")
    assert "outside 0–30 cm" in dialog.form.trials_message.text() and not save.isEnabled()
    dialog.form.trial_edits[1].setText("12")
    dialog.form.checks["arch_held"].setChecked(False)
    save.click()
    [left, _right] = list_measurements(db)
    assert left.distance_cm == 11.0 and left.id == stored[0]
    assert details_for(db, [left.id])[left.id].arch_held is False
    after = snapshot(db)
    assert editor.undo()
    assert snapshot(db) == before
    assert editor.redo()
    assert snapshot(db) == after


def test_an_unchanged_edit_changes_nothing(db, editor, stored):
    before = snapshot(db)
    dialog = editor.edit_measurement(stored[1])
    assert dialog.form.trial_edits[0].text() == "9" and not dialog.form.checks
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert snapshot(db) == before and not editor.stack.can_undo()


def test_delete_and_undo_restore_the_same_row_and_details(db, editor, stored, qtbot):
    before = snapshot(db)
    with qtbot.waitSignal(editor.changed):
        assert editor.delete_measurement(stored[0])
    assert [m.id for m in list_measurements(db)] == [stored[1]]
    assert "Deleted the left-leg result of 14/03/2025" in editor.message.text()
    assert not editor.isHidden() and editor.undo_button.isEnabled()
    editor.undo_button.click()
    assert snapshot(db) == before
    assert editor.redo()
    assert [m.id for m in list_measurements(db)] == [stored[1]]
    editor.undo_action.trigger()
    assert snapshot(db) == before


def test_undo_after_the_row_vanished_elsewhere_says_so(db, editor, stored):
    from mobility_app.storage.details import delete_result

    dialog = editor.edit_measurement(stored[0])
    dialog.note_edit.setText("edited")
    dialog.accept()
    delete_result(db, stored[0])  # another window deletes it
    assert not editor.undo()
    assert "changed elsewhere" in editor.message.text() and not editor.stack.can_undo()
    assert not editor.delete_measurement(stored[0])
    assert "no longer stored" in editor.message.text()
