"""Where loans stand: one loan's status (as of a day), the list of loans, arrears and
portfolio at risk. Read-only; the commands that change a loan are in ``loans``.

A repayment is applied to the oldest instalment first, interest before
principal; which instalments are paid follows from the totals paid since the
schedule was made, so nothing about a loan is ever updated in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import Database
from kiosk.errors import NotFound
from kiosk.i18n import tr
from kiosk.models.ledger import Loan
from kiosk.money import Money
from kiosk.services import inputs, loan_books, settings


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
def _status(facts: loan_books.LoanFacts, as_of: date | None) -> LoanStatus:
    loan = facts.loan
    on = as_of or dates.today()
    principal_left, interest_left = -facts.paid_receivable, -facts.paid_interest
    states = []
    interest_owed = overdue_amount = 0  # satang: this runs for every loan on every screen
    first_overdue: date | None = None
    for inst in facts.instalments:
        principal, interest = inst.principal.satang, inst.interest.satang
        i_paid = min(interest_left, interest)
        interest_left -= i_paid
        p_paid = min(principal_left, principal)
        principal_left -= p_paid
        states.append(InstalmentState(
            seq=inst.seq, due_on=inst.due_on, principal=inst.principal, interest=inst.interest,
            principal_paid=Money(p_paid), interest_paid=Money(i_paid)))
        interest_owed += interest - i_paid
        unpaid = principal + interest - p_paid - i_paid
        if inst.due_on < on and unpaid:
            overdue_amount += unpaid
            first_overdue = first_overdue or inst.due_on
    written_off = facts.written_off
    started = as_of is None or as_of >= loan.start_on
    cancelled = facts.cancelled
    dpd = (on - first_overdue).days if first_overdue is not None else 0
    if not started or cancelled or written_off:  # nothing more is asked of a written-off loan
        dpd, overdue_amount, interest_owed = 0, 0, 0
    return LoanStatus(
        id=loan.id, number=loan.number, participant_id=loan.participant_id,
        participant_name=facts.participant_name,
        principal=loan.principal, start_on=loan.start_on, term=loan.term,
        frequency=loan.frequency, method=loan.interest_method,
        annual_rate=Decimal(loan.annual_rate), purpose=loan.purpose,
        schedule_version=facts.schedule_version, instalments=tuple(states),
        principal_outstanding=Money(facts.receivable), interest_outstanding=Money(interest_owed),
        written_off=written_off, days_past_due=dpd, overdue_amount=Money(overdue_amount),
        started=started, cancelled=cancelled)


def loan_statuses(session: Session, loan_ids: Sequence[int] | None = None,
                  as_of: date | None = None, owing_only: bool = False) -> list[LoanStatus]:
    """Where loans stand (``loan_ids``, or every loan), by loan id; as of a date only
    entries and schedules up to it count. Reads the books once for all of them.
    ``owing_only``: without the loans that count in no arrears or PAR (loan_books)."""
    as_of = inputs.optional_date(as_of)
    facts = loan_books.read(session, loan_ids, as_of, owing_only)
    return [_status(facts[loan_id], as_of) for loan_id in sorted(facts)]


def loan_status(session: Session, loan_id: int, as_of: date | None = None) -> LoanStatus:
    """Where a loan stands (as of a date: only entries and schedules up to it count)."""
    found = loan_statuses(session, [inputs.an_id(loan_id, tr("There is no such loan."))], as_of)
    if not found:
        raise NotFound(tr("There is no such loan."))
    return found[0]


def loan_ids(session: Session, participant_id: int | None = None) -> list[int]:
    query = select(Loan.id).order_by(Loan.id)
    if participant_id is not None:
        query = query.where(Loan.participant_id == participant_id)
    return list(session.scalars(query))


def list_loans(db: Database, as_of: date | None = None) -> list[LoanStatus]:
    as_of = inputs.optional_date(as_of)
    with db.reading() as session:
        return loan_statuses(session, None, as_of)


def _started_by(session: Session, as_of: date) -> list[LoanStatus]:
    """The loans paid out by ``as_of`` that may count in arrears or PAR, as they stood then."""
    return loan_statuses(session, list(session.scalars(
        select(Loan.id).where(Loan.start_on <= as_of))), as_of, owing_only=True)


def behind(statuses: Sequence[LoanStatus], grace: int) -> list[LoanStatus]:
    """The open loans more than ``grace`` days past due."""
    return [s for s in statuses if s.days_past_due > grace and not s.closed]


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


def _arrears_rows(statuses: Sequence[LoanStatus], grace: int) -> list[ArrearsRow]:
    rows = [ArrearsRow(
        loan_id=s.id, number=s.number, participant_id=s.participant_id,
        participant_name=s.participant_name, days_past_due=s.days_past_due,
        overdue_amount=s.overdue_amount, principal_outstanding=s.principal_outstanding)
        for s in behind(statuses, grace)]
    return sorted(rows, key=lambda r: (-r.days_past_due, r.number))


def _par_of(statuses: Sequence[LoanStatus], as_of: date, days: int) -> PortfolioAtRisk:
    at_risk = outstanding = Money(0)
    for s in statuses:
        if s.written_off:
            continue
        outstanding = outstanding + s.principal_outstanding
        if s.days_past_due > days:
            at_risk = at_risk + s.principal_outstanding
    return PortfolioAtRisk(as_of=as_of, days=days, at_risk=at_risk, outstanding=outstanding)


def arrears(db: Database, as_of: date | None = None) -> list[ArrearsRow]:
    """Who is behind (past the grace days), most days first."""
    as_of = inputs.optional_date(as_of) or dates.today()
    with db.reading() as session:
        grace = int(settings.get(session, "arrears_grace_days"))
        return _arrears_rows(_started_by(session, as_of), grace)


def portfolio_at_risk(session: Session, as_of: date, days: int | None = None) -> PortfolioAtRisk:
    """Outstanding principal of loans more than ``days`` overdue, over all outstanding
    principal, as it stood on ``as_of`` (only entries and schedules up to that day)."""
    days = int(settings.get(session, "par_days")) if days is None else days
    return _par_of(_started_by(session, as_of), as_of, days)


@dataclass(frozen=True, kw_only=True)
class LoanBook:
    arrears: tuple[ArrearsRow, ...]
    par: PortfolioAtRisk


def loan_book(session: Session, as_of: date) -> LoanBook:
    """Arrears and portfolio at risk as of a day (the settings' days), from one reading."""
    statuses = _started_by(session, as_of)
    return LoanBook(
        arrears=tuple(_arrears_rows(statuses, int(settings.get(session, "arrears_grace_days")))),
        par=_par_of(statuses, as_of, int(settings.get(session, "par_days"))))


def par(db: Database, as_of: date | None = None, days: int | None = None) -> PortfolioAtRisk:
    as_of = inputs.optional_date(as_of)
    if days is not None:
        inputs.a_count(days, 0, 3650, tr("Days past due are 0 to 3,650."))
    with db.reading() as session:
        return portfolio_at_risk(session, as_of or dates.today(), days)
