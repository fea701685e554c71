"""The player's screens: ready to start, the running step, and the summary at the end."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mobility_app.i18n import fill, translate
from mobility_app.motion.keyframes import Animation
from mobility_app.routine import Snapshot, Status, wording
from mobility_app.ui import style
from mobility_app.ui.countdown import CountdownRing, RingPhase
from mobility_app.ui.demonstration import DemonstrationView
from mobility_app.ui.pain_scale import PainScale
from mobility_app.ui.panels import PrimaryButton
from mobility_app.ui.text import duration_text

BUTTON_HEIGHT = 7 * style.UNIT
BUTTON_WIDTH = 17 * style.UNIT
# Share of the screen's height for the lines read from the floor, 2-3 m away.
PHASE_HEIGHT = 0.075
LINE_HEIGHT = 0.034

_RING_PHASES: dict[str, RingPhase] = {
    "ready": "ready",
    "work": "work",
    "rest": "rest",
    "switch": "switch",
}


def clock_text(seconds: float) -> str:
    """'45 s', '4 min 10 s', '12 min': precise enough for a summary, never rounded up."""
    whole = max(0, round(seconds))
    if whole < 60:
        return fill(translate("Player", "%1 s"), whole)
    minutes, rest = divmod(whole, 60)
    if rest == 0 or minutes >= 10:
        return fill(translate("Player", "%1 min"), minutes)
    return fill(translate("Player", "%1 min %2 s"), minutes, rest)


def side_text(side: str | None) -> str:
    if side == "left":
        return translate("Player", "Left leg")
    if side == "right":
        return translate("Player", "Right leg")
    return translate("Player", "Both legs")


def sized_font(factor: float, min_pixels: int = 0, *, bold: bool = False) -> QFont:
    """The type scale's font, grown to `min_pixels` when the screen is big enough for it."""
    font = style.scaled_font(factor, bold=bold)
    if min_pixels > QFontInfo(font).pixelSize():
        font.setPixelSize(min_pixels)
    return font


def big_button(
    text: str, name: str, accessible: str, tooltip: str, *, primary: bool = False
) -> QPushButton:
    button = PrimaryButton(text) if primary else QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tooltip)
    button.setMinimumSize(BUTTON_WIDTH, BUTTON_HEIGHT)
    button.setFont(style.scaled_font(style.HEADING_3, bold=True))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    # Enter presses the focused button; Space belongs to the player (pause).
    button.setAutoDefault(True)
    return button


def centred(widget: QLabel) -> QLabel:
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


@dataclass(frozen=True)
class StepText:
    """Every line the running screen shows for one snapshot."""

    exercise: str
    position: str
    overall: str
    phase: str
    caption: str
    next: str
    ring_text: str
    ring_caption: str
    ring_phase: RingPhase
    marks: tuple[float, ...]
    remaining: int  # whole seconds left in the step, for a screen reader


def describe(snapshot: Snapshot, exercise_count: int) -> StepText:
    """The words and numbers for `snapshot`; the phase is always written, never colour only."""
    step = snapshot.step
    parts = []
    if step.set_count > 1:
        parts.append(fill(translate("Player", "Set %1 of %2"), step.set_number, step.set_count))
    if step.unit == "hold":
        unit = translate("Player", "Hold %1 of %2")
    elif step.unit == "rep":
        unit = translate("Player", "Rep %1 of %2")
    else:
        unit = translate("Player", "Round %1 of %2")
    parts.append(fill(unit, step.unit_number, step.unit_count))
    remaining = math.ceil(snapshot.remaining - 1e-9)
    # Whole minutes (rounded up): a second-by-second total would flicker in the corner.
    overall = fill(
        translate("Player", "Exercise %1 of %2 · about %3 left"),
        step.position + 1,
        exercise_count,
        duration_text(snapshot.total_remaining),
    )
    phase = translate("Routine", step.title)
    caption = step.caption
    # "1 second", "2 seconds": the caption agrees with the number above it.
    ring_text, ring_caption = str(remaining), RunView.tr("second(s)", "", remaining)
    marks: tuple[float, ...] = ()
    if step.is_work and step.unit == "rep":
        # A paced rep: the count is the number that matters; the ring shows the tempo.
        phase = snapshot.caption
        caption = translate("Routine", wording.WORK_CAPTIONS["rep"])
        ring_text = str(step.unit_number)
        ring_caption = fill(translate("Player", "of %1"), step.unit_count)
        marks = tuple(p.offset / step.duration for p in step.sub_phases if p.offset > 0)
    ring_phase = _RING_PHASES[step.kind]
    if snapshot.status is Status.PAUSED:
        # Keep the step's name: "paused" alone does not say in what.
        caption = fill(translate("Player", "%1 — press Space to resume"), phase)
        phase, ring_phase = translate("Player", "Paused"), "paused"
    return StepText(
        exercise=f"{step.exercise_name} · {side_text(step.side)}",
        position=" · ".join(parts),
        overall=overall,
        phase=phase,
        caption=caption,
        next=step.next_text,
        ring_text=ring_text,
        ring_caption=ring_caption,
        ring_phase=ring_phase,
        marks=marks,
        remaining=remaining,
    )


