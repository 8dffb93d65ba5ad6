"""The Reports screen's PromptPay tab: pick a day, tick payments off the bank statement."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.dates import format_date, today, utc_now
from kiosk.models import AuditEvent
from kiosk.money import Money
from kiosk.services import sale_commit, sale_rules, sales
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.reports.promptpay_tab import (COL_TICK, PromptPayReconcileView,
                                            PromptPayTableModel, totals)
from kiosk.ui.reports.screen import ReportsScreen
from sales_helpers import cart_of, make_catalogue, open_day
from thai_only_here import thai_here  # noqa: F401 (fixture)
from ui_helpers import tap


@pytest.fixture
def paid_day(db, vendor):
    """Today: two PromptPay sales (one split) and a cash sale; yesterday: one PromptPay sale."""
    products = make_catalogue(db, stock_each="50")
    now = utc_now()
    open_day(db, vendor, now - timedelta(days=1))
    open_day(db, vendor, now)
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor,
                      sale_rules.PaymentRequest(promptpay=Money.baht(40)), now=now - timedelta(minutes=30))
    sale_commit.commit_sale(db, cart_of(products, ("CORIANDER", "3")), vendor,
                      sale_rules.PaymentRequest(cash_tendered=Money.baht(20), promptpay=Money.baht(10)),
                      now=now - timedelta(minutes=10))
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                      sale_rules.PaymentRequest(cash_tendered=Money.baht(20)), now=now - timedelta(minutes=5))
    sale_commit.commit_sale(db, cart_of(products, ("CHILI", "2")), vendor,
                      sale_rules.PaymentRequest(promptpay=Money.baht(30)), now=now - timedelta(days=1))
    return products


def tick_cell(view, row):
    rect = view.table.visualRect(view.model.index(row, COL_TICK))
    return rect.center()


def test_the_model_passes_the_model_tester(qtmodeltester, db, paid_day):
    model = PromptPayTableModel()
    model.set_rows(sales.promptpay_for_reconciliation(db, today()))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_staff_tick_payments_off_the_bank_statement(qtbot, ui_context, db, staff, paid_day):
    view = PromptPayReconcileView(ui_context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.day_label.text() == format_date(today())
    model = view.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["฿40", "฿10"]
    assert model.index(0, 3).data() == "น้องฝน ขายดี"
    assert model.index(0, 1).data().startswith("JP-")
    assert "฿0 (0" in view.ticked_total.text() and "฿50 (2" in view.open_total.text()

    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=tick_cell(view, 0))
    rows = sales.promptpay_for_reconciliation(db, today())
    assert [r.ticked for r in rows] == [True, False]
    assert rows[0].ticked_by == staff.name
    assert model.index(0, COL_TICK).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "฿40 (1" in view.ticked_total.text() and "฿10 (1" in view.open_total.text()

    # tapping again unticks it; both ticks are audited
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=tick_cell(view, 0))
    assert [r.ticked for r in sales.promptpay_for_reconciliation(db, today())] == [False, False]
    with db.reading() as session:
        actions = session.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("promptpay_%")).order_by(AuditEvent.id)).all()
    assert actions == ["promptpay_tick", "promptpay_untick"]

    # a tap on another column does not tick
    other = view.table.visualRect(model.index(1, 2)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=other)
    assert not any(r.ticked for r in sales.promptpay_for_reconciliation(db, today()))


def test_picking_another_day(qtbot, ui_context, db, paid_day):
    view = PromptPayReconcileView(ui_context)
    qtbot.addWidget(view)
    view.show()
    assert not view.next_button.isEnabled() and not view.today_button.isEnabled()
    tap(qtbot, view.previous_button)
    assert view.day == today() - timedelta(days=1)
    assert view.day_label.text() == format_date(view.day)
    assert view.model.rowCount() == 1 and view.model.index(0, 2).data() == "฿30"
    assert view.next_button.isEnabled() and view.today_button.isEnabled()
    tap(qtbot, view.previous_button)
    assert view.model.rowCount() == 0
    assert view.empty.isVisible() and not view.table.isVisible()
    tap(qtbot, view.today_button)
    assert view.day == today() and view.model.rowCount() == 2


def test_a_vendor_cannot_tick_and_is_told_why(qtbot, db, vendor, paid_day):
    bus = DataBus(db)
    view = PromptPayReconcileView(AppContext(db, bus, vendor))
    qtbot.addWidget(view)
    view.show()
    view.toggle_row(0)
    assert view.message.isVisible() and view.message.text().startswith("⚠")
    assert not any(r.ticked for r in sales.promptpay_for_reconciliation(db, today()))
    bus.detach()


def test_the_tab_is_on_the_reports_screen_for_staff_only(qtbot, db, staff, vendor):
    for who, expected in ((staff, True), (vendor, False)):
        bus = DataBus(db)
        screen = ReportsScreen(AppContext(db, bus, who))
        qtbot.addWidget(screen)
        assert (screen.tab("promptpay") is not None) is expected
        bus.detach()


def test_a_refresh_follows_ticks_made_elsewhere(qtbot, ui_context, db, staff, paid_day):
    view = PromptPayReconcileView(ui_context)
    qtbot.addWidget(view)
    payment = sales.promptpay_for_reconciliation(db, today())[1]
    sales.tick_promptpay(db, payment.payment_id, staff, True)  # the bus tells the view
    assert view.model.row_at(1).ticked
    assert totals(view.model.rows) == (Money.baht(10), 1, Money.baht(40), 1)
    with db.reading() as session:
        details = json.loads(session.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "promptpay_tick")).one())
    assert details["amount"] == "10.00"


def test_the_tab_is_in_thai(qtbot, ui_context, db, staff, paid_day, thai_here):
    from test_ui_thai import english_words, visible_texts
    view = PromptPayReconcileView(ui_context)
    qtbot.addWidget(view)
    view.show()
    view.toggle_row(0)
    assert view.today_button.text() == "วันนี้" and "เจอแล้ว" in view.model.index(0, 4).data()
    assert not [(w, t) for w, t in visible_texts(view) if english_words(t)]
