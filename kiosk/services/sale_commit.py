"""Committing a sale: one transaction, idempotent on the cart's ``sale_uid``.

The sale, its lines and payments, the stock movements, the receipt number,
the ledger entry and the loan repayments from the owners' proceeds are
written together or not at all. The same cart twice gives the first sale
back; the same ``sale_uid`` with other lines or payments is a Conflict.
SQLAlchemy Core on this hot path: each round trip shows.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from kiosk.dates import be_year, utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import Conflict, NotFound
from kiosk.i18n import tr
from kiosk.models import Operator, Participant, Product, Setting
from kiosk.models.ledger import Loan
from kiosk.models.sales import (
    BusinessDay, ParkedCart, ReceiptCounter, Sale, SaleLine, SalePayment,
)
from kiosk.money import Money
from kiosk.services import numbering, proceeds, sale_ledger, settings, stock
from kiosk.services.auth import SignedIn
from kiosk.services.cart import Cart
from kiosk.services.sale_results import (
    ReceiptLine, SaleResult, StockWarning, business_day_of, load_result, owner_names,
)
from kiosk.services.sale_rules import (
    PROMPTPAY_LIMIT_KEY, Figures, PaymentRequest, check_payment, check_promptpay, check_when,
    check_who, promptpay_limit_from, refuse_if_closed,
    refuse_if_not_opened,
)
from kiosk.shares import PricedLine, sale_shares
from kiosk.topics import Topic

_SALES = Sale.__table__
_LINES = SaleLine.__table__
_PAYMENTS = SalePayment.__table__
_COUNTERS = ReceiptCounter.__table__
_PARKED = ParkedCart.__table__
_BUSINESS_DAYS = BusinessDay.__table__
_SETTINGS = Setting.__table__
_PRODUCTS = Product.__table__
_PARTICIPANTS = Participant.__table__
_OPERATORS = Operator.__table__
_LOANS = Loan.__table__

# The commit's statements, built once (the hot path skips building and cache-keying them).
_COMMIT_SETTINGS = ("commission_percent_plot", "commission_percent_consignment",
                    PROMPTPAY_LIMIT_KEY)
# Before writing, one round trip (portable: a SELECT of scalar subqueries): was
# this cart committed already, is the day opened and not closed, do the products, owners and
# operator exist, does an owner have a loan that takes from sales, and the
# settings the commit uses.
_BEFORE_COMMIT = select(
    select(_SALES.c.id).where(_SALES.c.uid == bindparam("uid")).scalar_subquery()
    .label("existing"),
    select(_BUSINESS_DAYS.c.closed_at).where(_BUSINESS_DAYS.c.day == bindparam("day"))
    .scalar_subquery().label("closed_at"),
    select(_BUSINESS_DAYS.c.opened_at).where(_BUSINESS_DAYS.c.day == bindparam("day"))
    .scalar_subquery().label("opened_at"),
    select(func.count(_PRODUCTS.c.id)).where(
        _PRODUCTS.c.id.in_(bindparam("products", expanding=True))).scalar_subquery()
    .label("products"),
    select(func.count(_PARTICIPANTS.c.id)).where(
        _PARTICIPANTS.c.id.in_(bindparam("owners", expanding=True))).scalar_subquery()
    .label("owners"),
    select(func.count(_OPERATORS.c.id)).where(
        _OPERATORS.c.id.in_(bindparam("operators", expanding=True))).scalar_subquery()
    .label("operators"),
    select(func.count(_LOANS.c.id)).where(
        _LOANS.c.participant_id.in_(bindparam("owners", expanding=True)),
        _LOANS.c.auto_deduct_percent.not_in(("", "0", "0.0", "0.00"))).scalar_subquery()
    .label("deducting_loans"),
    *(select(_SETTINGS.c.value).where(_SETTINGS.c.key == key).scalar_subquery().label(key)
      for key in _COMMIT_SETTINGS))
_INSERT_SALE = insert(_SALES)
# RETURNING the position too: the rows may come back in any order, but in one
# multi-row INSERT (sort_by_parameter_order would send one INSERT per line on SQLite)
_INSERT_LINES = insert(_LINES).returning(_LINES.c.position, _LINES.c.id)
_INSERT_PAYMENTS = insert(_PAYMENTS)
_UNPARK = delete(_PARKED).where(_PARKED.c.operator_id == bindparam("operator"),
                                _PARKED.c.sale_uid == bindparam("uid"))


def commit_sale(db: Database, cart: Cart, who: SignedIn, payment: PaymentRequest,
                now: datetime | None = None) -> SaleResult:
    """Record the sale in one transaction; the same cart twice gives the first sale back."""
    figures = check_payment(cart, payment)
    check_who(who)
    now = now or utc_now()
    check_when(now)
    with db.unit_of_work() as session:
        sale_id, committed = commit_in_session(session, cart, who.operator_id, who.name,
                                               payment, figures, now)
        if committed is None:
            return load_result(session, sale_id, already_committed=True)
    return committed


def _same_sale(session: Session, sale_id: int, cart: Cart, figures: Figures) -> bool:
    """Is the sale recorded under this cart's uid the one this cart would record?"""
    sale = session.get(Sale, sale_id)
    lines = session.execute(select(
        SaleLine.product_id, SaleLine.quantity, SaleLine.unit_price, SaleLine.discount,
        SaleLine.amount, SaleLine.owner_participant_id).where(SaleLine.sale_id == sale_id)
        .order_by(SaleLine.position)).all()
    wanted = [(l.product_id, l.quantity, l.unit_price, l.discount, amount, l.owner_participant_id)
              for l, amount in zip(cart.lines, figures.amounts)]
    # the notes handed over may differ on a retry (the change does): not the sale's content
    return ([tuple(row) for row in lines] == wanted
            and (sale.total, sale.cash, sale.promptpay)
            == (figures.total, figures.cash, figures.promptpay))


