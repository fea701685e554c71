"""The app as a real screen reader sees it: over AT-SPI, from another process.

Qt's own QAccessible objects can look right while nothing reaches the accessibility bus (no
bridge, wrong names after Qt's mapping, actions that do nothing). So this test starts a
private X server (Xvfb), a private session D-Bus and the AT-SPI bus launcher, then the app
with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and runs tests/a11y/atspi_probe.py with the SYSTEM
python3 (python3-gi + gir1.2-atspi-2.0): it walks every page through AT-SPI actions (menu
items and buttons), lists each control's role and name, and presses buttons.

Skipped, with the reason, where any of that cannot run (a bare CI machine).
Set ATSPI_REPORT=FILE.json to keep the probe's full report (scripts/atspi_check.sh does).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mobility_app import paths
from mobility_app.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
DEBS = "xvfb dbus-daemon at-spi2-core gir1.2-atspi-2.0 python3-gi"

# Interactive controls a screen reader reads with NO name today, by (page, role, where).
# Each must get an accessible name (issue: "Screen readers"); when one is fixed, remove it
# here: the test fails on a stale entry as well as on a new unnamed control.
# The first run found nine (scroll areas, their bars, the player page itself); all are named
# now (ui.style.name_scroll_area). Add an entry here only with a reason it cannot be named.
KNOWN_UNNAMED: set[tuple[str, str, str]] = set()


def _why_not_runnable() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (Debian: {DEBS})"
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        return f"at-spi-bus-launcher is missing (Debian: at-spi2-core; all: {DEBS})"
    if not Path(SYSTEM_PYTHON).exists():
        return f"no system {SYSTEM_PYTHON} to run the AT-SPI client"
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
        timeout=30,
    )
    if check.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import gi's Atspi (Debian: python3-gi gir1.2-atspi-2.0)"
    return None


_REASON = _why_not_runnable()
pytestmark = pytest.mark.skipif(_REASON is not None, reason=f"real AT-SPI check: {_REASON}")


class Stack:
    """Xvfb + session bus + AT-SPI bus + the app; each in its own process group."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        home = tmp / "home"
        home.mkdir()
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "LANG": "C.UTF-8",
            "NO_AT_BRIDGE": "0",
        }

    def _spawn(self, argv: list[str], log: str, **kw) -> subprocess.Popen:
        out = (self.tmp / log).open("wb")
        proc = subprocess.Popen(
            argv,
            env=self.env,
            stdout=kw.pop("stdout", out),
            stderr=out,
            stdin=subprocess.DEVNULL,
            process_group=0,
            **kw,
        )
        out.close()
        self.procs.append(proc)
        return proc

    def _read_line(self, fd: int, what: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        data = b""
        os.set_blocking(fd, False)
        while b"\n" not in data:
            try:
                chunk = os.read(fd, 4096)
            except BlockingIOError:
                chunk = None
            if chunk == b"":
                break
            if chunk:
                data += chunk
            elif time.monotonic() > deadline:
                break
            else:
                time.sleep(0.02)
        os.close(fd)
        line = data.decode().strip()
        if not line:
            raise RuntimeError(f"{what} did not start; see {self.tmp}")
        return line.splitlines()[0]

    def start(self) -> None:
        # X server on a free display: Xvfb picks it and writes the number to our pipe.
        read, write = os.pipe()
        self._spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            "xvfb.log",
            pass_fds=(write,),
        )
        os.close(write)
        self.env["DISPLAY"] = ":" + self._read_line(read, "Xvfb")
        # A private session bus, then the accessibility bus, both before the app.
        read, write = os.pipe()
        self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write}"],
            "dbus.log",
            pass_fds=(write,),
        )
        os.close(write)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(read, "dbus-daemon")
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        self._spawn([launcher, "--launch-immediately"], "at-spi-bus.log")
        self.wait_for_a11y_bus()

    def wait_for_a11y_bus(self, timeout: float = 10.0) -> None:
        """Bounded poll until org.a11y.Bus hands out the accessibility bus's address."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                env=self.env, capture_output=True, text=True, timeout=5,
            )  # fmt: skip
            if got.returncode == 0 and "unix:" in got.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError(f"the AT-SPI bus did not come up; see {self.tmp}")

    def start_app(self, *extra: str) -> subprocess.Popen:
        self.env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
        )
        data = self.tmp / "data"
        catalog = load_catalog(paths.builtin_exercises_dir())
        self.env["ATSPI_CARD_NAMES"] = "|".join(entry.name for entry in catalog.entries)
        return self._spawn(
            [sys.executable, "-m", "mobility_app", "--data-dir", str(data), *extra],
            "app.log",
            cwd=ROOT,
        )

    def probe(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess:
        env = {k: v for k, v in self.env.items() if not k.startswith("QT_")}
        return subprocess.run(
            [SYSTEM_PYTHON, str(PROBE), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def wait_for_app(self, app: subprocess.Popen, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if app.poll() is not None:
                raise RuntimeError(f"the app exited ({app.returncode}); see {self.tmp}/app.log")
            if self.probe("find", timeout=15).returncode == 0:
                return
            time.sleep(0.2)
        raise RuntimeError(f"the app never appeared on the accessibility bus; see {self.tmp}")

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
            # The group may hold children (the a11y dbus-daemon, at-spi2-registryd).
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)


def _tour(tmp: Path, command: str, *app_args: str) -> dict:
    """Start the stack and the app with `app_args`, run the probe's `command`, return its report."""
    stack = Stack(tmp)
    try:
        stack.start()
        app = stack.start_app(*app_args)
        stack.wait_for_app(app)
        done = stack.probe(command, "10", timeout=90)
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(
                f"the probe failed ({done.returncode}):\n"
                f"{done.stderr[-3000:]}\n{done.stdout[-2000:]}"
            )
        result = json.loads(done.stdout)
        result["_tmp"] = str(tmp)
        if os.environ.get("ATSPI_REPORT"):
            Path(f"{os.environ['ATSPI_REPORT']}.{command}.json").write_text(
                json.dumps(result, indent=1, ensure_ascii=False)
            )
        return result
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return _tour(tmp_path_factory.mktemp("atspi"), "tour")


