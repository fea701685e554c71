"""The player's countdown: a progress ring around digits big enough to read across a room."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mobility_app.ui import style

RingPhase = Literal["idle", "ready", "work", "rest", "switch", "paused"]

FLASH_MS = 300  # one pulse; WCAG 2.3.1 allows at most three flashes in any second
FLASH_MIN_GAP = 1 / 3  # s between pulse starts: closer requests are merged into one
THICKNESS = 0.075  # of the ring's diameter
DIGIT_HEIGHT = 0.5  # digit height over the inner diameter: ~23% of an 800 px window
# Two digits that wide still keep their corners inside the ring's inner circle.
DIGIT_WIDTH = 0.84


@dataclass(frozen=True)
class RingState:
    """What the ring shows; `marks` are fractions where a tempo phase begins."""

    fraction: float = 0.0
    text: str = ""
    caption: str = ""
    phase: RingPhase = "idle"
    marks: tuple[float, ...] = field(default=())


def phase_colour(phase: RingPhase, palette: QPalette) -> QColor:
    """Okabe-Ito colours with at least 3:1 contrast against the window, in both themes.

    Orange is too light on white (2.2:1), so get-ready and switch use vermillion there.
    """
    dark = style.is_dark(palette)
    if phase == "work":
        return style.accent(palette)
    if phase == "rest":
        return QColor(style.BLUISH_GREEN)
    if phase in ("ready", "switch"):
        return QColor(style.ORANGE if dark else style.VERMILLION)
    # Paused or idle: a grey that still stands out from the track.
    return style.secondary_colour(palette)


def digit_font(base: QFont, inner: float, text: str) -> QFont:
    """`base` at the pixel size that makes digits DIGIT_HEIGHT of `inner` and `text` fit."""
    font = QFont(base)
    font.setWeight(QFont.Weight.DemiBold)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    digit = metrics.tightBoundingRect("0123456789").height() or 72.0
    size = 100 * DIGIT_HEIGHT * inner / digit
    width = metrics.horizontalAdvance(text or "0") * size / 100
    if width > DIGIT_WIDTH * inner:
        size *= DIGIT_WIDTH * inner / width
    font.setPixelSize(max(1, math.floor(size)))
    return font


def ring_geometry(side: float) -> tuple[float, float, float]:
    """(thickness, radius of the ring's centre line, inner diameter) for a square of `side`."""
    thickness = side * THICKNESS
    # Room for the flash to grow without clipping at the widget's edge.
    radius = (side - thickness * 1.8) / 2
    return thickness, radius, 2 * radius - thickness


def draw_ring(
    painter: QPainter, rect: QRectF, state: RingState, palette: QPalette, flash: float = 0.0
) -> None:
    """Paint the ring, its marks, the digits and the caption centred in `rect`.

    `flash` (0..1) widens the ring and adds a halo: a pulse in size and colour, not a
    full-screen change of brightness.
    """
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    centre = rect.center()
    thickness, radius, inner_diameter = ring_geometry(side)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    colour = phase_colour(state.phase, palette)
    track = palette.color(QPalette.ColorRole.Midlight)
    if style.is_dark(palette):
        track = palette.color(QPalette.ColorRole.Mid)

    if flash > 0:
        halo = QColor(colour)
        halo.setAlphaF(0.35 * flash)
        painter.setPen(QPen(halo, thickness * (1 + 0.8 * flash)))
        painter.drawEllipse(box)
    painter.setPen(QPen(track, thickness))
    painter.drawEllipse(box)
    fraction = min(max(state.fraction, 0.0), 1.0)
    if fraction > 0:
        pen = QPen(colour, thickness * (1 + 0.3 * flash))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # Clockwise from twelve o'clock: Qt angles are in 1/16 degree, counter-clockwise.
        painter.drawArc(box, 90 * 16, -round(fraction * 360 * 16))
    if state.marks:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), max(2.0, thickness / 6)))
        for mark in state.marks:
            angle = math.radians(90 - 360 * mark)
            direction = QPointF(math.cos(angle), -math.sin(angle))
            inner, outer = radius - thickness / 2, radius + thickness / 2
            painter.drawLine(centre + direction * inner, centre + direction * outer)

    text_colour = palette.color(QPalette.ColorRole.WindowText)
    painter.setPen(text_colour)
    font = digit_font(painter.font(), inner_diameter, state.text)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    digits = metrics.tightBoundingRect("0123456789")
    # Centre the digits' ink, not the font's line box, then hang the caption below them.
    caption_size = max(1, round(inner_diameter * 0.075))
    lift = caption_size * 0.9 if state.caption else 0.0
    baseline = centre.y() + digits.height() / 2 - lift
    width = metrics.horizontalAdvance(state.text)
    painter.drawText(QPointF(centre.x() - width / 2, baseline), state.text)
    if state.caption:
        caption_font = QFont(painter.font())
        caption_font.setPixelSize(caption_size)
        caption_font.setWeight(QFont.Weight.Normal)
        painter.setFont(caption_font)
        painter.setPen(style.secondary_colour(palette))
        line = QRectF(box.left(), baseline + caption_size * 0.6, box.width(), caption_size * 1.6)
        painter.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         state.caption)  # fmt: skip
    painter.restore()


