"""Guards against a broken environment that would otherwise pass silently."""

import sys

import pytest


def test_pyside6_does_not_leak_none_refcount(qapp):
    """PySide6 6.12.0 on Python 3.11 decrements None's refcount on every void call.

    The process then aborts with "Fatal Python error: none_dealloc" seconds into any
    animation. The pin to 6.11.3 avoids it; this fails if a bad version slips back in.
    """
    from PySide6.QtCore import QRect

    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12 on; its refcount does not move")
    rect = QRect()
    before = sys.getrefcount(None)
    for _ in range(1000):
        rect.setWidth(1)
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None refcount dropped by {before - after}"


def test_pyside6_is_the_pinned_version():
    import PySide6

    assert PySide6.__version__ == "6.11.3"


def test_fonts_have_real_glyphs(qapp):
    """Without any font installed Qt draws every glyph as an empty box and nothing fails."""
    from PySide6.QtGui import QFont, QFontMetrics

    assert QFontMetrics(QFont()).inFont("A")
