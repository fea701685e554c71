"""Start-up time and memory: the app's library page against a bare PySide6 window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The baseline does what the app's --screenshot does, with nothing of ours: start Python,
# import Qt, show a QMainWindow, wait for its first paint, grab it, save a PNG, exit.
BASELINE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False

def done():
    window.grab().save(sys.argv[1], "PNG")
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 800)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from spawn to exit, and peak RSS in MiB, of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}: {stderr}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(runs: int = 7) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    app_times: list[float] = []
    base_times: list[float] = []
    app_rss: list[float] = []
    base_rss: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shot = str(Path(tmp) / "shot.png")
        app = [
            sys.executable,
            "-m",
            "mobility_app",
            "--data-dir",
            str(data),
            "--screenshot",
            shot,
            "--page",
            "library",
            "--size",
            "1280x800",
        ]
        base = [sys.executable, "-c", BASELINE, shot]
        _run(app, env)  # first run creates the database and warms the disk cache
        _run(base, env)
        for _ in range(runs):  # alternate, so drifting machine load hits both alike
            seconds, rss = _run(app, env)
            app_times.append(seconds)
            app_rss.append(rss)
            seconds, rss = _run(base, env)
            base_times.append(seconds)
            base_rss.append(rss)
    app_median = statistics.median(app_times)
    base_median = statistics.median(base_times)
    return {
        "startup_ratio": round(app_median / base_median, 3),
        "startup_ms": round(app_median * 1000, 1),
        "startup_baseline_ms": round(base_median * 1000, 1),
        "startup_rss_mib": round(statistics.median(app_rss), 1),
        "startup_baseline_rss_mib": round(statistics.median(base_rss), 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), indent=2))
