"""A month's books read once for every participant's statement.

Money comes from the ledger: what the fund owes a participant is their
"owed" sub-account, and each entry on it is sorted by what made it (a sale
or refund, a payout, a loan repayment taken from proceeds, anything else).
Sales by product come from the sale lines less what was refunded or voided
that month. Commission is what the customers paid less what the ledger
credited the participant for those sales: read from the books, never
computed again here (its rule lives with the sale).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kiosk import dates
from kiosk.models import Participant
from kiosk.models.ledger import Account, JournalEntry, JournalLine, Loan
from kiosk.models.plot import PlotTask
from kiosk.models.sales import Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money
from kiosk.services import ledger_chart, ledger_reads
from kiosk.services.statement_data import Month, MoneyLine, ProductSales, WeekSales, week_ranges

_SATANG = type_coerce(JournalLine.amount, BigInteger)
SALE_KINDS = ("sale", "refund")


def effective_kind(kind: str, original_kind: str | None) -> str:
    """A reversal counts as what it reverses (a voided sale is still about sales)."""
    return original_kind if kind == "reversal" and original_kind else kind


@dataclass
class OwedFlows:
    """One participant's owed account over the month (positive: the fund owes more)."""

    sales_net: int = 0
    deducted: int = 0
    paid_out: int = 0
    adjustments: int = 0
    payouts: list[MoneyLine] = field(default_factory=list)


@dataclass
class _Sold:
    name_th: str
    name_en: str
    unit: str
    quantity: Decimal = Decimal("0.000")
    amount: int = 0


