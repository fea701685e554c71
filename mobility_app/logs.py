"""Logging to a rotating file in the data directory (and to stderr for warnings)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FILE_NAME = "mobility-app.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = True) -> Path | None:
    """Send log records to `log_dir/mobility-app.log`; return its path, or None if unwritable.

    The file rotates at 1 MiB and keeps three old copies, so a long-running kiosk cannot fill
    the disk. Warnings also go to stderr, where a terminal user sees them at once.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_mobility_app", False):
            root.removeHandler(handler)
            handler.close()

    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._mobility_app = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    else:
        # Sub-commands print their own report; without a handler Python's last-resort
        # handler would repeat every warning on stderr.
        null = logging.NullHandler()
        null._mobility_app = True  # type: ignore[attr-defined]
        root.addHandler(null)

    path = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8", delay=False
        )
    except OSError as exc:
        logging.getLogger("mobility.app").warning("Cannot write the log file %s: %s", path, exc)
        return None
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._mobility_app = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return path


def shutdown_logging() -> None:
    """Close the handlers this module added (so files are flushed and released)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_mobility_app", False):
            root.removeHandler(handler)
            handler.close()
