"""A result acknowledged by `record` survives the process being killed right after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from mobility_app.storage import list_measurements, open_database

ROOT = Path(__file__).resolve().parent.parent

BURST = textwrap.dedent(
    """
    import sys
    from mobility_app import cli

    data = sys.argv[1]
    for n in range(10_000):
        when = f"2026-01-01T00:{n // 60 % 60:02d}:{n % 60:02d}"
        code = cli.main(["record", "--data-dir", data, "--left", "10", "--when", when])
        assert code == 0
        # Acknowledged only after record returned: the row must be on disk by now.
        print(f"ack {n}", flush=True)
    """
)


def test_kill_during_a_burst_of_record_loses_no_acknowledged_result(tmp_path):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [sys.executable, "-c", BURST, str(tmp_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    acknowledged = -1
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("ack "):
                acknowledged = int(line.split()[1])
            if acknowledged >= 15:
                break
        # Killed mid-burst, with no chance to flush or close anything.
        process.send_signal(signal.SIGKILL)
        # Lines already written to the pipe were acknowledged too.
        rest, _ = process.communicate(timeout=30)
        acknowledged = max(
            [acknowledged] + [int(s.split()[1]) for s in rest.splitlines() if s.startswith("ack ")]
        )
    finally:
        if process.poll() is None:
            process.kill()
    assert acknowledged >= 15
    db, _ = open_database(tmp_path / "mobility.sqlite3", tmp_path / "backups", now=_now)
    try:
        stored = len(list_measurements(db))
    finally:
        db.close()
    assert stored >= acknowledged + 1  # acks count from 0


def _now():
    import datetime as dt

    return dt.datetime.now().astimezone()
