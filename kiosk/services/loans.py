"""Loans to participants: stored schedules, repayments, arrears, reschedule, write-off.

A loan's principal sits on the participant's loans-receivable sub-account;
interest is income when it is paid (cash basis), so the sub-account holds
principal only. Each line that concerns a loan carries its ``loan_id``. A
repayment is applied to the oldest instalment first, interest before
principal; which instalments are paid follows from the totals paid since the
schedule was made, so nothing about a loan is ever updated in place.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database, mark_changed
from kiosk.errors import Conflict, InvalidInput, KioskError, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.ledger import (
    JournalEntry, JournalLine, Loan, LoanEvent, LoanInstalment, LoanSchedule,
)
from kiosk.money import Money
from kiosk.names import display_name
from kiosk.services import (audit, auth, fund_bounds, inputs, ledger, loan_events, loan_inputs, periods,
                            settings)
from kiosk.services.ledger import Line
# rates and schedules have their own homes; the names stay here for callers
from kiosk.services.loan_inputs import (  # noqa: F401
    FREQUENCIES, METHODS, PAID_BY, PAID_FROM, parse_percent, parse_rate)
from kiosk.services.loan_schedule import (  # noqa: F401
    PERIODS_PER_YEAR, Instalment, due_date, make_schedule, validate_terms)

_SATANG = type_coerce(JournalLine.amount, BigInteger)


class Overpayment(KioskError):
    """The repayment is more than the loan still owes; the UI asks what to do with the rest."""

    def __init__(self, owed: Money) -> None:
        super().__init__(tr("Only {owed} is still owed on this loan. Take the rest as a donation, "
                            "or change the amount.").format(owed=owed.format()))
        self.owed = owed


@dataclass(frozen=True)
class InstalmentState:
    seq: int
    due_on: date
    principal: Money
    interest: Money
    principal_paid: Money
    interest_paid: Money

    @property
    def total(self) -> Money:
        return self.principal + self.interest

    @property
    def unpaid(self) -> Money:
        return self.total - self.principal_paid - self.interest_paid


@dataclass(frozen=True)
class LoanStatus:
    id: int
    number: str
    participant_id: int
    participant_name: str
    principal: Money
    start_on: date
    term: int
    frequency: str
    method: str
    annual_rate: Decimal
    purpose: str
    schedule_version: int
    instalments: tuple[InstalmentState, ...]
    principal_outstanding: Money
    interest_outstanding: Money
    written_off: bool
    days_past_due: int
    overdue_amount: Money
    started: bool = True  # False when read as of a day before it was paid out
    cancelled: bool = False  # its payout was reversed: it holds nothing and takes nothing

    @property
    def owed(self) -> Money:
        return self.principal_outstanding + self.interest_outstanding

    @property
    def closed(self) -> bool:
        return self.started and (self.written_off or self.cancelled or not self.owed)

    @property
    def state(self) -> str:
        """"not_started", "cancelled", "written_off", "repaid" or "open"."""
        if not self.started:
            return "not_started"
        if self.cancelled:
            return "cancelled"
        if self.written_off:
            return "written_off"
        return "repaid" if not self.owed else "open"

    def state_text(self) -> str:
        """The state in the current language, as a list of loans shows it."""
        return {"not_started": tr("not started"), "cancelled": tr("cancelled"),
                "written_off": tr("written off"), "repaid": tr("repaid"),
                "open": tr("open")}[self.state]


@dataclass(frozen=True)
class PortfolioAtRisk:
    as_of: date
    days: int
    at_risk: Money
    outstanding: Money

    @property
    def percent(self) -> Decimal:
        if not self.outstanding:
            return Decimal("0.00")
        return (Decimal(self.at_risk.satang) * 100 / Decimal(self.outstanding.satang)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- reading a loan ---------------------------------------------------------------
def _current_schedule(session: Session, loan_id: int, as_of: date | None) -> LoanSchedule:
    query = select(LoanSchedule).where(LoanSchedule.loan_id == loan_id)
    if as_of is not None:
        query = query.where(LoanSchedule.made_on <= as_of)
    schedule = session.scalars(query.order_by(LoanSchedule.version.desc()).limit(1)).first()
    if schedule is None:  # asked about a date before the loan existed
        schedule = session.scalars(select(LoanSchedule).where(LoanSchedule.loan_id == loan_id)
                                   .order_by(LoanSchedule.version).limit(1)).one()
    return schedule


def _loan_sums(session: Session, loan: Loan, as_of: date | None, after_entry_id: int = 0,
               payments_only: bool = False) -> tuple[Money, Money]:
    """(receivable, interest) line sums for the loan: debit-positive satang."""
    receivable = ledger.account_for(session, ledger.LOANS_RECEIVABLE, loan.participant_id).id
    interest = ledger.account_for(session, ledger.INTEREST).id
    query = (select(JournalLine.account_id, func.sum(_SATANG))
             .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
             .where(JournalLine.loan_id == loan.id, JournalEntry.id > after_entry_id)
             .group_by(JournalLine.account_id))
    if as_of is not None:
        query = query.where(JournalEntry.on <= as_of)
    if payments_only:
        repayments = select(JournalEntry.id).where(JournalEntry.kind == "repayment")
        query = query.where((JournalEntry.kind == "repayment") | (
            (JournalEntry.kind == "reversal") & JournalEntry.reverses_id.in_(repayments)))
    sums = dict(session.execute(query).all())
    return Money(int(sums.get(receivable, 0))), Money(int(sums.get(interest, 0)))


def _written_off(session: Session, loan_id: int, as_of: date | None) -> bool:
    query = select(LoanEvent.id).where(LoanEvent.loan_id == loan_id, LoanEvent.kind == "write_off")
    if as_of is not None:
        query = query.where(LoanEvent.on <= as_of)
    if session.scalar(query) is None:
        return False
    # a reversed write-off no longer counts
    event_entries = session.scalars(select(LoanEvent.entry_id).where(
        LoanEvent.loan_id == loan_id, LoanEvent.kind == "write_off")).all()
    reversed_ = session.scalars(select(JournalEntry.reverses_id).where(
        JournalEntry.reverses_id.in_(event_entries))).all()
    return len(set(event_entries) - set(reversed_)) > 0


def loan_status(session: Session, loan_id: int, as_of: date | None = None) -> LoanStatus:
    """Where a loan stands (as of a date: only entries and schedules up to it count)."""
    as_of = inputs.optional_date(as_of)
    loan = session.get(Loan, inputs.an_id(loan_id, tr("There is no such loan.")))
    if loan is None:
        raise NotFound(tr("There is no such loan."))
    schedule = _current_schedule(session, loan.id, as_of)
    instalments = session.scalars(select(LoanInstalment).where(
        LoanInstalment.schedule_id == schedule.id).order_by(LoanInstalment.seq)).all()
    # what was paid towards this schedule (repayments and their reversals)
    paid_r, paid_i = _loan_sums(session, loan, as_of, schedule.after_entry_id, payments_only=True)
    principal_left, interest_left = -paid_r.satang, -paid_i.satang
    states = []
    for inst in instalments:
        i_paid = min(interest_left, inst.interest.satang)
        interest_left -= i_paid
        p_paid = min(principal_left, inst.principal.satang)
        principal_left -= p_paid
        states.append(InstalmentState(inst.seq, inst.due_on, inst.principal, inst.interest,
                                      Money(p_paid), Money(i_paid)))
    receivable, _ = _loan_sums(session, loan, as_of)
    written_off = _written_off(session, loan.id, as_of)
    interest_outstanding = Money(0) if written_off else sum(
        (s.interest - s.interest_paid for s in states), Money(0))
    on = as_of or dates.today()
    overdue = [s for s in states if s.due_on < on and s.unpaid]
    dpd = (on - overdue[0].due_on).days if overdue and not written_off else 0
    person = session.get(Participant, loan.participant_id)
    started = as_of is None or as_of >= loan.start_on
    cancelled = loan_events.cancelled(session, loan.id, as_of)
    if not started or cancelled:
        dpd, overdue, interest_outstanding = 0, [], Money(0)
    return LoanStatus(
        loan.id, loan.number, loan.participant_id,
        display_name(person.name_th, person.nickname) if person else "",
        loan.principal, loan.start_on, loan.term, loan.frequency, loan.interest_method,
        Decimal(loan.annual_rate), loan.purpose, schedule.version, tuple(states),
        receivable, interest_outstanding, written_off, dpd,
        sum((s.unpaid for s in overdue), Money(0)), started=started, cancelled=cancelled)


def loan_ids(session: Session, participant_id: int | None = None) -> list[int]:
    query = select(Loan.id).order_by(Loan.id)
    if participant_id is not None:
        query = query.where(Loan.participant_id == participant_id)
    return list(session.scalars(query))


def list_loans(db: Database, as_of: date | None = None) -> list[LoanStatus]:
    as_of = inputs.optional_date(as_of)
    with db.reading() as session:
        return [loan_status(session, i, as_of) for i in loan_ids(session)]


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


def create_loan(db: Database, **kwargs: object) -> int:
    """Lend money: the loan, its stored schedule and the disbursement entry; returns the loan id.
    (One unit of work; the arguments are those of ``lend``.)"""
    with db.unit_of_work() as session:
        return lend(session, **kwargs)  # type: ignore[arg-type]


def lend(session: Session, *, key: str, participant_id: int, principal: Money, start_on: date,
         term: int, frequency: str, method: str, annual_rate: Decimal | str = "0",
         purpose: str = "", paid_from: str = "cash", operator_id: int | None = None,
         auto_deduct_percent: Decimal | str | None = None) -> int:
    """``create_loan`` inside the caller's unit of work."""
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
    count = session.scalar(select(func.count(Loan.id)).where(
        Loan.number.like(f"L-{year_be}-%"))) or 0
    number = f"L-{year_be}-{count + 1:03d}"
    receivable = ledger.account_for(session, ledger.LOANS_RECEIVABLE, participant_id).id
    source = ledger.account_for(session, paid_from).id
    # the loan row names its disbursement entry (a deferred foreign key), so
    # neither row is ever updated after it is written
    next_entry = (session.scalar(select(func.max(JournalEntry.id))) or 0) + 1
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
    mark_changed(session, "loans")
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
    return [Line(ledger.account_for(session, ledger.LOANS_RECEIVABLE, status.participant_id).id,
                 -principal, status.id),
            Line(ledger.account_for(session, ledger.INTEREST).id, -interest, status.id)]


