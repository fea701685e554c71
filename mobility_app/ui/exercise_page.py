"""The detail page of one catalogue entry: why, how, what to feel, what to avoid, safety."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobility_app.catalog import Entry, entry_animation
from mobility_app.i18n import fill
from mobility_app.ui import style
from mobility_app.ui.demonstration import DemonstrationView
from mobility_app.ui.panels import NumberBadge, Panel, PrimaryButton, back_bar
from mobility_app.ui.text import dose_summary, duration_text, rest_text, side_text, tempo_text

CONTENT_MAX_WIDTH = 120 * style.UNIT


def _section(title: str) -> QLabel:
    heading = style.label(title, style.HEADING_2, bold=True)
    heading.setAccessibleName(title)
    return heading


def _bullets(items: tuple[str, ...], *, marker: str = "•") -> QWidget:
    """A list whose wrapped lines stay indented under their text, not under the marker."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(style.UNIT)
    grid.setVerticalSpacing(style.UNIT)
    for row, item in enumerate(items):
        mark = style.label(marker, wrap=False)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setMinimumWidth(2 * style.UNIT)
        grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(style.label(item), row, 1)
    grid.setColumnStretch(1, 1)
    return box


def _steps(items: tuple[str, ...]) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(2 * style.UNIT)
    grid.setVerticalSpacing(2 * style.UNIT)
    for row, item in enumerate(items):
        badge = NumberBadge(row + 1)
        badge.setAccessibleName(ExercisePage.tr("Step %n", "", row + 1))
        grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
        text = style.label(item)
        text.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(text, row, 1)
    grid.setColumnStretch(1, 1)
    return box


