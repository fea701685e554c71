"""The library page: one card per entry, opened by mouse or keyboard, reflowing with width."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from mobility_app.catalog import Catalog, CatalogProblem
from mobility_app.ui.library_page import LibraryPage


def card_texts(card):
    return [label.text() for label in card.findChildren(QLabel)]


def test_every_entry_has_a_card_with_name_target_and_dose(qtbot, catalog):
    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    assert [c.entry_id for c in page.cards] == [e.id for e in catalog.entries]
    texts = card_texts(page.cards[0])
    assert "Deep squat hold" in texts
    assert catalog.entries[0].summary in texts
    assert any("3 × 30 s hold" in t for t in texts)
    test_texts = card_texts(page.cards[-1])
    assert any("3 trials per leg" in t for t in test_texts)


def test_card_opens_by_click_and_by_keyboard(qtbot, catalog):
    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    card = page.cards[3]
    with qtbot.waitSignal(page.entryActivated) as clicked:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert clicked.args == ["wall-lean"]
    card.setFocus()
    with qtbot.waitSignal(page.entryActivated) as pressed:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert pressed.args == ["wall-lean"]


def test_a_screen_reader_sees_a_card_as_a_button_it_can_press(qtbot, catalog):
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    card = page.cards[3]
    shown = QAccessible.queryAccessibleInterface(card)
    assert shown.role() == QAccessible.Role.Button
    assert shown.text(QAccessible.Text.Name) == "Wall lean stretch"
    assert "3 × 30 s hold" in shown.text(QAccessible.Text.Description)
    actions = shown.actionInterface()
    press = QAccessibleActionInterface.pressAction()
    assert actions.actionNames() == [press, QAccessibleActionInterface.setFocusAction()]
    with qtbot.waitSignal(page.entryActivated) as pressed:
        actions.doAction(press)
    assert pressed.args == ["wall-lean"]


def test_cards_reflow_to_the_window_width(qtbot, catalog):
    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    first, second = page.cards[0], page.cards[1]
    qtbot.waitUntil(lambda: first.y() == second.y() and second.x() > first.x())
    page.resize(480, 700)
    qtbot.waitUntil(lambda: second.y() > first.y() and second.x() == first.x())


def test_skipped_custom_files_are_shown(qtbot, catalog, tmp_path):
    problem = CatalogProblem(tmp_path / "mine.toml", "dose.reps", "99 is outside 1–30")
    page = LibraryPage(Catalog(list(catalog.entries), [problem]))
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("could not be loaded" in t for t in texts)
    assert any("mine.toml: dose.reps: 99 is outside 1–30" in t for t in texts)


def test_the_weekly_target_is_worded_in_the_singular_and_the_plural(qtbot, catalog):
    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    page.set_practice(1, 1)
    assert page.practice_label.text() == "This week: 1 of 1 day practised"
    page.set_practice(2, 4)
    assert page.practice_label.text() == "This week: 2 of 4 days practised"


def test_the_weekly_count_arriving_after_the_first_paint_moves_no_card(qtbot, catalog):
    page = LibraryPage(catalog)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    card = page.cards[0]
    before = card.mapTo(page, card.rect().topLeft())
    page.set_practice(2, 4)  # storage opens after the first paint; its count comes then
    QApplication.processEvents()
    assert page.practice_label.isVisible()
    assert card.mapTo(page, card.rect().topLeft()) == before
