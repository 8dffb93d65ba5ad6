"""A loan's schedule of instalments, computed from its terms (pure: no database).

Every instalment but the last is a multiple of the set amount; the last takes
the remainder and all rounding, so a schedule sums exactly to its principal.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money
from kiosk.services import inputs
from kiosk.services.loan_inputs import FREQUENCIES, METHODS, parse_rate

PERIODS_PER_YEAR = {"month": 12, "week": 52}


@dataclass(frozen=True)
class Instalment:
    seq: int
    due_on: date
    principal: Money
    interest: Money

    @property
    def total(self) -> Money:
        return self.principal + self.interest


def due_date(start: date, n: int, frequency: str) -> date:
    """The n-th due date after ``start`` (months keep the day, or the month's last day)."""
    if frequency == "week":
        return start + timedelta(weeks=n)
    month_index = start.month - 1 + n
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _half_up(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def make_schedule(principal: Money, start_on: date, term: int, frequency: str, method: str,
                  annual_rate: Decimal, multiple: int = 100) -> list[Instalment]:
    """The instalments of a loan: every one a multiple of ``multiple`` satang except the
    last, which takes the remainder and all rounding, so the schedule sums exactly."""
    validate_terms(principal, term, frequency, method, annual_rate, multiple)
    rate = parse_rate(annual_rate) if method != "zero" else Decimal(0)
    if rate == 0:
        method = "zero"
    periods_per_year = PERIODS_PER_YEAR[frequency]
    P = principal.satang
    dues = [due_date(start_on, i, frequency) for i in range(1, term + 1)]
    rows: list[tuple[int, int]] = []  # (principal, interest)
    if method in ("zero", "flat"):
        interest = 0 if method == "zero" else _half_up(
            Decimal(P) * rate / 100 * term / periods_per_year)
        regular = (P + interest) // term // multiple * multiple
        interest_each = interest // term
        left_p, left_i = P, interest
        for _ in range(term - 1):
            i_part = min(interest_each, left_i)
            p_part = min(regular - i_part, left_p)
            # a tiny loan can run out of principal first: interest fills the
            # instalment so every one but the last stays the same
            i_part = min(regular - p_part, left_i)
            rows.append((p_part, i_part))
            left_p -= p_part
            left_i -= i_part
        rows.append((left_p, left_i))
    else:
        r = rate / 100 / periods_per_year
        annuity = Decimal(P) * r / (1 - (1 + r) ** -term)
        floor = int((annuity / multiple).to_integral_value(rounding=ROUND_FLOOR)) * multiple
        # the annuity rounded down to the multiple, the remainder in the last
        # instalment; if that does not even cover the interest, rounded up
        for payment in (floor, floor + multiple):
            rows = _declining_rows(P, term, r, payment)
            if rows is not None:
                break
        else:
            raise InvalidInput(tr("The loan is too small for so many instalments."))
    return [Instalment(n, due, Money(p), Money(i)) for n, (due, (p, i)) in
            enumerate(zip(dues, rows), 1)]


def _declining_rows(principal: int, term: int, rate: Decimal,
                    payment: int) -> list[tuple[int, int]] | None:
    """Equal ``payment`` instalments (interest first) and a last one with the rest;
    None if the payment does not fit: it leaves interest unpaid, or it pays the
    loan off before the last instalment."""
    rows: list[tuple[int, int]] = []
    balance = principal
    for _ in range(term - 1):
        i_part = _half_up(Decimal(balance) * rate)
        p_part = payment - i_part
        if p_part <= 0 or p_part >= balance:
            return None
        rows.append((p_part, i_part))
        balance -= p_part
    rows.append((balance, _half_up(Decimal(balance) * rate)))
    return rows


def validate_terms(principal: Money, term: int, frequency: str, method: str,
                   annual_rate: Decimal, multiple: int = 100) -> None:
    if not isinstance(principal, Money) or principal.satang <= 0:
        raise InvalidInput(tr("The amount must be more than zero."))
    if isinstance(term, bool) or not isinstance(term, int) or not 1 <= term <= 260:
        raise InvalidInput(tr("The term is 1 to 260 instalments."))
    inputs.choice(frequency, FREQUENCIES, tr("Choose monthly or weekly instalments."))
    inputs.choice(method, METHODS, tr("Choose how interest is charged."))
    if method != "zero" and parse_rate(annual_rate) <= 0:
        raise InvalidInput(tr("Enter the interest rate, or choose no interest."))
    if principal.satang < term * multiple:
        raise InvalidInput(tr("The loan is too small for so many instalments."))
