"""The import dialog: checks a file off the GUI thread, previews it, stores it all or nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mobility_app.exchange.importer import LineProblem, new_measurements, parse_text
from mobility_app.i18n import fill, translate
from mobility_app.storage import Database, Measurement, StorageError, list_measurements
from mobility_app.storage.connection import connect
from mobility_app.storage.errors import storage_errors
from mobility_app.storage.measurements import add_measurements_bulk
from mobility_app.ui import style
from mobility_app.ui.data_views import CountTile, MeasurementsTable, ProblemsTable
from mobility_app.ui.panels import PrimaryButton

# About 5,000 rows: smaller files are checked in a blink, larger ones show a progress bar.
BIG_FILE_BYTES = 256 * 1024
PREVIEW_ROWS = 50

Progress = Callable[[int, int], None]
ShowError = Callable[[QWidget | None, str, str], None]


@dataclass(frozen=True)
class Preview:
    """What importing the file would do: the new results, the duplicates, the bad lines."""

    fresh: list[Measurement]
    duplicates: int
    problems: list[LineProblem]


class _CancelledError(Exception):
    """Raised from the progress callback to stop parsing when the dialog closes."""


def read_preview(path: Path, db_path: Path, *, now: dt.datetime, progress: Progress) -> Preview:
    """Parse and check `path`, then compare it with what is stored (a connection of its own).

    The same reading as `exchange.parse_file` (UTF-8, a BOM, JSON by suffix or first
    character), with progress reports; runs on the worker thread.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = fill(translate("ImportDialog", "cannot read %1: %2"), path, exc.strerror or exc)
        return Preview([], 0, [LineProblem(0, reason)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Preview([], 0, [LineProblem(line, translate("ImportDialog", "not UTF-8 text"))])
    is_json = path.suffix.lower() == ".json" or text.lstrip("\ufeff \t\r\n").startswith("{")
    parsed = parse_text(text, is_json=is_json, now=now, progress=progress)
    with side_database(db_path) as db:
        existing = list_measurements(db)
    fresh, duplicates = new_measurements((m for _, m in parsed.measurements), existing)
    return Preview(fresh, duplicates, parsed.problems)


def store_preview(preview: Preview, db_path: Path, *, now: dt.datetime) -> tuple[int, int]:
    """Store the new results in one transaction; return (added, skipped as duplicates).

    Compared with the stored results once more: another window may have saved one since
    the preview was made.
    """
    with side_database(db_path) as db:
        fresh, more = new_measurements(preview.fresh, list_measurements(db))
        add_measurements_bulk(db, fresh, now=lambda: now)
    return len(fresh), preview.duplicates + more


@contextlib.contextmanager
def side_database(path: Path) -> Iterator[Database]:
    """A connection of the worker thread's own: SQLite connections stay in their thread.

    Closed without the quick_check that Database.close runs: the app's own connection
    checks the file when it closes.
    """
    with storage_errors("open the database", path):
        connection = connect(path)
    try:
        yield Database(connection, path)
    finally:
        connection.close()


@dataclass(frozen=True)
class _Outcome:
    value: object = None
    cancelled: bool = False
    error: str | None = None  # a StorageError's message, for the person
    bug: BaseException | None = None  # re-raised on the GUI thread, so it crashes loudly


class _Worker(QObject):
    """Runs one job on the import thread and reports progress and the outcome by signals."""

    progressed = Signal(int, int)
    ended = Signal(object)  # _Outcome

    def __init__(self, job: Callable[[Progress], object], cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _CancelledError
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            outcome = _Outcome(value=self._job(self._progress))
        except _CancelledError:
            outcome = _Outcome(cancelled=True)
        except StorageError as exc:
            outcome = _Outcome(error=exc.message)
        except BaseException as exc:  # a bug: handed to the GUI thread, not swallowed
            outcome = _Outcome(bug=exc)
        self.ended.emit(outcome)


class ImportDialog(QDialog):
    """Window-modal: reading (progress for big files), then a preview, then storing."""

    progressed = Signal(int, int)  # lines checked, lines in the file
    previewReady = Signal()
    imported = Signal(int, int)  # added, skipped as already stored

    def __init__(
        self,
        db: Database,
        path: Path,
        *,
        now: dt.datetime,
        show_error: ShowError,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(90 * style.UNIT, 60 * style.UNIT)
        self._db_path = db.path
        self.path = path
        self._now = now
        self._show_error = show_error
        self._cancel = threading.Event()
        self.worker_thread: QThread | None = None
        self.preview: Preview | None = None
        self._storing = False
        self._closed = False
        self._locale = QLocale()
        self._build()
        app = QCoreApplication.instance()
        if app is not None:  # quitting with the dialog open must not leave the thread running
            app.aboutToQuit.connect(self._stop_work)

    def _build(self) -> None:
        unit = style.UNIT
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * unit, 3 * unit, 3 * unit, 3 * unit)
        layout.setSpacing(2 * unit)
        heading = QVBoxLayout()
        heading.setSpacing(unit // 2)
        heading.addWidget(style.label(self.tr("Import results"), style.HEADING_2, bold=True))
        where = fill(self.tr("%1 in %2"), self.path.name, self.path.parent)
        heading.addWidget(style.label(where, secondary=True))
        layout.addLayout(heading)

        self.tiles = QWidget()
        tiles = QHBoxLayout(self.tiles)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(2 * unit)
        self.new_tile = CountTile(self.tr("new result"), self.tr("new results"))
        self.duplicate_tile = CountTile(
            self.tr("already stored, skipped", "under the count 1"),
            self.tr("already stored, skipped", "under a count other than 1"),
        )
        self.bad_tile = CountTile(self.tr("bad line"), self.tr("bad lines"))
        for tile in (self.new_tile, self.duplicate_tile, self.bad_tile):
            tiles.addWidget(tile, 1)
        self.tiles.hide()
        layout.addWidget(self.tiles)

        self.status = style.label(self.tr("Reading the file…"))
        layout.addWidget(self.status)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(self._is_big())
        layout.addWidget(self.progress_bar)

        self.rows_table = MeasurementsTable()
        self.problems_table = ProblemsTable()
        for table in (self.rows_table, self.problems_table):
            table.hide()
            layout.addWidget(table, 1)
        layout.addStretch(0)

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setMinimumSize(14 * unit, 6 * unit)  # as tall as the primary one
        self.import_button = PrimaryButton(self.tr("Import"))
        self.import_button.setMinimumWidth(22 * unit)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self._store)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(100 * unit, 76 * unit)

    def _is_big(self) -> bool:
        try:
            return self.path.stat().st_size >= BIG_FILE_BYTES
        except OSError:
            return False

    # -- work on the import thread ------------------------------------------------------------

    def start(self) -> None:
        """Begin reading the file; the preview follows (previewReady)."""
        path, db_path, now = self.path, self._db_path, self._now
        self._run(lambda progress: read_preview(path, db_path, now=now, progress=progress))

    def _run(self, job: Callable[[Progress], object]) -> None:
        self._stop_work()
        self._cancel = threading.Event()
        thread = QThread(self)
        thread.setObjectName("importThread")
        worker = _Worker(job, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.ended.connect(self._on_ended)
        worker.ended.connect(thread.quit)
        # Python owns the worker (it has no parent; moveToThread forbids one). No deleteLater
        # here: Qt would delete it when the thread ends and Python again when the wrapper is
        # dropped, a double free that crashed the test run. It is dropped only after
        # _stop_work has waited for its thread, so nothing can still be using it.
        self.worker_thread = thread
        self._worker = worker
        thread.start()

    def _stop_work(self) -> None:
        """Ask the job to stop and wait for the thread: no thread outlives the dialog.

        Parsing stops at its next progress report (every 5,000 lines); storing is one short
        transaction and is let finish, so it is all or nothing.
        """
        self._cancel.set()
        if self.worker_thread is not None and self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait()

    def _on_progress(self, done: int, total: int) -> None:
        if self._closed:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        text = self.tr("Checking line %1 of %2…")
        self.status.setText(fill(text, self._locale.toString(done), self._locale.toString(total)))
        self.progressed.emit(done, total)

    def _on_ended(self, outcome: _Outcome) -> None:
        if outcome.bug is not None:
            raise outcome.bug
        if self._closed or outcome.cancelled:
            return
        if outcome.error is not None:
            self._storing = False
            self._show_error(self, self.tr("Import failed"), outcome.error)
            if self.preview is None:
                self.reject()
            else:
                self._show_preview(self.preview)  # nothing was stored: they may try again
            return
        if isinstance(outcome.value, Preview):
            self.preview = outcome.value
            self._show_preview(outcome.value)
            self.previewReady.emit()
        elif isinstance(outcome.value, tuple):
            added, duplicates = outcome.value
            self.imported.emit(added, duplicates)
            self.accept()

    # -- the preview ---------------------------------------------------------------------------

    def _show_preview(self, preview: Preview) -> None:
        self.progress_bar.hide()
        self.tiles.show()
        self.new_tile.set_count(len(preview.fresh))
        self.duplicate_tile.set_count(preview.duplicates)
        self.bad_tile.set_count(len(preview.problems), warn=bool(preview.problems))
        self.cancel_button.setEnabled(True)
        if preview.problems:
            self.status.setText(self.tr("Nothing will be imported; fix these lines and try again."))
            self.status.setFont(style.scaled_font(bold=True))
            self.problems_table.set_problems(preview.problems)
            self.problems_table.show()
            self.rows_table.hide()
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(False)
            self.cancel_button.setFocus()
            return
        self.problems_table.hide()
        if not preview.fresh:
            self.status.setText(
                self.tr("Every result in this file is already stored; there is nothing to add.")
            )
            self.rows_table.hide()
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(False)
            self.cancel_button.setFocus()
            return
        shown = preview.fresh[:PREVIEW_ROWS]
        if len(shown) < len(preview.fresh):
            text = self.tr("The first %1 of %2 new results:")
            total = self._locale.toString(len(preview.fresh))
            self.status.setText(fill(text, len(shown), total))
        else:
            n = len(shown)
            self.status.setText(
                self.tr("The new result:") if n == 1 else self.tr("The %Ln new results:", "", n)
            )
        self.rows_table.set_measurements(shown)
        self.rows_table.show()
        n = len(preview.fresh)
        self.import_button.setText(
            self.tr("Import 1 result") if n == 1 else self.tr("Import %Ln results", "", n)
        )
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _store(self) -> None:
        if self.preview is None or self.preview.problems or not self.preview.fresh:
            return
        self._storing = True
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # one transaction: it finishes or changes nothing
        self.status.setFont(style.scaled_font())
        n = len(self.preview.fresh)
        self.status.setText(
            self.tr("Storing 1 result…") if n == 1 else self.tr("Storing %Ln results…", "", n)
        )
        self.progress_bar.setRange(0, 0)  # busy: SQLite reports no progress within a commit
        self.progress_bar.show()
        preview, db_path, now = self.preview, self._db_path, self._now
        self._run(lambda _progress: store_preview(preview, db_path, now=now))

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._storing:
            return  # the transaction is let finish; Cancel is disabled meanwhile
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._stop_work()
        self.progress_bar.setRange(0, 100)  # stop the busy animation with the dialog
        super().done(result)
