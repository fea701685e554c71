"""The routine editor page: choose, build, dose and save routines, and start one."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mobility_app.catalog import Catalog
from mobility_app.i18n import fill
from mobility_app.routine import RoutineItem
from mobility_app.routine.editing import (
    DraftItem,
    LoadProblem,
    article_routine,
    check_routine_name,
    copy_name,
    items_from_stored,
    to_stored,
)
from mobility_app.storage import (
    Database,
    RoutineNameTakenError,
    StorageError,
    StoredRoutine,
    delete_routine,
    list_routines,
    save_routine,
)
from mobility_app.ui import style
from mobility_app.ui.dose_form import TARGET, DoseForm, tint
from mobility_app.ui.panels import Panel, PrimaryButton
from mobility_app.ui.routine_editor_list import RoutineItemList, editor_button
from mobility_app.ui.text import duration_text

Confirm = Callable[[str, str], bool]  # (title, question) -> go ahead?
BUILTIN, DRAFT = -1, -2  # chooser data of the two routines that have no database id


class RoutineEditor(QWidget):
    """A page. `startRequested(list[RoutineItem], name)` runs the routine as edited (saved or
    not); `closed()` asks to go back. With `db` None it shows the built-in routine read-only.
    """

    startRequested = Signal(object, str)
    closed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        db: Database | None,
        *,
        now: Callable[[], datetime],
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self._catalog, self._db, self._now = catalog, db, now
        self._confirm = confirm or self._ask
        self._saved: list[StoredRoutine] = []
        self._routine_id = BUILTIN
        self._rows: list[DraftItem] = []
        self._dirty = False
        self._problems: list[LoadProblem] = []
        self._storage_error = ""
        self._form: DoseForm  # the selected item's; made by reload()
        # The form's own, kept here too: what a test (or an accessibility check) looks at.
        self.fields: dict[str, QLineEdit] = {}
        self.field_messages: dict[str, QLabel] = {}
        self.per_side_box: QCheckBox | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4 * style.UNIT, style.UNIT, 4 * style.UNIT, 3 * style.UNIT)
        outer.setSpacing(style.UNIT)
        back = editor_button(self.tr("← Library"), lambda: self.closed.emit())
        back.setFlat(True)
        back.setObjectName("backButton")
        back.setAccessibleName(self.tr("Back to the library"))
        outer.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(style.label(self.tr("Routines"), style.HEADING_1, bold=True))
        intro = self.tr("Choose the exercises, their order and their doses. Saved here only.")
        outer.addWidget(style.label(intro, secondary=True))
        outer.addSpacing(style.UNIT)

        top = QGridLayout()
        top.setSpacing(style.UNIT)
        self.chooser = QComboBox()
        self.chooser.setMinimumSize(40 * style.UNIT, TARGET)
        self.chooser.activated.connect(self._on_chosen)
        self.name_edit = QLineEdit()
        self.name_edit.setMinimumHeight(TARGET)
        self.name_edit.setMaxLength(80)  # room to type past 60 and be told, not cut off
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.name_edit.returnPressed.connect(self.save)
        self.name_message = tint(style.label("", style.SECONDARY), style.warning_colour())
        for row, (text, widget) in enumerate(
            ((self.tr("&Routine"), self.chooser), (self.tr("&Name"), self.name_edit))
        ):
            caption = QLabel(text)  # Alt+R and Alt+N go to the field
            caption.setBuddy(widget)
            top.addWidget(caption, row, 0)
            top.addWidget(widget, row, 1)
        self.new_button = editor_button(self.tr("New"), self.new_routine)
        self.rename_button = editor_button(self.tr("Rename"), self.rename)
        self.delete_button = editor_button(self.tr("Delete…"), self.delete_current)
        actions = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top.addLayout(actions, 0, 2)
        top.addWidget(self.name_message, 1, 2)
        top.setColumnStretch(2, 1)
        outer.addLayout(top)

        self.notice = Panel(accent=style.warning_colour(self.palette()))
        self.notice_label = style.label("")
        notice_box = QVBoxLayout(self.notice)
        notice_box.setContentsMargins(3 * style.UNIT, style.UNIT, 2 * style.UNIT, style.UNIT)
        notice_box.addWidget(self.notice_label)
        outer.addWidget(self.notice)
        outer.addSpacing(style.UNIT)

        body = QHBoxLayout()
        body.setSpacing(3 * style.UNIT)
        self.exercise_list = RoutineItemList(self._catalog)
        self.exercise_list.addRequested.connect(self.add_exercise)
        self.exercise_list.removeRequested.connect(self.remove_selected)
        self.exercise_list.moveRequested.connect(self.move_selected)
        self.exercise_list.rowChanged.connect(self._on_row_changed)
        body.addWidget(self.exercise_list, 2)
        self.dose_panel = Panel()
        self._scroll = QScrollArea()  # a long tempo must not push Save off a small window
        style.name_scroll_area(self._scroll, self.tr("Dose of the selected exercise"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.viewport().setAutoFillBackground(False)  # show the panel's colour
        panel_box = QVBoxLayout(self.dose_panel)
        panel_box.setContentsMargins(style.UNIT, style.UNIT, style.UNIT, style.UNIT)
        panel_box.addWidget(self._scroll)
        body.addWidget(self.dose_panel, 3)
        outer.addLayout(body, 1)

        footer = QHBoxLayout()
        footer.setSpacing(2 * style.UNIT)
        self.status_label = style.label("", secondary=True)
        self.save_button = editor_button(self.tr("Save"), self.save, self.tr("Save (Ctrl+S)"))
        self.save_button.setMinimumWidth(14 * style.UNIT)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        self.start_button = PrimaryButton(self.tr("Start this routine"))
        self.start_button.setMinimumWidth(24 * style.UNIT)
        self.start_button.clicked.connect(self.start)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.start_button)
        outer.addSpacing(style.UNIT)
        outer.addLayout(footer)

    # -- the routine as a whole ---------------------------------------------------------------

    @property
    def routine_name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def items(self) -> list[RoutineItem]:
        """The items as edited, or an empty list while any dose is invalid."""
        if any(row.dose is None for row in self._rows):
            return []
        return [RoutineItem(row.entry, row.dose) for row in self._rows]

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.reload()

    def reload(self) -> None:
        """Read the saved routines again; unsaved edits stay open."""
        self._storage_error = ""
        try:
            self._saved = list_routines(self._db) if self._db is not None else []
        except StorageError as exc:
            self._saved, self._storage_error = [], exc.message
        if self._dirty:
            self._refresh_state()
        else:
            self.select_routine(self._routine_id, force=True)

    def select_routine(self, routine_id: int | None, *, force: bool = False) -> bool:
        """Open a saved routine, or the built-in one (None); asks first if edits would be lost."""
        if not force and not self._may_discard():
            self._refresh_chooser()
            return False
        stored = next((r for r in self._saved if r.id == routine_id), None)
        if stored is None:
            self._open(BUILTIN, self.tr("Article routine"), article_routine(self._catalog), [])
        else:
            self._open(stored.id, stored.name, *items_from_stored(stored, self._catalog))
        return True

    def _open(
        self, routine_id: int, name: str, items: list[RoutineItem], problems: list[LoadProblem]
    ) -> None:
        self._routine_id, self._dirty, self._problems = routine_id, False, problems
        self._rows = [DraftItem.of(item) for item in items]
        self.name_edit.setText(name)
        self._refresh_list(0 if self._rows else -1)

    def _on_chosen(self, index: int) -> None:
        data = self.chooser.itemData(index)
        if data != self._routine_id:
            self.select_routine(None if data == BUILTIN else int(data))

    def new_routine(self) -> None:
        if self._may_discard():
            self._open(DRAFT, copy_name(self._taken(), self.tr("My routine")), [], [])
            self.exercise_list.add_button.setFocus()

    def rename(self) -> None:
        """Renaming is typing in the name field; Save (or Enter there) keeps it."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def delete_current(self) -> None:
        if self._db is None or self._routine_id < 0:
            return
        question = fill(
            self.tr(
                "Delete the routine “%1”? Its exercises and doses are removed from this "
                "computer; your session history stays."
            ),
            self.routine_name,
        )
        if not self._confirm(self.tr("Delete routine"), question):
            return
        error = ""
        try:
            delete_routine(self._db, self._routine_id)
        except StorageError as exc:
            error = exc.message
        except LookupError:
            pass  # another window deleted it first: the outcome is the same
        self._routine_id, self._dirty = BUILTIN, False
        self.reload()
        self._storage_error = error or self._storage_error
        self._refresh_state()

    def save(self) -> bool:
        """Write the name and every item in one transaction; False if that was not possible."""
        if self._db is None or not self.save_button.isEnabled():
            return False
        stored = [to_stored(item) for item in self.items]
        routine_id = None if self._routine_id < 0 else self._routine_id
        try:
            saved_id = save_routine(
                self._db, self.routine_name, stored, now=self._now, routine_id=routine_id
            )
        except (RoutineNameTakenError, StorageError) as exc:
            # A taken name belongs next to the name; the environment's fault in the notice.
            if isinstance(exc, StorageError):
                self._storage_error = exc.message
            self._refresh_state()
            self.name_message.setText(str(exc) if isinstance(exc, ValueError) else "")
            return False
        self._routine_id, self._dirty = saved_id, False
        self.reload()
        self.status_label.setText(fill(self.tr("Saved “%1”."), self.routine_name))
        return True

    def start(self) -> None:
        if items := self.items:
            self.startRequested.emit(items, self.routine_name)

    # -- items --------------------------------------------------------------------------------

    def add_exercise(self, entry_id: str) -> None:
        entry = self._catalog.get(entry_id)
        if entry is not None and entry.dose is not None and self._editable():
            self._rows.append(DraftItem.of(RoutineItem(entry)))
            self._changed(len(self._rows) - 1)

    def remove_selected(self) -> None:
        row = self.exercise_list.current_row()
        if self._editable() and 0 <= row < len(self._rows):
            del self._rows[row]
            self._changed(min(row, len(self._rows) - 1))

    def move_selected(self, delta: int) -> None:
        row = self.exercise_list.current_row()
        target = row + delta
        if self._editable() and 0 <= row < len(self._rows) and 0 <= target < len(self._rows):
            self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
            self._changed(target)

    # -- the dose form ------------------------------------------------------------------------

    def _on_row_changed(self, index: int) -> None:
        self._show_form(index)
        self._refresh_state()  # Move up / Move down depend on the row

    def _show_form(self, index: int) -> None:
        row = self._rows[index] if 0 <= index < len(self._rows) else None
        form = DoseForm(row, editable=self._editable())
        form.edited.connect(self._on_field_edited)
        form.perSideToggled.connect(self._on_per_side)
        self._form = form
        self.fields, self.field_messages = form.fields, form.field_messages
        self.per_side_box = form.per_side_box
        self._scroll.setWidget(form)  # deletes the previous item's form
        form.setAutoFillBackground(False)  # setWidget turned it on; the panel paints instead
        if row is None:
            return
        form.show_messages(row)
        # Widgets made now would come last in the Tab order, after Save and Start.
        chain = [
            self.exercise_list.down_button,
            *form.inputs(),
            self.save_button,
            self.start_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_field_edited(self, key: str, text: str) -> None:
        index = self.exercise_list.current_row()
        if 0 <= index < len(self._rows):
            self._rows[index].texts[key] = text
            self._edited(index)

    def _on_per_side(self, checked: bool) -> None:
        index = self.exercise_list.current_row()
        if 0 <= index < len(self._rows) and self._rows[index].per_side != checked:
            self._rows[index].per_side = checked
            self._edited(index)

    def _edited(self, index: int) -> None:
        self._rows[index].check()
        self._mark_changed()
        self._form.show_messages(self._rows[index])
        self.exercise_list.show_item(index, self._rows[index])
        self._refresh_state()

    # -- keeping everything in step -----------------------------------------------------------

    def _editable(self) -> bool:
        return self._db is not None

    def _taken(self) -> list[str]:
        return [r.name for r in self._saved if r.id != self._routine_id]

    def _mark_changed(self) -> None:
        if self._routine_id == BUILTIN:
            # The built-in routine never changes: the first edit turns it into a copy.
            self._routine_id = DRAFT
            self.name_edit.setText(copy_name(self._taken(), self.tr("My routine")))
        self._dirty = True

    def _changed(self, select: int) -> None:
        self._mark_changed()
        self._refresh_list(select)

    def _on_name_edited(self, _text: str) -> None:
        self._dirty = True
        self._refresh_state()

    def _may_discard(self) -> bool:
        question = fill(self.tr("Discard the changes to “%1”?"), self.routine_name)
        return not self._dirty or self._confirm(self.tr("Unsaved changes"), question)

    def _ask(self, title: str, question: str) -> bool:
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        return QMessageBox.question(self, title, question, yes | no, no) == yes

    def _refresh_chooser(self) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("Article routine (built in)"), BUILTIN)
        for routine in self._saved:
            self.chooser.addItem(routine.name, routine.id)
        if self._routine_id == DRAFT:
            draft = fill(self.tr("%1 (not saved)"), self.routine_name)
            self.chooser.addItem(draft, DRAFT)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(self._routine_id)))
        self.chooser.blockSignals(False)

    def _refresh_list(self, select: int) -> None:
        self.exercise_list.show_items(self._rows, select)
        self._show_form(select)
        self._refresh_state()

    def _refresh_state(self) -> None:
        editable = self._editable()
        self._refresh_chooser()
        self.new_button.setEnabled(editable)
        self.rename_button.setEnabled(editable and self._routine_id != BUILTIN)
        self.delete_button.setEnabled(editable and self._routine_id >= 0)
        self.name_edit.setReadOnly(not editable or self._routine_id == BUILTIN)
        self.exercise_list.set_editable(editable)
        name_problem = ""
        if self._routine_id != BUILTIN:
            name_problem = check_routine_name(self.name_edit.text(), self._taken())
        self.name_message.setText(name_problem)
        ready = bool(self.items)
        self.start_button.setEnabled(ready)
        self.save_button.setEnabled(editable and self._dirty and ready and not name_problem)
        self.status_label.setText(self._status(name_problem))
        notes = [problem.message for problem in self._problems]
        if self._problems:
            notes.append(self.tr("If you save this routine, what was left out is gone for good."))
        if self._db is None:
            notes.insert(0, self.tr("Saving is unavailable: the database could not be opened."))
        if self._storage_error:
            notes.insert(0, self._storage_error)
        self.notice_label.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))

    def _status(self, name_problem: str) -> str:
        invalid = sum(row.dose is None for row in self._rows)
        if invalid:
            return self.tr("Fix the dose of %n exercise(s) to save or start.", "", invalid)
        if not self._rows:
            return self.tr("Add at least one exercise.")
        total = sum(row.dose.total_seconds() for row in self._rows if row.dose)
        text = fill(self.tr("About %1 in all."), duration_text(total))
        if name_problem:
            return text + " " + self.tr("Fix the name to save.")
        if self._routine_id == BUILTIN and self._editable():
            return text + " " + self.tr("Change anything to make your own copy.")
        if self._dirty and self._routine_id == DRAFT:
            return text + " " + self.tr("Not saved yet: saving makes a new routine.")
        return text + (" " + self.tr("Unsaved changes.") if self._dirty else "")
