"""The progress page: what the knee-to-wall results mean, plotted over time, and every result.

pyqtgraph and numpy are imported when the page first has results to plot (ui.progress_plot),
never when this module is imported, so the rest of the app starts without them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mobility_app.history import sessions_per_week
from mobility_app.i18n import fill
from mobility_app.measures.interpret import Kind, threshold
from mobility_app.measures.summary import (
    KINDS,
    Line,
    Row,
    Summary,
    format_limit,
    summarise,
    summary_lines,
)
from mobility_app.measures.units import unit_symbol
from mobility_app.report.pdf import medium_date
from mobility_app.settings import Settings
from mobility_app.storage import Session
from mobility_app.ui import style
from mobility_app.ui.panels import Panel
from mobility_app.ui.progress_legend import EmptyState, Legend, Swatch, WrappingRow
from mobility_app.ui.progress_table import ResultsTable

if TYPE_CHECKING:
    from mobility_app.ui.progress_plot import ProgressPlot
    from mobility_app.ui.undo import ResultsEditor

log = logging.getLogger("mobility.ui")


def preload_plotting() -> None:
    """Import pyqtgraph and numpy now (about 0.3 s), e.g. when the app is idle after start-up,
    so the page's first opening does not pay for them."""
    import mobility_app.ui.progress_plot  # noqa: F401


