"""The auditor's own arithmetic: integer satang, exact fractions, half away from zero.

Written from the programme's rules as people state them (a price times a
weight to the satang, commission per owner per sale, a refund's part of a
line on the running total), not by calling kiosk.money, kiosk.shares or the
services: where both agree, the books are right twice over.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction


def rational(value: Decimal | str | int) -> Fraction:
    return Fraction(Decimal(str(value)))


def half_up(value: Fraction) -> int:
    """Round to a whole satang, halves away from zero (as a cashier does)."""
    if value < 0:
        return -half_up(-value)
    whole, part = divmod(value.numerator, value.denominator)
    return whole + (1 if 2 * part >= value.denominator else 0)


def milli(quantity: Decimal) -> int:
    """A quantity in thousandths (kg to grams, bunches to thousandths of a bunch)."""
    value = rational(quantity) * 1000
    assert value.denominator == 1, quantity
    return int(value)


def price_times(price: int, quantity_milli: int) -> int:
    return half_up(Fraction(price * quantity_milli, 1000))


def percent_of(amount: int, rate: Fraction) -> int:
    return half_up(amount * rate / 100)


def for_amount(amount: int, price: int) -> int:
    """Thousandths of a unit that ``amount`` buys at ``price`` (sold by money)."""
    return half_up(Fraction(amount * 1000, price))


def running_part(total: int, whole: int, before: int, now: int) -> int:
    """The part of ``total`` that ``now`` more of ``whole`` carries when ``before`` of it went
    already, rounded on the running total so that all of ``whole`` carries all of ``total``."""
    if not whole:
        return 0
    return (half_up(Fraction(total * (before + now), whole))
            - half_up(Fraction(total * before, whole)))