def commit_in_session(session: Session, cart: Cart, operator_id: int, vendor_name: str,
                      payment: PaymentRequest, figures: Figures | None = None,
                      now: datetime | None = None) -> tuple[int, SaleResult | None]:
    """The commit inside the caller's unit of work.

    Returns (sale id, result); the result is None when the cart was already
    committed (the caller loads the earlier sale).
    """
    figures = figures or check_payment(cart, payment)
    now = now or utc_now()
    amounts = figures.amounts if len(figures.amounts) == len(cart.lines) else tuple(
        line.amount for line in cart.lines)
    conn = session.connection()
    day = business_day_of(now)
    product_ids = sorted({line.product_id for line in cart.lines})
    owner_ids = sorted({l.owner_participant_id for l in cart.lines} - {None})
    operator_ids = sorted({operator_id, *(l.override_by for l in cart.lines)} - {None})
    before_commit = conn.execute(_BEFORE_COMMIT, {
        "uid": cart.sale_uid, "day": day, "products": product_ids, "owners": owner_ids,
        "operators": operator_ids}).one()
    if before_commit.existing is not None:
        if not _same_sale(session, before_commit.existing, cart, figures):
            raise Conflict(tr("This sale was already recorded with different lines or payments."))
        return before_commit.existing, None
    refuse_if_closed(before_commit.closed_at)
    refuse_if_not_opened(before_commit.opened_at)
    if before_commit.products != len(product_ids):
        raise NotFound(tr("There is no such product."))
    if before_commit.owners != len(owner_ids):
        raise NotFound(tr("This participant no longer exists."))
    if before_commit.operators != len(operator_ids) or type(operator_id) is not int:
        raise NotFound(tr("This operator no longer exists."))
    values = {k: settings.DEFAULTS[k] if v is None else json.loads(v)
              for k, v in zip(_COMMIT_SETTINGS, before_commit[-len(_COMMIT_SETTINGS):])}
    check_promptpay(figures.promptpay, promptpay_limit_from(values[PROMPTPAY_LIMIT_KEY]))
    percents = {None: str(Decimal(str(values["commission_percent_plot"]))),
                "consignment": str(Decimal(str(values["commission_percent_consignment"])))}

    # the receipt number: one counter row per BE year, in this transaction
    year = be_year(day)
    sequence = numbering.next_receipt_sequence(conn, year)
    number = numbering.receipt_number(year, sequence)

    # stock: one "sale" movement per line; warn on lines that sell more than was recorded
    running = stock.sell(conn, ((line.product_id, line.quantity) for line in cart.lines),
                         number, now, operator_id)
    warnings: list[StockWarning] = []
    stock_before: list[Decimal | None] = []
    for line in cart.lines:
        before = running.get(line.product_id, Decimal("0.000"))
        running[line.product_id] = before - line.quantity
        if line.quantity > before:
            warnings.append(StockWarning(line.product_id, line.code, line.name_th, line.name_en,
                                         line.unit, before, line.quantity))
            stock_before.append(before)
        else:
            stock_before.append(None)

    sale_id = conn.execute(_INSERT_SALE, dict(
        uid=cart.sale_uid, number=number, year_be=year, sequence=sequence, at=now,
        business_day=day, operator_id=operator_id, vendor_name=vendor_name,
        total=figures.total, cash=figures.cash, promptpay=figures.promptpay,
        tendered=figures.tendered, change=figures.change, voided=False,
    )).inserted_primary_key[0]

    line_rows = []
    rates = []
    for position, (line, amount, before) in enumerate(zip(cart.lines, amounts, stock_before),
                                                      start=1):
        rate = percents[None] if line.owner_participant_id is None else percents["consignment"]
        rates.append(rate)
        line_rows.append({
            "sale_id": sale_id, "position": position, "product_id": line.product_id,
            "code": line.code, "name_th": line.name_th, "name_en": line.name_en,
            "unit": line.unit, "sold_by_weight": line.sold_by_weight, "quantity": line.quantity,
            "unit_price": line.unit_price, "list_price": line.list_price,
            "discount": line.discount, "amount": amount,
            "owner_participant_id": line.owner_participant_id,
            "override_by_id": line.override_by, "commission_percent": rate,
            "stock_before": before,
        })
    line_id_at = dict(conn.execute(_INSERT_LINES, line_rows).all())  # position -> id

    payments = []
    if figures.cash:
        payments.append({"method": "cash", "amount": figures.cash})
    if figures.promptpay:
        payments.append({"method": "promptpay", "amount": figures.promptpay})
    conn.execute(_INSERT_PAYMENTS, [
        dict(p, sale_id=sale_id, confirmed_by_id=operator_id, confirmed_at=now,
             reconciled=False, reconciled_by_id=None, reconciled_at=None)
        for p in payments])

    # the fund ledger: each owner's gross, less the programme's commission
    shares = sale_shares(PricedLine(line.owner_participant_id, amount, Decimal(rate))
                         for line, amount, rate in zip(cart.lines, amounts, rates))
    key = sale_ledger.sale_key(cart.sale_uid)
    # new_key: the uid check above, in this transaction, found no sale with this cart's
    # uid, hence no ledger entry under its key (the key's unique constraint backs this)
    sale_ledger.post(session, key=key, reference=number, on=day, operator_id=operator_id,
                     cash=figures.cash, promptpay=figures.promptpay, shares=shares, new_key=True)
    if before_commit.deducting_loans:
        proceeds.deduct_on_sale(session, sale_key=key, on=day, operator_id=operator_id,
                                shares=shares)

    conn.execute(_UNPARK, {"operator": operator_id, "uid": cart.sale_uid})
    mark_changed(session, Topic.SALES, Topic.STOCK)

    owners = owner_names(session, {l.owner_participant_id for l in cart.lines})
    lines = tuple(
        ReceiptLine(line_id_at[position], l.code, l.name_th, l.name_en, l.unit, l.quantity,
                    l.unit_price, l.discount, amount, owners.get(l.owner_participant_id, ""),
                    Decimal("0.000"), l.product_id, l.owner_participant_id, l.list_price,
                    l.sold_by_weight)
        for position, (l, amount) in enumerate(zip(cart.lines, amounts), start=1))
    result = SaleResult(sale_id, number, now, vendor_name, lines, figures.total, figures.cash,
                        figures.promptpay, figures.tendered, figures.change, False, "", False,
                        tuple(warnings), Money(0), cart.sale_uid)
    return sale_id, result

