"""Command line: options, sub-commands and exit codes (the public contract in DESIGN.md §3).

Exit status: 0 success, 2 bad input, 1 anything else. Sub-commands that need no window never
import Qt, so they start fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mobility_app import APP_NAME, __version__

if TYPE_CHECKING:
    from mobility_app.storage import Database

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
        help="library (default), exercise:<id>, player:<id>, test, progress, routines or settings",
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


def _data_dir(options: argparse.Namespace) -> Path | None:
    value = getattr(options, "data_dir", None)
    return Path(value) if value is not None else None


def _run_check(options: argparse.Namespace) -> int:
    import datetime as dt

    from mobility_app import paths
    from mobility_app.logs import setup_logging, shutdown_logging
    from mobility_app.storage import StorageError, check_storage

    where = paths.resolve(_data_dir(options))
    setup_logging(where.log_dir, console=False)
    try:
        report = check_storage(where.database, where.backup_dir, now=dt.datetime.now().astimezone())
    except StorageError as exc:
        print(f"mobility-app check: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        shutdown_logging()
    for line in report.lines:
        print(line)
    return EXIT_OK if report.sound else EXIT_FAILURE


def _open_database(options: argparse.Namespace) -> Database:
    """Open the database for a sub-command; StorageError propagates to the caller."""
    from mobility_app import paths
    from mobility_app.storage import open_database

    where = paths.resolve(_data_dir(options))
    database, recovery = open_database(where.database, where.backup_dir, now=_now)
    if recovery is not None:
        for line in recovery.lines():
            print(f"mobility-app: {line}", file=sys.stderr)
    return database


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _run_export(options: argparse.Namespace) -> int:
    from mobility_app.exchange import write_csv, write_json
    from mobility_app.storage import list_measurements, list_sessions

    out: Path = options.out
    kind = options.format or ("json" if out.suffix.lower() == ".json" else "csv")
    database = _open_database(options)
    try:
        measurements = list_measurements(database)
        sessions = list_sessions(database) if kind == "json" else []
    finally:
        database.close()
    # Written beside the target and renamed into place, so a failed write never leaves a
    # half-written file where a good one may have been.
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            if kind == "json":
                count = write_json(measurements, sessions, stream)
            else:
                count = write_csv(measurements, stream)
        partial.replace(out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        print(f"mobility-app export: cannot write {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    extra = f" and {len(sessions)} sessions" if kind == "json" else ""
    print(f"Exported {count} results{extra} to {out}")
    return EXIT_OK


def _run_import(options: argparse.Namespace) -> int:
    from mobility_app.exchange import ImportRejectedError, import_file

    if not options.file.is_file():
        print(f"mobility-app import: no such file: {options.file}", file=sys.stderr)
        return EXIT_BAD_INPUT
    database = _open_database(options)
    try:
        report = import_file(database, options.file, now=_now())
    except ImportRejectedError as exc:
        print(
            f"mobility-app import: {options.file} was not imported; nothing was stored.",
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        database.close()
    print(
        f"Imported {report.added} results from {options.file}"
        + (f" ({report.duplicates} already stored, skipped)" if report.duplicates else "")
    )
    return EXIT_OK


def _run_report(options: argparse.Namespace) -> int:
    from mobility_app import paths
    from mobility_app.settings import from_mapping
    from mobility_app.storage import list_measurements, list_sessions

    if options.out.suffix.lower() != ".pdf":
        print(f"mobility-app report: --out '{options.out}' must end in .pdf", file=sys.stderr)
        return EXIT_BAD_INPUT
    database = _open_database(options)
    try:
        measurements = list_measurements(database)
        sessions = list_sessions(database)
    finally:
        database.close()
    from mobility_app.report import gui_application, write_report

    app = gui_application()
    # The person's preferences (unit, scoring) without Qt's settings machinery: the INI
    # file is plain text in the config dir.
    settings = from_mapping(_read_preferences(paths.resolve(_data_dir(options)).settings_file))
    try:
        write_report(options.out, measurements, sessions, settings, now=_now())
    except OSError as exc:
        print(f"mobility-app report: cannot write {options.out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        del app
    print(f"Wrote {options.out} ({len(measurements)} results, {len(sessions)} sessions)")
    return EXIT_OK


def _read_preferences(path: Path) -> dict[str, str]:
    """The [preferences] section of the app's INI settings file, or nothing."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error):
        return {}
    return dict(parser["preferences"]) if parser.has_section("preferences") else {}


def _run_record(options: argparse.Namespace) -> int:
    from mobility_app.measures.validation import ValidatedEntry, validate_entry
    from mobility_app.storage import Measurement, add_measurements

    now = _now()
    when = now
    if options.when:
        try:
            when = dt.datetime.fromisoformat(options.when)
        except ValueError:
            print(
                f"mobility-app record: --when '{options.when}' is not an ISO 8601 date "
                "such as 2026-11-24 or 2026-11-24T08:30",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        if when.tzinfo is None:
            when = when.replace(tzinfo=now.tzinfo)
    if len(options.note) > 1000:
        print("mobility-app record: --note is longer than 1000 characters", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = validate_entry(
        distances={"left": options.left, "right": options.right}, unit="cm", when=when, now=now
    )
    if not isinstance(result, ValidatedEntry):
        names = {"left": "--left", "right": "--right", "when": "--when", "sides": "--left/--right"}
        for error in result:
            print(
                f"mobility-app record: {names.get(error.field, error.field)}: {error.message}",
                file=sys.stderr,
            )
        return EXIT_BAD_INPUT
    measurements = [
        Measurement(result.taken_at, r.side, r.distance_cm, r.angle_deg, options.note)
        for r in result.readings
    ]
    database = _open_database(options)
    try:
        # synchronous=FULL: when this returns, the rows are on disk (DESIGN.md §4).
        add_measurements(database, measurements, now=lambda: now)
    finally:
        database.close()
    shown = ", ".join(f"{m.side} {m.distance_cm:g} cm" for m in measurements)
    print(f"Stored {shown} ({result.taken_at.isoformat(timespec='minutes')})")
    return EXIT_OK


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
    if options.command == "check":
        return _run_check(options)
    if options.command == "kiosk-pin":
        from mobility_app.kiosk.pin import kiosk_pin_command

        return kiosk_pin_command(sys.stdin, sys.stdout, sys.stderr)
    if options.command in ("export", "import", "record", "report"):
        from mobility_app.storage import StorageError

        run = {
            "export": _run_export,
            "import": _run_import,
            "record": _run_record,
            "report": _run_report,
        }
        try:
            return run[options.command](options)
        except StorageError as exc:
            print(f"mobility-app {options.command}: {exc}", file=sys.stderr)
            return EXIT_FAILURE

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

        return run_kiosk(options.kiosk_config, _data_dir(options), screenshot)

    from mobility_app.app import run  # Qt is imported only on this path

    return run(data_dir=_data_dir(options), screenshot=screenshot)


if __name__ == "__main__":  # pragma: no cover - `python -m mobility_app` uses __main__.py
    sys.exit(main())