class CountdownRing(QWidget):
    """Shows a RingState; `flash()` pulses it for a visual cue, at most three times a second."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self._clock = clock
        self._state = RingState()
        self._spoken = ""
        self._last_flash: float | None = None
        self._flash_level = 0.0
        self._flash = QVariantAnimation(self)
        self._flash.setObjectName("countdown-flash")
        self._flash.setStartValue(1.0)
        self._flash.setEndValue(0.0)
        self._flash.setDuration(FLASH_MS)
        self._flash.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._flash.valueChanged.connect(self._flash_step)
        self._flash.finished.connect(self._flash_done)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(24 * style.UNIT, 24 * style.UNIT)
        self.setAccessibleName(self.tr("Countdown"))

    def sizeHint(self) -> QSize:
        return QSize(60 * style.UNIT, 60 * style.UNIT)

    def state(self) -> RingState:
        return self._state

    def set_state(
        self,
        fraction: float,
        text: str,
        phase: RingPhase,
        *,
        caption: str = "",
        marks: Sequence[float] = (),
        spoken: str = "",
    ) -> None:
        """Show `text` (the big number) over `caption`, the ring filled to `fraction`.

        `spoken` is what a screen reader says; it is set only when it changes, so a reader
        is not told the same second ten times.
        """
        state = RingState(fraction, text, caption, phase, tuple(marks))
        if state != self._state:
            self._state = state
            self.update()
        if spoken and spoken != self._spoken:
            self._spoken = spoken
            self.setAccessibleDescription(spoken)

    def flash(self) -> bool:
        """Pulse once; merged into the current pulse if one began under 1/3 s ago."""
        now = self._clock()
        if self._last_flash is not None and now - self._last_flash < FLASH_MIN_GAP:
            return False
        self._last_flash = now
        self._flash.stop()
        self._flash.start()
        return True

    def digit_height(self) -> float:
        """Height in pixels of the number's ink as painted now (for layout checks)."""
        inner = ring_geometry(min(self.width(), self.height()))[2]
        font = digit_font(self.font(), inner, self._state.text)
        return QFontMetricsF(font).tightBoundingRect(self._state.text or "0").height()

    def is_flashing(self) -> bool:
        return self._flash.state() == QVariantAnimation.State.Running

    def flash_level(self) -> float:
        return self._flash_level

    def stop_flash(self) -> None:
        self._flash.stop()
        self._flash_done()

    def _flash_step(self, value: object) -> None:
        self._flash_level = float(value) if isinstance(value, int | float) else 0.0
        self.update()

    def _flash_done(self) -> None:
        self._flash_level = 0.0
        self.update()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_flash()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            draw_ring(painter, QRectF(self.rect()), self._state, self.palette(), self._flash_level)
        finally:
            painter.end()
