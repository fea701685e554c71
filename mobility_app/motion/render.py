"""Paints a demonstration frame with QPainter into any paint device, as a function of time."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from mobility_app.motion.ankle import format_angle
from mobility_app.motion.figure import HEAD_RADIUS, WIDTH, Point
from mobility_app.motion.keyframes import Animation
from mobility_app.motion.props import (
    FLOOR_Y,
    STAGE_BOTTOM,
    STAGE_HEIGHT,
    STAGE_LEFT,
    STAGE_TOP,
    STAGE_WIDTH,
    Prop,
    towel_rings,
)
from mobility_app.motion.scene import (
    INSET_ZOOM,
    JOINT_DISCS,
    STROKE_GROUPS,
    STROKES,
    Scene,
    scene_at,
)

# Okabe & Ito (2008) colour-blind-safe accents; the lighter variants keep contrast on dark.
VERMILLION = "#D55E00"
BLUE = "#0072B2"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
ORANGE = "#E69F00"
LABEL_HEIGHT = 7.0  # cm of stage: the angle label scales with the picture
MUSCLE_MAX_TINT = 0.9  # full intensity keeps a trace of the figure colour: reads as shading
MUSCLE_STEPS = 40


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a blended `amount` of the way towards b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _pen(
    colour: QColor,
    width: float,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap,
) -> QPen:
    return QPen(colour, width, style, cap, Qt.PenJoinStyle.RoundJoin)


def _cosmetic(colour: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    # One device pixel: Qt draws these without building a stroke outline, so they are cheap.
    pen = QPen(colour, 1.0, style)
    pen.setCosmetic(True)
    return pen


_STILL_POLYGONS: OrderedDict[tuple[object, ...], QPolygonF] = OrderedDict()


class _Map:
    """Stage (cm, y up) → device coordinates of the paint rect: done in Python, not by a
    painter transform, because Qt's fast paths for wide lines need an untransformed painter."""

    def __init__(self, rect: QRectF) -> None:
        self.scale = min(rect.width() / STAGE_WIDTH, rect.height() / STAGE_HEIGHT)
        self.ox = rect.x() + (rect.width() - STAGE_WIDTH * self.scale) / 2 - STAGE_LEFT * self.scale
        self.oy = (
            rect.y() + (rect.height() - STAGE_HEIGHT * self.scale) / 2 + STAGE_TOP * self.scale
        )

    def point(self, p: Point) -> QPointF:
        return QPointF(self.ox + p[0] * self.scale, self.oy - p[1] * self.scale)

    def poly(self, points: tuple[Point, ...]) -> QPolygonF:
        ox, oy, s = self.ox, self.oy, self.scale
        return QPolygonF([QPointF(ox + x * s, oy - y * s) for x, y in points])

    def still_poly(self, points: tuple[Point, ...]) -> QPolygonF:
        """`poly` for outlines that do not move (towel, circle path): mapped once, then kept."""
        key = (points, self.scale, self.ox, self.oy)
        polygon = _STILL_POLYGONS.get(key)
        if polygon is None:
            polygon = _STILL_POLYGONS[key] = self.poly(points)
            while len(_STILL_POLYGONS) > 32:
                _STILL_POLYGONS.popitem(last=False)
        return polygon

    def rect(self, left: float, bottom: float, w: float, h: float) -> QRectF:
        return QRectF(
            self.ox + left * self.scale, self.oy - (bottom + h) * self.scale,
            w * self.scale, h * self.scale,
        )  # fmt: skip


