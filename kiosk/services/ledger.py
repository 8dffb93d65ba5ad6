"""Posting to the ledger: balanced, immutable, hash-chained journal entries, and their reversals.

The chart of accounts is in ``ledger_chart``, balances in ``ledger_reads``,
the hash chain in ``ledger_chain`` and the ledger's invariants in ``ledger_checks``;
how a sale is posted is the point of sale's (``sale_ledger.post_sale``).

Every function here works inside the caller's session (unit of work) and
never commits. An entry is posted once per idempotency key: the same key with
the same content returns the first entry's id and records nothing; the same
key with other content is a Conflict. Amounts are signed satang (debit > 0,
credit < 0); each entry sums to zero. Corrections are reversals only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Integer, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.db import mark_changed
from kiosk.errors import Conflict, InternalError, InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models.ledger import (
    Account, AccountBalance, JournalEntry, JournalLine,
)
from kiosk.money import MAX_SATANG, Money
from kiosk.services import audit, balance_rules, periods, reversal_rules
from kiosk.services.ledger_chain import GENESIS_HASH, chain_hash, content_hash as _content_hash
from kiosk.services.ledger_chart import DEBIT_NORMAL, MONEY_KINDS, OWED, normal_balance
from kiosk.services.ledger_reads import available
from kiosk.topics import Topic


@dataclass(frozen=True)
class Line:
    """A line to post: an account id and a signed amount (debit > 0)."""

    account_id: int
    amount: Money
    loan_id: int | None = None


_BALANCES = AccountBalance.__table__
_ADD_TO_BALANCE = (_BALANCES.update()
                   .where(_BALANCES.c.account_id == bindparam("account", type_=Integer))
                   .values(balance=type_coerce(_BALANCES.c.balance, BigInteger)
                           + bindparam("amount", type_=BigInteger)))


_ENTRIES = JournalEntry.__table__
_LINES = JournalLine.__table__
_ACCOUNTS = Account.__table__
# The posting's statements, built once: posting runs inside every sale's commit.
_FIND_KEY = select(_ENTRIES.c.id, _ENTRIES.c.content_hash).where(_ENTRIES.c.key == bindparam("key"))
# the accounts with their balances, as ``post(accounts=...)`` takes them
ACCOUNT_COLUMNS = (_ACCOUNTS.c.id, _ACCOUNTS.c.code, _ACCOUNTS.c.type, _ACCOUNTS.c.kind,
                    _ACCOUNTS.c.limit, _ACCOUNTS.c.closed, _ACCOUNTS.c.participant_id,
                    _ACCOUNTS.c.parent_id, type_coerce(_BALANCES.c.balance, BigInteger).label("balance"))
ACCOUNT_ROWS = select(*ACCOUNT_COLUMNS).select_from(
    _ACCOUNTS.outerjoin(_BALANCES, _BALANCES.c.account_id == _ACCOUNTS.c.id))
_ACCOUNTS_BY_ID = ACCOUNT_ROWS.where(
    _ACCOUNTS.c.id.in_(bindparam("ids", expanding=True)))
_LAST_ENTRY = select(_ENTRIES.c.id, _ENTRIES.c.hash).order_by(_ENTRIES.c.id.desc()).limit(1)
# One round trip before writing: what the entry's date is checked against, and the chain's head.
_POSTING_CONTEXT = select(
    periods.LAST_CLOSED_QUERY.label("last_closed"),
    periods.FIRST_DAY_SETTING_QUERY.label("first_day_setting"),
    _LAST_ENTRY.with_only_columns(_ENTRIES.c.id).scalar_subquery().label("last_id"),
    _LAST_ENTRY.with_only_columns(_ENTRIES.c.hash).scalar_subquery().label("last_hash"))
_INSERT_ENTRY = _ENTRIES.insert()
_INSERT_LINES = _LINES.insert()
_INSERT_BALANCES = _BALANCES.insert()


# -- posting -------------------------------------------------------------------
def _merge(lines: Sequence[Line]) -> list[Line]:
    """Add up lines on the same account (and loan); drop zero lines; keep first order."""
    totals: dict[tuple[int, int | None], int] = defaultdict(int)
    for line in lines:
        if not isinstance(line.amount, Money):
            raise TypeError("ledger amounts are Money")
        totals[(line.account_id, line.loan_id)] += line.amount.satang
    return [Line(account, Money(amount), loan) for (account, loan), amount in totals.items()
            if amount != 0]


def post(session: Session, *, key: str, on: date, kind: str, lines: Sequence[Line],
         description: str = "", reference: str = "", operator_id: int | None = None,
         participant_id: int | None = None, reverses_id: int | None = None,
         new_key: bool = False, accounts: dict[int, Any] | None = None) -> int:
    """Post one balanced entry inside the caller's unit of work; returns its id.

    Idempotent on ``key``. Checks, before writing anything: the lines balance,
    the accounts exist and are open, the date is allowed, and afterwards (in
    the same transaction) the accounts' balance limits and the fund's
    available money; a failed check raises and the caller's unit of work
    rolls back.

    ``new_key=True`` is the caller's word that, in this same transaction,
    it has just established that nothing was posted under ``key`` (a sale
    whose ``sale_uid`` is new): the idempotency read is skipped. The key's
    unique constraint still refuses a duplicate, rolling the unit of work back.
    ``accounts`` (id -> a row of ACCOUNT_ROWS read in this transaction) spares
    reading the lines' accounts again.
    """
    key = key.strip() if isinstance(key, str) else ""
    if not key or len(key) > 120:  # the key column's width
        raise InternalError(f"an entry needs an idempotency key (1-120 characters), not {key!r}")
    if not isinstance(on, date):
        raise InvalidInput(tr("Please choose a date."))
    merged = _merge(lines)
    content_hash = _content_hash(key, on, kind, description, reference, operator_id,
                                 participant_id, reverses_id,
                                 [(l.account_id, l.amount.satang, l.loan_id) for l in merged])
    # Core statements on the unit of work's connection: this runs inside
    # every sale's commit, where each round trip shows.
    conn = session.connection()
    if not new_key:
        existing = conn.execute(_FIND_KEY, {"key": key}).first()
        if existing is not None:
            if existing.content_hash == content_hash:
                return existing.id
            raise Conflict(tr("This action was already recorded with different details."))
    if not merged:
        raise InvalidInput(tr("The amount must be more than zero."))
    if sum(l.amount.satang for l in merged) != 0:
        raise InternalError(f"entry {key!r} does not balance: {merged}")
    if any(abs(l.amount.satang) > MAX_SATANG for l in merged):
        raise InvalidInput(tr("The amount is too large."))
    context = conn.execute(_POSTING_CONTEXT).one()
    problem = periods.date_problem(
        on, periods.parse_first_day(context.first_day_setting), context.last_closed)
    if problem:
        raise InvalidInput(problem)
    if accounts is None or any(l.account_id not in accounts for l in merged):
        accounts = {row.id: row for row in conn.execute(
            _ACCOUNTS_BY_ID, {"ids": [l.account_id for l in merged]})}
    for line in merged:
        account = accounts.get(line.account_id)
        if account is None:
            raise InvalidInput(tr("The account is unknown."))
        if account.closed:
            raise InvalidInput(tr("The account {code} is closed.").format(code=account.code))
    # One account may carry several lines (one per loan): limits and the
    # balance cache work on each account's total change.
    deltas: dict[int, int] = defaultdict(int)
    for line in merged:
        deltas[line.account_id] += line.amount.satang
    # Balance limits: only an account whose balance goes down can break one.
    # A participant's or a loan's limit is the more telling reason, then the
    # fund's available money, then the drawer or bank that would run dry.
    money_floors = []
    for account_id, delta in deltas.items():
        account = accounts[account_id]
        if account.kind in balance_rules.NEVER_NEGATIVE_KINDS:
            money_floors.append((account, delta))
        elif account.limit == "not_negative" \
                and not (account.kind == OWED and session.info.get(_OWED_DEBIT)):
            _check_floor(account, delta)
    # The fund's available money moves by the raw sum of the lines on its
    # money and owed accounts; only an entry that lowers it needs the totals.
    available_change = sum(l.amount.satang for l in merged
                           if accounts[l.account_id].kind in (*MONEY_KINDS, OWED))
    if available_change < 0:
        balance_rules.check_available(available(session), Money(-available_change))
    for account, delta in money_floors:
        _check_floor(account, delta)

    if context.last_id is None:
        entry_id, prev_hash = 1, GENESIS_HASH
    else:
        entry_id, prev_hash = context.last_id + 1, context.last_hash
    conn.execute(_INSERT_ENTRY, dict(
        id=entry_id, key=key, on=on, posted_at=dates.utc_now(), kind=kind,
        description=description, reference=reference, operator_id=operator_id,
        participant_id=participant_id, reverses_id=reverses_id, content_hash=content_hash,
        prev_hash=prev_hash, hash=chain_hash(entry_id, content_hash, prev_hash)))
    conn.execute(_INSERT_LINES, [
        dict(entry_id=entry_id, position=position, account_id=line.account_id,
             amount=line.amount, loan_id=line.loan_id)
        for position, line in enumerate(merged)])
    known = [{"account": a, "amount": d} for a, d in deltas.items() if accounts[a].balance is not None]
    new = [dict(account_id=a, balance=Money(d)) for a, d in deltas.items()
           if accounts[a].balance is None]
    if known:
        conn.execute(_ADD_TO_BALANCE, known)
    if new:
        conn.execute(_INSERT_BALANCES, new)
    mark_changed(session, Topic.LEDGER)
    return entry_id


def _check_floor(account: Any, delta: int) -> None:
    """Refuse taking an account (a row of ACCOUNT_ROWS) below zero on its normal side."""
    lowers = delta < 0 if account.type in DEBIT_NORMAL else delta > 0
    before = Money(int(account.balance or 0))
    if lowers and normal_balance(account, before + Money(delta)).is_negative:
        raise InvalidInput(balance_rules.below_floor_message(
            account.kind, account.code, normal_balance(account, before)))


# -- a customer's refund after the participant was paid out ---------------------
_OWED_DEBIT = "ledger.owed_may_go_into_debit"


@contextmanager
def owed_may_go_into_debit(session: Session) -> Iterator[None]:
    """Inside this block an owed-to-participant account may go below zero: a customer's
    refund or void must always be possible, and when the participant was paid out
    already their share becomes what they owe the fund (taken from their next
    proceeds). Only the point of sale's refunds and voids use it."""
    session.info[_OWED_DEBIT] = True
    try:
        yield
    finally:
        session.info.pop(_OWED_DEBIT, None)


