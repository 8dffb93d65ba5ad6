"""Reading the ledger's balances: one account, a kind of account, the fund's
available money, the trial balance and a balance as of a day. Balances come
from the balance cache the posting keeps, except as of a past day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import BigInteger, func, select, type_coerce
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
