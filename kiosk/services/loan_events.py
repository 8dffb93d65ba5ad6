"""What has happened to a loan besides its entries: cancellation (reads only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models.ledger import LoanEvent

CANCEL = "cancel"  # the loan's payout was reversed; the event names that reversal


def cancelled(session: Session, loan_id: int, as_of: date | None = None) -> bool:
    query = select(LoanEvent.id).where(LoanEvent.loan_id == loan_id, LoanEvent.kind == CANCEL)
    if as_of is not None:
        query = query.where(LoanEvent.on <= as_of)
    return session.scalar(query.limit(1)) is not None