def _fact(title: str, value: str | tuple[str, ...], detail: str = "") -> QWidget:
    """One item of the 'at a glance' strip: a small caption over its value.

    A single value is a figure and gets emphasis; a list (muscles, equipment) is plain lines.
    """
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(style.UNIT // 2)
    layout.addWidget(style.label(title.upper(), 0.8, bold=True, secondary=True))
    if isinstance(value, str):
        layout.addWidget(style.label(value, style.HEADING_3, bold=True))
        spoken = value
    else:
        for line in value:
            layout.addWidget(style.label(line))
        spoken = ", ".join(value)
    if detail:
        layout.addWidget(style.label(detail, style.SECONDARY, secondary=True))
    layout.addStretch(1)
    box.setAccessibleName(f"{title}: {spoken}. {detail}".strip())
    return box


class ExercisePage(QWidget):
    """Shows one entry. `backRequested` asks the window to return to the library."""

    backRequested = Signal()
    startRequested = Signal(str)  # the entry's id: run it, or begin the test

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePage")
        self.entry: Entry | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        bar, self.back_button = back_bar(self.backRequested.emit)
        self.start_button = PrimaryButton(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.start_button.setMinimumWidth(18 * style.UNIT)
        self.start_button.clicked.connect(self._start)
        bar.addWidget(self.start_button)
        outer.addLayout(bar)

        self.demonstration = DemonstrationView(self)
        self.demonstration.hide()

        self._scroll = QScrollArea()
        style.name_scroll_area(self._scroll, self.tr("Exercise details"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self._scroll)

    def _start(self) -> None:
        if self.entry is not None:
            self.startRequested.emit(self.entry.id)

    def show_entry(self, entry: Entry) -> None:
        """Build the page for `entry` (replacing whatever was shown) and scroll to its top."""
        self.entry = entry
        if entry.is_test:
            self.start_button.setText(self.tr("Do the test"))
            self.start_button.setToolTip(self.tr("A guided test, step by step, for each leg"))
        else:
            self.start_button.setText(self.tr("Start"))
            self.start_button.setToolTip(self.tr("Run this exercise with a timer and cues"))
        self.start_button.setAccessibleName(self.start_button.text())
        old = self._scroll.takeWidget()
        # The demonstration lives on from page to page (one timer, one clock): the new body
        # takes it over before the old body is deleted.
        self._scroll.setWidget(self._build(entry))
        if old is not None:
            old.deleteLater()
        self._scroll.verticalScrollBar().setValue(0)

    def _build(self, entry: Entry) -> QWidget:
        body = QWidget()
        centring = QHBoxLayout(body)
        centring.setContentsMargins(4 * style.UNIT, 2 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT)
        column = QWidget()
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        centring.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)

        title = style.label(entry.name, style.HEADING_1, bold=True)
        title.setObjectName("entryTitle")
        layout.addWidget(title)
        layout.addWidget(style.label(entry.summary, style.HEADING_3, secondary=True))
        layout.addSpacing(2 * style.UNIT)

        # The demonstration leads: people copy what they see. Beside it, why and how much.
        top = QHBoxLayout()
        top.setSpacing(4 * style.UNIT)
        animation = entry_animation(entry)
        if animation is not None:
            self.demonstration.set_animation(animation)
            top.addWidget(self.demonstration, 3)
        side = QVBoxLayout()
        side.setSpacing(2 * style.UNIT)
        side.addWidget(style.label(entry.purpose))
        side.addWidget(self._glance(entry))
        side.addStretch(1)
        top.addLayout(side, 2)
        layout.addLayout(top)
        # Only now, inside the page: shown while parentless it would open as its own window.
        self.demonstration.setVisible(animation is not None)
        layout.addSpacing(3 * style.UNIT)

        layout.addWidget(_section(self.tr("How to do it")))
        layout.addSpacing(style.UNIT)
        layout.addWidget(_steps(entry.steps))
        layout.addSpacing(3 * style.UNIT)

        pair = QGridLayout()
        pair.setHorizontalSpacing(4 * style.UNIT)
        pair.setVerticalSpacing(style.UNIT)
        pair.addWidget(_section(self.tr("What to feel")), 0, 0)
        pair.addWidget(_bullets(entry.cues), 1, 0, Qt.AlignmentFlag.AlignTop)
        pair.addWidget(_section(self.tr("Common mistakes")), 0, 1)
        pair.addWidget(_bullets(entry.mistakes), 1, 1, Qt.AlignmentFlag.AlignTop)
        pair.setColumnStretch(0, 1)
        pair.setColumnStretch(1, 1)
        layout.addLayout(pair)
        layout.addSpacing(3 * style.UNIT)

        layout.addWidget(self._safety(entry))
        layout.addSpacing(3 * style.UNIT)

        note = entry.dose.note if entry.dose else entry.test.note if entry.test else ""
        if note:
            why = self.tr("Why this dose") if entry.dose else self.tr("About the protocol")
            layout.addWidget(style.label(why, bold=True, secondary=True))
            layout.addWidget(style.label(note, style.SECONDARY, secondary=True))
            layout.addSpacing(style.UNIT)
        layout.addWidget(style.label(self.tr("Sources"), bold=True, secondary=True))
        for source in entry.sources:
            layout.addWidget(style.label(source, style.SECONDARY, secondary=True))
        layout.addStretch(1)
        return body

    def _glance(self, entry: Entry) -> QWidget:
        """The dose, time, muscles and equipment, two facts to a row."""
        strip = Panel()
        strip.setObjectName("glanceStrip")
        grid = QGridLayout(strip)
        grid.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        grid.setHorizontalSpacing(3 * style.UNIT)
        grid.setVerticalSpacing(2 * style.UNIT)
        if entry.dose is not None:
            dose = entry.dose
            detail = rest_text(dose)
            if dose.labels:
                detail = " / ".join(dose.labels) + "\n" + detail
            if dose.tempo:
                detail = tempo_text(dose)
            grid.addWidget(_fact(self.tr("Dose"), dose_summary(dose), detail), 0, 0)
            grid.addWidget(
                _fact(
                    self.tr("Time"),
                    fill(self.tr("about %1"), duration_text(dose.total_seconds())),
                    side_text(dose).capitalize(),
                ),
                0,
                1,
            )
        elif entry.test is not None:
            trials = self.tr("%n trials", "", entry.test.trials_per_side)
            grid.addWidget(_fact(self.tr("Protocol"), trials, self.tr("on each leg")), 0, 0)
            grid.addWidget(_fact(self.tr("Result"), self.tr("Toe to wall, cm")), 0, 1)
        grid.addWidget(_fact(self.tr("Works"), entry.targets), 1, 0)
        equipment = entry.equipment or (self.tr("Nothing but floor space"),)
        grid.addWidget(_fact(self.tr("You need"), equipment), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return strip

    def _safety(self, entry: Entry) -> QWidget:
        box = Panel(accent=style.warning_colour(self.palette()))
        box.setObjectName("safetyBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        layout.setSpacing(style.UNIT)
        heading = style.label(self.tr("Stay safe"), style.HEADING_2, bold=True)
        palette = heading.palette()
        palette.setColor(QPalette.ColorRole.WindowText, style.warning_colour(palette))
        heading.setPalette(palette)
        layout.addWidget(heading)
        layout.addWidget(_bullets(entry.safety))
        box.setAccessibleName(self.tr("Safety notes"))
        return box
