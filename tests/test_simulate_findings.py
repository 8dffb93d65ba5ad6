"""Defects `kiosk simulate` found, each held by a test that failed before its fix."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk import dates
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import fund_postings, loan_standing, loans

TODAY = dates.today()


def test_a_written_off_loan_has_nothing_overdue(db, staff):
    # seed 1, day 193 of the ten-year run: a loan written off the day it was three months
    # behind still said ฿1,772 overdue (with nothing owed and no days past due)
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        pid = person.id
    fund_postings.record_donation(db, key="seed", donor="มูลนิธิ", amount=Money.baht(10_000),
                         on=TODAY - timedelta(days=300), received_into="bank")
    loan_id = loans.lend(db, key="loan", participant_id=pid, principal=Money.baht(3000),
                         start_on=TODAY - timedelta(days=200), term=6, frequency="month",
                         method="flat", annual_rate="6", purpose="ท่อน้ำ", paid_from="bank")
    loans.write_off(db, key="w", loan_id=loan_id, on=TODAY, reason="ย้ายไปต่างจังหวัด",
                    staff_pin="2222", operator_id=staff.operator_id)
    with db.reading() as session:
        status = loan_standing.loan_status(session, loan_id)
    assert status.written_off and status.owed == Money(0)
    assert status.overdue_amount == Money(0) and status.days_past_due == 0
