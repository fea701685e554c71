"""Logging to a rotating file in the data directory (and to stderr for warnings)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_FILE_NAME = "mobility-app.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = True) -> Path | None:
    """Send log records to `log_dir/mobility-app.log`; return its path, or None if unwritable.

    At start-up a file over 1 MiB is rotated, keeping three old copies, so the logs cannot
    fill the disk. (Rotating at start-up, not while running, keeps `logging.handlers` and its
    socket and pickle imports off the start-up path; the app logs a few lines a session.)
    Warnings also go to stderr, where a terminal user sees them at once.
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
        rotate(path)
        file_handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        logging.getLogger("mobility.app").warning("Cannot write the log file %s: %s", path, exc)
        return None
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._mobility_app = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return path


def rotate(path: Path, *, max_bytes: int = 1024 * 1024, keep: int = 3) -> None:
    """Shift path -> path.1 -> … -> path.<keep> when path is larger than max_bytes."""
    if not path.exists() or path.stat().st_size <= max_bytes:
        return
    for index in range(keep, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        newer = path if index == 1 else path.with_name(f"{path.name}.{index - 1}")
        if newer.exists():
            newer.replace(older)


def shutdown_logging() -> None:
    """Close the handlers this module added (so files are flushed and released)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_mobility_app", False):
            root.removeHandler(handler)
            handler.close()
