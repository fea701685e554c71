"""Every built-in demonstration paints into an image, inside the frame, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette

from mobility_app.motion.figure import WIDTH
from mobility_app.motion.render import draw, stage_transform
from mobility_app.motion.scene import scene_at

SIZE = (640, 400)


def palette(dark: bool) -> QPalette:
    result = QPalette(QGuiApplication.palette())
    if dark:
        result.setColor(QPalette.ColorRole.Window, QColor("#1f2124"))
        result.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    return result


def render(animation, t, *, side="left", dark=False, size=SIZE, **options) -> QImage:
    pal = palette(dark)
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(pal.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, *size), t, animation, side=side, palette=pal, **options)
    painter.end()
    return image


def ink_count(image: QImage, background: QColor) -> int:
    """Pixels that differ from the background, on a coarse grid (fast enough for a test)."""
    bg = background.rgb()
    return sum(
        image.pixel(x, y) != bg
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    )


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("side", ["left", "right"])
def test_renders_the_figure_inside_the_frame(qapp, animation, dark, side):
    for t in (0.0, animation.duration * 0.4):
        image = render(animation, t, side=side, dark=dark)
        assert ink_count(image, palette(dark).color(QPalette.ColorRole.Window)) > 200
        transform = stage_transform(QRectF(0, 0, *SIZE))
        margin = max(WIDTH.values()) / 2
        for name, (x, y) in scene_at(animation, t, side).points.items():
            p = transform.map(QPointF(x, y))
            pad = margin * transform.m11()
            assert pad <= p.x() <= SIZE[0] - pad, name
            assert pad <= p.y() <= SIZE[1] - pad, name


def test_the_figure_moves(qapp, animation):
    first = render(animation, animation.keyframes[0].t)
    later = render(animation, animation.duration * 0.45)
    assert first != later


def test_mirrored_side_mirrors_the_picture(qapp, animations):
    squat = animations["deep-squat"]
    left = render(squat, 4.5, side="left", show_angle=False)
    right = render(squat, 4.5, side="right", show_angle=False)
    assert left != right
    flipped = left.flipped(Qt.Orientation.Horizontal)
    # Antialiasing rounds a little differently on each side; the pictures must still match.
    different = sum(
        flipped.pixel(x, y) != right.pixel(x, y) for y in range(0, 400, 2) for x in range(0, 640, 2)
    )
    assert different < 0.01 * 320 * 200


def test_annotations_can_be_switched_off(qapp, animations):
    squat = animations["deep-squat"]
    plain = render(squat, 4.5, show_angle=False, show_muscle=False)
    annotated = render(squat, 4.5)
    assert plain != annotated


def test_draw_scales_into_any_rect(qapp, animations):
    image = QImage(300, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(150, 150, 150, 150), 0.0, animations["calf-raise"])
    painter.end()
    assert image.pixel(10, 10) == QColor("white").rgb()  # nothing outside the rect
    assert ink_count(image, QColor("white")) > 20
