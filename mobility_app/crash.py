"""Crash handling: write a crash log, tell the person, and stop cleanly on SIGTERM."""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from mobility_app import __version__

log = logging.getLogger("mobility.crash")

# Kept open for the life of the process: faulthandler writes to it from a signal context.
_fault_file: IO[str] | None = None


def write_crash_log(crash_dir: Path, text: str, *, now: dt.datetime | None = None) -> Path | None:
    """Write `text` to a new crash-<time>.log; return its path, or None if that failed."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    path = crash_dir / f"crash-{stamp}.log"
    try:
        crash_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def format_crash(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    header = f"Ankle Mobility {__version__} on Python {sys.version.split()[0]}, {sys.platform}\n"
    return header + "".join(lines)


def install_excepthook(
    crash_dir: Path, show: Callable[[str, Path | None], None] | None = None
) -> None:
    """Log any uncaught exception to a crash file and show it.

    Qt swallows exceptions raised in slots after printing them; with this hook they are kept
    in a file the person can send us, and `show` (a dialog in the GUI) says where it is.
    """

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = format_crash(exc_type, exc, tb)
        log.critical("Uncaught exception:\n%s", text)
        path = write_crash_log(crash_dir, text)
        if show is not None:
            try:
                show(text, path)
            except Exception:  # the dialog itself failed: the file and log still hold it
                log.exception("Could not show the crash dialog")

    sys.excepthook = hook


def enable_faulthandler(crash_dir: Path) -> None:
    """Dump a Python traceback to a file if the process dies in C code (segfault, abort)."""
    global _fault_file
    try:
        crash_dir.mkdir(parents=True, exist_ok=True)
        _fault_file = (crash_dir / "faults.log").open("a", encoding="utf-8")
    except OSError:
        _fault_file = None
    if _fault_file is not None:
        faulthandler.enable(file=_fault_file)
    elif sys.stderr is not None:
        faulthandler.enable()


def install_sigterm_handler(quit_app: Callable[[], None]) -> Callable[[], None] | None:
    """Make SIGTERM and SIGINT quit through the Qt event loop, so shutdown runs in order.

    Python runs signal handlers only between bytecodes, which never happens while Qt sits in
    its C++ event loop. A wake-up pipe watched by a QSocketNotifier gives Python control at
    once. Returns a function that undoes this, or None where it is not supported (Windows).
    """
    if os.name != "posix":
        return None
    from PySide6.QtCore import QSocketNotifier, QTimer

    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)
    old_fd = signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read)

    def drain() -> None:
        try:
            while os.read(read_fd, 512):
                pass
        except BlockingIOError:
            pass

    notifier.activated.connect(drain)

    def handler(signum: int, _frame: object) -> None:
        log.info("Received signal %d, quitting", signum)
        # Posted, not called: a quit() before the event loop runs would be lost.
        QTimer.singleShot(0, quit_app)

    old_term = signal.signal(signal.SIGTERM, handler)
    old_int = signal.signal(signal.SIGINT, handler)

    def restore() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(old_fd)
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGINT, old_int)
        os.close(read_fd)
        os.close(write_fd)

    return restore
