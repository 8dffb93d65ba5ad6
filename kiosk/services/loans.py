"""Loans to participants, the commands: lend, take a repayment (at the kiosk or from
sale proceeds), reschedule, write off. Where a loan stands is in ``loan_standing``.

A loan's principal sits on the participant's loans-receivable sub-account;
interest is income when it is paid (cash basis), so the sub-account holds
principal only. Each line that concerns a loan carries its ``loan_id``.
``lend`` and ``repay`` open their own unit of work; ``lend_in_session`` and
``repay_in_session`` do the same inside the caller's.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database, mark_changed
from kiosk.errors import Conflict, InvalidInput, KioskError
from kiosk.i18n import tr
from kiosk.models.ledger import (
    JournalEntry, JournalLine, Loan, LoanEvent, LoanInstalment, LoanSchedule,
)
from kiosk.money import Money
from kiosk.services import (audit, auth, fund_bounds, inputs, ledger, ledger_chart, ledger_reads,
                            loan_inputs, numbering, periods, settings)
from kiosk.services.ledger import Line
from kiosk.services.loan_inputs import METHODS, parse_rate
from kiosk.services.loan_schedule import Instalment, make_schedule
from kiosk.services.loan_standing import LoanStatus, loan_ids, loan_status
from kiosk.topics import Topic


class Overpayment(KioskError):
    """The repayment is more than the loan still owes; the UI asks what to do with the rest."""

    def __init__(self, owed: Money) -> None:
        super().__init__(tr("Only {owed} is still owed on this loan. Take the rest as a donation, "
                            "or change the amount.").format(owed=owed.format()))
        self.owed = owed


# -- new loan ----------------------------------------------------------------------
def preview(db: Database, principal: Money, start_on: date, term: int, frequency: str,
            method: str, annual_rate: Decimal) -> list[Instalment]:
    """The schedule a new loan would get (nothing is written)."""
    inputs.a_date(start_on)
    with db.reading() as session:
        fund_bounds.amount(session, principal, fund_bounds.PAYMENT)
        multiple = int(settings.get(session, "instalment_multiple_satang"))
    return make_schedule(principal, start_on, term, frequency, method, annual_rate, multiple)


def _store_schedule(session: Session, loan: Loan, version: int, made_on: date,
                    after_entry_id: int, instalments: list[Instalment]) -> LoanSchedule:
    schedule = LoanSchedule(loan_id=loan.id, version=version, made_on=made_on,
                            after_entry_id=after_entry_id,
                            principal=sum((i.principal for i in instalments), Money(0)))
    session.add(schedule)
    session.flush()
    session.add_all(LoanInstalment(schedule_id=schedule.id, seq=i.seq, due_on=i.due_on,
                                   principal=i.principal, interest=i.interest)
                    for i in instalments)
    return schedule


def lend(db: Database, *, key: str, participant_id: int, principal: Money, start_on: date,
         term: int, frequency: str, method: str, annual_rate: Decimal | str = "0",
         purpose: str = "", paid_from: str = "cash", operator_id: int | None = None,
         auto_deduct_percent: Decimal | str | None = None) -> int:
    """Lend money: the loan, its stored schedule and the disbursement entry; returns the loan id."""
    with db.unit_of_work() as session:
        return lend_in_session(
            session, key=key, participant_id=participant_id, principal=principal,
            start_on=start_on, term=term, frequency=frequency, method=method,
            annual_rate=annual_rate, purpose=purpose, paid_from=paid_from,
            operator_id=operator_id, auto_deduct_percent=auto_deduct_percent)


def lend_in_session(session: Session, *, key: str, participant_id: int, principal: Money,
                    start_on: date, term: int, frequency: str, method: str,
                    annual_rate: Decimal | str = "0", purpose: str = "", paid_from: str = "cash",
                    operator_id: int | None = None,
                    auto_deduct_percent: Decimal | str | None = None) -> int:
    """``lend`` inside the caller's unit of work."""
    request = loan_inputs.new_loan(
        session, participant_id=participant_id, principal=principal, start_on=start_on, term=term,
        frequency=frequency, method=method, annual_rate=annual_rate, purpose=purpose,
        paid_from=paid_from, operator_id=operator_id, auto_deduct_percent=auto_deduct_percent)
    rate, deduct, purpose = request.rate, request.deduct, request.purpose
    existing = session.scalars(select(JournalEntry).where(JournalEntry.key == key)).first()
    if existing is not None:
        loan = loan_inputs.same_loan(session, existing, request)
        if loan is None:
            raise Conflict(tr("This action was already recorded with different details."))
        return loan.id
    periods.check_date(session, start_on)
    multiple = int(settings.get(session, "instalment_multiple_satang"))
    instalments = make_schedule(principal, start_on, term, frequency, method, rate, multiple)
    year_be = dates.be_year(start_on)
    number = numbering.next_loan_number(session, year_be)
    receivable = ledger_chart.account_for(session, ledger_chart.LOANS_RECEIVABLE, participant_id).id
    source = ledger_chart.account_for(session, paid_from).id
    # the loan row names its disbursement entry (a deferred foreign key), so
    # neither row is ever updated after it is written
    next_entry = numbering.next_entry_id(session)
    loan = Loan(number=number, participant_id=participant_id, principal=principal,
                start_on=start_on, term=term, frequency=frequency, interest_method=method,
                annual_rate=str(rate), auto_deduct_percent=str(deduct), purpose=purpose.strip(),
                created_at=dates.utc_now(), operator_id=operator_id,
                disbursed_entry_id=next_entry)
    session.add(loan)
    session.flush()
    entry_id = ledger.post(
        session, key=key, on=start_on, kind="loan",
        lines=[Line(receivable, principal, loan.id), Line(source, -principal)],
        description=tr("Loan {number}: {purpose}").format(number=number, purpose=purpose.strip()),
        reference=number, operator_id=operator_id, participant_id=participant_id)
    assert entry_id == next_entry
    _store_schedule(session, loan, 1, start_on, entry_id, instalments)
    audit.record(session, "loan_create", operator_id, number, principal=principal.plain(),
                 participant=participant_id, method=method, rate=str(rate), term=term,
                 frequency=frequency)
    mark_changed(session, Topic.LOANS)
    return loan.id


