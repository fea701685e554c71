"""The whole program as a person runs it: start-up, screenshots, recovery, shut-down."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mobility_app import app, cli, paths
from mobility_app.catalog.builtin import ARTICLE_ORDER

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "mobility_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_screenshot_of_the_library_from_the_command_line(tmp_path):
    shot = tmp_path / "library.png"
    result = run_cli(
        "--data-dir", str(tmp_path / "d"), "--screenshot", str(shot), "--size", "1024x700"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 700)
    # Every file written went under --data-dir; showing content needs no database.
    assert (tmp_path / "d" / "logs" / "mobility-app.log").is_file()
    assert not (tmp_path / "d" / paths.DATABASE_NAME).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", "library.png"]


def test_unknown_exercise_page_is_bad_input(tmp_path):
    result = run_cli(
        "--data-dir",
        str(tmp_path),
        "--screenshot",
        str(tmp_path / "x.png"),
        "--page",
        "exercise:no-such-thing",
    )
    assert result.returncode == cli.EXIT_BAD_INPUT
    assert "no page 'exercise:no-such-thing'" in result.stderr
    assert "exercise:wall-lean" in result.stderr


@pytest.mark.parametrize("entry_id", ARTICLE_ORDER)
def test_every_entry_page_renders(qapp, tmp_path, entry_id):
    shot = tmp_path / f"{entry_id}.png"
    request = cli.ScreenshotRequest(shot, f"exercise:{entry_id}", 900, 700, 0.0)
    where = paths.resolve(tmp_path)
    window = app.build_window(app.Services(where, app.load_content(where)), None)
    try:
        from mobility_app.screenshot import render_page

        assert render_page(window, request) == 0
    finally:
        window.close()
        window.deleteLater()
    image = QImage(str(shot))
    assert image.width() == 900 and not image.isNull()
    # Not a blank page: many distinct colours (text is antialiased).
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20


def test_garbage_database_is_set_aside_and_the_app_carries_on(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    garbage = os.urandom(5000)
    (data / paths.DATABASE_NAME).write_bytes(garbage)
    with running_app(data) as log_text:
        log_text.wait_for("Database recovered")
    kept = list(data.glob(paths.DATABASE_NAME + ".corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert "kept, not deleted" in log_text()
    assert run_cli("--data-dir", str(data), "check").returncode == 0


def test_check_exits_1_after_recovery_then_0(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / paths.DATABASE_NAME).write_bytes(b"not a database at all" * 50)
    first = run_cli("--data-dir", str(data), "check")
    assert first.returncode == 1 and "kept, not deleted" in first.stdout
    second = run_cli("check", "--data-dir", str(data))
    assert second.returncode == 0 and "sound" in second.stdout


def test_unwritable_data_dir_gives_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run_cli("--data-dir", str(blocker / "data"), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 0
    assert "cannot write to" in result.stderr and "Traceback" not in result.stderr
    check = run_cli("--data-dir", str(blocker / "data"), "check")
    assert check.returncode == 1 and "Traceback" not in check.stderr


class _LogReader:
    """Reads the app's log file; `wait_for` polls it (bounded) until a line appears."""

    def __init__(self, path: Path, process: subprocess.Popen[str]) -> None:
        self.path = path
        self.process = process

    def __call__(self) -> str:
        return self.path.read_text() if self.path.exists() else ""

    def wait_for(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self():
            assert self.process.poll() is None, f"app exited early: {self()}"
            assert time.monotonic() < deadline, f"no '{text}' in log: {self()}"
            time.sleep(0.05)  # polling another process's file; no Qt loop here to wait on


@contextlib.contextmanager
def running_app(data: Path):
    """Start the GUI offscreen, wait until it is ready, and stop it with SIGTERM after."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [sys.executable, "-m", "mobility_app", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader = _LogReader(data / "logs" / "mobility-app.log", process)
    try:
        reader.wait_for("ready")
        yield reader
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_sigterm_shuts_down_cleanly_after_opening_storage(tmp_path):
    with running_app(tmp_path) as log_text:
        log_text.wait_for("Database opened")
    assert "stopped" in log_text()
    assert (tmp_path / paths.DATABASE_NAME).is_file()


def test_at_seconds_poses_the_demonstration(qapp, tmp_path):
    from mobility_app.screenshot import render_page

    where = paths.resolve(tmp_path)
    images = []
    for at in (0.0, 3.0, 3.0):
        window = app.build_window(app.Services(where, app.load_content(where)), None)
        try:
            shot = tmp_path / f"squat-{at}.png"
            request = cli.ScreenshotRequest(shot, "exercise:deep-squat", 1000, 700, at)
            assert render_page(window, request) == 0
        finally:
            window.close()
            window.deleteLater()
        images.append(QImage(str(shot)))
    # Two times give different pictures; the same time gives the same picture.
    assert images[0] != images[1]
    assert images[1] == images[2]
