"""Money over integer satang, parsing what people type, and baht_text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import InvalidInput
from kiosk.money import Money, baht_text, format_quantity, parse_quantity, quantity

amounts = st.integers(min_value=-10**12, max_value=10**12).map(Money)


@given(amounts, amounts, amounts)
def test_addition_is_associative_and_commutative(a, b, c):
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a
    assert a - a == Money.zero()
    assert -(-a) == a


@given(st.integers(min_value=-10**9, max_value=10**9),
       st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12)
       .filter(lambda r: sum(r) > 0))
def test_allocation_sums_exactly_and_is_fair(satang, ratios):
    parts = Money(satang).allocate(ratios)
    assert sum(p.satang for p in parts) == satang
    total = sum(ratios)
    for part, ratio in zip(parts, ratios):
        exact = Decimal(satang) * ratio / total
        assert abs(Decimal(part.satang) - exact) < 1


@given(st.integers(min_value=0, max_value=10**10))
def test_format_then_parse_round_trips(satang):
    money = Money(satang)
    assert Money.parse(money.format()) == money
    assert Money.parse(money.format(symbol=False).replace(",", "")) == money
    assert Money.parse(money.plain()) == money


@pytest.mark.parametrize("text, satang", [
    ("1,234.50", 123450), ("1234.5", 123450), ("1234", 123400), ("฿20", 2000),
    (" 0.75 ", 75), ("๑๒๓", 12300), ("1,000,000", 100000000),
])
def test_parse_accepts_what_people_type(text, satang):
    assert Money.parse(text) == Money(satang)


@pytest.mark.parametrize("text", ["12.345", "-3", "", "abc", "1,23", "1.2.3", "12,34.5", "1e5"])
def test_parse_rejects_bad_input_with_a_message(text, english):
    with pytest.raises(InvalidInput) as caught:
        Money.parse(text)
    assert caught.value.message


def test_parse_messages_are_thai_by_default():
    with pytest.raises(InvalidInput) as caught:
        Money.parse("-3")
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in caught.value.message)


def test_money_refuses_floats():
    with pytest.raises(TypeError):
        Money(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.baht(1.5)  # type: ignore[arg-type]


def test_formatting():
    assert Money(123450).format() == "฿1,234.50"
    assert Money(-1200).format() == "-฿12.00"
    assert Money(5).plain() == "0.05"


def test_price_times_weight_rounds_half_up_to_the_satang():
    per_kg = Money(6000)  # 60 baht a kilo
    assert per_kg.times(Decimal("0.355")) == Money(2130)
    assert Money(3333).times(Decimal("0.5")) == Money(1667)  # 16.665 -> 16.67
    assert Money(10000).percent(Decimal("15")) == Money(1500)


@pytest.mark.parametrize("satang, words", [
    (2100, "ยี่สิบเอ็ดบาทถ้วน"),
    (10100, "หนึ่งร้อยเอ็ดบาทถ้วน"),
    (123450, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
    (25, "ยี่สิบห้าสตางค์"),
    (123400, "หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน"),
    (12075, "หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์"),
    (75, "เจ็ดสิบห้าสตางค์"),
    (100, "หนึ่งบาทถ้วน"),
    (1100, "สิบเอ็ดบาทถ้วน"),
    (2000, "ยี่สิบบาทถ้วน"),
    (0, "ศูนย์บาทถ้วน"),
    (101, "หนึ่งบาทหนึ่งสตางค์"),
    (10000000000, "หนึ่งร้อยล้านบาทถ้วน"),
    (2100000000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
    (100000100, "หนึ่งล้านเอ็ดบาทถ้วน"),
    (-2100, "ลบยี่สิบเอ็ดบาทถ้วน"),
])
def test_baht_text_follows_bahttext(satang, words):
    assert baht_text(satang) == words
    assert baht_text(Money(satang)) == words


def test_quantities_are_decimal_with_three_places():
    assert parse_quantity("0.35") == Decimal("0.350")
    assert quantity("2") == Decimal("2.000")
    assert format_quantity(Decimal("1.250")) == "1.25"
    for bad in ["0", "-1", "1.2345", "abc", ""]:
        with pytest.raises(InvalidInput):
            parse_quantity(bad)
    with pytest.raises(TypeError):
        quantity(0.5)  # type: ignore[arg-type]
