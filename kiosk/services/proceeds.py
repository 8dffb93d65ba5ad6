"""Loan repayments taken from a participant's sale proceeds, and given back with a refund.

When a participant's produce sells, each of their loans with a "deduct from
daily sales" percentage takes that share of their proceeds for its due
instalments, in the sale's own transaction (loans.deduct_from_proceeds). A
refund gives back the same proportion of that repayment, a void all of what
is left, so a reversed sale leaves the loan as it was. A loan rescheduled
or written off since keeps the repayment: the refund then comes out of what
the fund owes the participant (which may go into debit, see ledger).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import BigInteger, or_, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.db import mark_changed
from kiosk.i18n import tr
from kiosk.models.ledger import JournalEntry, JournalLine, LoanEvent, LoanSchedule
from kiosk.money import Money
from kiosk.services import ledger, ledger_chart, loans
from kiosk.services.ledger import Line
from kiosk.services.sale_ledger import deduct_key
from kiosk.shares import Share, proportional_back
from kiosk.topics import Topic


def _key(record_key: str, participant_id: int) -> str:
    return deduct_key(f"{record_key}:{participant_id}")


def deduct_on_sale(session: Session, *, sale_key: str, on: date, operator_id: int | None,
                   shares: Iterable[Share]) -> Money:
    """Each owner's loans take their share of this sale's proceeds; the total taken."""
    taken = Money(0)
    for share in shares:
        if share.owner is not None and share.net.satang > 0:
            taken += loans.deduct_from_proceeds(session, share.owner, on, share.net,
                                                key=_key(sale_key, share.owner),
                                                operator_id=operator_id)
    return taken


def give_back(session: Session, *, sale_key: str, record_key: str, reference: str, on: date,
              operator_id: int | None, participant_id: int, whole: Money, before: Money,
              back: Money) -> Money:
    """Return the part of the sale's deduction that ``back`` of the owner's ``whole`` net
    proceeds carries (``before`` given back already); what was returned."""
    entry_id = session.scalar(select(JournalEntry.id).where(
        JournalEntry.key == _key(sale_key, participant_id)))
    if entry_id is None or back.satang <= 0:
        return Money(0)
    owed_id = ledger_chart.account_id_for(session, ledger_chart.OWED, participant_id)
    rows = session.execute(select(JournalLine.account_id, JournalLine.loan_id,
                                  type_coerce(JournalLine.amount, BigInteger))
                           .where(JournalLine.entry_id == entry_id)
                           .order_by(JournalLine.position)).all()
    kept = _loans_changed_since(session, entry_id, {loan for _, loan, _ in rows if loan})
    lines = []
    for account_id, loan_id, amount in rows:
        if account_id == owed_id or loan_id in kept:
            continue
        part = proportional_back(Money(-int(amount)), whole, before, back)
        if part:
            lines.append(Line(account_id, part, loan_id))
    returned = sum((line.amount for line in lines), Money(0))
    if not returned:
        return Money(0)
    lines.append(Line(owed_id, -returned))
    ledger.post(session, key=_key(record_key, participant_id), on=on, kind="repayment",
                lines=lines, reference=reference, operator_id=operator_id,
                participant_id=participant_id,
                description=tr("Loan repayment given back with refund {ref}").format(ref=reference))
    mark_changed(session, Topic.LOANS)
    return returned


def _loans_changed_since(session: Session, entry_id: int, loan_ids: set[int]) -> set[int]:
    """Loans rescheduled or written off after ``entry_id``: their repayment stays."""
    if not loan_ids:
        return set()
    rescheduled = session.scalars(select(LoanSchedule.loan_id).where(
        LoanSchedule.loan_id.in_(loan_ids), LoanSchedule.version > 1,
        LoanSchedule.after_entry_id >= entry_id))
    written_off = session.scalars(select(LoanEvent.loan_id).where(
        LoanEvent.loan_id.in_(loan_ids), LoanEvent.kind == "write_off",
        or_(LoanEvent.entry_id.is_(None), LoanEvent.entry_id > entry_id)))
    return set(rescheduled) | set(written_off)
