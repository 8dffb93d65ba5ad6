"""Reading the ledger's balances: one account, a kind of account, the fund's
available money, the trial balance and a balance as of a day. Balances come
from the balance cache the posting keeps, except as of a past day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import BigInteger, case, func, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.models.ledger import Account, AccountBalance, JournalEntry, JournalLine
from kiosk.money import Money
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

    Walks only the entries between the days and the nearer end of the books:
    from the start for days early in the books, otherwise back from today's
    cached balances (what is dated after a day is taken off them)."""
    ordered = sorted(set(days))
    if not ordered:
        return {}
    first, last = session.execute(select(func.min(JournalEntry.on), func.max(JournalEntry.on))).one()
    if first is None:
        return {day: {} for day in ordered}
    # bucket i holds the lines dated after day i-1 up to day i; the last, those after every day
    bucket = case(*[(JournalEntry.on <= day, i) for i, day in enumerate(ordered)],
                  else_=len(ordered))
    backwards = (last - ordered[0]) <= (ordered[-1] - first)
    window = JournalEntry.on > ordered[0] if backwards else JournalEntry.on <= ordered[-1]
    lines = (select(bucket.label("bucket"), JournalLine.account_id, SATANG.label("satang"))
             .select_from(JournalEntry)
             .join(JournalLine, JournalLine.entry_id == JournalEntry.id).where(window).subquery())
    sums: dict[int, dict[int, int]] = {}
    # grouped over a subquery: PostgreSQL would not take the CASE with its bound days,
    # written again in GROUP BY, for the same expression
    for index, account_id, total in session.execute(
            select(lines.c.bucket, lines.c.account_id, func.sum(lines.c.satang))
            .group_by(lines.c.bucket, lines.c.account_id)):
        sums.setdefault(int(index), {})[account_id] = int(total)
    result = {}
    if backwards:
        running = {a: m.satang for a, m in trial_balance(session).items()}
        for i in range(len(ordered), 0, -1):  # from today back to the first day
            for account_id, total in sums.get(i, {}).items():
                running[account_id] = running.get(account_id, 0) - total
            result[ordered[i - 1]] = dict(running)
    else:
        running = {}
        for i, day in enumerate(ordered):
            for account_id, total in sums.get(i, {}).items():
                running[account_id] = running.get(account_id, 0) + total
            result[day] = dict(running)
    return result


def flows(session: Session, start: date, end: date) -> dict[int, int]:
    """Each account's raw sum of lines in entries dated in [start, end)."""
    return {account_id: int(total) for account_id, total in session.execute(
        select(JournalLine.account_id, func.sum(SATANG))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalEntry.on >= start, JournalEntry.on < end).group_by(JournalLine.account_id))}


def kinds_sum(session: Session, balances: dict[int, int], kinds: Sequence[str]) -> Money:
    """What ``balances`` (account id -> raw satang) hold on the accounts of these kinds."""
    ids = set(session.scalars(select(Account.id).where(Account.kind.in_(kinds))))
    return Money(sum(total for account_id, total in balances.items() if account_id in ids))
