"""Render one page of the main window off screen, after it has painted, and save it as PNG."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer

if TYPE_CHECKING:
    from mobility_app.cli import ScreenshotRequest
    from mobility_app.ui.main_window import MainWindow

log = logging.getLogger("mobility.screenshot")


class _PaintWatcher(QObject):
    """Notes when the watched widget has received its first paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def render_page(window: MainWindow, request: ScreenshotRequest) -> int:
    """Show `request.page` at the requested size and time, grab it, save it; return exit code."""
    from mobility_app.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK

    try:
        window.show_page(request.page)
    except KeyError:
        known = ", ".join(f"exercise:{e.id}" for e in window.catalog.entries)
        print(f"mobility-app: no page '{request.page}'. Pages: library, {known}", file=sys.stderr)
        return EXIT_BAD_INPUT
    window.set_animation_time(request.at_seconds)
    window.resize(request.width, request.height)
    watcher = _PaintWatcher()
    window.installEventFilter(watcher)
    window.show()
    # Wait for the first real paint (layouts settled, fonts loaded), with a safety limit.
    loop = QEventLoop()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(5000)
    poll = QTimer()
    poll.timeout.connect(lambda: watcher.painted and loop.quit())
    poll.start(5)
    loop.exec()
    poll.stop()
    deadline.stop()
    window.removeEventFilter(watcher)
    QCoreApplication.processEvents()
    image = window.grab()
    if not image.save(str(request.path), "PNG"):
        print(f"mobility-app: cannot write {request.path}", file=sys.stderr)
        return EXIT_FAILURE
    log.info("Saved %s (%s, %dx%d)", request.path, request.page, request.width, request.height)
    return EXIT_OK
