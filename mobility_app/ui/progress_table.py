"""Every result in a table, newest first: a model that keeps columns in lists (10,000 rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mobility_app.i18n import fill, translate
from mobility_app.measures.summary import Row
from mobility_app.measures.units import Unit, format_number, from_cm, unit_symbol
from mobility_app.report.pdf import medium_date

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("date", "side", "distance", "angle", "note")


class ResultsModel(QAbstractTableModel):
    """Stored results, newest first. Texts are made when a row is shown, never all at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._times: list[dt.datetime] = []
        self._sides: list[str] = []
        self._distances: list[float | None] = []
        self._angles: list[float | None] = []
        self._notes: list[str] = []
        self._ids: list[int | None] = []
        self._unit: Unit = "cm"
        self._locale = QLocale()

    def set_rows(self, rows: Sequence[Row], unit: Unit) -> None:
        """Show `rows` (oldest first, as storage lists them) newest first, distances in `unit`."""
        self.beginResetModel()
        newest_first = rows[::-1]
        self._times = [r.taken_at for r in newest_first]
        self._sides = [r.side for r in newest_first]
        self._distances = [r.distance_cm for r in newest_first]
        self._angles = [r.angle_deg for r in newest_first]
        self._notes = [r.note for r in newest_first]
        self._ids = [r.id for r in newest_first]
        self._unit = unit
        self._locale = QLocale()
        self.endResetModel()

    def result_id(self, row: int) -> int | None:
        return self._ids[row]

    def side(self, row: int) -> str:
        return self._sides[row]

    def row_of(self, result_id: int) -> int | None:
        try:
            return self._ids.index(result_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._times)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Side"),
            fill(self.tr("Distance (%1)"), unit_symbol(self._unit)),
            self.tr("Angle (°)"),
            self.tr("Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("distance", "angle"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "note" and self._notes[row]:
            return self._notes[row]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row]
        return None

    def side_text(self, side: str) -> str:
        # The plot's marker shapes, so the table and the plot read alike without colour.
        return self.tr("● Left") if side == "left" else self.tr("▲ Right")

    def _text(self, row: int, column: str) -> str:
        point = self._locale.decimalPoint()
        if column == "date":
            return date_time_text(self._times[row], self._locale)
        if column == "side":
            return self.side_text(self._sides[row])
        if column == "distance":
            cm = self._distances[row]
            return "" if cm is None else format_number(from_cm(cm, self._unit), point)
        if column == "angle":
            deg = self._angles[row]
            return "" if deg is None else format_number(deg, point)
        return self._notes[row].replace("\n", " ")


def date_time_text(when: dt.datetime, locale: QLocale) -> str:
    """'3 Nov 2025, 08:30' in the locale's order and names, at the clock time it was recorded."""
    time_text = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    date_text = medium_date(when.date(), locale)
    return fill(translate("ResultsModel", "%1, %2", "date, time"), date_text, time_text)


class ResultsTable(QTableView):
    """A read-only, row-selecting view sized for many rows (fixed row height, no autosizing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed heights: with ResizeToContents Qt would measure all 10,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(round(self.fontMetrics().height() * 1.6))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.size_columns()
        self.setAccessibleName(self.tr("All results, newest first"))

    def size_columns(self) -> None:
        """Widths from sample texts, not from the rows (measuring 10,000 rows is slow)."""
        cell = self.fontMetrics()
        head = self.horizontalHeader().fontMetrics()
        pad = 3 * cell.averageCharWidth()
        sample = date_time_text(dt.datetime(2025, 12, 28, 23, 59, tzinfo=dt.UTC), QLocale())
        model = self.results
        number = format_number(88.8, QLocale().decimalPoint())
        for column, text in enumerate((sample, model.side_text("right"), number, number)):
            header = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(text), head.horizontalAdvance(header)) + pad
            self.setColumnWidth(column, width)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None