# -- repayments --------------------------------------------------------------------
def _split(status: LoanStatus, amount: Money) -> tuple[Money, Money]:
    """(interest, principal) of a payment, oldest instalment first, interest before principal."""
    left = amount.satang
    interest = principal = 0
    for inst in status.instalments:
        take = min(left, (inst.interest - inst.interest_paid).satang)
        interest += take
        left -= take
        take = min(left, (inst.principal - inst.principal_paid).satang)
        principal += take
        left -= take
    return Money(interest), Money(principal)


def _repayment_lines(session: Session, status: LoanStatus, amount: Money) -> list[Line]:
    interest, principal = _split(status, amount)
    return [Line(ledger_chart.account_for(session, ledger_chart.LOANS_RECEIVABLE, status.participant_id).id,
                 -principal, status.id),
            Line(ledger_chart.account_for(session, ledger_chart.INTEREST).id, -interest, status.id)]


def repay(db: Database, *, key: str, loan_id: int, amount: Money, on: date,
          paid_by: str = "cash", operator_id: int | None = None, rest: str = "refuse") -> int:
    """A repayment at the kiosk; returns the entry id. More than owed raises Overpayment
    unless ``rest="donation"``, which takes the rest as a donation in the same entry."""
    with db.unit_of_work() as session:
        return repay_in_session(session, key=key, loan_id=loan_id, amount=amount, on=on,
                                paid_by=paid_by, operator_id=operator_id, rest=rest)


