"""The attract loop: each exercise's demonstration in turn, its name and cues, "Touch to start".

The language picker sits at the top: a visitor can switch before touching anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mobility_app import i18n
from mobility_app.catalog import Entry, entry_animation
from mobility_app.kiosk import look
from mobility_app.kiosk.languages import LanguagePicker
from mobility_app.ui import accessibility
from mobility_app.ui.demonstration import DemonstrationView

TIMER_NAME = "kiosk-attract-timer"
CUES_SHOWN = 3
# The exercise's name: the largest of these sizes that fits the height of NAME_LINES lines
# at the first size, no word cut.
NAME_FACTORS = (look.HUGE, look.HUGE * 0.85, look.TITLE * 1.15, look.TITLE, look.LARGE)
NAME_LINES = 2


def quiet_demonstration(
    parent: QWidget, clock: Callable[[], float], *, reduced_motion: bool = False
) -> DemonstrationView:
    """A demonstration with its captions in kiosk type and none of its playback controls.

    With `reduced_motion` it shows the key positions side by side, still, and runs no timer.
    """
    view = DemonstrationView(parent, clock=clock)
    # Before the controls are hidden: switching the mode shows or hides some of them.
    view.set_reduced_motion(reduced_motion)
    for widget in (view.play_button, view.speed_button, view.slider, view.left_button,
                   view.right_button):  # fmt: skip
        widget.hide()
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.caption_label.setFont(look.font(look.LARGE, bold=True))
    view.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    # Its still-pictures page (for reduced motion) would otherwise ask for 600 px of width
    # even while hidden; a kiosk must fit a small screen, and the figure scales anyway.
    view.setMinimumSize(20 * look.UNIT, 16 * look.UNIT)
    return view


class _Slide(QWidget):
    """One exercise: its moving figure on the left, its name and first cues on the right."""

    def __init__(self, entry: Entry, clock: Callable[[], float], reduced_motion: bool) -> None:
        super().__init__()
        self.entry = entry
        self.demonstration = quiet_demonstration(self, clock, reduced_motion=reduced_motion)
        animation = entry_animation(entry)
        if animation is not None:
            self.demonstration.set_animation(animation)
        self.demonstration.setVisible(animation is not None)
        # Name and cues shrink together (the name first) when they would not fit.
        words = look.FittedColumn(3 * look.UNIT)
        words.add_stretch(1)
        self.name_label = look.text(entry.name)
        self.name_label.setObjectName("kioskAttractName")
        words.add(self.name_label, NAME_FACTORS, bold=True, lines=NAME_LINES)
        self.cue_labels = [look.BulletLabel(cue) for cue in entry.cues[:CUES_SHOWN]]
        for label in self.cue_labels:
            words.add(label, look.LARGE)
        words.add_stretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6 * look.UNIT)
        row.addWidget(self.demonstration, 5)
        row.addWidget(words, 4)


class _TouchBand(QWidget):
    """The "Touch to start" band: a steady accent fill (nothing blinks, WCAG 2.3.1).

    A screen reader sees it as a button that starts (ui.accessibility): a blind visitor
    cannot find "anywhere on the screen", but can find and press a named button.
    """

    pressed = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        accessibility.install()
        self.text = text
        self.setFont(look.font(look.TITLE, bold=True))
        self.setMinimumHeight(self.fontMetrics().height() + 6 * look.UNIT)
        self.setAccessibleName(text)

    def accessible_press(self) -> None:
        self.pressed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = 2 * look.UNIT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.ACCENT))
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.setPen(QColor(look.ACCENT_TEXT))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


class AttractView(QWidget):
    """Loops through `entries`, one every `seconds`, while shown; `touched` on any touch.

    Every exercise has its own slide, built once: cycling only switches which one shows, so
    a day of cycling allocates nothing (see benchmarks/bench_kiosk.py). A hidden slide's
    demonstration stops its own frame timer. With `reduced_motion` each slide shows its
    exercise's key positions, still; the slides still take turns.

    `languages` are offered in a picker at the top (none when there is one language);
    `languageChosen(tag)` when one is pressed. The view does not change language itself:
    whoever owns it rebuilds it.
    """

    touched = Signal()
    languageChosen = Signal(str)

    def __init__(
        self,
        entries: Sequence[Entry],
        seconds: float,
        *,
        clinic_name: str = "",
        logo: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        languages: Sequence[str] = (),
        language: str = i18n.SOURCE_LANGUAGE,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskAttract")
        # It holds the focus so any key starts; a screen reader names what has the focus.
        self.setAccessibleName(self.tr("Start screen"))
        self.setAccessibleDescription(self.tr("Touch the screen or press any key to start."))
        self._stack = QStackedWidget()
        self.slides = [_Slide(entry, clock, reduced_motion) for entry in entries]
        for slide in self.slides:
            self._stack.addWidget(slide)
        self._timer = QTimer(self)
        self._timer.setObjectName(TIMER_NAME)
        self._timer.setInterval(round(seconds * 1000))
        self._timer.timeout.connect(self.advance)
        # Keys reach the view (any key starts, like a touch); Tab leads on to the picker.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.band = _TouchBand(self.tr("Touch the screen to start"))
        self.band.pressed.connect(self.touched)
        self.language_picker = LanguagePicker(languages, language)
        self.language_picker.chosen.connect(self.languageChosen)

        layout = QVBoxLayout(self)
        margin = 5 * look.UNIT
        layout.setContentsMargins(margin, 4 * look.UNIT, margin, margin)
        layout.setSpacing(3 * look.UNIT)
        layout.addWidget(look.brand_bar(clinic_name, logo, extra=self.language_picker))
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.band)

    @property
    def timer(self) -> QTimer:
        return self._timer

    def index(self) -> int:
        return self._stack.currentIndex()

    def current(self) -> _Slide:
        return self.slides[self.index()]

    def advance(self) -> None:
        """Show the next exercise from the start of its demonstration."""
        if not self.slides:
            return
        self.show_slide((self.index() + 1) % len(self.slides))

    def show_slide(self, index: int) -> None:
        self._stack.setCurrentIndex(index)
        self.slides[index].demonstration.set_time(0.0)

    def restart(self) -> None:
        """From the first exercise again (after a reset)."""
        if self.slides:
            self.show_slide(0)
        if self.isVisible():
            self._timer.start()

    def set_animation_time(self, seconds: float) -> None:
        """Freeze the demonstration at `seconds` (for --screenshot --at)."""
        view = self.current().demonstration
        view.pause()
        view.set_time(seconds)

    def stop(self) -> None:
        self._timer.stop()
        for slide in self.slides:
            slide.demonstration.pause()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.touched.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self.touched.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if len(self.slides) > 1:
            self._timer.start()
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
