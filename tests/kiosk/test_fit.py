"""Every text fits on a small kiosk screen (1280×800, kiosk type), in English and in Spanish.

A translation runs about a quarter longer than the English: long names and cues shrink to fit
(look.FittedLabel, look.FittedColumn) instead of being cut off.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from mobility_app.kiosk import look


@pytest.fixture
def kiosk_type(qapp):
    restore = look.apply_type(qapp)
    yield
    restore()


def clipped(window) -> list[str]:
    """The wrapped labels on screen whose text needs more height than they have."""
    QApplication.processEvents()
    found = []
    for label in window.findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap() and label.text()):
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            found.append(f"{label.text()!r}: {needed} > {label.height()}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_is_cut_off_at_1280_by_800(kiosk_type, make_kiosk, request, language):
    if language != "en":
        request.getfixturevalue("spanish_catalogue")
    window, _ = make_kiosk(language=language)
    window.resize(1280, 800)
    assert window.language == language
    problems: list[str] = []
    for _ in window.attract.slides:
        problems += clipped(window)
        window.attract.advance()
    window.start_session()
    problems += clipped(window)
    session = window.session
    for entry_id in list(session._entries):
        session.open_exercise(entry_id)
        problems += clipped(window)
    session.open_test()
    test = session.test
    for step in range(len(test.entry.steps)):
        test.show_step(step)
        problems += clipped(window)
    test.show_entry()
    for field in test.fields.values():
        metrics = QFontMetrics(field.font())
        assert metrics.horizontalAdvance(field.side_name) <= field.width() - 2 * look.UNIT
    assert problems == []
