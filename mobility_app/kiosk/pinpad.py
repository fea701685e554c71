"""A big on-screen number pad, and the staff PIN pad built on it (with its lock-out display)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from mobility_app.kiosk import look
from mobility_app.kiosk.pin import PIN_DIGITS, PinLock
from mobility_app.ui.panels import Panel

KEY_SIZE = 11 * look.UNIT
BACKSPACE = "back"
CLEAR = "clear"
LOCK_TIMER = "kiosk-pin-lock-timer"


class Keypad(QWidget):
    """Digits 1–9 and 0, with `extra` (a decimal point, or Clear) left of 0 and ⌫ right of it.

    Emits `keyPressed` with "0"–"9", the extra key's text or CLEAR, or BACKSPACE.
    """

    keyPressed = Signal(str)

    def __init__(
        self, extra: str = CLEAR, *, key_size: int = KEY_SIZE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3 * look.UNIT)
        self.keys: dict[str, look.TouchButton] = {}
        labels = [str(n) for n in range(1, 10)] + [extra, "0", BACKSPACE]
        for index, key in enumerate(labels):
            shown = {CLEAR: self.tr("Clear"), BACKSPACE: "⌫"}.get(key, key)
            # A word on a key gets body size, so "Clear" fits where a digit does.
            factor = look.BODY if len(shown) > 1 else look.TITLE
            button = look.TouchButton(shown, factor=factor)
            button.setObjectName(f"key-{key}")
            button.setFixedSize(QSize(key_size + 2 * look.UNIT, key_size))
            names = {CLEAR: self.tr("Clear"), BACKSPACE: self.tr("Delete the last digit")}
            if key == extra and extra != CLEAR:
                # "." or "," alone is read out as punctuation, if at all.
                names[key] = self.tr("Decimal point")
            button.setAccessibleName(names.get(key, key))
            button.clicked.connect(lambda _checked=False, k=key: self.keyPressed.emit(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button

    def set_enabled(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled)


class _Dots(QWidget):
    """One dot per digit typed: the PIN itself is never shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.setMinimumHeight(4 * look.UNIT)

    def sizeHint(self) -> QSize:
        return QSize(PIN_DIGITS[1] * 4 * look.UNIT, 4 * look.UNIT)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.count:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.TEXT))
        size = 2.5 * look.UNIT
        step = 4 * look.UNIT
        left = (self.width() - (self.count - 1) * step - size) / 2
        for index in range(self.count):
            painter.drawEllipse(QRectF(left + index * step, (self.height() - size) / 2, size, size))
        painter.end()


class PinPad(QWidget):
    """The staff exit: a scrim over the kiosk, a PIN pad, and the lock-out countdown.

    Checks go through the shell's PinLock, so five wrong PINs lock the pad for 30 s however
    often it is closed and opened. `granted` means the right PIN was typed.
    """

    granted = Signal()
    cancelled = Signal()

    def __init__(self, lock: PinLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPinPad")
        self._lock = lock
        self._digits: list[str] = []
        self._showing_lock = False
        self._timer = QTimer(self)
        self._timer.setObjectName(LOCK_TIMER)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._refresh_lock)

        card = Panel(self)
        card.setObjectName("kioskPinCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(6 * look.UNIT, 4 * look.UNIT, 6 * look.UNIT, 5 * look.UNIT)
        inner.setSpacing(2 * look.UNIT)
        inner.addWidget(look.text(self.tr("Staff exit"), look.TITLE, bold=True, centre=True))
        inner.addWidget(look.text(self.tr("Type the PIN to close the kiosk."), centre=True))
        self.keypad = Keypad(CLEAR)
        self.keypad.keyPressed.connect(self.press)
        self.dots = _Dots()
        self.message = look.text("", look.BODY, colour=look.WARNING, centre=True)
        self.message.setObjectName("kioskPinMessage")
        self.message.setMinimumWidth(30 * look.UNIT)
        self.cancel_button = look.TouchButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("kioskPinCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.ok_button = look.TouchButton(self.tr("Exit"), primary=True)
        self.ok_button.setObjectName("kioskPinOk")
        self.ok_button.clicked.connect(self.submit)
        # Keypad beside the status column, not above it: the pad must fit a 800 px high
        # screen at kiosk type size.
        side = QVBoxLayout()
        side.setSpacing(look.GAP)
        side.addWidget(self.dots)
        side.addWidget(self.message)
        side.addStretch(1)
        side.addWidget(self.ok_button)
        side.addWidget(self.cancel_button)
        body = QHBoxLayout()
        body.setSpacing(6 * look.UNIT)
        body.addWidget(self.keypad)
        body.addLayout(side)
        inner.addSpacing(look.UNIT)
        inner.addLayout(body)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        # Staff with a keyboard can type the PIN too (digits, Backspace, Enter pass the guard).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    # --- input -------------------------------------------------------------------------------

    def press(self, key: str) -> None:
        if self._lock.locked_remaining() > 0:
            return
        if key == BACKSPACE:
            if self._digits:
                self._digits.pop()
        elif key == CLEAR:
            self._digits.clear()
        elif key.isdigit() and len(self._digits) < PIN_DIGITS[1]:
            self._digits.append(key)
        self.dots.count = len(self._digits)
        self.dots.update()
        self.ok_button.setEnabled(len(self._digits) >= PIN_DIGITS[0])

    def submit(self) -> None:
        if len(self._digits) < PIN_DIGITS[0]:
            return
        pin = "".join(self._digits)
        self._forget()
        verdict = self._lock.submit(pin)
        if verdict == "granted":
            self.message.setText("")
            self.granted.emit()
            return
        if verdict == "wrong":
            left = self._lock.attempts_left()
            self.message.setText(
                self.tr("Wrong PIN. %n tries left before the pad locks.", "", left)
            )
        self._refresh_lock()

    def cancel(self) -> None:
        self._forget()
        self.hide()
        self.cancelled.emit()

    def open(self) -> None:
        self._forget()
        if self._lock.locked_remaining() <= 0:
            self.message.setText("")
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh_lock()

    # --- internals ---------------------------------------------------------------------------

    def _forget(self) -> None:
        self._digits.clear()
        self.dots.count = 0
        self.dots.update()
        self.ok_button.setEnabled(False)

    def _refresh_lock(self) -> None:
        remaining = self._lock.locked_remaining()
        locked = remaining > 0
        self.keypad.set_enabled(not locked)
        if locked:
            self._showing_lock = True
            seconds = math.ceil(remaining)
            self.message.setText(
                self.tr("Too many wrong PINs. The pad is locked for %n more seconds.", "", seconds)
            )
            if self.isVisible() and not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            if self._showing_lock:
                self._showing_lock = False
                self.message.setText(self.tr("The pad is unlocked. Type the PIN."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        if not self.isVisible():
            # Qt can leave the keyboard focus on a hidden widget when nothing else takes
            # focus (kiosk buttons do not): a closed pad must not go on taking a PIN.
            return
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.press(chr(key))
        elif key == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()

    def is_locked(self) -> bool:
        return self._lock.locked_remaining() > 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), look.SCRIM)
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def hideEvent(self, event: QHideEvent) -> None:
        # However the pad goes away (Cancel, a reset, the exit), what was typed goes with it.
        self._forget()
        self._timer.stop()
        self.clearFocus()
        super().hideEvent(event)
