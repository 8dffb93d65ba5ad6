"""Undoing a loan's entries through the loan's own actions: cancelling a loan
(reversing its payout), reversing a repayment, reversing a write-off.

Each refuses what would break the loan's schedule (see reversal_rules): a
payout only while nothing is repaid, a loan's entries newest first, never a
repayment older than the current schedule.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models.ledger import JournalEntry, JournalLine, Loan, LoanEvent
from kiosk.services import audit, fund_bounds, inputs, ledger, ledger_chart, loan_events
from kiosk.topics import Topic


def cancel_loan_in(session: Session, *, key: str, entry: JournalEntry, on: date, reason: str,
                   operator_id: int | None) -> int:
    """Reverse a loan's payout entry and cancel the loan (its number is kept); returns
    the reversal's id. Inside the caller's unit of work."""
    reason = fund_bounds.sentence(reason, tr("Please give a reason."))
    inputs.operator_id(session, operator_id)
    loan = session.scalars(select(Loan).where(Loan.disbursed_entry_id == entry.id)).first()
    if loan is None:
        raise NotFound(tr("There is no such loan."))
    reversal_id = ledger.reverse_entry(session, key=key, entry_id=entry.id, on=on, reason=reason,
                                       operator_id=operator_id, cancelling_loan=True)
    if not loan_events.cancelled(session, loan.id):
        session.add(LoanEvent(loan_id=loan.id, kind=loan_events.CANCEL, on=on, reason=reason,
                              operator_id=operator_id, entry_id=reversal_id, at=dates.utc_now()))
        audit.record(session, "loan_cancel", operator_id, loan.number, reason=reason,
                     reversal=reversal_id)
        mark_changed(session, Topic.LOANS)
    return reversal_id


def cancel_loan(db: Database, *, key: str, loan_id: int, on: date, reason: str,
                operator_id: int | None = None) -> int:
    """Cancel a loan paid out by mistake, while nothing has been repaid."""
    with db.unit_of_work() as session:
        loan = session.get(Loan, inputs.an_id(loan_id, tr("There is no such loan.")))
        if loan is None:
            raise NotFound(tr("There is no such loan."))
        entry = session.get(JournalEntry, loan.disbursed_entry_id)
        return cancel_loan_in(session, key=key, entry=entry, on=on, reason=reason,
                              operator_id=operator_id)


def _loan_entry(session: Session, entry_id: int, kind: str) -> JournalEntry:
    entry = session.get(JournalEntry, inputs.an_id(entry_id, tr("There is no such entry.")))
    if entry is None or entry.kind != kind or session.scalar(select(JournalLine.loan_id).where(
            JournalLine.entry_id == entry.id, JournalLine.loan_id.is_not(None)).limit(1)) is None:
        raise NotFound(tr("There is no such entry."))
    return entry


def reverse_repayment(db: Database, *, key: str, entry_id: int, on: date, reason: str,
                      operator_id: int | None = None) -> int:
    """Take back a repayment taken at the kiosk (counted wrongly, say); returns the reversal's id."""
    reason = fund_bounds.sentence(reason, tr("Please give a reason."))
    with db.unit_of_work() as session:
        inputs.operator_id(session, operator_id)
        entry = _loan_entry(session, entry_id, "repayment")
        owed = ledger_chart.account_id_for(session, ledger_chart.OWED, entry.participant_id) \
            if entry.participant_id is not None else None
        if owed is not None and session.scalar(select(JournalLine.id).where(
                JournalLine.entry_id == entry.id, JournalLine.account_id == owed).limit(1)):
            raise InvalidInput(tr("This repayment was deducted from sales: void or refund the "
                                  "bill instead."))
        reversal_id = ledger.reverse_entry(session, key=key, entry_id=entry.id, on=on,
                                           reason=reason, operator_id=operator_id)
        mark_changed(session, Topic.LOANS)
        return reversal_id


def reverse_write_off(db: Database, *, key: str, entry_id: int, on: date, reason: str,
                      operator_id: int | None = None) -> int:
    """Undo a write-off (the participant will pay after all); returns the reversal's id."""
    reason = fund_bounds.sentence(reason, tr("Please give a reason."))
    with db.unit_of_work() as session:
        inputs.operator_id(session, operator_id)
        entry = _loan_entry(session, entry_id, "write_off")
        reversal_id = ledger.reverse_entry(session, key=key, entry_id=entry.id, on=on,
                                           reason=reason, operator_id=operator_id)
        mark_changed(session, Topic.LOANS)
        return reversal_id
