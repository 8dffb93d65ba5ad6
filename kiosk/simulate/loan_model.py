"""The auditor's picture of one loan: its instalments from the loan's terms, what was
paid towards interest and principal, what is due and overdue on a day.

The terms the simulation lends on are the programme's: no interest, or a flat
yearly rate on the principal for the whole term; instalments monthly or
weekly, each but the last the same whole-baht amount (the last takes what is
left), interest spread evenly over them. A payment pays the oldest
instalment first, its interest before its principal.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from kiosk.simulate.arithmetic import half_up

PER_YEAR = {"month": 12, "week": 52}


def nth_due(start: date, n: int, frequency: str) -> date:
    if frequency == "week":
        return start + timedelta(days=7 * n)
    months = start.month - 1 + n
    year, month = start.year + months // 12, months % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass
class LoanModel:
    loan_id: int
    participant: int
    principal: int
    start: date
    term: int
    frequency: str
    rate: Fraction  # percent a year, flat; 0: no interest
    deduct: Fraction  # percent of sale proceeds taken for it
    rows: list[tuple[date, int, int]] = field(default_factory=list)  # (due, principal, interest)
    paid_principal: int = 0
    paid_interest: int = 0
    written_off: bool = False
    written_off_amount: int = 0
    checked_closed: bool = False  # compared once closed: its figures no longer move

    def __post_init__(self) -> None:
        interest = half_up(self.principal * self.rate / 100 * self.term / PER_YEAR[self.frequency])
        whole = (self.principal + interest) // self.term // 100 * 100  # whole baht
        each_interest = interest // self.term
        p_left, i_left = self.principal, interest
        for n in range(1, self.term + 1):
            if n == self.term:
                i, p = i_left, p_left
            else:
                i = min(each_interest, i_left)
                p = min(whole - i, p_left)
                i = min(whole - p, i_left)  # principal ran out first: interest fills it
            self.rows.append((nth_due(self.start, n, self.frequency), p, i))
            p_left -= p
            i_left -= i

    # -- where it stands ---------------------------------------------------------------
    @property
    def interest_total(self) -> int:
        return sum(i for _, _, i in self.rows)

    @property
    def principal_left(self) -> int:
        return self.principal - self.paid_principal - self.written_off_amount

    @property
    def interest_left(self) -> int:
        return 0 if self.written_off else self.interest_total - self.paid_interest

    @property
    def owed(self) -> int:
        return 0 if self.written_off else self.principal_left + self.interest_left

    @property
    def closed(self) -> bool:
        return self.written_off or self.owed == 0

    def _unpaid_rows(self) -> list[tuple[date, int]]:
        p_paid, i_paid = self.paid_principal, self.paid_interest
        unpaid = []
        for due, p, i in self.rows:
            take_i, take_p = min(i_paid, i), min(p_paid, p)
            i_paid, p_paid = i_paid - take_i, p_paid - take_p
            unpaid.append((due, (i - take_i) + (p - take_p)))
        return unpaid

    def due_by(self, day: date) -> int:
        """Unpaid on instalments due on or before ``day`` (what a deduction may take)."""
        return sum(amount for due, amount in self._unpaid_rows() if due <= day)

    def overdue(self, day: date) -> int:
        """Unpaid on instalments due before ``day`` (nothing once written off)."""
        if self.written_off or day < self.start:
            return 0
        return sum(amount for due, amount in self._unpaid_rows() if due < day)

    def split(self, amount: int) -> tuple[int, int]:
        """(interest, principal) a payment of ``amount`` goes to."""
        p_paid, i_paid = self.paid_principal, self.paid_interest
        interest = principal = 0
        for _, p, i in self.rows:
            open_i = i - min(i_paid, i)
            i_paid -= min(i_paid, i)
            open_p = p - min(p_paid, p)
            p_paid -= min(p_paid, p)
            take = min(amount, open_i)
            interest, amount = interest + take, amount - take
            take = min(amount, open_p)
            principal, amount = principal + take, amount - take
        return interest, principal
