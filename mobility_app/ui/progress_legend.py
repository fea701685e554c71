"""The progress page's plain panels: the plot's legend (its swatches also mark the summary
sentences), a row of buttons that wraps when narrow, and the panel shown before the first
result.

Painted with QPainter alone, so the page can show them without importing pyqtgraph.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobility_app.measures.summary import Side
from mobility_app.report.pdf import draw_marker
from mobility_app.ui import style
from mobility_app.ui.panels import Panel, PrimaryButton


def _colour(side: Side, palette: QPalette) -> QColor:
    # As ui.progress_parts.side_colour, without importing pyqtgraph for it.
    return QColor(style.VERMILLION) if side == "right" else style.accent(palette)


class Swatch(QWidget):
    """A legend sample: a leg's line and marker, or a band in a leg's colour or neutral grey."""

    def __init__(self, side: Side | None, band: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side, self.band = side, band
        self.setFixedSize(QSize(4 * style.UNIT, 2 * style.UNIT))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.side is None and not self.band:
            return  # a sentence about both legs: no sample, the space keeps the text aligned
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        if self.side is None:
            fill = QColor(palette.color(QPalette.ColorRole.Text))
            fill.setAlpha(24)
            painter.fillRect(rect, fill)
            painter.end()
            return
        colour = _colour(self.side, palette)
        line = Qt.PenStyle.SolidLine if self.side == "left" else Qt.PenStyle.DashLine
        if self.band:
            fill = QColor(colour)
            fill.setAlpha(45)
            painter.fillRect(rect, fill)
            painter.setPen(QPen(colour, 1, line))
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        else:
            middle = rect.center().y()
            painter.setPen(QPen(colour, 2, line))
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
            draw_marker(painter, self.side, QPointF(rect.center().x(), middle), 9, colour)
        painter.end()


class Legend(QWidget):
    """Samples and words for the plot: one row when there is room, two or four when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(2 * style.UNIT)
        self._grid.setVerticalSpacing(style.UNIT // 2)
        self.labels: list[QLabel] = []
        self._chips: list[QWidget] = []
        samples: list[list[tuple[Side | None, bool]]] = [
            [("left", False)],
            [("right", False)],
            [("left", True), ("right", True)],  # both legs' bands share one label
            [(None, True)],
        ]
        for parts in samples:
            chip = QWidget(self)
            row = QHBoxLayout(chip)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(style.UNIT // 2)
            for side, band in parts:
                row.addWidget(Swatch(side, band, chip))
            text = style.label("", style.SECONDARY, wrap=False, selectable=False)
            row.addWidget(text)
            self.labels.append(text)
            self._chips.append(chip)
        self._columns = 0
        self._place(4)

    def set_texts(self, *texts: str) -> None:
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._place(self._columns, force=True)

    def _place(self, columns: int, force: bool = False) -> None:
        if columns == self._columns and not force:
            return
        self._columns = columns
        for index, chip in enumerate(self._chips):
            self._grid.removeWidget(chip)
            self._grid.addWidget(
                chip, index // columns, index % columns, Qt.AlignmentFlag.AlignLeft
            )
        for column in range(5):
            self._grid.setColumnStretch(column, 1 if column == columns else 0)

    def _width(self, columns: int) -> int:
        widths = [chip.sizeHint().width() for chip in self._chips]
        rows = [widths[i : i + columns] for i in range(0, len(widths), columns)]
        spacing = self._grid.horizontalSpacing()
        return max(sum(row) + spacing * (len(row) - 1) for row in rows)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(1), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        self._place(next((n for n in (4, 2) if width >= self._width(n)), 1))
        super().resizeEvent(event)


class WrappingRow(QWidget):
    """Two groups of buttons: side by side (the second at the right) when there is room, else
    the second below the first, so a narrow window or a longer language does not clip them."""

    def __init__(
        self, first: list[QWidget], second: list[QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._rows: list[QHBoxLayout] = []
        for widgets, at_right in ((first, False), (second, True)):
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            if at_right:
                row.addStretch(1)
            for widget in widgets:
                row.addWidget(widget)
            if not at_right:
                row.addStretch(1)
            self._outer.addLayout(row, 1)
            self._rows.append(row)

    def _one_row_width(self) -> int:
        spacing = self._outer.spacing()
        return sum(row.minimumSize().width() for row in self._rows) + spacing

    def minimumSizeHint(self) -> QSize:
        width = max(row.minimumSize().width() for row in self._rows)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._one_row_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._outer.direction() != direction:
            self._outer.setDirection(direction)
        super().resizeEvent(event)


class EmptyState(QWidget):
    """Shown before the first result: what the test is, when to take it, and `record_button`
    to start it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        panel = Panel(self, accent=style.accent(self.palette()))
        panel.setMaximumWidth(88 * style.UNIT)
        panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(4 * style.UNIT, 3 * style.UNIT, 4 * style.UNIT, 3 * style.UNIT)
        inner.setSpacing(style.UNIT * 3 // 2)
        inner.addWidget(style.label(self.tr("No results yet"), style.HEADING_2, bold=True))
        for text in (
            self.tr(
                "Your progress appears here after your first knee-to-wall test. It takes a few "
                "minutes: face a wall, bend the knee towards it with the heel down, and find "
                "the furthest the foot can be from the wall while the knee still touches it. "
                "Test both legs."
            ),
            # Konrad 2017: one stretching session adds about 4% for a while (domain-facts §5).
            self.tr(
                "Test before you stretch: one session loosens the ankle for a while and would "
                "flatter the result. Test again every few weeks. Small changes are within the "
                "test's measurement error; this page tells you when a change is likely real."
            ),
        ):
            inner.addWidget(style.label(text))
        self.record_button = PrimaryButton(self.tr("Do the knee-to-wall test"), panel)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        inner.addLayout(row)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(panel, 6)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