class _Ink:
    """Colours, pens and brushes for one palette at one scale, built once, reused by frames."""

    def __init__(self, palette: QPalette, scale: float) -> None:
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        self.near = QBrush(text)
        self.far = QBrush(_mix(text, window, 0.52))
        self.accent = QColor(SKY_BLUE if dark else BLUE)
        # Muscles are opaque: the figure's colour tinted towards the accent by the intensity.
        # (Semi-transparent fills cost several times more to blend at full-HD sizes.)
        self.muscle_brushes = {
            role: [QBrush(_mix(text, QColor(colour), i / MUSCLE_STEPS)) for i in
                   range(MUSCLE_STEPS + 1)]
            for role, colour in (("stretch", VERMILLION), ("work", self.accent.name()))
        }  # fmt: skip
        self.prop_fill = QBrush(_mix(window, text, 0.10))
        self.prop_pen = _cosmetic(_mix(window, text, 0.45))
        self.floor_fill = QBrush(_mix(window, text, 0.07))
        self.floor_pen = _pen(_mix(window, text, 0.55), 0.6 * scale, cap=Qt.PenCapStyle.FlatCap)
        self.mat_fill = QBrush(_mix(window, QColor(BLUISH_GREEN), 0.45))
        self.towel_fill = QBrush(QColor(ORANGE))
        self.towel_pen = _cosmetic(_mix(QColor(ORANGE), text, 0.55))
        self.inset_fill = QBrush(_mix(window, text, 0.05))
        self.inset_pen = _cosmetic(_mix(window, text, 0.3))
        self.guide_pen = _pen(_mix(window, text, 0.5), max(1.0, 0.5 * scale), Qt.PenStyle.DashLine)
        self.arc_pen = _pen(self.accent, max(1.5, 1.0 * scale))
        self.path_pen = _cosmetic(_mix(window, self.accent, 0.6))
        self.traced_pen = _pen(self.accent, max(1.5, 1.0 * scale))
        self.inset_shank = _pen(
            text, WIDTH["shank"] * INSET_ZOOM * scale, cap=Qt.PenCapStyle.FlatCap
        )
        # Limbs are flat-capped lines (Qt's fast path) with a disc at every joint instead of
        # round caps, which Qt would outline and fill as curves on every frame.
        self.limb_pens = {
            (width, layer): _pen(
                self.far.color() if layer == "far" else text, width * scale,
                cap=Qt.PenCapStyle.FlatCap,
            )
            for _, _, width, layer in STROKES
        }  # fmt: skip


_INK_CACHE: OrderedDict[tuple[int, float], _Ink] = OrderedDict()


def _ink(palette: QPalette, scale: float) -> _Ink:
    key = (palette.cacheKey(), round(scale, 4))
    ink = _INK_CACHE.get(key)
    if ink is None:
        ink = _INK_CACHE[key] = _Ink(palette, scale)
        while len(_INK_CACHE) > 8:
            _INK_CACHE.popitem(last=False)
    _INK_CACHE.move_to_end(key)
    return ink


def stage_transform(rect: QRectF) -> QTransform:
    """Stage (cm, y up) → device: the whole stage fitted inside `rect`, centred, aspect kept."""
    m = _Map(rect)
    return QTransform(m.scale, 0.0, 0.0, -m.scale, m.ox, m.oy)


def _draw_props(painter: QPainter, ink: _Ink, m: _Map, props: tuple[Prop, ...],
                rect: QRectF) -> None:  # fmt: skip
    """Floor, wall, step and mat; they stand behind the whole figure."""
    for prop in props:
        if prop.kind == "floor":
            # The floor runs to the edges of the paint rect, not just the stage.
            # Across the paint rect, but only as deep as the stage: a tall rect is not all floor.
            floor_y = m.point((0.0, FLOOR_Y)).y()
            depth = (FLOOR_Y - STAGE_BOTTOM) * m.scale
            painter.fillRect(QRectF(rect.left(), floor_y, rect.width(), depth), ink.floor_fill)
            painter.setPen(ink.floor_pen)
            painter.drawLine(QLineF(rect.left(), floor_y, rect.right(), floor_y))
        elif prop.kind != "towel":
            box = m.rect(*prop.rect)
            painter.fillRect(box, ink.mat_fill if prop.kind == "mat" else ink.prop_fill)
            painter.setPen(ink.prop_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)


def _draw_towels(painter: QPainter, ink: _Ink, m: _Map, props: tuple[Prop, ...]) -> None:
    """A towel roll lies under the near leg, so it goes in front of the far leg."""
    for prop in props:
        if prop.kind == "towel":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.towel_fill)
            radius = prop.radius * m.scale
            painter.drawEllipse(m.point(prop.centre), radius, radius)
            painter.setPen(ink.towel_pen)
            painter.drawPolyline(m.still_poly(towel_rings(prop)))


