"""A cash difference is said in words (เงินขาด / เงินเกิน / เงินตรงพอดี), never a bare "-฿5"."""

from __future__ import annotations

from hypothesis import given, strategies as st

from kiosk import i18n
from kiosk.cash_words import cash_difference_parts, cash_difference_text
from kiosk.money import Money


def test_short_over_and_exact_in_thai():
    with i18n.language("th"):
        assert cash_difference_text(Money.baht(-5)) == "เงินขาด ฿5.00"
        assert cash_difference_text(Money.baht(5)) == "เงินเกิน ฿5.00"
        assert cash_difference_text(Money(0)) == "เงินตรงพอดี"
        assert cash_difference_parts(Money(-250)) == ("เงินขาด", Money(250))


def test_the_amount_is_formatted_by_the_caller():
    with i18n.language("en"):
        assert cash_difference_text(Money.baht(-5), lambda m: m.format(symbol=False)) == \
            "Cash short 5.00"


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_never_a_minus_sign_and_the_amount_is_the_size_of_the_difference(satang):
    word, amount = cash_difference_parts(Money(satang))
    assert "-" not in cash_difference_text(Money(satang))
    assert (amount is None) == (satang == 0)
    if amount is not None:
        assert amount == Money(abs(satang))