def repay_in_session(session: Session, *, key: str, loan_id: int, amount: Money, on: date,
                     paid_by: str = "cash", operator_id: int | None = None,
                     rest: str = "refuse") -> int:
    """``repay`` inside the caller's unit of work."""
    request = loan_inputs.repayment(session, loan_id=loan_id, amount=amount, on=on, paid_by=paid_by,
                                    rest=rest, operator_id=operator_id)
    existing = session.scalars(select(JournalEntry).where(JournalEntry.key == key)).first()
    if existing is not None:
        if not loan_inputs.same_repayment(session, existing, request):
            raise Conflict(tr("This action was already recorded with different details."))
        return existing.id
    periods.check_date(session, on)
    status = loan_status(session, loan_id)
    if status.cancelled:
        raise InvalidInput(tr("This loan was cancelled."))
    if status.written_off:
        raise InvalidInput(tr("This loan was written off."))
    if on < status.start_on:
        raise InvalidInput(tr("A repayment cannot be dated before the loan was paid out on {date}.")
                           .format(date=dates.format_date(status.start_on)))
    if not status.owed:
        raise InvalidInput(tr("This loan is fully repaid."))
    extra = amount - status.owed if amount > status.owed else Money(0)
    if extra and rest != "donation":
        raise Overpayment(status.owed)
    lines = [Line(ledger_chart.account_for(session, paid_by).id, amount)]
    lines += _repayment_lines(session, status, amount - extra)
    if extra:
        lines.append(Line(ledger_chart.account_for(session, ledger_chart.DONATIONS).id, -extra))
    entry_id = ledger.post(
        session, key=key, on=on, kind="repayment", lines=lines,
        description=tr("Repayment {number}").format(number=status.number),
        reference=status.number, operator_id=operator_id, participant_id=status.participant_id)
    mark_changed(session, Topic.LOANS)
    return entry_id


def deduct_from_proceeds(session: Session, participant_id: int, on: date, proceeds: Money, *,
                         key: str | None = None, operator_id: int | None = None) -> Money:
    """Take each active loan's set percentage of the participant's sale proceeds as a
    repayment (from what the fund owes them), inside the caller's unit of work.

    The share goes to the loan's oldest instalments due by ``on``: never more
    than is due (nothing when nothing is due yet), never more than the fund
    owes the participant. Returns what was deducted; idempotent on ``key``.
    """
    from kiosk.shares import deduction  # the one home of the deduction rule
    if not isinstance(proceeds, Money) or proceeds.satang <= 0:
        return Money(0)
    key = key or f"proceeds:{participant_id}:{on.isoformat()}:{uuid.uuid4().hex}"
    existing = session.scalar(select(JournalEntry.id).where(JournalEntry.key == key))
    if existing is not None:
        total = session.scalar(select(func.sum(ledger_reads.SATANG)).where(
            JournalLine.entry_id == existing, JournalLine.amount > Money(0)))
        return Money(int(total or 0))
    owed_account = ledger_chart.account_for(session, ledger_chart.OWED, participant_id)
    available_to_take = ledger_chart.normal_balance(
        owed_account, ledger_reads.raw_balance(session, owed_account.id))
    lines: list[Line] = []
    taken = Money(0)
    numbers = []
    for loan_id in loan_ids(session, participant_id):
        loan = session.get(Loan, loan_id)
        pct = Decimal(loan.auto_deduct_percent or "0")
        if pct <= 0 or loan.start_on > on:
            continue
        status = loan_status(session, loan_id, on)
        if status.closed:
            continue
        due = sum((s.unpaid for s in status.instalments if s.due_on <= on), Money(0))
        want = deduction(proceeds, pct, due, available_to_take - taken)
        if want.satang <= 0:
            continue
        lines += _repayment_lines(session, status, want)
        taken = taken + want
        numbers.append(status.number)
    if not taken:
        return Money(0)
    lines.append(Line(owed_account.id, taken))
    ledger.post(session, key=key, on=on, kind="repayment", lines=lines,
                description=tr("Deducted from sales for {numbers}").format(numbers=", ".join(numbers)),
                reference=numbers[0], operator_id=operator_id, participant_id=participant_id)
    mark_changed(session, Topic.LOANS)
    return taken


# -- reschedule and write-off ----------------------------------------------------------
def _reason(reason: object) -> str:
    return fund_bounds.sentence(reason, tr("Please give a reason."))


