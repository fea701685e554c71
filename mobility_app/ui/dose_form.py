"""The routine editor's dose form: one item's fields, inline messages and tempo phases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mobility_app.i18n import fill
from mobility_app.measures.units import NumberFormatError, parse_number
from mobility_app.routine.editing import DraftItem
from mobility_app.ui import style
from mobility_app.ui.text import duration_text, kind_text

TARGET = 5 * style.UNIT  # height of buttons and fields: easy to hit (40 px at 1x)


class _NumberField(QLineEdit):
    """Free text, so an out-of-range value is explained rather than silently clamped (as a
    spin box would); Up and Down step the value."""

    def __init__(self, text: str, step: float) -> None:
        super().__init__(text)
        self._step = step
        self.setFixedSize(10 * style.UNIT, TARGET)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: self._step, Qt.Key.Key_Down: -self._step}
        if event.key() in steps and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            try:
                value = parse_number(self.text()) + steps[Qt.Key(event.key())]
            except NumberFormatError:
                return
            self.setText(f"{value:g}")
            self.textEdited.emit(self.text())  # setText() alone does not count as an edit
            return
        super().keyPressEvent(event)


def tint(widget: QLabel, colour: QColor) -> QLabel:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)
    return widget


class DoseForm(QWidget):
    """The dose of one item as typed, or a hint to add an exercise when `row` is None.

    The form shows the row's texts; the editor owns the row. `edited(key, text)` fires as a
    field is typed in (key as in DraftItem.texts: "seconds", "reps", "sets", "rest_seconds",
    "tempo[i]"), `perSideToggled(checked)` when the sides box changes; the editor checks the
    row and hands it back to `show_messages`.
    """

    edited = Signal(str, str)
    perSideToggled = Signal(bool)

    def __init__(
        self, row: DraftItem | None, *, editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._editable = editable
        self.fields: dict[str, QLineEdit] = {}
        self.field_messages: dict[str, QLabel] = {}
        self.per_side_box: QCheckBox | None = None
        self.dose_time: QLabel | None = None
        self._inputs: list[QWidget] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(2 * style.UNIT, style.UNIT, 2 * style.UNIT, style.UNIT)
        box.setSpacing(style.UNIT)
        if row is None:
            box.addWidget(style.label(self.tr("Add an exercise to set its dose."), secondary=True))
            box.addStretch(1)
            return
        kind = row.entry.dose.kind if row.entry.dose else ""
        tag = style.label(kind_text(row.entry).upper(), style.SECONDARY, bold=True)
        tag.setToolTip(self.tr("The kind of effort follows the exercise"))
        box.addWidget(tint(tag, style.accent()))
        box.addWidget(style.label(row.entry.name, style.HEADING_2, bold=True))
        box.addSpacing(style.UNIT)
        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * style.UNIT)
        grid.setVerticalSpacing(style.UNIT)
        units = {"hold": self.tr("Holds per set"), "timed": self.tr("Bouts per set")}
        seconds = self.tr("s")
        specs = [
            ("seconds", self.tr("Hold") if kind == "hold" else self.tr("Bout"), seconds),
            ("reps", units.get(kind, self.tr("Repetitions per set")), ""),
            ("sets", self.tr("Sets"), ""),
            ("rest_seconds", self.tr("Rest"), seconds),
        ]
        if kind == "reps":
            specs.pop(0)  # a paced rep lasts as long as its tempo
        for key, caption, suffix in specs:
            self._inputs.append(self._add_field(grid, row, key, caption, suffix, 1.0))
        self.per_side_box = QCheckBox(self.tr("Each leg separately"))
        self.per_side_box.setMinimumHeight(TARGET)
        self.per_side_box.setChecked(row.per_side)
        self.per_side_box.setEnabled(editable)
        self.per_side_box.toggled.connect(self.perSideToggled)
        line = grid.rowCount()
        grid.addWidget(style.label(self.tr("Sides"), selectable=False), line, 0)
        grid.addWidget(self.per_side_box, line, 1, 1, 3)
        self._inputs.append(self.per_side_box)
        phases = row.entry.dose.tempo if row.entry.dose else ()
        if phases:
            heading = style.label(self.tr("One repetition"), bold=True, secondary=True)
            grid.addWidget(heading, grid.rowCount(), 0, 1, 4, Qt.AlignmentFlag.AlignBottom)
            grid.setRowMinimumHeight(grid.rowCount() - 1, 4 * style.UNIT)
        for number, phase in enumerate(phases):
            key = f"tempo[{number}]"
            self._inputs.append(self._add_field(grid, row, key, phase.action, seconds, 0.5))
        grid.setColumnStretch(3, 1)
        box.addLayout(grid)
        self.dose_time = style.label("", secondary=True)
        box.addWidget(self.dose_time)
        box.addStretch(1)

    def _add_field(
        self, grid: QGridLayout, row: DraftItem, key: str, caption: str, suffix: str, step: float
    ) -> QLineEdit:
        line = grid.rowCount()
        edit = _NumberField(row.texts.get(key, ""), step)
        edit.setAccessibleName(caption)
        edit.setReadOnly(not self._editable)
        edit.textEdited.connect(lambda text, k=key: self.edited.emit(k, text))
        label = style.label(caption, selectable=False)
        label.setBuddy(edit)
        message = tint(style.label("", style.SECONDARY), style.warning_colour())
        grid.addWidget(label, line, 0)
        grid.addWidget(edit, line, 1)
        grid.addWidget(style.label(suffix, selectable=False), line, 2)
        grid.addWidget(message, line, 3)
        self.fields[key], self.field_messages[key] = edit, message
        return edit

    def inputs(self) -> list[QWidget]:
        """The fields and the sides box in tab order; empty without an item."""
        return list(self._inputs)

    def show_messages(self, row: DraftItem) -> None:
        """Each field's problem next to it, and the dose's length once it is valid."""
        errors = row.errors
        for key, message in self.field_messages.items():
            message.setText(errors.get(key, ""))
            self.fields[key].setAccessibleDescription(errors.get(key, ""))
        total = duration_text(row.dose.total_seconds()) if row.dose else ""
        about = fill(self.tr("About %1 for this exercise."), total)
        if self.dose_time is not None:
            self.dose_time.setText(about if row.dose else "")
