"""The one-page progress report as PDF: a static plot, the latest results and what they mean."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtCore import QPointF as P
from PySide6.QtCore import QRectF as R
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter, QPen

from mobility_app import APP_NAME, __version__
from mobility_app.history import sessions_per_week
from mobility_app.i18n import QT_TRANSLATE_NOOP, fill, translate
from mobility_app.measures.interpret import Kind
from mobility_app.measures.summary import (
    KINDS,
    Row,
    Summary,
    format_value,
    summarise,
    summary_lines,
)
from mobility_app.measures.units import Unit
from mobility_app.report.chart import (
    DAY,
    DPI,
    GREY,
    INK,
    WRAP,
    draw_legend,
    draw_marker,
    draw_plot,
    draw_weeks,
    medium_date,
    mm,
    month_ticks,
    nice_step,
    page_font,
)
from mobility_app.settings import Settings
from mobility_app.storage import Session

# Also the page's, and the tests', way in to the chart helpers.
__all__ = [
    "draw_marker",
    "gui_application",
    "medium_date",
    "month_ticks",
    "nice_step",
    "render_pdf",
    "write_report",
]

# The report's words are translated in the context "Report"; the summary's sentences come
# from measures.wording ("ProgressSummary").
SOURCES = QT_TRANSLATE_NOOP(
    "Report",
    "Sources: measurement error Powden et al. 2015, Konor et al. 2012; left–right difference "
    "Chisholm et al. 2012, Hoch & McKeon 2011; typical values Hoch & McKeon 2011, Calatayud "
    "et al. 2015, Gohil & Tilaye 2022; expected gains Radford et al. 2006, Medeiros et al. 2018.",
)


def gui_application() -> QGuiApplication:
    """The running application, or a new windowless one (for `mobility-app report`)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    # A report needs fonts, not a screen: the offscreen platform works without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1] or ["mobility-app"])


def _latest_rows(summary: Summary, unit: Unit, locale: QLocale) -> list[tuple[str, ...]]:
    """Leg, baseline, latest, change and verdict for each leg, distance first."""
    real = translate("Report", "likely real")
    verdicts = {"gain": real, "loss": real, "noise": translate("Report", "noise")}
    rows: list[tuple[str, ...]] = []
    for leg in sorted(
        summary.legs.values(), key=lambda leg: (leg.kind != "distance", leg.side != "left")
    ):

        def text(value: float, kind: Kind = leg.kind) -> str:
            return format_value(value, kind, unit, locale.decimalPoint())

        name = _leg_name(leg.side, leg.kind)
        change, verdict = "", translate("Report", "first result")
        if leg.change is not None:
            sign = "+" if leg.change.delta > 0 else "−" if leg.change.delta < 0 else "±"
            change, verdict = sign + text(abs(leg.change.delta)), verdicts[leg.change.verdict]
        baseline = (
            f"{text(leg.baseline.value)} ({medium_date(leg.baseline.taken_at.date(), locale)})"
        )
        latest = f"{text(leg.latest.value)} ({medium_date(leg.latest.taken_at.date(), locale)})"
        rows.append((name, baseline, latest, change, verdict))
    return rows


def _leg_name(side: str, kind: Kind) -> str:
    if kind == "angle":
        if side == "left":
            return translate("Report", "Left (angle)")
        return translate("Report", "Right (angle)")
    return translate("Report", "Left") if side == "left" else translate("Report", "Right")


def _draw_table(
    painter: QPainter, x: float, y: float, width: float, rows: list[tuple[str, ...]]
) -> float:
    """A header row and the rows in five columns; returns the height used."""
    headers = (
        translate("Report", "Leg"),
        translate("Report", "Baseline"),
        translate("Report", "Latest"),
        translate("Report", "Change"),
        translate("Report", "Verdict"),
    )
    table = [headers, *rows]
    # Each column at its share of the width, or further right where the one before it holds
    # longer text (dates and words run longer in some languages than in English).
    widest = [0.0] * len(headers)
    for index, cells in enumerate(table):
        painter.setFont(page_font(8, bold=index == 0))
        for column, cell in enumerate(cells):
            advance = painter.fontMetrics().horizontalAdvance(cell)
            widest[column] = max(widest[column], advance)
    lefts: list[float] = []
    for column, fraction in enumerate((0.0, 0.18, 0.42, 0.66, 0.78)):
        after = lefts[-1] + widest[column - 1] + mm(3) if lefts else 0.0
        lefts.append(max(fraction * width, after))
    line = mm(4.6)
    for index, cells in enumerate(table):
        painter.setFont(page_font(8, bold=index == 0))
        painter.setPen(INK)
        for column, cell in enumerate(cells):
            cell_width = max(width * 0.3, widest[column] + mm(1))
            box = R(x + lefts[column], y + index * line, cell_width, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, cell)
    painter.setPen(QPen(GREY, mm(0.15)))
    painter.drawLine(P(x, y + line), P(x + width, y + line))
    return line * (1 + len(rows))


def _paragraph(
    painter: QPainter, x: float, y: float, width: float, text: str, draw: bool = True
) -> float:
    """Word-wrapped text in the painter's font and pen; returns its height."""
    bounds = painter.boundingRect(R(x, y, width, mm(200)), WRAP, text)
    if draw:
        painter.drawText(R(x, y, width, bounds.height()), WRAP, text)
    return bounds.height()


def _heading(
    painter: QPainter, x: float, y: float, width: float, text: str, points: float
) -> float:
    painter.setFont(page_font(points, bold=True))
    painter.setPen(INK)
    return _paragraph(painter, x, y, width, text)


