"""What staff post to the fund's books: donations, grants, payouts, reversals from
the journal, month closes. Every input is checked (fund_bounds, inputs) before
anything is computed."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from kiosk import dates
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant
from kiosk.models.ledger import CloseBalance, JournalEntry, PeriodClose
from kiosk.money import Money
from kiosk.services import (audit, balance_rules, fund_bounds, inputs, ledger, ledger_chart,
                            ledger_reads, loan_reversals, periods, reversal_rules)
from kiosk.services.ledger import Line
from kiosk.topics import Topic

RECEIVED_INTO = ("cash", "bank", "promptpay")
PAID_FROM = ("cash", "bank")


def _participant(session, participant_id: object) -> Participant:
    missing = tr("This participant no longer exists.")
    person = session.get(Participant, inputs.an_id(participant_id, missing))
    if person is None:
        raise NotFound(missing)
    return person


def _entry_date(session, on: object) -> date:
    """A date the fund's books may carry (also checked when posting)."""
    periods.check_date(session, inputs.a_date(on))
    return on  # type: ignore[return-value]


def record_donation(db: Database, *, key: str, donor: str, amount: Money, on: date,
                    received_into: str = "bank", operator_id: int | None = None,
                    note: str = "") -> int:
    """Money given to the fund; returns the entry id."""
    fund_bounds.check_type(amount)
    donor = fund_bounds.name(donor, tr("Please enter who gave the money."))
    note = fund_bounds.sentence(note)
    inputs.choice(received_into, RECEIVED_INTO, tr("Choose where the money was received."))
    with db.unit_of_work() as session:
        fund_bounds.amount(session, amount, fund_bounds.DONATION)
        inputs.operator_id(session, operator_id)
        _entry_date(session, on)
        description = tr("Donation from {donor}").format(donor=donor)
        if note:
            description += f" ({note})"
        return ledger.post(session, key=key, on=on, kind="donation", lines=[
            Line(ledger_chart.account_for(session, received_into).id, amount),
            Line(ledger_chart.account_for(session, ledger_chart.DONATIONS).id, -amount)],
            description=description, reference=donor[:60], operator_id=operator_id)


def give_grant(db: Database, *, key: str, participant_id: int, amount: Money, purpose: str,
               on: date, paid_from: str = "cash", operator_id: int | None = None) -> int:
    """A grant to a participant; refused when the fund has less money available."""
    fund_bounds.check_type(amount)
    purpose = fund_bounds.sentence(purpose, tr("Please write what the money is for."))
    inputs.choice(paid_from, PAID_FROM, tr("Choose where the money is paid from."))
    with db.unit_of_work() as session:
        person = _participant(session, participant_id)
        fund_bounds.amount(session, amount, fund_bounds.PAYMENT)
        inputs.operator_id(session, operator_id)
        _entry_date(session, on)
        return ledger.post(session, key=key, on=on, kind="grant", lines=[
            Line(ledger_chart.account_for(session, ledger_chart.GRANTS).id, amount),
            Line(ledger_chart.account_for(session, paid_from).id, -amount)],
            description=tr("Grant to {name}: {purpose}").format(name=person.name_th, purpose=purpose),
            reference="", operator_id=operator_id, participant_id=participant_id)


def pay_out(db: Database, *, key: str, participant_id: int, amount: Money, on: date,
            paid_from: str = "cash", operator_id: int | None = None) -> int:
    """Pay a participant what the stall owes them from their sales."""
    fund_bounds.check_type(amount)
    inputs.choice(paid_from, PAID_FROM, tr("Choose where the money is paid from."))
    with db.unit_of_work() as session:
        person = _participant(session, participant_id)
        fund_bounds.amount(session, amount, fund_bounds.PAYMENT)
        inputs.operator_id(session, operator_id)
        _entry_date(session, on)
        return ledger.post(session, key=key, on=on, kind="payout", lines=[
            Line(ledger_chart.account_for(session, ledger_chart.OWED, participant_id).id, amount),
            Line(ledger_chart.account_for(session, paid_from).id, -amount)],
            description=tr("Payout to {name}").format(name=person.name_th),
            operator_id=operator_id, participant_id=participant_id)


def reverse(db: Database, *, key: str, entry_id: int, on: date, reason: str,
            operator_id: int | None) -> int:
    """Staff reverse an entry from the journal (audited); returns the reversal's id.
    Only donations, grants, payouts, loan payouts (cancelling the loan) and
    corrections: other entries are reversed by their own record's action."""
    reason = fund_bounds.sentence(reason, tr("Please give a reason."))
    with db.unit_of_work() as session:
        entry = session.get(JournalEntry, inputs.an_id(entry_id, tr("There is no such entry.")))
        if entry is None:
            raise NotFound(tr("There is no such entry."))
        inputs.operator_id(session, operator_id)
        if session.scalar(select(JournalEntry.id).where(JournalEntry.key == key)) is None:
            reversal_rules.check_journal_reversal(entry)
        if entry.kind == "loan":
            return loan_reversals.cancel_loan_in(session, key=key, entry=entry, on=on,
                                                 reason=reason, operator_id=operator_id)
        return ledger.reverse_entry(session, key=key, entry_id=entry_id, on=on, reason=reason,
                                    operator_id=operator_id)


def close_month(db: Database, year: int, month: int, operator_id: int | None) -> None:
    """Lock a month that has ended, and with it every month before: no entry may be
    dated in them afterwards. Months close in order."""
    with db.unit_of_work() as session:
        first = periods.check_can_close(session, year, month)
        inputs.operator_id(session, operator_id)
        last = session.scalar(select(func.max(JournalEntry.id))) or 0
        key = periods.month_key(first)
        # the month's balances are final from now on: later reads of past days start
        # from them (read before the close exists, which would name them)
        end = periods.next_month(first) - timedelta(days=1)
        balances = ledger_reads.balances_at(session, [end])[end]
        session.add(PeriodClose(month=key, closed_at=dates.utc_now(),
                                operator_id=operator_id, last_entry_id=last))
        session.flush()
        session.add_all(CloseBalance(month=key, account_id=account_id, balance=Money(balance))
                        for account_id, balance in sorted(balances.items()) if balance)
        audit.record(session, "period_close", operator_id, periods.month_key(first))
        mark_changed(session, Topic.LEDGER)


def closable_months(db: Database) -> list[tuple[int, int]]:
    """(year, month) of the months that can be closed now, oldest first; closing one
    closes those before it too."""
    with db.reading() as session:
        return [(m.year, m.month) for m in periods.closable_months(session)]


def check_enough_money(db: Database, amount: Money, paid_from: str | None = None) -> None:
    """Refuse, with the ledger's own message, spending more than the fund has available
    or than ``paid_from`` holds (a form's live check; posting checks the same again)."""
    fund_bounds.check_type(amount)
    if paid_from is not None:
        inputs.choice(paid_from, PAID_FROM, tr("Choose where the money is paid from."))
    with db.reading() as session:
        balance_rules.check_available(ledger_reads.available(session), amount)
        if paid_from in balance_rules.NEVER_NEGATIVE_KINDS:
            held = ledger_reads.kind_total(session, [paid_from])
            if amount > held:
                code = ledger_chart.account_for(session, paid_from).code
                raise InvalidInput(balance_rules.below_floor_message(paid_from, code, held))