class ProgressPage(QWidget):
    """Summary sentences, the plot and the table of results; a friendly panel when empty."""

    recordRequested = Signal()  # the empty state's button: open the knee-to-wall test
    baselinesChanged = Signal(object)  # dict side -> result id chosen as that leg's baseline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Row] = []
        self._sessions: Sequence[Session] = []
        self._settings = Settings()
        self._weeks: list[tuple[dt.date, int]] = []
        self._baselines: dict[str, int] = {}
        self._results_editor: ResultsEditor | None = None
        self._kind: Kind = "distance"
        self.summary: Summary = summarise([])
        self.lines: list[Line] = []
        self._plot: ProgressPlot | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(3 * style.UNIT, 3 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        outer.setSpacing(2 * style.UNIT)
        header = QHBoxLayout()
        header.setSpacing(style.UNIT)
        header.addWidget(style.label(self.tr("Progress"), style.HEADING_1, bold=True, wrap=False))
        header.addStretch(1)
        self.kind_buttons: dict[Kind, QPushButton] = {}
        self._kind_group = QButtonGroup(self)
        for kind in KINDS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, k=kind: self.show_kind(k))
            self._kind_group.addButton(button)
            self.kind_buttons[kind] = button
            header.addWidget(button)
        header.addSpacing(2 * style.UNIT)
        self.reset_button = QPushButton(self.tr("Reset view"), self)
        self.reset_button.setToolTip(self.tr("Show all results again after zooming or panning"))
        self.reset_button.clicked.connect(self.reset_view)
        header.addWidget(self.reset_button)
        self.report_button = QPushButton(self.tr("Save report (PDF)…"), self)
        self.report_button.clicked.connect(self._ask_report_path)
        header.addWidget(self.report_button)
        outer.addLayout(header)

        self.stack = QStackedWidget(self)
        self.empty_panel = EmptyState(self)
        self.record_button = self.empty_panel.record_button
        self.record_button.clicked.connect(self.recordRequested)
        self.stack.addWidget(self.empty_panel)
        self.content = self._build_content()
        # Small windows scroll rather than squash the plot into a strip.
        scroller = QScrollArea(self)
        style.name_scroll_area(scroller, self.tr("Progress"))
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.content)
        self.stack.addWidget(scroller)
        outer.addWidget(self.stack, 1)
        self._render()

    # -- building -----------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * style.UNIT)
        self.summary_panel = Panel(content)
        self._summary_grid = QGridLayout(self.summary_panel)
        self._summary_grid.setContentsMargins(
            2 * style.UNIT, 3 * style.UNIT // 2, 2 * style.UNIT, 3 * style.UNIT // 2
        )
        self._summary_grid.setHorizontalSpacing(style.UNIT)
        self._summary_grid.setVerticalSpacing(style.UNIT // 2)
        self._summary_grid.setColumnStretch(1, 1)
        self._summary_rows: list[tuple[Swatch, QLabel]] = []
        layout.addWidget(self.summary_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        splitter.setChildrenCollapsible(False)
        plot_column = QWidget(splitter)
        self._plot_layout = QVBoxLayout(plot_column)
        self._plot_layout.setContentsMargins(0, 0, 0, 0)
        self._plot_layout.setSpacing(style.UNIT)
        self.legend = Legend(plot_column)
        self._plot_layout.addWidget(self.legend)
        table_column = QWidget(splitter)
        table_layout = QVBoxLayout(table_column)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(style.UNIT)
        table_layout.addWidget(style.label(self.tr("All results"), style.HEADING_3, bold=True))
        self.table = ResultsTable(table_column)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        table_layout.addWidget(self.table, 1)
        self.baseline_button = QPushButton(self.tr("Use as baseline"), table_column)
        self.baseline_button.setToolTip(
            self.tr("Compare later results of this leg with the selected one, e.g. after an injury")
        )
        self.baseline_button.setEnabled(False)
        self.baseline_button.clicked.connect(self._use_selected_as_baseline)
        self.first_button = QPushButton(self.tr("Compare with first results"), table_column)
        self.first_button.clicked.connect(lambda: self.set_baselines({}))
        self.edit_button = QPushButton(self.tr("Edit…"), table_column)
        self.edit_button.setToolTip(self.tr("Correct the selected result"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), table_column)
        self.delete_button.setToolTip(self.tr("Delete the selected result (you can undo it)"))
        self.delete_button.clicked.connect(self._delete_selected)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(False)
            button.setVisible(False)  # only where results can be changed (storage is open)
        buttons = WrappingRow(
            [self.baseline_button, self.first_button],
            [self.edit_button, self.delete_button],
            table_column,
        )
        table_layout.addWidget(buttons)
        self._editor_slot = table_layout
        splitter.addWidget(plot_column)
        splitter.addWidget(table_column)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        return content

    # -- data ---------------------------------------------------------------------------------

    def set_data(
        self, measurements: Sequence[Row], sessions: Sequence[Session], settings: Settings
    ) -> None:
        """Show `measurements` (oldest first, as storage lists them) and weekly practice."""
        self._rows, self._sessions, self._settings = measurements, sessions, settings
        self._weeks = sessions_per_week(sessions)
        self.table.results.set_rows(measurements, settings.unit)
        self.table.size_columns()  # the distance header names the unit
        self.refresh()

    def set_baselines(self, baselines: Mapping[str, int]) -> None:
        """Compare each leg with the result of this id ({} for the first results)."""
        self._baselines = dict(baselines)
        self.refresh()
        self.baselinesChanged.emit(dict(self._baselines))

    def refresh(self) -> None:
        """Recompute the summary from the data last given and show it."""
        self.summary = summarise(self._rows, self._baselines.values())
        self._render()

    def show_kind(self, kind: Kind) -> None:
        """Distance or angle: separate series, never converted into each other (domain-facts §3)."""
        self._kind = kind
        self._render()

    @property
    def kind(self) -> Kind:
        return self._kind

    @property
    def plot(self) -> ProgressPlot | None:
        """The plot once results have been shown (pyqtgraph is imported then)."""
        return self._plot

    def reset_view(self) -> None:
        if self._plot is not None:
            self._plot.reset_view()

    # -- showing ------------------------------------------------------------------------------

    def _render(self) -> None:
        summary = self.summary
        empty = summary.empty
        self.stack.setCurrentIndex(0 if empty else 1)
        for widget in (*self.kind_buttons.values(), self.reset_button, self.report_button):
            widget.setVisible(not empty)
        unit = self._settings.unit
        self.kind_buttons["distance"].setText(fill(self.tr("Distance (%1)"), unit_symbol(unit)))
        self.kind_buttons["angle"].setText(self.tr("Angle (°)"))
        for kind, button in self.kind_buttons.items():
            button.setEnabled(summary.has(kind))
            button.setToolTip(
                "" if summary.has(kind) else self.tr("No results of this kind recorded yet")
            )
        if not summary.has(self._kind) and not empty:
            self._kind = "angle" if self._kind == "distance" else "distance"
        self.kind_buttons[self._kind].setChecked(True)
        locale = QLocale()
        self.lines = summary_lines(
            summary,
            unit=unit,
            decimal_point=locale.decimalPoint(),
            format_date=lambda day: medium_date(day, locale),
        )
        if empty:
            return
        self._show_lines([line for line in self.lines if line.kind in (None, self._kind)])
        self._update_legend()
        if self._plot is None:
            from mobility_app.ui.progress_plot import ProgressPlot  # lazy: pyqtgraph, numpy

            self._plot = ProgressPlot(self)
            self._plot.setAccessibleName(self.tr("Results over time"))
            self._plot.setMinimumHeight(52 * style.UNIT)
            self._plot_layout.addWidget(self._plot, 1)
        self._plot.show_data(summary, self._kind, unit, self._weeks)

    def _show_lines(self, lines: Sequence[Line]) -> None:
        """One row per sentence; a change of one leg starts with that leg's line and marker."""
        while len(self._summary_rows) < len(lines):
            row = len(self._summary_rows)
            icon = Swatch(None, False, self.summary_panel)
            text = style.label("", parent=self.summary_panel)
            self._summary_grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            self._summary_grid.addWidget(text, row, 1)
            self._summary_rows.append((icon, text))
        window = self.palette()
        for index, (icon, text) in enumerate(self._summary_rows):
            line = lines[index] if index < len(lines) else None
            icon.setVisible(line is not None)
            text.setVisible(line is not None)
            if line is None:
                continue
            icon.side = line.side
            icon.update()
            text.setText(line.text)
            # Two levels only: verdicts in the text colour, context in the secondary one.
            palette = text.palette()
            secondary = line.topic in ("context", "expectation")
            colour = window.color(QPalette.ColorRole.WindowText)
            palette.setColor(
                QPalette.ColorRole.WindowText,
                style.secondary_colour(window) if secondary else colour,
            )
            text.setPalette(palette)

    def _update_legend(self) -> None:
        point = QLocale().decimalPoint()
        error = format_limit(threshold(self._kind), self._kind, self._settings.unit, point)
        self.legend.set_texts(
            self.tr("Left"),
            self.tr("Right"),
            fill(self.tr("Baseline ± %1 (measurement error)"), error),
            self.tr("Typical adults (context, not a target)"),
        )

    def changeEvent(self, event: QEvent) -> None:
        # The summary's text colours are set per label: follow a light/dark switch.
        if event.type() == QEvent.Type.PaletteChange and not self.summary.empty:
            self._show_lines([line for line in self.lines if line.kind in (None, self._kind)])
        super().changeEvent(event)

    # -- baselines and report -----------------------------------------------------------------

    def results_editor_db(self) -> object | None:
        """The database the Edit/Delete buttons change, if any."""
        return self._results_editor.db if self._results_editor is not None else None

    def set_results_editor(self, editor: ResultsEditor | None) -> None:
        """Offer Edit and Delete (with undo) through `editor`, or nothing when it is None."""
        old = self._results_editor
        if old is not None:
            # Still parented, so Qt alone deletes it (no second owner in Python).
            self._editor_slot.removeWidget(old)
            for action in (old.undo_action, old.redo_action):
                self.removeAction(action)
            old.hide()
            old.deleteLater()
        self._results_editor = editor
        if editor is not None:
            self._editor_slot.addWidget(editor)
            for action in (editor.undo_action, editor.redo_action):
                self.addAction(action)
        for button in (self.edit_button, self.delete_button):
            button.setVisible(editor is not None)
        self._selection_changed()

    def _selected_result_id(self) -> int | None:
        row = self.table.selected_row()
        return None if row is None else self.table.results.result_id(row)

    def _edit_selected(self) -> None:
        result_id = self._selected_result_id()
        if self._results_editor is not None and result_id is not None:
            self._results_editor.edit_measurement(result_id)

    def _delete_selected(self) -> None:
        result_id = self._selected_result_id()
        if self._results_editor is not None and result_id is not None:
            self._results_editor.delete_measurement(result_id)

    def _selection_changed(self) -> None:
        selected = self.table.selected_row() is not None
        self.baseline_button.setEnabled(selected)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(selected and self._results_editor is not None)

    def _use_selected_as_baseline(self) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        result_id = self.table.results.result_id(row)
        if result_id is not None:
            self.set_baselines({**self._baselines, self.table.results.side(row): result_id})

    def save_report(self, path: str) -> None:
        """Write the one-page PDF of what the page shows; OSError if it cannot be written."""
        from mobility_app.report.pdf import write_report

        write_report(
            path,
            self._rows,
            self._sessions,
            self._settings,
            now=dt.datetime.now().astimezone(),
            baseline_ids=list(self._baselines.values()),
        )

    def _ask_report_path(self) -> None:
        # A file name: letters, digits and hyphens only, in the person's language.
        name = fill(self.tr("ankle-mobility-%1.pdf"), dt.date.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save progress report"), name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            self.save_report(path)
        except OSError as exc:
            log.warning("Could not save the report: %s", exc)
            QMessageBox.warning(
                self,
                self.tr("Report not saved"),
                fill(
                    self.tr("The report could not be written to %1: %2. Choose another folder."),
                    path,
                    exc.strerror or str(exc),
                ),
            )
