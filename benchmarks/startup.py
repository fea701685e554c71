"""Start-up time and memory: the app's first painted library page against a bare PySide6 window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both programs run under the same harness. It patches QMainWindow.show to watch the paint
# events of the window and of every widget in it. When the first frame is done (a zero timer
# posted from the window's first paint event has fired) it prints the monotonic time of the
# last paint event of that frame and ends the process at once. CLOCK_MONOTONIC is system-wide
# on Linux, so the parent can subtract its spawn time: "process start -> first painted page",
# with neither shut-down nor work the app defers until after that frame.
HARNESS = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

class FirstFrame(QObject):
    last_paint = None
    reported = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.reported:
            if self.last_paint is None:
                QTimer.singleShot(0, self.report)
            self.last_paint = time.monotonic()
        return False

    def report(self):
        self.reported = True
        sys.stdout.write(f"first-paint {self.last_paint}\n")
        sys.stdout.flush()
        os._exit(0)

_watch = FirstFrame()
_show = QMainWindow.show

def show(self):
    for widget in [self, *self.findChildren(QWidget)]:
        widget.installEventFilter(_watch)
    _show(self)

QMainWindow.show = show
sys.argv = sys.argv[1:]
"""

# A bare PySide6 window, as small as a Qt program gets.
BASELINE = (
    HARNESS
    + r"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 800)
window.show()
app.exec()
"""
)

APP = (
    HARNESS
    + r"""
from mobility_app.cli import main
sys.exit(main())
"""
)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the first painted page, and peak RSS in MiB, of one process."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0 or "first-paint" not in out:
        raise RuntimeError(f"{command} failed: {out} {err}")
    painted = float(out.split("first-paint", 1)[1].split()[0])
    return painted - start, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(runs: int = 7) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    app_times: list[float] = []
    base_times: list[float] = []
    app_rss: list[float] = []
    base_rss: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        # The app as a person starts it: a window; its database opens after the first paint.
        app = [sys.executable, "-c", APP, "mobility-app", "--data-dir", str(data)]
        base = [sys.executable, "-c", BASELINE, "baseline"]
        _run(app, env)  # first run writes the byte-code caches and warms the disk cache
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
