"""The sale commit's fast path keeps its guarantees (issue 4, section 6).

The commit merges its reads (uid, day closed and settings in one SELECT; the
ledger's closed-month check and chain head in another), skips the ledger's
own idempotency read right after the sale's uid check, and inserts the lines
in one multi-row INSERT ... RETURNING. These tests pin what that must not lose.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kiosk.errors import InvalidInput
from kiosk.models import StockMovement
from kiosk.models.ledger import JournalEntry, JournalLine, PeriodClose
from kiosk.models.sales import Sale, SaleLine
from kiosk.money import Money
from kiosk.services import (ledger_chain, ledger_chart, ledger_reads, sale_commit, sale_ledger,
                            sale_results, sales, settings)
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, count_rows, make_catalogue, participant_id, open_day


@pytest.fixture
def products(db, vendor):
    """The catalogue, and today opened (a sale needs an opened day)."""
    catalogue = make_catalogue(db)
    open_day(db, vendor)
    return catalogue


def test_receipt_line_ids_are_the_rows_of_their_positions(db, vendor, products):
    owner = participant_id(db)
    cart = cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.35"), ("CORIANDER", "1", owner),
                   ("CHILI", "3"))
    result = sale_commit.commit_sale(db, cart, vendor, PaymentRequest(cash_tendered=Money.baht(200)))
    with db.reading() as session:
        rows = session.execute(select(SaleLine.id, SaleLine.position, SaleLine.code, SaleLine.amount)
                               .where(SaleLine.sale_id == result.sale_id)
                               .order_by(SaleLine.position)).all()
    assert [(r.id, r.code, r.amount) for r in rows] == [
        (l.line_id, l.code, l.amount) for l in result.lines]
    assert [r.position for r in rows] == [1, 2, 3, 4]
    assert sales.sale_result(db, result.sale_id) == result


def test_the_commit_reads_settings_afresh(db, vendor, products):
    """(How many statements a commit sends is measured by bench/sale_statements.py.)"""
    owner = participant_id(db)
    first = sale_commit.commit_sale(db, cart_of(products, ("CORIANDER", "1", owner)), vendor,
                              PaymentRequest(cash_tendered=Money.baht(10)))
    with db.unit_of_work() as session:  # changed between two sales: the second one uses it
        settings.put(session, "commission_percent_consignment", "25")
        before = ledger_reads.kind_total(session, [ledger_chart.COMMISSION])
    second = sale_commit.commit_sale(db, cart_of(products, ("CORIANDER", "4", owner)), vendor,
                               PaymentRequest(cash_tendered=Money.baht(40)))
    with db.reading() as session:
        def rates(sale):
            return set(session.scalars(select(SaleLine.commission_percent)
                                       .where(SaleLine.sale_id == sale.sale_id)))
        assert rates(second) == {"25"} and rates(first) != {"25"}
        commission = ledger_reads.kind_total(session, [ledger_chart.COMMISSION])
        assert commission - before == -Money.baht("10")  # 25 % of 40


def test_a_ledger_key_already_used_still_cannot_be_posted_twice(db, vendor, products):
    """new_key=True skips the read; the key's unique constraint still refuses a duplicate."""
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                             PaymentRequest(cash_tendered=Money.baht(20)))
    before = (count_rows(db, JournalEntry), count_rows(db, JournalLine))
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        sale_ledger.post_sale(session, key=sale_ledger.SALE_KEY.format(uid=sale.sale_uid),
                         reference="X", on=sale_results.business_day_of(sale.at), operator_id=None,
                         cash=Money.baht(5), promptpay=Money(0),
                         shares=[sale_ledger.OwnerShare(None, Money.baht(5), Money.baht(5))],
                         new_key=True)
    assert (count_rows(db, JournalEntry), count_rows(db, JournalLine)) == before
    with db.reading() as session:  # the chain is intact
        assert ledger_chain.verify_chain(session) == []


def test_a_sale_in_a_closed_month_writes_nothing(db, vendor, staff, products):
    at = datetime(2026, 3, 10, 5, 0, tzinfo=timezone.utc)
    with db.unit_of_work() as session:
        session.add(PeriodClose(month="2026-03", closed_at=at, operator_id=staff.operator_id,
                                last_entry_id=0))
    open_day(db, vendor, at)  # opened: what refuses the sale is the closed month
    counts = (count_rows(db, Sale), count_rows(db, StockMovement), count_rows(db, JournalEntry))
    with pytest.raises(InvalidInput):
        sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                          PaymentRequest(cash_tendered=Money.baht(20)), now=at)
    assert (count_rows(db, Sale), count_rows(db, StockMovement), count_rows(db, JournalEntry)) == counts
    # the month after is open
    open_day(db, vendor, datetime(2026, 4, 1, 5, 0, tzinfo=timezone.utc))
    later = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                              PaymentRequest(cash_tendered=Money.baht(20)),
                              now=datetime(2026, 4, 1, 5, 0, tzinfo=timezone.utc))
    assert later.number.endswith("-000001") and date(2026, 4, 1) == sale_results.business_day_of(later.at)
