"""The sale screen, driven as a vendor would: tiles, keys, notes, the QR, history."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kiosk import promptpay
from kiosk.dates import today
from kiosk.money import Money
from kiosk.services import sale_commit, sale_rules, sales, settings
from kiosk.ui import dialogs
from kiosk.ui.sale import SaleScreen
from kiosk.ui.sale.done import TAP_GUARD_MS
from kiosk.ui.sale.cart_model import COL_MINUS, COL_PLUS, COL_REMOVE, CartTableModel
from ui_helpers import open_today, wait_for_background
from tests.sales_helpers import cart_of, make_catalogue, participant_id, open_day


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
    """Press the product's tile with the finger (a mouse click on its rectangle)."""
    rect = screen.grid.tile_rect(product.id)
    assert rect.isValid(), f"tile of {product.code} not shown"
    qtbot.mouseClick(screen.grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(qtbot, keypad, keys):
    for key in keys:
        qtbot.mouseClick(keypad.button({".": "."}.get(key, key)), Qt.MouseButton.LeftButton)


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def day_sales(db):
    return sales.sales_of_day(db, today())


def test_unit_sale_with_cash_and_change(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["CORIANDER"])
    assert [(l.code, l.quantity) for l in screen.cart.lines] == [("KALE", 2), ("CORIANDER", 1)]
    assert screen.total_label.text() == "฿50"
    assert "2" in screen.item_count.text()  # two lines: 2 x kale, 1 x coriander
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.note_buttons[50])
    click(qtbot, screen.payment.note_buttons[20])
    assert screen.payment.change_label.text() == "฿20"
    click(qtbot, screen.payment.cash_confirm)
    [summary] = day_sales(db)
    result = sales.sale_result(db, summary.sale_id)
    assert result.total == Money.baht(50) and result.change == Money.baht(20)
    assert screen.done_panel.change.text() == "฿20"
    assert screen.cart.is_empty


def test_too_little_cash_is_refused(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.note_buttons[50])
    assert not screen.payment.cash_confirm.isEnabled()
    assert screen.payment.change_label.text() == "฿10"  # still to pay
    screen.payment.confirm_cash()  # Enter on the keypad
    assert screen.payment.error.isVisible()
    assert day_sales(db) == []


def test_weight_sale_in_kg_and_in_baht(qtbot, screen, products):
    cucumber = products["CUCUMBER"]
    tap(qtbot, screen, cucumber)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    press(qtbot, dialog.keypad, "0.35")
    assert "฿21" in dialog.preview.text()
    click(qtbot, dialog.keypad.button("ok"))
    assert screen.cart.lines[0].quantity == Decimal("0.350")
    assert screen.cart.total == Money.baht(21)

    tap(qtbot, screen, cucumber)
    dialog = screen.dialog
    click(qtbot, dialog.baht_button)
    press(qtbot, dialog.keypad, "30")
    click(qtbot, dialog.keypad.button("ok"))
    assert screen.cart.lines[1].quantity == Decimal("0.500")
    assert screen.cart.total == Money.baht(51)


def test_absurd_weight_asks_first(qtbot, screen, products, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a) or False)
    tap(qtbot, screen, products["CUCUMBER"])
    dialog = screen.dialog
    press(qtbot, dialog.keypad, "75")
    click(qtbot, dialog.keypad.button("ok"))
    assert asked and screen.cart.is_empty


def test_plus_minus_remove_and_owner(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    view = screen.cart_view

    def cell(column):
        return view.visualRect(screen.cart_model.index(0, column)).center()

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell(COL_PLUS))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell(COL_PLUS))
    assert screen.cart.lines[0].quantity == 3
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell(COL_MINUS))
    assert screen.cart.lines[0].quantity == 2
    screen.select_row(0)
    click(qtbot, screen.owner_button)
    owner = participant_id(db)
    click(qtbot, screen.dialog.buttons[owner])
    assert screen.cart.lines[0].owner_participant_id == owner
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell(COL_REMOVE))
    assert screen.cart.is_empty


