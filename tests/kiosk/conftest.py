"""Kiosk test fixtures: a fast PIN hash, the catalogue, and a kiosk window on manual clocks.

Every kiosk test runs on an English system (whatever the machine's locale) and leaves the
interface in English, since a kiosk window applies its language when it is built.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from mobility_app import paths
from mobility_app.catalog import load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.kiosk.config import KioskConfig
from mobility_app.kiosk.pin import hash_pin, parse_pin_hash
from mobility_app.routine import ManualClock

PIN = "2468"
# n=2^10 keeps each check to a millisecond; the format and the code path are the real ones.
FAST_N = 1024
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    yield
    from mobility_app.ui.language import apply_language

    apply_language("en")


@pytest.fixture(scope="session")
def spanish_catalogue() -> Path:
    """The compiled Spanish catalogue, with the kiosk's texts in it (compiled if missing)."""
    from PySide6.QtCore import QTranslator

    from mobility_app.ui.language import CATALOG_PREFIX, translations_dir

    compiled = translations_dir() / f"{CATALOG_PREFIX}es.qm"
    if not compiled.is_file():
        script = ROOT / "scripts" / "translations.py"
        subprocess.run([sys.executable, str(script), "compile"], cwd=ROOT, capture_output=True,
                       check=False, timeout=120)  # fmt: skip
    # A failure, not a skip: scripts/setup.sh compiles it, so missing means a broken set-up.
    if not compiled.is_file():
        pytest.fail(f"no {compiled.name}: `python scripts/translations.py compile` failed")
    probe = QTranslator()
    if not probe.load(str(compiled)) or not probe.translate("HomeView", "Start over"):
        pytest.fail(
            f"{compiled.name} has no kiosk texts: run `python scripts/translations.py compile`"
        )
    return compiled


@pytest.fixture(scope="session")
def pin_hash_text() -> str:
    return hash_pin(PIN, n=FAST_N)


@pytest.fixture(scope="session")
def kiosk_catalog():
    return load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)


@pytest.fixture
def kiosk_config(pin_hash_text) -> KioskConfig:
    return KioskConfig(pin_hash=parse_pin_hash(pin_hash_text), clinic_name="Test clinic")


class Clocks:
    """The three clocks a kiosk window reads, all moved by hand."""

    def __init__(self) -> None:
        self.idle = ManualClock()
        self.hold = ManualClock()
        self.demonstration = ManualClock()


@pytest.fixture
def make_kiosk(qtbot, kiosk_catalog, kiosk_config):
    """Build a shown KioskWindow; every one is shut down at the end of the test."""
    from mobility_app.kiosk.shell import KioskWindow

    built = []

    def make(**changes):
        config = replace(kiosk_config, **changes)
        clocks = Clocks()
        exercises = [e for e in kiosk_catalog.exercises if e.dose is not None]
        window = KioskWindow(
            config,
            exercises,
            kiosk_catalog.get("knee-to-wall"),
            clock=clocks.idle,
            hold_clock=clocks.hold,
            demonstration_clock=clocks.demonstration,
            today=lambda: dt.date(2026, 11, 24),
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        built.append(window)
        return window, clocks

    yield make
    for window in built:
        window.shutdown()
