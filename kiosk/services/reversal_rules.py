"""Which entries may be reversed, and by which action.

An entry owned by another record (a sale, a refund, a loan repayment, a
write-off) is reversed only by that record's own action, so the record and
the books never disagree; the journal's Reverse is for donations, grants,
payouts, loan payouts (which cancels the loan) and corrections. A loan's
entries are reversed newest first, and a repayment made before the loan was
rescheduled cannot be reversed: its schedule is gone (reverse in the
opposite order is impossible, since a reschedule has no undo).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.models.ledger import JournalEntry, JournalLine, LoanSchedule

JOURNAL_KINDS = ("donation", "grant", "payout", "loan", "correction", "expense")


def check_journal_reversal(entry: JournalEntry) -> None:
    """Refuse reversing from the journal an entry that another record owns."""
    if entry.reverses_id is not None:
        raise InvalidInput(tr("A reversal cannot be reversed; post the entry again instead."))
    if entry.kind in JOURNAL_KINDS:
        return
    if entry.kind in ("sale", "refund"):
        raise InvalidInput(tr("This entry belongs to bill {ref}: void or refund the bill instead.")
                           .format(ref=entry.reference))
    if entry.kind == "repayment":
        raise InvalidInput(tr("This entry is a repayment of loan {ref}: reverse it from the loan.")
                           .format(ref=entry.reference))
    if entry.kind == "write_off":
        raise InvalidInput(tr("This entry is the write-off of loan {ref}: reverse it from the loan.")
                           .format(ref=entry.reference))
    raise InvalidInput(tr("This entry belongs to another record: reverse it from there."))


def _reversed_ids():
    return select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))


def live_loan_entries(session: Session, loan_id: int, after_id: int = 0, kind: str | None = None) -> int:
    """How many of the loan's entries newer than ``after_id`` stand (are not reversals
    and were not reversed)."""
    # the loan's entries gathered by the loan index first: joined, SQLite would walk
    # every entry that reverses nothing
    query = (select(func.count(JournalEntry.id))
             .where(JournalEntry.id.in_(select(JournalLine.entry_id).where(
                        JournalLine.loan_id == loan_id)),
                    JournalEntry.id > after_id,
                    JournalEntry.reverses_id.is_(None), ~JournalEntry.id.in_(_reversed_ids())))
    if kind is not None:
        query = query.where(JournalEntry.kind == kind)
    return session.scalar(query) or 0


def check_loan_order(session: Session, original: JournalEntry) -> None:
    """A loan's entries are reversed newest first; a repayment older than the loan's
    current schedule is not reversed at all."""
    loan_ids = set(session.scalars(select(JournalLine.loan_id).where(
        JournalLine.entry_id == original.id, JournalLine.loan_id.is_not(None))))
    for loan_id in loan_ids:
        if original.kind == "loan" and live_loan_entries(session, loan_id, original.id, "repayment"):
            raise InvalidInput(tr("Money has been repaid on this loan, so it can no longer be "
                                  "cancelled. Reverse its repayments first."))
        if live_loan_entries(session, loan_id, original.id):
            raise InvalidInput(tr("Reverse the loan's later entries first."))
        if original.kind == "repayment" and session.scalar(select(LoanSchedule.id).where(
                LoanSchedule.loan_id == loan_id, LoanSchedule.version > 1,
                LoanSchedule.after_entry_id >= original.id).limit(1)) is not None:
            raise InvalidInput(tr("The loan was rescheduled after this repayment, so the "
                                  "repayment can no longer be reversed."))
