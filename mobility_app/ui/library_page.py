"""The exercise library: every catalogue entry as a card with what it targets and its dose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobility_app.catalog import Catalog, CatalogProblem, Entry
from mobility_app.i18n import fill
from mobility_app.ui import accessibility, style
from mobility_app.ui.panels import CardFrame, Panel, PrimaryButton
from mobility_app.ui.text import entry_dose_line, kind_text

CARD_MIN_WIDTH = 38 * style.UNIT
CONTENT_MAX_WIDTH = 140 * style.UNIT


class EntryCard(CardFrame):
    """A focusable, clickable card; Enter or Space opens it like a click."""

    activated = Signal(str)

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id = entry.id
        self.setObjectName("entryCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(entry.name)
        self.setAccessibleDescription(f"{entry.summary}. {entry_dose_line(entry)}")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * style.UNIT, 2 * style.UNIT, 2 * style.UNIT, 2 * style.UNIT)
        layout.setSpacing(style.UNIT)

        kind = kind_text(entry)
        if entry.custom:
            kind = fill(self.tr("Added by you · %1"), kind)
        tag = style.label(kind.upper(), style.SECONDARY, bold=True, wrap=False, selectable=False)
        tag_palette = tag.palette()
        tag_palette.setColor(QPalette.ColorRole.WindowText, style.accent(tag_palette))
        tag.setPalette(tag_palette)
        layout.addWidget(tag)

        layout.addWidget(style.label(entry.name, style.HEADING_3, bold=True, selectable=False))
        layout.addWidget(style.label(entry.summary, selectable=False))
        layout.addStretch(1)
        dose = style.label(
            entry_dose_line(entry), style.SECONDARY, secondary=True, selectable=False
        )
        layout.addWidget(dose)
        for child in self.findChildren(QLabel):
            # Clicks on the text should open the card, not start a text selection.
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def accessible_press(self) -> None:
        """A screen reader's Press (see ui.accessibility): the same as a click."""
        self.activated.emit(self.entry_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.entry_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.entry_id)
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryPage(QWidget):
    """All exercises and the test, as a responsive grid of cards."""

    entryActivated = Signal(str)
    startRoutineRequested = Signal()
    progressRequested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        accessibility.install()
        self._cards: list[EntryCard] = []
        self._columns = 0

        scroll = QScrollArea(self)
        style.name_scroll_area(scroll, self.tr("Exercise library"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        body = QWidget()
        body.setObjectName("libraryBody")
        scroll.setWidget(body)
        centring = QHBoxLayout(body)
        centring.setContentsMargins(4 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT)
        column = QWidget()
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        centring.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)

        header = QHBoxLayout()
        header.setSpacing(3 * style.UNIT)
        intro = QVBoxLayout()
        intro.setSpacing(style.UNIT)
        title = style.label(self.tr("Exercise library"), style.HEADING_1, bold=True)
        title.setAccessibleName(self.tr("Exercise library"))
        intro.addWidget(title)
        intro.addWidget(
            style.label(
                self.tr(
                    "Six exercises that loosen stiff ankles, and a simple test that shows "
                    "whether they are working. Choose one to see how to do it."
                ),
                secondary=True,
            )
        )
        self.practice_label = style.label("", secondary=True, wrap=False)
        self.practice_label.setObjectName("practiceCount")
        # Its line is there from the start, empty: the count comes once storage opens, after
        # the first paint, and the cards must not jump down when it does.
        self.practice_label.setMinimumHeight(self.practice_label.fontMetrics().lineSpacing())
        intro.addWidget(self.practice_label)
        header.addLayout(intro, 1)
        self.progress_button = QPushButton(self.tr("Progress"))
        self.progress_button.setToolTip(self.tr("Your knee-to-wall results over time"))
        self.progress_button.clicked.connect(self.progressRequested)
        self.routine_button = PrimaryButton(self.tr("Start routine"))
        self.routine_button.setToolTip(self.tr("Run all six exercises in order, with their doses"))
        self.routine_button.clicked.connect(self.startRoutineRequested)
        for button in (self.progress_button, self.routine_button):
            button.setMinimumHeight(6 * style.UNIT)
            button.setMinimumWidth(18 * style.UNIT)
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        if catalog.problems:
            layout.addSpacing(style.UNIT)
            layout.addWidget(self._problem_banner(catalog.problems))

        layout.addSpacing(2 * style.UNIT)
        # One grid for every section, so cards line up in the same columns throughout.
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(2 * style.UNIT)
        self._grid.setVerticalSpacing(2 * style.UNIT)
        self._sections: list[tuple[QLabel, list[EntryCard]]] = []
        for heading, entries in (
            (self.tr("Exercises"), catalog.exercises),
            (self.tr("Check your progress"), catalog.tests),
        ):
            if not entries:
                continue
            cards = [EntryCard(entry) for entry in entries]
            for card in cards:
                card.activated.connect(self.entryActivated)
            self._cards.extend(cards)
            self._sections.append((style.label(heading, style.HEADING_2, bold=True), cards))
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._relayout(3)

    def set_practice(self, days: int, target: int) -> None:
        """Show this week's practice against the person's weekly target (never a streak)."""
        # The plural follows the target: "1 of 1 day practised", "2 of 4 days practised".
        text = self.tr("This week: %1 of %n days practised", "", target)
        self.practice_label.setText(fill(text, days))

    @property
    def cards(self) -> list[EntryCard]:
        return list(self._cards)

    def _problem_banner(self, problems: list[CatalogProblem]) -> QWidget:
        banner = Panel(accent=QColor(style.ORANGE))
        banner.setObjectName("warningBanner")
        box = QVBoxLayout(banner)
        box.setContentsMargins(2 * style.UNIT, style.UNIT, 2 * style.UNIT, style.UNIT)
        files = sorted({p.path.name for p in problems})
        heading = self.tr(
            "%n custom exercise file(s) could not be loaded and were skipped:", "", len(files)
        )
        box.addWidget(style.label(heading, bold=True))
        for problem in problems[:8]:
            box.addWidget(style.label(f"• {problem}", style.SECONDARY))
        if len(problems) > 8:
            more = self.tr("…and %n more problem(s); see the log file.", "", len(problems) - 8)
            box.addWidget(style.label(more, style.SECONDARY))
        banner.setAccessibleName(heading)
        return banner

    def _relayout(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for heading, cards in self._sections:
            self._grid.removeWidget(heading)
            for card in cards:
                self._grid.removeWidget(card)
        row = 0
        for heading, cards in self._sections:
            top = Qt.AlignmentFlag.AlignBottom if row else Qt.AlignmentFlag.AlignTop
            if row:
                # Breathing room above every heading but the first.
                self._grid.setRowMinimumHeight(row, 5 * style.UNIT)
            self._grid.addWidget(heading, row, 0, 1, columns, top)
            row += 1
            for index, card in enumerate(cards):
                self._grid.addWidget(card, row + index // columns, index % columns)
            row += (len(cards) + columns - 1) // columns
        for col in range(3):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        usable = min(event.size().width() - 8 * style.UNIT, CONTENT_MAX_WIDTH)
        self._relayout(max(1, min(3, usable // CARD_MIN_WIDTH)))
        super().resizeEvent(event)
