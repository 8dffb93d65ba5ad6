"""Reading the ledger's balances: one account, a kind of account, the fund's
available money, the trial balance and a balance as of a day. Balances come
from the balance cache the posting keeps, except as of a past day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.models.ledger import (
    Account, AccountBalance, CloseBalance, JournalEntry, JournalLine, PeriodClose,
)
from kiosk.money import Money
from kiosk.services import periods
from kiosk.services.ledger_chart import MONEY_KINDS, OWED

# line amounts and cached balances as plain integers of satang, for sums and comparisons in SQL
SATANG = type_coerce(JournalLine.amount, BigInteger)
BALANCE = type_coerce(AccountBalance.balance, BigInteger)


def raw_balance(session: Session, account_id: int) -> Money:
    value = session.execute(select(BALANCE).where(AccountBalance.account_id == account_id)).scalar()
    return Money(int(value or 0))


def kind_total(session: Session, kinds: Sequence[str]) -> Money:
    """Raw (debit-positive) balance of every account of these kinds, sub-accounts included."""
    total = session.execute(
        select(func.coalesce(func.sum(type_coerce(AccountBalance.balance, BigInteger)), 0))
        .join(Account, Account.id == AccountBalance.account_id)
        .where(Account.kind.in_(kinds))).scalar_one()
    return Money(int(total))


def available(session: Session) -> Money:
    """The fund's money it may spend: cash + bank + PromptPay, less what it owes participants."""
    return kind_total(session, (*MONEY_KINDS, OWED))


def trial_balance(session: Session) -> dict[int, Money]:
    """Raw balance of every account with entries (debit > 0), from the balance cache."""
    return {account_id: Money(int(balance)) for account_id, balance in session.execute(
        select(AccountBalance.account_id, BALANCE))}


def balance_as_of(session: Session, account_ids: Sequence[int], as_of: date) -> Money:
    total = session.execute(
        select(func.coalesce(func.sum(SATANG), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.account_id.in_(account_ids), JournalEntry.on <= as_of)).scalar_one()
    return Money(int(total))


def balances_at(session: Session, days: Sequence[date]) -> dict[date, dict[int, int]]:
    """Every account's raw balance (satang, debit > 0) at the end of each of ``days``.

    Each day walks only the entries between it and the nearer known balances:
    forward from the last closed month's balances before it (``CloseBalance``),
    or back from today's cached balances."""
    ordered = sorted(set(days))
    if not ordered:
        return {}
    # apart: SQLite reads a lone min() or max() off the index's end
    first = session.scalar(select(func.min(JournalEntry.on)))
    last = session.scalar(select(func.max(JournalEntry.on)))
    if first is None:
        return {day: {} for day in ordered}
    closes = [(periods.next_month(periods.month_start(m)) - timedelta(days=1), m)
              for m in session.scalars(select(PeriodClose.month))]
    cache: dict[int, int] | None = None
    result = {}
    for day in ordered:
        base_end, base_month = max(((end, m) for end, m in closes if end <= day),
                                   default=(first - timedelta(days=1), None))
        if last - day < day - base_end:  # nearer today: take off what came after the day
            if cache is None:
                cache = {a: m.satang for a, m in trial_balance(session).items()}
            running = dict(cache)
            # bounded on both sides, or SQLite walks every line by account
            sign, window = -1, (JournalEntry.on > day) & (JournalEntry.on <= last)
        else:
            running = {} if base_month is None else {a: int(b) for a, b in session.execute(
                select(CloseBalance.account_id, type_coerce(CloseBalance.balance, BigInteger))
                .where(CloseBalance.month == base_month))}
            sign, window = 1, (JournalEntry.on > base_end) & (JournalEntry.on <= day)
        between = day < last if sign < 0 else base_end < min(day, last)
        if between:  # else no entry is dated in the window: no need to ask
            for account_id, total in _sums(session, window).items():
                running[account_id] = running.get(account_id, 0) + sign * total
        result[day] = running
    return result


def _sums(session: Session, window) -> dict[int, int]:
    """Each account's raw sum of the lines of the entries ``window`` picks by date."""
    return {account_id: int(total) for account_id, total in session.execute(
        select(JournalLine.account_id, func.sum(SATANG))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(window).group_by(JournalLine.account_id))}


def flows(session: Session, start: date, end: date) -> dict[int, int]:
    """Each account's raw sum of lines in entries dated in [start, end)."""
    return _sums(session, (JournalEntry.on >= start) & (JournalEntry.on < end))


def kinds_sum(session: Session, balances: dict[int, int], kinds: Sequence[str]) -> Money:
    """What ``balances`` (account id -> raw satang) hold on the accounts of these kinds."""
    ids = set(session.scalars(select(Account.id).where(Account.kind.in_(kinds))))
    return Money(sum(total for account_id, total in balances.items() if account_id in ids))
