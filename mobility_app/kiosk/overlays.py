"""What lies over the kiosk's screens: the staff corner and the idle warning."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mobility_app.kiosk import look

HOTSPOT = 12 * look.UNIT


class Hotspot(QWidget):
    """An invisible square in the top-left corner that counts taps for the staff gesture."""

    tapped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHotspot")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(0, 0, HOTSPOT, HOTSPOT)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.tapped.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # Quick taps arrive as press, double-click, press, double-click…: each is a tap.
        event.accept()
        self.tapped.emit()


class StillThere(QWidget):
    """The idle warning over everything: "Still there?" and the seconds left, large.

    To a screen reader it is a button ("Still there? Press to carry on") whose Press
    dismisses it, like a touch; it is announced when it appears.
    """

    stayed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStillThere")
        self.setAccessibleName(self.tr("Still there? Press to carry on."))
        layout = QVBoxLayout(self)
        side = 10 * look.UNIT
        layout.setContentsMargins(side, side, side, side)
        layout.addStretch(1)
        self.title = look.text(self.tr("Still there?"), look.HUGE, bold=True,
                               colour=look.ACCENT_TEXT, centre=True)  # fmt: skip
        self.seconds = look.text("", look.HUGE * 1.6, bold=True, colour=look.ACCENT_TEXT,
                                 centre=True)  # fmt: skip
        self.seconds.setObjectName("kioskStillThereSeconds")
        hint = look.text(self.tr("Touch anywhere to carry on. Otherwise everything you "
                                 "entered is cleared."), look.LARGE,
                         colour=look.ACCENT_TEXT, centre=True)  # fmt: skip
        for widget in (self.title, self.seconds, hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.hide()

    def set_seconds(self, remaining: float) -> None:
        self.seconds.setText(str(max(0, math.ceil(remaining))))

    def accessible_press(self) -> None:
        self.stayed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the touch that dismisses the warning presses nothing underneath

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), look.SCRIM)
        painter.end()
