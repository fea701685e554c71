"""Colour themes (system, light, dark, high contrast) and the text scale, applied app-wide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

THEMES = ("system", "light", "dark", "high-contrast")

# The high-contrast theme aims at 7:1 (WCAG 1.4.6, AAA) for every text/background pair.
HIGH_CONTRAST_MINIMUM = 7.0
HC_BACKGROUND = "#000000"
HC_TEXT = "#FFFFFF"
# A warm yellow: 16:1 on black, and still a distinct "selected"/"link" signal.
HC_YELLOW = "#FFE600"
# Disabled and placeholder text: dimmer than white, yet 8:1 on black.
HC_DIM = "#A0A0A0"

# Where the app font captured before any scaling is kept: a property of the QApplication,
# so repeated calls scale from the same base instead of compounding.
_BASE_FONT_PROPERTY = "mobilityBaseFont"
_BASE_STYLE_PROPERTY = "mobilityBaseStyle"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(_Group.Disabled, role, QColor(value))
    return palette


def light_palette() -> QPalette:
    """Fusion's light colours, set explicitly so 'light' is light on a dark desktop too."""
    return _palette(
        {
            _Role.Window: "#EFEFEF",
            _Role.WindowText: "#000000",
            _Role.Base: "#FFFFFF",
            _Role.AlternateBase: "#F7F7F7",
            _Role.ToolTipBase: "#FFFFDC",
            _Role.ToolTipText: "#000000",
            _Role.PlaceholderText: "#6E6E6E",
            _Role.Text: "#000000",
            _Role.Button: "#EFEFEF",
            _Role.ButtonText: "#000000",
            _Role.BrightText: "#FFFFFF",
            _Role.Light: "#FFFFFF",
            _Role.Midlight: "#CACACA",
            _Role.Mid: "#B8B8B8",
            _Role.Dark: "#9F9F9F",
            _Role.Shadow: "#767676",
            _Role.Highlight: "#0072B2",
            _Role.HighlightedText: "#FFFFFF",
            _Role.Link: "#0057A0",
            _Role.LinkVisited: "#6B3FA0",
        },
        {
            _Role.WindowText: "#7A7A7A",
            _Role.Text: "#7A7A7A",
            _Role.ButtonText: "#7A7A7A",
            _Role.Base: "#EFEFEF",
            _Role.Highlight: "#919191",
        },
    )


def dark_palette() -> QPalette:
    """A dark palette in the spirit of Fusion's own dark colours."""
    return _palette(
        {
            _Role.Window: "#2B2B2B",
            _Role.WindowText: "#F0F0F0",
            _Role.Base: "#1E1E1E",
            _Role.AlternateBase: "#262626",
            _Role.ToolTipBase: "#3C3C3C",
            _Role.ToolTipText: "#F0F0F0",
            _Role.PlaceholderText: "#A0A0A0",
            _Role.Text: "#F0F0F0",
            _Role.Button: "#3A3A3A",
            _Role.ButtonText: "#F0F0F0",
            _Role.BrightText: "#FFFFFF",
            _Role.Light: "#505050",
            _Role.Midlight: "#444444",
            _Role.Mid: "#5A5A5A",
            _Role.Dark: "#1A1A1A",
            _Role.Shadow: "#000000",
            _Role.Highlight: "#56B4E9",
            _Role.HighlightedText: "#000000",
            _Role.Link: "#7CC4F0",
            _Role.LinkVisited: "#C9A0E8",
        },
        {
            _Role.WindowText: "#8A8A8A",
            _Role.Text: "#8A8A8A",
            _Role.ButtonText: "#8A8A8A",
            _Role.Base: "#2B2B2B",
            _Role.Highlight: "#4A4A4A",
        },
    )


