"""Demo sales: a few past trading days with cash, PromptPay, split payments and a void."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import BANGKOK
from kiosk.models import Operator, Product
from kiosk.models.sales import BusinessDay
from kiosk.money import Money
from kiosk.services import sale_commit, sale_reversals, sale_rules
from kiosk.services.auth import SignedIn
from kiosk.services.cart import Cart, CartLine
from kiosk.services.demo_context import DemoContext
from kiosk.services.sales_day import build_day_report

DAYS_BACK = 3
# (hour, minute, [(product index, quantity)], payment: "cash", "promptpay" or "split", consignment?)
_SALES = [
    (7, 5, [(0, "2"), (1, "0.5")], "cash", False),
    (7, 40, [(2, "1"), (3, "3")], "promptpay", False),
    (8, 15, [(4, "1.25"), (0, "1")], "split", True),
    (9, 0, [(5, "2"), (6, "1"), (1, "0.3")], "cash", False),
    (10, 30, [(7, "1")], "cash", True),
    (11, 45, [(3, "2"), (8, "0.75")], "promptpay", False),
]


def _cart(products: list[Product], items: list[tuple[int, str]], owner: int | None) -> Cart:
    cart = Cart()
    for index, qty in items:
        p = products[index % len(products)]
        quantity = Decimal(qty) if p.sold_by_weight else Decimal(qty).to_integral_value() or Decimal(1)
        cart = cart.add(CartLine(p.id, p.code, p.name_th, p.name_en, p.unit, p.sold_by_weight,
                                 quantity, p.price, owner if index == items[0][0] else None))
    return cart


def _payment(total: Money, kind: str) -> sale_rules.PaymentRequest:
    if kind == "promptpay":
        return sale_rules.PaymentRequest(promptpay=total)
    if kind == "split":
        part = Money(total.satang // 2 // 100 * 100)
        due = total - part
        return sale_rules.PaymentRequest(cash_tendered=Money((due.satang + 1999) // 2000 * 2000),
                                    promptpay=part)
    return sale_rules.PaymentRequest(cash_tendered=Money((total.satang + 9999) // 10000 * 10000))


def add_demo_data(session: Session, demo: DemoContext) -> None:
    products = list(session.scalars(select(Product).where(Product.active.is_(True))
                                    .order_by(Product.sort_order, Product.id)))
    vendors = [session.get(Operator, i) for i in demo.vendor_ids or demo.staff_ids]
    staff_id = (demo.staff_ids or [demo.admin_id])[0]
    if not products or not vendors or staff_id is None:
        return
    staff = session.get(Operator, staff_id)
    approver = SignedIn(staff.id, staff.name, staff.role, staff.participant_id)
    owners = list(demo.participants.values())
    for back in range(DAYS_BACK, 0, -1):
        day = demo.today - timedelta(days=back)
        vendor = vendors[back % len(vendors)]
        opened = datetime.combine(day, time(6, 30), BANGKOK)
        session.add(BusinessDay(day=day, opened_at=opened, opened_by_id=vendor.id,
                                opening_float=Money.baht(500)))
        session.flush()
        committed = []
        for n, (hour, minute, items, kind, consignment) in enumerate(_SALES):
            owner = owners[(back + n) % len(owners)] if consignment and owners else None
            cart = _cart(products[back:] + products[:back], items, owner)
            at = datetime.combine(day, time(hour, minute), BANGKOK)
            _, result = sale_commit.commit_in_session(session, cart, vendor.id, vendor.name,
                                                _payment(cart.total, kind), now=at)
            committed.append(result)
        if back == 2:  # a customer changed their mind
            sale_reversals.void_in_session(session, committed[3].sale_id, vendor.id, approver,
                                  "ลูกค้าเปลี่ยนใจ", committed[3].at + timedelta(minutes=3),
                                  audited=False)  # demo history, not a real void
        row = session.get(BusinessDay, day)
        report = build_day_report(session, day)
        counted = report.expected_cash - (Money.baht(5) if back == 1 else Money(0))
        row.closed_at = datetime.combine(day, time(18, 0), BANGKOK)
        row.closed_by_id = staff.id
        row.expected_cash = report.expected_cash
        row.counted_cash = counted
        row.difference = counted - report.expected_cash
