"""The routine editor's exercise list: the items in order, with Add, Remove and Move, and keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mobility_app.catalog import Catalog
from mobility_app.i18n import fill
from mobility_app.routine.editing import DraftItem
from mobility_app.ui import style
from mobility_app.ui.dose_form import TARGET
from mobility_app.ui.text import dose_summary, duration_text, side_text


def editor_button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button of the editor's touch-friendly height."""
    widget = QPushButton(text)
    widget.setMinimumHeight(TARGET)
    widget.setToolTip(tip)
    widget.clicked.connect(slot)
    return widget


class RoutineItemList(QWidget):
    """Shows the routine's items and asks for changes; the editor owns the items and makes them.

    `addRequested(entry_id)`, `removeRequested()` and `moveRequested(-1 or 1)` come from the
    buttons and from Delete, Ctrl+Up and Ctrl+Down in the list; `rowChanged(row)` from the
    person's choice of row (not from `show_items`).
    """

    addRequested = Signal(str)
    removeRequested = Signal()
    moveRequested = Signal(int)
    rowChanged = Signal(int)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.UNIT)
        title = self.tr("Exercises, in order")
        column.addWidget(style.label(title, style.HEADING_3, bold=True))
        self.view = QListWidget()
        self.view.setAccessibleName(title)
        self.view.setSpacing(style.UNIT // 2)
        self.view.currentRowChanged.connect(self.rowChanged)
        self.view.installEventFilter(self)  # Ctrl+Up, Ctrl+Down, Delete
        column.addWidget(self.view, 1)

        self.add_menu = QMenu(self)
        for entry in catalog.exercises:  # tests are not exercises
            if entry.dose is not None:
                action = self.add_menu.addAction(entry.name)
                action.triggered.connect(lambda _=False, e=entry.id: self.addRequested.emit(e))
        self.add_button = QPushButton(self.tr("Add exercise"))
        self.add_button.setMinimumHeight(TARGET)
        self.add_button.setMenu(self.add_menu)  # Space or Enter opens it from the keyboard
        self.remove_button = editor_button(
            self.tr("Remove"),
            self.removeRequested.emit,
            self.tr("Remove the selected exercise (Del)"),
        )
        self.up_button = editor_button(
            self.tr("Move up"), lambda: self.moveRequested.emit(-1), self.tr("Move up (Ctrl+Up)")
        )
        self.down_button = editor_button(
            self.tr("Move down"),
            lambda: self.moveRequested.emit(1),
            self.tr("Move down (Ctrl+Down)"),
        )
        buttons = QGridLayout()
        buttons.setSpacing(style.UNIT)
        for index, widget in enumerate(
            (self.add_button, self.remove_button, self.up_button, self.down_button)
        ):
            buttons.addWidget(widget, index // 2, index % 2)
        column.addLayout(buttons)

    def current_row(self) -> int:
        return self.view.currentRow()

    def show_items(self, rows: Sequence[DraftItem], select: int) -> None:
        """List `rows` afresh with row `select` current (-1 for none), without `rowChanged`."""
        self.view.blockSignals(True)
        self.view.clear()
        for index, row in enumerate(rows):
            self.view.addItem(QListWidgetItem())
            self.show_item(index, row)
        self.view.setCurrentRow(select)
        self.view.blockSignals(False)

    def show_item(self, index: int, row: DraftItem) -> None:
        """Row `index` as "2. Ankle circles" over its dose, or over a warning while invalid."""
        detail = self.tr("⚠ Check the dose")
        if row.dose is not None:
            about = fill(self.tr("about %1"), duration_text(row.dose.total_seconds()))
            detail = " · ".join((dose_summary(row.dose), side_text(row.dose), about))
        item = self.view.item(index)
        item.setText(f"{index + 1}. {row.entry.name}\n{detail}")
        item.setSizeHint(QSize(0, self.view.fontMetrics().lineSpacing() * 2 + 2 * style.UNIT))

    def set_editable(self, editable: bool) -> None:
        """Enable what can be done now: nothing but reading when the routine cannot be saved."""
        row, count = self.view.currentRow(), self.view.count()
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.removeRequested.emit()
                return True
        return super().eventFilter(watched, event)
