"""Corrections on the loan view, driven as staff would: reverse a repayment, reverse a
write-off, cancel a loan; a refusal shows the service's words and writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from kiosk import dates
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import fund, fund_postings, fund_bounds, loan_views, loans, sale_ledger
from kiosk.services.sale_ledger import OwnerShare
from kiosk.ui.context import AppContext, DataBus
from kiosk.ui.fund import FundScreen, confirm

B = Money.baht
TODAY = dates.today()


@pytest.fixture
def asked(monkeypatch):
    """Confirmations answered by ``asked.answer``; each (title, summary) is kept."""
    class Asked(list):
        answer = True
    calls = Asked()

    def ask(_parent, title, rows, **_kw):
        calls.append((title, dict(rows)))
        return calls.answer
    monkeypatch.setattr(confirm, "ask", ask)
    return calls


@pytest.fixture
def somsri(db):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        person_id = person.id
    fund_postings.record_donation(db, key="seed", donor="MICE", amount=B(100000),
                         on=TODAY - timedelta(days=400), received_into="bank")
    return person_id


def new_loan(db, participant, key="l1", **kw):
    return loans.lend(db, key=key, participant_id=participant, principal=B(3000),
                             start_on=TODAY - timedelta(days=100), term=3, frequency="month",
                             method="zero", annual_rate="0", purpose="รถเข็น", paid_from="bank",
                             **kw)


@pytest.fixture
def repaid_twice(db, somsri):
    loan_id = new_loan(db, somsri)
    loans.repay(db, key="r1", loan_id=loan_id, amount=B(1200), on=TODAY - timedelta(days=50))
    loans.repay(db, key="r2", loan_id=loan_id, amount=B(300), on=TODAY - timedelta(days=10))
    return loan_id


def open_loan(qtbot, ctx, loan_id):
    screen = FundScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.tabs.setCurrentWidget(screen.loans)
    screen.loans.show_loan(loan_id)
    return screen.loans.panel


def choose_payment(panel, row):
    panel.payments.setCurrentIndex(panel.payments_model.index(row, 0))


def test_reversing_the_newest_repayment_puts_the_balance_back_and_shows_it_reversed(
        ui_context, db, qtbot, asked, repaid_twice, english):
    panel = open_loan(qtbot, ui_context, repaid_twice)
    actions = panel.actions
    assert actions.reverse_repayment_button.isVisible()
    assert not actions.cancel_button.isVisible()  # money was repaid: not offered
    assert not actions.reverse_write_off_button.isVisible()
    choose_payment(panel, 1)
    assert not actions.reverse_repayment_button.isEnabled()  # no reason yet
    assert "reason" in actions.hint.text()
    qtbot.keyClicks(actions.reason, "counted wrong")
    assert actions.reverse_repayment_button.isEnabled()
    qtbot.mouseClick(actions.reverse_repayment_button, Qt.MouseButton.LeftButton)
    title, rows = asked[-1]
    assert title == "Reverse this repayment"
    assert rows["Amount"] == "฿300.00" and rows["Reason for the reversal"] == "counted wrong"
    assert loan_views.loan_view(db, repaid_twice).owed == B(1800)
    assert "Owed ฿1,800.00" in panel.status.text()
    assert panel.payments_model.data(panel.payments_model.index(1, 4)) == "Reversed"
    assert screen_owed(panel) == B(1800)  # the list of loans read again too
    assert actions.hint.text() == "The repayment was reversed." and actions.reason.text() == ""
    # the reversal is in the journal with the reason typed
    assert any(r.kind == "reversal" and r.description == "counted wrong" for r in fund.journal(db))


def screen_owed(panel):
    tab = panel.parentWidget().parentWidget()
    return next(s.owed for s in tab.model.rows if s.id == panel.loan.status.id)


def test_going_back_records_nothing(ui_context, db, qtbot, asked, repaid_twice, english):
    panel = open_loan(qtbot, ui_context, repaid_twice)
    choose_payment(panel, 1)
    panel.actions.reason.setText("ผิด")
    asked.answer = False
    before = len(fund.journal(db))
    qtbot.mouseClick(panel.actions.reverse_repayment_button, Qt.MouseButton.LeftButton)
    assert len(fund.journal(db)) == before and panel.actions.reason.text() == "ผิด"


def test_an_older_repayment_is_refused_with_the_services_reason_and_nothing_written(
        ui_context, db, qtbot, asked, repaid_twice, english):
    panel = open_loan(qtbot, ui_context, repaid_twice)
    choose_payment(panel, 0)
    panel.actions.reason.setText("ผิด")
    before = len(fund.journal(db))
    qtbot.mouseClick(panel.actions.reverse_repayment_button, Qt.MouseButton.LeftButton)
    assert panel.actions.hint.text() == "Reverse the loan's later entries first."
    assert panel.actions.hint.property("role") == "error"
    assert len(fund.journal(db)) == before
    assert loan_views.loan_view(db, repaid_twice).owed == B(1500)
    assert panel.actions.reason.text() == "ผิด"  # kept, to try again
    assert panel.actions.reverse_repayment_button.isEnabled()


def test_a_repayment_taken_from_sales_proceeds_says_void_or_refund_the_bill(
        ui_context, db, qtbot, asked, somsri, english):
    loan_id = new_loan(db, somsri, auto_deduct_percent="20")
    with db.unit_of_work() as session:
        sale_ledger.post_sale(session, key="s1", reference="S1", on=TODAY, operator_id=None,
                         cash=B(500), promptpay=Money(0), shares=[OwnerShare(somsri, B(500), B(50))])
        assert loans.deduct_from_proceeds(session, somsri, TODAY, B(450), key="d1") == B(90)
    panel = open_loan(qtbot, ui_context, loan_id)
    choose_payment(panel, 0)
    panel.actions.reason.setText("ผิด")
    before = len(fund.journal(db))
    qtbot.mouseClick(panel.actions.reverse_repayment_button, Qt.MouseButton.LeftButton)
    assert "void or refund the bill" in panel.actions.hint.text()
    assert len(fund.journal(db)) == before


def test_a_written_off_loan_offers_reversing_the_write_off(
        ui_context, db, qtbot, asked, repaid_twice, english):
    loans.write_off(db, key="w1", loan_id=repaid_twice, on=TODAY, reason="ย้ายไปต่างจังหวัด",
                    staff_pin="2222")
    panel = open_loan(qtbot, ui_context, repaid_twice)
    assert "This loan is written off." in panel.status.text()
    button = panel.actions.reverse_write_off_button
    assert button.isVisible() and not panel.actions.cancel_button.isVisible()
    panel.actions.reason.setText("กลับมาจ่ายแล้ว")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked[-1][0] == "Reverse the write-off"
    view = loan_views.loan_view(db, repaid_twice)
    assert view.status.state == "open" and view.owed == B(1500)
    assert "This loan is open." in panel.status.text() and not button.isVisible()


def test_a_loan_with_nothing_repaid_can_be_cancelled_and_says_so(
        ui_context, db, qtbot, asked, somsri, english):
    loan_id = new_loan(db, somsri)
    panel = open_loan(qtbot, ui_context, loan_id)
    actions = panel.actions
    assert actions.cancel_button.isVisible() and not actions.reverse_repayment_button.isVisible()
    actions.reason.setText("จ่ายผิดคน")
    qtbot.mouseClick(actions.cancel_button, Qt.MouseButton.LeftButton)
    assert asked[-1][0] == "Cancel this loan" and asked[-1][1]["Principal"] == "฿3,000.00"
    assert loan_views.loan_view(db, loan_id).status.state == "cancelled"
    assert "This loan is cancelled." in panel.status.text()
    assert not actions.cancel_button.isVisible()
    assert fund.overview(db).lent_out == Money(0)


def test_the_reason_is_bounded_as_the_service_bounds_it(ui_context, qtbot, repaid_twice):
    panel = open_loan(qtbot, ui_context, repaid_twice)
    assert panel.actions.reason.maxLength() == fund_bounds.TEXT_MAX


def test_vendors_are_not_offered_corrections(db, vendor, qtbot, repaid_twice):
    bus = DataBus(db)
    try:
        panel = open_loan(qtbot, AppContext(db, bus, vendor), repaid_twice)
        assert not panel.actions.isVisible()
        assert not panel.actions.reverse_repayment_button.isVisible()
    finally:
        bus.detach()


def test_every_new_control_has_a_name(ui_context, qtbot, somsri, english):
    panel = open_loan(qtbot, ui_context, new_loan(ui_context.db, somsri))
    actions = panel.actions
    for widget in (actions.reason, actions.reverse_repayment_button,
                   actions.reverse_write_off_button, actions.cancel_button, actions.hint):
        assert widget.objectName().startswith("fund_loan_") and widget.accessibleName()
