"""The day's figures for the X (so far) and Z (closed) reports.

A day counts the sales made on it and the voids and refunds made on it
(a reversal belongs to the day it was made, so a closed day never changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kiosk.i18n import tr
from kiosk.models import Operator
from kiosk.models.sales import BusinessDay, Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money
from kiosk.services import ledger_chain, sale_ledger, settings
from kiosk.services.sale_results import (
    DayReport, OverrideFigure, OwnerFigure, ProductFigure, StockWarning, VoidFigure, owner_names,
)
from kiosk.shares import Owner


def _satang(column):
    return func.sum(type_coerce(column, BigInteger))


@dataclass
class DayMoney:
    """A day's money on the X/Z report: its sales, and the reversals made on it."""

    gross: Money = Money(0)  # valid sales, before refunds
    refunds: Money = Money(0)
    cash: Money = Money(0)  # cash kept for the sales, less cash given back
    promptpay: Money = Money(0)
    by_owner: dict[Owner, Money] = field(default_factory=dict)  # lines sold less lines given back

    @property
    def net(self) -> Money:
        return self.gross - self.refunds


_SALE_SUMS = select(Sale.business_day, _satang(Sale.total), _satang(Sale.cash),
                    _satang(Sale.promptpay)).group_by(Sale.business_day)
_REVERSAL_SUMS = select(SaleReversal.business_day, _satang(SaleReversal.amount),
                        _satang(SaleReversal.cash), _satang(SaleReversal.promptpay)
                        ).group_by(SaleReversal.business_day)
_SOLD_BY_OWNER = (select(Sale.business_day, SaleLine.owner_participant_id, _satang(SaleLine.amount))
                  .join(Sale, Sale.id == SaleLine.sale_id)
                  .group_by(Sale.business_day, SaleLine.owner_participant_id))
_BACK_BY_OWNER = (select(SaleReversal.business_day, SaleLine.owner_participant_id,
                         _satang(SaleReversalLine.amount))
                  .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
                  .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
                  .group_by(SaleReversal.business_day, SaleLine.owner_participant_id))


def day_money(session: Session, day: date | None = None) -> dict[date, DayMoney]:
    """Each day's money (every day with a sale or a reversal, or only ``day``), summed in SQL:
    the X/Z report's figures, and what `kiosk check` holds against the ledger day by day."""
    def rows(query, column):
        return session.execute(query if day is None else query.where(column == day))

    days: dict[date, DayMoney] = {}
    for on, total, cash, promptpay in rows(_SALE_SUMS, Sale.business_day):
        money = days.setdefault(on, DayMoney())
        money.gross = Money(int(total))
        money.cash += Money(int(cash))
        money.promptpay += Money(int(promptpay))
    for on, amount, cash, promptpay in rows(_REVERSAL_SUMS, SaleReversal.business_day):
        money = days.setdefault(on, DayMoney())
        money.refunds = Money(int(amount))
        money.cash -= Money(int(cash))
        money.promptpay -= Money(int(promptpay))
    for query, column, sign in ((_SOLD_BY_OWNER, Sale.business_day, 1),
                                (_BACK_BY_OWNER, SaleReversal.business_day, -1)):
        for on, owner, amount in rows(query, column):
            by_owner = days.setdefault(on, DayMoney()).by_owner
            by_owner[owner] = by_owner.get(owner, Money(0)) + Money(int(amount) * sign)
    return days


def build_day_report(session: Session, day: date) -> DayReport:
    """The day's figures; commission and the owners' shares are what the ledger holds for
    the day's sales, refunds and voids (summed as posted, sale by sale, never re-rounded)."""
    row = session.get(BusinessDay, day)
    names = dict(session.execute(select(Operator.id, Operator.name)).all())
    sales = session.scalars(select(Sale).where(Sale.business_day == day).order_by(Sale.id)).all()
    numbers = {s.id: s.number for s in sales}
    lines = session.scalars(
        select(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.business_day == day).order_by(SaleLine.sale_id, SaleLine.position)).all()
    sale_of = aliased(Sale)
    reversals = session.execute(
        select(SaleReversal, sale_of.number).join(sale_of, sale_of.id == SaleReversal.sale_id)
        .where(SaleReversal.business_day == day).order_by(SaleReversal.id)).all()
    back_lines = session.execute(
        select(SaleReversalLine.quantity, SaleReversalLine.amount, SaleLine)
        .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
        .join(SaleLine, SaleLine.id == SaleReversalLine.sale_line_id)
        .where(SaleReversal.business_day == day)).all()

    money = day_money(session, day).get(day, DayMoney())
    products: dict[int, list] = {}

    def count(line: SaleLine, qty: Decimal, amount: Money) -> None:
        entry = products.setdefault(line.product_id, [line, Decimal("0.000"), Money(0)])
        entry[1] += qty
        entry[2] += amount

    for line in lines:
        count(line, line.quantity, line.amount)
    for qty, amount, line in back_lines:
        count(line, -qty, -amount)

    posted = sale_ledger.posted_on(session, day)
    gross_by_owner = money.by_owner
    owners = set(gross_by_owner) | set(posted.net) | set(posted.deducted)
    names_of = owner_names(session, owners)
    plot = tr("Programme plot")
    opening = row.opening_float if row else Money(0)
    expected = opening + money.cash
    closed = row is not None and row.closed_at is not None
    return DayReport(
        day=day, closed=closed,
        opened_at=row.opened_at if row else None,
        opened_by=names.get(row.opened_by_id, "") if row else "",
        closed_at=row.closed_at if row else None,
        closed_by=names.get(row.closed_by_id, "") if row else "",
        opening_float=opening, sale_count=len(sales),
        void_count=sum(1 for r, _ in reversals if r.kind == "void"),
        gross=money.gross, refunds=money.refunds, net=money.net, cash=money.cash,
        promptpay=money.promptpay,
        expected_cash=row.expected_cash if closed and row.expected_cash is not None else expected,
        counted_cash=row.counted_cash if closed else None,
        difference=row.difference if closed else None,
        by_product=tuple(sorted(
            (ProductFigure(l.product_id, l.code, l.name_th, l.name_en, l.unit, q, a)
             for l, q, a in products.values()), key=lambda f: (-f.amount.satang, f.code))),
        by_owner=tuple(sorted(
            (OwnerFigure(owner, names_of.get(owner, plot) if owner else plot,
                         gross_by_owner.get(owner, Money(0)),
                         gross_by_owner.get(owner, Money(0)) - posted.net.get(owner, Money(0)),
                         posted.deducted.get(owner, Money(0)) if owner else Money(0))
             for owner in owners),
            key=lambda f: (f.participant_id is not None, f.owner_name))),
        voids=tuple(VoidFigure(number, r.kind, r.amount, r.reason,
                               names.get(r.approved_by_id, ""), r.at) for r, number in reversals),
        overrides=tuple(OverrideFigure(numbers[l.sale_id], l.code, l.name_th, l.list_price,
                                       l.unit_price, l.discount, names.get(l.override_by_id, ""))
                        for l in lines if l.override_by_id is not None),
        oversold=tuple(StockWarning(l.product_id, l.code, l.name_th, l.name_en, l.unit,
                                    l.stock_before, l.quantity)
                       for l in lines if l.stock_before is not None),
        stall_name=str(settings.get(session, "stall_name")),
        chain_head=(row.chain_head or "") if closed else ledger_chain.head(session),
    )
