"""The kiosk's look: twice the desktop type, a fixed high-contrast palette, big touch targets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from mobility_app.ui import style

log = logging.getLogger("mobility.kiosk")

UNIT = style.UNIT
# UI.md: kiosk body text at least twice the desktop size.
TYPE_SCALE = 2.0
# Type scale relative to the kiosk body (itself 2× the desktop body).
BODY = 1.0
LARGE = 1.4
TITLE = 2.0
HUGE = 3.0
# Touch targets: far above the 44×44 px floor (WCAG 2.5.5); a fingertip is about 10 mm.
TARGET = 10 * UNIT
# Gap between targets, so a thumb (about 20 mm wide) cannot press two at once.
GAP = 4 * UNIT

# Fixed colours, not the system theme: a public screen should look the same every day, and
# every text pair here reaches 7:1 (WCAG AAA), checked by tests/kiosk/test_look.py.
BACKGROUND = "#FFFFFF"
TEXT = "#111111"
SECONDARY_TEXT = "#3A3A3A"
SURFACE = "#F1F4F7"
BORDER = "#5E6A75"
ACCENT = "#005A8C"  # white on it is 7.4:1 (on the desktop accent #0072B2, 5.2:1)
ACCENT_TEXT = "#FFFFFF"
PRESSED = "#003F63"
WARNING = "#8A3B00"  # on white 7.8:1
SCRIM = QColor(0, 0, 0, 215)


def apply_type(app: QApplication) -> Callable[[], None]:
    """Make the application font TYPE_SCALE × the desktop's; returns a function that undoes it."""
    original = QFont(app.font())
    font = QFont(original)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
    else:
        font.setPixelSize(round(font.pixelSize() * TYPE_SCALE))
    app.setFont(font)
    return lambda: app.setFont(original)


def palette() -> QPalette:
    """A light, high-contrast palette for every kiosk widget (the demonstration draws with it)."""
    colours = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BACKGROUND,
        QPalette.ColorRole.AlternateBase: SURFACE,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: ACCENT_TEXT,
        QPalette.ColorRole.Light: "#FFFFFF",
        QPalette.ColorRole.Midlight: "#C9D1D8",
        QPalette.ColorRole.Mid: BORDER,
        QPalette.ColorRole.Dark: "#3A434B",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.PlaceholderText: SECONDARY_TEXT,
    }
    result = QPalette()
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            result.setColor(group, role, QColor(colour))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(BORDER))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(BORDER))
    return result


def font(factor: float = BODY, *, bold: bool = False) -> QFont:
    return style.scaled_font(factor, bold=bold)


def text(
    value: str, factor: float = BODY, *, bold: bool = False, colour: str | None = None,
    centre: bool = False, wrap: bool = True,
) -> QLabel:  # fmt: skip
    """A label that cannot be selected: selection and its drag would be a way to misuse it."""
    label = QLabel(value)
    label.setFont(font(factor, bold=bold))
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if colour is not None:
        shades = label.palette()
        shades.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(shades)
    if centre:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TouchButton(QPushButton):
    """A large flat button, painted (no style sheet), primary (filled) or secondary (outlined).

    Pressed shows a darker fill at once, which is the only feedback a touch screen gives.
    """

    def __init__(
        self, label: str, *, primary: bool = False, factor: float = LARGE,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(label, parent)
        self.primary = primary
        self.setFont(font(factor, bold=True))
        self.setMinimumSize(2 * TARGET, TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + 6 * UNIT
        height = max(TARGET, metrics.height() + 4 * UNIT)
        return QSize(max(width, 2 * TARGET), height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        radius = 1.5 * UNIT
        if not self.isEnabled():
            fill, ink, edge = QColor(SURFACE), QColor(BORDER), QColor("#C9D1D8")
        elif self.primary:
            fill = QColor(PRESSED if self.isDown() else ACCENT)
            ink, edge = QColor(ACCENT_TEXT), fill
        else:
            fill = QColor("#DCE3EA" if self.isDown() else SURFACE)
            ink, edge = QColor(TEXT), QColor(BORDER)
        painter.setPen(QPen(edge, 3))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(ink)
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect.adjusted(UNIT, 0, -UNIT, 0), flags, self.text())
        painter.end()


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two #RRGGBB colours."""

    def luminance(colour: str) -> float:
        value = QColor(colour)
        channels = []
        for c in (value.redF(), value.greenF(), value.blueF()):
            channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def brand_bar(clinic_name: str, logo: Path | None, *, extra: QWidget | None = None) -> QWidget:
    """The clinic's logo and name across the top; `extra` (e.g. a button) sits at the right."""
    bar = QWidget()
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2 * UNIT)
    if logo is not None:
        height = 8 * UNIT
        picture = QIcon(str(logo)).pixmap(QSize(height * 5, height))
        if picture.isNull():
            log.warning("The kiosk logo %s could not be read; showing the name only", logo)
        else:
            image = QLabel()
            image.setPixmap(picture)
            image.setAccessibleName(clinic_name or "Logo")
            row.addWidget(image)
    if clinic_name:
        row.addWidget(text(clinic_name, LARGE, bold=True, wrap=False))
    row.addStretch(1)
    if extra is not None:
        row.addWidget(extra)
    return bar
