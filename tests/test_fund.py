"""Fund use cases: donations, grants, payouts, month close, journal, statements."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.models import Participant
from kiosk.models.ledger import JournalEntry
from kiosk.money import Money
from kiosk.services import checks, fund, fund_postings, ledger, periods, sale_ledger
from kiosk.services.sale_ledger import OwnerShare

TODAY = dates.today()
B = Money.baht
LAST_MONTH = (TODAY.replace(day=1) - timedelta(days=1))


@pytest.fixture
def somsri(db):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", nickname="ศรี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        return person.id


def entry_count(db):
    with db.reading() as session:
        return session.scalar(select(func.count(JournalEntry.id)))


def test_donation_then_grant_limited_by_the_money_available(db, somsri, english):
    fund_postings.record_donation(db, key="d1", donor="Khon Kaen MICE Management", amount=B(1000),
                         on=TODAY, received_into="bank")
    assert fund.available(db) == B(1000)
    with pytest.raises(InvalidInput, match="only ฿1,000.00 available"):
        fund_postings.give_grant(db, key="g1", participant_id=somsri, amount=B(1001), purpose="เมล็ดพันธุ์",
                        on=TODAY, paid_from="bank")
    assert entry_count(db) == 1
    fund_postings.give_grant(db, key="g1", participant_id=somsri, amount=B(400), purpose="เมล็ดพันธุ์",
                    on=TODAY, paid_from="bank")
    overview = fund.overview(db)
    assert overview.available == B(600) and overview.month_grants == B(400)
    assert overview.month_donations == B(1000)


def test_sales_money_owed_to_a_participant_is_not_available_to_the_fund(db, somsri):
    with db.unit_of_work() as session:
        sale_ledger.post_sale(session, key="s", reference="S", on=TODAY, operator_id=None,
                         cash=B(100), promptpay=Money(0), shares=[OwnerShare(somsri, B(100), B(10))])
    overview = fund.overview(db)
    assert overview.available == B(10) and overview.owed_to_participants == B(90)
    assert overview.month_commission == B(10)


def test_payout_cannot_exceed_what_is_owed(db, somsri, english):
    with db.unit_of_work() as session:
        sale_ledger.post_sale(session, key="s", reference="S", on=TODAY, operator_id=None,
                         cash=B(100), promptpay=Money(0), shares=[OwnerShare(somsri, B(100), B(10))])
    with pytest.raises(InvalidInput, match="owed"):
        fund_postings.pay_out(db, key="p", participant_id=somsri, amount=B(91), on=TODAY)
    fund_postings.pay_out(db, key="p", participant_id=somsri, amount=B(90), on=TODAY)
    assert fund.owed_to(db, somsri) == Money(0)
    assert fund.overview(db).cash == B(10)


@pytest.mark.parametrize("amount", [Money(0), Money(-100)])
def test_zero_or_negative_amounts_are_refused(db, somsri, english, amount):
    with pytest.raises(InvalidInput, match="more than zero"):
        fund_postings.record_donation(db, key="d", donor="x", amount=amount, on=TODAY)
    assert entry_count(db) == 0


def test_closing_a_month_locks_it(db, somsri, english, staff):
    fund_postings.record_donation(db, key="d1", donor="ผู้ใจบุญ", amount=B(500), on=LAST_MONTH)
    with pytest.raises(InvalidInput, match="ended"):
        fund_postings.close_month(db, TODAY.year, TODAY.month, staff.operator_id)
    fund_postings.close_month(db, LAST_MONTH.year, LAST_MONTH.month, staff.operator_id)
    with pytest.raises(InvalidInput, match="already closed"):
        fund_postings.close_month(db, LAST_MONTH.year, LAST_MONTH.month, staff.operator_id)
    with pytest.raises(InvalidInput, match="closed"):
        fund_postings.record_donation(db, key="d2", donor="ผู้ใจบุญ", amount=B(5), on=LAST_MONTH)
    # a correction goes in the open month
    fund_postings.reverse(db, key="rev", entry_id=1, on=TODAY, reason="ซ้ำ", operator_id=staff.operator_id)
    assert fund.closed_months(db) == [periods.month_key(LAST_MONTH)]
    with db.reading() as session:
        assert checks.registered_checks()["ledger: no entry in a closed period after its close"](session) == []


def test_journal_filters_and_entry_detail(db, somsri):
    fund_postings.record_donation(db, key="d1", donor="Khon Kaen MICE Management", amount=B(1000), on=TODAY)
    with db.unit_of_work() as session:
        sale_ledger.post_sale(session, key="s", reference="JP-2569-000001", on=TODAY, operator_id=None,
                         cash=B(100), promptpay=Money(0), shares=[OwnerShare(somsri, B(100), B(10))])
    assert [r.id for r in fund.journal(db)] == [2, 1]
    assert [r.id for r in fund.journal(db, text="MICE")] == [1]
    assert [r.id for r in fund.journal(db, participant_id=somsri)] == [2]
    assert [r.id for r in fund.journal(db, before_id=2)] == [1]
    detail = fund.entry_detail(db, 2)
    assert detail.row.amount == B(100) and detail.participant == "สมศรี ใจดี"
    assert sum((l.debit for l in detail.lines), Money(0)) == sum((l.credit for l in detail.lines), Money(0))
    fund_postings.reverse(db, key="r", entry_id=1, on=TODAY, reason="บันทึกซ้ำ", operator_id=None)
    assert fund.journal(db)[2].reversed_by == 3 and fund.journal(db)[0].reverses == 1


def test_statement_shows_a_running_balance(db, somsri):
    for n, baht in enumerate((100, 50)):
        with db.unit_of_work() as session:
            sale_ledger.post_sale(session, key=f"s{n}", reference=f"S{n}", on=TODAY, operator_id=None,
                             cash=B(baht), promptpay=Money(0), shares=[OwnerShare(somsri, B(baht), Money(0))])
    fund_postings.pay_out(db, key="p", participant_id=somsri, amount=B(120), on=TODAY)
    [owed] = [a for a in fund.participant_accounts(db, somsri)]
    lines = fund.statement(db, owed.id)
    assert [l.balance for l in lines] == [B(100), B(150), B(30)]
    assert lines[-1].amount == B(-120) and owed.balance == B(30)


def test_accounts_can_be_added_and_closed_but_not_the_programmes_own(db, english, staff):
    account_id = fund.add_account(db, code="5100", name_th="ค่าขนส่ง", name_en="Transport",
                                  type_="expense", operator_id=staff.operator_id)
    with pytest.raises(InvalidInput, match="already exists"):
        fund.add_account(db, code="5100", name_th="x", name_en="x", type_="expense", operator_id=None)
    fund.close_account(db, account_id, staff.operator_id)
    cash = next(a for a in fund.accounts(db) if a.code == "1010")
    with pytest.raises(InvalidInput):
        fund.close_account(db, cash.id, staff.operator_id)
    with pytest.raises(InvalidInput, match="closed"):
        with db.unit_of_work() as session:
            ledger.post(session, key="x", on=TODAY, kind="expense", lines=[
                ledger.Line(account_id, B(5)), ledger.Line(cash.id, B(-5))])
