"""Issue 9 section 8: the sale services answer any input with a domain error, never a crash.

NaN, Infinity, 1e30, None, strings where dates or amounts belong, unknown
product, owner and operator ids: each call either works or raises a
KioskError with a message, and a refused call writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from kiosk.errors import KioskError
from kiosk.models import StockMovement
from kiosk.models.ledger import JournalEntry
from kiosk.models.sales import Sale, SaleReversal
from kiosk.money import Money
from kiosk.services import sale_commit, sale_reversals, sales, stock_forms
from kiosk.services.auth import SignedIn
from kiosk.services.cart import Cart
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, count_rows, line, make_catalogue, participant_id, open_day

GARBAGE = st.sampled_from([
    None, "", "x", "2026-13-45", "1e30", float("nan"), float("inf"), 1e30, -1, 0, 10**30, True,
    Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("1e30"),
    Decimal("-0.001"), Decimal("0.0001"), b"\x00", [], {}, object(),
    Money(-1), Money(10**15), date(1900, 1, 1), datetime(2026, 1, 1),  # a naive moment
])
FIELDS = ("product_id", "code", "name_th", "unit", "sold_by_weight", "quantity", "unit_price",
          "owner_participant_id", "list_price", "override_by", "discount", "fixed_amount")


@pytest.fixture
def world(db, vendor, staff):
    products = make_catalogue(db, stock_each="100")
    open_day(db, vendor)
    owner = participant_id(db)
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2", owner), ("CUCUMBER", "0.5")),
                             vendor, PaymentRequest(cash_tendered=Money.baht(100)))
    return products, sale


def rows(db) -> tuple[int, ...]:
    return tuple(count_rows(db, m) for m in (Sale, SaleReversal, StockMovement, JournalEntry))


def keyed(bad):
    """{bad: 1}, or bad itself where it cannot be a key (then it stands for the whole dict)."""
    try:
        return {bad: Decimal(1)}
    except TypeError:
        return bad


def calls(db, vendor, products, sale, field, bad, which):
    good_line = line(products["CUCUMBER"], "0.5")
    bad_line = replace(good_line, **{field: bad})
    who = replace(vendor, operator_id=bad) if field == "product_id" else vendor
    now = bad if isinstance(bad, (datetime, date, str)) else None
    return {
        "commit bad line": lambda: sale_commit.commit_sale(db, Cart(lines=(bad_line,)), vendor,
                                                      PaymentRequest(Money.baht(500))),
        "commit bad payment": lambda: sale_commit.commit_sale(
            db, Cart(lines=(good_line,)), vendor, PaymentRequest(bad, Money(0))),
        "commit bad operator": lambda: sale_commit.commit_sale(
            db, Cart(lines=(good_line,)), who, PaymentRequest(Money.baht(500))),
        "commit bad moment": lambda: sale_commit.commit_sale(
            db, Cart(lines=(good_line,)), vendor, PaymentRequest(Money.baht(500)), now=bad),
        "add to a cart": lambda: Cart().add(bad_line),
        "change a cart line": lambda: Cart().add(good_line).set_quantity(0, bad),
        "a cart line by index": lambda: Cart().add(good_line).remove(bad),
        "refund bad quantity": lambda: sale_reversals.refund_lines(
            db, sale.sale_id, {sale.lines[1].line_id: bad}, vendor, "2222", "ช้ำ"),
        "refund bad line": lambda: sale_reversals.refund_lines(db, sale.sale_id, keyed(bad), vendor,
                                                      "2222", "ช้ำ"),
        "refund bad sale": lambda: sale_reversals.refund_lines(db, bad, {1: Decimal(1)}, vendor, "2222",
                                                      "ช้ำ"),
        "void bad sale": lambda: sale_reversals.void_sale(db, bad, vendor, "2222", "ผิด"),
        "void bad reason": lambda: sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", bad),
        "void bad pin": lambda: sale_reversals.void_sale(db, sale.sale_id, vendor, bad, "ผิด"),
        "void bad operator": lambda: sale_reversals.void_sale(db, sale.sale_id, who, "2222", "ผิด",
                                                     now=now),
        "open the day": lambda: sales.open_day(db, vendor, bad),
        "close the day": lambda: sales.close_day(db, vendor, bad, now=now),
        "a day's report": lambda: sales.day_report(db, bad),
        "a day's sales": lambda: sales.sales_of_day(db, bad, bad),
        "popular products": lambda: sales.popularity(db, bad),
        "park a cart": lambda: sales.park_cart(db, who, Cart(lines=(bad_line,))),
        "a sale by number": lambda: sales.sale_by_number(db, bad),
        "a sale by id": lambda: sales.sale_result(db, bad),
        "PromptPay of a day": lambda: sales.promptpay_for_reconciliation(db, bad),
        "tick PromptPay": lambda: sales.tick_promptpay(db, bad, vendor, True),
        "consignment": lambda: stock_forms.receive_consignment(
            db, vendor, bad if field == "owner_participant_id" else participant_id(db),
            bad if field == "product_id" else products["KALE"].id,
            bad if field == "quantity" else "1", bad if field == "code" else ""),
        "waste": lambda: stock_forms.record_waste(db, who, products["KALE"].id, bad, "เสีย"),
        "stock count": lambda: stock_forms.record_count(
            db, who, bad if field == "product_id" else products["KALE"].id, bad),
    }[which]


WHICH = ["commit bad line", "commit bad payment", "commit bad operator", "commit bad moment",
         "add to a cart", "change a cart line", "a cart line by index", "refund bad quantity",
         "refund bad line", "refund bad sale", "void bad sale", "void bad reason", "void bad pin",
         "void bad operator", "open the day", "close the day", "a day's report", "a day's sales",
         "popular products", "park a cart", "a sale by number", "a sale by id",
         "PromptPay of a day", "tick PromptPay", "consignment", "waste", "stock count"]


@hsettings(max_examples=150, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.sampled_from(WHICH), field=st.sampled_from(FIELDS), bad=GARBAGE)
def test_garbage_gets_a_message_and_writes_nothing(db, vendor, world, which, field, bad):
    products, sale = world
    before = rows(db)
    try:
        calls(db, vendor, products, sale, field, bad, which)()
    except KioskError as error:
        assert error.message
        assert rows(db) == before
    else:
        assert (count_rows(db, Sale), count_rows(db, SaleReversal)) >= before[:2]


def test_an_unknown_product_owner_or_approver_is_refused_before_writing(db, vendor, world):
    products, _ = world
    good = line(products["KALE"], "1")
    before = rows(db)
    for bad in (replace(good, product_id=999), replace(good, owner_participant_id=999),
                replace(good, override_by=999), replace(good, code=None)):
        with pytest.raises(KioskError):
            sale_commit.commit_sale(db, Cart(lines=(bad,)), vendor, PaymentRequest(Money.baht(20)))
    stranger = SignedIn(999, "ใครไม่รู้", vendor.role, None)
    with pytest.raises(KioskError):
        sale_commit.commit_sale(db, Cart(lines=(good,)), stranger, PaymentRequest(Money.baht(20)))
    with pytest.raises(KioskError):
        sales.open_day(db, stranger, Money.baht(100))
    assert rows(db) == before