def reschedule(db: Database, *, loan_id: int, on: date, term: int, frequency: str, method: str,
               annual_rate: Decimal | str, reason: str, staff_pin: str,
               operator_id: int | None = None) -> int:
    """A new schedule from the remaining principal (the old one is kept); returns its version.
    Interest still unpaid on the old schedule is dropped; the new terms charge their own."""
    reason = _reason(reason)
    inputs.choice(method, METHODS, tr("Choose how interest is charged."))
    rate = parse_rate(annual_rate) if method != "zero" else Decimal(0)
    with db.reading() as session:
        periods.check_date(session, inputs.a_date(on))
        status = loan_status(session, loan_id)
        inputs.operator_id(session, operator_id)
        multiple = int(settings.get(session, "instalment_multiple_satang"))
    if status.closed:
        raise InvalidInput(tr("This loan is closed."))
    if on < status.start_on:
        raise InvalidInput(tr("A loan cannot be rescheduled before it was paid out on {date}.")
                           .format(date=dates.format_date(status.start_on)))
    instalments = make_schedule(status.principal_outstanding, on, term, frequency, method, rate,
                                multiple)
    approver = auth.approve_with_staff_pin(db, loan_inputs.staff_pin(staff_pin), "loan_reschedule",
                                           status.number,
                                           requested_by=operator_id)
    with db.unit_of_work() as session:
        loan = session.get(Loan, loan_id)
        last_entry = session.scalar(select(func.max(JournalEntry.id))) or 0
        version = status.schedule_version + 1
        schedule = _store_schedule(session, loan, version, on, last_entry, instalments)
        session.add(LoanEvent(loan_id=loan_id, kind="reschedule", on=on, reason=reason,
                              operator_id=operator_id, approver_id=approver.operator_id,
                              schedule_id=schedule.id, at=dates.utc_now()))
        audit.record(session, "loan_reschedule", operator_id, status.number, reason=reason,
                     approver=approver.operator_id, version=version, term=term,
                     principal=status.principal_outstanding.plain())
        mark_changed(session, Topic.LOANS, Topic.LEDGER)
        return version


def write_off(db: Database, *, key: str, loan_id: int, on: date, reason: str, staff_pin: str,
              operator_id: int | None = None) -> int:
    """Write off what is left of a loan's principal; returns the entry id."""
    reason = _reason(reason)
    on = inputs.a_date(on)
    with db.reading() as session:
        status = loan_status(session, loan_id)
        inputs.operator_id(session, operator_id)
        existing = session.scalars(select(JournalEntry).where(JournalEntry.key == key)).first()
        if existing is not None:  # the same request again
            if not loan_inputs.same_write_off(session, existing, loan_id, on):
                raise Conflict(tr("This action was already recorded with different details."))
            return existing.id
        periods.check_date(session, on)
        start_on = session.get(Loan, loan_id).start_on
        last_on = session.scalar(
            select(func.max(JournalEntry.on)).join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .where(JournalLine.loan_id == loan_id))
    if status.closed:
        raise InvalidInput(tr("This loan is closed."))
    if on < start_on or (last_on and on < last_on):
        raise InvalidInput(tr("A write-off cannot be dated before the loan's last payment."))
    approver = auth.approve_with_staff_pin(db, loan_inputs.staff_pin(staff_pin), "loan_write_off", status.number,
                                           requested_by=operator_id)
    with db.unit_of_work() as session:
        amount = status.principal_outstanding
        entry_id = ledger.post(session, key=key, on=on, kind="write_off", lines=[
            Line(ledger_chart.account_for(session, ledger_chart.WRITE_OFFS).id, amount),
            Line(ledger_chart.account_for(session, ledger_chart.LOANS_RECEIVABLE, status.participant_id).id,
                 -amount, loan_id)],
            description=tr("Write-off {number}: {reason}").format(number=status.number, reason=reason),
            reference=status.number, operator_id=operator_id, participant_id=status.participant_id)
        session.add(LoanEvent(loan_id=loan_id, kind="write_off", on=on, reason=reason,
                              operator_id=operator_id, approver_id=approver.operator_id,
                              entry_id=entry_id, at=dates.utc_now()))
        audit.record(session, "loan_write_off", operator_id, status.number, reason=reason,
                     approver=approver.operator_id, amount=amount.plain())
        mark_changed(session, Topic.LOANS)
        return entry_id