@pytest.fixture(scope="module")
def kiosk_report(tmp_path_factory) -> dict:
    from mobility_app.kiosk.pin import hash_pin

    tmp = tmp_path_factory.mktemp("atspi-kiosk")
    config = tmp / "kiosk.toml"
    # A cheap scrypt cost: the PIN is never typed here, only required for the kiosk to start.
    config.write_text(
        f'pin_hash = "{hash_pin("2468", n=2**10)}"\nidle_seconds = 600\n', encoding="utf-8"
    )
    return _tour(tmp, "kiosk-tour", "--kiosk", "--kiosk-config", str(config))


def _page(report: dict, name: str) -> dict:
    return next(p for p in report["pages"] if p["page"] == name)


def test_app_is_on_the_accessibility_bus(report):
    assert report["ok"], report
    assert report["app"]["window"] == "Ankle Mobility"
    assert report["app"]["toolkit"].lower() == "qt"


def test_library_cards_and_buttons_have_names(report):
    library = _page(report, "library")
    buttons = [c for c in library["controls"] if c["role"] in ("push button", "toggle button")]
    assert {"Start routine", "Progress"} <= {b["name"] for b in buttons}
    assert [b for b in buttons if not b["name"].strip()] == []
    # The cards reach AT-SPI as described push buttons (7: six exercises and the test) that a
    # screen reader can press, or focus (ui.accessibility).
    cards = report["library_cards"]
    assert len(cards) == 7, cards
    assert all(c["role"] == "push button" and c["description"].strip() for c in cards), cards
    assert all({"Press", "SetFocus"} <= set(c["actions"]) for c in cards), cards
    assert any(d["name"] == "Exercise library" for d in library["displays"] + library["controls"])


