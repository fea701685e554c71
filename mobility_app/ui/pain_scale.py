"""An optional 0-10 pain rating in one click: eleven painted cells, no answer by default."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mobility_app.i18n import fill
from mobility_app.ui import style

LOW, HIGH = 0, 10
CELL = 6 * style.UNIT  # 48 px: above the 44 px minimum for a touch target
GAP = style.UNIT // 2

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_OWN_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace,
    *_DIGIT_KEYS,
}


class PainScale(QWidget):
    """0 (no pain) to 10 (worst imaginable); clicking the chosen cell again clears it.

    One focusable widget rather than eleven buttons, so Tab passes it in one step and Space
    stays free for the player's start key. Keys: arrows, digits 0-9, Home, End (10), Delete
    (clear). It claims those keys before the page's shortcuts do.
    """

    valueChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFont(style.scaled_font(style.HEADING_3, bold=True))
        self._describe()

    def sizeHint(self) -> QSize:
        count = HIGH - LOW + 1
        return QSize(count * CELL + (count - 1) * GAP, CELL)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not LOW <= value <= HIGH:
            raise ValueError(f"a pain rating is {LOW} to {HIGH}, not {value}")
        if value != self._value:
            self._value = value
            self._describe()
            self.update()
            self.valueChanged.emit(value)

    def clear(self) -> None:
        self.set_value(None)

    def cell_rect(self, value: int) -> QRectF:
        return QRectF((value - LOW) * (CELL + GAP), 0, CELL, CELL)

    def value_at(self, point: QPoint) -> int | None:
        for value in range(LOW, HIGH + 1):
            if self.cell_rect(value).contains(point.toPointF()):
                return value
        return None

    def _describe(self) -> None:
        if self._value is None:
            self.setAccessibleDescription(self.tr("Not rated"))
        else:
            self.setAccessibleDescription(fill(self.tr("%1 out of 10"), self._value))

    # Events

    def event(self, event: QEvent) -> bool:
        # Claim the arrows and digits before the page's shortcuts (Left = back) see them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and Qt.Key(event.key()) in _OWN_KEYS
            and not event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        current = self._value
        if key in _DIGIT_KEYS:
            self.set_value(_DIGIT_KEYS[key])
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(LOW if current is None else min(current + 1, HIGH))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(LOW if current is None else max(current - 1, LOW))
        elif key == Qt.Key.Key_Home:
            self.set_value(LOW)
        elif key == Qt.Key.Key_End:
            self.set_value(HIGH)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        value = self.value_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or value is None:
            super().mousePressEvent(event)
            return
        self.set_value(None if value == self._value else value)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.value_at(event.position().toPoint())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        fill = style.accent(palette)
        on_fill = QColor("#000000") if style.is_dark(palette) else QColor("#FFFFFF")
        focus_cell = self._value if self._value is not None else LOW
        for value in range(LOW, HIGH + 1):
            rect = self.cell_rect(value).adjusted(1, 1, -1, -1)
            chosen = value == self._value
            border = palette.color(QPalette.ColorRole.Mid)
            width = 1.0
            if self.hasFocus() and value == focus_cell:
                border, width = palette.color(QPalette.ColorRole.Highlight), 3.0
            elif value == self._hover:
                border, width = palette.color(QPalette.ColorRole.Highlight), 1.5
            painter.setPen(QPen(border, width))
            painter.setBrush(fill if chosen else palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(rect, style.UNIT, style.UNIT)
            painter.setPen(on_fill if chosen else palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()
