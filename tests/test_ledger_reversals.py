"""Issue 9 §3: reversals that cannot break the books."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.models import Participant
from kiosk.models.ledger import JournalEntry, JournalLine, Loan
from kiosk.money import Money
from kiosk.services import (checks, fund, fund_postings, ledger, loan_reversals, loan_standing,
                            loans, sale_commit, sale_ledger, sale_rules)
from kiosk.services.sale_ledger import OwnerShare

TODAY = dates.today()
B = Money.baht


@pytest.fixture
def funded(db):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        somsri = person.id
    fund_postings.record_donation(db, key="seed", donor="Khon Kaen MICE Management", amount=B(100000),
                         on=TODAY - timedelta(days=400), received_into="bank")
    return somsri


def problems(db):
    with db.reading() as session:
        return {name: p for name, check in checks.registered_checks().items() if (p := check(session))}


def entries(db):
    with db.reading() as session:
        return session.scalar(select(func.count(JournalEntry.id)))


def lend(db, somsri, key="loan", principal=B(3000), start=TODAY - timedelta(days=100)):
    loan_id = loans.lend(db, key=key, participant_id=somsri, principal=principal,
                         start_on=start, term=3, frequency="month", method="zero",
                         annual_rate="0", purpose="รถเข็นขายผัก", paid_from="bank")
    with db.reading() as session:
        return loan_id, session.get(Loan, loan_id).disbursed_entry_id


def status(db, loan_id, as_of=None):
    with db.reading() as session:
        return loan_standing.loan_status(session, loan_id, as_of)


def test_reversing_a_loans_payout_cancels_the_loan(db, funded, english):
    loan_id, payout = lend(db, funded)
    fund_postings.reverse(db, key="x", entry_id=payout, on=TODAY, reason="จ่ายผิดคน", operator_id=None)
    s = status(db, loan_id)
    assert s.cancelled and s.closed and s.state == "cancelled"
    assert s.number == "L-" + str(dates.be_year(TODAY - timedelta(days=100))) + "-001"
    assert s.owed == Money(0) and s.days_past_due == 0
    assert loan_id not in [x.id for x in loan_standing.list_loans(db) if not x.closed]
    with pytest.raises(InvalidInput, match="cancelled"):
        loans.repay(db, key="r", loan_id=loan_id, amount=B(100), on=TODAY)
    assert fund.available(db) == B(100000)
    assert problems(db) == {}


def test_a_payout_with_repayments_is_refused_until_they_are_reversed(db, funded, english):
    loan_id, payout = lend(db, funded)
    repayment = loans.repay(db, key="r", loan_id=loan_id, amount=B(400), on=TODAY)
    with pytest.raises(InvalidInput, match="repaid on this loan"):
        fund_postings.reverse(db, key="x", entry_id=payout, on=TODAY, reason="ผิด", operator_id=None)
    assert not status(db, loan_id).cancelled
    loan_reversals.reverse_repayment(db, key="y", entry_id=repayment, on=TODAY, reason="นับผิด")
    loan_reversals.cancel_loan(db, key="x", loan_id=loan_id, on=TODAY, reason="ผิด")
    assert status(db, loan_id).cancelled and problems(db) == {}


def test_a_payout_is_reversed_only_by_cancelling_the_loan(db, funded, english):
    _, payout = lend(db, funded)
    with pytest.raises(InvalidInput, match="cancelling the loan"), db.unit_of_work() as session:
        ledger.reverse_entry(session, key="x", entry_id=payout, on=TODAY, reason="ผิด",
                             operator_id=None)


def test_the_journal_refuses_entries_another_record_owns(db, funded, staff, english):
    with db.unit_of_work() as session:
        sale = sale_ledger.post_sale(session, key="s", reference="JP-2569-000001", on=TODAY,
                                operator_id=None, cash=B(100), promptpay=Money(0),
                                shares=[OwnerShare(funded, B(100), B(10))])
        refund = sale_ledger.post_sale(session, key="rf", reference="JP-2569-000001", on=TODAY,
                                  operator_id=None, cash=B(-10), promptpay=Money(0),
                                  shares=[OwnerShare(funded, B(-10), B(-1))])
    loan_id, _ = lend(db, funded)
    repayment = loans.repay(db, key="r", loan_id=loan_id, amount=B(400), on=TODAY)
    other_id, _ = lend(db, funded, key="loan-2")
    write_off = loans.write_off(db, key="w", loan_id=other_id, on=TODAY, reason="ย้ายบ้าน",
                                staff_pin="2222", operator_id=staff.operator_id)
    before = entries(db)
    for entry_id, message in [(sale, "void or refund the bill"), (refund, "void or refund the bill"),
                              (repayment, "reverse it from the loan"),
                              (write_off, "reverse it from the loan")]:
        with pytest.raises(InvalidInput, match=message):
            fund_postings.reverse(db, key=f"x{entry_id}", entry_id=entry_id, on=TODAY, reason="ผิด",
                         operator_id=None)
    assert entries(db) == before
    # each through its own record's action
    loan_reversals.reverse_write_off(db, key="uw", entry_id=write_off, on=TODAY, reason="จ่ายได้")
    assert not status(db, other_id).written_off
    loan_reversals.reverse_repayment(db, key="ur", entry_id=repayment, on=TODAY, reason="นับผิด")
    assert status(db, loan_id).principal_outstanding == B(3000)
    assert problems(db) == {}


def test_a_repayment_before_a_reschedule_cannot_be_reversed(db, funded, staff, english):
    loan_id, _ = lend(db, funded, start=TODAY - timedelta(days=150))
    first = loans.repay(db, key="r1", loan_id=loan_id, amount=B(1000), on=TODAY - timedelta(days=100))
    loans.reschedule(db, loan_id=loan_id, on=TODAY, term=4, frequency="week", method="zero",
                     annual_rate="0", reason="น้ำท่วม", staff_pin="2222", operator_id=staff.operator_id)
    with pytest.raises(InvalidInput, match="rescheduled after this repayment"):
        loan_reversals.reverse_repayment(db, key="x", entry_id=first, on=TODAY, reason="ผิด")
    s = status(db, loan_id)
    assert all(not i.principal_paid.is_negative for i in s.instalments)
    assert s.principal_outstanding == B(2000) and problems(db) == {}
    # a repayment made on the new schedule can still be reversed
    later = loans.repay(db, key="r2", loan_id=loan_id, amount=B(500), on=TODAY)
    loan_reversals.reverse_repayment(db, key="y", entry_id=later, on=TODAY, reason="ผิด")
    assert problems(db) == {}


def test_check_sees_a_schedule_the_books_disagree_with(db, funded, staff):
    """What the old journal reversal left: negative paid amounts on the new schedule."""
    loan_id, _ = lend(db, funded, start=TODAY - timedelta(days=150))
    first = loans.repay(db, key="r1", loan_id=loan_id, amount=B(1000), on=TODAY - timedelta(days=100))
    loans.reschedule(db, loan_id=loan_id, on=TODAY, term=4, frequency="week", method="zero",
                     annual_rate="0", reason="น้ำท่วม", staff_pin="2222", operator_id=staff.operator_id)
    with db.unit_of_work() as session:  # behind the rules' back
        lines = session.scalars(select(JournalLine).where(JournalLine.entry_id == first)).all()
        ledger.post(session, key="raw", on=TODAY, kind="reversal", reverses_id=first,
                    lines=[ledger.Line(l.account_id, -l.amount, l.loan_id) for l in lines])
    found = problems(db)["ledger: loan balances equal the loan sub-accounts"]
    assert any("paid" in p for p in found)


def test_check_sees_a_reversed_payout_whose_loan_was_not_cancelled(db, funded):
    _, payout = lend(db, funded)
    with db.unit_of_work() as session:
        ledger.reverse_entry(session, key="x", entry_id=payout, on=TODAY, reason="ผิด",
                             operator_id=None, cancelling_loan=True)
    assert problems(db)["ledger: cancelled loans hold nothing"] == [
        f"loan {status(db, 1).number}: its payout was reversed but it is not cancelled"]


def test_check_sees_a_sale_entry_reversed_without_voiding_the_sale(db, vendor):
    """What the journal's Reverse did before it refused: cash dropped, the sale stood."""
    from sales_helpers import cart_of, make_catalogue, open_day
    cart = cart_of(make_catalogue(db), ("KALE", "2"))
    open_day(db, vendor)
    sale = sale_commit.commit_sale(db, cart, vendor, sale_rules.PaymentRequest(cash_tendered=cart.total))
    with db.unit_of_work() as session:
        entry = session.scalar(select(JournalEntry.id).where(JournalEntry.reference == sale.number))
        ledger.reverse_entry(session, key="x", entry_id=entry, on=TODAY, reason="ผิด", operator_id=None)
    assert problems(db) == {"ledger: a sale's or refund's entry is reversed only by voiding the sale": [
        f"entry {entry + 1} reverses sale entry {entry} but the sale was not voided"]}