def test_pressing_through_atspi_changes_the_page(report):
    presses = {p["page"]: p for p in report["presses"]}
    for page in ("exercise", "player, before start", "player, running", "library (Back button)"):
        assert presses[page]["changed"] and presses[page]["expect_found"], presses[page]
    for page in ("routines", "knee-to-wall test", "progress", "session log", "settings"):
        assert presses[page]["changed"], presses[page]
    assert report["problems"] == [], report["problems"]


@pytest.mark.parametrize("which", ["shortcuts_dialog", "about_dialog"])
def test_dialogs_read_and_close_through_atspi(report, which):
    dialog = report[which]
    assert dialog and dialog["role"] in ("dialog", "alert"), dialog
    assert dialog["unnamed"] == [], dialog["unnamed"]
    assert any(c["role"] == "push button" for c in dialog["controls"]), dialog["controls"]
    assert dialog["closed"], "pressing its button through AT-SPI did not close the dialog"


def test_menus_have_names(report):
    items = [m for m in report["menus"] if m["role"] in ("menu", "menu item", "check menu item")]
    assert len(items) >= 8
    assert [m for m in items if not m["name"].strip()] == []


def test_player_changes_reach_the_bus(report):
    """What a screen reader hears while a hold runs (6 s after Start, no user input)."""
    live = report["player_live_events_6s"]["counts"]
    # True now: the countdown's description ticks, the phase label's name changes.
    assert live.get("object:property-change:accessible-description", 0) >= 3, live
    assert live.get("object:property-change:accessible-name", 0) >= 1, live
    # Each phase change is announced (ui.announce): "Get ready..." then, 5 s in, "Hold...".
    assert live.get("object:announcement", 0) >= 1, live


def _where(entry: dict) -> str:
    """The path without indices that move when unrelated widgets are added."""
    return "/".join(part.split("#")[0].split("[")[0] for part in entry["path"].split("/")[-3:])


def _page_group(page: str) -> str:
    return page.split(" (")[0].split(",")[0].strip()


def test_unnamed_interactive_controls_are_only_the_known_ones(report):
    found = {(_page_group(u["page"]), u["role"], _where(u)) for u in report["unnamed"]}
    listing = "\n".join(
        f"  {u['page']}: {u['role']} at {u['path']} text={u.get('text', '')!r}"
        for u in report["unnamed"]
    )
    new = found - KNOWN_UNNAMED
    stale = KNOWN_UNNAMED - found
    assert not new, f"interactive controls without an accessible name:\n{listing}"
    assert not stale, f"now named, remove from KNOWN_UNNAMED: {sorted(stale)}"


def test_the_kiosk_can_be_used_through_a_screen_reader_in_spanish(kiosk_report):
    """Start, switch language, open an exercise, reach the test's number pad: all by AT-SPI
    Press actions, as a blind visitor with a screen reader would."""
    assert kiosk_report["ok"], kiosk_report
    assert kiosk_report["problems"] == [], kiosk_report["problems"]
    presses = {p["page"]: p for p in kiosk_report["presses"]}
    for page in ("attract, in Spanish", "home", "exercise", "home again", "ankle test",
                 "ankle test numbers", "ankle test result"):  # fmt: skip
        assert presses[page]["changed"] and presses[page]["expect_found"], presses[page]
    # The result is read out: a display names the distance typed on the pad.
    result = next(p for p in kiosk_report["pages"] if p["page"] == "ankle test result")
    assert any("11" in d["name"] for d in result["displays"]), result["displays"]
    assert len(kiosk_report["home_tiles"]) >= 6, kiosk_report["home_tiles"]
    assert kiosk_report["unnamed"] == [], kiosk_report["unnamed"]
