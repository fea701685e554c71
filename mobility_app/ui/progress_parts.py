"""The progress plot's parts: leg styles, locale-aware axes, fast curves and hover tracks.

Imports pyqtgraph and numpy, so like ui.progress_plot it is imported only when the progress
page first shows data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]  # no type information
from PySide6.QtCore import QDate, QLocale, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPalette

from mobility_app.measures.summary import Side
from mobility_app.ui import style

SYMBOLS: dict[Side, str] = {"left": "o", "right": "t1"}  # circles, upward triangles (UI.md)
LINE_STYLES: dict[Side, Qt.PenStyle] = {
    "left": Qt.PenStyle.SolidLine,
    "right": Qt.PenStyle.DashLine,
}
HOVER_RADIUS_PX = 14
BAND_ALPHA = 45
DAY = 86400.0


def side_colour(side: Side, palette: QPalette) -> QColor:
    """Okabe & Ito blue / vermillion; sky blue for the left leg on dark backgrounds (contrast)."""
    return QColor(style.VERMILLION) if side == "right" else style.accent(palette)


@dataclass(frozen=True)
class Track:
    """Points a pointer can hover, sorted by x, with the words for each."""

    x: np.ndarray
    y: np.ndarray
    text: Callable[[int], str]
    x_only: bool = False  # bars: anywhere in the bar's column counts


def nearest_point(
    tracks: Sequence[Track], box: pg.ViewBox, scene_pos: QPointF
) -> tuple[Track, int] | None:
    """The point of `tracks` in `box` nearest the pointer, within HOVER_RADIUS_PX, or None."""
    if not box.sceneBoundingRect().contains(scene_pos):
        return None
    view = box.mapSceneToView(scene_pos)
    pixel_w, pixel_h = box.viewPixelSize()
    best: tuple[float, Track, int] | None = None
    for track in tracks:
        # Only the points within the radius in time: a binary search, not a scan of all.
        reach = (3.5 * DAY) if track.x_only else HOVER_RADIUS_PX * pixel_w
        lo = int(np.searchsorted(track.x, view.x() - reach))
        hi = int(np.searchsorted(track.x, view.x() + reach))
        if lo == hi:
            continue
        dx = (track.x[lo:hi] - view.x()) / pixel_w
        dy = 0.0 if track.x_only else (track.y[lo:hi] - view.y()) / pixel_h
        distance = dx * dx + dy * dy
        index = int(np.argmin(distance))
        found = float(distance[index])
        if (track.x_only or found <= HOVER_RADIUS_PX**2) and (best is None or found < best[0]):
            best = (found, track, lo + index)
    return None if best is None else (best[1], best[2])


def timestamps(values: Sequence[dt.datetime]) -> np.ndarray:
    """POSIX seconds, as pyqtgraph's date axis wants them."""
    return np.fromiter((t.timestamp() for t in values), dtype=np.float64, count=len(values))


def fast_curve(curve: pg.PlotDataItem) -> pg.PlotDataItem:
    """The speed switches of the PlotDataItem docstring (STYLE.md), for 10,000 results."""
    curve.setDownsampling(auto=True, method="peak")
    curve.setClipToView(True)
    curve.setSkipFiniteCheck(True)
    # About one min/max pair per pixel column instead of pyqtgraph's default five samples:
    # the 'peak' envelope looks the same and the path is five times shorter.
    curve.opts["autoDownsampleFactor"] = 1.0
    return curve


def extent(*arrays: np.ndarray, fallback: tuple[float, float]) -> tuple[float, float]:
    """The lowest and highest value of all `arrays`; `fallback` when they are all empty."""
    filled = [a for a in arrays if len(a)]
    if not filled:
        return fallback
    return min(float(a.min()) for a in filled), max(float(a.max()) for a in filled)


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Value ticks with the locale's decimal point ('2,5' in Spanish), not always '2.5'."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        point = QLocale().decimalPoint()
        return [text.replace(".", point) for text in super().tickStrings(values, scale, spacing)]


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """Date ticks in the interface's language: pyqtgraph's use strftime, which speaks the C
    locale's English ('Sep', 'Mon 3') whatever language the app shows."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        texts = super().tickStrings(values, scale, spacing)
        if spec is None:
            return texts
        locale = QLocale()
        out = []
        for value, text in zip(values, texts, strict=True):
            try:
                when = dt.datetime.fromtimestamp(value).replace(tzinfo=None)
            except (OverflowError, ValueError, OSError):
                out.append(text)
                continue
            out.append(_date_tick(when, spec.format, locale) or text)
        return out


def _date_tick(when: dt.datetime, pattern: str, locale: QLocale) -> str:
    """One tick label for pyqtgraph's strftime `pattern`, in `locale`; '' for others."""
    day = QDate(when.year, when.month, when.day)
    clock = QTime(when.hour, when.minute, when.second, when.microsecond // 1000)
    if pattern == "%Y":
        return str(when.year)
    if pattern == "%b":
        return locale.standaloneMonthName(when.month, QLocale.FormatType.ShortFormat)
    if pattern == "%d":
        return f"{when.day:02d}"
    if pattern == "%a %d":
        return locale.toString(day, "ddd dd")
    if pattern == "%H:%M":
        return locale.toString(clock, "HH:mm")
    if pattern == "%H:%M:%S":
        return locale.toString(clock, "HH:mm:ss")
    if pattern == "%S.%f":
        return f"{when.second:02d}{locale.decimalPoint()}{when.microsecond // 1000:03d}"
    return ""


def locale_axes() -> dict[str, pg.AxisItem]:
    """A new pair of axes for one plot: dates along the bottom, values up the left."""
    return {"bottom": LocaleDateAxis(), "left": LocaleAxis("left")}
