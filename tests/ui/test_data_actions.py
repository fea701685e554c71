"""File menu data actions: export, import with preview, back up now, restore; no real dialogs."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from mobility_app.storage import (
    Measurement,
    StorageError,
    add_measurement,
    list_backups,
    list_measurements,
    open_database,
    safety_dir,
    start_session,
)
from mobility_app.storage.restore import list_restorable
from mobility_app.ui import import_dialog
from mobility_app.ui.data_actions import DataActions
from mobility_app.ui.restore_dialog import RestoreDialog

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
HEADER = "taken_at,side,distance_cm,angle_deg,note"


class Fakes:
    """Stand-ins for the dialogs: answers given in advance, questions and errors recorded."""

    def __init__(self) -> None:
        self.save_path = None
        self.open_path = None
        self.confirm = True
        self.pick = lambda backups: backups[0] if backups else None
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.offered: list = []

    def kwargs(self) -> dict:
        return {
            "now": lambda: NOW,
            "ask_save_path": lambda parent, suggested: self.save_path,
            "ask_open_path": lambda parent: self.open_path,
            "ask_confirm": self._confirm,
            "ask_backup": self._backup,
            "show_error": lambda parent, title, text: self.errors.append(text),
        }

    def _confirm(self, parent, title, text, accept) -> bool:
        self.questions.append(text)
        return self.confirm

    def _backup(self, parent, backups, safety_folder):
        self.offered = list(backups)
        return self.pick(self.offered)


@pytest.fixture
def db(tmp_path):
    database, _ = open_database(
        tmp_path / "data" / "mobility.sqlite3", tmp_path / "data" / "backups", now=lambda: NOW
    )
    yield database
    database.close()


@pytest.fixture
def fakes():
    return Fakes()


@pytest.fixture
def actions(qtbot, db, fakes):
    window = QWidget()
    qtbot.addWidget(window)
    data = DataActions(window, **fakes.kwargs())
    data.set_database(db)
    yield data
    if data.import_dialog is not None:
        data.import_dialog.reject()
        assert not data.import_dialog.worker_thread.isRunning()


def result(
    day: int, side: str = "left", distance: float | None = 9.5, note: str = ""
) -> Measurement:
    return Measurement(datetime(2025, 1, day, 8, 0, tzinfo=NOW.tzinfo), side, distance, None, note)


def stored(db) -> list[tuple[str, float | None]]:
    return [(m.side, m.distance_cm) for m in list_measurements(db)]


def write(path, *lines: str, bom: bool = False) -> None:
    path.write_text(("\ufeff" if bom else "") + "\r\n".join(lines) + "\r\n", encoding="utf-8")


def open_preview(qtbot, actions, fakes, path):
    fakes.open_path = path
    with qtbot.waitSignal(actions.import_action.triggered):
        actions.import_action.trigger()
    dialog = actions.import_dialog
    assert dialog is not None
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # not application-modal
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


# -- availability ----------------------------------------------------------------------------


def test_actions_are_disabled_with_a_reason_when_storage_is_unavailable(actions):
    every = [a for a in actions.menu_actions() if a is not None]
    assert all(a.isEnabled() for a in every)
    actions.set_database(None)
    assert not any(a.isEnabled() for a in every)
    assert all("not available" in a.toolTip() for a in every)
    assert actions.export_results() is None and actions.back_up_now() is None


def test_busy_disables_import_and_restore_only(actions):
    actions.set_busy("A routine is running")
    assert not actions.import_action.isEnabled() and not actions.restore_action.isEnabled()
    assert actions.export_action.isEnabled() and actions.backup_action.isEnabled()
    assert actions.restore_action.toolTip() == "A routine is running"
    actions.set_busy(None)
    assert actions.restore_action.isEnabled()


def test_add_to_menu_places_the_actions_before_another(qtbot, actions):
    menu = QMenu()
    qtbot.addWidget(menu)
    settings = menu.addAction("Settings…")
    actions.add_to_menu(menu, before=settings)
    texts = [a.text() if not a.isSeparator() else "-" for a in menu.actions()]
    assert texts == [
        "&Import results…",
        "&Export results…",
        "-",
        "&Back up now",
        "&Restore a backup…",
        "-",
        "Settings…",
    ]


# -- export ----------------------------------------------------------------------------------


def test_export_csv_writes_the_contract_columns(qtbot, actions, db, fakes, tmp_path):
    add_measurement(db, result(2, note="=SUM(A1)"), now=lambda: NOW)
    add_measurement(db, result(3, "right", 11.0), now=lambda: NOW)
    fakes.save_path = tmp_path / "out.csv"
    with qtbot.waitSignal(actions.message) as said:
        assert actions.export_results() == fakes.save_path
    rows = list(csv.reader(io.StringIO(fakes.save_path.read_text(encoding="utf-8"), newline="")))
    assert rows[0] == HEADER.split(",")
    assert rows[1] == ["2025-01-02T08:00:00+01:00", "left", "9.5", "", "'=SUM(A1)"]
    assert rows[2][1:3] == ["right", "11.0"]
    assert said.args == [f"Exported 2 results to {fakes.save_path}"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out")] == ["out.csv"]


def test_export_json_holds_results_and_sessions(qtbot, actions, db, fakes, tmp_path):
    add_measurement(db, result(2), now=lambda: NOW)
    start_session(db, "Morning", NOW)
    fakes.save_path = tmp_path / "all.json"
    with qtbot.waitSignal(actions.message) as said:
        actions.export_results()
    document = json.loads(fakes.save_path.read_text(encoding="utf-8"))
    assert document["format"] == "ankle-mobility"
    assert [m["distance_cm"] for m in document["measurements"]] == [9.5]
    assert [s["routine_name"] for s in document["sessions"]] == ["Morning"]
    assert said.args == [f"Exported 1 result and 1 session to {fakes.save_path}"]


def test_a_failed_export_says_why_and_leaves_nothing(actions, fakes, tmp_path):
    fakes.save_path = tmp_path / "missing-folder" / "out.csv"
    assert actions.export_results() is None
    assert len(fakes.errors) == 1 and str(fakes.save_path) in fakes.errors[0]
    assert not (tmp_path / "missing-folder").exists()


# -- import ----------------------------------------------------------------------------------


def test_import_previews_counts_and_rows_then_stores_them(qtbot, actions, db, fakes, tmp_path):
    add_measurement(db, result(2), now=lambda: NOW)
    path = tmp_path / "results.csv"
    write(
        path,
        HEADER,
        "2025-01-02T08:00:00+01:00,left,9.5,,",  # already stored
        "",
        "2025-01-05T08:00:00+01:00,right,10.5,,after a walk",
        "2025-01-06T08:00:00,left,,38.5,",  # no offset: local time
        "",
        bom=True,
    )
    dialog = open_preview(qtbot, actions, fakes, path)
    assert dialog.new_tile.number.text() == "2"
    assert dialog.duplicate_tile.number.text() == "1"
    assert dialog.bad_tile.number.text() == "0"
    assert dialog.rows_table.isVisibleTo(dialog) and not dialog.problems_table.isVisibleTo(dialog)
    assert dialog.rows_table.rowCount() == 2
    assert dialog.rows_table.item(0, 4).text() == "after a walk"
    assert dialog.rows_table.item(1, 3).text() == "38.5"
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 results"

    with qtbot.waitSignal(actions.dataChanged), qtbot.waitSignal(actions.message) as said:
        dialog.import_button.click()
    assert said.args == ["Imported 2 results from results.csv (1 already stored, skipped)"]
    assert stored(db) == [("left", 9.5), ("right", 10.5), ("left", None)]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.worker_thread.isRunning()


def test_bad_lines_are_listed_import_is_disabled_and_nothing_is_stored(
    qtbot, actions, db, fakes, tmp_path
):
    path = tmp_path / "bad.csv"
    write(
        path,
        HEADER,
        "2025-01-05T08:00:00+01:00,right,10.5,,",
        "2025-01-06T08:00:00+01:00,up,10.5,,",
        "2025-01-07T08:00:00+01:00,left,95,,",
        "2025-01-08T08:00:00+01:00,left,,,",
    )
    dialog = open_preview(qtbot, actions, fakes, path)
    assert dialog.bad_tile.number.text() == "3"
    assert "Nothing will be imported" in dialog.status.text()
    assert dialog.problems_table.isVisibleTo(dialog) and not dialog.rows_table.isVisibleTo(dialog)
    table = dialog.problems_table
    lines = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert lines == ["3", "4", "5"]
    assert "not left or right" in table.item(0, 1).text()
    assert "outside" in table.item(1, 1).text()
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()  # disabled: nothing happens
    dialog.reject()
    assert not dialog.worker_thread.isRunning()
    assert stored(db) == []


def test_a_wrong_header_is_one_bad_line(qtbot, actions, db, fakes, tmp_path):
    path = tmp_path / "other.csv"
    write(path, "when,side,cm", "2025-01-05T08:00:00+01:00,right,10.5")
    dialog = open_preview(qtbot, actions, fakes, path)
    assert dialog.problems_table.rowCount() == 1
    assert dialog.problems_table.item(0, 0).text() == "1"
    assert "wrong header" in dialog.problems_table.item(0, 1).text()
    assert not dialog.import_button.isEnabled()


def test_a_file_already_imported_has_nothing_new(qtbot, actions, db, fakes, tmp_path):
    add_measurement(db, result(5, "right", 10.5), now=lambda: NOW)
    path = tmp_path / "again.json"
    document = {
        "format": "ankle-mobility",
        "version": 1,
        "measurements": [
            {"taken_at": "2025-01-05T08:00:00+01:00", "side": "right", "distance_cm": 10.5}
        ],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    dialog = open_preview(qtbot, actions, fakes, path)
    assert dialog.new_tile.number.text() == "0"
    assert dialog.duplicate_tile.number.text() == "1"
    assert "already stored" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def big_file(path, rows: int) -> None:
    start = datetime(2020, 1, 1, 8, 0, tzinfo=NOW.tzinfo)
    lines = [HEADER]
    for i in range(rows):
        when = (start + timedelta(minutes=i)).isoformat()
        lines.append(f"{when},{'left' if i % 2 else 'right'},{5 + i % 200 / 10},,")
    write(path, *lines)


def test_a_large_file_shows_progress_and_imports_every_row(qtbot, actions, db, fakes, tmp_path):
    path = tmp_path / "large.csv"
    big_file(path, 20_000)
    fakes.open_path = path
    steps: list[tuple[int, int]] = []
    dialog = actions.import_results()
    assert dialog is not None
    assert dialog.progress_bar.isVisibleTo(dialog)
    dialog.progressed.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert len(steps) > 1 and steps[-1] == (20_000, 20_000)
    assert dialog.import_button.text() == "Import 20000 results"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        dialog.import_button.click()
        assert not dialog.cancel_button.isEnabled()  # one transaction: no half import
    assert imported.args == [20_000, 0]
    assert len(list_measurements(db)) == 20_000
    assert not dialog.worker_thread.isRunning()


def test_closing_while_reading_stops_the_thread_and_stores_nothing(qtbot, actions, db, tmp_path):
    path = tmp_path / "large.csv"
    big_file(path, 20_000)
    dialog = actions.open_import(path)
    dialog.reject()
    assert not dialog.worker_thread.isRunning()
    assert stored(db) == []


def test_a_storage_error_while_importing_is_reported_and_stores_nothing(
    qtbot, actions, db, fakes, tmp_path, monkeypatch
):
    path = tmp_path / "one.csv"
    write(path, HEADER, "2025-01-05T08:00:00+01:00,right,10.5,,")
    dialog = open_preview(qtbot, actions, fakes, path)

    def disk_full(*args, **kwargs):
        raise StorageError("Could not save to the database: the disk is full.")

    monkeypatch.setattr(import_dialog, "add_measurements_bulk", disk_full)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(fakes.errors))
    assert fakes.errors == ["Could not save to the database: the disk is full."]
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # they may try again
    assert dialog.cancel_button.isEnabled()
    assert stored(db) == []


# -- backups ---------------------------------------------------------------------------------


def test_back_up_now_makes_a_backup_and_says_where(qtbot, actions, db):
    with qtbot.waitSignal(actions.message) as said:
        path = actions.back_up_now()
    assert path is not None and path.is_file()
    assert list(list_backups(db.path.parent / "backups").values()) == [path]
    assert said.args == [f"Backed up to {path}"]


def test_a_failed_backup_shows_the_storage_error(actions, db, fakes):
    (db.path.parent / "backups").write_text("a file where the folder should be")
    assert actions.back_up_now() is None
    assert len(fakes.errors) == 1 and "backups" in fakes.errors[0]


def test_restore_round_trip_keeps_a_copy_that_can_be_restored_back(qtbot, actions, db, fakes):
    add_measurement(db, result(2), now=lambda: NOW)
    actions.back_up_now()
    add_measurement(db, result(3, "right", 12.0), now=lambda: NOW)
    with qtbot.waitSignal(actions.dataChanged):
        safety = actions.restore_a_backup()
    assert safety is not None
    assert stored(db) == [("left", 9.5)]
    folder = safety_dir(db.path.parent / "backups")
    assert str(folder) in fakes.questions[0]
    assert safety.parent == folder

    # Undo: the safety copy is offered in the same list and brings the later result back.
    fakes.pick = lambda backups: next(b for b in backups if b.before_restore)
    actions.restore_a_backup()
    assert stored(db) == [("left", 9.5), ("right", 12.0)]


def test_declining_the_confirmation_changes_nothing(actions, db, fakes):
    add_measurement(db, result(2), now=lambda: NOW)
    actions.back_up_now()
    add_measurement(db, result(3), now=lambda: NOW)
    fakes.confirm = False
    assert actions.restore_a_backup() is None
    assert len(stored(db)) == 2
    assert not safety_dir(db.path.parent / "backups").exists()


def test_a_damaged_backup_is_refused_with_a_message(actions, db, fakes):
    backup = actions.back_up_now()
    backup.write_bytes(b"not a database at all" * 200)
    add_measurement(db, result(2), now=lambda: NOW)
    assert actions.restore_a_backup() is None
    assert "damaged" in fakes.errors[0] and "Nothing was changed" in fakes.errors[0]
    assert len(stored(db)) == 1


def test_the_restore_dialog_lists_backups_newest_first(qtbot, actions, db):
    actions.back_up_now()
    actions._now = lambda: NOW + timedelta(days=1)
    newest = actions.back_up_now()
    backups = list_restorable(db.path.parent / "backups")
    dialog = RestoreDialog(backups, safety_dir(db.path.parent / "backups"))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.selected().path == newest
    assert dialog.restore_button.isEnabled()
    empty = RestoreDialog([], safety_dir(db.path.parent / "backups"))
    qtbot.addWidget(empty)
    assert empty.selected() is None and not empty.restore_button.isEnabled()


@pytest.mark.parametrize(
    ("name", "chosen_filter", "expected"),
    [
        ("results", "JSON, with sessions (*.json)", "results.json"),
        ("results", "CSV spreadsheet (*.csv)", "results.csv"),
        ("results.JSON", "CSV spreadsheet (*.csv)", "results.JSON"),
    ],
)
def test_the_save_dialog_adds_the_chosen_format_s_extension(
    qtbot, monkeypatch, tmp_path, name, chosen_filter, expected
):
    window = QWidget()
    qtbot.addWidget(window)
    answer = (str(tmp_path / name), chosen_filter)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: answer)
    data = DataActions(window)
    assert data._dialog_save_path(window, tmp_path / "x.csv") == tmp_path / expected
