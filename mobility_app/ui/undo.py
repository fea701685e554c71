"""Editing and deleting stored knee-to-wall results, with undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from mobility_app.i18n import fill
from mobility_app.settings import Settings
from mobility_app.storage.connection import Database, local_now
from mobility_app.storage.details import (
    DeletedResult,
    Details,
    delete_result,
    load_result,
    restore_result,
    update_result,
)
from mobility_app.storage.errors import StorageError
from mobility_app.storage.measurements import Measurement
from mobility_app.ui import style
from mobility_app.ui.test_form import qdatetime
from mobility_app.ui.undo_edit_dialog import EditResultDialog

UNDO_LIMIT = 50


@dataclass(frozen=True)
class Step:
    """One undoable change: what it was, how to take it back or do it again, and the whole
    sentences that say it was undone or redone."""

    text: str
    undo: Callable[[], None]
    redo: Callable[[], None]
    undone: str = ""
    redone: str = ""


class UndoStack(QObject):
    """A plain undo/redo history of steps that were already done when pushed.

    A step whose undo or redo raises stays where it was, so nothing is lost from the history
    by a failed attempt; the caller decides whether to report it or to clear().
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None, limit: int = UNDO_LIMIT) -> None:
        super().__init__(parent)
        self._limit = limit
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def push(self, step: Step) -> None:
        self._done.append(step)
        del self._done[: -self._limit]
        self._undone.clear()
        self.changed.emit()

    def undo(self) -> Step | None:
        if not self._done:
            return None
        self._done[-1].undo()
        step = self._done.pop()
        self._undone.append(step)
        self.changed.emit()
        return step

    def redo(self) -> Step | None:
        if not self._undone:
            return None
        self._undone[-1].redo()
        step = self._undone.pop()
        self._done.append(step)
        self.changed.emit()
        return step

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self.changed.emit()


