"""The sale side keeps its speed however long the history (issue 13, section 6).

On the ten-year database the sale screen and the Stock form summed every
stock movement ever made (seconds), the sale screen's best sellers walked
every sale line ever sold, and each sale commit summed its products' whole
stock history. Each product's level is now kept in ``stock_levels`` by the
stock service, beside its movements, and `kiosk check` holds it to their sum.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from kiosk import schema
from kiosk.models import StockLevel
from kiosk.money import Money
from kiosk.services import (catalog, sale_commit, sale_reversals, sales, stock, stock_forms)
from kiosk.services.checks import registered_checks
from kiosk.services.sale_results import business_day_of
from kiosk.services.sale_rules import PaymentRequest
from query_plans import full_scans, statements
from sales_helpers import cart_of, make_catalogue, open_day, participant_id
from test_sales_tamper import raw

LEVEL_CHECK = "each product's stock level is the sum of its movements"
LEDGER_CHECK = "every sale and refund has exactly its ledger entry"
DAY_CHECK = "every day's X/Z report equals the ledger"


@pytest.fixture
def market(db, vendor, staff):
    """Sales in cash and PromptPay, an owner's line, a refund, a void, a consignment,
    waste and a count: every kind of stock movement."""
    products = make_catalogue(db, stock_each="50")
    open_day(db, vendor)
    owner = participant_id(db)
    first = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CORIANDER", "3", owner)),
                                    vendor, PaymentRequest(cash_tendered=Money.baht(70)))
    second = sale_commit.commit_sale(db, cart_of(products, ("CUCUMBER", "1.5"), ("KALE", "1")),
                                     vendor, PaymentRequest(cash_tendered=Money.baht(30),
                                                            promptpay=Money.baht(80)))
    sale_reversals.refund_lines(db, first.sale_id, {first.lines[0].line_id: Decimal(1)}, vendor,
                                "2222", "ช้ำ")
    sale_reversals.void_sale(db, second.sale_id, vendor, "2222", "ลูกค้าเปลี่ยนใจ")
    stock_forms.receive_consignment(db, staff, owner, products["CHILI"].id, "4")
    stock_forms.record_waste(db, staff, products["KALE"].id, "1", "เหี่ยว")
    stock_forms.record_count(db, staff, products["CUCUMBER"].id, "7.250")
    return products, first


def _kept(db) -> dict[int, Decimal]:
    with db.reading() as session:
        return dict(session.execute(select(StockLevel.product_id, StockLevel.quantity)).all())


def _failing(db) -> set[str]:
    with db.reading() as session:
        return {name for name, check in registered_checks().items() if check(session)}


def test_each_level_is_its_movements_sum_after_every_kind_of_movement(db, market):
    products, _ = market
    with db.reading() as session:
        summed = stock.summed_levels(session)
    assert _kept(db) == summed
    assert summed[products["KALE"].id] == Decimal("48.000")  # 50 - 2 - 1 + 1 back, voided 1 back, -1 waste
    assert summed[products["CUCUMBER"].id] == Decimal("7.250")
    assert summed[products["CHILI"].id] == Decimal("54.000")
    assert LEVEL_CHECK not in _failing(db)


@pytest.mark.sqlite_only  # edits the file with sqlite3
def test_a_level_changed_behind_the_kiosk_fails_the_check(db, market):
    products, _ = market
    connection = sqlite3.connect(db.sqlite_path)
    with connection:
        connection.execute("UPDATE stock_levels SET quantity = quantity + 1 WHERE product_id = ?",
                           (products["KALE"].id,))
    connection.close()
    db.dispose()
    with db.reading() as session:
        problems = registered_checks()[LEVEL_CHECK](session)
    assert problems == [f"product {products['KALE'].id}: stock level 48.001, its movements add "
                        f"up to 48.000"]


def test_a_sale_warns_of_what_the_kept_level_says(db, vendor, market):
    products, _ = market
    cart = cart_of(products, ("KALE", "1"), ("CHILI", "60"))  # 48 and 54 on hand
    result = sale_commit.commit_sale(db, cart, vendor, PaymentRequest(cash_tendered=Money.baht(1000)))
    assert [(w.code, w.stock_before, w.sold) for w in result.stock_warnings] == [
        ("CHILI", Decimal("54.000"), Decimal("60"))]
    with db.reading() as session:
        assert stock.level(session, products["CHILI"].id) == Decimal("-6.000")


@pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN
def test_the_sale_side_reads_no_growing_table_whole(db, vendor, market):
    """Sale screen, Stock form, sale history, X report, PromptPay list and the commit
    find their rows by index (on ten years: each of them took from 0.4 to 17 s)."""
    products, first = market
    day = business_day_of(first.at)
    with statements(db) as sent:
        catalog.product_tiles(db, sales.popularity(db))
        stock_forms.stock_rows(db)
        stock_forms.consignment_owners(db)
        sales.sales_of_day(db, day)
        sales.sales_of_day(db, day, "1")
        sales.sale_by_number(db, first.number)
        sales.day_report(db, day)
        sales.promptpay_for_reconciliation(db, day)
        sale_commit.commit_sale(db, cart_of(products, ("KALE", "1"), ("CHILI", "2")), vendor,
                                PaymentRequest(cash_tendered=Money.baht(50)))
    assert len(sent) > 15
    found = full_scans(db, sent)
    assert found == [], '\n'.join(found)


def test_the_migration_fills_the_levels_of_an_existing_database(db, market):
    before = _kept(db)
    schema.downgrade(db, "0017_sales_speed-1")
    schema.upgrade(db)
    assert _kept(db) == before and before


def _sent_by_checks(db, names) -> int:
    checks = registered_checks()
    with statements(db) as sent, db.reading() as session:
        for name in names:
            assert checks[name](session) == []
    return len(sent)


def test_the_books_checks_read_as_much_for_three_days_as_for_one(db, vendor, market):
    """`kiosk check` held each day's X/Z report against the ledger one day at a time (eight
    reads a day: 24 s over ten years); now every day is summed at once."""
    products, first = market
    one_day = _sent_by_checks(db, [LEDGER_CHECK, DAY_CHECK])
    for days in (1, 2):
        earlier = first.at - timedelta(days=days)
        open_day(db, vendor, earlier)
        sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                                       PaymentRequest(cash_tendered=Money.baht(20)), earlier)
        sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิดรายการ", earlier)
    assert _sent_by_checks(db, [LEDGER_CHECK, DAY_CHECK]) == one_day


@pytest.mark.sqlite_only  # edits the file with sqlite3
@pytest.mark.parametrize("position, seen", [(1, True), (2, False)])
def test_a_sale_is_checked_with_its_owners_first_line_rate(db, vendor, market, position, seen):
    """The check sums a sale's lines by owner and rate in SQL; kiosk.shares takes an owner's
    rate from the owner's first line, and so must the check: a changed rate on the first line
    is seen, one on a later line changes nothing kiosk.shares computes."""
    products, _ = market
    owner = participant_id(db)
    sale = sale_commit.commit_sale(
        db, cart_of(products, ("CORIANDER", "2", owner), ("KALE", "1"), ("CHILI", "2", owner)),
        vendor, PaymentRequest(cash_tendered=Money.baht(70)))
    wanted = sale.lines[0 if position == 1 else 2].line_id
    db.dispose()
    raw(db, f"UPDATE sale_lines SET commission_percent = '50' WHERE id = {wanted}")
    assert (LEDGER_CHECK in _failing(db)) is seen


@pytest.mark.sqlite_only  # edits the file with sqlite3
def test_a_payment_of_no_known_method_is_seen_even_when_the_sums_agree(db, market):
    """The totals check looks closer only at sales whose sums SQL finds wrong; a payment
    of a method the kiosk never records adds nothing to them and must still be seen."""
    _, first = market
    db.dispose()
    raw(db, "INSERT INTO sale_payments (sale_id, method, amount, confirmed_by_id, confirmed_at, "
            f"reconciled) VALUES ({first.sale_id}, 'card', 0, 1, '2026-01-05 03:00:00', 0)")
    assert "each sale's lines and payments add up to its total" in _failing(db)
