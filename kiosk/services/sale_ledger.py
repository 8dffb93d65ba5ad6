"""How sales, refunds and voids reach the fund ledger, and reading back what they posted.

A sale (or refund) is one balanced entry: the cash and PromptPay received
against each owner's net share (owed to a participant, or the plot's own
sales) and the programme's commission (``post_sale``).

The ledger keys of the point of sale are made here and nowhere else:
``sale:{uid}`` for a sale, ``refund:{uid}:{n}`` for its n-th refund,
``void:{uid}`` (and ``void:{refund key}``) for a void, and ``deduct:{key}``
for the loan repayment taken from the owners' proceeds of the record with
that key. The Z report and `kiosk check` read the ledger through them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import BigInteger, bindparam, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.errors import InternalError, InvalidInput
from kiosk.i18n import tr
from kiosk.models.ledger import Account, JournalEntry, JournalLine
from kiosk.money import Money
from kiosk.services import ledger, ledger_chart
from kiosk.services.ledger import Line
from kiosk.services.ledger_chart import CASH, COMMISSION, OWED, PLOT_SALES, PROMPTPAY
from kiosk.shares import Owner, Share

SALE_KEY = "sale:{uid}"
PREFIXES = ("sale:", "refund:", "void:")
DEDUCT_PREFIX = "deduct:"


def sale_key(uid: str) -> str:
    return SALE_KEY.format(uid=uid)


def refund_key(uid: str, count: int) -> str:
    return f"refund:{uid}:{count}"


def void_key(key: str) -> str:
    """The key of the void of the entry posted under ``key`` (a sale's uid or a refund key)."""
    return f"void:{key}"


def deduct_key(key: str) -> str:
    return f"{DEDUCT_PREFIX}{key}"


@dataclass(frozen=True)
class OwnerShare:
    participant_id: int | None  # None = the programme's own plot produce
    gross: Money  # what the customer paid for this owner's lines
    commission: Money  # the programme's commission out of gross (0 <= commission <= gross)

# a sale's accounts by kind: the programme's own, and the owners' "owed" sub-accounts
_SALE_ACCOUNTS = ledger.ACCOUNT_ROWS.where(
    ((Account.kind.in_(bindparam("kinds", expanding=True)))
     & Account.participant_id.is_(None) & Account.parent_id.is_(None))
    | ((Account.kind == bindparam("owed_kind"))
       & Account.participant_id.in_(bindparam("owners", expanding=True))))


def post_sale(session: Session, *, key: str, reference: str, on: date, operator_id: int | None,
              cash: Money, promptpay: Money, shares: Sequence[OwnerShare],
              new_key: bool = False) -> int:
    """Post a sale (or, with all amounts negative, a refund) as one balanced entry; returns the entry id.

    cash + promptpay == sum(s.gross). Idempotent on key (same key + same content
    -> first entry id, nothing new; same key + different content -> Conflict).
    ``new_key`` as in ``post``.
    """
    amounts = [cash, promptpay] + [a for s in shares for a in (s.gross, s.commission)]
    if any(not isinstance(a, Money) for a in amounts):
        raise TypeError("sale amounts are Money")
    if not shares:
        raise InternalError("a sale needs at least one owner share")
    total = sum((s.gross for s in shares), Money(0))
    if cash + promptpay != total:
        raise InternalError(f"payments {cash} + {promptpay} do not add up to the sale total {total}")
    refund = total.is_negative
    if total.satang == 0:
        raise InvalidInput(tr("The amount must be more than zero."))
    for amount in amounts:
        if amount.satang != 0 and amount.is_negative != refund:
            raise InternalError("a sale's amounts are all positive, a refund's all negative")
    for share in shares:
        if abs(share.commission) > abs(share.gross):
            raise InvalidInput(tr("The commission cannot be more than the sale."))
    owners = sorted({s.participant_id for s in shares if s.participant_id is not None})
    # The entry's accounts and their balances in one read (read afresh in every
    # unit of work: the chart of accounts can be re-seeded).
    rows = session.connection().execute(_SALE_ACCOUNTS, {
        "kinds": [CASH, PROMPTPAY, COMMISSION, PLOT_SALES], "owed_kind": OWED,
        "owners": owners}).all()
    by_kind = {(row.kind, row.participant_id): row for row in rows}

    def account_id(kind: str, participant_id: int | None = None) -> int:
        row = by_kind.get((kind, participant_id))
        # an owner's first sale makes the sub-account (and the rows are then read again)
        return row.id if row is not None else ledger_chart.account_for(session, kind, participant_id).id

    lines = [Line(account_id(CASH), cash), Line(account_id(PROMPTPAY), promptpay)]
    commission_id = account_id(COMMISSION)
    for share in shares:
        net = share.gross - share.commission
        if share.participant_id is None:
            lines.append(Line(account_id(PLOT_SALES), -net))
        else:
            lines.append(Line(account_id(OWED, share.participant_id), -net))
        lines.append(Line(commission_id, -share.commission))
    return ledger.post(session, key=key, on=on, kind="refund" if refund else "sale", lines=lines,
                       description=tr("Refund {ref}") .format(ref=reference) if refund
                       else tr("Sale {ref}").format(ref=reference),
                       reference=reference, operator_id=operator_id,
                       participant_id=owners[0] if len(owners) == 1 else None,
                       new_key=new_key, accounts={row.id: row for row in rows})


def post(session: Session, *, key: str, reference: str, on: date, operator_id: int | None,
         cash: Money, promptpay: Money, shares: Sequence[Share], sign: int = 1,
         new_key: bool = False) -> int:
    """The one call of the fund ledger for sales (sign 1) and refunds (sign -1)."""
    return post_sale(
        session, key=key, reference=reference, on=on, operator_id=operator_id,
        cash=cash * sign, promptpay=promptpay * sign,
        shares=[OwnerShare(s.owner, s.gross * sign, s.commission * sign)
                for s in shares if s.gross], new_key=new_key)


@dataclass
class Posted:
    """What a set of the point of sale's entries put on the books (customer's view: a
    sale is positive, a refund negative)."""

    cash: Money = Money(0)
    promptpay: Money = Money(0)
    commission: Money = Money(0)
    net: dict[Owner, Money] = field(default_factory=dict)  # owners' share, plot included
    deducted: dict[int, Money] = field(default_factory=dict)  # loan repayments from proceeds
    keys: set[str] = field(default_factory=set)
    references: set[str] = field(default_factory=set)

    @property
    def gross(self) -> Money:
        return self.commission + sum(self.net.values(), Money(0))

    def add(self, key: str, reference: str, kind: str | None, participant_id: int | None,
            amount: Money) -> None:
        self.keys.add(key)
        self.references.add(reference)
        self.add_sum(key.startswith(DEDUCT_PREFIX), kind, participant_id, amount)

    def add_sum(self, deduction: bool, kind: str | None, participant_id: int | None,
                amount: Money) -> None:
        """Lines already summed by account (no keys or references kept)."""
        slot = _slot(deduction, kind, participant_id)
        if slot is None:
            return
        name, owner, sign = slot
        if name in ("net", "deducted"):
            figures = getattr(self, name)
            figures[owner] = figures.get(owner, Money(0)) + amount * sign
        else:
            setattr(self, name, getattr(self, name) + amount * sign)


def _slot(deduction: bool, kind: str | None,
          participant_id: int | None) -> tuple[str, Owner, int] | None:
    """Where a line of the point of sale's entries counts in Posted: (field, owner, sign),
    None when nowhere (the customer's view: money in positive, owners' shares credit)."""
    if deduction:  # a loan repayment from proceeds: only what it took from the owner
        if kind == ledger_chart.OWED and participant_id is not None:
            return "deducted", participant_id, 1
        return None
    if kind == ledger_chart.CASH:
        return "cash", None, 1
    if kind == ledger_chart.PROMPTPAY:
        return "promptpay", None, 1
    if kind == ledger_chart.COMMISSION:
        return "commission", None, -1
    if kind in (ledger_chart.OWED, ledger_chart.PLOT_SALES):
        return "net", participant_id if kind == ledger_chart.OWED else None, -1
    return None


_SATANG = type_coerce(JournalLine.amount, BigInteger)
_LINE_ROWS = (select(JournalEntry.key, JournalEntry.reference, Account.kind, Account.participant_id,
                     _SATANG)
              .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
              .join(Account, Account.id == JournalLine.account_id))


def _is_sales_key():
    return or_(*(JournalEntry.key.startswith(p, autoescape=True)
                 for p in (*PREFIXES, DEDUCT_PREFIX)))


def _day_sums(prefixes: tuple[str, ...]):
    """The lines of the entries whose key starts with one of ``prefixes``, summed by day and
    account in SQL (a day of ten years' books is thousands of lines)."""
    return (select(JournalEntry.on, Account.kind, Account.participant_id, func.sum(_SATANG))
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(or_(*(JournalEntry.key.startswith(p, autoescape=True) for p in prefixes)))
            .group_by(JournalEntry.on, Account.kind, Account.participant_id))


_DAY_SUMS = {False: _day_sums(PREFIXES), True: _day_sums((DEDUCT_PREFIX,))}


def posted_on(session: Session, day: date) -> Posted:
    """Everything the point of sale posted for ``day`` (its sales, refunds, voids, deductions)."""
    return posted_by_day(session, day).get(day, Posted())


def posted_by_day(session: Session, day: date | None = None) -> dict[date, Posted]:
    """What the point of sale posted, day by day (every day, or only ``day``); sums by
    account, without the entries' keys and references."""
    result: dict[date, Posted] = {}
    for deduction, query in _DAY_SUMS.items():
        if day is not None:
            query = query.where(JournalEntry.on == day)
        for on, kind, participant_id, amount in session.execute(query):
            result.setdefault(on, Posted()).add_sum(deduction, kind, participant_id,
                                                    Money(int(amount)))
    return result


Sums = dict[tuple[str, Owner], int]  # (Posted field, owner) -> satang, nothing zero


def posted_sums(session: Session, keys: Iterable[str] | None = None) -> dict[str, tuple[str, Sums]]:
    """Each entry's (reference, figures in plain satang) by its key (all the point of sale's
    entries when ``keys`` is None): `kiosk check` reads every line of ten years of sales here,
    and compares most of them without making Money of each figure."""
    query = _LINE_ROWS.where(_is_sales_key())
    if keys is not None:
        query = _LINE_ROWS.where(JournalEntry.key.in_(list(keys)))
    result: dict[str, tuple[str, Sums]] = {}
    slots: dict[tuple, tuple | None] = {}
    for key, reference, kind, participant_id, amount in session.execute(query):
        entry = result.get(key)
        if entry is None:
            entry = result[key] = (reference, {})
        place = (key.startswith(DEDUCT_PREFIX), kind, participant_id)
        if place not in slots:
            slots[place] = _slot(*place)
        slot = slots[place]
        if slot is not None:
            figures = entry[1]
            name, owner, sign = slot
            figures[name, owner] = figures.get((name, owner), 0) + int(amount) * sign
    for _, figures in result.values():
        for place in [place for place, satang in figures.items() if not satang]:
            del figures[place]
    return result


def posted_from_sums(key: str, reference: str, figures: Sums) -> Posted:
    posted = Posted(keys={key}, references={reference})
    for (name, owner), satang in figures.items():
        if name in ("net", "deducted"):
            getattr(posted, name)[owner] = Money(satang)
        else:
            setattr(posted, name, Money(satang))
    return posted


def expected_sums(cash: Money, promptpay: Money, shares: Iterable[Share]) -> Sums:
    """What a sale's entry holds (as posted_sums reads it) when it posted these payments
    and these owners' shares."""
    figures: Sums = {("cash", None): cash.satang, ("promptpay", None): promptpay.satang,
                     ("commission", None): 0}
    for share in shares:
        figures["commission", None] += share.commission.satang
        figures["net", share.owner] = share.gross.satang - share.commission.satang
    return {place: satang for place, satang in figures.items() if satang}


def combined(posted: dict[str, Posted], keys: Iterable[str]) -> Posted | None:
    """The figures of several entries together (None if any of them is missing)."""
    total = Posted()
    for key in keys:
        one = posted.get(key)
        if one is None:
            return None
        total.cash += one.cash
        total.promptpay += one.promptpay
        total.commission += one.commission
        for owner, amount in one.net.items():
            total.net[owner] = total.net.get(owner, Money(0)) + amount
        total.keys |= one.keys
        total.references |= one.references
    return total