def _render(
    painter: QPainter,
    page: R,
    summary: Summary,
    sessions: Sequence[Session],
    settings: Settings,
    now: dt.datetime,
) -> None:
    locale = QLocale()
    box = page.adjusted(mm(16), mm(14), -mm(16), -mm(14))
    x, width = box.left(), box.width()
    title = translate("Report", "Ankle mobility progress")
    y = box.top() + _heading(painter, x, box.top(), width, title, 18)
    today = medium_date(now.date(), locale)
    if summary.first is not None and summary.last is not None:
        template = translate(
            "Report", "Knee-to-wall results from %1 to %2 (%3 in all). Generated %4."
        )
        first, last = (medium_date(when.date(), locale) for when in (summary.first, summary.last))
        subtitle = fill(template, first, last, summary.count, today)
    else:
        subtitle = fill(translate("Report", "No results yet. Generated %1."), today)
    painter.setFont(page_font(9))
    painter.setPen(GREY)
    y += _paragraph(painter, x, y, width, subtitle) + mm(4)

    # The footer is drawn first, so everything else can use the height that remains above it.
    painter.setFont(page_font(7))
    sources = translate("Report", SOURCES)
    footer_top = box.bottom() - mm(6) - _paragraph(painter, x, 0, width, sources, False)
    _paragraph(painter, x, footer_top, width, sources)
    disclaimer = translate("Report", "This report does not replace a clinician's assessment.")
    _heading(painter, x, box.bottom() - mm(4.5), width, disclaimer, 8)
    if summary.empty or summary.first is None or summary.last is None:
        painter.setFont(page_font(10))
        text = translate(
            "Report",
            "There are no knee-to-wall results yet. Do the test in the app (both legs, knee "
            "bent, heel down), then create this report again to see your progress.",
        )
        _paragraph(painter, x, y + mm(4), width, text)
        return

    lines = summary_lines(
        summary,
        unit=settings.unit,
        decimal_point=locale.decimalPoint(),
        format_date=lambda day: medium_date(day, locale),
    )
    bullet = mm(3.5)
    painter.setFont(page_font(8.5))
    words = sum(
        _paragraph(painter, x, 0, width - bullet, line.text, False) + mm(1.2) for line in lines
    )
    rows = _latest_rows(summary, settings.unit, locale)
    kinds = [kind for kind in KINDS if summary.has(kind)]
    # Fixed parts: headings, table, legend, weekly bars, gaps; the plots take what is left.
    plot_x = x + mm(12)
    legend_rows = draw_legend(
        painter, plot_x, 0, settings.unit, kinds, box.right() - plot_x, draw=False
    )
    fixed = words + mm(4.6) * (1 + len(rows)) + mm(50) + len(kinds) * mm(12) + legend_rows
    plot_height = min(mm(110 if len(kinds) == 1 else 70), (footer_top - y - fixed) / len(kinds))
    start, end = summary.first.timestamp(), summary.last.timestamp()
    pad = max((end - start) * 0.03, 7 * DAY)
    span = (start - pad, end + pad)
    for kind in kinds:
        y += mm(5)
        rect = R(plot_x, y, box.right() - plot_x, plot_height)
        draw_plot(painter, rect, summary, kind, settings.unit, span)
        y += plot_height + mm(7)
    draw_legend(painter, plot_x, y + mm(2), settings.unit, kinds, box.right() - plot_x)
    y += mm(12) + legend_rows
    weeks = sessions_per_week(sessions)
    draw_weeks(painter, R(plot_x, y, box.right() - plot_x, mm(13)), weeks, span)
    y += mm(20)
    y += _heading(painter, x, y, width, translate("Report", "Latest results per leg"), 10) + mm(1)
    y += _draw_table(painter, x, y, width, rows) + mm(4)
    y += _heading(painter, x, y, width, translate("Report", "What the numbers mean"), 10) + mm(1)
    painter.setFont(page_font(8.5))
    for line in lines:
        painter.drawText(P(x, y + painter.fontMetrics().ascent()), "•")
        y += _paragraph(painter, x + bullet, y, width - bullet, line.text) + mm(1.2)


def render_pdf(
    measurements: Sequence[Row],
    sessions: Sequence[Session],
    settings: Settings,
    *,
    now: dt.datetime,
    baseline_ids: Collection[int] = (),
) -> bytes:
    """The report as PDF bytes (A4 portrait, one page). Needs a QGuiApplication (fonts)."""
    summary = summarise(measurements, baseline_ids)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(DPI)
    writer.setTitle(translate("Report", "Ankle mobility progress"))
    writer.setCreator(f"{APP_NAME} {__version__}")
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = R(0, 0, writer.width(), writer.height())
        _render(painter, page, summary, sessions, settings, now)
    finally:
        painter.end()
    return bytes(buffer.data().data())


def write_report(
    path: Path | str,
    measurements: Sequence[Row],
    sessions: Sequence[Session],
    settings: Settings,
    *,
    now: dt.datetime,
    baseline_ids: Collection[int] = (),
) -> None:
    """Write the one-page report to `path`; raise OSError naming `path` if it cannot.

    Makes a windowless QGuiApplication if none is running. Written beside the target and
    renamed into place, so a failed write never leaves a half-written file behind.
    """
    gui_application()
    target = Path(path)
    data = render_pdf(measurements, sessions, settings, now=now, baseline_ids=baseline_ids)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
