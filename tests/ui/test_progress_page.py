"""The progress page: empty state, both legs plotted with bands, table, hover, toggles."""

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, Qt

from mobility_app.measures import facts
from mobility_app.settings import Settings
from mobility_app.storage import Measurement, Session, SessionItem
from mobility_app.ui.progress_page import ProgressPage

ZONE = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2025, 11, 3, 8, 0, tzinfo=ZONE)


def results(count=20, angles=False):
    """Both legs every nine days: the left gains 3 cm, the right 1 cm; a note now and then."""
    rows = []
    for i in range(count):
        when = START + dt.timedelta(days=9 * i)
        for side, first, gain, minutes in (("left", 9.0, 3.0, 0), ("right", 11.0, 1.0, 4)):
            cm = round(first + gain * i / max(count - 1, 1), 1)
            deg = round(32 + 2 * cm - 18, 1) if angles else None
            note = "calf sore after running" if (i, side) == (3, "left") else ""
            taken = when + dt.timedelta(minutes=minutes)
            rows.append(Measurement(taken, side, cm, deg, note, len(rows) + 1))
    return rows


def sessions(weeks=8):
    out = []
    for day in range(0, 7 * weeks, 2):
        start = START + dt.timedelta(days=day, hours=2)
        item = SessionItem(0, "wall-lean", "left", 1, 30.0, 30.0, False, start)
        out.append(Session(len(out) + 1, "Routine", start, start, "finished", (item,)))
    return out


@pytest.fixture
def page(qtbot):
    widget = ProgressPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    yield widget
    widget.close()


@pytest.fixture
def shown(page, qtbot):
    page.set_data(results(), sessions(), Settings())
    page.show()
    qtbot.waitExposed(page)
    return page


def test_importing_the_page_does_not_import_pyqtgraph_or_numpy():
    code = (
        "import sys, mobility_app.ui.progress_page; "
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "False"]


def test_without_results_a_friendly_panel_offers_the_test(page, qtbot):
    page.set_data([], sessions(), Settings())
    assert page.stack.currentWidget() is page.empty_panel
    assert page.plot is None
    assert not page.reset_button.isVisibleTo(page)
    with qtbot.waitSignal(page.recordRequested, timeout=1000):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)


def test_both_legs_are_plotted_with_distinct_markers_lines_and_bands(shown):
    plot = shown.plot
    left, right = plot.curves["left"], plot.curves["right"]
    assert len(left.getOriginalDataset()[0]) == len(right.getOriginalDataset()[0]) == 20
    assert left.opts["symbol"] == "o" and right.opts["symbol"] == "t1"
    assert left.opts["pen"].style() == Qt.PenStyle.SolidLine
    assert right.opts["pen"].style() == Qt.PenStyle.DashLine
    assert left.opts["pen"].color() != right.opts["pen"].color()
    band = plot.bands["left"].rect()
    # Baseline 9.0 cm ± the 2 cm measurement error (facts.MDC_DISTANCE_CM).
    assert band.top() == pytest.approx(9.0 - facts.MDC_DISTANCE_CM)
    assert band.height() == pytest.approx(2 * facts.MDC_DISTANCE_CM)
    assert plot.typical.getRegion() == pytest.approx(facts.TYPICAL_DISTANCE_CM)
    assert len(plot.difference_curve.getOriginalDataset()[0]) == 20
    assert len(plot.tracks[plot.weekly][0].x) == 8


def test_the_summary_says_what_the_numbers_mean(shown):
    texts = [line.text for line in shown.lines]
    assert any(
        t.startswith("Left: 12.0 cm, up 3.0 cm") and "likely a real change" in t for t in texts
    )
    assert any(
        t.startswith("Right: 12.0 cm, up 1.0 cm") and "measurement noise" in t for t in texts
    )


def test_the_angle_toggle_shows_angles_only(page):
    page.set_data(results(angles=True), [], Settings())
    page.show_kind("angle")
    y = page.plot.curves["left"].getOriginalDataset()[1]
    assert y[0] == pytest.approx(32.0)  # degrees as stored, never converted from cm
    assert page.plot.typical.getRegion() == pytest.approx(facts.TYPICAL_ANGLE_DEG)
    shown = [label.text() for _, label in page._summary_rows if label.isVisibleTo(page)]
    changes = [text for text in shown if text.startswith(("Left", "Right"))]
    assert len(changes) == 2 and all("°" in t and "cm" not in t for t in changes)


