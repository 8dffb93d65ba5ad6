"""`kiosk check` invariants for loans: schedules agree with the books, cancelled
loans hold nothing."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.models.ledger import Account, JournalEntry, JournalLine, Loan, LoanEvent, LoanInstalment, LoanSchedule
from kiosk.money import Money
from kiosk.services import ledger_chart, ledger_reads, loan_events, loan_standing
from kiosk.services.checks import invariant

_SATANG = type_coerce(JournalLine.amount, BigInteger)


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: loan balances equal the loan sub-accounts"))
def check_loan_balances(session: Session) -> list[str]:
    """Loan balances equal the loan sub-accounts; schedules sum to their principal and
    show what the books show as unpaid."""
    problems = []
    by_participant: dict[int, Money] = {}
    loans = {loan.id: loan for loan in session.scalars(select(Loan))}
    sums = dict(session.execute(
        select(LoanInstalment.schedule_id, func.sum(type_coerce(LoanInstalment.principal, BigInteger)))
        .group_by(LoanInstalment.schedule_id)).all())
    of_schedules: dict[int, list[str]] = defaultdict(list)
    for schedule in session.scalars(select(LoanSchedule).order_by(LoanSchedule.id)):
        loan = loans[schedule.loan_id]
        total = Money(int(sums.get(schedule.id, 0)))
        if total != schedule.principal:
            of_schedules[loan.id].append(f"loan {loan.number} schedule v{schedule.version} sums "
                                         f"to {total}, not {schedule.principal}")
        if schedule.version == 1 and schedule.principal != loan.principal:
            of_schedules[loan.id].append(
                f"loan {loan.number} first schedule is not the loan's principal")
    for status in loan_standing.loan_statuses(session):  # every loan, read at once
        loan = loans[status.id]
        problems += of_schedules[loan.id]
        if not status.written_off and not status.cancelled:
            unpaid = sum((s.principal - s.principal_paid for s in status.instalments), Money(0))
            if unpaid != status.principal_outstanding:
                problems.append(f"loan {loan.number}: schedule shows {unpaid} unpaid, "
                                f"the books {status.principal_outstanding}")
        for s in status.instalments:
            if (s.principal_paid.is_negative or s.interest_paid.is_negative
                    or s.principal_paid > s.principal or s.interest_paid > s.interest):
                problems.append(f"loan {loan.number} instalment {s.seq} shows "
                                f"{s.principal_paid} + {s.interest_paid} paid")
        by_participant[loan.participant_id] = (by_participant.get(loan.participant_id, Money(0))
                                               + status.principal_outstanding)
    for account in session.scalars(select(Account).where(
            Account.kind == ledger_chart.LOANS_RECEIVABLE, Account.participant_id.is_not(None))):
        books = ledger_reads.raw_balance(session, account.id)
        loans_total = by_participant.get(account.participant_id, Money(0))
        if books != loans_total:
            problems.append(f"account {account.code} holds {books}, its loans {loans_total}")
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: cancelled loans hold nothing"))
def check_cancelled_loans(session: Session) -> list[str]:
    """A loan is cancelled exactly when its payout was reversed, and then its lines
    net to nothing on every account."""
    problems = []
    reversed_payouts = dict(session.execute(
        select(JournalEntry.reverses_id, JournalEntry.id).where(JournalEntry.reverses_id.in_(
            select(Loan.disbursed_entry_id)))).all())
    events = {e.loan_id: e for e in session.scalars(select(LoanEvent).where(
        LoanEvent.kind == loan_events.CANCEL))}
    for loan in session.scalars(select(Loan).order_by(Loan.id)):
        reversal = reversed_payouts.get(loan.disbursed_entry_id)
        event = events.get(loan.id)
        if event is None and reversal is not None:
            problems.append(f"loan {loan.number}: its payout was reversed but it is not cancelled")
        if event is None:
            continue
        if reversal is None or event.entry_id != reversal:
            problems.append(f"loan {loan.number} is cancelled but its payout was not reversed")
        left = session.execute(select(JournalLine.account_id, func.sum(_SATANG)).where(
            JournalLine.loan_id == loan.id).group_by(JournalLine.account_id)
            .having(func.sum(_SATANG) != 0)).all()
        problems += [f"cancelled loan {loan.number} still holds {Money(int(t))} on account {a}"
                     for a, t in left]
    return problems
