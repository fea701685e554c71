"""The one-page PDF report: written whole or not at all, readable, honest when empty."""

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QLocale

from mobility_app.report import write_report
from mobility_app.report.pdf import medium_date, month_ticks, nice_step, render_pdf
from mobility_app.settings import Settings
from mobility_app.storage import Measurement, Session, SessionItem

ZONE = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 5, 5, 9, 0, tzinfo=ZONE)


def results(count=20, hours=216):
    rows = []
    for i in range(count):
        when = dt.datetime(2025, 11, 3, 8, 0, tzinfo=ZONE) + dt.timedelta(hours=hours * i)
        rows.append(Measurement(when, "left", 9.0 + 3.0 * i / count, 33.0 + i % 4, "", 2 * i + 1))
        rows.append(Measurement(when, "right", 11.0 + i % 3 / 10, None, "", 2 * i + 2))
    return rows


def sessions():
    start = dt.datetime(2025, 11, 3, 10, 0, tzinfo=ZONE)
    item = SessionItem(0, "wall-lean", "left", 1, 30.0, 30.0, False, start)
    return [Session(1, "Routine", start, start, "finished", (item,))]


def pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def test_the_report_is_a_one_page_pdf(qapp, tmp_path):
    target = tmp_path / "report.pdf"
    write_report(target, results(), sessions(), Settings(), now=NOW)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages(data) == 1
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_the_report_renders(qapp, tmp_path):
    target = tmp_path / "report.pdf"
    write_report(target, results(), sessions(), Settings(unit="in"), now=NOW)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(target), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert [p.name for p in tmp_path.glob("page*.png")] == ["page-1.png"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_report_says_what_the_numbers_mean(qapp, tmp_path):
    target = tmp_path / "report.pdf"
    write_report(target, results(), sessions(), Settings(), now=NOW)
    done = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True, timeout=60
    )
    text = " ".join(done.stdout.split())
    assert "Ankle mobility progress" in text
    assert "likely a real change" in text and "within measurement noise" in text
    assert "Powden et al. 2015" in text and "Chisholm et al. 2012" in text
    assert "This report does not replace a clinician's assessment." in text


def test_no_results_make_a_page_that_says_so(qapp, tmp_path):
    target = tmp_path / "empty.pdf"
    write_report(target, [], [], Settings(), now=NOW)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and pages(data) == 1


def test_years_of_results_still_fit_one_page(qapp):
    assert pages(render_pdf(results(5000, hours=8), sessions(), Settings(), now=NOW)) == 1


def test_an_unwritable_path_raises_oserror_naming_it(qapp, tmp_path):
    target = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(OSError) as raised:
        write_report(target, results(), [], Settings(), now=NOW)
    assert raised.value.filename == str(target)
    assert str(target) in str(raised.value)


def test_a_failed_write_leaves_an_existing_report_alone(qapp, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF old")
    target.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        if _can_write(tmp_path):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(OSError):
            write_report(target, results(), [], Settings(), now=NOW)
        assert target.read_bytes() == b"%PDF old"
    finally:
        tmp_path.chmod(0o755)


def _can_write(folder):
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_dates_follow_the_locale():
    day = dt.date(2025, 11, 3)
    assert medium_date(day, QLocale("en_GB")) == "3 Nov 2025"
    assert medium_date(day, QLocale("en_US")) == "Nov 3, 2025"
    assert medium_date(day, QLocale("de_DE")) == "3. Nov. 2025"


def test_axis_helpers():
    assert nice_step(8.0) == 2 and nice_step(3.4) == 1 and nice_step(0.9) == 0.2
    start = dt.datetime(2025, 11, 3).timestamp()
    ticks = month_ticks(start, dt.datetime(2026, 4, 28).timestamp())
    assert [t.month for t in ticks] == [12, 1, 2, 3, 4]
    years = month_ticks(start, dt.datetime(2030, 11, 3).timestamp())
    assert all(t.month == 1 for t in years) and len(years) <= 7
