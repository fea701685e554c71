"""The kiosk's knee-to-wall test: set-up step by step, two numbers on a big pad, result and QR.

The desktop test page is a keyboard form (trials, date, note); a kiosk has no keyboard and
must ask for nothing about the person, so this flow asks for one distance per leg, on
screen, and keeps it only in this widget, which the shell drops on reset.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from mobility_app.catalog import Entry, entry_animation
from mobility_app.i18n import fill
from mobility_app.kiosk import look
from mobility_app.kiosk.attract import quiet_demonstration
from mobility_app.kiosk.pinpad import BACKSPACE, Keypad
from mobility_app.kiosk.qr import QrCodeView
from mobility_app.kiosk.result import (
    KioskResult,
    advice_line,
    difference_line,
    leg_lines,
    qr_text,
)
from mobility_app.measures.validation import check_distance

SIDES = ("left", "right")
KEY_SIZE = 12 * look.UNIT
MAX_CHARACTERS = 5  # "29.5" and a spare: the accepted range ends at 30 cm
FIELD_FACTORS = (look.TITLE, look.LARGE * 1.2, look.LARGE, look.BODY)


def _page(margin: int = 5 * look.UNIT) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(margin, 4 * look.UNIT, margin, margin)
    layout.setSpacing(3 * look.UNIT)
    return page, layout


class _Field(look.TouchButton):
    """One leg's number: a big button showing what was typed; pressed, it takes the keypad.

    Its two lines (the leg, the number) never wrap: the type shrinks to the largest of
    FIELD_FACTORS in which the leg's name and the longest number fit.
    """

    def __init__(self, side_name: str) -> None:
        super().__init__("", factor=FIELD_FACTORS[0])
        self.side_name = side_name
        self.value = ""
        self.setCheckable(True)
        self.setMinimumHeight(2 * look.TARGET)
        self.setMaximumWidth(80 * look.UNIT)
        self._fitted_width = -1
        self.show_value()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.width() - 4 * look.UNIT  # the painted text's inset and a margin
        if width == self._fitted_width:
            return
        self._fitted_width = width
        longest = fill(self.tr("%1 cm"), "8" * MAX_CHARACTERS)
        chosen = look.font(FIELD_FACTORS[-1], bold=True)
        for factor in FIELD_FACTORS:
            candidate = look.font(factor, bold=True)
            metrics = QFontMetrics(candidate)
            widest = max(metrics.horizontalAdvance(self.side_name),
                         metrics.horizontalAdvance(longest))  # fmt: skip
            if widest <= width and 2 * metrics.lineSpacing() <= self.height():
                chosen = candidate
                break
        if chosen != self.font():
            self.setFont(chosen)

    def show_value(self) -> None:
        shown = fill(self.tr("%1 cm"), self.value) if self.value else "—"
        self.setText(f"{self.side_name}\n{shown}")
        self.setAccessibleName(fill(self.tr("%1: %2"), self.side_name, shown))
        # The field being typed into is drawn filled, like a primary button.
        self.primary = self.isChecked()
        self.update()


class AnkleTest(QWidget):
    """Guide → entry → result. `closed` asks the shell to go home (and forget this widget)."""

    closed = Signal()

    def __init__(
        self,
        entry: Entry,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], float] = time.monotonic,
        locale: QLocale | None = None,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskAnkleTest")
        self.entry = entry
        self._reduced_motion = reduced_motion
        self._today = today
        self._decimal_point = (locale or QLocale()).decimalPoint()
        self._step = 0
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_guide(clock))
        self._stack.addWidget(self._build_entry())
        self._stack.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.result: KioskResult | None = None
        self.show_step(0)
        self.select(SIDES[0])

    # --- guide -------------------------------------------------------------------------------

    def _build_guide(self, clock: Callable[[], float]) -> QWidget:
        page, layout = _page()
        self.home_button = look.TouchButton(self.tr("← All exercises"))
        self.home_button.setObjectName("kioskTestHome")
        self.home_button.clicked.connect(self.closed)
        top = QHBoxLayout()
        top.setSpacing(look.GAP)
        top.addWidget(self.home_button)
        top.addWidget(look.text(self.entry.name, look.TITLE, bold=True), 1)
        layout.addLayout(top)
        self.demonstration = quiet_demonstration(self, clock, reduced_motion=self._reduced_motion)
        animation = entry_animation(self.entry)
        if animation is not None:
            self.demonstration.set_animation(animation)
        self.demonstration.setVisible(animation is not None)
        # A long step (or a translation of one) shrinks rather than running off the page.
        self.step_words = look.FittedColumn(3 * look.UNIT)
        self.step_count_label = look.text("", colour=look.SECONDARY_TEXT)
        self.step_label = look.text("")
        self.step_label.setObjectName("kioskTestStep")
        self.step_words.add_stretch(1)
        self.step_words.add(self.step_count_label, look.BODY)
        self.step_words.add(self.step_label, look.TITLE, bold=True)
        self.step_words.add_stretch(2)
        body = QHBoxLayout()
        body.setSpacing(6 * look.UNIT)
        body.addWidget(self.demonstration, 5)
        body.addWidget(self.step_words, 4)
        layout.addLayout(body, 1)
        row = QHBoxLayout()
        row.setSpacing(look.GAP)
        self.previous_button = look.TouchButton(self.tr("← Back"))
        self.previous_button.setObjectName("kioskTestPrevious")
        self.previous_button.clicked.connect(lambda: self.show_step(self._step - 1))
        self.next_button = look.TouchButton("", primary=True)
        self.next_button.setObjectName("kioskTestNext")
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        return page

    def show_step(self, index: int) -> None:
        steps = self.entry.steps
        self._step = max(0, min(index, len(steps) - 1))
        self.step_count_label.setText(fill(self.tr("Step %1 of %2"), self._step + 1, len(steps)))
        self.step_label.setText(steps[self._step])
        self.step_words.refit()
        self.previous_button.setEnabled(self._step > 0)
        last = self._step == len(steps) - 1
        self.next_button.setText(self.tr("Enter my numbers →") if last else self.tr("Next →"))
        self._stack.setCurrentIndex(0)

    def _next(self) -> None:
        if self._step < len(self.entry.steps) - 1:
            self.show_step(self._step + 1)
        else:
            self.show_entry()

    # --- entry -------------------------------------------------------------------------------

    def _build_entry(self) -> QWidget:
        page, layout = _page()
        top = QHBoxLayout()
        top.setSpacing(look.GAP)
        guide_button = look.TouchButton(self.tr("← How to measure"))
        guide_button.setObjectName("kioskTestGuide")
        guide_button.clicked.connect(lambda: self.show_step(0))
        top.addWidget(guide_button)
        top.addWidget(look.text(self.tr("Your numbers"), look.TITLE, bold=True), 1)
        layout.addLayout(top)
        # One line, smaller if need be: the keypad below needs all the height there is.
        layout.addWidget(look.FittedLabel(
            self.tr("Toe-to-wall distance in cm, one leg or both. Press a leg, then type."),
            (look.LARGE, look.BODY * 1.2, look.BODY), lines=1, bold=False,
            colour=look.SECONDARY_TEXT,
        ))  # fmt: skip
        self.fields = {
            "left": _Field(self.tr("Left leg")),
            "right": _Field(self.tr("Right leg")),
        }
        fields = QVBoxLayout()
        fields.setSpacing(look.GAP)
        for side, field in self.fields.items():
            field.setObjectName(f"kioskTestField-{side}")
            field.clicked.connect(lambda _checked=False, s=side: self.select(s))
            fields.addWidget(field)
        self.message = look.FittedLabel("", (look.BODY, look.BODY * 0.85, look.BODY * 0.75),
                                        lines=4, bold=False, colour=look.WARNING)  # fmt: skip
        self.message.setObjectName("kioskTestMessage")
        fields.addWidget(self.message)
        fields.addStretch(1)
        self.keypad = Keypad(self._decimal_point, key_size=KEY_SIZE)
        self.keypad.keyPressed.connect(self.press)
        body = QHBoxLayout()
        body.setSpacing(10 * look.UNIT)
        body.addStretch(1)
        body.addLayout(fields, 3)
        body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        body.addStretch(1)
        layout.addLayout(body, 1)
        self.show_button = look.TouchButton(self.tr("Show my result"), primary=True)
        self.show_button.setObjectName("kioskTestShow")
        self.show_button.clicked.connect(self.show_result)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def show_entry(self) -> None:
        self._stack.setCurrentIndex(1)
        self._validate()

    def select(self, side: str) -> None:
        self._side = side
        for name, field in self.fields.items():
            field.setChecked(name == side)
            field.show_value()

    def press(self, key: str) -> None:
        field = self.fields[self._side]
        if key == BACKSPACE:
            field.value = field.value[:-1]
        elif key == self._decimal_point:
            if self._decimal_point not in field.value and len(field.value) < MAX_CHARACTERS:
                field.value = (field.value or "0") + key
        elif key.isdigit() and len(field.value) < MAX_CHARACTERS:
            field.value = "" if field.value == "0" else field.value
            field.value += key
        field.show_value()
        self._validate()

    def type_text(self, side: str, text: str) -> None:
        """Type `text` into a leg's field, key by key (tests, and the screenshot script)."""
        self.select(side)
        for key in text:
            self.press(key)

    def _validate(self) -> KioskResult | None:
        values: dict[str, float | None] = {}
        problems = []
        for side, field in self.fields.items():
            value, problem = check_distance(field.value, "cm", self._decimal_point)
            values[side] = value
            if problem:
                problems.append(fill(self.tr("%1: %2"), field.side_name, problem))
        self.message.setText("\n".join(problems))
        valid = not problems and any(v is not None for v in values.values())
        self.show_button.setEnabled(valid)
        if not valid:
            return None
        return KioskResult(values["left"], values["right"], self._today())

    # --- result ------------------------------------------------------------------------------

    def _build_result(self) -> QWidget:
        page, layout = _page()
        layout.addWidget(look.text(self.tr("Your result"), look.TITLE, bold=True))
        self.result_lines = QVBoxLayout()
        self.result_lines.setSpacing(2 * look.UNIT)
        self.qr = QrCodeView()
        self.qr.setMinimumSize(36 * look.UNIT, 36 * look.UNIT)
        take_home = look.text(
            self.tr("Scan to take it home. The code holds only this text: no name, and "
                    "nothing is kept here."),
            look.BODY, centre=True,
        )  # fmt: skip
        self.qr_text_label = look.text("", look.BODY, colour=look.SECONDARY_TEXT, centre=True)
        self.qr_text_label.setObjectName("kioskQrText")
        code = QVBoxLayout()
        code.setSpacing(2 * look.UNIT)
        code.addWidget(self.qr, 1)
        code.addWidget(take_home)
        code.addWidget(self.qr_text_label)
        body = QGridLayout()
        body.setHorizontalSpacing(8 * look.UNIT)
        body.addLayout(self.result_lines, 0, 0)
        body.addLayout(code, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        layout.addLayout(body, 1)
        row = QHBoxLayout()
        row.setSpacing(look.GAP)
        again = look.TouchButton(self.tr("Measure again"))
        again.setObjectName("kioskTestAgain")
        again.clicked.connect(self.measure_again)
        done = look.TouchButton(self.tr("Done"), primary=True)
        done.setObjectName("kioskTestDone")
        done.clicked.connect(self.closed)
        row.addWidget(again)
        row.addStretch(1)
        row.addWidget(done)
        layout.addLayout(row)
        return page

    def show_result(self) -> None:
        result = self._validate()
        if result is None:
            return
        self.result = result
        while self.result_lines.count():
            item = self.result_lines.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        point = self._decimal_point
        for heading, context in leg_lines(result, point):
            self.result_lines.addWidget(look.text(heading, look.LARGE * 1.2, bold=True))
            self.result_lines.addWidget(look.text(context, look.BODY))
            self.result_lines.addSpacing(look.UNIT)
        difference = difference_line(result, point)
        if difference:
            self.result_lines.addWidget(look.text(difference, look.BODY, bold=True))
            self.result_lines.addSpacing(look.UNIT)
        self.result_lines.addWidget(look.text(advice_line(point), look.BODY,
                                              colour=look.SECONDARY_TEXT))  # fmt: skip
        self.result_lines.addStretch(1)
        text = qr_text(result, point)
        self.qr.set_text(text)
        self.qr_text_label.setText(text)
        self._stack.setCurrentIndex(2)

    def measure_again(self) -> None:
        self.result = None
        self.qr.clear()
        self.qr_text_label.setText("")
        for field in self.fields.values():
            field.value = ""
        self.select(SIDES[0])
        self.show_entry()

    def page(self) -> str:
        return ("guide", "entry", "result")[self._stack.currentIndex()]

    def entered(self) -> dict[str, str]:
        """What is typed in each field right now (the reset test checks it is gone)."""
        return {side: field.value for side, field in self.fields.items()}
