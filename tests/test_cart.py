"""The cart: adding, merging, overrides, totals and parking as JSON."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import InvalidInput
from kiosk.money import Money
from kiosk.services.cart import Cart, CartLine


def line(product_id=1, qty="1", price=1000, by_weight=False, owner=None):
    return CartLine(product_id, f"P{product_id:03d}", "ผักบุ้ง", "water spinach",
                    "kg" if by_weight else "bunch", by_weight, Decimal(qty), Money(price), owner)


def test_unit_products_merge_and_weighed_ones_do_not():
    cart = Cart().add(line(1)).add(line(1)).add(line(2, "0.350", 6000, True))
    cart = cart.add(line(2, "0.200", 6000, True))
    assert [l.quantity for l in cart.lines] == [Decimal("2"), Decimal("0.350"), Decimal("0.200")]
    assert cart.total == Money(2000 + 2100 + 1200)
    assert cart.line_count == 3  # lines, not 2 bunches + 2 weights


def test_a_different_owner_makes_its_own_line():
    cart = Cart().add(line(1)).add(line(1, owner=7))
    assert len(cart.lines) == 2


def test_override_and_discount_change_the_amount():
    cart = Cart().add(line(1, "3", 1000))
    cart = cart.override_price(0, Money(800), approved_by=5)
    assert cart.lines[0].amount == Money(2400)
    assert cart.lines[0].list_price == Money(1000)
    cart = cart.give_discount(0, Money(400), approved_by=5)
    assert cart.total == Money(2000)


@pytest.mark.parametrize("qty", ["0", "-1", "1.5", "5000"])
def test_bad_quantities_are_refused(qty):
    with pytest.raises(InvalidInput):
        Cart().add(line(1, "1")).set_quantity(0, Decimal(qty))


def test_zero_price_is_refused():
    with pytest.raises(InvalidInput):
        Cart().add(line(1, price=0))


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 3000), st.integers(1, 20000),
                          st.booleans()), max_size=12))
def test_parking_round_trips_and_total_is_sum_of_lines(specs):
    cart = Cart()
    for product_id, grams, price, by_weight in specs:
        qty = Decimal(grams) / 1000 if by_weight else Decimal(grams % 9 + 1)
        new = line(product_id, str(qty), price, by_weight)
        if new.amount.satang == 0:  # a line worth nothing is refused when added
            with pytest.raises(InvalidInput):
                cart.add(new)
            continue
        cart = cart.add(new)
    back = Cart.from_json(cart.to_json())
    assert back == cart
    assert back.total == sum((l.amount for l in cart.lines), Money(0))
