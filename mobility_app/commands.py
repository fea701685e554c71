"""The sub-commands that need no window: check, export, import, record and report.

Each prints what it did, or what was wrong, and returns the exit status of the public contract
(DESIGN.md §3). Only `mobility_app.cli` calls them, once it has parsed the command line.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mobility_app.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, data_dir_option

if TYPE_CHECKING:
    from mobility_app.storage import Database


def run(options: argparse.Namespace) -> int:
    """Run the sub-command `options.command`; storage errors end it with a message and 1."""
    if options.command == "check":
        return run_check(options)  # a damaged database is what check reports, not an error
    from mobility_app.storage import StorageError

    commands = {
        "export": run_export,
        "import": run_import,
        "record": run_record,
        "report": run_report,
    }
    try:
        return commands[options.command](options)
    except StorageError as exc:
        print(f"mobility-app {options.command}: {exc}", file=sys.stderr)
        return EXIT_FAILURE


def run_check(options: argparse.Namespace) -> int:
    from mobility_app import paths
    from mobility_app.logs import setup_logging, shutdown_logging
    from mobility_app.storage import StorageError, check_storage

    where = paths.resolve(data_dir_option(options))
    setup_logging(where.log_dir, console=False)
    try:
        report = check_storage(where.database, where.backup_dir, now=_now())
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

    where = paths.resolve(data_dir_option(options))
    database, recovery = open_database(where.database, where.backup_dir, now=_now)
    if recovery is not None:
        for line in recovery.lines():
            print(f"mobility-app: {line}", file=sys.stderr)
    return database


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def run_export(options: argparse.Namespace) -> int:
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


def run_import(options: argparse.Namespace) -> int:
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


def run_report(options: argparse.Namespace) -> int:
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
    settings = from_mapping(
        _read_preferences(paths.resolve(data_dir_option(options)).settings_file)
    )
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


def run_record(options: argparse.Namespace) -> int:
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
