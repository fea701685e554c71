"""The session log: every routine run, newest first, and what each one did set by set."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mobility_app.catalog import Catalog
from mobility_app.history import SessionOutcome, final_sets, outcome
from mobility_app.i18n import translate
from mobility_app.storage import Session
from mobility_app.ui import style
from mobility_app.ui.text import duration_text

Index = QModelIndex | QPersistentModelIndex
PainLookup = Callable[[int], tuple[int | None, int | None]]


def status_text(status: str) -> str:
    return {
        "finished": translate("SessionLog", "Finished"),
        "stopped": translate("SessionLog", "Stopped early"),
        "interrupted": translate("SessionLog", "Cut short (the app closed)"),
        "running": translate("SessionLog", "Running"),
    }.get(status, status)


class _Table(QAbstractTableModel):
    """Rows of plain text computed once in `set_rows`; the view only reads them."""

    def __init__(self, headers: Sequence[str], numbers: Sequence[int] = ()) -> None:
        super().__init__()
        self._headers = list(headers)
        self._numbers = set(numbers)  # columns of counts and times: right-aligned, to compare
        self._rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numbers:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _view(model: _Table, name: str, stretch: int) -> QTableView:
    """A read-only table whose column `stretch` (the one with free text) takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Not the last column: "Pain before → after" stretched across the page while the routine
    # names beside it were squeezed.
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class SessionLogPage(QWidget):
    """Lists sessions; selecting one shows its sets (each as it finally went)."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionLogPage")
        self._catalog = catalog
        self._outcomes: list[SessionOutcome] = []
        self._locale = QLocale()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * style.UNIT, 2 * style.UNIT, 4 * style.UNIT, 3 * style.UNIT)
        layout.setSpacing(style.UNIT)
        layout.addWidget(style.label(self.tr("Session log"), style.HEADING_1, bold=True))
        self.summary = style.label("", secondary=True)
        layout.addWidget(self.summary)

        self.sessions = _Table(
            [
                self.tr("Started"),
                self.tr("Routine"),
                self.tr("How it ended"),
                self.tr("Sets done"),
                self.tr("Skipped", "column: how many sets were skipped"),
                self.tr("Time"),
                self.tr("Pain before → after"),
            ],
            numbers=(3, 4, 5),  # sets done, skipped, time
        )
        self.sets = _Table(
            [self.tr("Exercise"), self.tr("Side"), self.tr("Set"), self.tr("Done"), ""],
            numbers=(2, 3),  # the set, its time done of planned
        )
        self.sessions_view = _view(self.sessions, self.tr("Sessions"), stretch=1)  # the routine
        self.sets_view = _view(self.sets, self.tr("Sets of the selected session"), stretch=0)
        self.sessions_view.selectionModel().currentRowChanged.connect(self._show_sets)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sessions_view)
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, style.UNIT, 0, 0)
        column.setSpacing(style.UNIT)
        row = QHBoxLayout()
        row.addWidget(style.label(self.tr("Sets"), style.HEADING_3, bold=True))
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.sets_view, 1)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def set_sessions(self, sessions: Sequence[Session], pain: PainLookup | None = None) -> None:
        """Show `sessions` (any order) newest first; `pain` looks up a session's ratings."""
        self._outcomes = [
            outcome(s) for s in sorted(sessions, key=lambda s: s.started_at, reverse=True)
        ]
        rows = []
        for result in self._outcomes:
            session = result.session
            before, after = pain(session.id) if pain is not None else (None, None)
            rows.append(
                [
                    self._when(session),
                    session.routine_name,
                    status_text(session.status),
                    str(result.sets_done),
                    str(result.sets_skipped),
                    duration_text(result.seconds_done) if result.seconds_done else "—",
                    self._pain(before, after),
                ]
            )
        self.sessions.set_rows(rows)
        if self._outcomes:
            self.summary.setText(
                self.tr(
                    "%n session(s) logged. Each set is saved the moment it ends, so a run "
                    "that was cut short still shows what was done.",
                    "",
                    len(self._outcomes),
                )
            )
            self.sessions_view.selectRow(0)
        else:
            self.summary.setText(
                self.tr(
                    "No sessions yet. Start a routine from the library, or Start on any "
                    "exercise page; every session appears here."
                )
            )
            self.sets.set_rows([])

    def _when(self, session: Session) -> str:
        local = session.started_at.astimezone()
        return self._locale.toString(local.date(), QLocale.FormatType.ShortFormat) + local.strftime(
            " %H:%M"
        )

    @staticmethod
    def _pain(before: int | None, after: int | None) -> str:
        if before is None and after is None:
            return "—"
        return f"{'—' if before is None else before} → {'—' if after is None else after}"

    def _show_sets(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self._outcomes):
            self.sets.set_rows([])
            return
        session = self._outcomes[current.row()].session
        rows = []
        for item in final_sets(session):
            entry = self._catalog.get(item.exercise_id)
            name = entry.name if entry is not None else item.exercise_id
            side = {"left": self.tr("Left"), "right": self.tr("Right")}.get(item.side or "", "")
            done = f"{duration_text(item.done_seconds)} / {duration_text(item.planned_seconds)}"
            rows.append(
                [
                    name,
                    side or self.tr("Both"),
                    str(item.set_number),
                    done,
                    self.tr("Skipped", "this one set was skipped") if item.skipped else "",
                ]
            )
        self.sets.set_rows(rows)
