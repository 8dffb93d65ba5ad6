"""What the books hold about loans, read for many loans at once: the loan, its
current schedule and instalments, the line sums and the events that decide where
it stands. A handful of queries whatever the number of loans; ``loan_standing``
turns these facts into each loan's status."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, case, func, select, true, type_coerce
from sqlalchemy.orm import Session, aliased

from kiosk.models import Participant
from kiosk.models.ledger import (
    Account, JournalEntry, JournalLine, Loan, LoanEvent, LoanInstalment, LoanSchedule,
)
from kiosk.names import display_name
from kiosk.services import ledger_chart, loan_events
from kiosk.services.ledger_reads import SATANG

WRITE_OFF = "write_off"


@dataclass(frozen=True, kw_only=True)
class LoanFacts:
    loan: Any  # a row of the loan's columns
    participant_name: str
    schedule_version: int
    instalments: tuple[Any, ...]  # the current schedule's rows (seq, due_on, principal, interest)
    paid_receivable: int  # repayments (net of their reversals) to the current schedule
    paid_interest: int  # the same on interest income; both debit-positive satang
    receivable: int  # every line of the loan on the participant's receivable
    written_off: bool
    cancelled: bool


def read(session: Session, loan_ids: Sequence[int] | None, as_of: date | None,
         owing_only: bool = False) -> dict[int, LoanFacts]:
    """The facts of the loans ``loan_ids`` (every loan for None) as of a day (only
    entries, schedules and events up to it count; None: everything).

    ``owing_only`` leaves out, before reading their instalments, the loans that
    can count in no arrears or portfolio at risk: written off, or paid out with
    nothing left to pay (no principal, all interest paid) or cancelled and
    holding nothing. Over ten years these are most loans."""

    def only(column):
        # "in every loan" rather than "not null": SQLite then reads the loan index,
        # not every ledger line
        return column.in_(select(Loan.id) if loan_ids is None else list(loan_ids))

    # rows, not ORM objects: every loan screen reads every loan
    loans = {loan.id: loan for loan in session.execute(select(
        Loan.id, Loan.number, Loan.participant_id, Loan.principal, Loan.start_on, Loan.term,
        Loan.frequency, Loan.interest_method, Loan.annual_rate, Loan.purpose).where(only(Loan.id)))}
    if not loans:
        return {}
    people = {row.id: display_name(row.name_th, row.nickname) for row in session.execute(
        select(Participant.id, Participant.name_th, Participant.nickname).where(
            Participant.id.in_({loan.participant_id for loan in loans.values()})))}
    schedules = _schedules(session, only(LoanSchedule.loan_id), as_of)
    receivables = dict(session.execute(select(Account.participant_id, Account.id).where(
        Account.kind == ledger_chart.LOANS_RECEIVABLE,
        Account.participant_id.in_({loan.participant_id for loan in loans.values()}))).all())
    interest = ledger_chart.account_for(session, ledger_chart.INTEREST).id
    paid_r: dict[int, int] = defaultdict(int)
    paid_i: dict[int, int] = defaultdict(int)
    receivable: dict[int, int] = defaultdict(int)
    for loan_id, account_id, total, paid in session.execute(
            _line_sums(only(JournalLine.loan_id), [s.id for s in schedules.values()], as_of)):
        own = receivables.get(loans[loan_id].participant_id)
        if account_id == own:
            receivable[loan_id], paid_r[loan_id] = int(total), int(paid)
        elif account_id == interest:
            paid_i[loan_id] = int(paid)
    written_off, cancelled = _events(session, only(LoanEvent.loan_id), as_of)
    if owing_only:
        interest_due = dict(session.execute(
            select(LoanInstalment.schedule_id, func.sum(type_coerce(LoanInstalment.interest,
                                                                    BigInteger)))
            .where(LoanInstalment.schedule_id.in_([s.id for s in schedules.values()]))
            .group_by(LoanInstalment.schedule_id)).all())
        loans = {i: loan for i, loan in loans.items() if not _owes_nothing(
            started=as_of is None or as_of >= loan.start_on, written_off=i in written_off,
            cancelled=i in cancelled, receivable=receivable[i], interest_paid=-paid_i[i],
            interest_due=int(interest_due.get(schedules[i].id, 0)))}
    instalments: dict[int, list[Any]] = defaultdict(list)
    for inst in session.execute(select(
            LoanInstalment.schedule_id, LoanInstalment.seq, LoanInstalment.due_on,
            LoanInstalment.principal, LoanInstalment.interest).where(LoanInstalment.schedule_id.in_(
                [schedules[i].id for i in loans])).order_by(LoanInstalment.seq)):
        instalments[inst.schedule_id].append(inst)
    return {loan_id: LoanFacts(
        loan=loan, participant_name=people.get(loan.participant_id, ""),
        schedule_version=schedules[loan_id].version,
        instalments=tuple(instalments[schedules[loan_id].id]),
        paid_receivable=paid_r[loan_id], paid_interest=paid_i[loan_id],
        receivable=receivable[loan_id], written_off=loan_id in written_off,
        cancelled=loan_id in cancelled) for loan_id, loan in loans.items()}


def _owes_nothing(*, started: bool, written_off: bool, cancelled: bool, receivable: int,
                  interest_paid: int, interest_due: int) -> bool:
    """A loan that counts in no arrears and no portfolio at risk: closed (as its
    LoanStatus would say) and either written off or holding no principal."""
    return started and (written_off or (not receivable and (
        cancelled or interest_paid >= interest_due)))


def _line_sums(which, schedule_ids: list[int], as_of: date | None):
    """Each loan's lines summed by account: (loan, account, every line, the repayments
    and their reversals made to the schedule ``schedule_ids`` holds for the loan)."""
    original = aliased(JournalEntry)
    # the day is compared inside the sums: as a filter, SQLite would walk every entry
    # by date instead of the few lines on loans
    by_then = JournalEntry.on <= as_of if as_of is not None else true()
    payment = by_then & (JournalEntry.id > LoanSchedule.after_entry_id) & (
        (JournalEntry.kind == "repayment")
        | ((JournalEntry.kind == "reversal") & (original.kind == "repayment")))
    return (select(JournalLine.loan_id, JournalLine.account_id,
                   func.sum(case((by_then, SATANG), else_=0)),
                   func.sum(case((payment, SATANG), else_=0)))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .outerjoin(original, original.id == JournalEntry.reverses_id)
            .join(LoanSchedule, (LoanSchedule.loan_id == JournalLine.loan_id)
                  & LoanSchedule.id.in_(schedule_ids))
            .where(which).group_by(JournalLine.loan_id, JournalLine.account_id))


def _schedules(session: Session, which, as_of: date | None) -> dict[int, Any]:
    """Each loan's schedule as of the day: the newest made by then (the first one when
    asked about a day before the loan existed)."""
    by_loan: dict[int, list[Any]] = defaultdict(list)
    for schedule in session.execute(select(
            LoanSchedule.id, LoanSchedule.loan_id, LoanSchedule.version, LoanSchedule.made_on,
            LoanSchedule.after_entry_id).where(which)):
        by_loan[schedule.loan_id].append(schedule)
    chosen = {}
    for loan_id, schedules in by_loan.items():
        made = [s for s in schedules if as_of is None or s.made_on <= as_of]
        chosen[loan_id] = (max(made, key=lambda s: s.version) if made
                           else min(schedules, key=lambda s: s.version))
    return chosen


def _events(session: Session, which, as_of: date | None) -> tuple[set[int], set[int]]:
    """(loans written off, loans cancelled) as of the day. A write-off counts when one
    was made by then and not every write-off of the loan was reversed since."""
    write_offs: dict[int, set[int | None]] = defaultdict(set)
    made_by_then: set[int] = set()
    cancelled: set[int] = set()
    for loan_id, kind, on, entry_id in session.execute(
            select(LoanEvent.loan_id, LoanEvent.kind, LoanEvent.on, LoanEvent.entry_id).where(
                which, LoanEvent.kind.in_((WRITE_OFF, loan_events.CANCEL)))):
        counts = as_of is None or on <= as_of
        if kind == WRITE_OFF:
            write_offs[loan_id].add(entry_id)
            if counts:
                made_by_then.add(loan_id)
        elif counts:
            cancelled.add(loan_id)
    entries = [e for ids in write_offs.values() for e in ids if e is not None]
    reversed_ = set(session.scalars(select(JournalEntry.reverses_id).where(
        JournalEntry.reverses_id.in_(entries)))) if entries else set()
    written_off = {loan_id for loan_id in made_by_then if write_offs[loan_id] - reversed_}
    return written_off, cancelled
