"""Issue 9 §8 and issue 10 §2 for the fund: every input of the fund's, loans' and
people's services gets a domain error with a message, never a crash, and bounds."""

from __future__ import annotations

import math
import os
from pathlib import Path
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kiosk import dates
from kiosk.errors import KioskError
from kiosk.models import Participant, Role
from kiosk.models.ledger import JournalEntry
from kiosk.money import Money
from kiosk.services import (auth, fund, fund_postings, loan_inputs, loan_reversals, loan_standing,
                            loans, people)

TODAY = dates.today()
B = Money.baht
GARBAGE = [math.nan, math.inf, -math.inf, 1e30, None, "2026-01-01", "abc", "", -1, 0, 10**30,
           True, Decimal("NaN"), Decimal("Infinity"), Money(-100), Money(10**15), 999_999,
           datetime(2026, 1, 1, 10, 0), date(2000, 1, 1), [1], {"a": 1}]


@pytest.fixture
def books(db, staff):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", nickname="ศรี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        somsri = person.id
    donation = fund_postings.record_donation(db, key="seed", donor="MICE", amount=B(50_000),
                                    on=TODAY - timedelta(days=60), received_into="bank")
    loan = loans.lend(db, key="loan", participant_id=somsri, principal=B(3000),
                      start_on=TODAY - timedelta(days=40), term=3, frequency="month",
                      method="flat", annual_rate="12", purpose="รถเข็น", paid_from="bank")
    repayment = loans.repay(db, key="repay", loan_id=loan, amount=B(500), on=TODAY)
    return {"somsri": somsri, "loan": loan, "donation": donation, "repayment": repayment,
            "staff": staff}


def calls(b):
    """Every public call of the fund's, loans' and people's services with good arguments."""
    who = b["staff"]
    good_person = people.ParticipantInput(name_th="บุญมี ขยัน", joined_on=date(2025, 3, 1))
    return {
        "record_donation": (fund_postings.record_donation, dict(key="k", donor="ผู้ใจบุญ", amount=B(10),
                                                        on=TODAY, received_into="bank",
                                                        operator_id=None, note="")),
        "give_grant": (fund_postings.give_grant, dict(key="k", participant_id=b["somsri"], amount=B(10),
                                              purpose="ปุ๋ย", on=TODAY, paid_from="bank",
                                              operator_id=None)),
        "pay_out": (fund_postings.pay_out, dict(key="k", participant_id=b["somsri"], amount=B(10), on=TODAY,
                                        paid_from="bank", operator_id=None)),
        "reverse": (fund_postings.reverse, dict(key="k", entry_id=b["donation"], on=TODAY, reason="ผิด",
                                        operator_id=None)),
        "close_month": (fund_postings.close_month, dict(year=2026, month=1, operator_id=None)),
        "journal": (fund.journal, dict(account_id=None, participant_id=None, text="", limit=100,
                                        before_id=None)),
        "entry_detail": (fund.entry_detail, dict(entry_id=b["donation"])),
        "statement": (fund.statement, dict(account_id=1, limit=500)),
        "owed_to": (fund.owed_to, dict(participant_id=b["somsri"])),
        "check_enough_money": (fund_postings.check_enough_money, dict(amount=B(10), paid_from="bank")),
        "add_account": (fund.add_account, dict(code="5100", name_th="ค่าขนส่ง", name_en="Transport",
                                                type_="expense", operator_id=None)),
        "close_account": (fund.close_account, dict(account_id=1, operator_id=None)),
        "overview": (fund.overview, dict(as_of=TODAY)),
        "preview": (loans.preview, dict(principal=B(1000), start_on=TODAY, term=3, frequency="month",
                                         method="flat", annual_rate=Decimal("12"))),
        "create_loan": (loans.lend, dict(key="k", participant_id=b["somsri"], principal=B(1000),
                                                 start_on=TODAY, term=3, frequency="month",
                                                 method="flat", annual_rate="12", purpose="ทุน",
                                                 paid_from="bank", operator_id=None,
                                                 auto_deduct_percent="0")),
        "repay": (loans.repay, dict(key="k", loan_id=b["loan"], amount=B(10), on=TODAY,
                                     paid_by="cash", operator_id=None, rest="refuse")),
        "reschedule": (loans.reschedule, dict(loan_id=b["loan"], on=TODAY, term=3, frequency="month",
                                              method="zero", annual_rate="0", reason="น้ำท่วม",
                                              staff_pin="2222", operator_id=None)),
        "write_off": (loans.write_off, dict(key="k", loan_id=b["loan"], on=TODAY, reason="ย้าย",
                                             staff_pin="2222", operator_id=None)),
        "list_loans": (loan_standing.list_loans, dict(as_of=TODAY)),
        "arrears": (loan_standing.arrears, dict(as_of=TODAY)),
        "par": (loan_standing.par, dict(as_of=TODAY, days=30)),
        "cancel_loan": (loan_reversals.cancel_loan, dict(key="k", loan_id=b["loan"], on=TODAY,
                                                          reason="ผิด", operator_id=None)),
        "reverse_repayment": (loan_reversals.reverse_repayment, dict(
            key="k", entry_id=b["repayment"], on=TODAY, reason="ผิด", operator_id=None)),
        "reverse_write_off": (loan_reversals.reverse_write_off, dict(
            key="k", entry_id=b["repayment"], on=TODAY, reason="ผิด", operator_id=None)),
        "list_participants": (people.list_participants, dict(search="", include_inactive=True)),
        "get_participant": (people.get_participant, dict(participant_id=b["somsri"])),
        "create_participant": (people.create_participant, dict(who=who, data=good_person)),
        "update_participant": (people.update_participant, dict(who=who, participant_id=b["somsri"],
                                                               data=good_person)),
        "set_active": (people.set_active, dict(who=who, participant_id=b["somsri"], active=True)),
    }


