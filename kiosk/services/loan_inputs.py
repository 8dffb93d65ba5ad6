"""A new loan's and a repayment's inputs, checked before anything is computed, and
whether a repeated request (the same idempotency key) asks for the same thing:
the same key with other content is a Conflict, never the first record returned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.ledger import Account, JournalEntry, JournalLine, Loan
from kiosk.money import Money
from kiosk.services import fund_bounds, inputs, settings

FREQUENCIES = ("month", "week")
METHODS = ("zero", "flat", "declining")
PAID_FROM = ("cash", "bank")
PAID_BY = ("cash", "bank", "promptpay")
RESTS = ("refuse", "donation")


# -- rates and percentages (pure) -----------------------------------------------------
def _decimal(value: object) -> Decimal | None:
    if isinstance(value, (bool, float)) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip().replace(",", ".") or "0")
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


def parse_rate(value: object) -> Decimal:
    """An interest rate in percent per year: 0 to 100, at most 2 decimals."""
    rate = _decimal(value)
    if rate is None:
        raise InvalidInput(tr("Type the interest rate as a number of percent per year, such as 12."))
    if rate < 0:
        raise InvalidInput(tr("The interest rate cannot be below 0 % per year."))
    if rate > 100:
        raise InvalidInput(tr("{rate} % per year is too high: the interest rate is at most "
                              "100 % per year.").format(rate=format(rate.normalize(), "f")))
    if rate != rate.quantize(Decimal("0.01")):
        raise InvalidInput(tr("The interest rate has at most 2 decimals, such as 12.25 % per year."))
    return rate


def parse_percent(value: object) -> Decimal:
    """A share of sales in percent, 0 to 100."""
    pct = _decimal(value)
    if pct is None:
        raise InvalidInput(tr("Enter a percentage such as 10 or 12.5."))
    if not 0 <= pct <= 100 or pct != pct.quantize(Decimal("0.01")):
        raise InvalidInput(tr("A percentage is between 0 and 100."))
    return pct


# -- a new loan -----------------------------------------------------------------------
@dataclass(frozen=True)
class LoanRequest:
    participant_id: int
    principal: Money
    start_on: date
    term: int
    frequency: str
    method: str
    rate: Decimal
    purpose: str
    paid_from: str
    deduct: Decimal
    operator_id: int | None


def new_loan(session: Session, *, participant_id: object, principal: object, start_on: object,
             term: object, frequency: object, method: object, annual_rate: object, purpose: object,
             paid_from: object, operator_id: object, auto_deduct_percent: object) -> LoanRequest:
    inputs.choice(method, METHODS, tr("Choose how interest is charged."))
    rate = parse_rate(annual_rate) if method != "zero" else Decimal(0)
    inputs.choice(frequency, FREQUENCIES, tr("Choose monthly or weekly instalments."))
    term = inputs.a_count(term, 1, 260, tr("The term is 1 to 260 instalments."))
    inputs.choice(paid_from, PAID_FROM, tr("Choose where the money is paid from."))
    purpose = fund_bounds.sentence(purpose, tr("Please write what the money is for."))
    start_on = inputs.a_date(start_on)
    missing = tr("This participant no longer exists.")
    if session.get(Participant, inputs.an_id(participant_id, missing)) is None:
        raise NotFound(missing)
    principal = fund_bounds.amount(session, principal, fund_bounds.PAYMENT)
    deduct = parse_percent(auto_deduct_percent if auto_deduct_percent is not None
                           else settings.get(session, "auto_repayment_percent"))
    return LoanRequest(participant_id, principal, start_on, term, frequency, method, rate, purpose,  # type: ignore[arg-type]
                       paid_from, deduct, inputs.operator_id(session, operator_id))


def _credit_kind(session: Session, entry_id: int) -> str | None:
    return session.scalar(select(Account.kind).join(JournalLine, JournalLine.account_id == Account.id)
                          .where(JournalLine.entry_id == entry_id, JournalLine.amount < Money(0)))


def same_loan(session: Session, entry: JournalEntry, request: LoanRequest) -> Loan | None:
    """The loan made under this entry, if it is the loan ``request`` asks for."""
    loan = session.scalars(select(Loan).where(Loan.disbursed_entry_id == entry.id)).first()
    if loan is None:
        return None
    same = ((loan.participant_id, loan.principal, loan.start_on, loan.term, loan.frequency,
             loan.interest_method, loan.purpose)
            == (request.participant_id, request.principal, request.start_on, request.term,
                request.frequency, request.method, request.purpose)
            and Decimal(loan.annual_rate) == request.rate
            and Decimal(loan.auto_deduct_percent) == request.deduct
            and _credit_kind(session, entry.id) == request.paid_from)
    return loan if same else None


# -- a repayment ----------------------------------------------------------------------
@dataclass(frozen=True)
class RepaymentRequest:
    loan_id: int
    amount: Money
    on: date
    paid_by: str
    rest: str
    operator_id: int | None


def repayment(session: Session, *, loan_id: object, amount: object, on: object, paid_by: object,
              rest: object, operator_id: object) -> RepaymentRequest:
    inputs.choice(paid_by, PAID_BY, tr("Choose how the money was paid."))
    inputs.choice(rest, RESTS, tr("Choose what to do with money beyond what is owed."))
    fund_bounds.check_type(amount)
    on = inputs.a_date(on)
    missing = tr("There is no such loan.")
    if session.get(Loan, inputs.an_id(loan_id, missing)) is None:
        raise NotFound(missing)
    # beyond what is owed may become a donation: bounded as a donation is
    amount = fund_bounds.amount(session, amount, fund_bounds.DONATION)
    return RepaymentRequest(loan_id, amount, on, paid_by, rest,  # type: ignore[arg-type]
                            inputs.operator_id(session, operator_id))


def same_repayment(session: Session, entry: JournalEntry, request: RepaymentRequest) -> bool:
    """Whether the entry under this key is the repayment ``request`` asks for."""
    if entry.kind != "repayment" or entry.on != request.on:
        return False
    lines = session.execute(select(JournalLine.loan_id, Account.kind, JournalLine.amount)
                            .join(Account, Account.id == JournalLine.account_id)
                            .where(JournalLine.entry_id == entry.id)).all()
    return (any(loan_id == request.loan_id for loan_id, _, _ in lines)
            and any(kind == request.paid_by and amount == request.amount for _, kind, amount in lines))


def same_write_off(session: Session, entry: JournalEntry, loan_id: int, on: date) -> bool:
    return entry.kind == "write_off" and entry.on == on and session.scalar(
        select(JournalLine.id).where(JournalLine.entry_id == entry.id,
                                     JournalLine.loan_id == loan_id).limit(1)) is not None


def staff_pin(value: object) -> str:
    """The PIN as typed; anything not text is a wrong PIN (auth says so, and counts it)."""
    return value if isinstance(value, str) and len(value) <= 64 else ""
