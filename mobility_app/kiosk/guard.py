"""The kiosk's lock-down at the Qt level: keys and menus swallowed, input noticed, cursor hidden.

An application-wide event filter sees every event before its widget does, including the
ShortcutOverride Qt sends before it triggers a shortcut; accepting that one tells Qt the key
is taken, so no QShortcut or QAction anywhere fires for it. What the operating system keeps
for itself (Ctrl+Alt+Del, VT switching) is dealt with in packaging/kiosk/.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QKeySequence, QMouseEvent, QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

log = logging.getLogger("mobility.kiosk")

# Keys that only move around or type into the kiosk's own pads. Everything else (Escape,
# F-keys, the Menu key, and any key with Ctrl, Alt or Meta) is swallowed.
ALLOWED_KEYS = frozenset(
    {
        *(getattr(Qt.Key, f"Key_{n}") for n in range(10)),
        Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space,
        Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
        Qt.Key.Key_Down, Qt.Key.Key_Period, Qt.Key.Key_Comma,
    }
)  # fmt: skip
ALLOWED_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier

_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
_SWALLOWED = frozenset(
    {
        QEvent.Type.ContextMenu, QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis,
        QEvent.Type.EnterWhatsThisMode, QEvent.Type.ToolTip, QEvent.Type.DragEnter,
        QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.FileOpen,
    }
)  # fmt: skip
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate, QEvent.Type.Wheel, QEvent.Type.TabletPress,
    }
)  # fmt: skip
CURSOR_TIMER = "kiosk-cursor-timer"
CURSOR_HIDE_MS = 3000


def key_allowed(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    return key in ALLOWED_KEYS and not (modifiers & ~ALLOWED_MODIFIERS)


def sequence_allowed(sequence: QKeySequence) -> bool:
    if sequence.count() != 1:
        return False
    combined = sequence[0]  # type: ignore[index]  # PySide6's stubs lack __getitem__
    return key_allowed(combined.key(), combined.keyboardModifiers())


_WATCHED = "kioskClickCounts"


class InputGuard(QObject):
    """Swallows what could lead out of the kiosk and reports every bit of input as `activity`."""

    activity = Signal()
    pointerMoved = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed = 0  # how many events were refused (for the tests and the log)
        self._last_pointer: QPointF | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEYS:
            assert isinstance(event, QKeyEvent)
            if kind == QEvent.Type.KeyPress:
                self.activity.emit()
            if key_allowed(event.key(), event.modifiers()):
                return False
            # Accepting the override claims the key, so no shortcut is triggered by it.
            event.accept()
            self.swallowed += 1
            return True
        if kind == QEvent.Type.Shortcut:
            assert isinstance(event, QShortcutEvent)
            if sequence_allowed(event.key()):
                return False
            self.swallowed += 1
            return True
        if kind in _SWALLOWED:
            event.accept()
            self.swallowed += 1
            return True
        if kind in _INPUT:
            self.activity.emit()
        elif kind == QEvent.Type.Polish and isinstance(watched, QAbstractButton):
            # A screen reader presses a button through its accessible action, with no input
            # event at all: the click itself must count, or the visitor is reset mid-use.
            if not watched.property(_WATCHED):
                watched.setProperty(_WATCHED, True)
                watched.clicked.connect(self.activity)
        elif kind == QEvent.Type.MouseMove:
            assert isinstance(event, QMouseEvent)
            # Qt also sends moves when a widget appears under a still pointer; only a real
            # move counts as someone being there.
            where = event.globalPosition()
            if where != self._last_pointer:
                self._last_pointer = where
                self.activity.emit()
                self.pointerMoved.emit()
        return False


class CursorHider(QObject):
    """Hides the mouse pointer after a few seconds without movement; a move shows it again."""

    def __init__(
        self, parent: QObject | None = None, *, hide_after_ms: int = CURSOR_HIDE_MS
    ) -> None:
        super().__init__(parent)
        self._hidden = False
        self._timer = QTimer(self)
        self._timer.setObjectName(CURSOR_TIMER)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hide_after_ms)
        self._timer.timeout.connect(self.hide_cursor)

    @property
    def hidden(self) -> bool:
        return self._hidden

    @property
    def timer(self) -> QTimer:
        return self._timer

    def moved(self) -> None:
        if self._hidden:
            self._hidden = False
            QApplication.restoreOverrideCursor()
        self._timer.start()

    def hide_cursor(self) -> None:
        self._timer.stop()
        if not self._hidden:
            self._hidden = True
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))

    def shutdown(self) -> None:
        """Stop the timer and give the pointer back (the admin has left the kiosk)."""
        self._timer.stop()
        if self._hidden:
            self._hidden = False
            QApplication.restoreOverrideCursor()
