"""Start-up and shut-down, in one readable order: directories, logging, Qt, content, storage, UI."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mobility_app import APP_ID, APP_NAME, __version__, display_name, i18n, paths
from mobility_app.catalog import Catalog, load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.logs import setup_logging, shutdown_logging

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mobility_app.cli import ScreenshotRequest
    from mobility_app.storage import Database
    from mobility_app.ui.main_window import MainWindow

log = logging.getLogger("mobility.app")


# Pages whose screenshot needs the database: they show stored data or offer to save.
PRELOAD_DELAY_MS = 3000

STORAGE_PAGES = frozenset({"test", "routines", "progress", "sessions"})


def now() -> dt.datetime:
    """Local time with its offset: stored times must say which zone they were taken in."""
    import datetime as dt

    return dt.datetime.now().astimezone()


@dataclass
class Services:
    """What the UI is given at start-up; passed explicitly, never looked up globally."""

    paths: paths.AppPaths
    catalog: Catalog
    database: Database | None = None
    notices: list[str] = field(default_factory=list)


def prepare_directories(where: paths.AppPaths) -> tuple[Path, str] | None:
    """Create the writable directories; return the folder that failed and why, if one did."""
    for folder in where.writable_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            return folder, exc.strerror or str(exc)
    return None


def directory_notice(folder: Path, reason: str) -> str:
    """What the person is told when the data folder cannot be written (in their language)."""
    text = i18n.translate(
        "Startup",
        "%1 cannot write to %2 (%3). Your results cannot be saved until it can: check the "
        "folder's permissions and free space, or start the app with --data-dir pointing at a "
        "folder you can write to.",
    )
    return i18n.fill(text, display_name(), folder, reason)


def open_storage(services: Services) -> None:
    """Open (and if needed recover) the database; problems become notices, never crashes."""
    from mobility_app.storage import StorageError, interrupt_running_sessions, open_database

    try:
        database, recovery = open_database(
            services.paths.database, services.paths.backup_dir, now=now
        )
    except StorageError as exc:
        log.error("Storage unavailable: %s", exc)
        services.notices.append(str(exc))
        return
    services.database = database
    log.info("Database opened: %s", services.paths.database)
    if recovery is not None:
        text = " ".join(recovery.lines())
        log.warning("Database recovered: %s", text)
        services.notices.append(text)
    try:
        # A session still marked running was cut short by a crash or power cut last time.
        interrupt_running_sessions(database)
    except StorageError as exc:
        log.error("Could not mark interrupted sessions: %s", exc)


def close_storage(services: Services) -> None:
    from mobility_app.storage import StorageError, backup_if_due

    database = services.database
    if database is None:
        return
    services.database = None
    try:
        backup_if_due(database, services.paths.backup_dir, now())
    except StorageError as exc:
        log.error("Backup failed: %s", exc)
    finally:
        database.close()


def load_content(where: paths.AppPaths, language: str = i18n.SOURCE_LANGUAGE) -> Catalog:
    """The catalogue, built-in and custom, in `language` (which must be applied already)."""
    catalog = load_catalog(paths.builtin_exercises_dir(), where.custom_exercises_dir, ARTICLE_ORDER)
    if language == i18n.SOURCE_LANGUAGE:
        return catalog
    from mobility_app.catalog.localize import localized_catalog

    return localized_catalog(catalog)


def _route_qt_messages() -> None:
    """Send Qt's own warnings to our log instead of a terminal nobody reads."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("mobility.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform (screenshots, tests) says this on every show(); it is noise.
        if "does not support propagateSizeHints" in message:
            return
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def create_application(argv: list[str]) -> QApplication:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    _route_qt_messages()
    app = QApplication(argv)
    return app


