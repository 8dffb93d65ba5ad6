"""A QR code drawn crisp at any size straight from its module matrix."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrView(QWidget):
    """Shows ``payload`` as a QR code (square, with a white quiet zone)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.payload = ""
        self._matrix: list[list[bool]] = []
        # the QR takes the space left beside and under the texts: no height-for-width,
        # which would grow the page with the window and push the buttons out of view
        self.setMinimumSize(QSize(200, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 240)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        if payload:
            code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
            code.add_data(payload)
            code.make(fit=True)
            self._matrix = code.get_matrix()
        else:
            self._matrix = []
        self.setAccessibleDescription(payload)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height())
        if not self._matrix:
            return
        count = len(self._matrix)
        module = max(1, side // count)  # whole pixels per module: sharp edges
        size = module * count
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter.fillRect(QRect(left, top, size, size), QColor("white"))
        black = QColor("black")
        for y, row in enumerate(self._matrix):
            x = 0
            while x < count:
                if row[x]:
                    start = x
                    while x < count and row[x]:
                        x += 1
                    painter.fillRect(left + start * module, top + y * module,
                                     (x - start) * module, module, black)
                else:
                    x += 1
        painter.end()
