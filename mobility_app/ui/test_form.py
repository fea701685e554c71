"""Parts of the knee-to-wall page: one leg's fields with their messages, and shared wording."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QRectF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mobility_app.i18n import fill, translate
from mobility_app.measures.interpret import Aggregate, aggregate
from mobility_app.measures.units import Unit, format_number, from_cm, unit_symbol
from mobility_app.measures.validation import check_angle, check_distance
from mobility_app.storage.connection import local_now
from mobility_app.storage.details import SITES, Details
from mobility_app.ui import style
from mobility_app.ui.panels import Panel

CHECKS = ("heel_down", "knee_in_line", "arch_held")
TRIALS_PER_ROW = 3


def warning_icon(palette: QPalette, size: int = 16) -> QIcon:
    """A small filled '!' in the warning colour, shown inside a field that has a problem."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.warning_colour(palette))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(QColor("#000000") if style.is_dark(palette) else QColor("#FFFFFF"))
    font = style.scaled_font(0.9, bold=True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def side_colour(side: str) -> QColor:
    """Left blue, right vermillion (Okabe & Ito 2008), as on the progress plot."""
    return QColor(style.BLUE if side == "left" else style.VERMILLION)


class OutlinePanel(Panel):
    """A panel drawn as an outline on the window colour, so input fields inside keep their
    contrast: on a Base-filled panel a field (also Base) shows only its frame, and in some
    dark palettes not even that."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, style.UNIT, style.UNIT)
        if self._accent is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._accent)
            bar = QRectF(rect.left(), rect.top(), style.UNIT / 2, rect.height())
            painter.drawRoundedRect(bar, style.UNIT / 4, style.UNIT / 4)
        painter.end()


class FieldMessage(QLabel):
    """The inline message under a field: warning-coloured, hidden while there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(style.scaled_font(style.SECONDARY))
        self.setAccessibleName(name)
        self._base = QPalette(self.palette())
        self.set_tone("warning")
        self.hide()

    def set_tone(self, tone: str) -> None:
        """'warning' (a problem to fix) or 'hint' (what is still needed, in secondary text)."""
        palette = QPalette(self._base)
        if tone == "warning":
            colour = style.warning_colour(palette)
        else:
            colour = style.secondary_colour(palette)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


def qdatetime(when: dt.datetime) -> QDateTime:
    """The wall-clock time of `when` as a local QDateTime (what a date editor shows)."""
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


def with_unit(number: str, unit: Unit) -> str:
    """A formatted number and the unit's symbol: '11,3 cm', '4.5 in'."""
    return f"{number} {unit_symbol(unit)}"


def amount_text(value_cm: float, unit: Unit, decimal_point: str) -> str:
    """A distance in the chosen unit: '11.3 cm'; inches keep quarters: '4.25 in', '4.5 in'."""
    value = from_cm(value_cm, unit)
    if unit == "cm":
        text = format_number(value, decimal_point, 1)
    else:
        text = f"{value:.2f}".rstrip("0")
        text = (text + "0" if text.endswith(".") else text).replace(".", decimal_point)
    return with_unit(text, unit)


def edit_text(value: float, decimal_point: str) -> str:
    """A stored value as a person would type it back: no trailing zeros, two decimals at most."""
    return f"{round(value, 2):g}".replace(".", decimal_point)


def to_aware(naive: dt.datetime, now: Callable[[], dt.datetime]) -> dt.datetime:
    """A wall-clock time from the date editor, with the UTC offset it had on that date."""
    if now is local_now:
        # The system's rules for that date: a test typed in for last winter gets winter time.
        return naive.astimezone()
    # An injected clock (tests, a fixed zone) gives the zone to use.
    return naive.replace(tzinfo=now().tzinfo)


def radio_group(parent: QWidget, title: str, options: tuple[tuple[str, str], ...]) -> QButtonGroup:
    """Exclusive radio buttons laid out in a row on `parent`; ids follow `options`."""
    group = QButtonGroup(parent)
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2 * style.UNIT)
    for n, (key, text) in enumerate(options):
        button = QRadioButton(text)
        button.setObjectName(f"choice-{key}")
        button.setAccessibleName(
            fill(translate("TestForm", "%1: %2", "group, choice"), title, text)
        )
        button.setMinimumHeight(4 * style.UNIT)
        group.addButton(button, n)
        layout.addWidget(button)
    layout.addStretch(1)
    return group


@dataclass(frozen=True)
class SideState:
    """What one leg's fields hold right now, checked."""

    side: str
    trials_cm: tuple[float, ...]
    angle_deg: float | None
    errors: tuple[str, ...]  # every message shown on this side; empty when valid
    distance_text: str  # one typed distance, for validate_entry's checks across sides
    angle_text: str
    result_cm: float | None


