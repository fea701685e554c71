"""The session log lists every run newest first and shows each set as it finally went."""

import datetime as dt

from PySide6.QtCore import Qt

from mobility_app.storage import Session, SessionItem
from mobility_app.ui.session_log import SessionLogPage

ZONE = dt.UTC


def run(day, status, items):
    started = dt.datetime(2026, 11, day, 9, tzinfo=ZONE)
    return Session(day, "Article routine", started, started, status, tuple(items))


def item(position, exercise, side, done, skipped=False):
    when = dt.datetime(2026, 11, 1, tzinfo=ZONE)
    return SessionItem(position, exercise, side, 1, 30.0, done, skipped, when)


def cell(model, row, column):
    return model.data(model.index(row, column))


def test_sessions_newest_first_with_their_sets(qtbot, catalog):
    page = SessionLogPage(catalog)
    qtbot.addWidget(page)
    page.set_sessions(
        [
            run(20, "finished", [item(0, "deep-squat", None, 30.0)]),
            run(
                22,
                "interrupted",
                [
                    item(0, "wall-lean", "left", 12.0),
                    item(0, "wall-lean", "right", 0.0, skipped=True),
                ],
            ),
        ],
        pain=lambda session_id: (5, 3) if session_id == 20 else (None, None),
    )
    model = page.sessions
    assert model.rowCount() == 2
    assert cell(model, 0, 2) == "Cut short (the app closed)"
    assert (cell(model, 0, 3), cell(model, 0, 4)) == ("1", "1")
    assert cell(model, 1, 6) == "5 → 3"
    # The newest session is selected, and its sets are listed by name.
    assert cell(page.sets, 0, 0) == "Wall lean stretch" and cell(page.sets, 1, 4) == "Skipped"
    page.sessions_view.selectRow(1)
    assert cell(page.sets, 0, 0) == "Deep squat hold" and cell(page.sets, 0, 1) == "Both"


def test_empty_log_says_how_to_fill_it(qtbot, catalog):
    page = SessionLogPage(catalog)
    qtbot.addWidget(page)
    page.set_sessions([])
    assert "No sessions yet" in page.summary.text()


def test_the_routine_column_takes_the_spare_width(qtbot, catalog):
    page = SessionLogPage(catalog)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.set_sessions([run(20, "finished", [item(0, "deep-squat", None, 30.0)])])
    page.show()
    qtbot.waitExposed(page)
    header = page.sessions_view.horizontalHeader()
    routine, pain = header.sectionSize(1), header.sectionSize(6)
    assert routine > 3 * pain  # the free-text column, not the last one, fills the row
    assert page.sets_view.horizontalHeader().sectionSize(0) > page.sets_view.width() / 3


def test_counts_and_times_are_right_aligned_to_compare_down_a_column(qtbot, catalog):
    page = SessionLogPage(catalog)
    qtbot.addWidget(page)
    page.set_sessions([run(20, "finished", [item(0, "deep-squat", None, 30.0)])])
    role = Qt.ItemDataRole.TextAlignmentRole
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    sessions, sets = page.sessions, page.sets
    assert [sessions.data(sessions.index(0, c), role) == right for c in range(7)] == [
        False, False, False, True, True, True, False,
    ]  # fmt: skip
    assert sets.data(sets.index(0, 3), role) == right and sets.data(sets.index(0, 0), role) is None
