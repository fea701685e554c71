"""The Spanish interface shows no English: every page walked, every text a person can see.

Each page of the main window (and the kiosk's screens, in tests/kiosk) is opened with the
Spanish translation installed and stored data to show; every visible text (labels, buttons,
tool tips, accessible names and descriptions, menus, combo items, table headers, window
titles) is checked for English words. A string that never went through the translation
system, or one whose translation is missing, shows up here as English.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QWidget,
)

from mobility_app import display_name, paths
from mobility_app.catalog import load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.catalog.localize import localized_catalog
from mobility_app.ui.language import apply_language, has_translation

# Words that are English and never Spanish; one of them in a Spanish screen means a string
# escaped translation. (Spanish shares "no", "a", "me", "son"..., which are not listed.)
_ENGLISH_ONLY = """
    the and your you with of to is this for from not are it on or what when how will be
    have an in each leg legs left right back next start stop set sets rep reps hold rest test
    pain settings save cancel open close none week weeks day days both step steps done finish
    finished again play pause speed half slow show library progress session sessions results
    result routine routines exercise exercises knee wall calf heel toes about help file view
    edit undo redo delete export import backup restore keyboard shortcuts sound volume theme
    text size motion language system light dark high contrast other target distance angle
    date time note trials trial best mean average change baseline likely noise within
    measurement side switch ready get skip stretch squat raise circles lean march minutes
    seconds yet there here add remove move up down name new please try cannot
"""
ENGLISH_WORDS = frozenset(_ENGLISH_ONLY.split())
WORD = re.compile(r"[^\W\d_]+")  # whole words: "Quédate" must not yield "date"
# Titles of cited works stay in their own language, in straight quotation marks (the app's own
# quoted words use « » or “ ”, and are checked like any text).
QUOTED = re.compile(r'"[^"]*"')
TAG = re.compile(r"<[^>]+>")


def english_words(text: str) -> list[str]:
    plain = QUOTED.sub(" ", TAG.sub(" ", text.replace("&nbsp;", " ").replace("&", "")))
    return [w for w in WORD.findall(plain) if w.lower() in ENGLISH_WORDS]


def test_the_english_word_finder_finds_english_and_passes_spanish() -> None:
    assert english_words("Start the routine") == ["Start", "the", "routine"]
    assert english_words("<b>Empezar</b> la rutina · 3 × 30 s de mantenimiento") == []
    assert english_words('Artículo fuente: "6 Best Ankle Exercises For Dorsiflexion"') == []
    assert english_words("Quédate quieto; si has tenido dolor (Physiother Can 2012)") == []


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model's columnCount is private in PySide: it has one column
        columns = 1
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value
    for row in range(min(model.rowCount(root), 20)):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield value


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees or hears in `root`'s visible widgets."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        texts = [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle() if widget.isWindow() else "",
        ]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
        elif isinstance(widget, QMenu):
            texts.extend(a.text() for a in widget.actions())
        for text in texts:
            if text:
                yield where, text


def english_on(root: QWidget) -> list[str]:
    return sorted(
        {f"{where}: {text!r}" for where, text in shown_texts(root) if english_words(text)}
    )


@pytest.fixture()
def spanish() -> Iterator[None]:
    if not has_translation("es"):
        pytest.fail(
            "assets/translations/mobility_app_es.qm is missing: run scripts/setup.sh "
            "(or .venv/bin/python scripts/translations.py compile)"
        )
    assert apply_language("es") == "es"
    try:
        yield
    finally:
        apply_language("en")


@pytest.fixture()
def spanish_window(qtbot, spanish, tmp_path: Path):
    from mobility_app.storage import (
        Measurement,
        SessionItem,
        add_measurements,
        finish_session,
        log_item,
        open_database,
        start_session,
    )
    from mobility_app.ui.main_window import MainWindow

    now = dt.datetime(2026, 3, 10, 8, 30).astimezone()
    db, _ = open_database(tmp_path / "m.sqlite3", tmp_path / "b", now=lambda: now)
    add_measurements(
        db,
        [
            Measurement(now - dt.timedelta(days=42), "left", 8.5, None),
            Measurement(now - dt.timedelta(days=42), "right", 10.0, None),
            Measurement(now, "left", 11.0, 38.0, "después de la rutina"),
            Measurement(now, "right", 10.5, None),
        ],
    )
    session = start_session(db, "Rutina del artículo", now)
    log_item(db, session, SessionItem(0, "wall-lean", "left", 1, 30.0, 30.0, False, now))
    log_item(db, session, SessionItem(1, "wall-lean", "right", 1, 30.0, 12.0, True, now))
    finish_session(db, session, "finished", now)
    catalog = localized_catalog(load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER))
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.set_database(db)
    window.resize(1280, 800)
    yield window
    window.close()
    db.close()


PAGES = [
    "library",
    "test",
    "progress",
    "sessions",
    "routines",
    "settings",
    *(f"exercise:{entry_id}" for entry_id in ARTICLE_ORDER),
    "player:wall-lean",
    "player:calf-raise",
]


@pytest.mark.parametrize("page", PAGES)
def test_a_spanish_page_shows_no_english(qtbot, spanish_window, page: str) -> None:
    window = spanish_window
    window.show_page(page, 12.0 if page.startswith("player:") else None)
    window.show()
    qtbot.waitExposed(window)
    assert english_on(window) == []
    assert window.windowTitle() and not english_words(window.windowTitle())


def test_spanish_menus_show_no_english(qtbot, spanish_window) -> None:
    window = spanish_window
    problems = []
    for menu in window.menuBar().findChildren(QMenu):
        problems.extend(
            f"{menu.title()!r}: {a.text()!r}"
            for a in menu.actions()
            if english_words(a.text()) or english_words(menu.title())
        )
    assert problems == []


def test_the_spanish_shortcuts_help_and_about_show_no_english(qtbot, spanish_window) -> None:
    window = spanish_window
    window.show_page("library")
    window.show()
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    assert english_on(dialog) == []
    dialog.close()
    assert english_words(window.about_text()) == []
    assert display_name() == "Movilidad de tobillo"