def repay(db: Database, **kwargs: object) -> int:
    """A repayment at the kiosk; returns the entry id. More than owed raises Overpayment
    unless ``rest="donation"``, which takes the rest as a donation in the same entry.
    (One unit of work; the arguments are those of ``take_repayment``.)"""
    with db.unit_of_work() as session:
        return take_repayment(session, **kwargs)  # type: ignore[arg-type]


def take_repayment(session: Session, *, key: str, loan_id: int, amount: Money, on: date,
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
    ledger.check_date(session, on)
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
    lines = [Line(ledger.account_for(session, paid_by).id, amount)]
    lines += _repayment_lines(session, status, amount - extra)
    if extra:
        lines.append(Line(ledger.account_for(session, ledger.DONATIONS).id, -extra))
    entry_id = ledger.post(
        session, key=key, on=on, kind="repayment", lines=lines,
        description=tr("Repayment {number}").format(number=status.number),
        reference=status.number, operator_id=operator_id, participant_id=status.participant_id)
    mark_changed(session, "loans")
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
        total = session.scalar(select(func.sum(_SATANG)).where(
            JournalLine.entry_id == existing, JournalLine.amount > Money(0)))
        return Money(int(total or 0))
    owed_account = ledger.account_for(session, ledger.OWED, participant_id)
    available_to_take = ledger.normal_balance(owed_account, ledger.raw_balance(session, owed_account.id))
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
    mark_changed(session, "loans")
    return taken


# -- arrears -----------------------------------------------------------------------
@dataclass(frozen=True)
class ArrearsRow:
    loan_id: int
    number: str
    participant_id: int
    participant_name: str
    days_past_due: int
    overdue_amount: Money
    principal_outstanding: Money


def arrears(db: Database, as_of: date | None = None) -> list[ArrearsRow]:
    """Who is behind (past the grace days), most days first."""
    as_of = inputs.optional_date(as_of) or dates.today()
    with db.reading() as session:
        grace = int(settings.get(session, "arrears_grace_days"))
        rows = []
        for loan_id in loan_ids(session):
            if session.get(Loan, loan_id).start_on > as_of:
                continue
            s = loan_status(session, loan_id, as_of)
            if s.days_past_due > grace and not s.closed:
                rows.append(ArrearsRow(s.id, s.number, s.participant_id, s.participant_name,
                                       s.days_past_due, s.overdue_amount, s.principal_outstanding))
    return sorted(rows, key=lambda r: (-r.days_past_due, r.number))


def portfolio_at_risk(session: Session, as_of: date, days: int | None = None) -> PortfolioAtRisk:
    """Outstanding principal of loans more than ``days`` overdue, over all outstanding
    principal, as it stood on ``as_of`` (only entries and schedules up to that day)."""
    days = int(settings.get(session, "par_days")) if days is None else days
    at_risk = outstanding = Money(0)
    for loan_id in loan_ids(session):
        if session.get(Loan, loan_id).start_on > as_of:
            continue
        s = loan_status(session, loan_id, as_of)
        if s.written_off:
            continue
        outstanding = outstanding + s.principal_outstanding
        if s.days_past_due > days:
            at_risk = at_risk + s.principal_outstanding
    return PortfolioAtRisk(as_of, days, at_risk, outstanding)


def par(db: Database, as_of: date | None = None, days: int | None = None) -> PortfolioAtRisk:
    as_of = inputs.optional_date(as_of)
    if days is not None:
        inputs.a_count(days, 0, 3650, tr("Days past due are 0 to 3,650."))
    with db.reading() as session:
        return portfolio_at_risk(session, as_of or dates.today(), days)


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
        ledger.check_date(session, inputs.a_date(on))
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
        mark_changed(session, "loans", "ledger")
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
        ledger.check_date(session, on)
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
            Line(ledger.account_for(session, ledger.WRITE_OFFS).id, amount),
            Line(ledger.account_for(session, ledger.LOANS_RECEIVABLE, status.participant_id).id,
                 -amount, loan_id)],
            description=tr("Write-off {number}: {reason}").format(number=status.number, reason=reason),
            reference=status.number, operator_id=operator_id, participant_id=status.participant_id)
        session.add(LoanEvent(loan_id=loan_id, kind="write_off", on=on, reason=reason,
                              operator_id=operator_id, approver_id=approver.operator_id,
                              entry_id=entry_id, at=dates.utc_now()))
        audit.record(session, "loan_write_off", operator_id, status.number, reason=reason,
                     approver=approver.operator_id, amount=amount.plain())
        mark_changed(session, "loans")
        return entry_id
