"""The detail page shows every part of an entry, in order, and goes back to the library."""

import pytest
from PySide6.QtWidgets import QLabel

from mobility_app.ui.exercise_page import ExercisePage


def page_texts(page):
    return [label.text() for label in page.findChildren(QLabel)]


@pytest.mark.parametrize(
    "entry_id",
    [
        "deep-squat",
        "ankle-circles",
        "calf-raise",
        "wall-lean",
        "half-kneeling",
        "downward-dog-march",
        "knee-to-wall",
    ],
)
def test_page_shows_every_field_of_the_entry(qtbot, catalog, entry_id):
    entry = catalog.get(entry_id)
    page = ExercisePage()
    qtbot.addWidget(page)
    page.show_entry(entry)
    texts = page_texts(page)
    for text in (
        entry.name,
        entry.summary,
        entry.purpose,
        *entry.steps,
        *entry.cues,
        *entry.mistakes,
        *entry.safety,
        *entry.targets,
        *entry.equipment,
    ):
        assert text in texts, text
    for heading in ("How to do it", "What to feel", "Common mistakes", "Stay safe"):
        assert heading in texts
    numbers = [label.text() for label in page.findChildren(QLabel) if label.text().isdigit()]
    assert numbers == [str(n) for n in range(1, len(entry.steps) + 1)]


def test_switching_entries_replaces_the_content(qtbot, catalog):
    page = ExercisePage()
    qtbot.addWidget(page)
    page.show_entry(catalog.get("wall-lean"))
    page.show_entry(catalog.get("calf-raise"))
    qtbot.waitUntil(lambda: "Wall lean stretch" not in page_texts(page))
    assert "Bodyweight calf raise" in page_texts(page)


def test_back_button_asks_for_the_library(qtbot, catalog):
    page = ExercisePage()
    qtbot.addWidget(page)
    page.show_entry(catalog.get("deep-squat"))
    with qtbot.waitSignal(page.backRequested):
        page.back_button.click()
