"""The animated exercise demonstration: picture, phase caption and playback controls."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mobility_app.motion.keyframes import Animation
from mobility_app.motion.props import STAGE_HEIGHT, STAGE_WIDTH
from mobility_app.motion.render import draw
from mobility_app.ui import style

FRAME_INTERVAL_MS = 16  # about 60 frames a second; each tick only asks for a repaint
TIMER_NAME = "demonstration-frame-timer"
SPEEDS = (1.0, 0.5)


class _Picture(QWidget):
    """Paints the demonstration at a time its owner supplies; nothing else happens here."""

    def __init__(self, view: DemonstrationView, fixed_time: float | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._fixed_time = fixed_time
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return QSize(80 * style.UNIT, self.heightForWidth(80 * style.UNIT))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # The stage's own proportions, so the picture fills its box without bands.
        return round(width * STAGE_HEIGHT / STAGE_WIDTH)

    def minimumSizeHint(self) -> QSize:
        return QSize(24 * style.UNIT, 15 * style.UNIT)

    def paintEvent(self, event: QPaintEvent) -> None:
        animation = self._view.animation
        if animation is None:
            return
        t = self._view.time() if self._fixed_time is None else self._fixed_time
        painter = QPainter(self)
        try:
            draw(
                painter, QRectF(self.rect()), t, animation, side=self._view.side,
                palette=self.palette(),
            )  # fmt: skip
        finally:
            painter.end()


# A scrub slider shorter than this many text lines is too fiddly to use.
SLIDER_MIN_LINES = 8


class DemonstrationView(QWidget):
    """Loops an exercise's demonstration, with play/pause, speed, side and a scrub slider.

    Time comes from `clock` (``time.monotonic`` unless a test injects one) times the speed;
    the frame timer only requests repaints, and it runs only while the view is shown, is
    playing and motion is not reduced.
    """

    captionChanged = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("demonstrationView")
        self._clock = clock
        self.animation: Animation | None = None
        self.side = "left"
        self._speed = 1.0
        self._playing = True
        self._reduced = False
        self._shown = False
        self._origin_t = 0.0  # animation time at `_origin_clock`
        self._origin_clock = clock()
        self._caption = ""

        self._timer = QTimer(self)
        self._timer.setObjectName(TIMER_NAME)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

        self._picture = _Picture(self)
        self._picture.setAccessibleName(self.tr("Exercise demonstration"))
        self.caption_label = style.label("", style.HEADING_3, bold=True)
        self.caption_label.setObjectName("demonstrationCaption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setAccessibleName(self.tr("Current step"))

        self._stills = QWidget()
        self._still_pictures: list[_Picture] = []
        self._stills_layout = QHBoxLayout(self._stills)
        self._stills_layout.setContentsMargins(0, 0, 0, 0)
        self._stills_layout.setSpacing(2 * style.UNIT)

        live = QWidget()
        live_layout = QVBoxLayout(live)
        live_layout.setContentsMargins(0, 0, 0, 0)
        live_layout.setSpacing(style.UNIT)
        live_layout.addWidget(self._picture, 1)
        live_layout.addWidget(self.caption_label)
        self._stack = QStackedWidget()
        self._stack.addWidget(live)
        self._stack.addWidget(self._stills)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)
        layout.addWidget(self._stack, 1)
        # The scrub slider sits on its own line above the buttons when the row is too narrow
        # for it (large text, a narrow column), instead of being squeezed to a stub.
        self._slider_line = QHBoxLayout()
        layout.addLayout(self._slider_line)
        layout.addLayout(self._build_controls())
        # Tab order follows reading order: play, speed, scrub, then the side. Set once the
        # controls belong to this widget (Qt refuses to order widgets of different windows).
        order = (self.play_button, self.speed_button, self.slider, self.left_button,
                 self.right_button)  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._sync_controls()

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(style.UNIT)
        self.play_button = QPushButton()
        self.play_button.setObjectName("demonstrationPlay")
        self.play_button.clicked.connect(self.toggle_playing)
        self.speed_button = QPushButton(self.tr("0.5×"))
        self.speed_button.setObjectName("demonstrationSpeed")
        self.speed_button.setCheckable(True)
        self.speed_button.setAccessibleName(self.tr("Half speed"))
        self.speed_button.setToolTip(self.tr("Play at half speed"))
        self.speed_button.toggled.connect(lambda on: self.set_speed(0.5 if on else 1.0))
        self.left_button = QPushButton(self.tr("Left"))
        self.right_button = QPushButton(self.tr("Right"))
        self._sides = QButtonGroup(self)
        for button, side in ((self.left_button, "left"), (self.right_button, "right")):
            button.setObjectName(f"demonstrationSide-{side}")
            button.setCheckable(True)
            name = self.tr("Show the left leg") if side == "left" else self.tr("Show the right leg")
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _checked=False, s=side: self.set_side(s))
            self._sides.addButton(button)
        self.left_button.setChecked(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("demonstrationScrub")
        self.slider.setAccessibleName(self.tr("Position in the demonstration"))
        self.slider.setSingleStep(100)
        self.slider.setPageStep(1000)
        self.slider.valueChanged.connect(self._scrubbed)
        self._inline_slot = QHBoxLayout()
        self._inline_slot.addWidget(self.slider)
        row.addWidget(self.play_button)
        row.addWidget(self.speed_button)
        row.addLayout(self._inline_slot, 1)
        row.addSpacing(style.UNIT)
        row.addWidget(self.left_button)
        row.addWidget(self.right_button)
        return row

    def _place_slider(self) -> None:
        """In the row when there is room for a usable slider beside the buttons, else above."""
        buttons = (self.play_button, self.speed_button, self.left_button, self.right_button)
        needed = sum(b.sizeHint().width() for b in buttons) + 5 * style.UNIT
        needed += SLIDER_MIN_LINES * self.fontMetrics().height()
        inline = self.width() >= needed
        if inline and self._slider_line.indexOf(self.slider) >= 0:
            self._inline_slot.addWidget(self.slider)
        elif not inline and self._inline_slot.indexOf(self.slider) >= 0:
            self._slider_line.addWidget(self.slider)

    # --- public API -------------------------------------------------------------------

    def set_animation(self, animation: Animation) -> None:
        """Show `animation` from its start, keeping the play state, speed and side."""
        self.animation = animation
        self.slider.blockSignals(True)
        self.slider.setRange(0, round(animation.duration * 1000))
        self.slider.blockSignals(False)
        self._origin_t, self._origin_clock = 0.0, self._clock()
        self._caption = ""
        self._build_stills()
        self._refresh()
        self._update_timer()

    def time(self) -> float:
        """Current animation time in seconds, within the loop."""
        t = self._origin_t
        if self._running():
            t += (self._clock() - self._origin_clock) * self._speed
        return self.animation.wrap(t) if self.animation is not None else t

    def set_time(self, seconds: float) -> None:
        """Jump to `seconds` into the loop (e.g. for a screenshot); playing continues from there."""
        self._origin_t = self.animation.wrap(seconds) if self.animation else seconds
        self._origin_clock = self._clock()
        self._refresh()

    def is_playing(self) -> bool:
        return self._playing

    def play(self) -> None:
        if not self._playing:
            self._origin_clock = self._clock()
            self._playing = True
            self._sync_controls()
            self._update_timer()

    def pause(self) -> None:
        if self._playing:
            self._origin_t = self.time()
            self._playing = False
            self._sync_controls()
            self._update_timer()
            self._refresh()

    def toggle_playing(self) -> None:
        self.pause() if self._playing else self.play()

    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        """Play at `speed` (1.0 or 0.5) from the current position, without a jump."""
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}")
        self._origin_t, self._origin_clock = self.time(), self._clock()
        self._speed = speed
        self.speed_button.blockSignals(True)
        self.speed_button.setChecked(speed == 0.5)
        self.speed_button.blockSignals(False)

    def set_side(self, side: str) -> None:
        """Demonstrate the `side` ("left" or "right") leg; the figure mirrors."""
        if side not in ("left", "right"):
            raise ValueError("side must be 'left' or 'right'")
        self.side = side
        (self.left_button if side == "left" else self.right_button).setChecked(True)
        self._picture.update()
        for still in self._still_pictures:
            still.update()

    def reduced_motion(self) -> bool:
        return self._reduced

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show the key positions side by side, still, instead of the moving figure."""
        self._reduced = reduced
        self._stack.setCurrentIndex(1 if reduced else 0)
        for widget in (self.play_button, self.speed_button, self.slider):
            widget.setVisible(not reduced)
        self._update_timer()
        self._refresh()

    def caption(self) -> str:
        return self._caption

    def still_count(self) -> int:
        """How many key positions the reduced-motion view shows."""
        return len(self._still_pictures)

    def frame_timer(self) -> QTimer:
        return self._timer

    # --- internals ----------------------------------------------------------------------

    def _running(self) -> bool:
        return self._playing and self._shown and not self._reduced

    def _update_timer(self) -> None:
        if self._running() and self.animation is not None:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def _tick(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self._picture.update()
        self._sync_controls()

    def _sync_controls(self) -> None:
        if self._playing:
            self.play_button.setText(self.tr("Pause"))
            self.play_button.setAccessibleName(self.tr("Pause the demonstration"))
        else:
            self.play_button.setText(self.tr("Play"))
            self.play_button.setAccessibleName(self.tr("Play the demonstration"))
        if self.animation is None:
            return
        t = self.time()
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(round(t * 1000))
            self.slider.blockSignals(False)
        caption = self.animation.caption_at(t)
        if caption != self._caption:
            self._caption = caption
            self.caption_label.setText(caption)
            self._picture.setAccessibleDescription(caption)
            self.captionChanged.emit(caption)

    def _scrubbed(self, value: int) -> None:
        self.set_time(value / 1000)

    def _build_stills(self) -> None:
        self._still_pictures = []
        while self._stills_layout.count():
            item = self._stills_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if self.animation is None:
            return
        for t in self.animation.key_times():
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(style.UNIT)
            picture = _Picture(self, fixed_time=t)
            self._still_pictures.append(picture)
            caption = self.animation.caption_at(t)
            picture.setAccessibleName(caption)
            column.addWidget(picture, 1)
            text = style.label(caption, style.SECONDARY)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            column.addWidget(text)
            column.addStretch(1)
            self._stills_layout.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_slider()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        self._origin_clock = self._clock()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        # Freeze the time where it is, so the loop resumes from the same spot when shown.
        self._origin_t = self.time()
        self._shown = False
        self._timer.stop()
        super().hideEvent(event)