def reverse(session: Session, *, key: str, original_key: str, on: date, reason: str,
            operator_id: int | None) -> int:
    """Post the reversal of the entry made with original_key (linked to it), audited; idempotent on key."""
    original = session.scalars(select(JournalEntry).where(JournalEntry.key == original_key)).first()
    if original is None:
        raise NotFound(tr("There is no such entry."))
    return reverse_entry(session, key=key, entry_id=original.id, on=on, reason=reason,
                         operator_id=operator_id)


def reverse_entry(session: Session, *, key: str, entry_id: int, on: date, reason: str,
                  operator_id: int | None, cancelling_loan: bool = False) -> int:
    """Reverse the entry ``entry_id``: its lines negated, linked to it, audited.
    A loan's payout is reversed only by cancelling the loan (``cancelling_loan``)."""
    reason = reason.strip() if isinstance(reason, str) else ""
    if not reason:
        raise InvalidInput(tr("Please give a reason."))
    original = (session.get(JournalEntry, entry_id)
                if isinstance(entry_id, int) and not isinstance(entry_id, bool) and 0 < entry_id < 2**62
                else None)
    if original is None:
        raise NotFound(tr("There is no such entry."))
    existing = session.scalars(select(JournalEntry).where(JournalEntry.key == key)).first()
    if existing is None:
        if original.reverses_id is not None:
            raise InvalidInput(tr("A reversal cannot be reversed; post the entry again instead."))
        if session.scalar(select(JournalEntry.id).where(JournalEntry.reverses_id == original.id)):
            raise InvalidInput(tr("This entry has already been reversed."))
        if original.kind == "loan" and not cancelling_loan:
            raise InvalidInput(tr("A loan's payout is reversed by cancelling the loan."))
        reversal_rules.check_loan_order(session, original)
    lines = session.scalars(select(JournalLine).where(JournalLine.entry_id == original.id)
                            .order_by(JournalLine.position)).all()
    new_id = post(session, key=key, on=on, kind="reversal",
                  lines=[Line(l.account_id, -l.amount, l.loan_id) for l in lines],
                  description=reason, reference=original.reference, operator_id=operator_id,
                  participant_id=original.participant_id, reverses_id=original.id)
    if existing is None:
        audit.record(session, "ledger_reversal", operator_id, f"#{original.id}",
                     reversal=new_id, reason=reason, key=key)
    return new_id
