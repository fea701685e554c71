"""Kiosk start-up and shut-down in order: config, content, logs only, Qt, the window, the loop.

Unlike the desktop start-up (app.run) this never opens the database, writes no settings
and no probe files: the only thing a kiosk writes is its log (and a crash report, if any),
neither of which holds anything a visitor entered.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mobility_app import __version__, paths
from mobility_app.catalog import Catalog, Entry, load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.kiosk.config import (
    ConfigError,
    KioskConfig,
    choose_exercises,
    default_path,
    load_config,
)
from mobility_app.logs import setup_logging, shutdown_logging

if TYPE_CHECKING:
    from mobility_app.cli import ScreenshotRequest

log = logging.getLogger("mobility.kiosk")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
TEST_ID = "knee-to-wall"


def _complain(error: ConfigError) -> int:
    print("mobility-app --kiosk: the kiosk cannot start.", file=sys.stderr)
    for line in str(error).splitlines():
        print(f"  {line}", file=sys.stderr)
    return EXIT_BAD_INPUT


def prepare(
    config_path: Path | None, where: paths.AppPaths, *, require_pin: bool
) -> tuple[KioskConfig, list[Entry], Entry | None]:
    """Read the config and pick the content; ConfigError names any bad key."""
    path = config_path or default_path(where.config_dir)
    # A screenshot of the attract loop needs no PIN, and no config at all if none exists.
    config = load_config(path, require_pin=require_pin, missing_ok=not require_pin)
    catalog: Catalog = load_catalog(
        paths.builtin_exercises_dir(), where.custom_exercises_dir, ARTICLE_ORDER
    )
    exercises = [e for e in catalog.exercises if e.dose is not None]
    ids = choose_exercises(
        config, [e.id for e in exercises], [t.id for t in catalog.tests], path=path
    )
    by_id = {entry.id: entry for entry in exercises}
    test_entry = catalog.get(TEST_ID) if config.ankle_test else None
    return config, [by_id[i] for i in ids], test_entry


def run(
    config_path: Path | None, data_dir: Path | None, screenshot: ScreenshotRequest | None
) -> int:
    """The whole life of a kiosk process; returns the exit status."""
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    where = paths.resolve(data_dir)
    try:
        config, exercises, test_entry = prepare(config_path, where, require_pin=screenshot is None)
    except ConfigError as exc:
        return _complain(exc)
    if not exercises:
        print("mobility-app --kiosk: there is no exercise to show.", file=sys.stderr)
        return EXIT_BAD_INPUT

    from mobility_app.app import create_application
    from mobility_app.crash import enable_faulthandler, install_excepthook

    setup_logging(where.log_dir)
    log.info("Kiosk %s starting with %d exercises", __version__, len(exercises))
    enable_faulthandler(where.crash_dir)
    app = create_application(sys.argv[:1])
    from mobility_app.kiosk import look

    restore_type = look.apply_type(app)
    try:
        if screenshot is not None:
            return render_attract(config, exercises, screenshot)
        # An error inside the kiosk leaves it in a state nobody checked: log it, then end
        # with status 1 so the supervisor (systemd, Shell Launcher) starts a fresh one.
        install_excepthook(where.crash_dir, lambda _text, _path: app.exit(EXIT_FAILURE))
        return _run_window(app, config, exercises, test_entry)
    finally:
        restore_type()
        log.info("Kiosk stopped")
        shutdown_logging()


def start_language(config: KioskConfig) -> str:
    """The language the kiosk starts in, and every visitor after a reset: the config's if it
    has a translation, else the system's, else English."""
    from mobility_app.kiosk.languages import configured_language
    from mobility_app.ui.language import available_languages

    return configured_language(config, available=available_languages())


def _run_window(
    app: object, config: KioskConfig, exercises: list[Entry], test_entry: Entry | None
) -> int:
    from PySide6.QtWidgets import QApplication

    from mobility_app.crash import install_sigterm_handler
    from mobility_app.kiosk.shell import KioskWindow

    assert isinstance(app, QApplication)
    # The window applies the language (Qt's translators, the default locale, the core's
    # hook) and localises the English entries itself, as it does again at every change.
    window = KioskWindow(config, exercises, test_entry, language=start_language(config))

    def leave() -> None:
        # exit(), not quit(): since Qt 6 quit() first asks every window to close, and the
        # kiosk window refuses, so a SIGTERM from systemd would be ignored.
        app.exit(EXIT_OK)

    window.exitGranted.connect(leave)
    restore_signals = install_sigterm_handler(leave)
    try:
        window.show_kiosk()
        log.info("Kiosk ready")
        return app.exec()
    finally:
        if restore_signals is not None:
            restore_signals()
        window.shutdown()
        window.deleteLater()


def render_attract(config: KioskConfig, exercises: list[Entry], request: ScreenshotRequest) -> int:
    """`--screenshot FILE --page kiosk`: the attract screen, after its first paint, in the
    language the kiosk would start in (`exercises` as written, in English)."""
    from mobility_app.kiosk import look
    from mobility_app.kiosk.attract import AttractView
    from mobility_app.kiosk.languages import apply_kiosk_language, localized_entries
    from mobility_app.ui.first_paint import show_and_wait_for_paint
    from mobility_app.ui.language import available_languages

    language = apply_kiosk_language(start_language(config), config)
    view = AttractView(localized_entries(exercises), config.attract_seconds,
                       clinic_name=config.clinic_name, logo=config.logo,
                       languages=available_languages(), language=language,
                       reduced_motion=config.reduced_motion)  # fmt: skip
    view.setPalette(look.palette())
    view.setAutoFillBackground(True)
    view.resize(request.width, request.height)
    show_and_wait_for_paint(view)
    view.set_animation_time(request.at_seconds)
    view.stop()
    image = view.grab()
    view.close()
    if not image.save(str(request.path), "PNG"):
        print(f"mobility-app: cannot write {request.path}", file=sys.stderr)
        return EXIT_FAILURE
    log.info("Saved %s (kiosk attract screen)", request.path)
    return EXIT_OK
