"""The routine editor: build, reorder, dose, validate as typed, save, reopen and start."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mobility_app.routine import RoutineItem
from mobility_app.routine.editing import article_routine, to_stored
from mobility_app.storage import (
    StorageError,
    StoredRoutineItem,
    list_routines,
    open_database,
    save_routine,
)
from mobility_app.ui import routine_editor
from mobility_app.ui.routine_editor import RoutineEditor

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def db(tmp_path):
    database, _ = open_database(tmp_path / "db.sqlite3", tmp_path / "backups", now=lambda: NOW)
    yield database
    database.close()


class Answers:
    """An injectable confirm that records the questions and answers as told."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answer


@pytest.fixture
def answers():
    return Answers()


@pytest.fixture
def make_editor(qtbot, catalog, db, answers):
    def make(database=db):
        editor = RoutineEditor(catalog, database, now=lambda: NOW, confirm=answers)
        qtbot.addWidget(editor)
        editor.resize(1100, 720)
        editor.show()
        return editor

    return make


def ids(editor):
    return [item.entry.id for item in editor.items]


def type_into(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_opens_on_the_article_routine(make_editor, catalog):
    editor = make_editor()
    assert editor.items == [
        RoutineItem(item.entry, item.effective_dose) for item in article_routine(catalog)
    ]
    assert editor.chooser.currentText() == "Article routine (built in)"
    assert not editor.save_button.isEnabled()
    assert editor.start_button.isEnabled()
    assert not editor.delete_button.isEnabled()


def test_add_remove_and_reorder_by_buttons(make_editor):
    editor = make_editor()
    editor.new_button.click()
    assert editor.items == [] and not editor.start_button.isEnabled()
    names = [action.text() for action in editor.exercise_list.add_menu.actions()]
    assert "Knee-to-wall test" not in names and len(names) == 6  # tests are not exercises
    for index in (3, 0, 2):  # wall lean, deep squat, calf raise
        editor.exercise_list.add_menu.actions()[index].trigger()
    assert ids(editor) == ["wall-lean", "deep-squat", "calf-raise"]
    assert editor.exercise_list.view.currentRow() == 2  # the added one is selected

    editor.exercise_list.up_button.click()
    assert ids(editor) == ["wall-lean", "calf-raise", "deep-squat"]
    assert editor.exercise_list.view.currentRow() == 1
    editor.exercise_list.view.setCurrentRow(0)
    assert not editor.exercise_list.up_button.isEnabled()
    editor.exercise_list.down_button.click()
    assert ids(editor) == ["calf-raise", "wall-lean", "deep-squat"]
    editor.exercise_list.remove_button.click()
    assert ids(editor) == ["calf-raise", "deep-squat"]
    assert editor.exercise_list.view.item(1).text().startswith("2. Deep squat")


def test_reorder_and_remove_by_keyboard(qtbot, make_editor):
    editor = make_editor()
    editor.exercise_list.view.setFocus()
    editor.exercise_list.view.setCurrentRow(0)
    first = ids(editor)
    qtbot.keyClick(editor.exercise_list.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ids(editor) == [first[1], first[0], *first[2:]]
    assert editor.exercise_list.view.currentRow() == 1
    qtbot.keyClick(editor.exercise_list.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert ids(editor) == first
    qtbot.keyClick(editor.exercise_list.view, Qt.Key.Key_Delete)
    assert ids(editor) == first[1:]
    # Editing the built-in routine started a copy under a new name.
    assert editor.routine_name == "My routine"
    assert editor.chooser.currentText() == "My routine (not saved)"


def test_up_and_down_keys_step_a_field(qtbot, make_editor):
    editor = make_editor()
    field = editor.fields["seconds"]
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "31"
    assert editor.items[0].dose.seconds == 31


def test_out_of_range_value_shows_inline_message_and_disables_save(qtbot, make_editor):
    editor = make_editor()
    editor.exercise_list.view.setCurrentRow(3)  # wall lean: a hold
    type_into(qtbot, editor.fields["seconds"], "500")
    message = editor.field_messages["seconds"]
    assert "500 is out of range" in message.text() and "5–300 s" in message.text()
    assert message.isVisible()
    assert not editor.save_button.isEnabled()
    assert not editor.start_button.isEnabled()
    assert "Check the dose" in editor.exercise_list.view.item(3).text()
    assert "Fix the dose of 1 exercise" in editor.status_label.text()
    # The typed text survives looking at another item and coming back.
    editor.exercise_list.view.setCurrentRow(0)
    editor.exercise_list.view.setCurrentRow(3)
    assert editor.fields["seconds"].text() == "500"
    type_into(qtbot, editor.fields["seconds"], "45")
    assert editor.field_messages["seconds"].text() == ""
    assert editor.save_button.isEnabled() and editor.start_button.isEnabled()


def test_tempo_fields_are_labelled_with_the_phase_actions(qtbot, make_editor):
    editor = make_editor()
    editor.exercise_list.view.setCurrentRow(2)  # calf raise: paced reps
    assert "seconds" not in editor.fields
    names = [editor.fields[f"tempo[{n}]"].accessibleName() for n in range(4)]
    assert names == [
        "Rise onto your toes",
        "Pause at the top",
        "Lower slowly",
        "Pause in the stretch",
    ]
    type_into(qtbot, editor.fields["tempo[2]"], "12")
    assert "Lower slowly: 0.5–10 s" in editor.field_messages["tempo[2]"].text()


def test_save_then_reopen_shows_the_same_items(qtbot, make_editor, db):
    editor = make_editor()
    editor.exercise_list.view.setCurrentRow(3)
    type_into(qtbot, editor.fields["seconds"], "45")
    editor.per_side_box.setChecked(False)
    editor.exercise_list.view.setCurrentRow(0)
    qtbot.keyClick(editor.exercise_list.view, Qt.Key.Key_Delete)
    edited = editor.items
    editor.rename_button.click()
    qtbot.keyClicks(editor.name_edit, "Evening")
    assert editor.save()
    assert editor.chooser.currentText() == "Evening"
    assert not editor.save_button.isEnabled() and editor.delete_button.isEnabled()
    [stored] = list_routines(db)
    assert stored.name == "Evening"

    again = make_editor()
    assert again.chooser.findText("Evening") >= 0
    again.chooser.setCurrentIndex(again.chooser.findText("Evening"))
    again.chooser.activated.emit(again.chooser.currentIndex())
    assert again.routine_name == "Evening"
    assert again.items == edited
    assert again.items[2].dose.seconds == 45 and not again.items[2].dose.per_side


def test_start_emits_the_items_with_their_edited_doses(qtbot, make_editor):
    editor = make_editor()
    type_into(qtbot, editor.fields["reps"], "5")
    with qtbot.waitSignal(editor.startRequested) as blocker:
        editor.start_button.click()
    items, name = blocker.args
    assert name == "My routine"
    assert items[0].entry.id == "deep-squat" and items[0].dose.reps == 5
    assert items[1:] == editor.items[1:]


def test_unknown_exercise_in_a_stored_routine_is_skipped_with_a_note(make_editor, catalog, db):
    good = to_stored(RoutineItem(catalog.get("wall-lean")))
    gone = StoredRoutineItem("gone-exercise", good.dose)
    routine_id = save_routine(db, "Old", [gone, good], now=lambda: NOW)
    editor = make_editor()
    assert editor.select_routine(routine_id)
    assert ids(editor) == ["wall-lean"]
    assert editor.notice.isVisible()
    assert "gone-exercise" in editor.notice_label.text()


def test_delete_asks_first(make_editor, db, answers):
    routine_id = save_routine(db, "Doomed", [], now=lambda: NOW)
    editor = make_editor()
    editor.select_routine(routine_id)
    answers.answer = False
    editor.delete_button.click()
    assert len(answers.asked) == 1 and "Doomed" in answers.asked[0]
    assert [r.name for r in list_routines(db)] == ["Doomed"]
    answers.answer = True
    editor.delete_button.click()
    assert list_routines(db) == []
    assert editor.chooser.currentText() == "Article routine (built in)"


def test_switching_away_from_unsaved_changes_asks(make_editor, db, answers):
    save_routine(db, "Other", [], now=lambda: NOW)
    editor = make_editor()
    editor.exercise_list.remove_button.click()
    answers.answer = False
    index = editor.chooser.findText("Other")
    editor.chooser.setCurrentIndex(index)
    editor.chooser.activated.emit(index)
    assert answers.asked and editor.routine_name == "My routine"
    assert editor.chooser.currentText() == "My routine (not saved)"
    answers.answer = True
    editor.chooser.activated.emit(index)
    assert editor.routine_name == "Other"


def test_a_taken_name_is_refused_inline(qtbot, make_editor, db):
    save_routine(db, "Morning", [], now=lambda: NOW)
    editor = make_editor()
    editor.exercise_list.remove_button.click()
    type_into(qtbot, editor.name_edit, "morning")
    assert "already a routine" in editor.name_message.text()
    assert not editor.save_button.isEnabled()


def test_storage_failure_is_shown_and_the_editor_keeps_working(make_editor, monkeypatch):
    def fail(*args, **kwargs):
        raise StorageError("Could not save to the database: the disk is full.")

    monkeypatch.setattr(routine_editor, "save_routine", fail)
    editor = make_editor()
    editor.exercise_list.remove_button.click()
    assert not editor.save()
    assert "disk is full" in editor.notice_label.text() and editor.notice.isVisible()
    assert editor.save_button.isEnabled()


def test_without_a_database_it_is_read_only(make_editor):
    editor = make_editor(None)
    assert "Saving is unavailable" in editor.notice_label.text()
    for button in (
        editor.exercise_list.add_button,
        editor.exercise_list.remove_button,
        editor.new_button,
        editor.save_button,
    ):
        assert not button.isEnabled()
    assert editor.fields["seconds"].isReadOnly()
    assert editor.start_button.isEnabled()


def test_back_button_emits_closed(qtbot, make_editor):
    editor = make_editor()
    back = editor.findChild(QPushButton, "backButton")
    with qtbot.waitSignal(editor.closed):
        back.click()
