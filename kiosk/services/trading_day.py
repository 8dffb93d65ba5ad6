"""The trading day as the stall meets it: open with a float, close with a count.

Rules decided here:
- A day is opened (with a float, possibly ฿0) before its first sale; the
  sale screen asks for it at the first payment of the day.
- Opening float and closing (Z) take a staff PIN: a vendor alone can neither
  change the float nor close the day.
- A float above ``FLOAT_CONFIRM_ABOVE`` or a count above
  ``COUNT_CONFIRM_ABOVE`` asks the person to confirm the figure first.
The float and Z themselves are recorded by ``kiosk.services.sales``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.dates import utc_now
from kiosk.db import Database
from kiosk.models.sales import BusinessDay
from kiosk.money import Money
from kiosk.services import auth, sales
from kiosk.services.auth import SignedIn

FLOAT_CONFIRM_ABOVE = Money.baht(5_000)
COUNT_CONFIRM_ABOVE = Money.baht(50_000)


@dataclass(frozen=True)
class DayState:
    day: date
    opened: bool
    closed: bool
    opening_float: Money


def day_state(db: Database, now: datetime | None = None) -> DayState:
    """Is today opened, is it closed (read once, e.g. when the sale screen shows)."""
    day = sales.business_day_of(now or utc_now())
    with db.reading() as session:
        row = session.get(BusinessDay, day)
        if row is None:
            return DayState(day, False, False, Money(0))
        return DayState(day, row.opened_at is not None, row.closed_at is not None,
                        row.opening_float)


def float_needs_confirmation(amount: Money) -> bool:
    return amount > FLOAT_CONFIRM_ABOVE


def count_needs_confirmation(amount: Money) -> bool:
    return amount > COUNT_CONFIRM_ABOVE


def open_day(db: Database, who: SignedIn, opening_float: Money, staff_pin: str,
             now: datetime | None = None) -> SignedIn:
    """Set today's float, approved by a staff PIN; returns the approver."""
    approver = auth.approve_with_staff_pin(db, staff_pin, "day_open", (now or utc_now()).date()
                                           .isoformat(), requested_by=who.operator_id,
                                           opening_float=opening_float.plain())
    sales.open_day(db, approver, opening_float, now)
    return approver


def close_day(db: Database, who: SignedIn, counted_cash: Money, staff_pin: str,
              now: datetime | None = None) -> sales.DayReport:
    """Close today (Z) with the counted cash, approved by a staff PIN."""
    approver = auth.approve_with_staff_pin(db, staff_pin, "day_close", (now or utc_now()).date()
                                           .isoformat(), requested_by=who.operator_id,
                                           counted=counted_cash.plain())
    return sales.close_day(db, approver, counted_cash, now)
