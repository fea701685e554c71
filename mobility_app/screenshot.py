"""Render one page of the main window off screen, after it has painted, and save it as PNG."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from mobility_app.ui.first_paint import show_and_wait_for_paint

if TYPE_CHECKING:
    from mobility_app.cli import ScreenshotRequest
    from mobility_app.ui.main_window import MainWindow

log = logging.getLogger("mobility.screenshot")


def render_page(window: MainWindow, request: ScreenshotRequest) -> int:
    """Show `request.page` at the requested size and time, grab it, save it; return exit code."""
    from mobility_app.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK

    try:
        window.show_page(request.page, request.at_seconds)
    except KeyError:
        known = "library, test, progress, sessions, routines, settings, kiosk, "
        known += ", ".join(f"exercise:{e.id}" for e in window.catalog.entries)
        known += ", " + ", ".join(f"player:{e.id}" for e in window.catalog.exercises)
        print(
            f"mobility-app: no page '{request.page}'. Pages: {known}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    window.resize(request.width, request.height)
    show_and_wait_for_paint(window)
    image = window.grab()
    if not image.save(str(request.path), "PNG"):
        print(f"mobility-app: cannot write {request.path}", file=sys.stderr)
        return EXIT_FAILURE
    log.info("Saved %s (%s, %dx%d)", request.path, request.page, request.width, request.height)
    return EXIT_OK
