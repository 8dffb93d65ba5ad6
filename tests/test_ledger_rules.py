"""Issue 9 for the fund's books: one home per rule, and account floors."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.models import Participant
from kiosk.money import Money
from kiosk.services import (checks, fund, fund_postings, ledger, ledger_chart, people, plot_people,
                            sale_ledger)

TODAY = dates.today()
B = Money.baht
KIOSK = Path(__file__).resolve().parents[1] / "kiosk"


@pytest.fixture
def somsri(db):
    with db.unit_of_work() as session:
        person = Participant(name_th="สมศรี ใจดี", nickname="ศรี", joined_on=date(2025, 1, 5))
        session.add(person)
        session.flush()
        return person.id


# -- §1 one home: a participant's display name -----------------------------------
def test_every_list_names_a_participant_the_same_way(db, somsri):
    expected = "สมศรี ใจดี (ศรี)"
    assert people.get_participant(db, somsri).display_name == expected
    assert [p.name for p in fund.participants(db)] == [expected]
    # the plot's list had the name and the nickname the other way round
    assert [p.name for p in plot_people.participants(db)] == [expected]


def test_no_module_formats_a_display_name_itself():
    pattern = re.compile(r"\(\{[^}]*nick[^}]*\}\)")
    copies = [str(path.relative_to(KIOSK)) for path in KIOSK.rglob("*.py")
              if path.name != "names.py" and pattern.search(path.read_text(encoding="utf-8"))]
    assert copies == []


# -- §1 one home: "the fund has enough money" --------------------------------------
def test_the_fund_has_enough_money_check_has_one_message(db, somsri, english):
    fund_postings.record_donation(db, key="d", donor="ผู้ใจบุญ", amount=B(1000), on=TODAY, received_into="bank")
    with db.unit_of_work() as session:  # ฿2,000 in the drawer, all of it owed to Somsri
        sale_ledger.post_sale(session, key="s", reference="S", on=TODAY, operator_id=None, cash=B(2000),
                         promptpay=Money(0), shares=[sale_ledger.OwnerShare(somsri, B(2000), Money(0))])
    message = "The fund has only ฿1,000.00 available."
    with pytest.raises(InvalidInput) as form_check:
        fund_postings.check_enough_money(db, B(1500), "cash")
    with pytest.raises(InvalidInput) as grant:
        fund_postings.give_grant(db, key="g", participant_id=somsri, amount=B(1500), purpose="ปุ๋ย",
                        on=TODAY, paid_from="cash")
    with pytest.raises(InvalidInput) as posting, db.unit_of_work() as session:
        ledger.post(session, key="p", on=TODAY, kind="grant", lines=[
            ledger.Line(ledger_chart.account_id_for(session, ledger_chart.GRANTS), B(1500)),
            ledger.Line(ledger_chart.account_id_for(session, ledger_chart.CASH), B(-1500))])
    assert form_check.value.message == grant.value.message == posting.value.message == message


# -- §5 cash and bank never below zero ------------------------------------------------
def test_a_grant_cannot_take_more_than_the_drawer_holds(db, somsri, english):
    fund_postings.record_donation(db, key="d1", donor="ผู้ใจบุญ", amount=B(100_000), on=TODAY,
                         received_into="bank")
    fund_postings.record_donation(db, key="d2", donor="ผู้ใจบุญ", amount=Money(2_153_600), on=TODAY,
                         received_into="cash")
    with pytest.raises(InvalidInput, match=r"cash drawer holds only ฿21,536\.00"):
        fund_postings.give_grant(db, key="g", participant_id=somsri, amount=B(30_000), purpose="ปุ๋ย",
                        on=TODAY, paid_from="cash")
    with pytest.raises(InvalidInput, match=r"cash drawer holds only ฿21,536\.00"):
        fund_postings.check_enough_money(db, B(30_000), "cash")
    assert fund.overview(db).cash == Money(2_153_600)
    fund_postings.give_grant(db, key="g", participant_id=somsri, amount=B(30_000), purpose="ปุ๋ย",
                    on=TODAY, paid_from="bank")


def test_check_reports_a_drawer_below_zero_whatever_its_limit_says(db):
    check = checks.registered_checks()["ledger: cash and bank accounts never below zero"]
    with db.unit_of_work() as session:
        cash = ledger_chart.account_id_for(session, ledger_chart.CASH)
        session.execute(text("INSERT INTO ledger_balances (account_id, balance) VALUES (:a, -846400)"),
                        {"a": cash})
        session.execute(text('UPDATE ledger_accounts SET "limit" = \'none\' WHERE id = :a'), {"a": cash})
    with db.reading() as session:
        assert check(session) == ["account 1010 is below zero (-฿8,464.00)"]
