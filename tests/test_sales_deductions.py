"""Issue 9 section 2: a loan's share of the borrower's sales proceeds, taken with the sale."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.models.ledger import JournalEntry
from kiosk.models.sales import Sale
from kiosk.money import Money
from kiosk.services import (fund_postings, ledger_chart, ledger_reads, loan_standing, loans, sale_commit,
                            sale_results, sale_reversals, sales)
from kiosk.services.checks import registered_checks
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, count_rows, make_catalogue, participant_id, open_day

TODAY = dates.today()


@pytest.fixture
def products(db, vendor):
    """The catalogue, and today opened (a sale needs an opened day)."""
    catalogue = make_catalogue(db, stock_each="100")
    open_day(db, vendor)
    return catalogue


@pytest.fixture
def owner(db, products):
    who = participant_id(db)
    start = TODAY - timedelta(days=14)
    fund_postings.record_donation(db, key="gift", donor="ผู้ใจบุญ", amount=Money.baht(5000), on=start,
                         received_into="cash")
    return who


def lend(db, who, principal, start, term=4, percent="50") -> int:
    return loans.lend(db, key=f"loan-{principal}-{start}", participant_id=who,
                      principal=Money.baht(principal), start_on=start, term=term,
                      frequency="week", method="zero", purpose="ทุนค้าขาย",
                      paid_from="cash", auto_deduct_percent=percent)


def owed_on_loan(db, loan_id) -> Money:
    with db.reading() as session:
        return loan_standing.loan_status(session, loan_id).owed


def owed_to(db, who) -> Money:
    with db.reading() as session:
        account = ledger_chart.account_for(session, ledger_chart.OWED, who)
        return ledger_chart.normal_balance(account, ledger_reads.raw_balance(session, account.id))


def failing_checks(db) -> dict:
    with db.reading() as session:
        return {name: p for name, check in registered_checks().items() if (p := check(session))}


def sell(db, vendor, products, who, pieces="20"):
    cart = cart_of(products, ("KALE", pieces, who))  # 20 baht a piece, 10 % commission
    return sale_commit.commit_sale(db, cart, vendor, PaymentRequest(cash_tendered=cart.total))


def test_a_sale_pays_the_set_share_of_the_owners_proceeds_to_the_due_instalments(
        db, vendor, products, owner):
    loan = lend(db, owner, 1000, TODAY - timedelta(days=14))  # 250 due a week ago and today
    sale = sell(db, vendor, products, owner)  # 400 gross, 360 net, 50 % = 180
    assert owed_on_loan(db, loan) == Money.baht(1000 - 180)
    assert owed_to(db, owner) == Money.baht(360 - 180)
    report = sales.day_report(db, sale_results.business_day_of(sale.at))
    figure = next(f for f in report.by_owner if f.participant_id == owner)
    assert figure.loan_repayment == Money.baht(180) and figure.net == Money.baht(360)
    assert failing_checks(db) == {}


def test_never_more_than_is_due_and_nothing_when_nothing_is_due(db, vendor, products, owner):
    small = lend(db, owner, 200, TODAY - timedelta(days=7), term=2)  # 100 due today
    later = lend(db, owner, 400, TODAY, term=4)  # first instalment next week
    sell(db, vendor, products, owner)
    assert owed_on_loan(db, small) == Money.baht(100)
    assert owed_on_loan(db, later) == Money.baht(400)
    assert owed_to(db, owner) == Money.baht(360 - 100)
    assert failing_checks(db) == {}


def test_the_deduction_is_in_the_sales_own_transaction(db, vendor, products, owner, monkeypatch):
    loan = lend(db, owner, 1000, TODAY - timedelta(days=14))
    before = count_rows(db, Sale), count_rows(db, JournalEntry)

    def broken(*args, **kwargs):
        raise InvalidInput("the loan refused")
    monkeypatch.setattr(loans, "deduct_from_proceeds", broken)
    with pytest.raises(InvalidInput):
        sell(db, vendor, products, owner)
    assert (count_rows(db, Sale), count_rows(db, JournalEntry)) == before
    assert owed_on_loan(db, loan) == Money.baht(1000)


def test_a_refund_and_a_void_take_the_repayment_back(db, vendor, staff, products, owner):
    loan = lend(db, owner, 1000, TODAY - timedelta(days=14))
    sale = sell(db, vendor, products, owner)
    sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal(5)}, vendor, "2222",
                       "ช้ำ")  # a quarter back: 45 of the 180 go back to the owner
    assert owed_on_loan(db, loan) == Money.baht(1000 - 180 + 45)
    assert owed_to(db, owner) == Money.baht(360 - 180 - 90 + 45)
    assert failing_checks(db) == {}
    sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิด")
    assert owed_on_loan(db, loan) == Money.baht(1000)
    assert owed_to(db, owner) == Money(0)
    assert failing_checks(db) == {}


def test_a_rescheduled_loan_keeps_its_repayment_and_the_owner_owes_the_refund(
        db, vendor, staff, products, owner):
    loan = lend(db, owner, 1000, TODAY - timedelta(days=14))
    sale = sell(db, vendor, products, owner)
    loans.reschedule(db, loan_id=loan, on=TODAY, term=4, frequency="week", method="zero",
                     annual_rate="0", reason="ขอยืดเวลา", staff_pin="2222")
    sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิด")
    assert owed_on_loan(db, loan) == Money.baht(1000 - 180)
    assert owed_to(db, owner) == -Money.baht(180)  # owed to the fund, from their next sales
    assert failing_checks(db) == {}


def test_deduct_from_proceeds_is_idempotent_on_its_key(db, vendor, products, owner):
    lend(db, owner, 1000, TODAY - timedelta(days=14))
    sell(db, vendor, products, owner)  # the owner is owed 180 after the sale's deduction
    with db.unit_of_work() as session:
        once = loans.deduct_from_proceeds(session, owner, TODAY, Money.baht(100), key="k1")
        again = loans.deduct_from_proceeds(session, owner, TODAY, Money.baht(100), key="k1")
    assert once == again == Money.baht(50)
    with db.reading() as session:
        assert session.scalar(select(JournalEntry.id).where(JournalEntry.key == "k1"))
