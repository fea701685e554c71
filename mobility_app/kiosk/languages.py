"""The kiosk's languages: which one a visitor starts in, its content, and the touch picker.

A waiting room serves one visitor after another: each may switch the kiosk to the language
they read, and the next starts again in the clinic's (the config's `language`, else the
system's). Switching rebuilds the screens, so every text is taken afresh in the new language;
the exercises are localised again from the English catalogue the kiosk keeps.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from mobility_app import i18n
from mobility_app.catalog import Catalog, Entry
from mobility_app.catalog.localize import localized_catalog
from mobility_app.kiosk import look
from mobility_app.kiosk.config import KioskConfig
from mobility_app.ui.language import apply_language


def configured_language(
    config: KioskConfig,
    environ: Mapping[str, str] | None = None,
    available: tuple[str, ...] = i18n.LANGUAGES,
) -> str:
    """The language each visitor starts in: the config's, else the system's, else English."""
    return i18n.choose_language(config.language, os.environ if environ is None else environ,
                                available)  # fmt: skip


def apply_kiosk_language(language: str, config: KioskConfig) -> str:
    """Show the kiosk in `language` (see ui.language.apply_language); returns the language
    applied. When that is the config's language, numbers follow the config's tag ("es-MX",
    "en-GB", or the language's main region), as its documentation promises, whatever the
    system's locale: the clinic chose how the kiosk writes.
    """
    applied = apply_language(language)
    tag = config.language.replace("-", "_")
    if tag and i18n.choose_language(tag, {}) == applied:
        locale = QLocale(tag)
        QLocale.setDefault(locale)
        i18n.set_decimal_point(locale.decimalPoint())
    return applied


def localized_entries(entries: Sequence[Entry]) -> list[Entry]:
    """`entries` (as written, in English) in the interface's language now."""
    return localized_catalog(Catalog(entries=list(entries))).entries


# Smaller than the other kiosk buttons, so the picker leaves the attract loop its room, but
# still well above the 44–48 px a fingertip needs (UI.md, WCAG 2.5.5).
BUTTON_HEIGHT = 7 * look.UNIT
BUTTON_WIDTH = 14 * look.UNIT
_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class LanguageButton(look.TouchButton):
    """One language, named in that language; reachable with Tab, pressed with Space or Enter.

    The other kiosk buttons take no keyboard focus (a touch screen has no keyboard), but a
    visitor with a switch or a keyboard must be able to reach the language they read. The
    focus ring shows only when the focus came from the keyboard.
    """

    def __init__(self, tag: str, *, current: bool) -> None:
        super().__init__(i18n.NATIVE_NAMES.get(tag, tag), primary=current, factor=look.BODY)
        self.tag = tag
        self.setObjectName(f"kioskLanguage-{tag}")
        self.setCheckable(True)
        self.setChecked(current)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumSize(BUTTON_WIDTH, BUTTON_HEIGHT)
        self.keyboard_focus = False
        # Its own name, in its own language: someone who cannot read the current one still
        # hears the language they are looking for.
        self.setAccessibleName(i18n.NATIVE_NAMES.get(tag, tag))
        self.setAccessibleDescription(
            self.tr("Show the kiosk in this language") if not current
            else self.tr("The language shown now")
        )  # fmt: skip

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + 6 * look.UNIT
        height = max(BUTTON_HEIGHT, metrics.height() + 3 * look.UNIT)
        return QSize(max(width, BUTTON_WIDTH), height)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.keyboard_focus = event.reason() in _KEYBOARD_REASONS
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.keyboard_focus = False
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not (self.hasFocus() and self.keyboard_focus):
            return
        # The keyboard focus, drawn as a thick ring inside the edge (TouchButton draws none).
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = 6
        painter.setPen(QPen(QColor(look.ACCENT_TEXT if self.primary else look.ACCENT), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = look.UNIT
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), radius, radius
        )
        painter.end()


class LanguagePicker(QWidget):
    """A row of big buttons, one per language available; `chosen(tag)` on a press.

    Hidden when there is only one language to show (no translation compiled).
    """

    chosen = Signal(str)

    def __init__(
        self, languages: Sequence[str], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLanguagePicker")
        self.setAccessibleName(self.tr("Language"))
        self.current = current
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(look.GAP)
        self.buttons: dict[str, LanguageButton] = {}
        for tag in languages:
            button = LanguageButton(tag, current=tag == current)
            button.clicked.connect(lambda _checked=False, t=tag: self._press(t))
            row.addWidget(button)
            self.buttons[tag] = button
        previous: LanguageButton | None = None
        for button in self.buttons.values():
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        self.setVisible(len(self.buttons) > 1)

    def _press(self, tag: str) -> None:
        button = self.buttons[tag]
        button.setChecked(tag == self.current)  # the rebuilt screen shows the new choice
        if tag != self.current:
            self.chosen.emit(tag)

    def focused_language(self) -> str | None:
        """The language whose button has the keyboard focus, if one has."""
        return next((tag for tag, b in self.buttons.items() if b.hasFocus()), None)

    def focus_language(self, tag: str) -> None:
        button = self.buttons.get(tag)
        if button is not None:
            button.setFocus(Qt.FocusReason.TabFocusReason)
