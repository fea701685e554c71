"""Progress page speed with years of results, a large import, and the commit of one result.

progress_open_ms_10k: a fresh process (so importing pyqtgraph and numpy really counts) with a
QApplication and 10,000 results (two legs, about five years, a third with angles) already in
memory: milliseconds from before `import ProgressPage` to the end of the first painted frame
after `set_data` and `show` at 1280x800. Median of three processes. Goal <= 400 ms.
progress_reopen_ms_10k: in the same process, hide the page, then `set_data` with the same
results and show it again, to the end of the painted frame. Median of seven. Goal <= 50 ms.
import_s_100k: `exchange.import_file` of a 100,000-row valid CSV into a fresh database file
(parse, check, duplicate check, one transaction). Goal <= 2 s.
record_commit_ms_p50: median of 30 `storage.add_measurement` calls into a real database file,
each committed with synchronous=FULL (one fsync per result, DESIGN.md §4).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mobility_app.storage import Measurement, Session, SessionItem  # noqa: E402

ZONE = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2021, 1, 4, 7, 30, tzinfo=ZONE)


def realistic_measurements(count: int = 10_000, years: float = 5.0, seed: int = 1) -> list:
    """Both legs tested together, a slow gain on the left, one in three with an angle."""
    rng = random.Random(seed)
    span = years * 365.25 * 86400
    rows = []
    for i in range(count // 2):
        when = START + dt.timedelta(seconds=span * i / (count // 2))
        progress = i / (count // 2)
        for side, first, gain, minutes in (("left", 9.0, 3.0, 0), ("right", 10.5, 1.5, 3)):
            distance = round(first + gain * progress + rng.gauss(0, 0.6), 1)
            angle = round(33 + 2 * (distance - 9) + rng.gauss(0, 1.5), 1) if i % 3 == 0 else None
            note = "after a long run" if i % 97 == 0 else ""
            taken = when + dt.timedelta(minutes=minutes)
            rows.append(Measurement(taken, side, distance, angle, note, len(rows) + 1))
    return rows


def realistic_sessions(years: float = 5.0, seed: int = 2) -> list:
    """Practice on about four days a week."""
    rng = random.Random(seed)
    sessions = []
    for day in range(int(years * 365.25)):
        if rng.random() < 4 / 7:
            start = START + dt.timedelta(days=day, hours=10)
            item = SessionItem(0, "wall-lean", "left", 1, 30.0, 30.0, False, start)
            end = start + dt.timedelta(minutes=12)
            sessions.append(Session(len(sessions) + 1, "Routine", start, end, "finished", (item,)))
    return sessions


CHILD = r"""
import json, os, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from bench_progress import realistic_measurements, realistic_sessions
from mobility_app.settings import Settings

app = QApplication(["bench"])
measurements, sessions, settings = realistic_measurements(), realistic_sessions(), Settings()

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.seen = set()
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.seen.add(watched)
        return False

def shown_and_painted(page):
    # Every visible widget (the plot's viewport included) has painted this frame.
    watcher = Painted()
    widgets = [w for w in [page, *page.findChildren(QWidget)]]
    for widget in widgets:
        widget.installEventFilter(watcher)
    page.show()
    wanted = {page, page.plot.viewport()}
    deadline = time.perf_counter() + 10
    while not wanted <= watcher.seen and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()  # the rest of the frame's paint events
    for widget in widgets:
        widget.removeEventFilter(watcher)

start = time.perf_counter()
from mobility_app.ui.progress_page import ProgressPage
page = ProgressPage()
page.resize(1280, 800)
page.set_data(measurements, sessions, settings)
shown_and_painted(page)
opened = (time.perf_counter() - start) * 1000
reopened = []
for _ in range(7):
    page.hide()
    app.processEvents()
    start = time.perf_counter()
    page.set_data(measurements, sessions, settings)
    shown_and_painted(page)
    reopened.append((time.perf_counter() - start) * 1000)
print(json.dumps({"open": opened, "reopen": statistics.median(reopened)}))
"""


def page_times(runs: int = 3) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    here = str(Path(__file__).resolve().parent)
    command = [sys.executable, "-c", CHILD, here, str(ROOT)]
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm byte-code caches
    results = []
    for _ in range(runs):
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return (
        statistics.median(r["open"] for r in results),
        statistics.median(r["reopen"] for r in results),
    )


def write_csv(path: Path, rows: int = 100_000) -> None:
    """A valid export-format CSV: both legs, some angles and notes, all in the past."""
    rng = random.Random(3)
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("taken_at,side,distance_cm,angle_deg,note\r\n")
        for i in range(rows):
            when = START + dt.timedelta(minutes=30 * (i // 2), seconds=i % 2)
            side = "left" if i % 2 == 0 else "right"
            angle = f"{rng.uniform(30, 45):.1f}" if i % 3 == 0 else ""
            note = "felt tight" if i % 50 == 0 else ""
            line = f"{when.isoformat()},{side},{rng.uniform(6, 15):.1f},{angle},{note}\r\n"
            stream.write(line)


def import_seconds(folder: Path) -> float:
    from mobility_app.exchange import import_file
    from mobility_app.storage import open_database

    source = folder / "results.csv"
    write_csv(source)
    database, _ = open_database(folder / "import.sqlite3", folder / "backups", now=_now)
    try:
        start = time.perf_counter()
        report = import_file(database, source, now=_now())
        seconds = time.perf_counter() - start
    finally:
        database.close()
    if report.added != 100_000:
        raise RuntimeError(f"imported {report.added} rows, expected 100000")
    return seconds


def commit_ms(folder: Path, count: int = 30) -> float:
    from mobility_app.storage import add_measurement, open_database

    database, _ = open_database(folder / "record.sqlite3", folder / "backups", now=_now)
    times = []
    try:
        for i in range(count):
            result = Measurement(_now(), "left" if i % 2 else "right", 11.5, None, "")
            start = time.perf_counter()
            add_measurement(database, result, now=_now)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        database.close()
    return statistics.median(times)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def measure() -> dict[str, float]:
    opened, reopened = page_times()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seconds = import_seconds(folder)
        commit = commit_ms(folder)
    return {
        "progress_open_ms_10k": round(opened, 1),
        "progress_reopen_ms_10k": round(reopened, 1),
        "import_s_100k": round(seconds, 3),
        "record_commit_ms_p50": round(commit, 2),
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
