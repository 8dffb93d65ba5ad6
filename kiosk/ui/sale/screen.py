"""The Sale screen: tiles on the left, the cart and the total on the right.

Every change of the cart makes a new ``Cart`` value, repaints its row and
is parked (sales.park_cart) right after the repaint, so a crash or a sign-out
never loses it. Paying commits the sale in ONE service call (idempotent on
the cart's sale id) and only then prints the receipt in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.dates import today
from kiosk.services import (catalog, people, sale_commit, sale_results, sale_rules, sales, settings,
                            stock_forms, trading_day)
from kiosk.services.cart import Cart
from kiosk.topics import Topic
from kiosk.ui import actions
from kiosk.ui.context import AppContext
from kiosk.ui.i18n import tr
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale import customer_feed, printer_check, ranking, receipts, staff_steps
from kiosk.ui.sale.cart_editing import CartEditing
from kiosk.ui.sale.done import DonePanel
from kiosk.ui.sale.labels import baht
from kiosk.ui.sale.payment import PaymentPanel
from kiosk.ui.sale.sell_page import DONE, PAY, SELL, build_sell_page
from kiosk.ui.sale.style import SALE_STYLE
from kiosk.ui.screen import Screen, size_to_current_page


class SaleScreen(CartEditing, Screen):
    key = "sale"

    #: a sale was committed (tests and the shell may listen)
    sale_committed = Signal(object)  # SaleResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(SALE_STYLE)
        self.committing = False
        self.last_sale: sale_results.SaleResult | None = None
        self.dialog: QWidget | None = None  # the dialog open now (for tests)
        self.owners: dict[int, str] = {}
        self.default_owners: dict[int, int] = {}  # product id -> participant (consignment)
        self.printer = PrintRunner(self)
        self.printer.succeeded.connect(self._on_print_ok)
        self.printer.failed.connect(self._on_print_failed)
        self._park_timer = QTimer(self)
        self._park_timer.setSingleShot(True)
        self._park_timer.setInterval(0)
        self._park_timer.timeout.connect(self.park_now)
        self._banner_timer = QTimer(self)  # one timer: a new message gets its full 8 s
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setInterval(8000)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("sale_pages")
        root.addWidget(self.pages)

        self.pages.addWidget(build_sell_page(self))

        # -- paying and done ---------------------------------------------------------------
        self.payment = PaymentPanel(self)
        self.payment.paid.connect(self.commit)
        self.payment.cancelled.connect(self.back_to_cart)
        self.pages.addWidget(self.payment)
        self.done_panel = DonePanel(self)
        self.done_panel.new_sale.connect(self.new_sale)
        self.done_panel.print_requested.connect(lambda: self.print_receipt(copy=False))
        self.pages.addWidget(self.done_panel)

        self.day_closed = False
        size_to_current_page(self.pages)
        self.pages.currentChanged.connect(lambda _i: self._unscroll())
        self.retranslate()
        self.reload()
        self.refresh_day()
        self.restore_parked()
        self.customer_feed = customer_feed.attach(self)  # the second screen, if one is set up
        self.printer_check = printer_check.attach(self)  # paper out: said before the customer pays

    # -- building ------------------------------------------------------------------------
    def title(self) -> str:
        return tr("Sale")

    def retranslate(self) -> None:
        self.grid.retranslate()
        self.payment.retranslate()
        self.done_panel.retranslate()
        self.history_button.setText(tr("Sales today"))
        self.history_button.setAccessibleName(tr("Sales today"))
        self.day_button.setText(tr("Open / close day"))
        self.day_button.setAccessibleName(tr("Open / close day"))
        self.stock_button.setText(tr("Stock"))
        self.stock_button.setAccessibleName(tr("Stock: consignments, waste, counts"))
        self.cart_title.setText(tr("Cart"))
        self.clear_button.setText(tr("Clear"))
        self.clear_button.setAccessibleName(tr("Clear the cart"))
        self.owner_button.setText(tr("Whose?"))
        self.owner_button.setAccessibleName(tr("Whose produce"))
        self.price_button.setText(tr("Price"))
        self.price_button.setAccessibleName(tr("Change price (staff PIN)"))
        self.discount_button.setText(tr("Discount"))
        self.discount_button.setAccessibleName(tr("Discount (staff PIN)"))
        self.total_caption.setText(tr("Total"))
        self.empty_hint.setText(tr("Tap a vegetable to start a sale"))
        self.day_banner.setText(tr("Today is closed: no more sales today. "
                                   "If you still need to sell, tell the staff."))
        self.cart_view.setAccessibleName(tr("Cart"))
        self._refresh_totals()

    # -- data ------------------------------------------------------------------------------
    @property
    def cart(self) -> Cart:
        return self.cart_model.cart

    def reload(self) -> None:
        """Products, categories and owners from the services."""
        self.grid.set_data(catalog.category_tabs(self.ctx.db),
                           catalog.product_tiles(self.ctx.db, ranking.best_sellers(self.ctx.db)))
        self.owners = {p.id: p.display_name
                       for p in people.list_participants(self.ctx.db, include_inactive=False)}
        self.default_owners = stock_forms.consignment_owners(self.ctx.db)  # consigned products
        self.cart_model.set_owner_names(self.owners)

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & {Topic.CATALOG, Topic.STOCK, Topic.SALES, Topic.PARTICIPANTS}:
            self.reload()
        if Topic.SALES in topics:
            self.refresh_day()

    def refresh_day(self) -> None:
        """A closed day is said before a cart is started, and Pay is not offered."""
        outcome = actions.attempt(self.ctx.db, lambda: trading_day.day_state(self.ctx.db),
                                  show=self.show_banner)
        self.day_closed = outcome.ok and outcome.value.closed
        self.day_banner.setVisible(self.day_closed)
        self._refresh_totals()

    def on_shown(self) -> None:
        self.refresh_day()
        self.restore_parked()
        self.grid.search.setFocus()

    def restore_parked(self) -> None:
        """Bring back the cart parked by this operator (after a crash or sign-out)."""
        if not self.cart.is_empty:
            return
        outcome = actions.attempt(self.ctx.db, lambda: sales.parked_cart(self.ctx.db, self.ctx.who),
                                  show=self.show_banner)
        parked = outcome.value
        if parked is not None and not parked.is_empty:
            self.set_cart(parked, park=False)
            self.show_banner(self._restored_words(), "info")

    def _restored_words(self) -> str:
        """The restored cart says so, and names the last sale that was saved."""
        words = tr("The cart from before was brought back: it is not paid yet.")
        outcome = actions.attempt(self.ctx.db, lambda: sales.sales_of_day(self.ctx.db, today()),
                                  show=lambda _message: None)
        if outcome.ok and outcome.value:
            words += " " + tr("The last saved sale is {number}.").format(
                number=outcome.value[0].number)
        return words

    def hideEvent(self, event) -> None:  # noqa: N802
        self.park_now()
        super().hideEvent(event)

    # -- the cart -------------------------------------------------------------------------
    def set_cart(self, cart: Cart, park: bool = True) -> None:
        self.cart_model.set_cart(cart)
        self._refresh_totals()
        if park:
            self._park_timer.start()  # right after this repaint, not before it

    def park_now(self) -> None:
        """Park the cart now (the timer calls it after each change)."""
        if not self._park_timer.isActive() and getattr(self, "_parked_uid", None) == (
                self.cart.sale_uid, self.cart.lines):
            return
        self._park_timer.stop()
        cart = self.cart
        if not actions.attempt(self.ctx.db, lambda: sales.park_cart(self.ctx.db, self.ctx.who, cart),
                               show=self.show_banner).ok:
            return
        self._parked_uid = (self.cart.sale_uid, self.cart.lines)

    def open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _refresh_totals(self) -> None:
        cart = self.cart
        self.total_label.setText(baht(cart.total))
        self.item_count.setText(tr("1 line") if cart.line_count == 1
                                else tr("{n} lines").format(n=cart.line_count))
        self.pay_button.setEnabled(not cart.is_empty and not getattr(self, "day_closed", False))
        self.pay_button.setText(tr("Pay {amount}").format(amount=baht(cart.total))
                                if not cart.is_empty else tr("Pay"))
        self.pay_button.setAccessibleName(tr("Pay"))
        self.clear_button.setEnabled(not cart.is_empty)
        self.cart_view.setVisible(not cart.is_empty)
        self.empty_hint.setVisible(cart.is_empty)
        self._refresh_tools()

    def _refresh_tools(self) -> None:
        has_line = self.selected_row() >= 0
        for button in (self.owner_button, self.price_button, self.discount_button):
            button.setEnabled(has_line)

    def _on_code_not_found(self, code: str) -> None:
        self.show_banner(tr("No product has the code {code}.").format(code=code))

    def show_banner(self, message: str, state: str = "error") -> None:
        self.banner.setText(message)
        self.banner.setProperty("state", state)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setVisible(bool(message))
        if message:
            self._banner_timer.start()

    # -- paying -----------------------------------------------------------------------------
    def start_payment(self) -> None:
        if self.cart.is_empty:
            return
        outcome = actions.attempt(self.ctx.db, lambda: trading_day.day_state(self.ctx.db),
                                  show=self.show_banner)
        if not outcome.ok:
            return
        self.refresh_day()
        if outcome.value.closed:  # never a QR the customer could pay on a closed day
            return
        if not outcome.value.opened:  # the first sale of the day: the day is opened first
            self.ask_opening_float()
            return
        self.park_now()
        self.payment.start(self.cart.total, settings.read(self.ctx.db, "promptpay_target"),
                           receipts.promptpay_limit(self.ctx.db))
        self.pages.setCurrentIndex(PAY)

    def ask_opening_float(self) -> None:
        staff_steps.ask_opening_float(self)

    def commit(self, payment: sale_rules.PaymentRequest) -> None:
        """ONE service call; a second tap while it runs does nothing."""
        if self.committing or self.cart.is_empty:
            return
        self.committing = True
        cart = self.cart
        try:
            outcome = actions.attempt(
                self.ctx.db, lambda: sale_commit.commit_sale(self.ctx.db, cart, self.ctx.who, payment),
                show=self.payment.show_error, busy=self.payment.set_busy)
        finally:
            self.committing = False
        if not outcome.ok:
            return
        result = outcome.value
        self.last_sale = result
        self.set_cart(self.cart.cleared(), park=False)
        self._parked_uid = None
        self.park_now()
        self.done_panel.show_sale(result, receipts.customer_receipt(self.ctx.db))
        self.pages.setCurrentIndex(DONE)
        self.sale_committed.emit(result)
        mode = receipts.customer_receipt(self.ctx.db)
        drawer = bool(result.cash)
        if mode == "always":
            self.print_receipt(copy=False, open_drawer=drawer)
        elif drawer:
            receipts.open_drawer(self.printer, self.ctx.db)

    def print_receipt(self, copy: bool = False, open_drawer: bool = False) -> None:
        if self.last_sale is None:
            return
        self.done_panel.printing()
        receipts.print_sale(self.printer, self.ctx.db, self.last_sale, copy=copy,
                            open_drawer=open_drawer)

    def _on_print_ok(self, label: str, message: str) -> None:
        self.done_panel.printed(message)

    def _on_print_failed(self, label: str, message: str) -> None:
        self.done_panel.print_failed(message)
        if self.pages.currentIndex() != DONE:
            self.show_banner(message)

    def new_sale(self) -> None:
        self.pages.setCurrentIndex(SELL)
        self.grid.search.setFocus()

    def back_to_cart(self) -> None:
        self.pages.setCurrentIndex(SELL)

    def _unscroll(self) -> None:
        """A page that comes back starts at its top-left (the shell frames screens in scroll areas)."""
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QAbstractScrollArea):
                widget.horizontalScrollBar().setValue(0)
                widget.verticalScrollBar().setValue(0)
            widget = widget.parentWidget()

    # -- history and the day ------------------------------------------------------------------
    def open_history(self) -> None:
        from kiosk.ui.sale.history import HistoryDialog
        dialog = HistoryDialog(self.ctx, self.printer, self)
        self.open_dialog(dialog)

    def open_day_panel(self) -> None:
        from kiosk.ui.sale.day import DayDialog
        dialog = DayDialog(self.ctx, self.printer, self)
        self.open_dialog(dialog)

    def open_stock(self) -> None:
        from kiosk.ui.sale.stock_dialog import StockDialog
        self.open_dialog(StockDialog(self.ctx, self))
