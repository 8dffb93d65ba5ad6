"""The window on a second screen that faces the customer.

Four pages, each in Thai with an English line for tourists whatever the
vendor's language: the stall's name and picture while idle; the cart's
lines and total in very large type while selling; the PromptPay QR for
the exact amount at payment (the customer scans this screen); "thank you"
and the change after. It shows only what it is told (``show_*``); the
feed (kiosk.ui.sale.customer_feed) follows the sale screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QScreen
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget)

from kiosk import i18n
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.money import Money
from kiosk.paths import ASSETS
from kiosk.services.cart import Cart
from kiosk.units import unit_label
from kiosk.ui.sale.labels import baht, quantity_text
from kiosk.ui.sale.qr import QrView

IDLE, CART, QR, THANKS = range(4)

MAX_LINES = 6  # the newest lines; more would shrink the type the customer reads from afar
DESIGN_HEIGHT = 600  # type sizes below are for a screen this tall, scaled to the real one


def both(text: str, **values: object) -> str:
    """``text`` in Thai, then in English on the next line (the display is always bilingual).

    Callers mark ``text`` with QT_TRANSLATE_NOOP so the Thai catalogue has it.
    """
    with i18n.language("th"):
        thai = i18n.tr(text).format(**values)
    with i18n.language("en"):
        english = i18n.tr(text).format(**values)
    return thai if thai == english else f"{thai}\n{english}"


def _label(parent: QWidget, name: str, pixels: int, bold: bool = False,
           color: str = "#1C2B1E") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("design_pixels", pixels)
    label.setProperty("design_style", f"color: {color}; font-weight: {700 if bold else 400};")
    _size(label, pixels)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _size(label: QLabel, pixels: int) -> None:
    # a style sheet, not setFont: the kiosk's theme sets QLabel sizes by style sheet
    label.setStyleSheet(f"{label.property('design_style')} font-size: {pixels}px;")


class CustomerDisplay(QWidget):
    """A frameless window filling ``screen``; one page at a time."""

    def __init__(self, stall_name: str, screen: QScreen | None = None) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("customer_display")
        self.setAccessibleName("Customer display")
        self.setStyleSheet("QWidget#customer_display { background: #F6FAF3; }")
        self.stall_name = stall_name
        self.logo_pixels = 260
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._idle_page())
        self.pages.addWidget(self._cart_page())
        self.pages.addWidget(self._qr_page())
        self.pages.addWidget(self._thanks_page())
        if screen is not None:
            self.place_on(screen)
        self.show_idle()

    def place_on(self, screen: QScreen) -> None:
        """Fill ``screen``, the type scaled to its height (a 7-inch 800x480 one too)."""
        area = screen.geometry()
        scale = area.height() / DESIGN_HEIGHT
        for label in self.findChildren(QLabel):
            pixels = label.property("design_pixels")
            if pixels:
                _size(label, max(12, round(pixels * scale)))
        self.qr.setMinimumSize(round(160 * scale), round(160 * scale))
        self.logo_pixels = round(260 * scale)
        self.setGeometry(area)
        if self.page == IDLE:
            self.show_idle()

    # -- pages ------------------------------------------------------------------------
    def _idle_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.picture = QLabel(page)
        self.picture.setObjectName("customer_picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._logo = QPixmap(str(ASSETS / "logo.png"))
        layout.addWidget(self.picture, 1)
        self.idle_name = _label(page, "customer_stall_name", 44, bold=True, color="#2E7D32")
        layout.addWidget(self.idle_name)
        self.welcome = _label(page, "customer_welcome", 30)
        layout.addWidget(self.welcome)
        return page

    def _cart_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.lines = _label(page, "customer_lines", 30)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.lines, 1)
        self.total_caption = _label(page, "customer_total_caption", 28)
        self.total = _label(page, "customer_total", 110, bold=True, color="#1B5E20")
        row = QHBoxLayout()
        row.addWidget(self.total_caption, 1)
        row.addWidget(self.total, 2)
        layout.addLayout(row)
        return page

    def _qr_page(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        self.qr = QrView("customer_qr", page)
        layout.addWidget(self.qr, 3)
        side = QVBoxLayout()
        self.qr_caption = _label(page, "customer_qr_caption", 30)
        self.qr_amount = _label(page, "customer_qr_amount", 96, bold=True, color="#1B5E20")
        self.qr_brand = _label(page, "customer_qr_brand", 26, color="#1A4D8F")
        self.qr_brand.setText("PromptPay · พร้อมเพย์")
        for widget in (self.qr_caption, self.qr_amount, self.qr_brand):
            side.addWidget(widget)
        layout.addLayout(side, 2)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.thanks = _label(page, "customer_thanks", 64, bold=True, color="#2E7D32")
        layout.addWidget(self.thanks, 1)
        self.change_caption = _label(page, "customer_change_caption", 32)
        self.change = _label(page, "customer_change", 110, bold=True, color="#1B5E20")
        layout.addWidget(self.change_caption)
        layout.addWidget(self.change, 1)
        return page

    # -- what the feed calls ------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def show_idle(self) -> None:
        if not self._logo.isNull():
            self.picture.setPixmap(self._logo.scaled(
                self.logo_pixels, self.logo_pixels, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.idle_name.setText(self.stall_name)
        self.welcome.setText(both(QT_TRANSLATE_NOOP("QCoreApplication", "Welcome")))
        self.pages.setCurrentIndex(IDLE)

    def show_cart(self, cart: Cart) -> None:
        if cart.is_empty:
            self.show_idle()
            return
        rows = []
        for line in cart.lines[-MAX_LINES:]:
            name = line.name_th + (f" ({line.name_en})" if line.name_en else "")
            with i18n.language("th"):
                unit = unit_label(line.unit)
            rows.append(f"{name}   {quantity_text(line.quantity, line.sold_by_weight)} {unit}"
                        f"   {baht(line.amount)}")
        hidden = len(cart.lines) - MAX_LINES
        if hidden > 0:
            rows.insert(0, both(QT_TRANSLATE_NOOP("QCoreApplication", "… and {n} more lines"), n=hidden).replace("\n", " / "))
        self.lines.setText("\n".join(rows))
        self.total_caption.setText(both(QT_TRANSLATE_NOOP("QCoreApplication", "Total")))
        self.total.setText(baht(cart.total))
        self.pages.setCurrentIndex(CART)

    def show_qr(self, payload: str, amount: Money) -> None:
        self.qr.set_payload(payload)
        self.qr_caption.setText(both(QT_TRANSLATE_NOOP("QCoreApplication", "Scan to pay with your bank app")))
        self.qr_amount.setText(baht(amount))
        self.pages.setCurrentIndex(QR)

    def show_thanks(self, change: Money) -> None:
        self.thanks.setText(both(QT_TRANSLATE_NOOP("QCoreApplication", "Thank you")))
        self.change_caption.setText(both(QT_TRANSLATE_NOOP("QCoreApplication", "Your change")) if change else "")
        self.change.setText(baht(change) if change else "")
        self.pages.setCurrentIndex(THANKS)
