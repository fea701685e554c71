"""The guided knee-to-wall test: set-up beside the demonstration, trials per leg, result."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mobility_app.catalog import Entry, entry_animation
from mobility_app.i18n import fill
from mobility_app.measures.validation import ValidatedEntry, validate_entry
from mobility_app.settings import Settings
from mobility_app.storage.connection import local_now
from mobility_app.storage.details import Details
from mobility_app.storage.errors import StorageError
from mobility_app.storage.measurements import Measurement
from mobility_app.ui import style
from mobility_app.ui.demonstration import DemonstrationView
from mobility_app.ui.panels import NumberBadge, Panel, PrimaryButton, SideBySide
from mobility_app.ui.test_form import (
    FieldMessage,
    OutlinePanel,
    SideForm,
    qdatetime,
    radio_group,
    side_colour,
    to_aware,
)
from mobility_app.ui.test_result import ResultView

SaveFunction = Callable[[list[Measurement], list[Details]], object]
NOTE_MAX = 1000
GUIDE_WIDTH = 60 * style.UNIT


class TestPage(QWidget):
    """Walks through the knee-to-wall test and saves (or, with save=None, only shows) the result.

    `save(measurements, details)` gets one Measurement and one Details per leg tested, and
    must store them durably before it returns (storage.details.add_results does); a
    StorageError it raises is shown next to the Save button and the form keeps its values.
    `resultSaved` fires after a successful save with the measurements.
    """

    resultSaved = Signal(list)
    # Not a pytest test class, though its name says Test: keeps test modules that import it
    # from failing collection (pytest treats its warning as an error here).
    __test__ = False

    def __init__(
        self,
        entry: Entry,
        settings: Settings,
        *,
        save: SaveFunction | None = None,
        now: Callable[[], dt.datetime] = local_now,
        locale: QLocale | None = None,
        previous: Details | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("testPage")
        self.entry = entry
        self.settings = settings
        self._save = save
        self._now = now
        self.locale_ = locale if locale is not None else QLocale()
        self._decimal_point = self.locale_.decimalPoint()
        self._when_touched = False  # untouched, the time saved is the moment of saving
        self._focused_once = False

        # One scroll area for the whole page: a second one beside it would put a scroll bar
        # in the middle of the window.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea()
        style.name_scroll_area(self._scroll, self.tr("Knee-to-wall test"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self._scroll)
        self.save_bar = self._save_bar()
        outer.addWidget(self.save_bar)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4 * style.UNIT, 3 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT)
        column.setSpacing(style.UNIT // 2)
        title = style.label(entry.name, style.HEADING_1, bold=True)
        title.setObjectName("testTitle")
        column.addWidget(title)
        subtitle = self.tr("Test both legs, before you stretch.")
        column.addWidget(style.label(subtitle, secondary=True))
        column.addSpacing(3 * style.UNIT)
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.setSpacing(5 * style.UNIT)
        column.addLayout(body, 1)

        self.demonstration = DemonstrationView(self)
        animation = entry_animation(entry)
        if animation is not None:
            self.demonstration.set_animation(animation)
        guide = self._guide(entry)
        guide.setMaximumWidth(GUIDE_WIDTH)
        body.addWidget(guide, 5, Qt.AlignmentFlag.AlignTop)
        # Only now, inside the page: shown while parentless it would open as its own window.
        self.demonstration.setVisible(animation is not None)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._form(previous))
        self.result_view = ResultView(self.settings.unit, self.locale_, stored=save is not None)
        self.result_view.againRequested.connect(self.new_test)
        self._stack.addWidget(self.result_view)
        body.addWidget(self._stack, 7, Qt.AlignmentFlag.AlignTop)
        self._scroll.setWidget(page)
        # The guide beside the form while they fit; at large text the guide goes above it.
        margins = column.contentsMargins()
        self._side_by_side = SideBySide(
            body, self._scroll.viewport(), margin=margins.left() + margins.right()
        )
        self._wire_keyboard()
        self.revalidate()

    # --- layout -------------------------------------------------------------------------------

    def _guide(self, entry: Entry) -> QWidget:
        """The left column: the demonstration, the set-up steps and the safety notes."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * style.UNIT)
        layout.addWidget(self.demonstration)
        layout.addSpacing(style.UNIT)
        layout.addWidget(style.label(self.tr("How to set up"), style.HEADING_2, bold=True))
        steps = QGridLayout()
        steps.setHorizontalSpacing(2 * style.UNIT)
        steps.setVerticalSpacing(style.UNIT + style.UNIT // 2)
        for row, text in enumerate(entry.steps):
            badge = NumberBadge(row + 1)
            badge.setAccessibleName(fill(self.tr("Step %1"), row + 1))
            steps.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(style.label(text), row, 1)
        steps.setColumnStretch(1, 1)
        layout.addLayout(steps)
        if entry.safety:
            safety = Panel(accent=style.warning_colour(self.palette()))
            safety.setAccessibleName(self.tr("Safety notes"))
            inner = QVBoxLayout(safety)
            inner.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 2 * style.UNIT, 2 * style.UNIT)
            inner.setSpacing(style.UNIT)
            inner.addWidget(style.label(self.tr("Stay safe"), bold=True))
            for line in entry.safety:
                inner.addWidget(style.label(line, style.SECONDARY))
            layout.addSpacing(style.UNIT)
            layout.addWidget(safety)
        layout.addStretch(1)
        return box

    def _form(self, previous: Details | None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)

        layout.addWidget(style.label(self.tr("Your set-up"), style.HEADING_2, bold=True))
        choices = QGridLayout()
        choices.setHorizontalSpacing(3 * style.UNIT)
        choices.setVerticalSpacing(style.UNIT)
        footwear_title = self.tr("Footwear")
        toe_title = self.tr("Measured from")
        self._footwear_box, self._toe_box = QWidget(), QWidget()
        self.footwear = radio_group(
            self._footwear_box,
            footwear_title,
            (("barefoot", self.tr("Barefoot")), ("shod", self.tr("Shoes"))),
        )
        self.toe = radio_group(
            self._toe_box,
            toe_title,
            (("big", self.tr("Big toe")), ("longest", self.tr("Longest toe"))),
        )
        self.footwear.button(1 if previous and previous.footwear == "shod" else 0).setChecked(True)
        self.toe.button(1 if previous and previous.toe == "longest" else 0).setChecked(True)
        choices.addWidget(style.label(footwear_title, bold=True, selectable=False), 0, 0)
        choices.addWidget(self._footwear_box, 0, 1)
        choices.addWidget(style.label(toe_title, bold=True, selectable=False), 1, 0)
        choices.addWidget(self._toe_box, 1, 1)
        choices.setColumnStretch(1, 1)
        layout.addLayout(choices)
        layout.addWidget(style.label(self._reminder(previous), style.SECONDARY, secondary=True))
        layout.addSpacing(2 * style.UNIT)

        layout.addWidget(style.label(self.tr("Your trials"), style.HEADING_2, bold=True))
        count = max(1, self.settings.trials_per_side)
        if self.settings.aggregate == "mean":
            hint = self.tr(
                "Up to %n trials on each leg; the result is the mean of the trials you enter.",
                "",
                count,
            )
        else:
            hint = self.tr(
                "Up to %n trials on each leg; the result is the best of the trials you enter.",
                "",
                count,
            )
        layout.addWidget(style.label(hint, style.SECONDARY, secondary=True))
        sides = QHBoxLayout()
        sides.setSpacing(2 * style.UNIT)
        self.forms: dict[str, SideForm] = {}
        for side in ("left", "right"):
            form = SideForm(
                side,
                unit=self.settings.unit,
                method=self.settings.aggregate,
                trials=count,
                decimal_point=self._decimal_point,
            )
            form.changed.connect(self.revalidate)
            form.activated.connect(self.demonstration.set_side)
            panel = OutlinePanel(accent=side_colour(side))
            inner = QVBoxLayout(panel)
            inner.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
            inner.addWidget(form)
            inner.addStretch(1)
            sides.addWidget(panel, 1)
            self.forms[side] = form
        layout.addLayout(sides)
        layout.addSpacing(2 * style.UNIT)

        layout.addWidget(style.label(self.tr("When and notes"), style.HEADING_2, bold=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(2 * style.UNIT)
        grid.setVerticalSpacing(style.UNIT // 2)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("when")
        self.when_edit.setLocale(self.locale_)
        self.when_edit.setDisplayFormat(self.locale_.dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("Date and time of the test"))
        self._reset_when()
        self.when_edit.dateTimeChanged.connect(self._when_changed)
        when_label = style.label(self.tr("Date and time"), bold=True, selectable=False)
        when_label.setBuddy(self.when_edit)
        self.when_message = FieldMessage(self.tr("Date and time problem"))
        self.when_message.setObjectName("whenMessage")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("For example: morning, after a long walk"))
        self.note_edit.setAccessibleName(self.tr("Note, optional"))
        note_label = style.label(self.tr("Note (optional)"), bold=True, selectable=False)
        note_label.setBuddy(self.note_edit)
        grid.addWidget(when_label, 0, 0)
        grid.addWidget(note_label, 0, 1)
        grid.addWidget(self.when_edit, 1, 0)
        grid.addWidget(self.note_edit, 1, 1)
        grid.addWidget(self.when_message, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return box

    def _save_bar(self) -> QWidget:
        """Save, with what is missing beside it, fixed under the scrolling form: a long form
        (or large text) never hides the page's one action below the window's edge."""
        bar = QWidget()
        bar.setObjectName("saveBar")
        column = QVBoxLayout(bar)
        column.setContentsMargins(4 * style.UNIT, 0, 4 * style.UNIT, 2 * style.UNIT)
        column.setSpacing(style.UNIT)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(rule)
        row = QHBoxLayout()
        row.setSpacing(2 * style.UNIT)
        self.sides_message = FieldMessage(self.tr("What is missing"))
        self.sides_message.setObjectName("sidesMessage")
        # It explains why Save is disabled: a hint, not yet an error.
        self.sides_message.set_tone("hint")
        row.addWidget(self.sides_message, 1)
        text = self.tr("Save result") if self._save is not None else self.tr("Show my result")
        self.save_button = PrimaryButton(text)
        self.save_button.setObjectName("saveResult")
        self.save_button.setMinimumWidth(22 * style.UNIT)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.status_message = FieldMessage(self.tr("Saving problem"))
        self.status_message.setObjectName("statusMessage")
        column.addWidget(self.status_message)
        return bar

    def _reminder(self, previous: Details | None) -> str:
        if previous is None:
            return self.tr(
                "Use the same wall, the same toe and the same footwear every time, so your "
                "results compare."
            )
        barefoot, big = previous.footwear == "barefoot", previous.toe == "big"
        if barefoot and big:
            last = self.tr("Last time you tested barefoot, measuring from the big toe.")
        elif barefoot:
            last = self.tr("Last time you tested barefoot, measuring from the longest toe.")
        elif big:
            last = self.tr("Last time you tested in shoes, measuring from the big toe.")
        else:
            last = self.tr("Last time you tested in shoes, measuring from the longest toe.")
        keep = self.tr(
            "Keep the same set-up and the same wall as last time, so your results compare."
        )
        return f"{last} {keep}"

    def _wire_keyboard(self) -> None:
        # Reading order: set-up, left leg, right leg, when, note, Save; the demonstration's
        # controls last, as they are a reference rather than part of the entry.
        chain: list[QWidget] = [
            *self.footwear.buttons(),
            *self.toe.buttons(),
            *self.forms["left"].inputs(),
            *self.forms["right"].inputs(),
            self.when_edit,
            self.note_edit,
            self.save_button,
            self.demonstration.play_button,
            self.demonstration.speed_button,
            self.demonstration.slider,
            self.demonstration.left_button,
            self.demonstration.right_button,
            self._scroll,  # last: arrow keys then scroll the page
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Enter in a number field moves on, as on a paper form; in the note it saves.
        edits = [w for w in chain if isinstance(w, QLineEdit) and w is not self.note_edit]
        for edit in edits:
            edit.returnPressed.connect(lambda e=edit: self._next_field(e))
        self.note_edit.returnPressed.connect(self.save)

    def _next_field(self, edit: QLineEdit) -> None:
        following = edit.nextInFocusChain()
        while following is not None and not (
            following.isVisible() and following.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            following = following.nextInFocusChain()
        if following is not None:
            following.setFocus(Qt.FocusReason.TabFocusReason)

    # --- validation ---------------------------------------------------------------------------

    def _reset_when(self) -> None:
        naive = self._now().replace(tzinfo=None, second=0, microsecond=0)
        self.when_edit.blockSignals(True)
        self.when_edit.setDateTime(qdatetime(naive))
        self.when_edit.blockSignals(False)
        self._when_touched = False

    def _when_changed(self) -> None:
        self._when_touched = True
        self.revalidate()

    def when(self) -> dt.datetime:
        """The time the test was done, with its UTC offset."""
        if not self._when_touched:
            return self._now()
        naive = self.when_edit.dateTime().toPython()
        assert isinstance(naive, dt.datetime)
        return to_aware(naive, self._now)

    def revalidate(self) -> ValidatedEntry | None:
        """Check every field, show each message next to its field; return the entry if valid."""
        states = {side: form.evaluate() for side, form in self.forms.items()}
        result = validate_entry(
            distances={side: s.distance_text for side, s in states.items()},
            angles={side: s.angle_text for side, s in states.items()},
            unit=self.settings.unit,
            when=self.when(),
            now=self._now(),
            decimal_point=self._decimal_point,
        )
        # Distances and angles already have their messages beside their fields (the same
        # checks, per trial); the checks across fields are shown here.
        errors = {e.field: e.message for e in result} if isinstance(result, list) else {}
        self.sides_message.show_message(errors.get("sides", ""))
        self.when_message.show_message(errors.get("when", ""))
        valid = isinstance(result, ValidatedEntry) and not any(s.errors for s in states.values())
        self.save_button.setEnabled(valid)
        return result if valid and isinstance(result, ValidatedEntry) else None

    def is_valid(self) -> bool:
        return self.save_button.isEnabled()

    # --- saving -------------------------------------------------------------------------------

    def collect(self, entry: ValidatedEntry) -> tuple[list[Measurement], list[Details]]:
        """One measurement and its details per leg that has a value."""
        footwear = "shod" if self.footwear.checkedId() == 1 else "barefoot"
        toe = "longest" if self.toe.checkedId() == 1 else "big"
        note = self.note_edit.text().strip()
        measurements: list[Measurement] = []
        details: list[Details] = []
        for reading in entry.readings:
            form = self.forms[reading.side]
            state = form.evaluate()
            measurements.append(
                Measurement(entry.taken_at, reading.side, state.result_cm, state.angle_deg, note)
            )
            details.append(form.details(footwear, toe))
        return measurements, details

    def save(self) -> bool:
        """Save (or, without storage, only show) a valid entry; return whether it was done."""
        entry = self.revalidate()
        if entry is None or self._stack.currentIndex() != 0:
            return False
        measurements, details = self.collect(entry)
        if self._save is not None:
            self.save_button.setEnabled(False)  # a second click must not store it twice
            try:
                self._save(measurements, details)
            except StorageError as exc:
                self.status_message.show_message(
                    fill(self.tr("Not saved: %1 Your entries are still here."), exc.message)
                )
                self.revalidate()
                return False
        self.status_message.show_message("")
        self.result_view.show_result(measurements, details)
        self._stack.setCurrentIndex(1)
        self.save_bar.hide()  # the result has its own way on: Test again
        self._scroll.verticalScrollBar().setValue(0)
        self.result_view.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._save is not None:
            self.resultSaved.emit(measurements)
        return True

    def new_test(self) -> None:
        """Back to an empty form for another test, keeping the set-up choices."""
        for form in self.forms.values():
            form.clear()
        self.note_edit.clear()
        self._reset_when()
        self._stack.setCurrentIndex(0)
        self.save_bar.show()
        self.revalidate()
        self.forms["left"].trial_edits[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_result(self) -> bool:
        return self._stack.currentIndex() == 1

    def set_reduced_motion(self, reduced: bool) -> None:
        self.demonstration.set_reduced_motion(reduced)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.forms["left"].trial_edits[0].setFocus(Qt.FocusReason.OtherFocusReason)
