"""The progress plot (pyqtgraph): both legs over time, error bands, difference, weekly practice.

Imported only when the progress page first shows data: pyqtgraph and numpy take about a
quarter of a second to import, which the rest of the app should not pay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]  # no type information
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from mobility_app.i18n import fill
from mobility_app.measures import facts
from mobility_app.measures.interpret import Kind
from mobility_app.measures.summary import SIDES, Series, Side, Summary
from mobility_app.measures.units import Unit, format_number, from_cm, unit_symbol
from mobility_app.report.pdf import medium_date
from mobility_app.ui import style
from mobility_app.ui.progress_parts import (
    BAND_ALPHA,
    DAY,
    LINE_STYLES,
    SYMBOLS,
    Track,
    extent,
    fast_curve,
    locale_axes,
    nearest_point,
    side_colour,
    timestamps,
)
from mobility_app.ui.progress_table import date_time_text
from mobility_app.ui.test_form import with_unit

MARKER_GAP_PX = 7  # markers only while points are on average this far apart, else lines only


class ProgressPlot(pg.GraphicsLayoutWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """Three plots sharing one date axis: results, left − right, practice sessions per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = self.addPlot(row=0, col=0, axisItems=locale_axes())
        self.difference = self.addPlot(row=1, col=0, axisItems=locale_axes())
        self.weekly = self.addPlot(row=2, col=0, axisItems=locale_axes())
        self.plots = (self.main, self.difference, self.weekly)
        for row, stretch in enumerate((7, 2, 2)):
            self.ci.layout.setRowStretchFactor(row, stretch)
        for plot in self.plots:
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.showGrid(y=True, alpha=0.12)
            plot.getAxis("left").setWidth(8 * style.UNIT)  # same width: the time axes align
        for plot in (self.difference, self.weekly):
            plot.setXLink(self.main)
            plot.setMouseEnabled(y=False)  # their heights follow the data; pan in time only
        self.difference.showAxis("bottom", False)

        # Typical adults (facts.TYPICAL_*): a neutral band behind everything, context only.
        self.typical = pg.LinearRegionItem(orientation="horizontal", movable=False)
        self.typical.setZValue(-30)
        self.main.addItem(self.typical)
        self.bands: dict[Side, QGraphicsRectItem] = {}
        self.curves: dict[Side, pg.PlotDataItem] = {}
        for side in SIDES:
            band = QGraphicsRectItem()
            band.setZValue(-20)
            self.main.addItem(band)
            self.bands[side] = band
            self.curves[side] = fast_curve(self.main.plot(symbol=SYMBOLS[side], symbolSize=9))

        # Left − right: the usual healthy difference as a band around zero (Chisholm 2012).
        self.difference_band = pg.LinearRegionItem(orientation="horizontal", movable=False)
        self.difference_band.setZValue(-20)
        self.difference.addItem(self.difference_band)
        self.zero = pg.InfiniteLine(angle=0, pos=0.0, movable=False)
        self.difference.addItem(self.zero)
        self.difference_curve = fast_curve(self.difference.plot(symbol="s", symbolSize=6))
        self.bars = pg.BarGraphItem(x0=[0.0], x1=[0.0], height=[0.0])
        self.weekly.addItem(self.bars)
        self.no_sessions = pg.TextItem(anchor=(0.5, 0.5))
        self.weekly.addItem(self.no_sessions, ignoreBounds=True)

        self.hover_label = pg.TextItem(anchor=(0, 1), ensureInBounds=True)
        self.hover_label.setZValue(100)
        self.hover_mark = pg.ScatterPlotItem(size=17, symbol="o", pxMode=True)
        self.hover_mark.setZValue(99)
        self.hover_text: str | None = None
        self._hover_plot: pg.PlotItem | None = None
        self.tracks: dict[pg.PlotItem, list[Track]] = {plot: [] for plot in self.plots}
        self._x_extent = (0.0, DAY)
        self._y_extent: dict[pg.PlotItem, tuple[float, float]] = {}
        self._titles: dict[pg.PlotItem, str] = {}
        self.scene().sigMouseMoved.connect(self.hover_at)
        self.main.vb.sigXRangeChanged.connect(self._show_markers_if_sparse)
        self.main.vb.sigResized.connect(self._show_markers_if_sparse)
        self.apply_palette()

    # -- appearance ---------------------------------------------------------------------------

    def apply_palette(self) -> None:
        """Colours from the system palette (light or dark); the legs keep their hue and shape."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlpha(90)
        neutral = QColor(text)
        neutral.setAlpha(24)
        self.setBackground(base)
        font = style.scaled_font(style.SECONDARY)
        for plot in self.plots:
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(faint))
                axis.setTextPen(pg.mkPen(text))
                axis.setTickFont(font)
                if axis.labelText:
                    axis.setLabel(axis.labelText, color=text.name())
        for plot, title in self._titles.items():
            self._label(plot, title)
        for region in (self.typical, self.difference_band):
            region.setBrush(QBrush(neutral))
            for line in region.lines:
                line.setPen(pg.mkPen(faint, style=Qt.PenStyle.DotLine))
        self.zero.setPen(pg.mkPen(faint))
        for side in SIDES:
            colour = side_colour(side, palette)
            curve = self.curves[side]
            curve.setPen(pg.mkPen(colour, width=self._line_width(curve), style=LINE_STYLES[side]))
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(pg.mkPen(base, width=1))
            fill = QColor(colour)
            fill.setAlpha(BAND_ALPHA)
            edge = QPen(colour, 1, LINE_STYLES[side])
            edge.setCosmetic(True)  # one pixel at any zoom, in data coordinates
            self.bands[side].setBrush(fill)
            self.bands[side].setPen(edge)
        self.difference_curve.setPen(pg.mkPen(faint, width=1))
        self.difference_curve.setSymbolBrush(text)
        self.difference_curve.setSymbolPen(None)
        bar = QColor(text)
        bar.setAlpha(80)
        self.bars.setOpts(brush=bar, pen=None)
        self.no_sessions.setColor(text)
        self.hover_label.fill = pg.mkBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        self.hover_label.border = pg.mkPen(palette.color(QPalette.ColorRole.Mid))
        self.hover_label.setColor(palette.color(QPalette.ColorRole.ToolTipText))
        self.hover_mark.setPen(pg.mkPen(text, width=2))
        self.hover_mark.setBrush(None)

    def changeEvent(self, event: QEvent) -> None:
        # Qt sends one from GraphicsView.__init__, before there is anything to colour.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "hover_mark"):
            self.apply_palette()
        super().changeEvent(event)

    def _label(self, plot: pg.PlotItem, text: str) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        if plot is self.main:
            plot.setLabel("left", text, color=colour)
        else:  # the small plots: a title above, so the words need not be rotated
            self._titles[plot] = text
            plot.setTitle(text, color=colour, justify="left", size=f"{self._title_points:.1f}pt")

    @property
    def _title_points(self) -> float:
        return max(style.scaled_font(style.SECONDARY).pointSizeF(), 7.0)

    # -- content ------------------------------------------------------------------------------

    def show_data(
        self, summary: Summary, kind: Kind, unit: Unit, weeks: Sequence[tuple[dt.date, int]]
    ) -> None:
        """One kind (distance in `unit`, or angle): never both on one axis (domain-facts §3)."""
        scale = 1.0 if kind == "angle" else from_cm(1.0, unit)
        symbol = "°" if kind == "angle" else unit_symbol(unit)
        locale = QLocale()
        point = locale.decimalPoint()
        width = self.main.vb.width()

        def number(value: float, digits: int = 1) -> str:
            text = format_number(value, point, digits)
            return f"{text}°" if kind == "angle" else with_unit(text, unit)

        if kind == "distance":
            self._label(self.main, fill(self.tr("Distance (%1)"), symbol))
        else:
            self._label(self.main, self.tr("Angle (°)"))
        limit = (
            facts.ASYMMETRY_ANGLE_DEG if kind == "angle" else facts.ASYMMETRY_DISTANCE_CM
        ) * scale
        self._label(
            self.difference,
            fill(
                self.tr("Left − right (%1); grey band: within %2, the usual difference"),
                symbol,
                number(limit, 1 if limit % 1 else 0),
            ),
        )
        self._label(self.weekly, self.tr("Practice sessions per week"))

        tracks: list[Track] = []
        values: list[np.ndarray] = []
        mdc = (facts.MDC_ANGLE_DEG if kind == "angle" else facts.MDC_DISTANCE_CM) * scale
        last = summary.last.timestamp() if summary.last else 0.0
        for side in SIDES:
            series = summary.series[(side, kind)]
            x, y = timestamps(series.times), np.asarray(series.values, dtype=np.float64) * scale
            # Decide on markers before the data arrives: 5,000 unseen markers cost 20 ms.
            self._markers(self.curves[side], SYMBOLS[side], len(x) * MARKER_GAP_PX <= width)
            self.curves[side].setData(x, y)
            values.append(y)
            value_text = self.tr("Left: %1") if side == "left" else self.tr("Right: %1")

            def describe(
                i: int, s: Series = series, y: np.ndarray = y, template: str = value_text
            ) -> str:
                lines = [fill(template, number(float(y[i]))), date_time_text(s.times[i], locale)]
                if s.notes[i]:
                    lines.append(fill(self.tr("“%1”"), s.notes[i]))
                return "\n".join(lines)

            tracks.append(Track(x, y, describe))
            # The measurement-error band from the baseline on (facts.MDC_*; Powden 2015).
            leg = summary.legs.get((side, kind))
            band = self.bands[side]
            band.setVisible(leg is not None)
            if leg is not None:
                start = leg.baseline.taken_at.timestamp()
                base = leg.baseline.value * scale
                band.setRect(QRectF(start, base - mdc, max(last - start, 7 * DAY), 2 * mdc))
                values.append(np.array([base - mdc, base + mdc]))
        self.tracks[self.main] = tracks
        low, high = facts.TYPICAL_ANGLE_DEG if kind == "angle" else facts.TYPICAL_DISTANCE_CM
        self.typical.setRegion((low * scale, high * scale))
        values.append(np.array([low * scale, high * scale]))
        self._y_extent[self.main] = extent(*values, fallback=(0.0, 1.0))

        pairs = summary.pairs[kind]
        px = timestamps(pairs.times)
        left = np.asarray(pairs.left, dtype=np.float64) * scale
        right = np.asarray(pairs.right, dtype=np.float64) * scale
        self._markers(self.difference_curve, "s", len(px) * MARKER_GAP_PX <= width)
        self.difference_curve.setData(px, left - right)
        limit = (
            facts.ASYMMETRY_ANGLE_DEG if kind == "angle" else facts.ASYMMETRY_DISTANCE_CM
        ) * scale
        self.difference_band.setRegion((-limit, limit))
        reach = max(2 * limit, float(np.abs(left - right).max()) if len(px) else 0.0)
        self._y_extent[self.difference] = (-reach, reach)

        def describe_pair(i: int) -> str:
            return fill(
                self.tr("%1\nLeft %2, right %3\nLeft − right: %4"),
                medium_date(pairs.times[i].date(), locale),
                number(float(left[i])),
                number(float(right[i])),
                number(float(left[i] - right[i])),
            )

        self.tracks[self.difference] = [Track(px, left - right, describe_pair)]

        mondays = np.fromiter(
            (dt.datetime.combine(m, dt.time()).timestamp() for m, _ in weeks),
            dtype=np.float64,
            count=len(weeks),
        )
        counts = np.fromiter((c for _, c in weeks), dtype=np.float64, count=len(weeks))
        # Monday to Sunday with a small gap, so neighbouring weeks stay separate bars.
        self.bars.setOpts(x0=mondays + 0.5 * DAY, x1=mondays + 6.5 * DAY, height=counts)
        self.no_sessions.setText("" if len(weeks) else self.tr("No practice sessions yet"))
        self._y_extent[self.weekly] = (0.0, max(3.0, float(counts.max()) if len(counts) else 0.0))

        def describe_week(i: int) -> str:
            text = self.tr("Week of %1 — practice sessions: %n", "", int(counts[i]))
            return fill(text, medium_date(weeks[i][0], locale))

        self.tracks[self.weekly] = [Track(mondays + 3.5 * DAY, counts, describe_week, True)]
        first = summary.first.timestamp() if summary.first else 0.0
        self._x_extent = extent(
            np.array([first, last]), mondays, mondays + 7 * DAY, fallback=(0, DAY)
        )
        self.hide_hover()
        self.reset_view()

    # -- view ---------------------------------------------------------------------------------

    def reset_view(self) -> None:
        """Everything in view: all results and weeks in time, each plot's values in height."""
        x0, x1 = self._x_extent
        pad = max((x1 - x0) * 0.03, 7 * DAY)  # a lone result still shows weeks, not hours
        self.main.setXRange(x0 - pad, x1 + pad, padding=0)
        for plot in self.plots:
            y0, y1 = self._y_extent.get(plot, (0.0, 1.0))
            margin = (y1 - y0) * 0.08 or 1.0
            plot.setYRange(y0 - (0 if plot is self.weekly else margin), y1 + margin, padding=0)
        y0, y1 = self._y_extent.get(self.weekly, (0.0, 1.0))
        self.no_sessions.setPos((x0 + x1) / 2, (y0 + y1) / 2)
        self._show_markers_if_sparse()

    def _show_markers_if_sparse(self) -> None:
        """Markers while points are apart; with years of results, lines alone stay readable."""
        left, right = self.main.vb.viewRange()[0]
        width = max(self.main.vb.width(), 1.0)
        curves = [*self.curves.values(), self.difference_curve]
        tracks = [*self.tracks[self.main], *self.tracks[self.difference]]
        for curve, track, symbol in zip(curves, tracks, [*SYMBOLS.values(), "s"], strict=False):
            visible = int(np.searchsorted(track.x, right) - np.searchsorted(track.x, left))
            wanted = visible * MARKER_GAP_PX <= width
            self._markers(curve, symbol, wanted)

    def _markers(self, curve: pg.PlotDataItem, symbol: str, wanted: bool) -> None:
        if wanted == (curve.opts["symbol"] is not None):
            return
        curve.setSymbol(symbol if wanted else None)
        if curve is not self.difference_curve:
            pen = QPen(curve.opts["pen"])
            pen.setWidthF(self._line_width(curve))
            curve.setPen(pen)

    @staticmethod
    def _line_width(curve: pg.PlotDataItem) -> float:
        # Two pixels beside markers; one for dense lines, as Qt strokes thick dashed
        # polylines slowly (hundreds of ms at 5,000 points).
        return 2.0 if curve.opts["symbol"] is not None else 1.0

    def markers_shown(self, side: Side) -> bool:
        return self.curves[side].opts["symbol"] is not None

    # -- hover --------------------------------------------------------------------------------

    def nearest(self, plot: pg.PlotItem, scene_pos: QPointF) -> tuple[Track, int] | None:
        """The point of `plot` nearest the pointer, within HOVER_RADIUS_PX, or None."""
        return nearest_point(self.tracks[plot], plot.vb, scene_pos)

    def hover_at(self, scene_pos: QPointF) -> str | None:
        """Show the nearest point's value, date and note beside it; return the text shown."""
        for plot in self.plots:
            found = self.nearest(plot, scene_pos)
            if found is None:
                continue
            track, index = found
            x, y = float(track.x[index]), float(track.y[index])
            if self._hover_plot is not plot:
                self.hide_hover()
                plot.addItem(self.hover_label, ignoreBounds=True)
                plot.addItem(self.hover_mark, ignoreBounds=True)
                self._hover_plot = plot
            self.hover_text = track.text(index)
            self.hover_label.setText(self.hover_text)
            # Open towards the middle of the plot, so the label never covers its own point.
            (x0, x1), (y0, y1) = plot.vb.viewRange()
            self.hover_label.setAnchor(
                (1.0 if x > (x0 + x1) / 2 else 0.0, 0.0 if y > (y0 + y1) / 2 else 1.0)
            )
            self.hover_label.setPos(x, y)
            self.hover_mark.setData([x], [y])
            return self.hover_text
        self.hide_hover()
        return None

    def hide_hover(self) -> None:
        if self._hover_plot is not None:
            self._hover_plot.removeItem(self.hover_label)
            self._hover_plot.removeItem(self.hover_mark)
            self._hover_plot = None
        self.hover_text = None

    def leaveEvent(self, event: QEvent) -> None:
        self.hide_hover()
        super().leaveEvent(event)
