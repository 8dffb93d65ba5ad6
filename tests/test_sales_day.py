"""Opening float, X and Z reports, closing the day, PromptPay reconciliation."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from kiosk.errors import InvalidInput, NotAllowed
from kiosk.models import StockMovement
from kiosk.models.sales import Sale, SaleLine
from kiosk.money import Money
from kiosk.services import sale_commit, sale_results, sale_reversals, sales
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, count_rows, make_catalogue, participant_id, open_day

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture
def products(db, vendor):
    """The catalogue, and today opened (a sale needs an opened day)."""
    catalogue = make_catalogue(db)
    open_day(db, vendor)
    return catalogue


def test_x_and_z_report_figures(db, vendor, staff, products):
    owner = participant_id(db)
    sales.open_day(db, vendor, Money.baht(500))
    a = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CORIANDER", "4", owner)), vendor,
                          PaymentRequest(cash_tendered=Money.baht(100)))  # 40 + 40 = 80 cash
    b = sale_commit.commit_sale(db, cart_of(products, ("CUCUMBER", "1.5")), vendor,
                          PaymentRequest(cash_tendered=Money.baht(50), promptpay=Money.baht(40)))  # 90
    c = sale_commit.commit_sale(db, cart_of(products, ("CHILI", "2")), vendor,
                          PaymentRequest(promptpay=Money.baht(30)))  # 30 promptpay
    sale_reversals.void_sale(db, c.sale_id, vendor, "2222", "ลูกค้ายกเลิก")
    sale_reversals.refund_lines(db, a.sale_id, {a.lines[0].line_id: Decimal("1")}, vendor, "2222", "ช้ำ")
    day = sale_results.business_day_of(a.at)

    x = sales.day_report(db, day)
    assert not x.closed and x.counted_cash is None
    assert (x.sale_count, x.void_count) == (3, 1)
    assert x.gross == Money.baht(200) and x.refunds == Money.baht(50) and x.net == Money.baht(150)
    assert x.cash == Money.baht(80 + 50 - 20)  # refund of 20 paid back in cash
    assert x.promptpay == Money.baht(40)  # 40 + 30 - 30 voided
    assert x.expected_cash == Money.baht(500 + 110)
    by_product = {f.code: (f.quantity, f.amount) for f in x.by_product}
    assert by_product["KALE"] == (Decimal("1.000"), Money.baht(20))
    assert by_product["CUCUMBER"] == (Decimal("1.500"), Money.baht(90))
    assert by_product["CHILI"] == (Decimal("0.000"), Money(0))
    owners = {f.participant_id: f for f in x.by_owner}
    assert owners[owner].gross == Money.baht(40) and owners[owner].commission == Money.baht(4)
    assert owners[None].gross == Money.baht(110)
    assert [(v.kind, v.amount) for v in x.voids] == [("void", Money.baht(30)), ("refund", Money.baht(20))]

    z = sales.close_day(db, staff, Money.baht(605))
    assert z.closed and z.counted_cash == Money.baht(605) and z.difference == Money.baht(-5)
    assert z.expected_cash == Money.baht(610) and z.closed_by == staff.name
    assert sales.day_report(db, day) == z


def test_a_closed_day_takes_no_new_sales_and_writes_nothing(db, vendor, staff, products):
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, PaymentRequest(
        cash_tendered=Money.baht(20)))
    sales.close_day(db, staff, Money.baht(20))
    before = (count_rows(db, Sale), count_rows(db, SaleLine), count_rows(db, StockMovement))
    with pytest.raises(InvalidInput) as error:
        sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, PaymentRequest(
            cash_tendered=Money.baht(20)))
    assert THAI.search(error.value.message)
    with pytest.raises(InvalidInput):
        sales.close_day(db, staff, Money.baht(20))
    with pytest.raises(InvalidInput):
        sales.open_day(db, vendor, Money.baht(100))
    assert (count_rows(db, Sale), count_rows(db, SaleLine), count_rows(db, StockMovement)) == before


def test_a_sale_after_midnight_belongs_to_the_next_bangkok_day(db, vendor, products):
    # 17:30 UTC is 00:30 the next day in Khon Kaen
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    late = yesterday.replace(hour=17, minute=30, second=0, microsecond=0)
    result = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, PaymentRequest(
        cash_tendered=Money.baht(20)), now=late)
    assert sale_results.business_day_of(result.at) == late.date() + timedelta(days=1)


def test_bad_float_and_count_are_refused(db, vendor):
    for amount in (Money(-1), Money.baht(1_000_000)):
        with pytest.raises(InvalidInput):
            sales.open_day(db, vendor, amount)
    with pytest.raises(InvalidInput):
        sales.close_day(db, vendor, Money(-100))


def test_staff_tick_promptpay_payments_off_the_bank_statement(db, vendor, staff, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor,
                             PaymentRequest(promptpay=Money.baht(40)))
    day = sale_results.business_day_of(sale.at)
    [row] = sales.promptpay_for_reconciliation(db, day)
    with pytest.raises(NotAllowed):
        sales.tick_promptpay(db, row.payment_id, vendor, True)
    sales.tick_promptpay(db, row.payment_id, staff, True)
    [row] = sales.promptpay_for_reconciliation(db, day)
    assert row.ticked and row.ticked_by == staff.name and row.ticked_at is not None
    sales.tick_promptpay(db, row.payment_id, staff, False)
    assert not sales.promptpay_for_reconciliation(db, day)[0].ticked
