"""The kiosk's look: twice the desktop type, a fixed high-contrast palette, big touch targets."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobility_app.i18n import translate
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
    _plain_label(label, colour)
    label.setWordWrap(wrap)
    if centre:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


BULLET = "•"


def bullet_indent(typeface: QFont) -> int:
    """How far a list item's text sits right of its bullet, in `typeface`."""
    return QFontMetrics(typeface).horizontalAdvance(BULLET + "  ")


class BulletLabel(QLabel):
    """A list item whose wrapped lines stay under its text, not under the bullet.

    The bullet is painted in the left margin rather than typed into the text, so a screen
    reader reads only the words and the text's width is what is left beside the bullet.
    """

    def __init__(self, value: str, factor: float = LARGE) -> None:
        super().__init__(value)
        self.setFont(font(factor))
        _plain_label(self, None)
        self._indent()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._indent()  # FittedColumn shrinks the type: the margin follows

    def _indent(self) -> None:
        self.setContentsMargins(bullet_indent(self.font()), 0, 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPoint(0, self.contentsRect().top() + self.fontMetrics().ascent()), BULLET)
        painter.end()


def wrapped_size(value: str, typeface: QFont, width: int) -> QSize:
    """The size `value` takes in `typeface`, wrapped at spaces within `width` pixels (wider
    than `width` when a single word is)."""
    box = QRect(0, 0, max(1, width), 1_000_000)
    return QFontMetrics(typeface).boundingRect(box, Qt.TextFlag.TextWordWrap, value).size()


def fitted_font(
    value: str, factors: Sequence[float], width: int, *, lines: int | None = None,
    bold: bool = False, scale: float = 1.0,
) -> QFont:  # fmt: skip
    """The largest of `factors` (times `scale`) in which `value` fits `width` with no word
    cut and, given `lines`, within the height of that many lines of the first; else the last.

    Text sizes are chosen for English; a translation runs about a quarter longer, and a long
    name at the largest size on a small screen would wrap onto more lines than there is room.
    """
    budget = None
    if lines is not None:
        budget = lines * QFontMetrics(font(factors[0] * scale, bold=bold)).lineSpacing()
    for factor in factors:
        candidate = font(factor * scale, bold=bold)
        size = wrapped_size(value, candidate, width)
        if size.width() <= width and (budget is None or size.height() <= budget):
            return candidate
    return font(factors[-1] * scale, bold=bold)


def _plain_label(label: QLabel, colour: str | None) -> None:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if colour is not None:
        shades = label.palette()
        shades.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(shades)


class FittedLabel(QLabel):
    """A wrapped label in the largest of `factors` that fits its width within the height of
    `lines` lines of the first (see `fitted_font`)."""

    def __init__(
        self, value: str, factors: Sequence[float], *, lines: int = 2, bold: bool = True,
        colour: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(value)
        self.factors = tuple(factors)
        self.lines = lines
        self.bold = bold
        _plain_label(self, colour)
        self.setFont(font(self.factors[0], bold=bold))
        self._fitted: tuple[int, str] | None = None

    def setText(self, value: str) -> None:
        super().setText(value)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.width()
        if width <= 0 or self._fitted == (width, self.text()):
            return
        self._fitted = (width, self.text())
        chosen = fitted_font(self.text(), self.factors, width, lines=self.lines, bold=self.bold)
        if chosen != self.font():
            self.setFont(chosen)


class FittedColumn(QWidget):
    """Labels one above the other whose type shrinks together, a step at a time, until all
    of them fit the column's width and height; it takes the height it is given.

    Each label keeps its size relative to the others (its factor; or, with `lines`, the
    largest of its factors that fits that many lines, as in `fitted_font`). Stretches added
    with `add_stretch` share what is left over.
    """

    SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        # The column's words may not claim more height than it gets: they shrink instead.
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._items: list[tuple[QLabel, tuple[float, ...], bool, int | None]] = []
        self._fitted: tuple[int, int, tuple[str, ...]] | None = None

    def add(
        self, label: QLabel, factor: float | Sequence[float], *, bold: bool = False,
        lines: int | None = None,
    ) -> QLabel:  # fmt: skip
        factors = (factor,) if isinstance(factor, (int, float)) else tuple(factor)
        label.setFont(font(factors[0], bold=bold))
        self._items.append((label, factors, bold, lines))
        self._box.addWidget(label)
        return label

    def add_stretch(self, stretch: int = 1) -> None:
        self._box.addStretch(stretch)

    def refit(self) -> None:
        """Fit again now (after a label's text changed)."""
        self._fitted = None
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fonts(self, width: int, scale: float) -> list[QFont]:
        return [
            fitted_font(label.text(), factors, width, lines=lines, bold=bold, scale=scale)
            for label, factors, bold, lines in self._items
        ]

    def _fit(self) -> None:
        width, height = self.width(), self.height()
        key = (width, height, tuple(item[0].text() for item in self._items))
        if width <= 0 or height <= 0 or key == self._fitted:
            return
        self._fitted = key
        shown = [not label.isHidden() and bool(label.text()) for label, *_ in self._items]
        gaps = self._box.spacing() * max(0, sum(shown) - 1)
        fonts = self._fonts(width, self.SCALES[-1])
        for scale in self.SCALES:
            candidates = self._fonts(width, scale)
            together = zip(self._items, candidates, shown, strict=True)
            sizes = [
                _item_size(label, typeface, width)
                for (label, *_), typeface, visible in together
                if visible
            ]
            if all(size.width() <= width for size in sizes) and (
                sum(size.height() for size in sizes) + gaps <= height
            ):
                fonts = candidates
                break
        for (label, *_), wanted in zip(self._items, fonts, strict=True):
            if label.font() != wanted:
                label.setFont(wanted)


def _item_size(label: QLabel, typeface: QFont, width: int) -> QSize:
    """The size of `label`'s text in `typeface` within `width`, a list item's indent included."""
    indent = bullet_indent(typeface) if isinstance(label, BulletLabel) else 0
    return wrapped_size(label.text(), typeface, width - indent) + QSize(indent, 0)


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
            image.setAccessibleName(clinic_name or translate("KioskLook", "Logo"))
            row.addWidget(image)
    if clinic_name:
        row.addWidget(text(clinic_name, LARGE, bold=True, wrap=False))
    row.addStretch(1)
    if extra is not None:
        row.addWidget(extra)
    return bar
