"""The fund's screens read the books in a number of statements that does not grow
with the number of loans or the years of history (issue 13 section 6: each of
them took seconds on the ten-year database), and give the same figures as
reading everything."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import BigInteger, event, func, select, text, type_coerce

from kiosk import dates
from kiosk.models import Participant
from kiosk.models.ledger import CloseBalance, JournalEntry, JournalLine
from kiosk.money import Money
from kiosk.services import (checks, fund, fund_postings, ledger_reads, loan_reversals, loan_standing,
                            loan_views, loans, periods)

TODAY = dates.today()
B = Money.baht


@contextmanager
def counted(db) -> Iterator[list[str]]:
    """The SQL statements sent inside the block."""
    sent: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        sent.append(statement)
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _people(db, n: int) -> list[int]:
    with db.unit_of_work() as session:
        people = [Participant(name_th=f"คนที่ {i}", joined_on=date(2024, 1, 1)) for i in range(n)]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def _lend(db, people: list[int], first: int) -> None:
    for i, person in enumerate(people, start=first):
        start = TODAY - timedelta(days=200 - i)
        loan_id = loans.lend(db, key=f"loan-{i}", participant_id=person, principal=B(1000),
                             start_on=start, term=4, frequency="month", method="flat",
                             annual_rate="12", purpose="เมล็ดพันธุ์", paid_from="bank")
        loans.repay(db, key=f"repay-{i}", loan_id=loan_id, amount=B(300 + i),
                    on=start + timedelta(days=40))


def _reads(db) -> dict[str, int]:
    """Statements each loan screen sends."""
    with db.reading() as session:
        first_loan = loan_standing.loan_ids(session)[0]
    screens = {"loans list": lambda: loan_views.loan_summaries(db),
               "arrears": lambda: loan_standing.arrears(db),
               "portfolio at risk": lambda: loan_standing.par(db),
               "fund overview": lambda: fund.overview(db),
               "loans as of a day": lambda: loan_standing.list_loans(db, TODAY - timedelta(days=60)),
               "a loan's view": lambda: loan_views.loan_view(db, first_loan)}
    counts = {}
    for name, screen in screens.items():
        with counted(db) as sent:
            screen()
        counts[name] = len(sent)
    return counts


def test_loan_screens_read_the_books_once_for_all_loans(db):
    people = _people(db, 8)
    fund_postings.record_donation(db, key="seed", donor="มูลนิธิ", amount=B(100000),
                         on=TODAY - timedelta(days=400), received_into="bank")
    _lend(db, people[:2], 0)
    with db.reading() as session:
        first_loan = loan_standing.loan_ids(session)[0]
    loans.repay(db, key="latest", loan_id=first_loan, amount=B(20), on=TODAY - timedelta(days=5))
    few = _reads(db)
    _lend(db, people[2:], 2)
    for n in range(3):  # a loan's view read each repayment's lines on its own
        loans.repay(db, key=f"more-{n}", loan_id=first_loan, amount=B(20),
                    on=TODAY - timedelta(days=10 - n))
    assert _reads(db) == few  # each loan used to cost a dozen statements more


def _raw_sums(db, day: date) -> dict[int, int]:
    satang = type_coerce(JournalLine.amount, BigInteger)
    with db.reading() as session:
        return {a: int(t) for a, t in session.execute(
            select(JournalLine.account_id, func.sum(satang))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.on <= day).group_by(JournalLine.account_id)) if t}


def test_balances_on_past_days_are_the_sums_of_the_lines_up_to_them(db):
    people = _people(db, 3)
    start = TODAY - timedelta(days=420)
    for n in range(14):  # a donation and a grant a month; one dated ahead of its neighbours
        on = start + timedelta(days=30 * n + (25 if n == 5 else 0))
        fund_postings.record_donation(db, key=f"d{n}", donor="มูลนิธิ", amount=B(1000 + n),
                             on=on, received_into="bank" if n % 2 else "cash")
        fund_postings.give_grant(db, key=f"g{n}", participant_id=people[n % 3], amount=B(100 + n),
                        on=on + timedelta(days=3), paid_from="bank" if n % 2 else "cash",
                        purpose="ค่าปุ๋ย")
    days = [start - timedelta(days=1), start + timedelta(days=31), start + timedelta(days=200),
            TODAY - timedelta(days=20), TODAY]
    with db.reading() as session:
        found = ledger_reads.balances_at(session, days)
    for day in days:
        assert {a: t for a, t in found[day].items() if t} == _raw_sums(db, day), day


def test_an_accounts_statement_keeps_its_running_balance_when_cut(db):
    fund_postings.record_donation(db, key="seed", donor="มูลนิธิ", amount=B(5000),
                         on=TODAY - timedelta(days=30), received_into="cash")
    people = _people(db, 1)
    for n in range(6):
        fund_postings.give_grant(db, key=f"g{n}", participant_id=people[0], amount=B(10 * (n + 1)),
                        on=TODAY - timedelta(days=20 - n), paid_from="cash", purpose="ค่าปุ๋ย")
    cash = next(a.id for a in fund.accounts(db) if a.code == "1010")
    whole = fund.statement(db, cash)
    assert whole[-1].balance == B(5000 - 210) and whole[0].balance == B(5000)
    assert fund.statement(db, cash, limit=3) == whole[-3:]


def _close_check(db) -> list[str]:
    with db.reading() as session:
        return checks.registered_checks()["ledger: each closed month's balances equal its lines"](
            session)


def test_a_month_close_keeps_the_months_balances_and_the_check_recomputes_them(db):
    people = _people(db, 2)
    start = TODAY.replace(day=1) - timedelta(days=150)
    for n in range(5):
        on = start + timedelta(days=30 * n + 2)
        fund_postings.record_donation(db, key=f"d{n}", donor="มูลนิธิ", amount=B(2000 + n),
                                      on=on, received_into="cash")
        fund_postings.give_grant(db, key=f"g{n}", participant_id=people[n % 2], amount=B(150),
                                 on=on + timedelta(days=1), paid_from="cash", purpose="ค่าปุ๋ย")
    two_ago = (TODAY.replace(day=1) - timedelta(days=40)).replace(day=1)
    fund_postings.close_month(db, two_ago.year, two_ago.month, None)  # skips the months before
    last = TODAY.replace(day=1) - timedelta(days=1)
    fund_postings.close_month(db, last.year, last.month, None)
    with db.reading() as session:
        kept = {(r.month, r.account_id): r.balance for r in session.scalars(select(CloseBalance))}
    for end in (periods.next_month(two_ago) - timedelta(days=1), last):
        key = periods.month_key(end)
        assert {a: m.satang for (k, a), m in kept.items() if k == key} == _raw_sums(db, end)
    assert _close_check(db) == []
    # a balance that disagrees with the lines is found (the table refuses edits, so a
    # wrong row can only come from outside the kiosk: written here with SQL)
    with db.unit_of_work() as session:
        session.execute(text("INSERT INTO ledger_close_balances (month, account_id, balance) "
                             "VALUES (:month, :account, 100)"),
                        {"month": periods.month_key(last),
                         "account": next(a.id for a in fund.accounts(db) if a.code == "4040")})
    assert len(_close_check(db)) == 1


def test_a_loans_view_carries_its_standing():
    fields = {f.name for f in dataclasses.fields(loan_views.LoanView)}
    assert "status" in fields
    # nothing the standing holds is copied beside it
    assert not fields & ({f.name for f in dataclasses.fields(loan_standing.LoanStatus)} - {"instalments"})


def test_the_fund_module_names_no_posting_of_fund_postings():
    assert not any(hasattr(fund, name) for name in (
        "record_donation", "give_grant", "pay_out", "close_month", "reverse", "PAID_FROM"))


def test_arrears_and_par_leave_out_only_loans_that_count_in_neither(db, staff):
    people = _people(db, 5)
    fund_postings.record_donation(db, key="seed", donor="มูลนิธิ", amount=B(100000),
                                  on=TODAY - timedelta(days=400), received_into="bank")
    start = TODAY - timedelta(days=150)
    ids = [loans.lend(db, key=f"l{i}", participant_id=p, principal=B(1200), start_on=start,
                      term=3, frequency="month", method="flat", annual_rate="12",
                      purpose="เมล็ดพันธุ์", paid_from="bank") for i, p in enumerate(people)]
    repaid, written_off, cancelled, part_paid, late = ids
    with db.reading() as session:
        owed = loan_standing.loan_status(session, repaid).owed
    loans.repay(db, key="all", loan_id=repaid, amount=owed, on=TODAY - timedelta(days=10))
    loans.write_off(db, key="w", loan_id=written_off, on=TODAY, reason="ย้ายไปต่างจังหวัด",
                    staff_pin="2222", operator_id=staff.operator_id)
    loan_reversals.cancel_loan(db, key="c", loan_id=cancelled, on=TODAY, reason="จ่ายผิดคน")
    loans.repay(db, key="p", loan_id=part_paid, amount=B(1220), on=TODAY - timedelta(days=5))
    with db.reading() as session:
        every = loan_standing.loan_statuses(session, ids, TODAY)
        owing = loan_standing.loan_statuses(session, ids, TODAY, owing_only=True)
    assert [s.id for s in owing] == [part_paid, late]
    left_out = [s for s in every if s.id not in {o.id for o in owing}]
    assert all(s.closed and (s.written_off or not s.principal_outstanding) for s in left_out)
    assert {r.loan_id for r in loan_standing.arrears(db)} == {part_paid, late}
    par = loan_standing.par(db)
    assert par.outstanding == sum((s.principal_outstanding for s in every if not s.written_off),
                                  Money(0))
