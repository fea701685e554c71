"""Crash handling and logging: a crash leaves a log file and reaches the person."""

from __future__ import annotations

import logging
import sys

from mobility_app import crash, logs


def test_excepthook_writes_a_crash_log_and_shows_it(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install_excepthook(tmp_path, lambda text, path: shown.append((text, path)))
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    ((text, path),) = shown
    assert "ValueError: boom" in text and "Ankle Mobility" in text
    assert path is not None and path.parent == tmp_path and path.name.startswith("crash-")
    assert "ValueError: boom" in path.read_text()


def test_crash_log_failure_still_shows_the_dialog(tmp_path, monkeypatch):
    shown = []
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(blocker / "sub", lambda text, path: shown.append(path))
    try:
        raise RuntimeError("x")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown == [None]


def test_logging_goes_to_a_rotating_file(tmp_path):
    path = logs.setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("mobility.test").info("hello from the test")
    finally:
        logs.shutdown_logging()
    assert path is not None and "hello from the test" in path.read_text()


def test_unwritable_log_dir_falls_back_without_raising(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    try:
        assert logs.setup_logging(blocker / "logs") is None
    finally:
        logs.shutdown_logging()


def test_large_log_is_rotated_at_start_keeping_three(tmp_path):
    log = tmp_path / "mobility-app.log"
    for generation in range(5):
        log.write_text(f"generation {generation}\n" + "x" * 2000)
        logs.rotate(log, max_bytes=1000, keep=3)
    assert not log.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["mobility-app.log.1", "mobility-app.log.2", "mobility-app.log.3"]
    assert (tmp_path / "mobility-app.log.1").read_text().startswith("generation 4")
    small = tmp_path / "small.log"
    small.write_text("short")
    logs.rotate(small, max_bytes=1000)
    assert small.read_text() == "short"