class SideForm(QWidget):
    """One leg: up to N trial distances, an optional shin angle with its site, three checks.

    `changed` fires on every edit; `activated(side)` when focus enters, so the page can show
    the demonstration for this leg.
    """

    changed = Signal()
    activated = Signal(str)

    def __init__(
        self,
        side: str,
        *,
        unit: Unit,
        method: Aggregate,
        trials: int,
        decimal_point: str,
        with_checks: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.side = side
        self.unit: Unit = unit
        self.method: Aggregate = method
        self.decimal_point = decimal_point
        # Values shown for editing, by field: an unchanged field keeps its exact stored value.
        self._initial: dict[QLineEdit, tuple[str, float]] = {}
        leg = self.tr("Left leg") if side == "left" else self.tr("Right leg")
        self.leg_name = leg
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)

        self.heading = style.label(leg, style.HEADING_3, bold=True, selectable=False)
        layout.addWidget(self.heading)
        distance_title = fill(self.tr("Toe to wall, %1"), unit_symbol(unit))
        layout.addWidget(style.label(distance_title, bold=True, selectable=False))
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.UNIT)
        grid.setVerticalSpacing(style.UNIT // 2)
        self.trial_edits: list[QLineEdit] = []
        self._warnings: dict[QLineEdit, QAction] = {}
        icon = warning_icon(self.palette())
        for n in range(trials):
            caption = fill(self.tr("Trial %1"), n + 1) if trials > 1 else ""
            edit = self._number_edit(
                fill(self.tr("%1, trial %2, distance in %3"), leg, n + 1, unit_symbol(unit)), icon
            )
            edit.setObjectName(f"{side}Trial{n + 1}")
            row, column = divmod(n, TRIALS_PER_ROW)
            if caption:
                text = style.label(caption, style.SECONDARY, secondary=True, selectable=False)
                text.setBuddy(edit)
                grid.addWidget(text, 2 * row, column)
            grid.addWidget(edit, 2 * row + 1, column)
            self.trial_edits.append(edit)
        for column in range(min(trials, TRIALS_PER_ROW)):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.trials_message = FieldMessage(fill(self.tr("%1, distance problem"), leg))
        self.trials_message.setObjectName(f"{side}TrialsMessage")
        layout.addWidget(self.trials_message)

        layout.addSpacing(style.UNIT)
        angle_title = style.label(
            self.tr("Shin angle, degrees (optional)"), bold=True, selectable=False
        )
        layout.addWidget(angle_title)
        self.angle_edit = self._number_edit(
            fill(self.tr("%1, shin angle in degrees, optional"), leg), icon
        )
        self.angle_edit.setObjectName(f"{side}Angle")
        angle_title.setBuddy(self.angle_edit)
        layout.addWidget(self.angle_edit)
        self.angle_message = FieldMessage(fill(self.tr("%1, angle problem"), leg))
        self.angle_message.setObjectName(f"{side}AngleMessage")
        layout.addWidget(self.angle_message)
        self.site_combo = QComboBox()
        self.site_combo.setObjectName(f"{side}Site")
        self.site_combo.setAccessibleName(fill(self.tr("%1, where the inclinometer sat"), leg))
        self.site_combo.setPlaceholderText(self.tr("Where did the inclinometer sit?"))
        for key, site in zip(SITES, site_labels(), strict=True):
            self.site_combo.addItem(site, key)
        self.site_combo.setCurrentIndex(-1)
        self.site_combo.installEventFilter(self)
        self.site_combo.currentIndexChanged.connect(self.changed)
        self.site_combo.hide()
        layout.addWidget(self.site_combo)
        self.site_message = FieldMessage(fill(self.tr("%1, inclinometer problem"), leg))
        layout.addWidget(self.site_message)

        self.checks: dict[str, QCheckBox] = {}
        if with_checks:
            layout.addSpacing(style.UNIT)
            layout.addWidget(style.label(self.tr("Form check"), bold=True, selectable=False))
            for key, check in zip(CHECKS, check_labels(), strict=True):
                box = QCheckBox(check)
                box.setObjectName(f"{side}-{key}")
                box.setAccessibleName(
                    fill(translate("TestForm", "%1: %2", "group, choice"), leg, check)
                )
                box.installEventFilter(self)
                box.toggled.connect(self.changed)
                layout.addWidget(box)
                self.checks[key] = box

        layout.addSpacing(style.UNIT)
        self.result_label = style.label("", bold=True)
        self.result_label.setObjectName(f"{side}Result")
        self.result_label.setAccessibleName(fill(self.tr("%1, result"), leg))
        layout.addWidget(self.result_label)
        self.changed.connect(self._sync_site)

    def _number_edit(self, name: str, icon: QIcon) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(12)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        edit.textChanged.connect(self.changed)
        edit.installEventFilter(self)
        warning = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        warning.setText(self.tr("This value has a problem: see the message under the field"))
        warning.setToolTip(warning.text())
        warning.setVisible(False)
        self._warnings[edit] = warning
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.activated.emit(self.side)
        return super().eventFilter(watched, event)

    def _sync_site(self) -> None:
        # The site only matters with an angle: asked for only then (Hall & Docherty 2017).
        self.site_combo.setVisible(bool(self.angle_edit.text().strip()))

    # --- values -------------------------------------------------------------------------------

    def _value(self, edit: QLineEdit, parsed: float | None) -> float | None:
        initial = self._initial.get(edit)
        if initial is not None and edit.text() == initial[0]:
            return initial[1]
        return parsed

    def evaluate(self) -> SideState:
        """Check every field, show each message next to its field, update the live result."""
        trials: list[float] = []
        messages: list[str] = []
        first_text = ""
        for n, edit in enumerate(self.trial_edits):
            value, error = check_distance(edit.text(), self.unit, self.decimal_point)
            self._warnings[edit].setVisible(bool(error))
            if error:
                several = len(self.trial_edits) > 1
                messages.append(fill(self.tr("Trial %1: %2"), n + 1, error) if several else error)
            value = self._value(edit, value)
            if value is not None:
                trials.append(value)
                first_text = first_text or edit.text()
            elif error and not first_text:
                first_text = edit.text()
        self.trials_message.show_message("\n".join(messages))
        angle, angle_error = check_angle(self.angle_edit.text(), self.decimal_point)
        angle = self._value(self.angle_edit, angle)
        self._warnings[self.angle_edit].setVisible(bool(angle_error))
        self.angle_message.show_message(angle_error)
        site_error = ""
        if angle is not None and self.site_combo.currentIndex() < 0:
            site_error = self.tr("Choose where the inclinometer sat: the angle depends on it.")
        self.site_message.show_message(site_error)
        errors = tuple(m for m in (*messages, angle_error, site_error) if m)
        result = aggregate(trials, self.method) if trials and not messages else None
        self.result_label.setText(self._result_text(result, len(trials)))
        self.result_label.setVisible(result is not None)
        return SideState(
            self.side, tuple(trials), angle, errors, first_text, self.angle_edit.text(), result
        )

    def _result_text(self, result_cm: float | None, count: int) -> str:
        if result_cm is None:
            return ""
        amount = amount_text(result_cm, self.unit, self.decimal_point)
        return fill(self.tr("Result: %1 (%2)"), amount, method_text(self.method, count))

    def details(self, footwear: str, toe: str) -> Details:
        """This leg's conditions, checks and trials, for storage."""
        state = self.evaluate()
        site = self.site_combo.currentData() if state.angle_deg is not None else None
        checks = {key: box.isChecked() for key, box in self.checks.items()}
        return Details(
            footwear=footwear,
            toe=toe,
            inclinometer_site=site,
            heel_down=checks.get("heel_down"),
            knee_in_line=checks.get("knee_in_line"),
            arch_held=checks.get("arch_held"),
            trials=state.trials_cm,
            aggregate=self.method if state.trials_cm else None,
        )

    def set_values(
        self, trials_cm: tuple[float, ...], angle_deg: float | None, details: Details | None
    ) -> None:
        """Fill the fields for editing a stored result."""
        self._initial.clear()
        for edit, value in zip(self.trial_edits, trials_cm, strict=False):
            text = edit_text(from_cm(value, self.unit), self.decimal_point)
            edit.setText(text)
            self._initial[edit] = (text, value)
        if angle_deg is not None:
            text = edit_text(angle_deg, self.decimal_point)
            self.angle_edit.setText(text)
            self._initial[self.angle_edit] = (text, angle_deg)
        if details is not None:
            index = self.site_combo.findData(details.inclinometer_site)
            self.site_combo.setCurrentIndex(index)
            for key, box in self.checks.items():
                box.setChecked(bool(getattr(details, key)))

    def trials_unchanged(self) -> bool:
        """Whether every distance field still shows what set_values put there."""
        return all(
            self._initial.get(edit, ("", 0.0))[0] == edit.text() for edit in self.trial_edits
        )

    def clear(self) -> None:
        self._initial.clear()
        for edit in (*self.trial_edits, self.angle_edit):
            edit.clear()
        self.site_combo.setCurrentIndex(-1)
        for box in self.checks.values():
            box.setChecked(False)

    def inputs(self) -> list[QWidget]:
        """The fields in tab order."""
        return [*self.trial_edits, self.angle_edit, self.site_combo, *self.checks.values()]


def method_text(method: Aggregate, count: int) -> str:
    """'mean of 3 trials', 'best of 2 trials', '1 trial'."""
    if count <= 1:
        return translate("TestForm", "1 trial")
    # %1, not %n: pyside6-lupdate marks no plural forms for translate(), and Qt then finds no
    # translation for a count above 1; the count is never 1 here.
    if method == "mean":
        return fill(translate("TestForm", "mean of %1 trials"), count)
    return fill(translate("TestForm", "best of %1 trials"), count)


def site_labels() -> tuple[str, ...]:
    """The inclinometer sites in the order of storage.details.SITES."""
    return (
        translate("TestForm", "15 cm below the bump under the knee cap"),
        translate("TestForm", "On the bump just below the knee cap"),
        translate("TestForm", "Somewhere else"),
    )


def check_labels() -> tuple[str, ...]:
    return (
        translate("TestForm", "Heel stayed down"),
        translate("TestForm", "Knee in line with the toes"),
        translate("TestForm", "Arch did not collapse"),
    )
