"""Issue 18, done means: the vendor's path in Thai (sign-in, sale, payment, done, the day and
its cash count, stock, the plot, every dialog a vendor reaches) shows none of the glossary's
forbidden words (tests/forbidden_words.py), and no button that leaves a dialog says ยกเลิก."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from kiosk.dates import today
from kiosk.models import Role
from kiosk.services import auth, sales, trading_day
from kiosk.ui import dialogs
from kiosk.ui.language import LanguageManager
from forbidden_words import WAY_OUT_FORBIDDEN, forbidden_in
from test_ui_thai import visible_texts
from ui_helpers import (enter_pin, open_window, tap, thai_afterwards,  # noqa: F401
                        wait_for_background)

VENDOR_PIN, STAFF_PIN = "1111", "2221"  # kiosk.services.demo.DEMO_PINS


class Reader:
    """Reads what a vendor sees and keeps what the glossary forbids."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self.places: list[str] = []

    def read(self, root, where: str) -> None:
        QApplication.processEvents()
        self.places.append(where)
        for place, text in visible_texts(root):
            for rule in forbidden_in(text):
                self.problems.setdefault(f"{place} {text!r}: {rule}", where)
        for button in root.findChildren(QAbstractButton):
            if button.isVisible() and button.text().strip() in WAY_OUT_FORBIDDEN:
                self.problems.setdefault(
                    f"button {button.objectName()!r} {button.text()!r}: กลับ leaves a dialog", where)

    def touch_dialog(self, dialog) -> int:
        """In place of TouchDialog.exec: read the question and its buttons, then go back."""
        dialog.show()
        self.read(dialog, f"dialog {dialog.objectName()}: {dialog.message.text()[:40]}")
        dialog.hide()
        return QDialog.DialogCode.Rejected


def pin_dialog(reader: Reader, dialog, where: str, amount: str | None = None,
               reason: str | None = None) -> None:
    """A staff PIN dialog: its amount or reason step (if any), then a wrong staff PIN."""
    reader.read(dialog, where)
    if amount is not None:
        dialog.amount_pad.set_value(amount)
        dialog._amount_done("")
    if reason is not None:
        dialog._reason_done(reason)
    reader.read(dialog, f"{where}, the PIN step")
    dialog._pin_done("0000")
    wait_for_background()
    reader.read(dialog, f"{where}, a wrong staff PIN")


