"""The keyboard shortcuts dialog (F1): every shortcut the app has, grouped by page."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mobility_app.i18n import translate
from mobility_app.ui import style

Row = tuple[str, str]  # (keys as shown, what they do)
Section = tuple[str, list[Row]]


def key_text(*keys: str | QKeySequence.StandardKey) -> str:
    """Keys in the platform's own notation (⌘ on macOS), alternatives joined by " or "."""
    shown: list[str] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if text and text not in shown:
                shown.append(text)
    return translate("ShortcutsHelp", " or ").join(shown)


def _action_rows(actions: Iterable[QAction]) -> list[Row]:
    """Rows for menu actions, read from the actions themselves so the list stays true."""
    rows: list[Row] = []
    for action in actions:
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if not sequences:
            continue
        keys = translate("ShortcutsHelp", " or ").join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
        )
        rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows


def page_sections() -> list[Section]:
    """Shortcuts that belong to one page; they mirror player_page, routine_editor(_list), undo and
    test_page (tests/ui/test_shortcuts_help.py checks the player's against its QShortcuts)."""
    return [
        (
            translate("ShortcutsHelp", "Player"),
            [
                (
                    key_text("Space"),
                    translate("ShortcutsHelp", "Start the routine; during it, pause or resume"),
                ),
                (key_text("Right"), translate("ShortcutsHelp", "Skip to the next step")),
                (key_text("Left"), translate("ShortcutsHelp", "Go back one step")),
                (
                    key_text("Esc"),
                    translate(
                        "ShortcutsHelp", "Stop the routine (asks first), or leave the player"
                    ),
                ),
            ],
        ),
        (
            translate("ShortcutsHelp", "Routine editor"),
            [
                (
                    key_text("Ctrl+Up", "Ctrl+Down"),
                    translate("ShortcutsHelp", "Move the selected exercise up or down"),
                ),
                (key_text("Delete"), translate("ShortcutsHelp", "Remove the selected exercise")),
                (
                    key_text(QKeySequence.StandardKey.Save),
                    translate("ShortcutsHelp", "Save the routine"),
                ),
            ],
        ),
        (
            translate("ShortcutsHelp", "Progress"),
            [
                (
                    key_text(QKeySequence.StandardKey.Undo),
                    translate("ShortcutsHelp", "Undo the last edit or deletion"),
                ),
                (key_text(QKeySequence.StandardKey.Redo), translate("ShortcutsHelp", "Redo it")),
            ],
        ),
        (
            translate("ShortcutsHelp", "Knee-to-wall test"),
            [
                (
                    key_text("Return"),
                    translate("ShortcutsHelp", "In a distance field: move to the next field"),
                ),
                (key_text("Return"), translate("ShortcutsHelp", "In the note: save the result")),
            ],
        ),
        (
            translate("ShortcutsHelp", "Exercise library"),
            [
                (
                    key_text("Return", "Space"),
                    translate("ShortcutsHelp", "Open the exercise whose card has focus"),
                )
            ],
        ),
    ]


def sections(global_actions: Iterable[QAction] = ()) -> list[Section]:
    everywhere = _action_rows(global_actions)
    return (
        [(translate("ShortcutsHelp", "Everywhere"), everywhere)] if everywhere else []
    ) + page_sections()


def sections_html(all_sections: list[Section]) -> str:
    """One heading and one two-column table per page; screen readers announce both."""
    parts: list[str] = []
    for title, rows in all_sections:
        parts.append(f"<h3>{escape(title)}</h3>")
        parts.append('<table cellspacing="0" cellpadding="4">')
        for keys, meaning in rows:
            parts.append(
                f"<tr><td style='padding-right:24px'><b>{escape(keys)}</b></td>"
                f"<td>{escape(meaning)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """A plain list of shortcuts; Esc or Enter closes it, arrow keys scroll it."""

    def __init__(
        self, global_actions: Iterable[QAction] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sections = sections(global_actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        layout.setSpacing(2 * style.UNIT)
        self.browser = QTextBrowser()
        style.name_scroll_area(self.browser, self.tr("Keyboard shortcuts"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(sections_html(self.sections))
        # Focusable so the keyboard can scroll it; Tab still reaches the Close button.
        self.browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.browser.setTabChangesFocus(True)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        layout.addWidget(buttons)
        # Size from the text, so a 200% text scale gets a larger dialog, not a cramped one.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 34)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def plain_text(self) -> str:
        return self.browser.toPlainText()
