"""The application style sheet: palette-driven, so light and dark system themes both work."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mobility_app.ui import style


def style_sheet() -> str:
    radius = style.UNIT
    return f"""
    QFrame#entryCard {{
        background: palette(base);
        border: 2px solid palette(midlight);
        border-radius: {radius}px;
    }}
    QFrame#entryCard:hover {{ border-color: palette(mid); }}
    QFrame#entryCard:focus {{ border-color: palette(highlight); }}
    QFrame#glanceStrip {{
        background: palette(base);
        border: 1px solid palette(midlight);
        border-radius: {radius}px;
    }}
    QFrame#warningBanner {{
        background: palette(base);
        border: 2px solid {style.ORANGE};
        border-radius: {radius}px;
    }}
    QPushButton#backButton {{
        padding: {style.UNIT}px {2 * style.UNIT}px;
        min-height: {4 * style.UNIT}px;
    }}
    """


def apply(app: QApplication) -> None:
    app.setStyleSheet(style_sheet())
