"""Issue 10 §1 and issue 9 §8 on the sale screen, driven as a vendor would."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

import kiosk.db
from kiosk.dates import today
from kiosk.money import Money
from kiosk.services import sale_commit, sale_reversals, sale_rules, sales, settings, trading_day
from kiosk.ui import dialogs
from kiosk.ui.sale import SaleScreen
from kiosk.ui.sale.cart_model import COL_MINUS, COL_PLUS, COL_REMOVE
from kiosk.ui.sale.done import TAP_GUARD_MS
from ui_helpers import open_today, wait_for_background
from tests.sales_helpers import cart_of, make_catalogue, open_day


@pytest.fixture
def products(db):
    return make_catalogue(db)


@pytest.fixture
def screen(qtbot, ui_context, products):
    settings.change(ui_context.db, None, customer_receipt="never")
    open_today(ui_context)  # the day is opened before its first sale
    widget = SaleScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1150, 730)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tap(qtbot, screen, product):
    rect = screen.grid.tile_rect(product.id)
    qtbot.mouseClick(screen.grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot, keypad, keys):
    for key in keys:
        qtbot.mouseClick(keypad.button(key), Qt.MouseButton.LeftButton)


def geometry(widget, of):
    return QRect(widget.mapTo(of, QPoint(0, 0)), widget.size())


# -- issue 9 §8: a locked database during a sale ------------------------------------------
def test_a_locked_database_says_so_reenables_and_writes_nothing(qtbot, screen, products, db,
                                                              monkeypatch):
    monkeypatch.setattr(kiosk.db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    db.engine.dispose()  # new connections wait 200 ms for a lock, not 5 s
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.note_buttons[20])
    other = sqlite3.connect(str(db.sqlite_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        click(qtbot, screen.payment.cash_confirm)
        assert screen.pages.currentIndex() == 1  # still paying
        assert "locked" in screen.payment.error.text() or "ล็อก" in screen.payment.error.text()
        assert screen.payment.cash_confirm.isEnabled() and screen.payment.back_button.isEnabled()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sales.sales_of_day(db, today()) == []
    click(qtbot, screen.payment.cash_confirm)  # the lock is gone: the same tap works
    assert len(sales.sales_of_day(db, today())) == 1


def test_an_unexpected_failure_is_a_message_too(qtbot, screen, products, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(sale_commit, "commit_sale", broken)
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.exact_button)
    click(qtbot, screen.payment.cash_confirm)
    assert screen.payment.error.text() and screen.payment.cash_confirm.isEnabled()


# -- keypads --------------------------------------------------------------------------------
def test_cash_keypad_no_error_while_typing_and_no_key_moves(qtbot, screen, products):
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    pad = screen.payment.cash_keypad
    before = {key: geometry(pad.button(key), screen) for key in "0123456789"}
    for key in "12.":
        click(qtbot, pad.button(key))
        assert screen.payment.error.text() == ""
    for key in "345":
        if pad.button(key).isEnabled():
            click(qtbot, pad.button(key))
    assert screen.payment.received == Money.parse("12.34")
    assert not pad.button("5").isEnabled() and not pad.button(".").isEnabled()
    screen.payment.show_error("Not enough cash: ฿7.66 more is needed. " * 2)
    assert {key: geometry(pad.button(key), screen) for key in "0123456789"} == before


def test_weight_keypad_no_error_while_typing_and_escape_leaves(qtbot, screen, products):
    tap(qtbot, screen, products["CUCUMBER"])
    dialog = screen.dialog
    before = geometry(dialog.keypad.button("0"), dialog)
    press(qtbot, dialog.keypad, "1.")
    assert dialog.error.text() == "" and "1" in dialog.preview.text()
    press(qtbot, dialog.keypad, "999")
    assert not dialog.keypad.button("9").isEnabled()  # a 4th decimal is not offered
    dialog.error.show_message("That quantity is too large. " * 3)
    assert geometry(dialog.keypad.button("0"), dialog) == before
    qtbot.keyClick(dialog.keypad, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and screen.cart.is_empty


def test_escape_leaves_the_staff_pin_keypad(qtbot, screen, products):
    tap(qtbot, screen, products["KALE"])
    screen.select_row(0)
    click(qtbot, screen.discount_button)
    dialog = screen.dialog
    press(qtbot, dialog.amount_pad, "5")
    click(qtbot, dialog.amount_pad.button("ok"))
    press(qtbot, dialog.pin_pad, "22")
    qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert screen.cart.lines[0].discount == Money(0)


# -- price and discount are checked before the PIN ---------------------------------------------
def test_a_huge_discount_is_refused_before_the_pin(qtbot, screen, products, db):
    from kiosk.services import audit
    tap(qtbot, screen, products["KALE"])
    screen.select_row(0)
    click(qtbot, screen.discount_button)
    dialog = screen.dialog
    press(qtbot, dialog.amount_pad, "99999")
    click(qtbot, dialog.amount_pad.button("ok"))
    assert dialog.error.text()
    assert dialog.steps.currentWidget() is dialog.amount_pad  # no PIN asked
    assert audit.recent_events(db, action="approval") == []


def test_a_vendor_own_pin_and_the_lock_in_the_dialog(qtbot, ui_context, products, db, vendor):
    from dataclasses import replace
    ctx = replace(ui_context, who=vendor)
    widget = SaleScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 730)
    widget.show()
    tap(qtbot, widget, products["KALE"])
    widget.select_row(0)
    click(qtbot, widget.price_button)
    dialog = widget.dialog
    press(qtbot, dialog.amount_pad, "15")
    click(qtbot, dialog.amount_pad.button("ok"))
    for _ in range(5):
        press(qtbot, dialog.pin_pad, "1111")  # the vendor's own
        click(qtbot, dialog.pin_pad.button("ok"))
        wait_for_background()
    press(qtbot, dialog.pin_pad, "2222")  # staff, but the box is locked now
    click(qtbot, dialog.pin_pad.button("ok"))
    wait_for_background()
    assert widget.cart.lines[0].unit_price == Money.baht(20)
    assert dialog.isVisible() and dialog.isEnabled() and dialog.error.text()


# -- the done screen ----------------------------------------------------------------------------
def test_a_double_tap_on_receive_cash_does_not_skip_the_change(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.note_buttons[50])
    click(qtbot, screen.payment.cash_confirm)
    qtbot.mouseClick(screen.done_panel.next_button, Qt.MouseButton.LeftButton)  # the 2nd tap
    assert screen.pages.currentIndex() == 2 and screen.done_panel.change.text() == "฿30"
    qtbot.wait(TAP_GUARD_MS + 50)
    click(qtbot, screen.done_panel.next_button)
    assert screen.pages.currentIndex() == 0


# -- a closed day ------------------------------------------------------------------------------
def test_a_closed_day_is_said_first_and_shows_no_qr(qtbot, ui_context, products, db, staff):
    trading_day.open_day(db, staff, Money.baht(0), "2222")
    trading_day.close_day(db, staff, Money.baht(0), "2222")
    widget = SaleScreen(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1150, 730)
    widget.show()
    assert widget.day_banner.isVisible() and widget.day_banner.text()
    tap(qtbot, widget, products["KALE"])
    assert not widget.pay_button.isEnabled()
    widget.start_payment()
    assert widget.pages.currentIndex() == 0 and widget.payment.qr.payload == ""


# -- the day: float and Z -------------------------------------------------------------------------
def test_a_large_float_asks_and_the_z_confirmation_shows_the_difference(qtbot, ui_context,
                                                                     products, db, monkeypatch):
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale.day import COUNT, DayDialog
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, **k: asked.append(text) or True)
    dialog = DayDialog(ui_context, PrintRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    press(qtbot, dialog.keypad, "99999")
    click(qtbot, dialog.keypad.button("ok"))
    assert len(asked) == 1 and "99,999" in asked[0]
    assert not trading_day.day_state(db).opened  # nothing until the staff PIN
    press(qtbot, dialog.dialog.pin_pad, "2222")
    click(qtbot, dialog.dialog.pin_pad.button("ok"))
    wait_for_background()
    assert trading_day.day_state(db).opening_float == Money.baht(99_999)
    dialog.set_mode(COUNT)
    press(qtbot, dialog.keypad, "99000")
    click(qtbot, dialog.keypad.button("ok"))
    assert "99,000" in asked[-1] and "999" in asked[-1]  # difference −฿999 shown before closing
    assert dialog.dialog is not None and not trading_day.day_state(db).closed


# -- touch ----------------------------------------------------------------------------------------
def test_cart_buttons_are_48px_with_gaps_and_minus_is_not_offered_when_refused(qtbot, screen,
                                                                               products):
    tap(qtbot, screen, products["KALE"])
    view = screen.cart_view
    rects = [view.visualRect(screen.cart_model.index(0, c)) for c in (COL_MINUS, COL_PLUS, COL_REMOVE)]
    for rect in rects:
        assert rect.width() >= 48 + 8 and rect.height() >= 48 + 8  # a gap around each
    assert screen.cart_model.index(0, COL_MINUS).data(Qt.ItemDataRole.DisplayRole) == ""


def test_big_buttons_keep_their_size_under_the_theme(qtbot, screen, products):
    from kiosk.ui.app import ensure_app
    ensure_app()
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    assert screen.payment.cash_confirm.height() >= 84


def test_a_large_amount_is_never_clipped_in_the_cart(qtbot, screen, products):
    from PySide6.QtGui import QFontMetrics
    delegate = screen.cart_view.itemDelegate()
    width = screen.cart_view.columnWidth(2) - 18
    for text in ("฿20", "฿99,999.00", "฿100,000.00"):
        assert QFontMetrics(delegate.amount_font(text, width)).horizontalAdvance(text) <= width


# -- the smaller items of §1 ------------------------------------------------------------------
def test_best_sellers_keep_their_order_for_the_day(qtbot, ui_context, products, db):
    from kiosk.ui.sale import ranking
    screen = SaleScreen(ui_context)
    qtbot.addWidget(screen)
    before = [t.code for t in screen.grid.model.all_tiles]
    open_day(db, ui_context.who)
    for _ in range(3):  # the last product sells a lot
        sale_commit.commit_sale(db, cart_of(products, ("CHILI", "1")), ui_context.who,
                          sale_rules.PaymentRequest(cash_tendered=Money.baht(15)))
    screen.reload()
    assert [t.code for t in screen.grid.model.all_tiles] == before
    assert ranking.best_sellers(db, today()) == ranking.best_sellers(db)


def test_a_restored_cart_says_so_and_names_the_last_saved_sale(qtbot, ui_context, products, db):
    open_day(db, ui_context.who)
    result = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), ui_context.who,
                               sale_rules.PaymentRequest(cash_tendered=Money.baht(20)))
    sales.park_cart(db, ui_context.who, cart_of(products, ("CORIANDER", "2")))
    screen = SaleScreen(ui_context)  # after a crash
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.cart.is_empty
    assert screen.banner.isVisible() and result.number in screen.banner.text()


def test_a_voided_bill_says_why_void_and_refund_are_off(qtbot, ui_context, products, db, staff):
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale.history import HistoryDialog
    open_day(db, ui_context.who)
    result = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), ui_context.who,
                               sale_rules.PaymentRequest(cash_tendered=Money.baht(20)))
    sale_reversals.void_sale(db, result.sale_id, staff, "2222", "test")
    dialog = HistoryDialog(ui_context, PrintRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.void_button.isEnabled() and not dialog.refund_button.isEnabled()
    assert dialog.why_disabled.isVisible() and result.number in dialog.why_disabled.text()
    dialog.search.setText("999999")
    assert "999999" in dialog.detail_title.text()


def test_an_empty_search_says_so_and_alt_letters_do_not_type(qtbot, screen, products):
    qtbot.keyClicks(screen.grid.search, "zzzz")
    assert screen.grid.no_match.isVisible() and "zzzz" in screen.grid.no_match.text()
    screen.grid.search.clear()
    assert not screen.grid.no_match.isVisible()
    qtbot.keyClick(screen.grid.search, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert screen.grid.search.text() == ""


def test_receipts_go_to_a_folder_of_the_database_in_use(tmp_path):
    from kiosk.db import Database
    from kiosk.services import documents, printer_settings
    first = Database(f"sqlite:///{tmp_path / 'a' / 'kiosk.sqlite3'}")
    second = Database(f"sqlite:///{tmp_path / 'b' / 'kiosk.sqlite3'}")
    third = Database(f"sqlite:///{tmp_path / 'a' / 'test.sqlite3'}")
    folders = {printer_settings.default_receipt_folder(d) for d in (first, second, third)}
    assert len(folders) == 3
    assert documents.folder(first, "receipts").is_relative_to(tmp_path / "a")
    for database in (first, second, third):
        database.dispose()


def test_the_vendor_sees_saved_and_staff_can_open_the_folder(qtbot, ui_context, products, db,
                                                              monkeypatch, tmp_path):
    from kiosk.services import printer_settings
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale import receipts
    from kiosk.ui.sale.day import DayDialog
    settings.change(db, None, printer_kind="pdf", receipt_folder=str(tmp_path / "r"))
    open_day(db, ui_context.who)
    result = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), ui_context.who,
                               sale_rules.PaymentRequest(cash_tendered=Money.baht(20)))
    runner = PrintRunner()
    with qtbot.waitSignal(runner.succeeded, timeout=10000) as done:
        receipts.print_sale(runner, db, result)
    assert str(tmp_path) not in done.args[1] and done.args[1]
    opened = []
    monkeypatch.setattr(receipts, "open_folder", lambda folder: opened.append(folder) or True)
    dialog = DayDialog(ui_context, runner)  # staff
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.folder_button)
    assert opened == [printer_settings.printer_settings(db).folder]


def test_the_first_sale_of_the_day_asks_for_the_opening_float(qtbot, ui_context, products, db):
    widget = SaleScreen(ui_context)  # the day is not opened
    qtbot.addWidget(widget)
    widget.resize(1150, 730)
    widget.show()
    tap(qtbot, widget, products["KALE"])
    click(qtbot, widget.pay_button)
    dialog = widget.dialog
    assert widget.pages.currentIndex() == 0 and dialog.objectName() == "open_day_dialog"
    press(qtbot, dialog.amount_pad, "0")  # a float may be nothing, but it is said
    click(qtbot, dialog.amount_pad.button("ok"))
    press(qtbot, dialog.pin_pad, "2222")
    click(qtbot, dialog.pin_pad.button("ok"))
    wait_for_background()
    assert trading_day.day_state(db).opened
    assert widget.pages.currentIndex() == 1  # on to the payment


def test_plurals_in_english(qtbot, screen, products, english):
    from kiosk.services.auth import WrongPin
    tap(qtbot, screen, products["KALE"])
    assert screen.item_count.text() == "1 line"
    tap(qtbot, screen, products["KALE"])
    assert screen.item_count.text() == "1 line"  # the cart counts lines, not pieces
    tap(qtbot, screen, products["CORIANDER"])
    assert screen.item_count.text() == "2 lines"
    assert WrongPin(1).message == "Wrong PIN. 1 try left."
    assert WrongPin(2).message == "Wrong PIN. 2 tries left."