def _show_crash_dialog(text: str, path: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    message = i18n.translate(
        "Startup", "Something went wrong inside the program. Your saved results are safe."
    )
    if path:
        saved = i18n.translate("Startup", "A report was saved to:")
        message = f"{message}\n\n{saved}\n{path}"
    title = i18n.fill(i18n.translate("Startup", "%1 — unexpected error"), display_name())
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    box.setDetailedText(text)
    box.exec()


def open_settings(settings_path: Path | None) -> QSettings | None:
    from PySide6.QtCore import QSettings

    return QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else None


def apply_chosen_language(settings: QSettings | None) -> str:
    """Put the person's language (the setting, else the system's) into effect; return it.

    First of all the interface's work: the catalogue (and the problems of a bad custom file)
    and every page take their words when they are built.
    """
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from mobility_app.ui import settings_store
    from mobility_app.ui.language import apply_language

    applied = apply_language(
        i18n.choose_language(settings_store.load(settings).language, os.environ)
    )
    log.info("Language: %s (locale %s)", applied, QLocale().name())
    if applied != i18n.SOURCE_LANGUAGE:
        QGuiApplication.setApplicationDisplayName(display_name())
    return applied


def build_window(services: Services, settings: QSettings | None) -> MainWindow:
    from mobility_app.ui.main_window import MainWindow

    return MainWindow(services.catalog, settings)


def run(*, data_dir: Path | None, screenshot: ScreenshotRequest | None = None) -> int:
    """The whole life of the GUI process; returns the exit status."""
    from mobility_app.crash import enable_faulthandler, install_excepthook, install_sigterm_handler

    if screenshot is not None:
        # Rendering needs no screen: this works on a headless machine and never flashes a window.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    where = paths.resolve(data_dir)
    directory_problem = prepare_directories(where)
    setup_logging(where.log_dir)
    log.info("%s %s starting; data in %s", APP_NAME, __version__, where.data_dir)
    enable_faulthandler(where.crash_dir)
    install_excepthook(where.crash_dir, None if screenshot else _show_crash_dialog)

    app = create_application(sys.argv[:1])
    settings = open_settings(None if directory_problem else where.settings_file)
    language = apply_chosen_language(settings)
    services = Services(paths=where, catalog=load_content(where, language))
    window = build_window(services, settings)
    if directory_problem:
        services.notices.append(directory_notice(*directory_problem))
    restore_signals = install_sigterm_handler(app.quit)
    try:
        if screenshot is not None:
            # Only pages that show or save stored data open the database for a screenshot.
            from mobility_app.screenshot import render_page

            if screenshot.page in STORAGE_PAGES and not services.notices:
                open_storage(services)
                window.set_database(services.database)
            for notice in services.notices:
                print(f"mobility-app: {notice}", file=sys.stderr)
            return render_page(window, screenshot)
        window.show()
        log.info("Main window shown; ready")
        # Storage opens once the library is on screen: the person sees the app at once
        # (start-up stays close to a bare Qt window), and any recovery message appears over
        # a visible window.
        from mobility_app.ui.first_paint import call_after_first_paint

        call_after_first_paint(window, lambda: _after_first_paint(app, window, services))
        return app.exec()
    finally:
        if restore_signals is not None:
            restore_signals()
        window.close()
        close_storage(services)
        log.info("%s stopped", APP_NAME)
        shutdown_logging()


def _after_first_paint(app: QApplication, window: MainWindow, services: Services) -> None:
    """Work that the person need not wait for before seeing the library."""
    from PySide6.QtGui import QIcon

    from mobility_app import resources

    # Loading the SVG icon pulls in Qt's image plugins; the title bar can wait a frame.
    app.setWindowIcon(QIcon(resources.path("icons/ankle-mobility.svg")))
    if not services.notices:  # a directory problem already means there is nowhere to store
        open_storage(services)
    window.set_database(services.database)
    # pyqtgraph and numpy take a few hundred milliseconds to import; do it once the person
    # has had a moment with the library, so the progress page later opens without that wait.
    from PySide6.QtCore import QTimer

    from mobility_app.ui.progress_page import preload_plotting

    QTimer.singleShot(PRELOAD_DELAY_MS, window, preload_plotting)
    if services.notices:
        _show_notices(window, services.notices)


def _show_notices(window: MainWindow, notices: list[str]) -> None:
    """Tell the person what start-up had to do, without blocking the window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, display_name(), "\n\n".join(notices), parent=window)
    box.setObjectName("startupNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
