"""The File menu's data actions: import, export, back up now and restore a backup."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from mobility_app.i18n import fill

if TYPE_CHECKING:
    from mobility_app.storage import BackupFile, Database, Measurement, Session
    from mobility_app.ui.import_dialog import ImportDialog

# The callables that stand in for dialogs, so tests never open a real one.
AskSavePath = Callable[[QWidget, Path], Path | None]  # (parent, suggested path)
AskOpenPath = Callable[[QWidget], Path | None]
AskConfirm = Callable[[QWidget, str, str, str], bool]  # (parent, title, text, accept text)
AskBackup = Callable[[QWidget, "Sequence[BackupFile]", Path], "BackupFile | None"]
ShowError = Callable[[QWidget | None, str, str], None]  # (parent, title, text)


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def write_export(
    path: Path,
    measurements: Sequence[Measurement],
    sessions: Sequence[Session],
    *,
    as_json: bool,
) -> int:
    """Write the export as `mobility-app export` does; return the number of results.

    Written beside the target and renamed into place, so a failed write never leaves a
    half-written file where a good one may have been. Raises OSError.
    """
    from mobility_app.exchange import write_csv, write_json

    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            if as_json:
                count = write_json(measurements, sessions, stream)
            else:
                count = write_csv(measurements, stream)
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return count


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for work that is short but not instant (a backup, an export)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class DataActions(QObject):
    """Owns the four actions; the window puts them in its File menu and listens to the signals.

    `dataChanged` follows an import or a restore (refresh every page that shows stored data);
    `message` carries a one-line summary for the status bar.
    """

    dataChanged = Signal()
    message = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        *,
        now: Callable[[], dt.datetime] = local_now,
        ask_save_path: AskSavePath | None = None,
        ask_open_path: AskOpenPath | None = None,
        ask_confirm: AskConfirm | None = None,
        ask_backup: AskBackup | None = None,
        show_error: ShowError | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._now = now
        self._ask_save_path = ask_save_path or self._dialog_save_path
        self._ask_open_path = ask_open_path or self._dialog_open_path
        self._ask_confirm = ask_confirm or self._dialog_confirm
        self._ask_backup = ask_backup or self._dialog_backup
        self._show_error = show_error or self._dialog_error
        self._db: Database | None = None
        self._backup_dir: Path | None = None
        self._busy_reason: str | None = None
        self._folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.import_dialog: ImportDialog | None = None

        self.import_action = self._action(self.tr("&Import results…"), self.import_results)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.export_action = self._action(self.tr("&Export results…"), self.export_results)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now)
        self.restore_action = self._action(self.tr("&Restore a backup…"), self.restore_a_backup)
        self._tips = {
            self.import_action: self.tr("Add results from a CSV or JSON file; you see them first"),
            self.export_action: self.tr("Save every result as CSV, or as JSON with sessions"),
            self.backup_action: self.tr("Make a copy of everything stored, now"),
            self.restore_action: self.tr("Go back to an earlier backup; the current state is kept"),
        }
        self._update_actions()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def menu_actions(self) -> list[QAction | None]:
        """The actions in menu order; None marks a separator."""
        return [
            self.import_action,
            self.export_action,
            None,
            self.backup_action,
            self.restore_action,
        ]

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Insert the actions (and a separator after them) before `before`, or at the end."""
        menu.setToolTipsVisible(True)
        for action in [*self.menu_actions(), None]:
            if before is None:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            elif action is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, action)

    # -- state -----------------------------------------------------------------------------

    def set_database(self, db: Database | None, backup_dir: Path | None = None) -> None:
        """Use `db` (None: storage unavailable, every action disabled with a reason).

        `backup_dir` defaults to the `backups` folder beside the database, as in AppPaths.
        """
        self._db = db
        self._backup_dir = backup_dir or (db.path.parent / "backups" if db is not None else None)
        self._update_actions()

    def set_busy(self, reason: str | None) -> None:
        """Disable import and restore while `reason` holds (e.g. a routine is being recorded)."""
        self._busy_reason = reason
        self._update_actions()

    def _update_actions(self) -> None:
        unavailable = self.tr(
            "Storage is not available, so results cannot be read or saved right now"
        )
        for action, tip in self._tips.items():
            reason = None if self._db is not None else unavailable
            if reason is None and action in (self.import_action, self.restore_action):
                reason = self._busy_reason
            action.setEnabled(reason is None)
            action.setToolTip(reason or tip)
            action.setStatusTip(reason or tip)

    # -- export ----------------------------------------------------------------------------

    def export_results(self) -> Path | None:
        """Ask where, write CSV or JSON (by the extension) atomically; return the file."""
        from mobility_app.storage import StorageError, list_measurements, list_sessions

        db = self._db
        if db is None:
            return None
        suggested = self._folder / f"ankle-mobility-{self._now().date().isoformat()}.csv"
        path = self._ask_save_path(self._window, suggested)
        if path is None:
            return None
        self._folder = path.parent
        as_json = path.suffix.lower() == ".json"
        title = self.tr("Export failed")
        try:
            with busy():
                measurements = list_measurements(db)
                sessions = list_sessions(db) if as_json else []
                count = write_export(path, measurements, sessions, as_json=as_json)
        except StorageError as exc:
            self._show_error(self._window, title, exc.message)
            return None
        except OSError as exc:
            text = self.tr(
                "Could not write %1: %2. Nothing was written there; choose another folder, "
                "or free some space, and try again."
            )
            reason = exc.strerror or str(exc)
            self._show_error(self._window, title, fill(text, path, reason))
            return None
        what = self._results(count)
        if as_json:
            sessions_text = (
                self.tr("1 session")
                if len(sessions) == 1
                else self.tr("%Ln sessions", "", len(sessions))
            )
            what = fill(self.tr("%1 and %2"), what, sessions_text)
        self.message.emit(fill(self.tr("Exported %1 to %2"), what, path))
        return path

    def _results(self, n: int) -> str:
        return self.tr("1 result") if n == 1 else self.tr("%Ln results", "", n)

    # -- import ----------------------------------------------------------------------------

    def import_results(self) -> ImportDialog | None:
        """Ask for a file and open the import dialog on it (None if there was no choice)."""
        if self._db is None:
            return None
        path = self._ask_open_path(self._window)
        if path is None:
            return None
        self._folder = path.parent
        return self.open_import(path)

    def open_import(self, path: Path) -> ImportDialog | None:
        """Open the window-modal import dialog on `path`; it reads, previews and stores."""
        from mobility_app.ui.import_dialog import ImportDialog

        db = self._db
        if db is None:
            return None
        if self.import_dialog is not None:
            if self.import_dialog.isVisible():
                return self.import_dialog
            self.import_dialog.deleteLater()  # its thread was stopped when it closed
        dialog = ImportDialog(
            db, path, now=self._now(), show_error=self._show_error, parent=self._window
        )
        dialog.imported.connect(lambda added, skipped: self._imported(path, added, skipped))
        self.import_dialog = dialog
        dialog.start()
        dialog.open()
        return dialog

    def _imported(self, path: Path, added: int, skipped: int) -> None:
        text = fill(self.tr("Imported %1 from %2"), self._results(added), path.name)
        if skipped:
            text += " " + self.tr("(%Ln already stored, skipped)", "", skipped)
        self.message.emit(text)
        self.dataChanged.emit()

    # -- backups ---------------------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        """Make a verified backup now; return its path."""
        from mobility_app.storage import StorageError, make_backup

        if self._db is None or self._backup_dir is None:
            return None
        try:
            with busy():
                path = make_backup(self._db, self._backup_dir, self._now())
        except StorageError as exc:
            self._show_error(self._window, self.tr("Backup failed"), exc.message)
            return None
        self.message.emit(fill(self.tr("Backed up to %1"), path))
        return path

    def restore_a_backup(self) -> Path | None:
        """Choose a backup, confirm, restore; return the safety copy of the previous state."""
        from mobility_app.storage import StorageError, list_restorable, restore_backup, safety_dir
        from mobility_app.ui.progress_table import date_time_text

        db, backup_dir = self._db, self._backup_dir
        if db is None or backup_dir is None:
            return None
        title = self.tr("Restore failed")
        try:
            backups = list_restorable(backup_dir)
        except StorageError as exc:
            self._show_error(self._window, title, exc.message)
            return None
        chosen = self._ask_backup(self._window, backups, safety_dir(backup_dir))
        if chosen is None:
            return None
        made = date_time_text(chosen.made, QLocale())
        question = self.tr(
            "Everything stored now is replaced by the backup from %1.\n\n"
            "A copy of what is stored now is kept first, in %2. To go back, restore that "
            "copy from the same list."
        )
        question = fill(question, made, safety_dir(backup_dir))
        if not self._ask_confirm(
            self._window, self.tr("Restore this backup?"), question, self.tr("Restore")
        ):
            return None
        try:
            with busy():
                safety = restore_backup(db, chosen.path, backup_dir, now=self._now())
        except StorageError as exc:
            self._show_error(self._window, title, exc.message)
            return None
        done = self.tr("Restored the backup from %1. What was stored before is kept in %2.")
        self.message.emit(fill(done, made, safety))
        self.dataChanged.emit()
        return safety

    # -- the real dialogs (replaced in tests) ----------------------------------------------
    # Each imports its dialog class: making a PySide type (and its enums) on import costs
    # start-up time, and these open only when asked for (QFileDialog alone is ~2 ms).

    def _dialog_save_path(self, parent: QWidget, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        csv_filter = self.tr("CSV spreadsheet (*.csv)")
        json_filter = self.tr("JSON, with sessions (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            parent, self.tr("Export results"), str(suggested), f"{csv_filter};;{json_filter}"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_name(path.name + (".json" if chosen == json_filter else ".csv"))
        return path

    def _dialog_open_path(self, parent: QWidget) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        filters = ";;".join(
            (
                self.tr("Results (*.csv *.json)"),
                self.tr("CSV spreadsheet (*.csv)"),
                self.tr("JSON (*.json)"),
                self.tr("All files (*)"),
            )
        )
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import results"), str(self._folder), filters
        )
        return Path(name) if name else None

    def _dialog_confirm(self, parent: QWidget, title: str, text: str, accept: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)  # the safe choice for Enter
        box.exec()
        return box.clickedButton() is yes

    def _dialog_backup(
        self, parent: QWidget, backups: Sequence[BackupFile], safety_folder: Path
    ) -> BackupFile | None:
        from mobility_app.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(backups, safety_folder, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        try:
            return dialog.selected() if dialog.exec() == RestoreDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _dialog_error(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)
