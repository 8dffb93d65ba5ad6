"""The ledger core: sales, refunds, reversals, idempotency, immutability, hash chain."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from kiosk import dates
from kiosk.errors import Conflict, InternalError, InvalidInput
from kiosk.models import Participant
from kiosk.models.ledger import Account, JournalEntry, JournalLine
from kiosk.money import Money
from kiosk.services import checks, ledger, ledger_chart, ledger_reads, sale_ledger
from kiosk.services.ledger import Line
from kiosk.services.sale_ledger import OwnerShare

TODAY = dates.today()


def B(baht: int) -> Money:
    return Money.baht(baht)


@pytest.fixture
def people(db):
    with db.unit_of_work() as session:
        ids = []
        for name in ("สมศรี ใจดี", "บุญมี ขยัน"):
            person = Participant(name_th=name, joined_on=date(2026, 1, 5))
            session.add(person)
            session.flush()
            ids.append(person.id)
    return ids


def balances(db) -> dict[str, Money]:
    """Normal-side balance by account code."""
    with db.reading() as session:
        result = {}
        for account_id, raw in ledger_reads.trial_balance(session).items():
            account = session.get(Account, account_id)
            result[account.code] = ledger_chart.normal_balance(account, raw)
        return result


def run_checks(db) -> dict[str, list[str]]:
    with db.reading() as session:
        return {name: check(session) for name, check in checks.registered_checks().items()
                if name.startswith("ledger")}


def sale(db, key, shares, cash=None, promptpay=Money(0), on=TODAY):
    total = sum((s.gross for s in shares), Money(0))
    cash = total - promptpay if cash is None else cash
    with db.unit_of_work() as session:
        return sale_ledger.post_sale(session, key=key, reference=key, on=on, operator_id=None,
                                cash=cash, promptpay=promptpay, shares=shares)


def test_chart_of_accounts_is_seeded_with_thai_and_english_names(db):
    with db.reading() as session:
        accounts = {a.kind: (a.name_th, a.name_en, a.type) for a in session.scalars(select(Account))}
    assert accounts["cash"] == ("เงินสดในลิ้นชัก", "Cash drawer", "asset")
    assert accounts["owed_to_participant"][2] == "liability"
    assert accounts["commission"][2] == "income" and accounts["grants"][2] == "expense"
    assert {"bank", "promptpay", "loans_receivable", "fund_capital", "donations",
            "write_offs", "plot_sales"} <= set(accounts)


def test_a_sale_credits_the_owner_the_fund_and_the_plot(db, people):
    somsri, _ = people
    entry_id = sale(db, "sale-1", [OwnerShare(somsri, B(100), B(10)),
                                   OwnerShare(None, B(50), B(50))],
                    cash=B(120), promptpay=B(30))
    assert entry_id == 1
    got = balances(db)
    assert got["1010"] == B(120) and got["1030"] == B(30)
    assert got[f"2100-{somsri:05d}"] == B(90)
    assert got["4020"] == B(60)  # 10 from the consignment, 50 from the plot
    assert "4030" not in got  # the plot's commission is 100 %: nothing to plot sales
    assert all(not problems for problems in run_checks(db).values())


def test_plot_produce_below_full_commission_goes_to_plot_sales(db):
    sale(db, "s", [OwnerShare(None, B(50), B(20))])
    assert balances(db)["4030"] == B(30)


def test_a_refund_with_negative_amounts_takes_it_back(db, people):
    somsri, _ = people
    sale(db, "sale-1", [OwnerShare(somsri, B(100), B(10))])
    with db.unit_of_work() as session:
        sale_ledger.post_sale(session, key="refund-1", reference="R1", on=TODAY, operator_id=None,
                         cash=B(-40), promptpay=Money(0), shares=[OwnerShare(somsri, B(-40), B(-4))])
        kind = session.get(JournalEntry, 2).kind
    assert kind == "refund"
    got = balances(db)
    assert got["1010"] == B(60) and got[f"2100-{somsri:05d}"] == B(54) and got["4020"] == B(6)


def test_the_same_key_twice_records_once_and_different_content_is_a_conflict(db, people):
    somsri, _ = people
    first = sale(db, "sale-1", [OwnerShare(somsri, B(100), B(10))])
    assert sale(db, "sale-1", [OwnerShare(somsri, B(100), B(10))]) == first
    with pytest.raises(Conflict):
        sale(db, "sale-1", [OwnerShare(somsri, B(101), B(10))])
    with db.reading() as session:
        assert session.scalar(select(JournalEntry.id).order_by(JournalEntry.id.desc())) == first
    assert balances(db)["1010"] == B(100)


@pytest.mark.parametrize("cash,promptpay,shares,error,message", [
    (B(90), Money(0), [OwnerShare(None, B(100), B(100))], InternalError, "add up"),
    (Money(0), Money(0), [OwnerShare(None, Money(0), Money(0))], InvalidInput, "more than zero"),
    (B(100), Money(0), [OwnerShare(None, B(100), B(101))], InvalidInput, "commission"),
    (B(100), B(-10), [OwnerShare(None, B(90), B(90))], InternalError, "positive"),
    (B(10), Money(0), [], InternalError, "at least one"),
])
def test_bad_sales_are_refused_and_nothing_is_written(db, english, cash, promptpay, shares, error,
                                                      message):
    """What a person can cause is an InvalidInput; what only a bug can, an InternalError."""
    with pytest.raises(error, match=message):
        with db.unit_of_work() as session:
            sale_ledger.post_sale(session, key="k", reference="r", on=TODAY, operator_id=None,
                             cash=cash, promptpay=promptpay, shares=shares)
    with db.reading() as session:
        assert session.scalars(select(JournalEntry)).all() == []


def test_future_dates_and_unbalanced_lines_and_unknown_accounts_are_refused(db, english):
    with db.unit_of_work() as session:
        cash = ledger_chart.account_for(session, "cash").id
        donations = ledger_chart.account_for(session, "donations").id
    cases = [
        (dict(on=TODAY + timedelta(days=1), lines=[Line(cash, B(5)), Line(donations, B(-5))]), "future"),
        (dict(on=TODAY, lines=[Line(cash, B(5)), Line(donations, B(-4))]), "balance"),
        (dict(on=TODAY, lines=[Line(cash, B(5)), Line(9999, B(-5))]), "unknown"),
    ]
    for kwargs, message in cases:
        error = InternalError if message == "balance" else InvalidInput
        with pytest.raises(error, match=message):
            with db.unit_of_work() as session:
                ledger.post(session, key="x", kind="donation", **kwargs)
    assert balances(db) == {}


def test_a_thai_message_by_default(db):
    with pytest.raises(InvalidInput) as caught:
        sale(db, "s", [OwnerShare(None, B(100), B(101))])
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in caught.value.message)


def test_reverse_negates_links_and_audits_and_is_idempotent(db, people, staff):
    somsri, _ = people
    sale(db, "sale-1", [OwnerShare(somsri, B(100), B(10))])
    with db.unit_of_work() as session:
        rid = ledger.reverse(session, key="rev-1", original_key="sale-1", on=TODAY,
                             reason="ลูกค้ายกเลิก", operator_id=staff.operator_id)
    with db.unit_of_work() as session:
        again = ledger.reverse(session, key="rev-1", original_key="sale-1", on=TODAY,
                               reason="ลูกค้ายกเลิก", operator_id=staff.operator_id)
        assert again == rid
        assert session.get(JournalEntry, rid).reverses_id == 1
    assert all(v == Money(0) for v in balances(db).values())
    with pytest.raises(InvalidInput):
        with db.unit_of_work() as session:
            ledger.reverse(session, key="rev-2", original_key="sale-1", on=TODAY,
                           reason="x", operator_id=None)
    with pytest.raises(InvalidInput):
        with db.unit_of_work() as session:
            ledger.reverse(session, key="rev-3", original_key="rev-1", on=TODAY,
                           reason="x", operator_id=None)
    from kiosk.services import audit
    assert [e.action for e in audit.recent_events(db, action="ledger_reversal")] == ["ledger_reversal"]


def test_what_a_participant_is_owed_never_goes_below_zero(db, people, english):
    somsri, _ = people
    sale(db, "sale-1", [OwnerShare(somsri, B(100), B(10))])
    with pytest.raises(InvalidInput, match="owed"):
        with db.unit_of_work() as session:
            sale_ledger.post_sale(session, key="refund", reference="R", on=TODAY, operator_id=None,
                             cash=B(-200), promptpay=Money(0),
                             shares=[OwnerShare(somsri, B(-200), B(-20))])
    assert balances(db)["1010"] == B(100)


def test_entries_and_lines_cannot_be_edited_even_with_sql(db):
    sale(db, "s", [OwnerShare(None, B(100), B(100))])
    for statement in ("UPDATE ledger_lines SET amount = 1", "DELETE FROM ledger_lines",
                      "UPDATE ledger_entries SET description = 'x'", "DELETE FROM ledger_entries"):
        with pytest.raises(DatabaseError, match="append-only"):
            with db.unit_of_work() as session:
                session.execute(text(statement))


@pytest.mark.sqlite_only
def test_the_hash_chain_finds_an_edit_made_with_the_triggers_dropped(db, people):
    somsri, _ = people
    for n in range(3):
        sale(db, f"s{n}", [OwnerShare(somsri, B(100), B(10))])
    assert run_checks(db)["ledger: no entry changed after posting (hash chain)"] == []
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER ledger_lines_no_update")
        # move 5 baht from the participant to commission in entry 2: still balanced
        connection.exec_driver_sql(
            "UPDATE ledger_lines SET amount = amount + 500 WHERE entry_id = 2 AND position = 1")
        connection.exec_driver_sql(
            "UPDATE ledger_lines SET amount = amount - 500 WHERE entry_id = 2 AND position = 2")
    problems = run_checks(db)["ledger: no entry changed after posting (hash chain)"]
    assert problems == ["entry 2 was changed after posting (content hash)"]
    assert run_checks(db)["ledger: every entry sums to zero"] == []


@pytest.mark.sqlite_only
def test_the_hash_chain_finds_a_rewritten_entry_hash(db):
    for n in range(3):
        sale(db, f"s{n}", [OwnerShare(None, B(100), B(100))])
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER ledger_entries_no_update")
        connection.exec_driver_sql("UPDATE ledger_entries SET hash = 'f' || substr(hash, 2) WHERE id = 2")
    problems = run_checks(db)["ledger: no entry changed after posting (hash chain)"]
    assert "entry 3 does not follow the previous entry's hash" in problems


@pytest.mark.sqlite_only
def test_lines_edited_behind_the_cache_are_found_by_the_trial_balance_check(db):
    sale(db, "s", [OwnerShare(None, B(100), B(100))])
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER ledger_lines_no_delete")
        connection.exec_driver_sql("DELETE FROM ledger_lines WHERE position = 0")
    result = run_checks(db)
    assert result["ledger: every entry sums to zero"]
    assert result["ledger: trial balance sums to zero and matches the balance cache"]


def test_sale_inside_a_failed_unit_of_work_leaves_nothing(db, people):
    somsri, _ = people
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as session:
            sale_ledger.post_sale(session, key="s", reference="s", on=TODAY, operator_id=None,
                             cash=B(10), promptpay=Money(0), shares=[OwnerShare(somsri, B(10), B(1))])
            raise RuntimeError("printer on fire")
    with db.reading() as session:
        assert session.scalars(select(JournalLine)).all() == []
    assert sale(db, "s", [OwnerShare(somsri, B(10), B(1))]) == 1
