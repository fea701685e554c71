"""Run something once a widget has been painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Posted, so the rest of this frame (the children's paint events) happens first.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        self._callback()
        self.deleteLater()


def call_after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` from the event loop right after `widget`'s first complete paint.

    A zero-timeout timer started before show() fires *before* the first paint, so work
    scheduled that way delays the moment a person first sees the window.
    """
    widget.installEventFilter(_FirstPaintWatcher(widget, callback))


def show_and_wait_for_paint(widget: QWidget, timeout_ms: int = 10_000) -> None:
    """Show `widget` and run the event loop until its first frame has painted (or timeout).

    For screenshots: layouts have settled and fonts are loaded once the first paint is done.
    """
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    call_after_first_paint(widget, loop.quit)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(timeout_ms)
    widget.show()
    loop.exec()
    deadline.stop()
