"""What the office screens show about loans: one loan's schedule with what each
repayment paid, a participant's loans, and the check of a new loan's draft.

Read-only. Where a loan stands comes from ``loan_standing.loan_status`` (the one home of
"oldest instalment first, interest before principal"); this module only arranges
it for the screens and adds the repayments that made it so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.i18n import tr
from kiosk.models.ledger import Account, JournalEntry, JournalLine, LoanEvent, LoanSchedule
from kiosk.money import Money
from kiosk.services import (fund_postings, loan_inputs, loan_schedule, loan_standing, loans,
                            reversal_rules)
from kiosk.services.ledger_reads import SATANG


@dataclass(frozen=True, kw_only=True)
class InstalmentLine:
    seq: int
    due_on: date
    principal: Money
    interest: Money
    paid: Money
    unpaid: Money
    days_late: int  # 0 unless it is due, unpaid and past its date
    state: str  # "paid", "part", "late", "due"

    @property
    def total(self) -> Money:
        return self.principal + self.interest


@dataclass(frozen=True, kw_only=True)
class PaymentLine:
    entry_id: int
    on: date
    principal: Money
    interest: Money
    instalments: tuple[int, ...]  # the instalments this payment went to, oldest first
    reversed: bool

    @property
    def amount(self) -> Money:
        return self.principal + self.interest


@dataclass(frozen=True, kw_only=True)
class LoanView:
    """A loan as the loan view shows it: where it stands (``status``), its instalments
    with what was paid on each, and the repayments that made it so."""
    status: loan_standing.LoanStatus
    instalments: tuple[InstalmentLine, ...]
    payments: tuple[PaymentLine, ...]
    next_due: InstalmentLine | None
    write_off_entry_id: int | None  # the write-off that stands, for "reverse the write-off"
    repayments_standing: int  # repayments not reversed, over every schedule the loan had

    @property
    def owed(self) -> Money:
        """What is still asked of the participant (nothing once written off)."""
        return Money(0) if self.status.written_off else self.status.owed

    @property
    def cancellable(self) -> bool:
        """Whether "cancel this loan" is worth offering; the service has the last word."""
        return self.status.state == "open" and not self.repayments_standing


@dataclass(frozen=True, kw_only=True)
class LoanSummary:
    id: int
    number: str
    participant_id: int
    participant_name: str
    principal: Money
    owed: Money
    overdue: Money
    days_past_due: int
    next_due_on: date | None
    next_due_amount: Money
    closed: bool
    written_off: bool


def _lines(status: loan_standing.LoanStatus, on: date) -> tuple[InstalmentLine, ...]:
    result = []
    for inst in status.instalments:
        unpaid = Money(0) if status.written_off else inst.unpaid
        if not unpaid:
            state = "paid"
        elif inst.due_on < on:
            state = "late"
        elif inst.principal_paid or inst.interest_paid:
            state = "part"
        else:
            state = "due"
        result.append(InstalmentLine(
            seq=inst.seq, due_on=inst.due_on, principal=inst.principal, interest=inst.interest,
            paid=inst.principal_paid + inst.interest_paid, unpaid=unpaid,
            days_late=(on - inst.due_on).days if state == "late" else 0, state=state))
    return tuple(result)


def _payments(session, status: loan_standing.LoanStatus) -> tuple[PaymentLine, ...]:
    """The repayments towards the current schedule, each with the instalments it paid."""
    after = session.scalar(select(LoanSchedule.after_entry_id).where(
        LoanSchedule.loan_id == status.id, LoanSchedule.version == status.schedule_version))
    # a line on the loan credits either the receivable (principal) or interest income;
    # the receivable is the participant's, so it is the line on a per-participant account
    per_participant = select(Account.id).where(Account.participant_id == status.participant_id)
    rows = session.execute(
        select(JournalEntry.id, JournalEntry.on,
               func.sum(case((JournalLine.account_id.in_(per_participant), -SATANG), else_=0)),
               func.sum(case((JournalLine.account_id.in_(per_participant), 0), else_=-SATANG)))
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .where(JournalLine.loan_id == status.id, JournalEntry.kind == "repayment",
               JournalEntry.id > (after or 0))
        .group_by(JournalEntry.id, JournalEntry.on).order_by(JournalEntry.id)).all()
    reversed_ids = set(session.scalars(select(JournalEntry.reverses_id).where(
        JournalEntry.reverses_id.in_([row[0] for row in rows]))))
    # walk the payments in order over the instalments as loan_status does:
    # interest fills instalments oldest first, principal likewise
    interest_room = [i.interest.satang for i in status.instalments]
    principal_room = [i.principal.satang for i in status.instalments]
    result = []
    for entry_id, on, principal, interest in rows:
        principal, interest = int(principal), int(interest)
        touched: list[int] = []
        if entry_id not in reversed_ids:
            for rooms, amount in ((interest_room, interest), (principal_room, principal)):
                for index, room in enumerate(rooms):
                    if amount <= 0:
                        break
                    take = min(room, amount)
                    if take:
                        rooms[index] -= take
                        amount -= take
                        touched.append(status.instalments[index].seq)
        result.append(PaymentLine(entry_id=entry_id, on=on, principal=Money(principal),
                                  interest=Money(interest), instalments=tuple(sorted(set(touched))),
                                  reversed=entry_id in reversed_ids))
    return tuple(result)


def _standing_write_off(session, loan_id: int) -> int | None:
    reversed_ids = select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))
    return session.scalar(select(LoanEvent.entry_id).where(
        LoanEvent.loan_id == loan_id, LoanEvent.kind == "write_off",
        LoanEvent.entry_id.is_not(None), ~LoanEvent.entry_id.in_(reversed_ids))
        .order_by(LoanEvent.id.desc()).limit(1))


def loan_view(db: Database, loan_id: int, as_of: date | None = None) -> LoanView:
    """One loan as the loan view shows it."""
    on = as_of or dates.today()
    with db.reading() as session:
        status = loan_standing.loan_status(session, loan_id, as_of)
        lines = _lines(status, on)
        payments = _payments(session, status)
        write_off_entry_id = _standing_write_off(session, status.id) if status.written_off \
            else None
        repayments_standing = reversal_rules.live_loan_entries(session, status.id,
                                                               kind="repayment")
    return LoanView(
        status=status, instalments=lines, payments=payments,
        next_due=next((line for line in lines if line.unpaid), None),
        write_off_entry_id=write_off_entry_id, repayments_standing=repayments_standing)


def _summary(status: loan_standing.LoanStatus, on: date) -> LoanSummary:
    lines = _lines(status, on)
    next_due = next((line for line in lines if line.unpaid), None)
    return LoanSummary(
        id=status.id, number=status.number, participant_id=status.participant_id,
        participant_name=status.participant_name, principal=status.principal,
        owed=Money(0) if status.written_off else status.owed, overdue=status.overdue_amount,
        days_past_due=status.days_past_due,
        next_due_on=next_due.due_on if next_due else None,
        next_due_amount=next_due.unpaid if next_due else Money(0),
        closed=status.closed, written_off=status.written_off)


def loan_summaries(db: Database, participant_id: int | None = None,
                   open_only: bool = False) -> list[LoanSummary]:
    """Loans (a participant's, or everyone's), oldest first."""
    on = dates.today()
    with db.reading() as session:
        rows = [_summary(status, on) for status in loan_standing.loan_statuses(
            session, loan_standing.loan_ids(session, participant_id))]
    return [row for row in rows if not (open_only and row.closed)]


# -- a new loan's draft --------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class LoanDraft:
    """What the new-loan form holds, as typed."""
    participant_id: int | None
    principal: str
    start_on: date | None
    term: int
    frequency: str
    method: str
    rate: str
    deduct_percent: str = "0"
    purpose: str = ""
    paid_from: str = "cash"


@dataclass(frozen=True, kw_only=True)
class DraftCheck:
    schedule: tuple[loan_schedule.Instalment, ...]
    problems: tuple[str, ...]
    principal: Money | None
    rate: Decimal | None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_new_loan(db: Database, draft: LoanDraft) -> DraftCheck:
    """The schedule the draft would get and what is wrong with it (nothing written).
    Every problem found is listed, the first one first; a schedule is only given
    when the terms make one."""
    problems: list[str] = []
    principal: Money | None = None
    rate: Decimal | None = None
    if draft.participant_id is None:
        problems.append(tr("Choose a participant."))
    if not draft.principal.strip():
        problems.append(tr("Enter the {what}.").format(what=tr("amount lent")))
    else:
        try:
            principal = Money.parse(draft.principal)
        except KioskError as error:
            problems.append(error.message)
    if draft.start_on is None:
        problems.append(tr("That date does not exist."))
    elif draft.start_on > dates.today():
        problems.append(tr("The date cannot be in the future."))
    if draft.method == "zero":
        rate = Decimal(0)
    else:
        try:
            rate = loan_inputs.parse_rate(draft.rate)
        except KioskError as error:
            problems.append(error.message)
        else:
            if rate <= 0:
                problems.append(tr("Enter the interest rate, or choose no interest."))
                rate = None
    schedule: tuple[loan_schedule.Instalment, ...] = ()
    if principal is not None and rate is not None and draft.start_on is not None:
        try:
            schedule = tuple(loans.preview(db, principal, draft.start_on, draft.term,
                                           draft.frequency, draft.method, rate))
        except KioskError as error:
            problems.append(error.message)
    try:
        loan_inputs.parse_percent(draft.deduct_percent)
    except KioskError as error:
        problems.append(error.message)
    if principal is not None and principal.satang > 0:
        try:
            fund_postings.check_enough_money(db, principal, draft.paid_from)
        except KioskError as error:
            problems.append(error.message)
    if not draft.purpose.strip():
        problems.append(tr("Write what the money is for."))
    if principal is not None and draft.participant_id is not None and draft.start_on is not None:
        # the bounds lending itself applies (amounts, text, choices): their own message
        try:
            with db.reading() as session:
                loan_inputs.new_loan(
                    session, participant_id=draft.participant_id, principal=principal,
                    start_on=draft.start_on, term=draft.term, frequency=draft.frequency,
                    method=draft.method, annual_rate=draft.rate, purpose=draft.purpose,
                    paid_from=draft.paid_from, operator_id=None,
                    auto_deduct_percent=draft.deduct_percent)
        except KioskError as error:
            if error.message not in problems:
                problems.append(error.message)
    return DraftCheck(schedule=schedule, problems=tuple(problems), principal=principal, rate=rate)