def test_the_angle_toggle_is_off_without_angle_results(shown):
    assert not shown.kind_buttons["angle"].isEnabled()
    assert shown.kind_buttons["distance"].isChecked()


def test_distances_follow_the_unit_setting(page):
    page.set_data(results(), [], Settings(unit="in"))
    y = page.plot.curves["left"].getOriginalDataset()[1]
    assert y[0] == pytest.approx(9.0 / 2.54)
    assert page.kind_buttons["distance"].text() == "Distance (in)"
    model = page.table.results
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Distance (in)"


def test_the_table_lists_every_result_newest_first(shown):
    model = shown.table.results
    assert model.rowCount() == 40
    assert model.index(0, 1).data() == "▲ Right"
    assert model.index(0, 2).data() == "12.0"
    assert model.index(39, 4).data() == ""
    assert model.index(33, 4).data() == "calf sore after running"


def test_hovering_a_point_shows_its_value_date_and_note(shown, qtbot):
    plot = shown.plot
    track = plot.tracks[plot.main][0]  # the left leg
    point = plot.main.vb.mapViewToScene(QPointF(float(track.x[3]), float(track.y[3])))
    text = plot.hover_at(point + QPointF(3, -2))
    assert text.splitlines() == ["Left: 9.5 cm", "30 Nov 2025, 08:00", "“calf sore after running”"]
    assert plot.hover_label.isVisible()
    far = plot.main.vb.mapViewToScene(QPointF(float(track.x[3]), 30.0))
    assert plot.hover_at(far) is None and plot.hover_text is None


def test_hovering_a_weekly_bar(shown):
    plot = shown.plot
    track = plot.tracks[plot.weekly][0]
    point = plot.weekly.vb.mapViewToScene(QPointF(float(track.x[1]), 0.5))
    assert plot.hover_at(point) == "Week of 10 Nov 2025 — practice sessions: 3"


def test_reset_view_shows_everything_again(shown):
    plot = shown.plot
    before = plot.main.vb.viewRange()
    plot.main.vb.scaleBy((0.2, 0.2))
    assert plot.main.vb.viewRange() != before
    shown.reset_button.click()
    assert plot.main.vb.viewRange()[0] == pytest.approx(before[0])


def test_a_chosen_baseline_is_used_and_reported(shown, qtbot):
    table = shown.table
    row = 1  # the newest left result
    table.selectRow(row)
    assert shown.baseline_button.isEnabled()
    with qtbot.waitSignal(shown.baselinesChanged) as signal:
        shown.baseline_button.click()
    assert signal.args == [{"left": table.results.result_id(row)}]
    text = next(line.text for line in shown.lines if line.side == "left")
    assert "your chosen baseline" in text
    shown.first_button.click()
    left = next(line.text for line in shown.lines if line.side == "left")
    assert "your chosen baseline" not in left


def test_ten_thousand_results_build_with_lines_only(page):
    rows = []
    for i in range(5000):
        when = START + dt.timedelta(hours=8 * i)
        rows += [Measurement(when, "left", 10.0 + i % 7 / 10, None, "", 2 * i + 1)]
        rows += [Measurement(when, "right", 11.0 - i % 5 / 10, None, "", 2 * i + 2)]
    page.set_data(rows, sessions(200), Settings())
    page.show()
    assert len(page.plot.curves["left"].getOriginalDataset()[0]) == 5000
    assert page.table.results.rowCount() == 10_000
    assert not page.plot.markers_shown("left")  # markers would merge into a blur


def test_a_report_can_be_saved_from_the_page(shown, tmp_path):
    target = tmp_path / "report.pdf"
    shown.save_report(str(target))
    assert target.read_bytes().startswith(b"%PDF")


def test_no_timer_is_left_running_after_use(shown):
    from PySide6.QtCore import QTimer

    plot = shown.plot
    track = plot.tracks[plot.main][1]
    plot.hover_at(plot.main.vb.mapViewToScene(QPointF(float(track.x[0]), float(track.y[0]))))
    plot.main.vb.scaleBy((0.5, 0.5))
    shown.reset_view()
    shown.show_kind("distance")
    assert [t for t in shown.findChildren(QTimer) if t.isActive()] == []
