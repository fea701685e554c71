"""Kiosk memory over a day of use: RSS growth across 1,000 accelerated attract cycles.

Figure: ``kiosk_rss_growth_mib`` — resident memory (from /proc/self/statm) after 1,000 cycles
minus after a warm-up, in MiB; goal ≤ 10 MiB, so the kiosk can run all day. Each cycle
drives the attract loop's own `advance()` (what its timer calls) and lets Qt paint the
1920×1080 window; every tenth cycle a whole visit happens too — a touch, the test typed in
with its QR code, a guided hold started, then the idle reset that drops all of it — since a
leak would most likely hide in what a reset throws away. Usage: python benchmarks/bench_kiosk.py
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CYCLES = 1000
WARM_UP = 100
VISIT_EVERY = 10
SIZE = (1920, 1080)


def _app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def rss_mib() -> float:
    """Resident set size now: the second field of /proc/self/statm, in pages."""
    resident_pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _settle(app) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    # What deleteLater() scheduled; the event loop would do this between two events.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _visit(window, clocks) -> None:
    """One visitor: touch, the test with its QR code, a hold started, then left alone."""
    window.start_session()
    session = window.session
    session.open_test()
    session.test.show_entry()
    session.test.type_text("left", "11.5")
    session.test.type_text("right", "10")
    session.test.show_result()
    session.open_exercise("wall-lean")
    session.start_hold()
    session.hold.player.stop()
    clocks.advance(window.config.idle_seconds + window.config.warning_seconds)
    window.poll_idle()


def measure() -> dict[str, float]:
    app = _app()
    from mobility_app import paths
    from mobility_app.catalog import load_catalog
    from mobility_app.catalog.builtin import ARTICLE_ORDER
    from mobility_app.kiosk.config import KioskConfig
    from mobility_app.kiosk.pin import hash_pin, parse_pin_hash
    from mobility_app.kiosk.shell import KioskWindow
    from mobility_app.routine import ManualClock

    catalog = load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)
    exercises = [e for e in catalog.exercises if e.dose is not None]
    config = KioskConfig(pin_hash=parse_pin_hash(hash_pin("2468", n=1024)), clinic_name="Clinic")
    idle_clock, motion_clock = ManualClock(), ManualClock()
    window = KioskWindow(
        config, exercises, catalog.get("knee-to-wall"), clock=idle_clock, hold_clock=ManualClock(),
        demonstration_clock=motion_clock, today=lambda: dt.date(2026, 11, 24),
    )  # fmt: skip
    window.resize(*SIZE)
    window.show()
    try:

        def cycle(index: int) -> None:
            motion_clock.advance(config.attract_seconds)
            window.attract.advance()
            window.attract.current().demonstration.frame_timer().timeout.emit()
            if index % VISIT_EVERY == VISIT_EVERY - 1:
                _visit(window, idle_clock)
            _settle(app)

        for index in range(WARM_UP):
            cycle(index)
        gc.collect()
        before = rss_mib()
        for index in range(CYCLES):
            cycle(index)
        gc.collect()
        _settle(app)
        growth = rss_mib() - before
    finally:
        window.shutdown()
        window.hide()
        window.deleteLater()
        _settle(app)
    return {"kiosk_rss_growth_mib": round(growth, 2)}


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2, sort_keys=True))
