"""Where loans stand: one loan's status (as of a day), the list of loans, arrears and
portfolio at risk. Read-only; the commands that change a loan are in ``loans``.

A repayment is applied to the oldest instalment first, interest before
principal; which instalments are paid follows from the totals paid since the
schedule was made, so nothing about a loan is ever updated in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.ledger import (
    JournalEntry, JournalLine, Loan, LoanEvent, LoanInstalment, LoanSchedule,
)
from kiosk.money import Money
from kiosk.names import display_name
from kiosk.services import inputs, ledger_chart, loan_events, settings
from kiosk.services.ledger_reads import SATANG


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
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
        return state_words(self.state)


def state_words(state: str) -> str:
    """A loan's state (LoanStatus.state) in the current language."""
    return {"not_started": tr("not started"), "cancelled": tr("cancelled"),
            "written_off": tr("written off"), "repaid": tr("repaid"),
            "open": tr("open")}[state]


@dataclass(frozen=True, kw_only=True)
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
    receivable = ledger_chart.account_for(session, ledger_chart.LOANS_RECEIVABLE, loan.participant_id).id
    interest = ledger_chart.account_for(session, ledger_chart.INTEREST).id
    query = (select(JournalLine.account_id, func.sum(SATANG))
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
        states.append(InstalmentState(
            seq=inst.seq, due_on=inst.due_on, principal=inst.principal, interest=inst.interest,
            principal_paid=Money(p_paid), interest_paid=Money(i_paid)))
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
    if not started or cancelled or written_off:  # nothing more is asked of a written-off loan
        dpd, overdue = 0, []
    if not started or cancelled:
        interest_outstanding = Money(0)
    return LoanStatus(
        id=loan.id, number=loan.number, participant_id=loan.participant_id,
        participant_name=display_name(person.name_th, person.nickname) if person else "",
        principal=loan.principal, start_on=loan.start_on, term=loan.term,
        frequency=loan.frequency, method=loan.interest_method,
        annual_rate=Decimal(loan.annual_rate), purpose=loan.purpose,
        schedule_version=schedule.version, instalments=tuple(states),
        principal_outstanding=receivable, interest_outstanding=interest_outstanding,
        written_off=written_off, days_past_due=dpd,
        overdue_amount=sum((s.unpaid for s in overdue), Money(0)), started=started,
        cancelled=cancelled)


def loan_ids(session: Session, participant_id: int | None = None) -> list[int]:
    query = select(Loan.id).order_by(Loan.id)
    if participant_id is not None:
        query = query.where(Loan.participant_id == participant_id)
    return list(session.scalars(query))


def list_loans(db: Database, as_of: date | None = None) -> list[LoanStatus]:
    as_of = inputs.optional_date(as_of)
    with db.reading() as session:
        return [loan_status(session, i, as_of) for i in loan_ids(session)]


# -- arrears and portfolio at risk -------------------------------------------------
@dataclass(frozen=True, kw_only=True)
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
                rows.append(ArrearsRow(
                    loan_id=s.id, number=s.number, participant_id=s.participant_id,
                    participant_name=s.participant_name, days_past_due=s.days_past_due,
                    overdue_amount=s.overdue_amount, principal_outstanding=s.principal_outstanding))
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
    return PortfolioAtRisk(as_of=as_of, days=days, at_risk=at_risk, outstanding=outstanding)


def par(db: Database, as_of: date | None = None, days: int | None = None) -> PortfolioAtRisk:
    as_of = inputs.optional_date(as_of)
    if days is not None:
        inputs.a_count(days, 0, 3650, tr("Days past due are 0 to 3,650."))
    with db.reading() as session:
        return portfolio_at_risk(session, as_of or dates.today(), days)