class StartView(QWidget):
    """Before the clock runs: time to get into position, and an optional pain rating."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = centred(style.label("", style.HEADING_1 * 1.3, bold=True))
        self.title_label.setText(self.tr("Ready when you are"))
        self.detail_label = centred(style.label("", style.HEADING_3, secondary=True))
        self.hint_label = centred(style.label("", style.HEADING_3))
        question = centred(
            style.label(self.tr("How much pain do you feel now? (optional)"), bold=True)
        )
        self.pain = PainScale()
        self.pain.setAccessibleName(self.tr("Pain before the routine, 0 to 10, optional"))
        self.back_button = big_button(
            self.tr("← Back"),
            "playerCancel",
            self.tr("Back without starting"),
            self.tr("Back (Esc)"),
        )
        self.start_button = big_button(
            self.tr("Start"),
            "playerStart",
            self.tr("Start the routine"),
            self.tr("Start (Space)"),
            primary=True,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT)
        layout.setSpacing(style.UNIT)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(2 * style.UNIT)
        layout.addWidget(self.hint_label)
        layout.addSpacing(5 * style.UNIT)
        layout.addWidget(question)
        layout.addWidget(self.pain, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(anchors(self.pain.sizeHint().width()))
        layout.addSpacing(5 * style.UNIT)
        layout.addLayout(button_row(self.back_button, self.start_button))
        layout.addStretch(3)

    def set_routine(self, detail: str, first_exercise: str) -> None:
        self.detail_label.setText(detail)
        self.hint_label.setText(
            fill(self.tr("First: %1. Get into position, then press Start or the Space bar."),
                 first_exercise)
        )  # fmt: skip


def anchors(width: int) -> QHBoxLayout:
    """'0 no pain' under the first cell, '10 worst imaginable' under the last."""
    row = QHBoxLayout()
    row.addStretch(1)
    inner = QHBoxLayout()
    texts = (translate("Player", "0 = no pain"), translate("Player", "10 = worst imaginable"))
    for text in texts:
        inner.addWidget(style.label(text, style.SECONDARY, secondary=True, wrap=False))
        inner.addStretch(1)
    inner.takeAt(inner.count() - 1)  # no stretch after the last
    box = QWidget()
    box.setFixedWidth(width)
    box.setLayout(inner)
    inner.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box)
    row.addStretch(1)
    return row


def button_row(*buttons: QPushButton, gap_before_last: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(2 * style.UNIT)
    row.addStretch(1)
    for index, button in enumerate(buttons):
        if gap_before_last and index == len(buttons) - 1:
            # Stop sits apart, so a hurried Skip does not land on it.
            row.addSpacing(4 * style.UNIT)
        row.addWidget(button)
    row.addStretch(1)
    return row


class RunView(QWidget):
    """The running step: where you are, what to do, the demonstration and the countdown."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.exercise_label = style.label("", style.HEADING_2, bold=True, selectable=False)
        self.exercise_label.setObjectName("playerExercise")
        self.position_label = style.label("", style.HEADING_2, wrap=False, selectable=False)
        self.position_label.setObjectName("playerPosition")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.overall_label = style.label("", style.HEADING_3, secondary=True, selectable=False)
        self.phase_label = centred(style.label("", style.HEADING_1 * 1.5, bold=True))
        self.phase_label.setObjectName("playerPhase")
        self.phase_label.setAccessibleName(self.tr("Phase"))
        self.caption_label = centred(style.label("", style.HEADING_2, selectable=False))
        self.caption_label.setObjectName("playerCaption")
        self.demonstration = DemonstrationView(self, clock=clock)
        self.ring = CountdownRing(self)
        self.next_label = centred(style.label("", style.HEADING_2, secondary=True))
        self.next_label.setObjectName("playerNext")
        self.next_label.setAccessibleName(self.tr("What comes next"))
        for label in (self.phase_label, self.next_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide_demonstration_controls()

        self.back_button = big_button(
            self.tr("← Back"),
            "playerBack",
            self.tr("Back"),
            self.tr("Restart this step, or go back (←)"),
        )
        self.pause_button = big_button(
            self.tr("Pause"),
            "playerPause",
            self.tr("Pause"),
            self.tr("Pause or resume (Space)"),
            primary=True,
        )
        self.skip_button = big_button(
            self.tr("Skip →"), "playerSkip", self.tr("Skip"), self.tr("Skip to the next step (→)")
        )
        self.stop_button = big_button(
            self.tr("Stop"),
            "playerStop",
            self.tr("Stop the routine"),
            self.tr("Stop the routine (Esc)"),
        )
        self.buttons = (self.back_button, self.pause_button, self.skip_button, self.stop_button)
        for button in self.buttons:
            # Clicks leave the focus where it was, so the keys keep working after a click.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        top = QHBoxLayout()
        top.setSpacing(2 * style.UNIT)
        top.addWidget(self.exercise_label, 1)
        top.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.setSpacing(4 * style.UNIT)
        body.addWidget(self.demonstration, 5)
        body.addWidget(self.ring, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        layout.setSpacing(style.UNIT)
        layout.addLayout(top)
        layout.addWidget(self.overall_label)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.caption_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.next_label)
        layout.addSpacing(style.UNIT)
        layout.addLayout(button_row(*self.buttons, gap_before_last=True))

    def hide_demonstration_controls(self) -> None:
        """The player drives the demonstration; its own buttons and caption would compete."""
        demo = self.demonstration
        for widget in (demo.play_button, demo.speed_button, demo.slider, demo.left_button,
                       demo.right_button, demo.caption_label):  # fmt: skip
            widget.hide()

    def show_animation(self, animation: Animation | None) -> None:
        """The demonstration of a new exercise, from its start; hidden if it has none."""
        if animation is not None:
            self.demonstration.set_animation(animation)
        self.demonstration.setVisible(animation is not None)

    def follow_step(self, snapshot: Snapshot) -> None:
        """Mirror the figure to the step's side; keep a paced rep's figure on the count."""
        step, demonstration = snapshot.step, self.demonstration
        demonstration.set_side(step.side or "left")
        animation = demonstration.animation
        # Only when the loop lasts one rep: the catalogue's paced exercises are drawn so.
        if (
            step.is_work
            and step.unit == "rep"
            and animation is not None
            and abs(animation.duration - step.duration) < 0.05
        ):
            demonstration.set_time(snapshot.elapsed)

    def show_text(self, text: StepText, fraction: float) -> None:
        self.exercise_label.setText(text.exercise)
        self.position_label.setText(text.position)
        self.overall_label.setText(text.overall)
        self.phase_label.setText(text.phase)
        self.caption_label.setText(text.caption)
        self.next_label.setText(text.next)
        # Here, not in describe(): lupdate finds the plural forms only in a tr() call.
        spoken = fill(self.tr("%1, %n seconds left", "", text.remaining), text.phase)
        self.ring.set_state(
            fraction, text.ring_text, text.ring_phase, caption=text.ring_caption,
            marks=text.marks, spoken=spoken,
        )  # fmt: skip

    def announcement(self, text: StepText) -> str:
        """What a screen reader says when the phase changes: phase, exercise, place, time."""
        parts = [text.phase, text.exercise, text.position]
        sentence = ". ".join(part for part in parts if part)
        return fill(self.tr("%1. %n seconds.", "", text.remaining), sentence)

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Lines read from the floor grow with the window; the type scale is the floor.
        height = event.size().height()
        self.phase_label.setFont(
            sized_font(style.HEADING_1 * 1.5, round(height * PHASE_HEIGHT), bold=True)
        )
        line = round(height * LINE_HEIGHT)
        self.caption_label.setFont(sized_font(style.HEADING_2, line))
        self.next_label.setFont(sized_font(style.HEADING_2, line))
        self.exercise_label.setFont(sized_font(style.HEADING_2, line, bold=True))
        self.position_label.setFont(sized_font(style.HEADING_2, line))
        super().resizeEvent(event)
