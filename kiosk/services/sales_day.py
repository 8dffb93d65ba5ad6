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
from kiosk.services import settings


def build_day_report(session: Session, day: date):  # -> sales.DayReport
    from kiosk.services.sales import (
        DayReport, OverrideFigure, OwnerFigure, ProductFigure, StockWarning, VoidFigure,
        _owner_names,
    )

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
    owners: dict[tuple[int | None, str], Money] = {}

    def count(line: SaleLine, qty: Decimal, amount: Money) -> None:
        entry = products.setdefault(line.product_id, [line, Decimal("0.000"), Money(0)])
        entry[1] += qty
        entry[2] += amount
        key = (line.owner_participant_id, line.commission_percent)
        owners[key] = owners.get(key, Money(0)) + amount

    for line in lines:
        count(line, line.quantity, line.amount)
    for qty, amount, line in back_lines:
        count(line, -qty, -amount)

    owner_names = _owner_names(session, {o for o, _ in owners})
    by_owner: dict[int | None, list[Money]] = {}
    for (owner, rate), amount in owners.items():
        entry = by_owner.setdefault(owner, [Money(0), Money(0)])
        entry[0] += amount
        entry[1] += amount.percent(Decimal(rate))
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
            (OwnerFigure(owner, owner_names.get(owner, plot) if owner else plot, g, c)
             for owner, (g, c) in by_owner.items()),
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
    )
