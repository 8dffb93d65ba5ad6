"""`kiosk check` invariants for the ledger: entries balance, the balance cache and
the hash chain agree, balance limits and money floors hold, periods are respected."""

from __future__ import annotations

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.models.ledger import (
    Account, AccountBalance, CloseBalance, JournalEntry, JournalLine, PeriodClose,
)
from kiosk.models.sales import Sale, SaleReversal
from kiosk.money import Money
from kiosk.services import balance_rules, periods, sale_ledger
from kiosk.services.checks import invariant
from kiosk.services.ledger_chain import verify_chain
from kiosk.services.ledger_chart import OWED, normal_balance
from kiosk.services.ledger_reads import BALANCE, SATANG, available, raw_balance, trial_balance


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: every entry sums to zero"))
def _check_entries_balance(session: Session) -> list[str]:
    rows = session.execute(
        select(JournalLine.entry_id, func.sum(SATANG))
        .group_by(JournalLine.entry_id).having(func.sum(SATANG) != 0)).all()
    empty = session.scalars(select(JournalEntry.id).where(
        ~JournalEntry.id.in_(select(JournalLine.entry_id)))).all()
    return ([f"entry {e} does not sum to zero ({t})" for e, t in rows]
            + [f"entry {e} has no lines" for e in empty])


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: trial balance sums to zero and matches the balance cache"))
def _check_trial_balance(session: Session) -> list[str]:
    problems = []
    sums = {a: Money(int(t)) for a, t in session.execute(
        select(JournalLine.account_id, func.sum(SATANG)).group_by(JournalLine.account_id))}
    total = sum((t.satang for t in sums.values()), 0)
    if total != 0:
        problems.append(f"trial balance sums to {total} satang, not zero")
    cache = trial_balance(session)
    for account_id in set(sums) | set(cache):
        if sums.get(account_id, Money(0)) != cache.get(account_id, Money(0)):
            problems.append(f"account {account_id}: lines sum to {sums.get(account_id)}, "
                            f"cached balance {cache.get(account_id)}")
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: no entry changed after posting (hash chain)"))
def _check_chain(session: Session) -> list[str]:
    return verify_chain(session)


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: balance limits hold (fund available, owed, loans)"))
def _check_limits(session: Session) -> list[str]:
    problems = []
    # owed accounts may be in debit after refunds (checked with the sales: sale_checks)
    for account in session.scalars(select(Account).where(
            Account.limit == "not_negative", Account.kind.is_distinct_from(OWED))):
        if normal_balance(account, raw_balance(session, account.id)).is_negative:
            problems.append(f"account {account.code} is below zero")
    if available(session).is_negative:
        problems.append(f"the fund's available money is below zero ({available(session)})")
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: cash and bank accounts never below zero"))
def _check_money_floors(session: Session) -> list[str]:
    # by kind, whatever the accounts' limit column says (it could be edited)
    rows = session.execute(select(Account.code, func.coalesce(BALANCE, 0)).outerjoin(
        AccountBalance, AccountBalance.account_id == Account.id).where(
        Account.kind.in_(balance_rules.NEVER_NEGATIVE_KINDS))).all()
    return [f"account {code} is below zero ({Money(int(raw)).format()})" for code, raw in rows if raw < 0]


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: no entry in a closed period after its close"))
def _check_periods(session: Session) -> list[str]:
    problems = []
    # closing a month locks every month before it too
    for close in session.scalars(select(PeriodClose)):
        end = periods.next_month(periods.month_start(close.month))
        late = session.scalars(select(JournalEntry.id).where(
            JournalEntry.on < end, JournalEntry.id > close.last_entry_id)).all()
        problems += [f"entry {e} is dated in or before closed month {close.month}" for e in late]
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "ledger: no entry before the fund's first day"))
def _check_first_day(session: Session) -> list[str]:
    first = periods.first_day(session)
    if first is None:
        return []
    early = session.scalars(select(JournalEntry.id).where(JournalEntry.on < first)).all()
    return [f"entry {e} is dated before the fund's first day {first.isoformat()}" for e in early]


@invariant(QT_TRANSLATE_NOOP("QCoreApplication",
                             "ledger: a sale's or refund's entry is reversed only by voiding the sale"))
def _check_owned_reversals(session: Session) -> list[str]:
    original = aliased(JournalEntry)
    reversed_ = session.execute(
        select(JournalEntry.id, original.id, original.key).join(
            original, original.id == JournalEntry.reverses_id)
        .where(original.kind.in_(("sale", "refund")))).all()
    if not reversed_:
        return []
    keys = {key for _, _, key in reversed_}
    voided = {sale_ledger.sale_key(uid) for (uid,) in session.execute(
        select(Sale.uid).where(Sale.voided.is_(True), Sale.uid.in_(
            [k.split(":", 1)[-1] for k in keys])))}
    voided |= {key for (key,) in session.execute(
        select(SaleReversal.ledger_key).join(Sale, Sale.id == SaleReversal.sale_id)
        .where(Sale.voided.is_(True), SaleReversal.ledger_key.in_(keys)))}
    return [f"entry {entry} reverses sale entry {orig} but the sale was not voided"
            for entry, orig, key in reversed_ if key not in voided]


@invariant(QT_TRANSLATE_NOOP("QCoreApplication",
                             "ledger: each closed month's balances equal its lines"))
def _check_close_balances(session: Session) -> list[str]:
    """The balances written with each month's close are the sums of the lines dated up
    to its end (the books walked once, close by close, without those balances)."""
    problems = []
    running: dict[int, int] = {}
    after = None
    for month in session.scalars(select(PeriodClose.month).order_by(PeriodClose.month)):
        end = periods.next_month(periods.month_start(month))
        window = JournalEntry.on < end if after is None else (
            (JournalEntry.on >= after) & (JournalEntry.on < end))
        for account_id, total in session.execute(
                select(JournalLine.account_id, func.sum(SATANG))
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .where(window).group_by(JournalLine.account_id)):
            running[account_id] = running.get(account_id, 0) + int(total)
        written = {a: int(b) for a, b in session.execute(
            select(CloseBalance.account_id, type_coerce(CloseBalance.balance, BigInteger))
            .where(CloseBalance.month == month))}
        for account_id in sorted(set(running) | set(written)):
            if running.get(account_id, 0) != written.get(account_id, 0):
                problems.append(f"closed month {month}: account {account_id} holds "
                                f"{Money(running.get(account_id, 0))}, its close says "
                                f"{Money(written.get(account_id, 0))}")
        after = end
    return problems
