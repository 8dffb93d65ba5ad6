"""The cash drawer opened by hand: a staff PIN and a reason, audited with who and why.

A sale with cash opens the drawer by itself (kiosk.printing.receipts), so
does a void or refund that hands cash back (``cash_paid_back`` grows); any
other opening (change for a neighbour, a count) needs a staff member's
PIN and a reason, recorded before the drawer is kicked.
"""

from __future__ import annotations

from sqlalchemy import select

from kiosk.db import Database
from kiosk.models.sales import SaleReversal
from kiosk.money import Money
from kiosk.services import audit, auth
from kiosk.services.auth import SignedIn
from kiosk.services.sale_rules import check_operator, check_who, reason as checked_reason

ACTION = "drawer_open"


def approve_drawer_opening(db: Database, who: SignedIn, staff_pin: str, reason: str) -> SignedIn:
    """Check the PIN and the reason, then record the opening; the approving staff member."""
    check_who(who)
    reason = checked_reason(reason)
    approver = auth.verify_staff_pin(db, staff_pin, ACTION, requested_by=who.operator_id)
    with db.unit_of_work() as session:
        check_operator(session, who)
        audit.record(session, ACTION, approver.operator_id, approver.name,
                     requested_by=who.operator_id, reason=reason)
    return approver


def cash_paid_back(db: Database, sale_id: int) -> Money:
    """The cash handed back so far on a sale by its voids and refunds (as recorded)."""
    with db.reading() as session:
        paid = session.scalars(select(SaleReversal.cash).where(SaleReversal.sale_id == sale_id))
        return sum(paid, Money(0))
