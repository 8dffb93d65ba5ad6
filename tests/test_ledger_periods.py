"""Issue 9 §4: periods and dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import checks, fund_postings, loan_standing, loans, periods, settings

TODAY = dates.today()
B = Money.baht
THIS_MONTH = TODAY.replace(day=1)
LAST_MONTH = (THIS_MONTH - timedelta(days=1)).replace(day=1)
TWO_AGO = (LAST_MONTH - timedelta(days=1)).replace(day=1)


def donate(db, key, on, amount=B(100)):
    return fund_postings.record_donation(db, key=key, donor="ผู้ใจบุญ", amount=amount, on=on,
                                received_into="bank")


def test_closing_a_month_locks_every_month_before_it(db, english):
    donate(db, "first", TWO_AGO + timedelta(days=3))
    assert fund_postings.closable_months(db) == [(TWO_AGO.year, TWO_AGO.month), (LAST_MONTH.year, LAST_MONTH.month)]
    fund_postings.close_month(db, LAST_MONTH.year, LAST_MONTH.month, None)
    assert fund_postings.closable_months(db) == []  # this month has not ended
    # September after October is closed: refused, and September cannot be closed out of order
    for on in (TWO_AGO + timedelta(days=5), LAST_MONTH):
        with pytest.raises(InvalidInput, match="month is closed"):
            donate(db, f"late-{on}", on)
    with pytest.raises(InvalidInput, match="already closed"):
        fund_postings.close_month(db, TWO_AGO.year, TWO_AGO.month, None)
    with db.reading() as session:
        assert checks.registered_checks()["ledger: no entry in a closed period after its close"](session) == []


def test_a_closed_month_locks_the_months_before_it():
    # September after October is closed (the donation that changed October's cash)
    assert periods.date_problem(date(2026, 9, 15), None, "2026-10") is not None
    assert periods.date_problem(date(2026, 11, 1), None, "2026-10") is None


def test_nothing_before_the_funds_first_day(db, english):
    first = TODAY - timedelta(days=40)
    with db.unit_of_work() as session:
        settings.put(session, "fund_first_day", first.isoformat())
    donate(db, "first", first)
    with pytest.raises(InvalidInput, match="books start on"):
        donate(db, "earlier", first - timedelta(days=1))
    before = first.replace(day=1) - timedelta(days=1)
    with pytest.raises(InvalidInput, match="books start on"):
        fund_postings.close_month(db, before.year, before.month, None)
    with db.reading() as session:
        assert checks.registered_checks()["ledger: no entry before the fund's first day"](session) == []


def test_history_typed_in_after_the_first_sale_is_accepted(db):
    donate(db, "today", TODAY)
    donate(db, "history", TODAY - timedelta(days=300))


def test_a_first_day_in_the_future_does_not_stop_todays_books(db):
    with db.unit_of_work() as session:
        settings.put(session, "fund_first_day", (TODAY + timedelta(days=10)).isoformat())
    donate(db, "today", TODAY)


def test_an_entry_cannot_be_26_years_back(db, english):
    with pytest.raises(InvalidInput, match="too long ago"):
        donate(db, "old", TODAY.replace(year=TODAY.year - 26))


@pytest.fixture
def somsri(db):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        return person.id


def test_no_repayment_before_the_loan_starts_and_not_started_is_not_closed(db, somsri, english):
    donate(db, "seed", TODAY - timedelta(days=200), B(10000))
    start = TODAY - timedelta(days=30)
    loan_id = loans.lend(db, key="l", participant_id=somsri, principal=B(3000), start_on=start,
                         term=3, frequency="month", method="zero", annual_rate="0",
                         purpose="ทุน", paid_from="bank")
    with pytest.raises(InvalidInput, match="before the loan was paid out"):
        loans.repay(db, key="r", loan_id=loan_id, amount=B(400), on=start - timedelta(days=1))
    with db.reading() as session:
        before = loan_standing.loan_status(session, loan_id, start - timedelta(days=1))
        now = loan_standing.loan_status(session, loan_id)
    assert before.state == "not_started" and not before.closed
    assert before.state_text() == "not started"
    assert now.state == "open" and now.principal_outstanding == B(3000)
    [listed] = loan_standing.list_loans(db, start - timedelta(days=1))
    assert listed.state == "not_started"
