"""The end of a run: what was done and skipped, the time it took, and a pain rating after."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mobility_app.i18n import fill
from mobility_app.routine import Plan, Status, Step, Summary
from mobility_app.routine.wording import UnitKind
from mobility_app.ui import style
from mobility_app.ui.pain_scale import PainScale
from mobility_app.ui.panels import Panel
from mobility_app.ui.player_views import (
    anchors,
    big_button,
    button_row,
    centred,
    clock_text,
)

CONTENT_WIDTH = 90 * style.UNIT


@dataclass(frozen=True)
class ExerciseResult:
    """How one exercise of the routine went, counted in the units a person counts."""

    name: str
    unit: UnitKind
    planned: int  # holds, reps or rounds over every set and side
    completed: int
    skipped: int
    stopped: int  # 1 when the run was stopped in the middle of one of its units

    @property
    def reached(self) -> bool:
        return self.completed + self.skipped + self.stopped > 0


def exercise_results(plan: Plan, summary: Summary) -> list[ExerciseResult]:
    """One result per routine item, in routine order, including items never reached."""
    first: dict[int, Step] = {}
    planned: dict[int, int] = {}
    for step in plan.work_steps:
        first.setdefault(step.position, step)
        planned[step.position] = planned.get(step.position, 0) + 1
    outcomes: dict[int, list[str]] = {position: [] for position in first}
    for record in summary.records:
        outcomes[record.position].append(record.outcome)
    return [
        ExerciseResult(
            name=first[p].exercise_name,
            unit=first[p].unit,
            planned=planned[p],
            completed=outcomes[p].count("completed"),
            skipped=outcomes[p].count("skipped"),
            stopped=outcomes[p].count("stopped"),
        )
        for p in sorted(first)
    ]


def _fact(title: str, value: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(style.UNIT // 2)
    # On one line: a wrapped title's second line was cut off by the row's height.
    layout.addWidget(style.label(title.upper(), 0.8, bold=True, secondary=True, wrap=False))
    figure = style.label(value, style.HEADING_2, bold=True)
    figure.setObjectName("summaryFact")
    layout.addWidget(figure)
    box.setAccessibleName(f"{title}: {value}")
    return box


class SummaryView(QWidget):
    """Shown when a run finishes or is stopped; Done leaves, Run again starts over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = centred(style.label("", style.HEADING_1 * 1.3, bold=True))
        self.title_label.setObjectName("summaryTitle")
        self.subtitle_label = centred(style.label("", style.HEADING_3, secondary=True))
        self.facts = Panel()
        self._facts_layout = QGridLayout(self.facts)
        margin = 3 * style.UNIT
        self._facts_layout.setContentsMargins(margin, 2 * style.UNIT, margin, 2 * style.UNIT)
        self._facts_layout.setHorizontalSpacing(4 * style.UNIT)
        self.results = QWidget()
        self._results_layout = QGridLayout(self.results)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self._results_layout.setHorizontalSpacing(3 * style.UNIT)
        self._results_layout.setVerticalSpacing(style.UNIT)
        self._results_layout.setColumnStretch(1, 1)
        question = centred(
            style.label(self.tr("How much pain do you feel now? (optional)"), bold=True)
        )
        self.pain = PainScale()
        self.pain.setAccessibleName(self.tr("Pain after the routine, 0 to 10, optional"))
        self.before_label = centred(style.label("", style.SECONDARY, secondary=True))
        self.before_label.hide()
        self.note_label = centred(style.label(""))
        self.note_label.setObjectName("summarySaveNote")
        palette = self.note_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, style.warning_colour(palette))
        self.note_label.setPalette(palette)
        self.note_label.hide()
        self.again_button = big_button(
            self.tr("Run again"),
            "summaryAgain",
            self.tr("Run the routine again"),
            self.tr("Run again"),
        )
        self.done_button = big_button(
            self.tr("Done"),
            "summaryDone",
            self.tr("Done, leave the player"),
            self.tr("Done (Esc)"),
            primary=True,
        )

        column = QWidget()
        column.setMaximumWidth(CONTENT_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(2 * style.UNIT)
        layout.addWidget(self.facts)
        layout.addSpacing(2 * style.UNIT)
        layout.addWidget(self.results)
        layout.addSpacing(3 * style.UNIT)
        layout.addWidget(question)
        layout.addWidget(self.before_label)
        layout.addWidget(self.pain, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(anchors(self.pain.sizeHint().width()))
        layout.addSpacing(style.UNIT)
        layout.addWidget(self.note_label)
        body = QWidget()
        centring = QVBoxLayout(body)
        centring.setContentsMargins(4 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT, 2 * style.UNIT)
        centring.addStretch(1)
        centring.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        centring.addStretch(2)
        scroll = QScrollArea()
        style.name_scroll_area(scroll, self.tr("Routine summary"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 2 * style.UNIT)
        outer.addWidget(scroll, 1)
        outer.addLayout(button_row(self.again_button, self.done_button))

    def show_summary(
        self,
        summary: Summary,
        plan: Plan,
        routine_name: str,
        save_problem: str | None,
        pain_before: int | None = None,
    ) -> None:
        finished = summary.status is Status.FINISHED
        self.title_label.setText(self.tr("Well done") if finished else self.tr("Routine stopped"))
        self.subtitle_label.setText(routine_name)
        results = exercise_results(plan, summary)
        exercises = sum(1 for r in results if r.completed)
        # A set counts as done when at least one of its units was; skipped when none was.
        sets_done = sum(1 for s in summary.sets if not s.skipped)
        sets_skipped = sum(1 for s in summary.sets if s.skipped)
        facts = (
            (self.tr("Exercises"), fill(self.tr("%1 of %2"), exercises, len(results))),
            (self.tr("Sets done"), str(sets_done)),
            (self.tr("Sets skipped"), str(sets_skipped)),
            (self.tr("Active time"), clock_text(summary.active_seconds)),
            (self.tr("Total time"), clock_text(summary.total_seconds)),
        )
        _clear(self._facts_layout)
        for column, (title, value) in enumerate(facts):
            self._facts_layout.addWidget(_fact(title, value), 0, column)
        _clear(self._results_layout)
        for row, result in enumerate(results):
            name = style.label(result.name, bold=True, wrap=False)
            text = style.label(self.result_text(result), secondary=not result.reached)
            text.setObjectName("summaryResult")
            self._results_layout.addWidget(name, row, 0)
            self._results_layout.addWidget(text, row, 1)
        # The rating before, to compare with: the question is about the change.
        self.before_label.setVisible(pain_before is not None)
        self.before_label.setText(fill(self.tr("Before you started: %1 of 10"), pain_before))
        self.note_label.setVisible(save_problem is not None)
        if save_problem is not None:
            self.note_label.setText(
                fill(self.tr("This session could not be saved. %1"), save_problem).strip()
            )

    def result_text(self, result: ExerciseResult) -> str:
        """'All 3 holds done', '13 of 24 reps done, 2 skipped', 'Not reached'."""
        if not result.reached:
            return self.tr("Not reached")
        if result.completed == result.planned:
            if result.unit == "hold":
                return self.tr("All %n holds done", "", result.planned)
            if result.unit == "rep":
                return self.tr("All %n reps done", "", result.planned)
            return self.tr("All %n rounds done", "", result.planned)
        # Whole sentences, so a translator can make the words agree with what was counted.
        if result.skipped:
            if result.unit == "hold":
                text = self.tr("%1 of %2 holds done, %3 skipped")
            elif result.unit == "rep":
                text = self.tr("%1 of %2 reps done, %3 skipped")
            else:
                text = self.tr("%1 of %2 rounds done, %3 skipped")
            return fill(text, result.completed, result.planned, result.skipped)
        if result.unit == "hold":
            text = self.tr("%1 of %2 holds done")
        elif result.unit == "rep":
            text = self.tr("%1 of %2 reps done")
        else:
            text = self.tr("%1 of %2 rounds done")
        return fill(text, result.completed, result.planned)

    def result_lines(self) -> list[str]:
        """The per-exercise lines as shown, for tests and screen readers."""
        return [
            label.text()
            for label in self.results.findChildren(QLabel)
            if label.objectName() == "summaryResult"
        ]


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