def test_scanner_types_a_code_and_enter(qtbot, screen, products):
    qtbot.keyClicks(screen.grid.search, "coriander")
    qtbot.keyClick(screen.grid.search, Qt.Key.Key_Return)
    assert [l.code for l in screen.cart.lines] == ["CORIANDER"]
    assert screen.grid.search.text() == ""
    qtbot.keyClicks(screen.grid.search, "NOPE-123")
    qtbot.keyClick(screen.grid.search, Qt.Key.Key_Return)
    assert len(screen.cart.lines) == 1 and screen.banner.isVisible()


def test_search_matches_thai_english_and_code(qtbot, screen, products):
    for text, code in (("ชีฝรั่ง", "CORIANDER"), ("japanese", "CUCUMBER"), ("chili", "CHILI")):
        screen.grid.search.setText(text)
        assert [screen.grid.model.tile(r).code for r in range(screen.grid.model.rowCount())] == [code]


def test_split_payment_cash_then_promptpay(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["CORIANDER"])  # ฿50
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.note_buttons[20])
    click(qtbot, screen.payment.split_button)
    target = settings.read(db, "promptpay_target")
    assert screen.payment.qr.payload == promptpay.payload(target, Money.baht(30))
    click(qtbot, screen.payment.qr_confirm)
    [summary] = day_sales(db)
    result = sales.sale_result(db, summary.sale_id)
    assert (result.cash, result.promptpay, result.change) == (Money.baht(20), Money.baht(30), Money(0))
    assert summary.payment_label == "split"


def test_promptpay_qr_on_screen_decodes_to_the_payload(qtbot, screen, products, db, tmp_path):
    tap(qtbot, screen, products["CHILI"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.qr_tab)
    expected = promptpay.payload(settings.read(db, "promptpay_target"), Money.baht(15))
    assert screen.payment.qr.payload == expected
    assert screen.payment.qr.width() >= 240
    if shutil.which("zbarimg"):
        path = tmp_path / "qr.png"
        screen.payment.qr.grab().save(str(path))
        decoded = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True,
                                 text=True, timeout=20).stdout.strip()
        assert decoded == expected
    click(qtbot, screen.payment.qr_confirm)
    [summary] = day_sales(db)
    assert summary.payment_label == "promptpay"


def test_double_tap_on_confirm_makes_one_sale(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.exact_button)
    payment = sale_rules.PaymentRequest(cash_tendered=Money.baht(20))
    uid = screen.cart.sale_uid
    cart = screen.cart
    qtbot.mouseClick(screen.payment.cash_confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.payment.cash_confirm, Qt.MouseButton.LeftButton)
    screen.commit(payment)  # a stray queued tap after the sale: nothing
    again = sale_commit.commit_sale(db, cart, screen.ctx.who, payment)  # a retry after a crash
    assert again.already_committed
    assert len(day_sales(db)) == 1
    assert screen.cart.sale_uid != uid


def test_committing_disables_the_confirm_button(qtbot, screen, products, monkeypatch):
    seen = []
    real = sale_commit.commit_sale

    def slow_commit(*args, **kwargs):
        seen.append(screen.payment.cash_confirm.isEnabled())
        screen.payment.confirm_cash()  # a second tap while committing
        return real(*args, **kwargs)

    monkeypatch.setattr(sale_commit, "commit_sale", slow_commit)
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.exact_button)
    click(qtbot, screen.payment.cash_confirm)
    assert seen == [False]


def test_cart_is_parked_and_comes_back(qtbot, ui_context, screen, products):
    tap(qtbot, screen, products["KALE"])
    tap(qtbot, screen, products["CUCUMBER"])
    press(qtbot, screen.dialog.keypad, "1.25")
    click(qtbot, screen.dialog.keypad.button("ok"))
    qtbot.waitUntil(lambda: sales.parked_cart(ui_context.db, ui_context.who) is not None)
    cart = screen.cart
    screen.close()
    again = SaleScreen(ui_context)  # after a crash or a sign-out
    qtbot.addWidget(again)
    assert again.cart == cart
    assert again.total_label.text() == "฿95"