def _draw_strokes(painter: QPainter, ink: _Ink, m: _Map, points: Mapping[str, Point],
                  group: str, brush: QBrush) -> None:  # fmt: skip
    mapped = {name: m.point(points[name]) for name in JOINT_DISCS[group]}
    for start, end, width, layer in STROKE_GROUPS[group]:
        painter.setPen(ink.limb_pens[width, layer])
        painter.drawLine(QLineF(mapped[start], mapped[end]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    for name, width in JOINT_DISCS[group].items():
        radius = width * m.scale / 2
        painter.drawEllipse(mapped[name], radius, radius)


def _draw_figure(painter: QPainter, ink: _Ink, m: _Map, scene: Scene, show_muscle: bool) -> None:
    """Back to front: far limbs, towel, trunk and head, near leg with its muscles, near arm."""
    points = scene.points
    _draw_strokes(painter, ink, m, points, "far", ink.far)
    painter.drawPolygon(m.poly(scene.feet["far"]))
    _draw_towels(painter, ink, m, scene.props)
    _draw_strokes(painter, ink, m, points, "body", ink.near)
    radius = HEAD_RADIUS * m.scale
    painter.drawEllipse(m.point(points["head"]), radius, radius)
    _draw_strokes(painter, ink, m, points, "near_leg", ink.near)
    painter.drawPolygon(m.poly(scene.feet["near"]))
    if show_muscle:
        for muscle in scene.muscles:
            # Square root: a light stretch already shows colour, not a muddy figure tone.
            tint = MUSCLE_MAX_TINT * math.sqrt(min(max(muscle.intensity, 0.0), 1.0))
            step = round(MUSCLE_STEPS * tint)
            painter.setBrush(ink.muscle_brushes[muscle.role][step])
            painter.drawPolygon(m.poly(muscle.outline))
    _draw_strokes(painter, ink, m, points, "near_arm", ink.near)


def _draw_inset(painter: QPainter, ink: _Ink, m: _Map, scene: Scene) -> None:
    inset = scene.inset
    if inset is None:
        return
    painter.setPen(ink.guide_pen)
    painter.drawLine(QLineF(m.point(inset.leader[0]), m.point(inset.leader[1])))
    frame = m.rect(*inset.frame)
    painter.fillRect(frame, ink.inset_fill)
    painter.setPen(ink.inset_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame)
    painter.save()
    painter.setClipRect(frame)  # the magnified shank runs out of the close-up's frame
    painter.setPen(ink.inset_shank)
    painter.drawLine(QLineF(m.point(inset.shank[0]), m.point(inset.shank[1])))
    painter.restore()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink.near)
    painter.drawPolygon(m.poly(inset.foot))
    painter.setPen(ink.path_pen)
    painter.drawPolyline(m.still_poly(inset.path))
    painter.setPen(ink.traced_pen)
    painter.drawPolyline(m.poly(inset.traced))
    if inset.arrow is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.accent)
        painter.drawPolygon(m.poly(inset.arrow))


_LABELS: OrderedDict[tuple[str, int], QStaticText] = OrderedDict()
_FONTS: dict[int, QFont] = {}


def _label(text: str, pixels: int) -> QStaticText:
    """The angle label, laid out once per value and size (text layout is costly per frame)."""
    key = (text, pixels)
    label = _LABELS.get(key)
    if label is None:
        font = _FONTS.get(pixels)
        if font is None:
            font = _FONTS[pixels] = QFont(QGuiApplication.font())
            font.setPixelSize(pixels)
            font.setWeight(QFont.Weight.DemiBold)
        label = _LABELS[key] = QStaticText(text)
        label.prepare(QTransform(), font)
        while len(_LABELS) > 400:
            _LABELS.popitem(last=False)
    return label


def _draw_arc(painter: QPainter, ink: _Ink, m: _Map, scene: Scene) -> None:
    arc = scene.arc
    if arc is None:
        return
    painter.setPen(ink.guide_pen)
    painter.drawLine(QLineF(m.point(arc.centre), m.point(arc.reference_end)))
    painter.setPen(ink.arc_pen)
    painter.drawPolyline(m.poly(arc.arc))
    pixels = max(9, round(LABEL_HEIGHT * m.scale))
    label = _label(format_angle(arc.degrees), pixels)
    size = label.size()
    centre = m.point(arc.label_at)
    painter.setFont(_FONTS[pixels])
    painter.setPen(ink.accent)
    painter.drawStaticText(
        QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), label
    )


def draw(
    painter: QPainter,
    rect: QRectF,
    t: float,
    animation: Animation,
    *,
    side: str = "left",
    palette: QPalette | None = None,
    show_angle: bool = True,
    show_muscle: bool = True,
) -> None:
    """Paint the demonstration at time `t` (seconds; the loop wraps) scaled into `rect`.

    Draws the props, the figure, the shaded muscle and the ankle arc; it does not clear the
    background, so the caller's fill (the widget's window colour) shows through.
    """
    rect = QRectF(rect)
    m = _Map(rect)
    ink = _ink(palette if palette is not None else QGuiApplication.palette(), m.scale)
    scene = scene_at(animation, t, side, annotate=show_angle or show_muscle)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _draw_props(painter, ink, m, scene.props, rect)
        _draw_figure(painter, ink, m, scene, show_muscle)
        _draw_inset(painter, ink, m, scene)
        if show_angle:
            _draw_arc(painter, ink, m, scene)
    finally:
        painter.restore()