def bangkok_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC moments a run of Bangkok days starts and ends (end exclusive)."""
    start = datetime.combine(first, time(0), tzinfo=dates.BANGKOK)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=dates.BANGKOK)
    return start, end


class MonthBooks:
    """Everything a month's statements need, read in a few queries inside one session."""

    def __init__(self, session: Session, month: Month, as_of: date) -> None:
        self.session = session
        self.month = month
        self.first = month.first
        self.as_of = as_of
        self._owed_accounts = dict(session.execute(select(Account.participant_id, Account.id).where(
            Account.kind == ledger_chart.OWED, Account.participant_id.is_not(None))).all())
        self._loan_owner = dict(session.execute(select(Loan.id, Loan.participant_id)).all())
        self._flows: dict[int, OwedFlows] | None = None
        self._sales: dict[int, dict[int, _Sold]] | None = None
        self._weeks: dict[int, list[int]] | None = None
        self._balances: dict[date, dict[int, int]] = {}

    # -- what the fund owes each participant --------------------------------------
    def owed_balance(self, participant_id: int, on: date) -> Money:
        """What the fund owed them at the end of ``on`` (credit-positive)."""
        if on not in self._balances:
            self._balances[on] = {account: -total for account, total in
                                  ledger_reads.balances_at(self.session, [on])[on].items()}
        account = self._owed_accounts.get(participant_id)
        return Money(self._balances[on].get(account, 0)) if account else Money(0)

    def flows(self, participant_id: int) -> OwedFlows:
        if self._flows is None:
            self._flows = self._read_flows()
        return self._flows.get(participant_id, OwedFlows())

    def _read_flows(self) -> dict[int, OwedFlows]:
        owner_of = {account: pid for pid, account in self._owed_accounts.items()}
        original = aliased(JournalEntry)
        # asked of each entry of the month: gathering every line ever on an owed
        # account first took most of a statement's time
        owed_line = aliased(JournalLine)
        touching = select(owed_line.id).where(owed_line.entry_id == JournalEntry.id,
                                              owed_line.account_id.in_(list(owner_of))).exists()
        rows = self.session.execute(
            select(JournalEntry.id, JournalEntry.on, JournalEntry.kind, original.kind,
                   JournalEntry.description, JournalLine.account_id, _SATANG, JournalLine.loan_id)
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .outerjoin(original, original.id == JournalEntry.reverses_id)
            .where(JournalEntry.on >= self.first, JournalEntry.on <= self.as_of,
                   touching)
            .order_by(JournalEntry.id, JournalLine.position)).all()
        by_entry: dict[int, list] = defaultdict(list)
        for row in rows:
            by_entry[row[0]].append(row)
        result: dict[int, OwedFlows] = defaultdict(OwedFlows)
        for lines in by_entry.values():
            _, on, kind, original_kind, description = lines[0][:5]
            kind = effective_kind(kind, original_kind)
            owed: dict[int, int] = defaultdict(int)
            loan_credit: dict[int, int] = defaultdict(int)
            for *_, account, amount, loan_id in lines:
                if account in owner_of:
                    owed[owner_of[account]] -= amount
                elif loan_id is not None:
                    loan_credit[self._loan_owner[loan_id]] -= amount
            for pid, change in owed.items():
                # a loan repaid from what the fund owed them: their loan lines in this entry
                deducted = loan_credit.get(pid, 0)
                flows = result[pid]
                flows.deducted += deducted
                if kind in SALE_KINDS:
                    flows.sales_net += change + deducted
                elif kind == "payout":
                    flows.paid_out -= change
                    flows.payouts.append(MoneyLine(on, Money(-change), description))
                else:
                    flows.adjustments += change + deducted
        return result

    # -- what they sold ----------------------------------------------------------------
    def _read_sales(self) -> None:
        sold: dict[int, dict[int, _Sold]] = defaultdict(dict)
        weeks_of = week_ranges(self.month)
        weeks: dict[int, list[int]] = defaultdict(lambda: [0] * len(weeks_of))

        def add(owner: int, product: int, name_th: str, name_en: str, unit: str,
                quantity: Decimal, amount: int, day: date) -> None:
            item = sold[owner].setdefault(product, _Sold(name_th, name_en, unit))
            item.quantity += quantity
            item.amount += amount
            weeks[owner][(day.day - 1) // 7] += amount

        line_columns = (SaleLine.owner_participant_id, SaleLine.product_id, SaleLine.name_th,
                        SaleLine.name_en, SaleLine.unit)
        for *key, quantity, amount, day in self.session.execute(
                select(*line_columns, SaleLine.quantity, SaleLine.amount, Sale.business_day)
                .join(Sale, Sale.id == SaleLine.sale_id)
                .where(Sale.business_day >= self.first, Sale.business_day <= self.as_of,
                       SaleLine.owner_participant_id.is_not(None))):
            add(*key, quantity, amount.satang, day)
        for *key, quantity, amount, day in self.session.execute(
                select(*line_columns, SaleReversalLine.quantity, SaleReversalLine.amount,
                       SaleReversal.business_day)
                .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
                .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
                .where(SaleReversal.business_day >= self.first,
                       SaleReversal.business_day <= self.as_of,
                       SaleLine.owner_participant_id.is_not(None))):
            add(*key, -quantity, -amount.satang, day)
        self._sales, self._weeks = sold, weeks

    def products(self, participant_id: int) -> tuple[ProductSales, ...]:
        if self._sales is None:
            self._read_sales()
        items = self._sales.get(participant_id, {}).values()
        return tuple(ProductSales(i.name_th, i.name_en, i.unit, i.quantity, Money(i.amount))
                     for i in sorted(items, key=lambda i: (-i.amount, i.name_th))
                     if i.quantity or i.amount)

    def weeks(self, participant_id: int) -> tuple[WeekSales, ...]:
        if self._weeks is None:
            self._read_sales()
        amounts = self._weeks.get(participant_id) or [0] * len(week_ranges(self.month))
        return tuple(WeekSales(first, last, Money(amount))
                     for (first, last), amount in zip(week_ranges(self.month), amounts))

    def sellers(self) -> set[int]:
        if self._sales is None:
            self._read_sales()
        return {pid for pid, items in self._sales.items() if items}

    # -- other things a participant did ----------------------------------------------------
    def grants(self, participant_id: int) -> tuple[MoneyLine, ...]:
        original = aliased(JournalEntry)
        grants_id = ledger_chart.account_id_for(self.session, ledger_chart.GRANTS)
        rows = self.session.execute(
            select(JournalEntry.on, JournalEntry.description, _SATANG)
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .outerjoin(original, original.id == JournalEntry.reverses_id)
            .where(JournalEntry.participant_id == participant_id,
                   JournalLine.account_id == grants_id,
                   JournalEntry.on >= self.first, JournalEntry.on <= self.as_of)
            .order_by(JournalEntry.id)).all()
        return tuple(MoneyLine(on, Money(amount), description) for on, description, amount in rows)

    def tasks_done(self, participant_id: int) -> list[PlotTask]:
        start, end = bangkok_bounds(self.first, self.as_of)
        return list(self.session.scalars(
            select(PlotTask).where(PlotTask.assignee_id == participant_id,
                                   PlotTask.done_at >= start, PlotTask.done_at < end)
            .order_by(PlotTask.done_at, PlotTask.id)))

    def loan_ids(self, participant_id: int) -> list[int]:
        return list(self.session.scalars(select(Loan.id).where(
            Loan.participant_id == participant_id, Loan.start_on <= self.as_of).order_by(Loan.id)))

    def loan_paid(self, loan_id: int) -> Money:
        """Repayments of a loan dated in the month (its disbursement and write-off aside)."""
        original = aliased(JournalEntry)
        rows = self.session.execute(
            select(JournalEntry.kind, original.kind, func.sum(_SATANG))
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .outerjoin(original, original.id == JournalEntry.reverses_id)
            .where(JournalLine.loan_id == loan_id, JournalEntry.on >= self.first,
                   JournalEntry.on <= self.as_of)
            .group_by(JournalEntry.kind, original.kind)).all()
        return Money(-sum(int(total) for kind, original_kind, total in rows
                          if effective_kind(kind, original_kind) not in ("loan", "write_off")))


def participants_with_activity(session: Session, books: MonthBooks) -> set[int]:
    """Everyone with something on their paper this month (active or not): an entry
    or a sale, or money owed either way (what the fund owes them, a loan) at the
    month's start or end."""
    ids = set(books.sellers())
    ids |= set(session.scalars(select(JournalEntry.participant_id).where(
        JournalEntry.participant_id.is_not(None), JournalEntry.on >= books.first,
        JournalEntry.on <= books.as_of)))
    sub_accounts = select(Account.id).where(
        Account.participant_id.is_not(None),
        Account.kind.in_((ledger_chart.OWED, ledger_chart.LOANS_RECEIVABLE)))
    for on in (books.first - timedelta(days=1), books.as_of):
        ids |= set(session.scalars(
            select(Account.participant_id)
            .join(JournalLine, JournalLine.account_id == Account.id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(Account.id.in_(sub_accounts), JournalEntry.on <= on)
            .group_by(Account.participant_id).having(func.sum(_SATANG) != 0)))
    return {i for i in ids if i is not None}


def active_participant_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Participant.id).where(Participant.active.is_(True))
                                .order_by(Participant.id)))
