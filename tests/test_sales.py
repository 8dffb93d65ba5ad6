"""The point of sale's core: commit, idempotency, numbers, bad input, void, refund, parking."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kiosk.db import Database
from kiosk.errors import InvalidInput, NotAllowed
from kiosk.models import AuditEvent, StockMovement
from kiosk.models.ledger import JournalEntry
from kiosk.models.sales import ReceiptCounter, Sale, SaleLine, SalePayment
from kiosk.money import Money
from kiosk.services import (ledger_chart, ledger_reads, sale_commit, sale_ledger, sale_results,
                            sale_reversals, sales, settings, stock)
from kiosk.services.cart import Cart, CartLine
from kiosk.services.checks import registered_checks
from kiosk.services.sale_rules import PaymentRequest
from sales_helpers import cart_of, count_rows, line, make_catalogue, participant_id, open_day

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture
def products(db, vendor):
    """The catalogue, and today opened (a sale needs an opened day)."""
    catalogue = make_catalogue(db)
    open_day(db, vendor)
    return catalogue


def stock_of(db, product) -> Decimal:
    with db.reading() as session:
        return stock.level(session, product.id)


def ledger_money(db, *kinds) -> Money:
    with db.reading() as session:
        return ledger_reads.kind_total(session, kinds)


def cash(baht: str) -> PaymentRequest:
    return PaymentRequest(cash_tendered=Money.baht(baht))


def snapshot(db) -> tuple[int, ...]:
    """Row counts of every table a sale writes to."""
    return tuple(count_rows(db, model) for model in
                 (Sale, SaleLine, SalePayment, StockMovement, ReceiptCounter, JournalEntry))


# -- commit ---------------------------------------------------------------------------
def test_a_unit_and_weight_sale_records_lines_payments_stock_and_ledger(db, vendor, products):
    owner = participant_id(db)
    cart = cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.35"), ("CORIANDER", "1", owner))
    result = sale_commit.commit_sale(db, cart, vendor, cash("100"))

    assert result.number.startswith("JP-25") and result.number.endswith("-000001")
    assert result.total == Money.baht(71)  # 2 x 20 + 0.35 x 60 (= 21) + 10
    assert (result.cash, result.promptpay, result.change) == (Money.baht(71), Money(0), Money.baht(29))
    assert result.at.tzinfo is not None and result.vendor_name == vendor.name
    assert [l.amount for l in result.lines] == [Money.baht(40), Money.baht(21), Money.baht(10)]
    assert result.lines[2].owner_name.startswith("สมศรี")
    assert stock_of(db, products["CUCUMBER"]) == Decimal("9.650")
    assert stock_of(db, products["KALE"]) == Decimal("8.000")
    assert ledger_money(db, ledger_chart.CASH) == Money.baht(71)
    # the plot keeps nothing (100 % to the fund); the participant is owed 10 less 10 %
    assert ledger_money(db, ledger_chart.OWED) == -Money.baht(9)
    assert sales.sale_result(db, result.sale_id) == result  # what a reprint reads back
    assert sales.sale_result(db, result.sale_id).payment_label == "cash"


def test_split_payment_and_change(db, vendor, products):
    cart = cart_of(products, ("KALE", "3"), ("CHILI", "2"))  # 60 + 30 = 90
    result = sale_commit.commit_sale(db, cart, vendor, PaymentRequest(
        cash_tendered=Money.baht(100), promptpay=Money.baht(40)))
    assert (result.total, result.promptpay, result.cash) == (Money.baht(90), Money.baht(40), Money.baht(50))
    assert (result.tendered, result.change) == (Money.baht(100), Money.baht(50))
    assert result.payment_label == "split"
    assert ledger_money(db, ledger_chart.CASH) == Money.baht(50)
    assert ledger_money(db, ledger_chart.PROMPTPAY) == Money.baht(40)
    only_qr = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor,
                                PaymentRequest(promptpay=Money.baht(20)))
    assert only_qr.payment_label == "promptpay" and only_qr.change == Money(0)
    rows = sales.promptpay_for_reconciliation(db, sale_results.business_day_of(result.at))
    assert [r.amount for r in rows] == [Money.baht(40), Money.baht(20)]
    assert rows[0].confirmed_by == vendor.name and not rows[0].ticked


def test_committing_the_same_cart_twice_gives_one_sale(db, vendor, products):
    cart = cart_of(products, ("KALE", "1"), ("CUCUMBER", "1.2"))
    first = sale_commit.commit_sale(db, cart, vendor, cash("100"))
    before = snapshot(db)
    again = sale_commit.commit_sale(db, cart, vendor, cash("500"))  # a retry, a double tap
    assert again.already_committed and not first.already_committed
    assert (again.sale_id, again.number, again.total, again.change) == (
        first.sale_id, first.number, first.total, first.change)
    assert snapshot(db) == before
    assert stock_of(db, products["KALE"]) == Decimal("9.000")


def test_receipt_numbers_are_gapless_across_a_failure_and_a_restart(db, vendor, products, monkeypatch):
    one = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, cash("20"))

    def power_cut(*args, **kwargs):
        raise RuntimeError("power cut inside the transaction")
    monkeypatch.setattr(sale_ledger, "post", power_cut)
    with pytest.raises(RuntimeError):
        sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, cash("20"))
    monkeypatch.undo()
    two = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, cash("20"))
    url = db.url
    db.dispose()

    reopened = Database(url)  # the kiosk restarts on the same file
    try:
        three = sale_commit.commit_sale(reopened, cart_of(products, ("KALE", "1")), vendor, cash("20"))
        numbers = [one.number, two.number, three.number]
        assert [int(n[-6:]) for n in numbers] == [1, 2, 3]
        assert len({n[:8] for n in numbers}) == 1
        with reopened.reading() as session:
            problems = registered_checks()["receipt numbers are gapless per year"](session)
        assert problems == []
    finally:
        reopened.dispose()


def test_selling_beyond_recorded_stock_warns_but_sells(db, vendor, products):
    result = sale_commit.commit_sale(db, cart_of(products, ("CUCUMBER", "12.5")), vendor, cash("750"))
    assert [w.code for w in result.stock_warnings] == ["CUCUMBER"]
    assert result.stock_warnings[0].stock_before == Decimal("10.000")
    assert stock_of(db, products["CUCUMBER"]) == Decimal("-2.500")
    assert sales.sale_result(db, result.sale_id).stock_warnings == result.stock_warnings
    report = sales.day_report(db, sale_results.business_day_of(result.at))
    assert [w.code for w in report.oversold] == ["CUCUMBER"]


# -- bad input (section 5): a Thai message and nothing written ----------------------------------
def _raw_cart(products, code, qty, price=None):
    product = products[code]
    bad = CartLine(product.id, product.code, product.name_th, product.name_en, product.unit,
                   product.sold_by_weight, Decimal(qty),
                   product.price if price is None else price)
    return Cart(lines=(bad,))


@pytest.mark.parametrize("case", [
    "empty", "zero", "negative", "absurd", "fraction_of_piece", "price_zero", "short_cash",
    "promptpay_over_total", "negative_cash", "absurd_change", "promptpay_over_limit",
])
def test_bad_input_is_refused_in_thai_and_writes_nothing(db, vendor, products, case):
    with db.unit_of_work() as session:
        settings.put(session, "promptpay_max_amount", "100")
    good = cart_of(products, ("KALE", "2"))  # 40 baht
    cart, payment = {
        "empty": (Cart(), cash("20")),
        "zero": (_raw_cart(products, "CUCUMBER", "0"), cash("20")),
        "negative": (_raw_cart(products, "CUCUMBER", "-1"), cash("20")),
        "absurd": (_raw_cart(products, "CUCUMBER", "5000"), cash("20")),
        "fraction_of_piece": (_raw_cart(products, "KALE", "1.5"), cash("100")),
        "price_zero": (_raw_cart(products, "KALE", "1", Money(0)), cash("20")),
        "short_cash": (good, cash("39.75")),
        "promptpay_over_total": (good, PaymentRequest(promptpay=Money.baht(41))),
        "negative_cash": (good, PaymentRequest(cash_tendered=Money(-100), promptpay=Money.baht(41))),
        "absurd_change": (good, cash("1040")),
        "promptpay_over_limit": (cart_of(products, ("CUCUMBER", "2")), PaymentRequest(
            promptpay=Money.baht(120))),
    }[case]
    before = snapshot(db)
    with pytest.raises(InvalidInput) as error:
        sale_commit.commit_sale(db, cart, vendor, payment)
    assert THAI.search(error.value.message), error.value.message
    assert snapshot(db) == before


# -- void and refund -------------------------------------------------------------------------
def test_void_reverses_stock_and_ledger_keeps_the_number_and_is_audited(db, vendor, staff, products):
    owner = participant_id(db)
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2"), ("CORIANDER", "3", owner)),
                             vendor, PaymentRequest(cash_tendered=Money.baht(50),
                                                    promptpay=Money.baht(20)))
    with pytest.raises(InvalidInput):
        sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "   ")
    with pytest.raises(NotAllowed):
        sale_reversals.void_sale(db, sale.sale_id, vendor, "1111", "ลูกค้าเปลี่ยนใจ")  # a vendor's PIN
    assert not sales.sale_result(db, sale.sale_id).voided

    voided = sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ลูกค้าเปลี่ยนใจ")
    assert voided.voided and voided.number == sale.number and voided.void_reason == "ลูกค้าเปลี่ยนใจ"
    assert stock_of(db, products["KALE"]) == Decimal("10.000")
    assert stock_of(db, products["CORIANDER"]) == Decimal("10.000")
    for kind in (ledger_chart.CASH, ledger_chart.PROMPTPAY, ledger_chart.OWED,
                 ledger_chart.PLOT_SALES, ledger_chart.COMMISSION):
        assert ledger_money(db, kind) == Money(0), kind
    with db.reading() as session:
        actions = session.scalars(select(AuditEvent.action).where(
            AuditEvent.target == sale.number)).all()
    assert "sale_void" in actions and "approval" in actions
    with pytest.raises(InvalidInput):
        sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "อีกครั้ง")
    summary = sales.sales_of_day(db, sale_results.business_day_of(sale.at), search=sale.number[-3:])
    assert [(s.number, s.voided) for s in summary] == [(sale.number, True)]


def test_refund_of_some_lines_reverses_their_stock_and_ledger(db, vendor, staff, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "3"), ("CUCUMBER", "0.5")),
                             vendor, cash("100"))  # 60 + 30 = 90
    kale, cucumber = sale.lines
    with pytest.raises(InvalidInput):
        sale_reversals.refund_lines(db, sale.sale_id, {kale.line_id: Decimal("4")}, vendor, "2222", "เสีย")
    refunded = sale_reversals.refund_lines(db, sale.sale_id, {kale.line_id: Decimal("1"),
                                                     cucumber.line_id: Decimal("0.2")},
                                  vendor, "2222", "ผักช้ำ")
    assert refunded.refunded == Money.baht(32)  # 20 + 0.2/0.5 of 30
    assert [l.refunded_quantity for l in refunded.lines] == [Decimal("1.000"), Decimal("0.200")]
    assert stock_of(db, products["KALE"]) == Decimal("8.000")
    assert stock_of(db, products["CUCUMBER"]) == Decimal("9.700")
    assert ledger_money(db, ledger_chart.CASH) == Money.baht(58)
    # the rest of the cucumber in another refund gives back exactly the line's amount
    again = sale_reversals.refund_lines(db, sale.sale_id, {cucumber.line_id: Decimal("0.3")}, vendor,
                               "2222", "ผักช้ำ")
    assert again.refunded == Money.baht(50)
    summary = sales.sales_of_day(db, sale_results.business_day_of(sale.at))
    assert summary[0].refunded and not summary[0].voided
    # voiding afterwards gives back only what is left
    voided = sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ยกเลิก")
    assert voided.voided
    assert stock_of(db, products["KALE"]) == Decimal("10.000")
    assert ledger_money(db, ledger_chart.CASH) == Money(0)


def test_a_bad_refund_writes_nothing(db, vendor, staff, products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor, cash("40"))
    before = snapshot(db) + (count_rows(db, AuditEvent),)
    for quantities in ({}, {sale.lines[0].line_id: Decimal("0.5")},
                       {sale.lines[0].line_id: Decimal("3")}, {999: Decimal("1")}):
        with pytest.raises(InvalidInput) as error:
            sale_reversals.refund_lines(db, sale.sale_id, quantities, vendor, "2222", "เหตุผล")
        assert THAI.search(error.value.message)
    assert snapshot(db) + (count_rows(db, AuditEvent),) == before


# -- parking, history, popularity ----------------------------------------------------------------
def test_a_parked_cart_survives_a_restart_and_goes_once_sold(db, vendor, products):
    cart = cart_of(products, ("KALE", "2"), ("CUCUMBER", "0.75"))
    assert sales.parked_cart(db, vendor) is None
    sales.park_cart(db, vendor, cart)
    reopened = Database(db.url)
    try:
        assert sales.parked_cart(reopened, vendor) == cart
    finally:
        reopened.dispose()
    sale_commit.commit_sale(db, cart, vendor, cash("100"))
    assert sales.parked_cart(db, vendor) is None
    sales.park_cart(db, vendor, cart_of(products, ("KALE", "1")))
    sales.park_cart(db, vendor, Cart())
    assert sales.parked_cart(db, vendor) is None


def test_popularity_counts_recent_sales_not_voided(db, vendor, staff, products):
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, cash("20"))
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1"), ("CHILI", "1")), vendor, cash("35"))
    voided = sale_commit.commit_sale(db, cart_of(products, ("CORIANDER", "1")), vendor, cash("10"))
    sale_reversals.void_sale(db, voided.sale_id, vendor, "2222", "ผิด")
    assert sales.popularity(db) == {products["KALE"].id: 2, products["CHILI"].id: 1}


def test_kiosk_check_finds_a_broken_receipt_sequence(db, vendor, products):
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, cash("20"))
    checks = registered_checks()
    with db.reading() as session:
        assert checks["receipt numbers are gapless per year"](session) == []
        assert checks["each sale's lines and payments add up to its total"](session) == []
    with db.unit_of_work() as session:
        counter = session.scalars(select(ReceiptCounter)).one()
        counter.last_number += 1  # as if a number had been skipped
    with db.reading() as session:
        assert checks["receipt numbers are gapless per year"](session)
