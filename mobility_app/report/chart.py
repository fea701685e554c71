"""The report's charts drawn with QPainter in page units: axes, each leg's series and markers,
the baseline error bands, the typical range, the legend and the weekly practice bars."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtCore import QPointF as P
from PySide6.QtCore import QRectF as R
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen, QPolygonF

from mobility_app.i18n import fill, translate
from mobility_app.measures import facts
from mobility_app.measures.interpret import Kind, threshold
from mobility_app.measures.summary import SIDES, Side, Summary, format_limit
from mobility_app.measures.units import Unit, from_cm, unit_symbol

# Printed on white: the Okabe & Ito (2008) blue and vermillion (UI.md), never colour alone:
# circles and a solid line on the left, triangles and a dashed line on the right.
INK, GREY, GRID = QColor("#000000"), QColor("#4D4D4D"), QColor("#D9D9D9")  # grey 8.4:1 on white
SIDE_COLOURS: dict[Side, QColor] = {"left": QColor("#0072B2"), "right": QColor("#D55E00")}
TYPICAL_FILL = QColor(0, 0, 0, 16)
BAND_ALPHA = 30  # light, so both legs' bands and the typical range stay readable where they meet
BAR_GREY = QColor("#8C8C8C")
DPI = 300
MARKERS_UP_TO = 400  # more results than this per leg: lines only, markers would merge
DAY = 86400.0
WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


def mm(value: float) -> float:
    return value * DPI / 25.4


def medium_date(day: dt.date, locale: QLocale | None = None) -> str:
    """'3 Nov 2025' / 'Nov 3, 2025' / '3. Nov. 2025': the locale's long date, shorter."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    # Drop the weekday and shorten the month name; fall back to the short format.
    pattern = re.sub(r"\s*d{4}[,.،]?\s*", " ", pattern).strip(" ,،").replace("MMMM", "MMM")
    qdate = QDate(day.year, day.month, day.day)
    if not all(part in pattern for part in ("d", "M", "y")):
        return locale.toString(qdate, QLocale.FormatType.ShortFormat)
    return locale.toString(qdate, pattern)


