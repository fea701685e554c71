"""A QR code of plain text (segno), painted module by module so it stays sharp at any size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# ISO/IEC 18004 asks for a quiet zone of 4 modules around a QR code; scanners rely on it.
QUIET_ZONE = 4
# Level M recovers from about 15% damage (a glare spot on a glossy screen) and still fits a
# 100-character result in a version-6 code (41 modules), whose modules stay large on screen.
ERROR_LEVEL = "m"

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str) -> Matrix:
    """The dark (True) and light modules of `text`'s QR code, without the quiet zone.

    segno chooses the smallest version and the mode; text outside Latin-1 is encoded as
    UTF-8, which phone scanners read.
    """
    import segno  # imported here: only the result screen needs it

    code = segno.make_qr(text, error=ERROR_LEVEL)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def draw_matrix(painter: QPainter, rect: QRectF, matrix: Matrix) -> float:
    """Paint `matrix` with its quiet zone, centred in `rect`; return the module size used.

    Modules are a whole number of pixels when there is room, so edges fall on pixel
    boundaries and no module is blurred into its neighbour.
    """
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    module = max(1.0, float(int(side / count))) if side >= count else side / count
    size = module * count
    left = rect.left() + (rect.width() - size) / 2
    top = rect.top() + (rect.height() - size) / 2
    painter.fillRect(QRectF(left, top, size, size), QColor("#FFFFFF"))
    dark = QColor("#000000")
    origin_x = left + QUIET_ZONE * module
    origin_y = top + QUIET_ZONE * module
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            # One rectangle per run of dark modules: fewer, larger fills, no hairline seams.
            painter.fillRect(
                QRectF(origin_x + start * module, origin_y + y * module,
                       (x - start) * module, module),
                dark,
            )  # fmt: skip
    return module


def qr_image(text: str, module_pixels: int = 8) -> QImage:
    """`text`'s QR code as an image (for tests, and for a look at it outside the widget)."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_pixels
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    draw_matrix(painter, QRectF(0, 0, side, side), matrix)
    painter.end()
    return image


class QrCodeView(QWidget):
    """Shows one QR code; the text it holds is also its accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskQrCode")
        self._text = ""
        self._matrix: Matrix = ()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("QR code of your result"))

    def text(self) -> str:
        return self._text

    def matrix(self) -> Matrix:
        return self._matrix

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self.setAccessibleDescription(text)
        self.update()

    def clear(self) -> None:
        self.set_text("")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        # A version-6 code plus its quiet zone is 49 modules: 4 px each stays scannable.
        return QSize(200, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        draw_matrix(painter, QRectF(self.rect()), self._matrix)
        painter.end()
