"""Demonstration drawing cost at 1920×1080 against a plain line figure, and idle timers when hidden.

Figures: ``frame_ms_p50`` / ``frame_ms_p99`` for the most expensive built-in animation (one
QPainter per frame, as in a paintEvent, at many different times), ``frame_baseline_ms_p50`` for a
plain 15-line antialiased figure drawn the same way in the same run (so the ratio means something
on a noisy machine), and ``idle_timers_after_hide``: active QTimers once a shown demonstration is
hidden (must be 0). Usage: python benchmarks/bench_motion.py
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1920, 1080)
FRAMES = 300
WARM_UP = 30
PROBE_FRAMES = 40


def _app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # Only a fresh process picks the platform; an existing app (under pytest) is reused.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))
    return ordered[index]


def _time_frames(paint, frames: int) -> list[float]:
    """Milliseconds for each call of paint(i), after a warm-up."""
    for i in range(WARM_UP):
        paint(i)
    samples = []
    for i in range(frames):
        start = time.perf_counter_ns()
        paint(i)
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def _frame_painter(image, draw_one):
    from PySide6.QtGui import QPainter

    def paint(i: int) -> None:
        painter = QPainter(image)
        draw_one(painter, i)
        painter.end()

    return paint


def _animation_samples(image, animation, frames: int) -> list[float]:
    from PySide6.QtCore import QRectF

    from mobility_app.motion.render import draw

    rect = QRectF(0, 0, *SIZE)
    step = animation.duration / frames

    def draw_one(painter, i: int) -> None:
        draw(painter, rect, i * step, animation)

    return _time_frames(_frame_painter(image, draw_one), frames)


def _baseline_samples(image, frames: int) -> list[float]:
    """A plain jointed figure: 15 thick antialiased round-capped lines, moving a little."""
    from PySide6.QtCore import QLineF, Qt
    from PySide6.QtGui import QColor, QPainter, QPen

    pen = QPen(QColor("black"), 24, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)

    def draw_one(painter: QPainter, i: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        swing = 60 * math.sin(i / 20)
        x, y = 960.0, 150.0
        for k in range(15):
            angle = math.radians(90 + swing * ((k % 3) - 1) + k * 7)
            nx, ny = x + 55 * math.cos(angle), y + 55 * math.sin(angle)
            painter.drawLine(QLineF(x, y, nx, ny))
            x, y = (nx, ny) if k % 4 != 3 else (960.0, 150.0 + 50 * k / 3)

    return _time_frames(_frame_painter(image, draw_one), frames)


def _idle_timers_after_hide(animation) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from mobility_app.ui.demonstration import DemonstrationView

    view = DemonstrationView()
    view.set_animation(animation)
    view.resize(800, 600)
    view.show()
    QCoreApplication.processEvents()
    view.hide()
    QCoreApplication.processEvents()
    timers = QApplication.instance().findChildren(QTimer)
    for widget in QApplication.topLevelWidgets():
        timers += widget.findChildren(QTimer)
    count = sum(1 for timer in set(timers) if timer.isActive())
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, 0)
    return count


def measure(frames: int = FRAMES) -> dict[str, float]:
    """Frame times for the costliest built-in animation and a baseline, plus idle timers."""
    _app()
    from PySide6.QtGui import QColor, QImage

    from mobility_app import paths
    from mobility_app.catalog import entry_animation, load_catalog

    catalog = load_catalog(paths.builtin_exercises_dir())
    animations = {e.id: a for e in catalog.entries if (a := entry_animation(e)) is not None}
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    probe = {
        entry_id: statistics.median(_animation_samples(image, animation, PROBE_FRAMES))
        for entry_id, animation in animations.items()
    }
    costliest = max(probe, key=probe.__getitem__)
    samples = _animation_samples(image, animations[costliest], frames)
    baseline = _baseline_samples(image, frames)
    return {
        "frame_ms_p50": round(statistics.median(samples), 3),
        "frame_ms_p99": round(_percentile(samples, 0.99), 3),
        "frame_baseline_ms_p50": round(statistics.median(baseline), 3),
        "idle_timers_after_hide": float(_idle_timers_after_hide(animations[costliest])),
    }


def main() -> int:
    print(json.dumps(measure(), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
