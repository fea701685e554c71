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

# The same first page with none of the app behind it: the library's widgets (a menu bar with
# its 14 actions, the header, seven cards of four labels in a scrolling grid, in a stack),
# its words typed in. That is what PySide6 charges for this page built from these widgets,
# above all the Python enums it makes for every Qt class and namespace touched (the `Qt`
# namespace alone is 93 enums, ~15 ms here). So startup_ratio reads as floor (the page's
# widgets) x app-over-floor (what our code adds: imports, the catalogue, the command line,
# logging, settings, translations). Cards that paint their own text instead of holding
# labels measured no lower (within this machine's noise).
FLOOR = (
    HARNESS
    + r"""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout)

CARDS = [
    ("HELD STRETCH", "Deep squat hold", "Ankle, calf and hip mobility in a held bottom squat",
     "3 × 30 s hold · about 3 min"),
    ("CONTINUOUS MOVEMENT", "Ankle circles",
     "Ankle joint warm-up through its whole circle of movement", "2 × 25 s · each leg"),
    ("PACED REPETITIONS", "Bodyweight calf raise",
     "Calf strength and end-range ankle stretch on a step edge", "2 sets × 12 reps"),
    ("HELD STRETCH", "Wall lean stretch", "Calf and Achilles stretch against a wall",
     "3 × 30 s hold · each leg"),
    ("PACED REPETITIONS", "Half-kneeling dorsiflexion stretch",
     "Bent-knee ankle stretch for the soleus and Achilles", "8 reps · each leg"),
    ("CONTINUOUS MOVEMENT", "Downward-dog march",
     "Alternating calf and Achilles stretch in an inverted V", "2 × 30 s · about 85 s"),
    ("MOBILITY TEST", "Knee-to-wall test",
     "Measures bent-knee ankle dorsiflexion as a toe-to-wall distance", "3 trials per leg"),
]

def label(text, factor=1.0, bold=False, wrap=True):
    widget = QLabel(text)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget

class Card(QFrame):
    activated = Signal(str)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Ankle Mobility")
bar = window.menuBar()
for title, count in (("&File", 6), ("&View", 6), ("&Help", 2)):
    menu = bar.addMenu(title)
    for index in range(count):
        action = QAction(f"Item {index}", window)
        action.setShortcuts([QKeySequence(f"Ctrl+{index}")])
        menu.addAction(action)
stack = QStackedWidget(window)
page = QScrollArea(stack)
page.setWidgetResizable(True)
page.setFrameShape(QFrame.Shape.NoFrame)
body = QFrame()
column = QVBoxLayout(body)
header = QHBoxLayout()
intro = QVBoxLayout()
intro.addWidget(label("Exercise library", 1.9, bold=True))
intro.addWidget(label("Six exercises that loosen stiff ankles, and a simple test that shows "
                      "whether they are working. Choose one to see how to do it."))
header.addLayout(intro, 1)
for text in ("Progress", "Start routine"):
    header.addWidget(QPushButton(text), 0, Qt.AlignmentFlag.AlignTop)
column.addLayout(header)
grid = QGridLayout()
grid.addWidget(label("Exercises", 1.35, bold=True), 0, 0, 1, 3)
for index, (kind, name, summary, dose) in enumerate(CARDS):
    card = Card()
    card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    card.setCursor(Qt.CursorShape.PointingHandCursor)
    card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    box = QVBoxLayout(card)
    tag = label(kind, 0.9, bold=True, wrap=False)
    palette = tag.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Link))
    tag.setPalette(palette)
    for widget in (tag, label(name, 1.15, bold=True), label(summary), label(dose, 0.9)):
        box.addWidget(widget)
    grid.addWidget(card, 1 + index // 3, index % 3)
column.addLayout(grid)
column.addStretch(1)
page.setWidget(body)
stack.addWidget(page)
window.setCentralWidget(stack)
window.resize(1100, 760)
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
    floor_times: list[float] = []
    app_rss: list[float] = []
    base_rss: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        # The app as a person starts it: a window; its database opens after the first paint.
        app = [sys.executable, "-c", APP, "mobility-app", "--data-dir", str(data)]
        base = [sys.executable, "-c", BASELINE, "baseline"]
        floor = [sys.executable, "-c", FLOOR, "floor"]
        _run(app, env)  # first run writes the byte-code caches and warms the disk cache
        _run(base, env)
        _run(floor, env)
        for _ in range(runs):  # alternate, so drifting machine load hits all alike
            seconds, rss = _run(app, env)
            app_times.append(seconds)
            app_rss.append(rss)
            seconds, rss = _run(base, env)
            base_times.append(seconds)
            base_rss.append(rss)
            floor_times.append(_run(floor, env)[0])
    app_median = statistics.median(app_times)
    base_median = statistics.median(base_times)
    floor_median = statistics.median(floor_times)
    return {
        "startup_ratio": round(app_median / base_median, 3),
        "startup_ms": round(app_median * 1000, 1),
        "startup_baseline_ms": round(base_median * 1000, 1),
        # The same page hard-coded (FLOOR), against the bare window and against the app.
        "startup_floor_ratio": round(floor_median / base_median, 3),
        "startup_over_floor_ratio": round(app_median / floor_median, 3),
        "startup_rss_mib": round(statistics.median(app_rss), 1),
        "startup_baseline_rss_mib": round(statistics.median(base_rss), 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), indent=2))
