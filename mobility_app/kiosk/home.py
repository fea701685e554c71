"""The kiosk home (a big tile per exercise and one for the ankle test) and an exercise's page."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobility_app import i18n
from mobility_app.catalog import Entry, entry_animation
from mobility_app.i18n import fill
from mobility_app.kiosk import look
from mobility_app.kiosk.attract import quiet_demonstration
from mobility_app.kiosk.languages import LanguagePicker
from mobility_app.kiosk.sampler import sampler_item
from mobility_app.motion.render import draw
from mobility_app.ui.text import duration_text

# UI.md and the issue: tiles of at least 12×12 units; they grow to fill the screen.
TILE_MIN = 12 * look.UNIT
# An exercise page's title: the largest of these that fits two lines of the first.
TITLE_FACTORS = (look.TITLE, look.TITLE * 0.85, look.LARGE)


class Tile(QPushButton):
    """A large pressable card: a still of the exercise (if any) above its name."""

    def __init__(self, title: str, subtitle: str = "", entry: Entry | None = None,
                 *, accent: bool = False) -> None:  # fmt: skip
        super().__init__(title)
        self.title = title
        self.subtitle = subtitle
        self.accent = accent
        self._animation = entry_animation(entry) if entry is not None else None
        times = self._animation.key_times() if self._animation is not None else []
        # The middle key position shows the stretch itself, not the starting stance.
        self._still_time = times[len(times) // 2] if times else 0.0
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(TILE_MIN, TILE_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._title_font = look.font(look.LARGE, bold=True)
        # Narrow tiles (four across a 1280 px screen) would wrap a long name onto four lines.
        self._narrow_title_font = look.font(look.BODY * 1.15, bold=True)
        self._subtitle_font = look.font(look.BODY)

    def sizeHint(self) -> QSize:
        return QSize(32 * look.UNIT, 28 * look.UNIT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.accent:
            fill = QColor(look.PRESSED if self.isDown() else look.ACCENT)
            ink, edge = QColor(look.ACCENT_TEXT), fill
        else:
            fill = QColor("#DCE3EA" if self.isDown() else look.SURFACE)
            ink, edge = QColor(look.TEXT), QColor(look.BORDER)
        painter.setPen(QPen(edge, 3))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 2 * look.UNIT, 2 * look.UNIT)
        pad = 2 * look.UNIT
        inner = rect.adjusted(pad, pad, -pad, -pad)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        box = QRect(0, 0, int(inner.width()), 10_000)
        title_font = (
            self._title_font if inner.width() >= 40 * look.UNIT else self._narrow_title_font
        )
        painter.setFont(title_font)
        title_height = painter.fontMetrics().boundingRect(box, flags, self.title).height()
        subtitle_height = 0
        if self.subtitle:
            painter.setFont(self._subtitle_font)
            subtitle_height = painter.fontMetrics().boundingRect(box, flags, self.subtitle).height()
            subtitle_height += look.UNIT
        words_height = title_height + subtitle_height
        if self._animation is not None:
            picture = QRectF(inner.left(), inner.top(), inner.width(),
                             inner.height() - words_height - look.UNIT)  # fmt: skip
            if picture.height() > 4 * look.UNIT:
                draw(painter, picture, self._still_time, self._animation, palette=self.palette(),
                     show_angle=False)  # fmt: skip
            top = inner.bottom() - words_height
        else:
            top = inner.top() + (inner.height() - words_height) / 2
        painter.setPen(ink)
        painter.setFont(title_font)
        painter.drawText(QRectF(inner.left(), top, inner.width(), title_height), flags, self.title)
        if self.subtitle:
            painter.setFont(self._subtitle_font)
            painter.drawText(
                QRectF(inner.left(), top + title_height + look.UNIT, inner.width(),
                       subtitle_height),
                flags, self.subtitle,
            )  # fmt: skip
        painter.end()


class HomeView(QWidget):
    """What a touch opens: one tile per exercise, the test tile, "Start over", and the
    language picker (`languageChosen(tag)`; the owner rebuilds the view in that language)."""

    exerciseChosen = Signal(str)
    testChosen = Signal()
    startOverRequested = Signal()
    languageChosen = Signal(str)

    def __init__(self, entries: Sequence[Entry], *, show_test: bool, clinic_name: str = "",
                 logo: Path | None = None, languages: Sequence[str] = (),
                 language: str = i18n.SOURCE_LANGUAGE,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kioskHome")
        self.language_picker = LanguagePicker(languages, language)
        self.language_picker.chosen.connect(self.languageChosen)
        self.start_over = look.TouchButton(self.tr("Start over"))
        self.start_over.setObjectName("kioskStartOver")
        self.start_over.setAccessibleDescription(self.tr("Clear everything and go back"))
        self.start_over.clicked.connect(self.startOverRequested)
        self.tiles: dict[str, Tile] = {}
        for entry in entries:
            # The name alone: a summary under it would be small print nobody reads standing.
            tile = Tile(entry.name, entry=entry)
            tile.setObjectName(f"kioskTile-{entry.id}")
            tile.clicked.connect(lambda _checked=False, i=entry.id: self.exerciseChosen.emit(i))
            self.tiles[entry.id] = tile
        self.test_tile: Tile | None = None
        if show_test:
            self.test_tile = Tile(self.tr("Try the ankle test"),
                                  self.tr("How far does your ankle bend? About 3 minutes."),
                                  accent=True)  # fmt: skip
            self.test_tile.setObjectName("kioskTile-test")
            self.test_tile.clicked.connect(self.testChosen)

        layout = QVBoxLayout(self)
        margin = 5 * look.UNIT
        layout.setContentsMargins(margin, 4 * look.UNIT, margin, margin)
        layout.setSpacing(3 * look.UNIT)
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.setSpacing(look.GAP)
        corner_row.addWidget(self.language_picker)
        corner_row.addWidget(self.start_over)
        layout.addWidget(look.brand_bar(clinic_name, logo, extra=corner))
        layout.addWidget(look.text(self.tr("Choose an exercise to learn"), look.TITLE, bold=True))
        grid = QGridLayout()
        grid.setSpacing(look.GAP)
        tiles: list[Tile] = list(self.tiles.values())
        if self.test_tile is not None:
            tiles.append(self.test_tile)
        columns = 4 if len(tiles) > 6 else max(1, min(3, len(tiles)))
        for index, tile in enumerate(tiles):
            grid.addWidget(tile, index // columns, index % columns)
        for row in range(math.ceil(len(tiles) / columns)):
            grid.setRowStretch(row, 1)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid, 1)


class ExerciseView(QWidget):
    """One exercise: its demonstration with captions, its first cues, and a big Start."""

    startRequested = Signal()
    backRequested = Signal()

    def __init__(self, entry: Entry, hold_seconds: float, *,
                 clock: Callable[[], float] = time.monotonic, reduced_motion: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kioskExercise")
        self.entry = entry
        self.demonstration = quiet_demonstration(self, clock, reduced_motion=reduced_motion)
        animation = entry_animation(entry)
        if animation is not None:
            self.demonstration.set_animation(animation)
        self.demonstration.setVisible(animation is not None)

        self.back_button = look.TouchButton(self.tr("← All exercises"))
        self.back_button.setObjectName("kioskExerciseBack")
        self.back_button.clicked.connect(self.backRequested)
        seconds = duration_text(sampler_item(entry, hold_seconds).effective_dose.work_seconds())
        per_side = entry.dose is not None and entry.dose.per_side
        if entry.dose is not None and entry.dose.kind == "reps":
            start_text = fill(self.tr("Start: follow along for %1"), seconds)
        elif per_side:
            start_text = fill(self.tr("Start: %1 on each leg"), seconds)
        else:
            start_text = fill(self.tr("Start: hold for %1"), seconds)
        self.start_button = look.TouchButton(start_text, primary=True, factor=look.TITLE)
        self.start_button.setObjectName("kioskExerciseStart")
        self.start_button.clicked.connect(self.startRequested)

        top = QHBoxLayout()
        top.setSpacing(look.GAP)
        top.addWidget(self.back_button)
        top.addWidget(look.FittedLabel(entry.name, TITLE_FACTORS, lines=2), 1)
        # The words shrink together when a long text (or a small screen) would not fit.
        words = look.FittedColumn(3 * look.UNIT)
        words.add(look.text(entry.summary, colour=look.SECONDARY_TEXT), look.LARGE)
        for cue in entry.cues[:3]:
            words.add(look.BulletLabel(cue), look.LARGE)
        if entry.safety:
            words.add(look.text(entry.safety[0], colour=look.WARNING), look.BODY)
        words.add_stretch(1)
        body = QHBoxLayout()
        body.setSpacing(6 * look.UNIT)
        body.addWidget(self.demonstration, 5)
        body.addWidget(words, 4)
        layout = QVBoxLayout(self)
        margin = 5 * look.UNIT
        layout.setContentsMargins(margin, 4 * look.UNIT, margin, margin)
        layout.setSpacing(3 * look.UNIT)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
