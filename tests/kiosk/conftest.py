"""Kiosk test fixtures: a fast PIN hash, the catalogue, and a kiosk window on manual clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

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
