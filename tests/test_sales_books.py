"""Issue 9, sales side: one home for the money rules, reversals that keep the books whole,
idempotency conflicts, selling by money."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from sqlalchemy import select

from kiosk.errors import Conflict, InvalidInput
from kiosk.models import AuditEvent
from kiosk.money import Money, parse_quantity
from kiosk.services import (fund_postings, ledger, ledger_chart, ledger_reads, sale_commit, sale_ledger,
                            sale_results, sale_reversals, sale_rules, sales, settings, stock_forms)
from kiosk.services.cart import Cart, by_amount
from kiosk.services.checks import registered_checks
from kiosk.services.sale_rules import PaymentRequest
from kiosk.shares import PricedLine, line_share_back, refund_shares, sale_shares
from sales_helpers import cart_of, line, make_catalogue, participant_id, open_day

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture
def products(db, vendor):
    """The catalogue, and today opened (a sale needs an opened day)."""
    catalogue = make_catalogue(db, stock_each="100")
    open_day(db, vendor)
    return catalogue


def cash(baht) -> PaymentRequest:
    return PaymentRequest(cash_tendered=Money.baht(str(baht)))


def failing_checks(db) -> dict[str, list[str]]:
    with db.reading() as session:
        return {name: p for name, check in registered_checks().items() if (p := check(session))}


def owed(db, who) -> Money:
    with db.reading() as session:
        account = ledger_chart.account_for(session, ledger_chart.OWED, who)
        return ledger_chart.normal_balance(account, ledger_reads.raw_balance(session, account.id))


# -- 1. commission: the Z report sums what the ledger posted -------------------------------
def test_the_z_report_commission_is_what_the_ledger_posted_sale_by_sale(db, vendor, products):
    owner = participant_id(db)
    for _ in range(3):  # 0.336 kg at 60/kg = 20.16; 10 % = 2.016 -> 2.02 each
        sale = sale_commit.commit_sale(db, cart_of(products, ("CUCUMBER", "0.336", owner)), vendor,
                                 cash(21))
    report = sales.day_report(db, sale_results.business_day_of(sale.at))
    figure = next(f for f in report.by_owner if f.participant_id == owner)
    with db.reading() as session:
        posted = -ledger_reads.kind_total(session, [ledger_chart.COMMISSION])
    assert posted == Money.baht("6.06")
    assert figure.gross == Money.baht("60.48") and figure.commission == Money.baht("6.06")
    assert figure.net == owed(db, owner) == Money.baht("54.42")
    assert failing_checks(db) == {}


@hsettings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 999), st.integers(1, 100_00), st.integers(0, 100)),
                min_size=1, max_size=6))
def test_refunding_a_sale_in_pieces_gives_back_exactly_its_shares(pieces):
    lines = [PricedLine(i % 2 or None, Money(price), Decimal(rate)) for i, (_, price, rate)
             in enumerate(pieces)]
    lines = [PricedLine(l.owner, l.amount, lines[0].rate if l.owner is None else lines[-1].rate)
             for l in lines]  # one rate per owner, as at the stall
    sold = {s.owner: s for s in sale_shares(lines)}
    before: dict = {}
    given_back: dict = {}
    for step in range(3):  # a third, a third, the rest
        back = [PricedLine(l.owner, line_share_back(l.amount, Decimal(3), Decimal(step),
                                                    Decimal(1)), l.rate) for l in lines]
        for share in refund_shares(back, before):
            before[share.owner] = before.get(share.owner, Money(0)) + share.gross
            gross, commission = given_back.get(share.owner, (Money(0), Money(0)))
            given_back[share.owner] = (gross + share.gross, commission + share.commission)
    assert given_back == {o: (s.gross, s.commission) for o, s in sold.items()}


def test_the_check_compares_each_days_report_with_the_ledger(db, vendor, products):
    owner = participant_id(db)
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "1", owner)), vendor, cash(20))
    assert failing_checks(db) == {}
    # a ledger entry the sales do not account for, on the same day
    with db.unit_of_work() as session:
        sale_ledger.post(session, key=sale_ledger.sale_key("nobody"), reference=sale.number,
                         on=sale_results.business_day_of(sale.at), operator_id=None, cash=Money(500),
                         promptpay=Money(0), shares=sale_shares([PricedLine(None, Money(500),
                                                                            Decimal(100))]))
    failing = failing_checks(db)
    assert "every day's X/Z report equals the ledger" in failing
    assert "every sale and refund has exactly its ledger entry" in failing


# -- 1. one home for quantity rules, PromptPay limit, closed day ---------------------------
@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity"), Decimal("1e30"),
                                 Decimal("-1"), Decimal("0.0001"), Decimal("1.5")])
def test_every_quantity_is_checked_by_the_same_rule(db, vendor, staff, products, bad, english):
    kale = products["KALE"]  # by the piece
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "3")), vendor, cash(60))
    messages = set()
    for attempt in (lambda: Cart().add(line(kale, "1")).set_quantity(0, bad),
                    lambda: sale_rules.check_payment(Cart(lines=(replace(line(kale, "1"), quantity=bad),)),
                                                cash(100)),
                    lambda: sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: bad},
                                               vendor, "2222", "ช้ำ"),
                    lambda: stock_forms._quantity(bad, False)):
        with pytest.raises(InvalidInput) as error:
            attempt()
        messages.add(error.value.message)
    assert len(messages) == 1


def test_the_promptpay_limit_has_one_home(db, vendor, products):
    with db.unit_of_work() as session:
        settings.put(session, "promptpay_max_amount", "30")
    assert sales.read_promptpay_limit(db) == Money.baht(30)
    with pytest.raises(InvalidInput):
        sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor,
                          PaymentRequest(promptpay=Money.baht(40)))
    assert not hasattr(sales, "_percent")


def test_a_closed_day_refuses_sales_refunds_voids_and_floats_with_one_message(db, vendor, staff,
                                                                              products):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor, cash(40))
    sales.close_day(db, staff, Money.baht(40))
    messages = set()
    for attempt in (lambda: sale_commit.commit_sale(db, cart_of(products, ("KALE", "1")), vendor, cash(20)),
                    lambda: sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal(1)},
                                               vendor, "2222", "ช้ำ"),
                    lambda: sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิด"),
                    lambda: sales.open_day(db, vendor, Money.baht(100))):
        with pytest.raises(InvalidInput) as error:
            attempt()
        messages.add(error.value.message)
    assert len(messages) == 1 and THAI.search(messages.pop())


# -- 3. refunds that keep the books whole ---------------------------------------------
def test_a_refund_worth_nothing_is_refused_and_the_sale_can_still_be_voided(db, vendor, staff,
                                                                            products, english):
    cart = cart_of(products, ("CUCUMBER", "1"))
    cart = cart.give_discount(0, Money.baht("59.99"), staff.operator_id)  # the line is 0.01
    sale = sale_commit.commit_sale(db, cart, vendor, cash("0.01"))
    with pytest.raises(InvalidInput) as error:
        sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal("0.001")}, vendor,
                           "2222", "ช้ำ")
    assert "0.00" in error.value.message
    voided = sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิด")
    assert voided.voided and failing_checks(db) == {}


def test_a_customer_is_refunded_after_the_owner_was_paid_out(db, vendor, staff, products):
    owner = participant_id(db)
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2", owner)), vendor, cash(40))
    day = sale_results.business_day_of(sale.at)
    fund_postings.record_donation(db, key="gift", donor="ผู้ใจบุญ", amount=Money.baht(100), on=day,
                         received_into="bank")
    fund_postings.pay_out(db, key="payout-1", participant_id=owner, amount=owed(db, owner), on=day,
                 paid_from="bank")
    assert owed(db, owner) == Money(0)
    sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal(1)}, vendor, "2222",
                       "ช้ำ")
    assert owed(db, owner) == -Money.baht(18)  # their share of the refund, owed to the fund
    assert failing_checks(db) == {}
    sale_commit.commit_sale(db, cart_of(products, ("KALE", "1", owner)), vendor, cash(20))
    assert owed(db, owner) == Money(0)  # taken from their next proceeds
    sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิด")  # a void after payout too
    assert owed(db, owner) == -Money.baht(18)
    assert failing_checks(db) == {}


def test_a_refused_refund_leaves_no_staff_approval_in_the_audit(db, vendor, staff, products,
                                                                monkeypatch):
    sale = sale_commit.commit_sale(db, cart_of(products, ("KALE", "2")), vendor, cash(40))

    def refused(*args, **kwargs):
        raise InvalidInput("the books refuse it")
    monkeypatch.setattr(sale_ledger, "post", refused)
    monkeypatch.setattr(ledger, "reverse", refused)
    with pytest.raises(InvalidInput):
        sale_reversals.refund_lines(db, sale.sale_id, {sale.lines[0].line_id: Decimal(1)}, vendor, "2222",
                           "ช้ำ")
    with pytest.raises(InvalidInput):
        sale_reversals.void_sale(db, sale.sale_id, vendor, "2222", "ผิด")
    with db.reading() as session:
        kinds = list(session.scalars(select(AuditEvent.action)))
    assert "approval" not in kinds


# -- 6. the same sale id with other content ---------------------------------------------
def test_the_same_sale_id_with_other_lines_or_payments_is_a_conflict(db, vendor, products):
    cart = cart_of(products, ("KALE", "1"), ("CORIANDER", "2"))
    first = sale_commit.commit_sale(db, cart, vendor, cash(40))
    assert sale_commit.commit_sale(db, cart, vendor, cash(50)).already_committed  # a retry
    other_lines = Cart(sale_uid=cart.sale_uid, lines=cart.lines[:1])
    with pytest.raises(Conflict):
        sale_commit.commit_sale(db, other_lines, vendor, cash(20))
    with pytest.raises(Conflict):
        sale_commit.commit_sale(db, cart, vendor, PaymentRequest(cash_tendered=Money.baht(20),
                                                           promptpay=Money.baht(20)))
    assert sales.sale_result(db, first.sale_id).total == Money.baht(40)


# -- 9. selling by money, odd quantities ---------------------------------------------
def test_selling_by_money_charges_what_was_typed(db, vendor, products):
    product = products["CUCUMBER"]
    product_line = line(product, "1")
    # 20 baht of a 30/kg product: 0.667 kg for stock, 20.00 on the bill
    priced = replace(product_line, unit_price=Money.baht(30))
    cart = Cart().add(by_amount(priced, Money.baht(20)))
    assert cart.lines[0].quantity == Decimal("0.667") and cart.total == Money.baht(20)
    sale = sale_commit.commit_sale(db, cart, vendor, cash(20))  # a 20-baht note is enough
    assert sale.total == Money.baht(20) and sale.lines[0].amount == Money.baht(20)
    parked = Cart.from_json(cart.to_json())
    assert parked == cart
    assert failing_checks(db) == {}


def test_a_decimal_comma_is_refused_as_in_money(english):
    for parse in (parse_quantity, Money.parse):
        with pytest.raises(InvalidInput) as error:
            parse("0,35")
        assert "point" in error.value.message
    assert parse_quantity("1,200") == Decimal("1200.000")
    with pytest.raises(InvalidInput):
        stock_forms._quantity("0,35", True)


def test_a_line_worth_nothing_is_refused_when_added(products, english):
    tiny = line(products["CUCUMBER"], "0.001")  # 0.001 kg at 60/kg = 0.06 baht
    cheap = replace(tiny, unit_price=Money(3))  # 0.003 satang
    with pytest.raises(InvalidInput) as error:
        Cart().add(cheap)
    assert "0.00" in error.value.message and "discount" not in error.value.message
