"""Render the app icon (assets/icons/ankle-mobility.svg) to the PNG sizes a Linux desktop uses.

    .venv/bin/python packaging/linux/render_icons.py

Writes packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for each size in SIZES, with
Qt's own SVG renderer, off screen. The SVG stays the master; run this again whenever it
changes (tests/test_packaging.py fails while a PNG differs from a fresh rendering).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SVG = ROOT / "assets" / "icons" / "ankle-mobility.svg"
# The AppStream component id; the .desktop file and the installed icons are named after it.
APP_ID = "io.github.ankle_mobility.AnkleMobility"
SIZES = (16, 32, 48, 64, 128, 256)
ICON_THEME = HERE / "icons" / "hicolor"


def png_path(size: int) -> Path:
    return ICON_THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent size×size image (needs a QGuiApplication)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(SVG, size).save(str(target), "PNG"):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
