"""One spacing unit, a small type scale and the accent colours, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Every margin and gap is a multiple of this (logical pixels; Qt scales them by the DPR).
UNIT = 8

# Type scale relative to the application font, so the system's text scaling applies.
# Few sizes on purpose: each size and weight is a font engine Qt must rasterise glyphs for.
SECONDARY = 0.9
HEADING_3 = 1.15
HEADING_2 = 1.35
HEADING_1 = 1.9

# Okabe & Ito (2008) colour-blind-safe palette.
BLUE = "#0072B2"
SKY_BLUE = "#56B4E9"
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
BLUISH_GREEN = "#009E73"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette | None = None) -> QColor:
    """Blue on light backgrounds, sky blue on dark ones: both keep text contrast above 4.5:1."""
    return QColor(SKY_BLUE if is_dark(palette) else BLUE)


def warning_colour(palette: QPalette | None = None) -> QColor:
    return QColor("#F0A060" if is_dark(palette) else "#B34700")


def scaled_font(factor: float = 1.0, *, bold: bool = False, base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def secondary_colour(palette: QPalette | None = None) -> QColor:
    """Text colour for secondary lines: a blend of text and background, still above 4.5:1."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    # 72% text keeps contrast ≥ 4.5:1 on both the default light and dark palettes.
    mix = 0.72
    return QColor(
        round(text.red() * mix + window.red() * (1 - mix)),
        round(text.green() * mix + window.green() * (1 - mix)),
        round(text.blue() * mix + window.blue() * (1 - mix)),
    )


def label(
    text: str,
    factor: float = 1.0,
    *,
    bold: bool = False,
    secondary: bool = False,
    wrap: bool = True,
    selectable: bool = True,
    parent: QWidget | None = None,
) -> QLabel:
    """A plain-text label in the type scale; selectable, so people can copy instructions."""
    widget = QLabel(text, parent)
    widget.setFont(scaled_font(factor, bold=bold))
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if secondary:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_colour(palette))
        widget.setPalette(palette)
    return widget


def name_scroll_area(area: QWidget, name: str) -> None:
    """Give a scroll area and its scroll bars names a screen reader can say.

    A scroll area takes keyboard focus (so Page Up/Down scroll it); unnamed, a screen reader
    announces only "filler" or "scroll bar".
    """
    from PySide6.QtWidgets import QAbstractScrollArea

    from mobility_app.i18n import fill, translate

    area.setAccessibleName(name)
    if isinstance(area, QAbstractScrollArea):  # a scroll area, a text browser, a list...
        for bar, label in (
            (area.verticalScrollBar(), translate("Page", "%1: Scroll up and down")),
            (area.horizontalScrollBar(), translate("Page", "%1: Scroll left and right")),
        ):
            bar.setAccessibleName(fill(label, name))
