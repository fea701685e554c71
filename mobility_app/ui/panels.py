"""Painted containers (cards, panels, badges) in palette colours, without style sheets.

Style sheets would do the same, but every widget under a style sheet is polished through
QStyleSheetStyle, which costs start-up time on every page; a few lines of painting do not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mobility_app.i18n import translate
from mobility_app.ui import style


class Panel(QFrame):
    """A rounded panel on the base colour, with an optional coloured bar on its left edge."""

    def __init__(self, parent: QWidget | None = None, *, accent: QColor | None = None) -> None:
        super().__init__(parent)
        self._accent = accent
        self._hovered = False
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, False)

    def border_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Midlight)

    def border_width(self) -> float:
        return 1.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.border_width()
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        radius = float(style.UNIT)
        painter.setPen(QPen(self.border_colour(), width))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, radius, radius)
        if self._accent is not None:
            bar = QRectF(rect.left(), rect.top(), style.UNIT / 2, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._accent)
            painter.drawRoundedRect(bar, style.UNIT / 4, style.UNIT / 4)
        painter.end()


class CardFrame(Panel):
    """A focusable card: its border turns to the highlight colour on focus and darkens on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def border_colour(self) -> QColor:
        palette = self.palette()
        if self.hasFocus():
            return palette.color(QPalette.ColorRole.Highlight)
        if self.underMouse():
            return palette.color(QPalette.ColorRole.Mid)
        return palette.color(QPalette.ColorRole.Midlight)

    def border_width(self) -> float:
        # Always 2 px, so focus changes the colour without shifting the content.
        return 2.0


class NumberBadge(QLabel):
    """A number in a filled circle, so the eye can find its place in a list of steps."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(str(number), parent)
        self.setFont(style.scaled_font(1.0, bold=True))
        size = round(self.fontMetrics().height() * 1.7)
        self.setFixedSize(size, size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = style.accent(self.palette())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        # Black on sky blue (dark theme), white on blue (light theme): both above 4.5:1.
        painter.setPen(QColor("#000000") if style.is_dark(self.palette()) else QColor("#FFFFFF"))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


def back_bar(on_back: Callable[[], object]) -> tuple[QHBoxLayout, QPushButton]:
    """The slim bar at the top of a page with the way back to the library (Alt+Left too)."""
    bar = QHBoxLayout()
    bar.setContentsMargins(2 * style.UNIT, style.UNIT, 2 * style.UNIT, style.UNIT)
    button = QPushButton(translate("Page", "← Library"))
    button.setObjectName("backButton")
    button.setAccessibleName(translate("Page", "Back to the library"))
    button.setToolTip(translate("Page", "Back to the library (Alt+Left)"))
    button.setFlat(True)
    button.setMinimumHeight(5 * style.UNIT)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(on_back)
    bar.addWidget(button)
    bar.addStretch(1)
    return bar, button


class PrimaryButton(QPushButton):
    """The one main action of a page: a flat accent-coloured button, painted here.

    The platform style would draw a gradient that lightens the accent until white text falls
    below 4.5:1 contrast; a flat fill keeps it (white on #0072B2 is 5.1:1).
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFont(style.scaled_font(1.0, bold=True))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(6 * style.UNIT)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def sizeHint(self) -> QSize:
        # Room beside the words: the style's padding is sized for a bevel not drawn here, and
        # left the text almost touching the edges of the fill.
        hint = super().sizeHint()
        words = self.fontMetrics().horizontalAdvance(self.text()) + 6 * style.UNIT
        return QSize(max(hint.width(), words), hint.height())

    def _paint_disabled(self, painter: QPainter) -> None:
        """Outlined, with secondary text: legible in both themes, clearly not clickable."""
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(rect, style.UNIT * 0.75, style.UNIT * 0.75)
        active = QPalette(self.palette())
        # A disabled widget reads its palette's disabled group, whose text is too faint.
        active.setCurrentColorGroup(QPalette.ColorGroup.Active)
        painter.setPen(style.secondary_colour(active))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():
            self._paint_disabled(painter)
            painter.end()
            return
        dark = style.is_dark(self.palette())
        fill = style.accent(self.palette())
        if self.isDown():
            fill = fill.darker(125) if not dark else fill.lighter(115)
        elif self.underMouse():
            fill = fill.darker(110) if not dark else fill.lighter(108)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, style.UNIT * 0.75, style.UNIT * 0.75)
        if self.hasFocus():
            # A visible focus ring in the text colour, outside the fill.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.5))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), style.UNIT, style.UNIT)
        painter.setPen(QColor("#000000") if dark else QColor("#FFFFFF"))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class SideBySide(QObject):
    """Keeps a box layout's items side by side while `watched` is wide enough for all their
    minimum widths (plus `margin`, the room around the layout), and stacks them otherwise:
    with large text or a narrow window the page then scrolls down, never sideways."""

    def __init__(self, layout: QBoxLayout, watched: QWidget, margin: int = 0) -> None:
        super().__init__(watched)
        self._layout = layout
        self._watched = watched
        self._margin = margin
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        layout = self._layout
        items = [layout.itemAt(i) for i in range(layout.count())]
        widths = [item.minimumSize().width() for item in items if not item.isEmpty()]
        margins = layout.contentsMargins()
        needed = sum(widths) + layout.spacing() * max(0, len(widths) - 1) + self._margin
        needed += margins.left() + margins.right()
        wide = self._watched.width() >= needed
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if layout.direction() != direction:
            layout.setDirection(direction)
