"""Monthly statements: the figures agree with the books, month after month."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import BigInteger, func, select, type_coerce

from kiosk import dates
from kiosk.errors import InvalidInput, NotFound
from kiosk.models.ledger import Account, JournalEntry, JournalLine
from kiosk.models.sales import Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money
from kiosk.services import fund, ledger_chart, loan_standing, loans, statements
from kiosk.services.statement_data import Month, parse_participant_code, week_ranges

from tests.statement_helpers import market_db, market_template, months_back  # noqa: F401

SATANG = type_coerce(JournalLine.amount, BigInteger)


@pytest.fixture
def db(market_db):
    """A copy of the year-long market, built once per session (statement_helpers)."""
    return market_db[0]


@pytest.fixture
def market(market_db):
    return market_db[1]


def _kind_flow(db, kind: str, month: Month) -> Money:
    with db.reading() as session:
        total = session.scalar(
            select(func.coalesce(func.sum(SATANG), 0))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.kind == kind, JournalEntry.on >= month.first,
                   JournalEntry.on <= month.last))
    return Money(int(total))


def _plot_gross(db, month: Month) -> Money:
    with db.reading() as session:
        sold = session.scalar(select(func.coalesce(func.sum(type_coerce(SaleLine.amount, BigInteger)), 0))
                              .join(Sale, Sale.id == SaleLine.sale_id)
                              .where(SaleLine.owner_participant_id.is_(None),
                                     Sale.business_day.between(month.first, month.last)))
        back = session.scalar(
            select(func.coalesce(func.sum(type_coerce(SaleReversalLine.amount, BigInteger)), 0))
            .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
            .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
            .where(SaleLine.owner_participant_id.is_(None),
                   SaleReversal.business_day.between(month.first, month.last)))
    return Money(int(sold) - int(back))


def test_twelve_months_chain_and_agree_with_the_ledger(db, market):
    span = months_back(12)
    previous: dict[int, Money] = {}
    deducted_any = False
    for month in span:
        papers = list(statements.iter_statements(db, month, market.people))
        commission = Money(0)
        for paper in papers:
            # the opening balance is the closing balance of the month before
            assert paper.opening == previous.get(paper.participant_id, Money(0)), (month, paper.name)
            assert paper.closing == (paper.opening + paper.sales_net - paper.loan_deducted
                                     - paper.paid_out + paper.adjustments)
            assert sum((w.amount for w in paper.weeks), Money(0)) == paper.sales_gross
            assert sum((p.amount for p in paper.products), Money(0)) == paper.sales_gross
            assert Money(0) <= paper.commission <= paper.sales_gross
            previous[paper.participant_id] = paper.closing
            commission += paper.commission
            deducted_any |= bool(paper.loan_deducted)
        # the ledger's commission income is the participants' commission and the plot's
        assert -_kind_flow(db, ledger_chart.COMMISSION, month) == commission + _plot_gross(db, month)
    assert deducted_any
    for pid in market.people:  # this month's closing is what the fund owes them now
        assert previous[pid] == fund.owed_to(db, pid)


def test_loan_figures_come_from_the_loan_service(db, market):
    month = Month.of(dates.today())
    paper = statements.build_statement(db, market.borrower, month)
    [loan] = paper.loans
    status = loan_standing.list_loans(db)[0]
    assert loan.balance_end == status.principal_outstanding
    start = loan_standing.list_loans(db, month.first - timedelta(days=1))[0]
    assert loan.balance_start == start.principal_outstanding
    assert loan.days_past_due == status.days_past_due
    assert loan.paid_in_month >= paper.loan_deducted


def test_a_participant_with_nothing_gets_a_short_page(db, market):
    paper = statements.build_statement(db, market.quiet, Month.of(dates.today()))
    assert paper.no_activity
    assert (paper.products, paper.loans, paper.payouts) == ((), (), ())
    busy = statements.build_statement(db, market.people[1], Month.of(dates.today()))
    assert not busy.no_activity


def test_grants_and_training_show_on_the_month_they_happened(db, market):
    span = months_back(12)
    grants = [statements.build_statement(db, market.people[1], m).grants_total for m in span]
    assert [bool(g) for g in grants] == [n % 4 == 1 for n in range(12)]
    trained = [len(statements.build_statement(db, market.people[0], m).trainings) for m in span]
    assert trained == [1 if n % 2 == 0 else 0 for n in range(12)]


def test_months_are_read_in_either_era_and_bad_months_refused(db, market):
    assert Month.parse("2569-11") == Month.parse("2026-11") == Month(2026, 11)
    assert Month.parse(" 2569/1 ") == Month(2026, 1)
    for bad in ("", "11-2569", "2569-13", "2569-00", "abc", "25691"):
        with pytest.raises(InvalidInput):
            Month.parse(bad)
    future = Month.of(dates.today()).next()
    with pytest.raises(InvalidInput):
        statements.check_month(db, future)
    with pytest.raises(InvalidInput):
        statements.check_month(db, months_back(13)[0])
    assert parse_participant_code("p0012") == parse_participant_code("12") == 12
    with pytest.raises(NotFound):
        statements.find_participant(db, "P9999")
    with pytest.raises(InvalidInput):
        statements.find_participant(db, "ป้า")


def test_weeks_cover_the_month():
    for month in (Month(2026, 2), Month(2024, 2), Month(2026, 11), Month(2026, 12)):
        weeks = week_ranges(month)
        assert weeks[0][0] == month.first and weeks[-1][1] == month.last
        assert all(b[0] - a[1] == timedelta(days=1) for a, b in zip(weeks, weeks[1:]))


def test_everyone_active_gets_a_statement(db, market):
    ids = statements.statement_participants(db, Month.of(dates.today()))
    assert set(market.people) <= set(ids)


@pytest.mark.slow  # every month's fund report
def test_the_fund_report_agrees_with_the_books(db, market):
    from kiosk.services.fund_report import build_fund_report
    span = months_back(12)
    reports = [build_fund_report(db, m) for m in span]
    for before, after in zip(reports, reports[1:]):
        assert after.money_start == before.money_end
        assert after.owed_start == before.owed_end
        assert after.lent_start == before.lent_end
    for report in reports:
        assert sum((r.balance for r in report.trial_balance), Money(0)) == Money(0)
        assert report.lent_end == (report.lent_start + report.loans_given - report.loans_repaid
                                   - report.write_offs)
        assert [p.money for p in report.history][-1] == report.available_end
    now = reports[-1]
    overview = fund.overview(db)
    assert (now.money_end, now.owed_end, now.lent_end) == (
        overview.cash + overview.bank + overview.promptpay, overview.owed_to_participants,
        overview.lent_out)
    assert reports[0].donations == Money.baht(50000) and reports[0].loans_given == Money.baht(3000)
    assert sum(r.trainings_held for r in reports) == 6
    assert sum(r.training_attendances for r in reports) == 12
    # the report's commission is the participants' (the plot's produce is its own line)
    for month, report in zip(span, reports):
        papers = statements.iter_statements(db, month, market.people)
        assert report.commission == sum((p.commission for p in papers), Money(0))
        assert report.plot_sales == _plot_gross(db, month)


def test_a_written_off_loan_shows_on_the_statement_and_in_the_fund_report(db, market):
    from kiosk.services.fund_report import build_fund_report
    month = Month.of(dates.today())
    before = build_fund_report(db, month)
    status = loan_standing.list_loans(db)[0]
    loans.write_off(db, key="wo", loan_id=market.loan_id, on=dates.today(),
                    reason="ย้ายไปต่างจังหวัด", staff_pin="2222")
    paper = statements.build_statement(db, market.borrower, month)
    [loan] = paper.loans
    assert loan.written_off and loan.balance_end == Money(0) and loan.days_past_due == 0
    after = build_fund_report(db, month)
    assert after.write_offs == before.write_offs + status.principal_outstanding
    assert after.lent_end == before.lent_end - status.principal_outstanding
    assert after.arrears == ()


def test_who_gets_a_statement(db, market):
    """Active people, and anyone the fund owes or who owes the fund, even if inactive."""
    from kiosk.models import Participant
    month = Month.of(dates.today())
    with db.unit_of_work() as session:
        session.get(Participant, market.people[1]).active = False
        session.get(Participant, market.quiet).active = False
    ids = statements.statement_participants(db, month)
    assert market.quiet not in ids  # inactive, nothing owed either way
    assert market.people[1] in ids and fund.owed_to(db, market.people[1])
