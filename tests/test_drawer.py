"""Issue 16 §3: the cash drawer opened by hand needs a staff PIN and a reason, audited."""

from __future__ import annotations

import pytest

from kiosk.errors import KioskError
from kiosk.services import audit, drawer, sale_commit, settings
from kiosk.ui.printing import PrintRunner
from kiosk.ui.sale.day import DayDialog
from printer_helpers import FakeNetworkPrinter
from test_printing import DRAWER
from ui_helpers import open_today, wait_for_background


@pytest.fixture
def printer(db):
    with FakeNetworkPrinter() as fake:
        settings.change(db, None, printer_kind="escpos", printer_escpos_connection=fake.connection)
        yield fake


def test_the_service_wants_a_staff_pin_and_a_reason(db, vendor, staff, english):
    with pytest.raises(KioskError, match="reason"):
        drawer.approve_drawer_opening(db, vendor, "2222", "  ")
    with pytest.raises(KioskError):
        drawer.approve_drawer_opening(db, vendor, "1111", "change for the next stall")  # a vendor's
    assert audit.recent_events(db, action="drawer_open") == []
    approver = drawer.approve_drawer_opening(db, vendor, "2222", "change for the next stall")
    assert approver.operator_id == staff.operator_id
    [row] = audit.recent_events(db, action="drawer_open")
    assert row.operator_name == staff.name
    assert row.details == {"reason": "change for the next stall",
                           "requested_by": vendor.operator_id}
    assert audit.describe(row) == "Cash drawer opened by hand: change for the next stall."


def test_the_day_panel_opens_the_drawer_after_pin_and_reason(qtbot, ui_context, staff, printer):
    open_today(ui_context)
    runner = PrintRunner()
    dialog = DayDialog(ui_context, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.drawer_button
    assert button.isVisible()
    button.click()
    ask = button.dialog
    assert [b.text() for b in ask.reason_buttons] == [
        "Change for a neighbour", "Count the cash", "Put in change money"]
    ask.reason_buttons[1].click()
    ask.pin_pad.set_value("2222")
    ask._pin_done("2222")
    wait_for_background()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: DRAWER in printer.received, timeout=3000)
    assert "drawer" in dialog.message.text()
    [row] = audit.recent_events(ui_context.db, action="drawer_open")
    assert row.details["reason"] == "Count the cash"


def test_without_an_escpos_printer_there_is_no_drawer_button(qtbot, ui_context):
    dialog = DayDialog(ui_context, PrintRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.drawer_button.isVisible()


@pytest.mark.parametrize("payment, opens", [("cash", True), ("promptpay", False)])
def test_a_void_that_hands_cash_back_opens_the_drawer(qtbot, ui_context, staff, printer,
                                                      payment, opens):
    from kiosk.money import Money
    from kiosk.services.sale_rules import PaymentRequest
    from kiosk.ui.sale.history import HistoryDialog
    from sales_helpers import cart_of, make_catalogue
    products = make_catalogue(ui_context.db)
    open_today(ui_context)
    pay = (PaymentRequest(cash_tendered=Money.baht(20)) if payment == "cash"
           else PaymentRequest(promptpay=Money.baht(20)))
    sale_commit.commit_sale(ui_context.db, cart_of(products, ("KALE", "1")), ui_context.who, pay)
    runner = PrintRunner()
    history = HistoryDialog(ui_context, runner)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: history.sale is not None, timeout=3000)
    history.void()
    void = history.dialog
    void._reason_done("Wrong item")
    void.pin_pad.set_value("2222")
    void._pin_done("2222")
    wait_for_background()
    assert runner.wait(5000)
    qtbot.wait(300)
    assert (DRAWER in printer.received) is opens