def test_void_from_history_with_a_staff_pin(qtbot, screen, products, db):
    tap(qtbot, screen, products["KALE"])
    click(qtbot, screen.pay_button)
    click(qtbot, screen.payment.exact_button)
    click(qtbot, screen.payment.cash_confirm)
    qtbot.wait(TAP_GUARD_MS + 50)  # the done screen ignores the second half of a double tap
    click(qtbot, screen.done_panel.next_button)
    click(qtbot, screen.history_button)
    history = screen.dialog
    assert history.model.rowCount() == 1
    click(qtbot, history.void_button)
    void = history.dialog
    click(qtbot, void.reason_buttons[0])
    press(qtbot, void.pin_pad, "1234")  # not a staff PIN
    click(qtbot, void.pin_pad.button("ok"))
    wait_for_background()
    assert void.error.text() and void.isVisible()
    press(qtbot, void.pin_pad, "2222")
    click(qtbot, void.pin_pad.button("ok"))
    wait_for_background()
    [summary] = day_sales(db)
    assert summary.voided
    assert "VOIDED" in history.model.data(history.model.index(0, 4)) or summary.voided
    assert not history.void_button.isEnabled()


def test_price_override_needs_a_staff_pin(qtbot, screen, products):
    tap(qtbot, screen, products["KALE"])
    screen.select_row(0)
    click(qtbot, screen.price_button)
    dialog = screen.dialog
    press(qtbot, dialog.amount_pad, "15")
    click(qtbot, dialog.amount_pad.button("ok"))
    press(qtbot, dialog.pin_pad, "1111")  # a vendor's PIN does not approve
    click(qtbot, dialog.pin_pad.button("ok"))
    wait_for_background()
    assert screen.cart.lines[0].unit_price == Money.baht(20)
    press(qtbot, dialog.pin_pad, "2222")
    click(qtbot, dialog.pin_pad.button("ok"))
    wait_for_background()
    line = screen.cart.lines[0]
    assert line.unit_price == Money.baht(15) and line.list_price == Money.baht(20)
    assert line.override_by == screen.ctx.who.operator_id


def test_cart_model_passes_the_model_tester(qtmodeltester, products):
    from tests.sales_helpers import cart_of
    model = CartTableModel()
    cart = cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.4"))
    model.set_cart(cart)
    qtmodeltester.check(model)
    model.set_cart(cart.add(cart.lines[0]))  # +1 on a row
    model.set_cart(model.cart.remove(0))
    model.set_cart(model.cart.cleared())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_closing_the_day_counts_cash_and_saves_the_z_report(qtbot, ui_context, products, db,
                                                           monkeypatch, tmp_path):
    from kiosk.ui.printing import PrintRunner
    from kiosk.ui.sale.day import DayDialog
    settings.change(db, None, printer_kind="pdf", receipt_folder=str(tmp_path))
    open_day(db, ui_context.who)
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), ui_context.who,
                      sale_rules.PaymentRequest(cash_tendered=Money.baht(100)))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    runner = PrintRunner()
    dialog = DayDialog(ui_context, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.close_button_z)
    press(qtbot, dialog.keypad, "50")
    click(qtbot, dialog.keypad.button("ok"))
    pin = dialog.dialog  # closing the day takes a staff PIN
    with qtbot.waitSignal(runner.succeeded, timeout=10000):
        press(qtbot, pin.pin_pad, "2222")
        click(qtbot, pin.pin_pad.button("ok"))
        wait_for_background()
    report = sales.day_report(db, today())
    assert report.closed and report.counted_cash == Money.baht(50)
    assert (tmp_path / f"Z-{report.day.isoformat()}-A4.pdf").exists()
    assert not dialog.close_button_z.isEnabled()
