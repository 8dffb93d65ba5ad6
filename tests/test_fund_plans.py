"""The fund's screens and reports find their rows through indexes (issue 13, section 6):
on the ten-year database each of them read the ledger's lines or entries whole,
some once a loan, and took seconds. Without ANALYZE statistics SQLite plans a
small database as it plans the ten-year one (see query_plans)."""

from __future__ import annotations

import pytest

from kiosk import dates
from kiosk.services import (fund, fund_report, loan_standing, loan_views, people, statements)
from kiosk.services.statement_data import Month
from query_plans import full_scans, statements as sent_statements
from tests.statement_helpers import market_db, market_template  # noqa: F401

pytestmark = pytest.mark.sqlite_only  # SQLite's plans


def test_the_fund_side_reads_no_growing_table_whole(market_db):  # noqa: F811
    db, market = market_db
    month = Month.of(dates.today()).previous()
    cash = next(a.id for a in fund.accounts(db) if a.code == "1010")
    with db.reading() as session:
        loan = loan_standing.loan_ids(session)[0]
    pages = {
        "fund overview": lambda: fund.overview(db),
        "loans list": lambda: loan_views.loan_summaries(db),
        "a loan's view": lambda: loan_views.loan_view(db, loan),
        "arrears": lambda: loan_standing.arrears(db),
        "portfolio at risk": lambda: loan_standing.par(db),
        "an account's statement": lambda: fund.statement(db, cash),
        "journal of an account": lambda: fund.journal(db, account_id=cash),
        "journal of a participant": lambda: fund.journal(db, participant_id=market.people[0]),
        "people list": lambda: people.list_participants(db),
        "fund report": lambda: fund_report.build_fund_report(db, month),
        "a participant's statement": lambda: statements.build_statement(
            db, market.people[0], month),
    }
    found = {}
    for name, page in pages.items():
        with sent_statements(db) as sent:
            page()
        # the report's chain head, the newest entry by the month's end, is read backwards
        # from the newest entry and stops there: a month's entries, not the ledger
        scans = [scan for scan in full_scans(db, sent)
                 if not (name == "fund report" and "ORDER BY ledger_entries.id DESC LIMIT" in scan)]
        if scans:
            found[name] = scans
    assert found == {}
