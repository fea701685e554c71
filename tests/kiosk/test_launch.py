"""Start-up: a bad config is refused with status 2; a run writes only its log; screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QImage

from mobility_app.cli import ScreenshotRequest
from mobility_app.kiosk import run_kiosk
from mobility_app.kiosk.config import KioskConfig
from mobility_app.kiosk.launch import render_attract

ROOT = Path(__file__).resolve().parents[2]


def test_no_config_refuses_to_start_and_says_how_to_set_a_pin(tmp_path, capsys):
    assert run_kiosk(None, tmp_path, None) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "kiosk.toml") in err
    assert "mobility-app kiosk-pin" in err
    assert list(tmp_path.iterdir()) == []  # refused before writing anything, even a log


def test_no_pin_hash_refuses_with_status_2(tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    config.write_text('clinic_name = "Riverside"\n', encoding="utf-8")
    assert run_kiosk(config, tmp_path, None) == 2
    err = capsys.readouterr().err
    assert "pin_hash: no PIN is set" in err
    assert "kiosk-pin" in err


def test_a_bad_key_is_named(tmp_path, capsys, pin_hash_text):
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'exercises = ["wall-lean", "moonwalk"]\npin_hash = "{pin_hash_text}"\n', encoding="utf-8"
    )
    assert run_kiosk(config, tmp_path, None) == 2
    assert "exercises[1]: there is no exercise 'moonwalk'" in capsys.readouterr().err


def test_screenshot_renders_the_attract_screen(qapp, tmp_path, kiosk_catalog):
    out = tmp_path / "kiosk.png"
    exercises = [e for e in kiosk_catalog.exercises if e.dose is not None]
    request = ScreenshotRequest(out, "kiosk", 1280, 800, 1.0)
    assert render_attract(KioskConfig(clinic_name="Riverside"), exercises, request) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


DRIVE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    import mobility_app.kiosk.shell as shell
    from mobility_app.kiosk import run_kiosk

    shown = shell.KioskWindow.show_kiosk

    def show(self):
        shown(self)

        def visit():
            self.start_session()
            session = self.session
            session.open_test()
            session.test.show_entry()
            session.test.type_text("left", "11.5")
            session.test.type_text("right", "9.5")
            session.test.show_result()
            session.open_exercise("wall-lean")
            session.start_hold()
            self.reset("test")
            self.grant_exit()

        QTimer.singleShot(300, visit)

    shell.KioskWindow.show_kiosk = show
    sys.exit(run_kiosk(Path(sys.argv[1]), Path(sys.argv[2]), None))
    """
)


def test_a_real_kiosk_run_writes_only_its_log(tmp_path, pin_hash_text):
    data = tmp_path / "data"
    data.mkdir()
    config = data / "kiosk.toml"
    config.write_text(f'pin_hash = "{pin_hash_text}"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", DRIVE, str(config), str(data)],
        env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    files = sorted(str(p.relative_to(data)) for p in data.rglob("*") if p.is_file())
    assert files == ["kiosk.toml", "logs/faults.log", "logs/mobility-app.log"]
    log = (data / "logs" / "mobility-app.log").read_text(encoding="utf-8")
    assert "Session started" in log and "Session reset (test)" in log and "Admin exit" in log
    # Nothing the visitor entered reaches the log.
    assert "11.5" not in log and "9.5" not in log
