"""Issue 9 §6: the same idempotency key with other content is a Conflict."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk import dates
from kiosk.errors import Conflict
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import fund_postings, loan_standing, loans

TODAY = dates.today()
B = Money.baht


@pytest.fixture
def books(db):
    with db.unit_of_work() as session:
        people = [Participant(name_th=n, joined_on=date(2025, 1, 5)) for n in ("สมศรี ใจดี", "บุญมี ขยัน")]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    fund_postings.record_donation(db, key="seed", donor="MICE", amount=B(50_000),
                         on=TODAY - timedelta(days=60), received_into="bank")
    return ids


def lend(db, who, key="loan", term=3, rate="12", method="flat"):
    return loans.lend(db, key=key, participant_id=who, principal=B(3000),
                      start_on=TODAY - timedelta(days=30), term=term, frequency="month",
                      method=method, annual_rate=rate, purpose="รถเข็น", paid_from="bank")


def test_a_loan_with_the_same_key_but_other_terms_is_a_conflict(db, books):
    loan_id = lend(db, books[0])
    assert lend(db, books[0]) == loan_id  # the same request again
    for changed in (dict(term=6), dict(rate="15"), dict(method="declining")):
        with pytest.raises(Conflict):
            lend(db, books[0], **changed)
    assert len(loan_standing.list_loans(db)) == 1


def test_a_repayment_with_the_same_key_but_other_content_is_a_conflict(db, books):
    first = lend(db, books[0])
    second = lend(db, books[1], key="loan-2")
    entry = loans.repay(db, key="r", loan_id=first, amount=B(500), on=TODAY)
    assert loans.repay(db, key="r", loan_id=first, amount=B(500), on=TODAY) == entry
    for changed in (dict(amount=B(600)), dict(loan_id=second), dict(paid_by="bank")):
        with pytest.raises(Conflict):
            loans.repay(db, **dict(dict(key="r", loan_id=first, amount=B(500), on=TODAY), **changed))
    with pytest.raises(Conflict):  # a donation's key
        loans.repay(db, key="seed", loan_id=first, amount=B(500), on=TODAY)
    with db.reading() as session:
        assert loan_standing.loan_status(session, first).principal_outstanding < B(3000)
        assert loan_standing.loan_status(session, second).principal_outstanding == B(3000)


def test_a_write_off_repeated_returns_the_first_and_other_content_conflicts(db, books, staff):
    loan_id = lend(db, books[0])
    entry = loans.write_off(db, key="w", loan_id=loan_id, on=TODAY, reason="ย้าย", staff_pin="2222")
    assert loans.write_off(db, key="w", loan_id=loan_id, on=TODAY, reason="ย้าย",
                           staff_pin="2222") == entry
    other = lend(db, books[1], key="loan-2")
    with pytest.raises(Conflict):
        loans.write_off(db, key="w", loan_id=other, on=TODAY, reason="ย้าย", staff_pin="2222")
