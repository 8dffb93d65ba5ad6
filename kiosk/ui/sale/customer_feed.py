"""Keeps the customer display in step with the sale screen.

One display window for the kiosk (``current()``), on the screen chosen in
Settings > Devices, only while that screen is attached; none chosen or
none attached: no window, and the sale screen works as without it. The
feed reads what the sale screen shows (its page, cart, QR and last sale)
a few times a second and repaints the display only when that changed,
so the sale screen needs no knowledge of it beyond ``attach(self)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.db import Database
from kiosk.services import device_settings, settings
from kiosk.ui.sale.customer_display import CustomerDisplay

POLL_MS = 250
SELL, PAY, DONE = 0, 1, 2  # the sale screen's pages (kiosk.ui.sale.sell_page)
PROMPTPAY_PAGE = 1  # the payment panel's QR page

_display: CustomerDisplay | None = None


def current() -> CustomerDisplay | None:
    return _display


def screen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None) if name else None


def apply(db: Database) -> CustomerDisplay | None:
    """Open, move or close the display as the settings and the attached screens say."""
    global _display
    screen = screen_named(device_settings.customer_display_screen(db))
    if screen is None:
        close()
        return None
    if _display is None:
        _display = CustomerDisplay(settings.read(db, "stall_name"), screen)
    else:
        _display.stall_name = settings.read(db, "stall_name")
        _display.place_on(screen)
    _display.show()
    return _display


def close() -> None:
    global _display
    if _display is not None:
        _display.close()
        _display.deleteLater()
        _display = None


class CustomerFeed(QObject):
    """Watches ``sale`` (a SaleScreen) and shows its state on the current display."""

    def __init__(self, sale: QWidget) -> None:
        super().__init__(sale)
        self.sale = sale
        self.shown: tuple | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def on_screens_changed(self, *_: object) -> None:
        """A screen plugged in or out: open or close the display."""
        apply(self.sale.ctx.db)
        self.refresh()

    def state(self) -> tuple:
        sale = self.sale
        page = sale.pages.currentIndex()
        payment = sale.payment
        if page == PAY and payment.pages.currentIndex() == PROMPTPAY_PAGE and payment.qr.payload:
            return ("qr", payment.qr.payload, payment.promptpay_part)
        if page == DONE and sale.last_sale is not None:
            return ("thanks", sale.last_sale.sale_id, sale.last_sale.change)
        return ("cart", sale.cart)

    def refresh(self) -> None:
        display = current()
        if display is None:
            self.shown = None
            return
        state = self.state()
        if state == self.shown and getattr(display, "fed_by", None) is self:
            return
        display.fed_by = self  # a new display, or another sale screen fed it last
        self.shown = state
        if state[0] == "qr":
            display.show_qr(state[1], state[2])
        elif state[0] == "thanks":
            display.show_thanks(state[2])
        else:
            display.show_cart(state[1])


def attach(sale: QWidget) -> CustomerFeed:
    """Give the sale screen its feed, and open the display if one is set up."""
    apply(sale.ctx.db)
    feed = CustomerFeed(sale)
    app = QGuiApplication.instance()
    app.screenAdded.connect(feed.on_screens_changed)
    app.screenRemoved.connect(feed.on_screens_changed)
    return feed
