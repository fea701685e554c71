"""Kiosk mode: a self-running, touch-first display that teaches the exercises and stores nothing.

Importing this package does not import Qt (the `kiosk-pin` sub-command must start fast and
work without a display); `run_kiosk` imports the shell when it is called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mobility_app.cli import ScreenshotRequest


def run_kiosk(
    config_path: Path | None,
    data_dir: Path | None,
    screenshot: ScreenshotRequest | None = None,
) -> int:
    """The whole life of a kiosk process; returns the exit status (0, 2 bad config, 1 other)."""
    from mobility_app.kiosk.launch import run

    return run(config_path, data_dir, screenshot)


__all__ = ["run_kiosk"]
