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
from kiosk.services import auth, sale_results, sale_rules, sales
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
    day = sale_results.business_day_of(now or utc_now())
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
    """Set today's float, approved by a staff PIN; returns the approver.

    The PIN is verified first and the approval audited in the opening's own
    unit of work: a refused opening (a closed day) leaves no approval behind.
    """
    now = sales.check_day_action(who, opening_float, sale_rules.MAX_FLOAT, now)
    target = sale_results.business_day_of(now).isoformat()
    approver = auth.verify_staff_pin(db, staff_pin, "day_open", target,
                                     requested_by=who.operator_id)
    with db.unit_of_work() as session:
        sales.open_day_in_session(session, approver, opening_float, now)
        auth.record_approval(session, approver, "day_open", target, requested_by=who.operator_id,
                             opening_float=opening_float.plain())
    return approver


def close_day(db: Database, who: SignedIn, counted_cash: Money, staff_pin: str,
              now: datetime | None = None) -> sale_results.DayReport:
    """Close today (Z) with the counted cash, approved by a staff PIN (audited as in open_day)."""
    now = sales.check_day_action(who, counted_cash, sale_rules.MAX_FLOAT * 10, now)
    target = sale_results.business_day_of(now).isoformat()
    approver = auth.verify_staff_pin(db, staff_pin, "day_close", target,
                                     requested_by=who.operator_id)
    with db.unit_of_work() as session:
        report = sales.close_day_in_session(session, approver, counted_cash, now)
        auth.record_approval(session, approver, "day_close", target, requested_by=who.operator_id,
                             counted=counted_cash.plain())
        return report