class ResultsEditor(QWidget):
    """Edits and deletes stored results (for the progress page), with Undo and Redo.

    Shows as a slim bar saying what just happened, e.g. "Deleted the left-leg result of
    14/03/2025. [Undo]"; hidden until then. `changed` fires after every change to the stored
    results (edit, delete, undo, redo), so the caller refreshes its table. `undo_action` and
    `redo_action` carry Ctrl+Z / Ctrl+Shift+Z for the parent page (or a menu).
    """

    changed = Signal()

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        now: Callable[[], dt.datetime] = local_now,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsEditor")
        self.db = db
        self.settings = settings
        self._now = now
        self.locale_ = locale if locale is not None else QLocale()
        self.stack = UndoStack(self)
        self.dialog: EditResultDialog | None = None

        row = QHBoxLayout(self)
        row.setContentsMargins(0, style.UNIT, 0, style.UNIT)
        row.setSpacing(2 * style.UNIT)
        self.message = style.label("", selectable=False)
        self.message.setObjectName("resultsEditorMessage")
        self.message.setAccessibleName(self.tr("What just changed"))
        row.addWidget(self.message, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("redoButton")
        self.redo_button.setAccessibleName(self.tr("Redo the change"))
        self.redo_button.clicked.connect(self.redo)
        for button in (self.undo_button, self.redo_button):
            button.setMinimumHeight(5 * style.UNIT)
            row.addWidget(button)

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        host = parent if parent is not None else self
        for action in (self.undo_action, self.redo_action):
            # Active while focus is anywhere in the page that holds the editor (its table).
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            host.addAction(action)
        self.stack.changed.connect(self._sync)
        self._sync()
        self.hide()

    # --- the handlers the progress page calls ---------------------------------------------------

    def edit_measurement(self, measurement_id: int) -> EditResultDialog | None:
        """Open the edit dialog (window-modal) for one result; None if it cannot be read."""
        try:
            before = load_result(self.db, measurement_id)
        except (KeyError, StorageError) as exc:
            self._failed(exc)
            return None
        dialog = EditResultDialog(
            *before, self.settings, now=self._now, locale=self.locale_, parent=self.window()
        )
        dialog.accepted.connect(lambda: self._apply_edit(before, dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_measurement(self, measurement_id: int) -> bool:
        """Delete one result and its details at once (undo restores both); whether it was."""
        try:
            removed = delete_result(self.db, measurement_id)
        except (KeyError, StorageError) as exc:
            self._failed(exc)
            return False
        # The restored row may get a new id (see storage.details.restore_result): redo must
        # delete that one, so the current state lives here.
        current: list[DeletedResult] = [removed]

        def undo() -> None:
            new_id = restore_result(self.db, current[0])
            current[0] = replace(current[0], measurement=replace(current[0].measurement, id=new_id))

        def redo() -> None:
            current[0] = delete_result(self.db, current[0].measurement.id or 0)

        side, day = self._side_and_day(removed.measurement)
        if side == "left":
            step = Step(
                fill(self.tr("Deleted the left-leg result of %1."), day),
                undo,
                redo,
                fill(self.tr("Undone: delete the left-leg result of %1."), day),
                fill(self.tr("Redone: delete the left-leg result of %1."), day),
            )
        else:
            step = Step(
                fill(self.tr("Deleted the right-leg result of %1."), day),
                undo,
                redo,
                fill(self.tr("Undone: delete the right-leg result of %1."), day),
                fill(self.tr("Redone: delete the right-leg result of %1."), day),
            )
        self.stack.push(step)
        self._say(step.text)
        self.changed.emit()
        return True

    def undo(self) -> bool:
        return self._move(self.stack.undo, undone=True)

    def redo(self) -> bool:
        return self._move(self.stack.redo, undone=False)

    # --- internals ------------------------------------------------------------------------------

    def _apply_edit(
        self, before: tuple[Measurement, Details | None], after: tuple[Measurement, Details | None]
    ) -> None:
        if after == before:
            return  # nothing changed: no undo step, no message
        try:
            update_result(self.db, *after)
        except (KeyError, StorageError) as exc:
            self._failed(exc)
            return
        side, day = self._side_and_day(before[0])
        if side == "left":
            texts = (
                fill(self.tr("Changed the left-leg result of %1."), day),
                fill(self.tr("Undone: change the left-leg result of %1."), day),
                fill(self.tr("Redone: change the left-leg result of %1."), day),
            )
        else:
            texts = (
                fill(self.tr("Changed the right-leg result of %1."), day),
                fill(self.tr("Undone: change the right-leg result of %1."), day),
                fill(self.tr("Redone: change the right-leg result of %1."), day),
            )
        step = Step(
            texts[0],
            lambda: update_result(self.db, *before),
            lambda: update_result(self.db, *after),
            texts[1],
            texts[2],
        )
        self.stack.push(step)
        self._say(step.text)
        self.changed.emit()

    def _move(self, move: Callable[[], Step | None], *, undone: bool) -> bool:
        try:
            step = move()
        except KeyError:
            # Changed elsewhere meanwhile (another window): the history no longer applies.
            self.stack.clear()
            self._say(self.tr("That result was changed elsewhere, so this cannot be undone."))
            self.changed.emit()
            return False
        except StorageError as exc:
            self._say(exc.message)
            return False
        if step is None:
            return False
        self._say(step.undone if undone else step.redone)
        self.changed.emit()
        return True

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            self._say(exc.message)
        else:
            self._say(
                self.tr("That result is no longer stored; it may have been deleted elsewhere.")
            )
            self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.show()

    def _sync(self) -> None:
        self.undo_button.setEnabled(self.stack.can_undo())
        self.undo_action.setEnabled(self.stack.can_undo())
        self.redo_button.setVisible(self.stack.can_redo())
        self.redo_action.setEnabled(self.stack.can_redo())

    def _side_and_day(self, measurement: Measurement) -> tuple[str, str]:
        """The result's leg and its date in the locale's short format: '14/03/2025'."""
        day = qdatetime(measurement.taken_at).date()
        return measurement.side, self.locale_.toString(day, QLocale.FormatType.ShortFormat)