PERSON_FIELDS = ["name_th", "joined_on", "nickname", "phone", "national_id", "notes", "photo_path"]


@pytest.mark.slow  # hundreds of Hypothesis examples
def test_garbage_in_any_argument_is_a_domain_error_never_a_crash(db, books):
    crashes = []
    for name, (function, good) in calls(books).items():
        for argument in good:
            for bad in GARBAGE:
                kwargs = dict(good, **{argument: bad})
                if "key" in kwargs:
                    kwargs["key"] = f"garbage-{name}-{argument}-{GARBAGE.index(bad)}"
                try:
                    function(db, **kwargs)
                except KioskError:
                    pass
                except Exception as error:  # noqa: BLE001 (what the test looks for)
                    crashes.append(f"{name}({argument}={bad!r}): {type(error).__name__}: {error}")
    for field in PERSON_FIELDS:
        for bad in GARBAGE:
            data = people.ParticipantInput(**{"name_th": "บุญมี ขยัน", "joined_on": date(2025, 3, 1),
                                              field: bad})
            try:
                people.create_participant(db, books["staff"], data)
            except KioskError:
                pass
            except Exception as error:  # noqa: BLE001
                crashes.append(f"ParticipantInput({field}={bad!r}): {type(error).__name__}: {error}")
    Path("/tmp/ll/crashes.txt").write_text("\n".join(crashes)) if os.environ.get("DUMP_CRASHES") else None
    assert crashes == []


def test_bounds_on_amounts_texts_and_characters(db, books, english):
    somsri = books["somsri"]
    with pytest.raises(KioskError, match="more than the most"):
        fund_postings.record_donation(db, key="big", donor="ผู้ใจบุญ", amount=B(99_999_999), on=TODAY)
    with pytest.raises(KioskError, match="more than the most"):
        loans.lend(db, key="big", participant_id=somsri, principal=B(99_999_999), start_on=TODAY,
                   term=3, frequency="month", method="zero", purpose="ทุน", paid_from="bank")
    with pytest.raises(KioskError, match="more than the most"):
        fund_postings.give_grant(db, key="big", participant_id=somsri, amount=B(100_001), purpose="ทุน",
                        on=TODAY, paid_from="bank")
    fund_postings.record_donation(db, key="gift", donor="ผู้ใจบุญ", amount=B(1_000_000), on=TODAY)
    with pytest.raises(KioskError, match="at most 120 characters"):
        fund_postings.record_donation(db, key="long", donor="ก" * 500, amount=B(10), on=TODAY)
    with pytest.raises(KioskError, match="cannot show 😀"):
        fund_postings.record_donation(db, key="emoji", donor="ผู้ใจบุญ 😀", amount=B(10), on=TODAY)
    with pytest.raises(KioskError, match="cannot show"):
        fund_postings.give_grant(db, key="emoji", participant_id=somsri, amount=B(10), purpose="ปุ๋ย 🌱",
                        on=TODAY, paid_from="bank")
    with pytest.raises(KioskError, match="too long"):
        loans.lend(db, key="long", participant_id=somsri, principal=B(1000), start_on=TODAY,
                   term=3, frequency="month", method="zero", purpose="ก" * 500, paid_from="bank")
    with pytest.raises(KioskError, match="too long ago|books start"):
        loans.lend(db, key="old", participant_id=somsri, principal=B(1000),
                   start_on=TODAY.replace(year=TODAY.year - 26), term=3, frequency="month",
                   method="zero", purpose="ทุน", paid_from="bank")
    assert entries(db) == 4  # the fixture's three and the one donation within bounds


def entries(db):
    with db.reading() as session:
        return session.scalar(select(func.count(JournalEntry.id)))


@pytest.mark.parametrize("rate, message", [
    ("12.345", "at most 2 decimals, such as 12.25 % per year"),
    ("150", "150 % per year is too high: the interest rate is at most 100 % per year"),
    ("-1", "cannot be below 0 % per year"),
    ("twelve", "number of percent per year"),
])
def test_interest_rate_messages_say_what_is_wrong_and_per_year(rate, message, english):
    with pytest.raises(KioskError, match=message):
        loan_inputs.parse_rate(rate)


def test_a_member_and_a_donor_share_the_name_limit(db, books, english):
    name = "สมหญิง " + "ก" * 114  # 121 characters: one too many for both
    with pytest.raises(KioskError, match="too long"):
        people.create_participant(db, books["staff"], people.ParticipantInput(
            name_th=name, joined_on=date(2025, 3, 1)))
    with pytest.raises(KioskError, match="too long"):
        fund_postings.record_donation(db, key="d", donor=name, amount=B(10), on=TODAY)
