"""Small read-only views for the File menu's dialogs: count tiles and plain tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mobility_app.exchange.importer import LineProblem
from mobility_app.measures.units import format_number
from mobility_app.storage import BackupFile, Measurement
from mobility_app.ui import style
from mobility_app.ui.panels import Panel
from mobility_app.ui.progress_table import date_time_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CountTile(Panel):
    """A number over its caption; a warning bar on the left edge when it needs attention."""

    def __init__(self, one: str, many: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._captions = (one, many)
        unit = style.UNIT
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * unit, 2 * unit, 2 * unit, 2 * unit)
        layout.setSpacing(0)
        self.number = style.label("0", style.HEADING_2, bold=True, selectable=False)
        self.caption = style.label(many, style.SECONDARY, secondary=True, selectable=False)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_count(self, count: int, *, warn: bool = False) -> None:
        self.number.setText(QLocale().toString(count))
        self.caption.setText(self._captions[0] if count == 1 else self._captions[1])
        # Colour is not the only signal: the dialog says in words what the bad lines mean.
        self._accent = style.warning_colour(self.palette()) if warn else None
        palette = self.number.palette()
        window_text = self.palette().color(QPalette.ColorRole.WindowText)
        colour = style.warning_colour(palette) if warn else window_text
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.number.setPalette(palette)
        self.update()


class _Table(QTableWidget):
    """Read-only rows, whole-row selection, one stretching column."""

    def __init__(
        self,
        headers: Sequence[str],
        *,
        stretch: int,
        right: frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(headers), parent)
        self._right = right
        self.setHorizontalHeaderLabels(list(headers))
        for column in right:  # numbers line up under their heading
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setTextAlignment(RIGHT)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)  # a selected row would make every heading bold
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _fill(self, rows: Sequence[Sequence[str]]) -> None:
        self.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in self._right:
                    item.setTextAlignment(RIGHT)
                self.setItem(row, column, item)


class MeasurementsTable(_Table):
    """Results as they would be stored: date, side, distance, angle, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = (
            self.tr("Date"),
            self.tr("Side"),
            self.tr("Distance (cm)"),
            self.tr("Angle (°)"),
            self.tr("Note"),
        )
        super().__init__(headers, stretch=4, right=frozenset({2, 3}), parent=parent)
        self.setAccessibleName(self.tr("Results to import"))

    def set_measurements(self, measurements: Sequence[Measurement]) -> None:
        locale = QLocale()
        point = locale.decimalPoint()

        def number(value: float | None) -> str:
            return "" if value is None else format_number(value, point)

        rows = [
            (
                date_time_text(m.taken_at, locale),
                self.tr("● Left") if m.side == "left" else self.tr("▲ Right"),
                number(m.distance_cm),
                number(m.angle_deg),
                m.note.replace("\n", " "),
            )
            for m in measurements
        ]
        self._fill(rows)


class ProblemsTable(_Table):
    """Each bad line of a file with its number and what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = (self.tr("Line"), self.tr("What is wrong"))
        super().__init__(headers, stretch=1, right=frozenset({0}), parent=parent)
        self.setAccessibleName(self.tr("Bad lines"))

    def set_problems(self, problems: Sequence[LineProblem]) -> None:
        locale = QLocale()
        rows = [(locale.toString(p.line) if p.line > 0 else "–", p.reason) for p in problems]
        self._fill(rows)
        # Long reasons (a wrong header lists the expected one) are read in full on hover.
        for row, problem in enumerate(problems):
            reason = self.item(row, 1)
            if reason is not None:
                reason.setToolTip(problem.reason)


class BackupsTable(_Table):
    """Backups newest first: when each was made, what kind it is, its size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = (self.tr("Made"), self.tr("Kind"), self.tr("Size"))
        super().__init__(headers, stretch=1, right=frozenset({2}), parent=parent)
        self.setAccessibleName(self.tr("Backups"))

    def set_backups(self, backups: Sequence[BackupFile]) -> None:
        locale = QLocale()
        rows = [
            (
                date_time_text(b.made, locale),
                self.tr("Copy kept before a restore") if b.before_restore else self.tr("Backup"),
                locale.formattedDataSize(b.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat),
            )
            for b in backups
        ]
        self._fill(rows)
