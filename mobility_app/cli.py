"""Command line: options, sub-commands and exit codes (the public contract in DESIGN.md §3).

Exit status: 0 success, 2 bad input, 1 anything else. Sub-commands that need no window (in
`commands`) never import Qt, so they start fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mobility_app import APP_NAME, __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

PAGE_PATTERN = re.compile(
    r"^(library|test|progress|sessions|routines|settings|kiosk|(exercise|player):[a-z0-9-]+)$"
)
SIZE_PATTERN = re.compile(r"^(\d{2,5})[xX](\d{2,5})$")


@dataclass(frozen=True)
class ScreenshotRequest:
    """What `--screenshot` asked for, already validated."""

    path: Path
    page: str
    width: int
    height: int
    at_seconds: float


def _size(text: str) -> tuple[int, int]:
    match = SIZE_PATTERN.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800")
    width, height = int(match[1]), int(match[2])
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"'{text}' is outside 320x240–7680x4320")
    return width, height


def _page(text: str) -> str:
    if not PAGE_PATTERN.match(text):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a page; use library, test, progress, sessions, routines, settings, "
            "kiosk, "
            "exercise:<id> or player:<id> (e.g. exercise:wall-lean)"
        )
    return text


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"{value:g} is outside 0–3600 seconds")
    return value


def build_parser() -> argparse.ArgumentParser:
    # --data-dir is accepted before and after a sub-command: `mobility-app check --data-dir D`
    # is as natural to type as `mobility-app --data-dir D check`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="keep every file the app writes (database, backups, settings, logs) under DIR",
    )
    parser = argparse.ArgumentParser(
        prog="mobility-app",
        description=f"{APP_NAME}: ankle dorsiflexion exercises and the knee-to-wall test.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    kiosk = parser.add_argument_group("kiosk (a self-running touch display for a waiting room)")
    kiosk.add_argument(
        "--kiosk", action="store_true", help="run as a locked-down, full-screen kiosk"
    )
    kiosk.add_argument(
        "--kiosk-config",
        metavar="FILE",
        type=Path,
        default=None,
        help="the kiosk's TOML configuration (implies --kiosk; default: kiosk.toml in the "
        "config directory)",
    )
    shot = parser.add_argument_group("screenshots (render one page off screen and exit)")
    shot.add_argument("--screenshot", metavar="FILE.png", type=Path, help="save a PNG and exit")
    shot.add_argument(
        "--page",
        type=_page,
        default="library",
        help="library (default), exercise:<id>, player:<id>, test, progress, sessions, routines, "
        "settings or kiosk",
    )
    shot.add_argument(
        "--size",
        type=_size,
        default=(1280, 800),
        metavar="WxH",
        help="window size (default 1280x800)",
    )
    shot.add_argument(
        "--at",
        type=_seconds,
        default=0.0,
        metavar="SECONDS",
        help="animation time to show (default 0)",
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write all measurements (and sessions, in JSON) to a file",
        description="Write all knee-to-wall results to FILE: CSV (taken_at,side,distance_cm,"
        "angle_deg,note) or JSON (results and routine sessions).",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--format",
        choices=("csv", "json"),
        default=None,
        help="default: json for a .json file, otherwise csv",
    )
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="import results from a CSV or JSON file, all or nothing",
        description="Import results from FILE (CSV or JSON as written by export). If any "
        "row is bad, nothing is stored, each bad line is listed, and the exit status is 2. "
        "Results already stored are skipped.",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    record = commands.add_parser(
        "record",
        parents=[common],
        help="store one knee-to-wall result",
        description="Store one knee-to-wall result (toe-to-wall distance in cm) for the left "
        "and/or right leg. It is safely on disk when the command returns.",
    )
    record.add_argument("--left", metavar="CM", default="", help="left leg, cm")
    record.add_argument("--right", metavar="CM", default="", help="right leg, cm")
    record.add_argument(
        "--when",
        metavar="ISO-DATE",
        default=None,
        help="when the test was done (default: now), e.g. 2026-11-24T08:30",
    )
    record.add_argument("--note", metavar="TEXT", default="", help="a note kept with the result")
    report = commands.add_parser(
        "report",
        parents=[common],
        help="write a one-page PDF progress report",
        description="Write a one-page PDF report for a clinician: the plot, the latest results "
        "per leg, change since the first result against the measurement error, the "
        "left-right difference and sessions per week.",
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    commands.add_parser(
        "kiosk-pin",
        help="read a PIN on standard input and print the pin_hash line for the kiosk config",
        description="Read the kiosk's staff PIN (4-12 digits) on standard input and print the "
        'pin_hash = "..." line to paste into kiosk.toml. Only a salted scrypt hash is printed.',
    )
    commands.add_parser(
        "check",
        parents=[common],
        help="check the database and its backups; exit 0 when sound, 1 after a recovery",
        description="Check the database and its backups. A damaged file is moved aside "
        "(never deleted) and the newest good backup restored. Exit 0 when everything was "
        "sound, 1 when something had to be recovered.",
    )
    return parser


def data_dir_option(options: argparse.Namespace) -> Path | None:
    """The --data-dir given before or after a sub-command, if any."""
    value = getattr(options, "data_dir", None)
    return Path(value) if value is not None else None


def _display_missing() -> bool:
    """True on Linux when no X11 or Wayland display is reachable and no platform was forced."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY_MESSAGE = """\
mobility-app: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY
is set). To see the app on a machine without a screen:
  - render a page to a PNG:   mobility-app --screenshot library.png --page library
  - or run it on a virtual screen:   xvfb-run -a mobility-app"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options = parser.parse_args(argv)
    if options.command == "kiosk-pin":
        from mobility_app.kiosk.pin import kiosk_pin_command

        return kiosk_pin_command(sys.stdin, sys.stdout, sys.stderr)
    if options.command in ("check", "export", "import", "record", "report"):
        from mobility_app import commands

        return commands.run(options)

    screenshot: ScreenshotRequest | None = None
    if options.screenshot is not None:
        if options.screenshot.suffix.lower() != ".png":
            parser.error(f"--screenshot: '{options.screenshot}' must end in .png")
        width, height = options.size
        screenshot = ScreenshotRequest(options.screenshot, options.page, width, height, options.at)
    elif _display_missing():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_FAILURE

    kiosk_page = screenshot is not None and screenshot.page == "kiosk"
    if options.kiosk or options.kiosk_config is not None or kiosk_page:
        from mobility_app.kiosk import run_kiosk

        return run_kiosk(options.kiosk_config, data_dir_option(options), screenshot)

    from mobility_app.app import run  # Qt is imported only on this path

    return run(data_dir=data_dir_option(options), screenshot=screenshot)


if __name__ == "__main__":  # pragma: no cover - `python -m mobility_app` uses __main__.py
    sys.exit(main())