def high_contrast_palette() -> QPalette:
    """Black background, white text, yellow selection and links; every text pair ≥ 7:1."""
    return _palette(
        {
            _Role.Window: HC_BACKGROUND,
            _Role.WindowText: HC_TEXT,
            _Role.Base: HC_BACKGROUND,
            _Role.AlternateBase: "#1A1A1A",
            _Role.ToolTipBase: HC_BACKGROUND,
            _Role.ToolTipText: HC_TEXT,
            _Role.PlaceholderText: HC_DIM,
            _Role.Text: HC_TEXT,
            _Role.Button: HC_BACKGROUND,
            _Role.ButtonText: HC_TEXT,
            _Role.BrightText: HC_YELLOW,
            # Borders: panels draw Midlight, cards Mid; both must stand out from black.
            _Role.Light: HC_TEXT,
            _Role.Midlight: "#C8C8C8",
            _Role.Mid: "#E0E0E0",
            _Role.Dark: "#808080",
            _Role.Shadow: HC_BACKGROUND,
            _Role.Highlight: HC_YELLOW,
            _Role.HighlightedText: HC_BACKGROUND,
            _Role.Link: HC_YELLOW,
            _Role.LinkVisited: HC_YELLOW,
            _Role.Accent: HC_YELLOW,
        },
        {
            _Role.WindowText: HC_DIM,
            _Role.Text: HC_DIM,
            _Role.ButtonText: HC_DIM,
            _Role.Base: HC_BACKGROUND,
            _Role.Highlight: "#808080",
            _Role.HighlightedText: HC_BACKGROUND,
        },
    )


class HighContrastStyle(QProxyStyle):
    """Fusion, with a light outline on fields, boxes and check marks.

    Fusion outlines them in the window colour darkened by 40%, which on black is black: an
    empty text field or an unticked box would be invisible (WCAG 1.4.11 wants 3:1).
    """

    _FRAMED = (
        QStyle.PrimitiveElement.PE_PanelLineEdit,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )
    _FRAMED_COMPLEX = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)

    def __init__(self) -> None:
        super().__init__("Fusion")

    def _outline(self, option: QStyleOption, painter: QPainter, round_: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Midlight), 1.0))
        painter.setBrush(QColor(0, 0, 0, 0))
        rect = option.rect.adjusted(0, 0, -1, -1)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        field = element == QStyle.PrimitiveElement.PE_PanelLineEdit
        # A focused field already has Fusion's highlight frame (yellow here): leave it be.
        if element in self._FRAMED and not (field and focused):
            radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._outline(option, painter, radio)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self._FRAMED_COMPLEX and not option.state & QStyle.StateFlag.State_HasFocus:
            self._outline(option, painter)


PALETTES = {"light": light_palette, "dark": dark_palette, "high-contrast": high_contrast_palette}


def _base_font(app: QApplication) -> QFont:
    stored = app.property(_BASE_FONT_PROPERTY)
    if isinstance(stored, QFont):
        return QFont(stored)
    base = QFont(app.font())
    app.setProperty(_BASE_FONT_PROPERTY, base)
    return QFont(base)


def _base_style(app: QApplication) -> str:
    stored = app.property(_BASE_STYLE_PROPERTY)
    if isinstance(stored, str) and stored:
        return stored
    name = app.style().name()
    app.setProperty(_BASE_STYLE_PROPERTY, name)
    return name


def scaled_app_font(base: QFont, text_scale: int) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * text_scale / 100)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * text_scale / 100)))
    return font


def apply_theme(app: QApplication, theme: str, text_scale: int) -> None:
    """Set the application palette for `theme` and its font to `text_scale` percent of base.

    Widgets that set their own font or palette when built (style.label, style.scaled_font)
    keep those until they are built again: see MainWindow._rebuild_pages.
    """
    base_style = _base_style(app)
    base_font = _base_font(app)
    current_style = app.style()
    is_high_contrast_style = isinstance(current_style, HighContrastStyle)
    if theme == "high-contrast":
        if not is_high_contrast_style:
            app.setStyle(HighContrastStyle())
        app.setPalette(PALETTES[theme]())
    elif theme in PALETTES:
        # Platform styles (Windows, macOS) draw many controls from native colours and ignore
        # parts of the palette; Fusion draws everything from it, so the theme holds.
        if is_high_contrast_style or current_style.name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(PALETTES[theme]())
    else:
        if is_high_contrast_style or current_style.name().lower() != base_style.lower():
            app.setStyle(base_style)
        # An empty palette resolves entirely to the platform's, and keeps following it when
        # the desktop switches between light and dark while the app runs.
        app.setPalette(QPalette())
    app.setFont(scaled_app_font(base_font, text_scale))
    # Qt posts the font and palette changes to existing widgets; deliver them now, or pages
    # built straight after would inherit the old font from their not-yet-updated parents.
    for kind in (QEvent.Type.ApplicationFontChange, QEvent.Type.ApplicationPaletteChange):
        QCoreApplication.sendPostedEvents(None, kind)