def page_font(points: float, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def draw_marker(
    painter: QPainter, side: Side, centre: P, size: float, colour: QColor | None = None
) -> None:
    """A filled circle (left) or upward triangle (right), as on screen; outline: the pen."""
    painter.setBrush(colour if colour is not None else SIDE_COLOURS[side])
    x, y, half = centre.x(), centre.y(), size / 2
    if side == "left":
        painter.drawEllipse(centre, half, half)
        return
    corners = [
        P(x, y - half * 1.15),
        P(x + half * 1.1, y + half * 0.85),
        P(x - half * 1.1, y + half * 0.85),
    ]
    painter.drawPolygon(QPolygonF(corners))


def side_pen(side: Side, width: float) -> QPen:
    style = Qt.PenStyle.SolidLine if side == "left" else Qt.PenStyle.DashLine
    return QPen(SIDE_COLOURS[side], width, style)


def nice_step(span: float, ticks: int = 6) -> float:
    """A 1-2-5 step giving about `ticks` intervals over `span`."""
    raw = max(span, 1e-9) / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def month_ticks(start: float, end: float) -> list[dt.datetime]:
    """Calendar-aligned first days of months between two POSIX times, about seven at most."""
    first = dt.datetime.fromtimestamp(start)
    step = next((s for s in (1, 2, 3, 6, 12, 24) if (end - start) / (30.44 * DAY) / s <= 7), 60)
    ticks: list[dt.datetime] = []
    index = first.year * 12 + first.month - 1
    while (tick := dt.datetime((index + 1) // 12, (index + 1) % 12 + 1, 1)).timestamp() <= end:
        index += 1
        if index % step == 0:  # Jan/Apr/Jul/Oct for 3, Jan/Jul for 6, ...
            ticks.append(tick)
    return ticks


@dataclass(frozen=True)
class _Frame:
    """Maps time (POSIX seconds) and values into a rectangle of the page."""

    rect: R
    x0: float
    x1: float
    y0: float
    y1: float

    def x(self, t: float) -> float:
        return self.rect.left() + (t - self.x0) / (self.x1 - self.x0) * self.rect.width()

    def y(self, v: float) -> float:
        return self.rect.bottom() - (v - self.y0) / (self.y1 - self.y0) * self.rect.height()


def _axes(painter: QPainter, frame: _Frame, step: float, label: str) -> None:
    painter.setFont(page_font(7))
    rect = frame.rect
    tick = math.ceil(frame.y0 / step) * step
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    while tick <= frame.y1 + 1e-9:
        y = frame.y(tick)
        painter.setPen(QPen(GRID, mm(0.15)))
        painter.drawLine(P(rect.left(), y), P(rect.right(), y))
        painter.setPen(GREY)
        painter.drawText(R(rect.left() - mm(12), y - mm(2), mm(11), mm(4)), right, f"{tick:g}")
        tick += step
    painter.setPen(QPen(GREY, mm(0.2)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.drawText(R(rect.left(), rect.top() - mm(5), rect.width(), mm(4.5)), WRAP, label)
    locale = QLocale()
    months = month_ticks(frame.x0, frame.x1)
    # Under a month of results: one date in the middle rather than a bare axis.
    middle = dt.datetime.fromtimestamp((frame.x0 + frame.x1) / 2)
    for when in months or [middle]:
        x = frame.x(when.timestamp())
        painter.drawLine(P(x, rect.bottom()), P(x, rect.bottom() + mm(1)))
        text = locale.toString(QDate(when.year, when.month, 1), "MMM yyyy")
        if not months:
            text = medium_date(when.date(), locale)
        box = R(x - mm(12), rect.bottom() + mm(1), mm(24), mm(4))
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, text)


def draw_plot(
    painter: QPainter, rect: R, summary: Summary, kind: Kind, unit: Unit, span: tuple[float, float]
) -> None:
    """Both legs over time, each baseline's error band and the typical range behind them."""
    scale = 1.0 if kind == "angle" else from_cm(1.0, unit)
    mdc = (facts.MDC_ANGLE_DEG if kind == "angle" else facts.MDC_DISTANCE_CM) * scale
    low, high = (
        v * scale
        for v in (facts.TYPICAL_ANGLE_DEG if kind == "angle" else facts.TYPICAL_DISTANCE_CM)
    )
    legs = [leg for side in SIDES if (leg := summary.legs.get((side, kind))) is not None]
    spread = [v * scale for side in SIDES for v in summary.series[(side, kind)].values]
    spread += [low, high, *(leg.baseline.value * scale + s * mdc for leg in legs for s in (-1, 1))]
    step = nice_step(max(spread) - min(spread))
    y0, y1 = math.floor(min(spread) / step) * step, math.ceil(max(spread) / step) * step
    frame = _Frame(rect, span[0], span[1], y0, y1)
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(
        R(rect.left(), frame.y(high), rect.width(), frame.y(low) - frame.y(high)), TYPICAL_FILL
    )
    for leg in legs:
        base, left = leg.baseline.value * scale, frame.x(leg.baseline.taken_at.timestamp())
        band = R(P(left, frame.y(base + mdc)), P(rect.right(), frame.y(base - mdc)))
        colour = QColor(SIDE_COLOURS[leg.side])
        colour.setAlpha(BAND_ALPHA)
        painter.fillRect(band, colour)
        painter.setPen(side_pen(leg.side, mm(0.15)))
        painter.drawLine(band.topLeft(), band.topRight())
        painter.drawLine(band.bottomLeft(), band.bottomRight())
    for side in SIDES:
        series = summary.series[(side, kind)]
        points = [
            P(frame.x(t.timestamp()), frame.y(v * scale))
            for t, v in zip(series.times, series.values, strict=True)
        ]
        dense = len(points) > MARKERS_UP_TO  # years of results: a thin line, no markers
        painter.setPen(side_pen(side, mm(0.15 if dense else 0.35)))
        painter.drawPolyline(QPolygonF(points))
        if not dense:
            painter.setPen(QPen(QColor("#FFFFFF"), mm(0.15)))
            for point in points:
                draw_marker(painter, side, point, mm(1.8))
    painter.restore()
    if kind == "distance":
        title = fill(translate("Report", "Toe-to-wall distance (%1)"), unit_symbol(unit))
    else:
        title = translate("Report", "Tibia angle (°): measured, never converted from the distance")
    _axes(painter, frame, step, title)


LEGEND_ROW = mm(4.5)


def draw_legend(
    painter: QPainter,
    x: float,
    y: float,
    unit: Unit,
    kinds: Sequence[Kind],
    width: float = math.inf,
    *,
    draw: bool = True,
) -> float:
    """A row explaining the lines, markers and bands, wrapped onto another row where it would
    pass `width` (longer words in other languages); returns the height the extra rows take.
    With `draw` False it only measures."""
    painter.setFont(page_font(7))
    point = QLocale().decimalPoint()
    errors = " / ".join("± " + format_limit(threshold(k), k, unit, point) for k in kinds)
    entries: list[tuple[str, Sequence[Side | None], bool]] = [
        (translate("Report", "Left"), ["left"], False),
        (translate("Report", "Right"), ["right"], False),
        (fill(translate("Report", "Baseline %1 (measurement error)"), errors), SIDES, True),
        (translate("Report", "Typical adults (context, not a target)"), [None], True),
    ]
    left, top = x, y
    for text, sides, band in entries:
        advance = painter.fontMetrics().horizontalAdvance(text)
        if x > left and x + mm(8.5) + advance > left + width:
            x, y = left, y + LEGEND_ROW
        if draw:
            _legend_entry(painter, x, y, text, sides, band)
        x += mm(13.5) + advance
    return y - top


def _legend_entry(
    painter: QPainter, x: float, y: float, text: str, sides: Sequence[Side | None], band: bool
) -> None:
    for index, side in enumerate(sides):
        part = R(x + index * mm(7) / len(sides), y - mm(1.5), mm(7) / len(sides), mm(3))
        if not band and side is not None:
            painter.setPen(side_pen(side, mm(0.35)))
            painter.drawLine(P(x, y), P(x + mm(7), y))
            painter.setPen(QPen(QColor("#FFFFFF"), mm(0.15)))
            draw_marker(painter, side, P(x + mm(3.5), y), mm(1.8))
        elif side is None:
            painter.fillRect(part, TYPICAL_FILL)
        else:
            colour = QColor(SIDE_COLOURS[side])
            colour.setAlpha(BAND_ALPHA)
            painter.fillRect(part, colour)
    painter.setPen(INK)
    painter.drawText(P(x + mm(8.5), y + painter.fontMetrics().ascent() / 2.5), text)


def draw_weeks(
    painter: QPainter, rect: R, weeks: Sequence[tuple[dt.date, int]], span: tuple[float, float]
) -> None:
    """Practice sessions per week as bars, on the plot's time axis."""
    if not weeks:
        painter.setFont(page_font(8))
        painter.setPen(GREY)
        none = translate("Report", "Practice sessions per week: none recorded yet.")
        painter.drawText(rect, WRAP, none)
        return
    title = translate("Report", "Practice sessions per week")
    top = max(count for _, count in weeks)
    step = max(1.0, nice_step(top, 3))
    frame = _Frame(rect, span[0], span[1], 0.0, math.ceil(top / step) * step)
    painter.save()
    painter.setClipRect(rect)
    for monday, count in weeks:
        start = dt.datetime.combine(monday, dt.time()).timestamp()
        left, right = frame.x(start + 0.5 * DAY), frame.x(start + 6.5 * DAY)
        bar = R(P(left, frame.y(count)), P(max(right, left + mm(0.2)), frame.y(0)))
        painter.fillRect(bar, BAR_GREY)
    painter.restore()
    _axes(painter, frame, step, title)