@pytest.mark.slow  # the whole vendor path
def test_the_vendor_path_in_thai_has_none_of_the_forbidden_words(demo_copy, qtbot, monkeypatch,
                                                                 thai_afterwards):  # noqa: F811
    db = demo_copy
    reader = Reader()
    monkeypatch.setattr(dialogs.TouchDialog, "exec", lambda dialog: reader.touch_dialog(dialog))
    LanguageManager.instance().apply("th")
    window = open_window(db, qtbot, (1280, 800))
    tiles = auth.operator_tiles(db)
    vendor, other = [t for t in tiles if t.role == Role.VENDOR][:2]
    staff = next(t for t in tiles if t.role == Role.STAFF)

    # sign-in: a wrong PIN, and a vendor locked out
    reader.read(window, "sign-in")
    enter_pin(qtbot, window, vendor.id, "0000")
    reader.read(window, "sign-in, a wrong PIN")
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        enter_pin(qtbot, window, other.id, "0000")
    reader.read(window, "sign-in, locked out")
    enter_pin(qtbot, window, vendor.id, VENDOR_PIN)
    shell = window.shell
    assert shell is not None and shell.ctx.who.role == Role.VENDOR
    sale = shell.current_screen()
    reader.read(window, "sale")

    # a cart, a search that finds nothing, the cart cleared (a question)
    by_unit = next(t for t in sale.grid.model.all_tiles if not t.sold_by_weight)
    by_weight = next(t for t in sale.grid.model.all_tiles if t.sold_by_weight)
    sale.grid.tap(by_unit.id)
    reader.read(window, "sale, a cart")
    sale.grid.search.setText("zzzz")
    reader.read(window, "sale, nothing found")
    sale.grid.search.clear()
    sale.clear_cart()
    sale.grid.tap(by_unit.id)

    # paying before the day is open asks for the opening float and a staff PIN
    if not trading_day.day_state(db).opened:
        sale.start_payment()
        pin_dialog(reader, sale.dialog, "open the day", amount="0")
        sale.dialog._pin_done(STAFF_PIN)
        wait_for_background()
    else:
        sale.start_payment()
    payment = sale.payment
    payment.add_note(20)
    payment.confirm_cash()  # not enough: the message shows
    reader.read(window, "payment, not enough cash")
    payment.split_rest()
    reader.read(window, "payment, the rest by PromptPay")
    payment.qr_tab.click()
    reader.read(window, "payment, PromptPay")
    payment.cash_tab.click()
    payment.pay_exact()
    payment.confirm_cash()
    assert sale.pages.currentIndex() == 2
    reader.read(window, "done")
    sale.printer.failed.emit(sale.last_sale.number, "printer on fire")
    reader.read(window, "done, the receipt did not print")

    # the sale path's dialogs: weight, discount (staff PIN), owner, history, day, stock
    sale.new_sale()
    sale.grid.tap(by_weight.id)
    weight = sale.dialog
    weight.keypad.set_value("99999")
    weight._submit()
    reader.read(weight, "weight, too much")
    weight.reject()
    sale.grid.tap(by_unit.id)
    sale.select_row(len(sale.cart.lines) - 1)
    sale.give_discount()
    pin_dialog(reader, sale.dialog, "discount", amount="1")
    sale.dialog.reject()
    sale.choose_owner()
    reader.read(sale.dialog, "whose produce")
    sale.dialog.reject()
    sale.open_history()
    history = sale.dialog
    reader.read(history, "sales today")
    history.refund()  # nothing chosen: it says what to do first
    history.select_number(sale.last_sale.number)
    reader.read(history, "sales today, the last sale")
    history.void()
    pin_dialog(reader, history.dialog, "void a sale", reason="ชั่งผิด")
    history.dialog.reject()
    history.reject()
    sale.open_day_panel()
    day = sale.dialog
    reader.read(day, "the day")
    day.set_mode("count")
    reader.read(day, "the day, counting the cash")
    day.keypad.set_value("5")
    day._submitted("")  # asks to close with a difference: a question, answered "back"
    reader.read(day, "the day, not closed")
    day.reject()
    sale.open_stock()
    reader.read(sale.dialog, "stock as the vendor sees it")
    sale.dialog.reject()

    # the plot: today's tasks and who does them
    tap(qtbot, shell.nav_buttons["plot"])
    reader.read(window, "plot")

    # a closed day: the sale screen says so, and who can help
    staff_in = auth.sign_in(db, staff.id, STAFF_PIN)
    sales.close_day(db, staff_in, sales.day_report(db, today()).expected_cash)
    tap(qtbot, shell.nav_buttons["sale"])
    sale.refresh_day()
    reader.read(window, "sale, the day closed")
    assert sale.day_banner.text() == "วันนี้ปิดร้านแล้ว ขายเพิ่มไม่ได้ ถ้ายังต้องขาย บอกเจ้าหน้าที่"

    assert len(reader.places) > 25
    assert not reader.problems, "The glossary forbids on a vendor's screen:\n" + "\n".join(
        f"{where}: {problem}" for problem, where in reader.problems.items())


def test_the_list_catches_what_the_glossary_forbids():
    assert forbidden_in("ใส่รหัส PIN แล้วกด OK") == ["รหัสผ่าน, not PIN",
                                                     "no English abbreviations (PAR30, QR, PDF, OK, ID)"]
    assert forbidden_in("นับเงินและปิดร้าน (Z)") and forbidden_in("ขายเกินสต็อก")
    assert forbidden_in("ไม่พบสินค้าที่ตรงกับ 'ผักชี'") and forbidden_in("กรุณาใส่ชื่อ")
    assert not forbidden_in('ไม่พบสินค้าที่ตรงกับ "ผักชี"')
    assert not forbidden_in("<span style='color:#aed581'>■</span> ผักชี · แปลง A2")
    assert not forbidden_in("ใบเสร็จ JP-2569-000019 · ฿60 · เงินสด")
