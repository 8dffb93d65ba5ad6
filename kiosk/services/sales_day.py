"""The day's figures for the X (so far) and Z (closed) reports.

A day counts the sales made on it and the voids and refunds made on it
(a reversal belongs to the day it was made, so a closed day never changes).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kiosk.i18n import tr
from kiosk.models import Operator
from kiosk.models.sales import BusinessDay, Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money
from kiosk.services import ledger_chain, sale_ledger, settings
from kiosk.services.sale_results import (
    DayReport, OverrideFigure, OwnerFigure, ProductFigure, StockWarning, VoidFigure, owner_names,
)


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

    gross = sum((s.total for s in sales), Money(0))
    refunds = sum((r.amount for r, _ in reversals), Money(0))
    cash = sum((s.cash for s in sales), Money(0)) - sum((r.cash for r, _ in reversals), Money(0))
    promptpay = (sum((s.promptpay for s in sales), Money(0))
                 - sum((r.promptpay for r, _ in reversals), Money(0)))

    products: dict[int, list] = {}
    gross_by_owner: dict[int | None, Money] = {}

    def count(line: SaleLine, qty: Decimal, amount: Money) -> None:
        entry = products.setdefault(line.product_id, [line, Decimal("0.000"), Money(0)])
        entry[1] += qty
        entry[2] += amount
        owner = line.owner_participant_id
        gross_by_owner[owner] = gross_by_owner.get(owner, Money(0)) + amount

    for line in lines:
        count(line, line.quantity, line.amount)
    for qty, amount, line in back_lines:
        count(line, -qty, -amount)

    posted = sale_ledger.posted_on(session, day)
    owners = set(gross_by_owner) | set(posted.net) | set(posted.deducted)
    names_of = owner_names(session, owners)
    plot = tr("Programme plot")
    opening = row.opening_float if row else Money(0)
    expected = opening + cash
    closed = row is not None and row.closed_at is not None
    return DayReport(
        day=day, closed=closed,
        opened_at=row.opened_at if row else None,
        opened_by=names.get(row.opened_by_id, "") if row else "",
        closed_at=row.closed_at if row else None,
        closed_by=names.get(row.closed_by_id, "") if row else "",
        opening_float=opening, sale_count=len(sales),
        void_count=sum(1 for r, _ in reversals if r.kind == "void"),
        gross=gross, refunds=refunds, net=gross - refunds, cash=cash, promptpay=promptpay,
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
