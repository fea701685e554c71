"""The QR code holds exactly the plain-text result, and is drawn module for module."""

from __future__ import annotations

import datetime as dt

import segno
from PySide6.QtGui import QColor

from mobility_app.kiosk.ankle_test import AnkleTest
from mobility_app.kiosk.qr import QUIET_ZONE, QrCodeView, qr_image, qr_matrix
from mobility_app.kiosk.result import KioskResult, qr_text

TEXT = "Knee-to-wall 2026-11-24: left 11.5 cm, right 10.0 cm; difference 1.5 cm."


def test_matrix_is_segnos():
    expected = segno.make_qr(TEXT, error="m").matrix
    assert qr_matrix(TEXT) == tuple(tuple(bool(m) for m in row) for row in expected)


def test_image_has_each_module_and_a_white_quiet_zone(qapp):
    matrix = qr_matrix(TEXT)
    scale = 6
    image = qr_image(TEXT, scale)
    assert image.width() == (len(matrix) + 2 * QUIET_ZONE) * scale
    black = QColor("#000000").rgb()
    white = QColor("#FFFFFF").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            px = (x + QUIET_ZONE) * scale + scale // 2
            py = (y + QUIET_ZONE) * scale + scale // 2
            assert image.pixel(px, py) == (black if dark else white), (x, y)
    for i in range(0, image.width(), scale):
        assert image.pixel(i, 1) == white
        assert image.pixel(1, i) == white


def test_view_says_what_it_holds(qtbot):
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_text(TEXT)
    assert view.accessibleDescription() == TEXT
    view.clear()
    assert view.matrix() == ()


def test_the_test_result_encodes_the_plain_text_result(qtbot, kiosk_catalog):
    test = AnkleTest(kiosk_catalog.get("knee-to-wall"), today=lambda: dt.date(2026, 11, 24))
    qtbot.addWidget(test)
    test.show_entry()
    test.type_text("left", "11.5")
    test.type_text("right", "10")
    test.show_result()
    expected = qr_text(KioskResult(11.5, 10.0, dt.date(2026, 11, 24)))
    assert test.qr.text() == expected
    assert test.qr.matrix() == qr_matrix(expected)
    assert test.qr_text_label.text() == expected
    test.demonstration.pause()


def test_the_entry_refuses_an_impossible_distance(qtbot, kiosk_catalog):
    test = AnkleTest(kiosk_catalog.get("knee-to-wall"))
    qtbot.addWidget(test)
    test.show_entry()
    assert not test.show_button.isEnabled()
    test.type_text("left", "45")
    assert not test.show_button.isEnabled()
    assert "Left leg" in test.message.text() and "outside" in test.message.text()
    test.type_text("left", "\b")  # not a key: ignored
    test.press("back")
    assert test.entered()["left"] == "4"
    assert test.show_button.isEnabled()
    test.demonstration.pause()
