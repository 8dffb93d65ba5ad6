"""The point of sale's core: commit, park, history, void, refund, day close.

Qt-free. Each user action is one unit of work. Committing a sale is one
transaction (sale, lines, payments, stock movements, ledger entry, receipt
number) and idempotent on the cart's ``sale_uid``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, bindparam, delete, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session, aliased

from kiosk.dates import be_year, to_local, utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.i18n import QT_TRANSLATE_NOOP, tr
from kiosk.models import Operator, Participant, Setting, StockMovement
from kiosk.models.sales import (
    BusinessDay, ParkedCart, ReceiptCounter, Sale, SaleLine, SalePayment, SaleReversal,
    SaleReversalLine,
)
from kiosk.money import Money, format_quantity
from kiosk.names import display_name
from kiosk.services import audit, auth, ledger, settings, stock
from kiosk.services.auth import SignedIn
from kiosk.services.cart import MAX_QUANTITY, Cart
from kiosk.services.checks import invariant


# -- values the screen sends and receives -----------------------------------
@dataclass(frozen=True)
class PaymentRequest:
    """How the customer pays. Cash due = total - promptpay."""

    cash_tendered: Money = Money(0)  # notes and coins handed over
    promptpay: Money = Money(0)  # confirmed by the vendor on the customer's app


@dataclass(frozen=True)
class StockWarning:
    """A line sold beyond the recorded stock (warned, never blocked)."""

    product_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    stock_before: Decimal
    sold: Decimal


@dataclass(frozen=True)
class ReceiptLine:
    line_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    quantity: Decimal
    unit_price: Money
    discount: Money
    amount: Money
    owner_name: str  # "" for the programme's plot
    refunded_quantity: Decimal
    product_id: int = 0
    owner_participant_id: int | None = None
    list_price: Money | None = None  # the catalogue price when overridden
    sold_by_weight: bool = False

    @property
    def refundable_quantity(self) -> Decimal:
        return self.quantity - self.refunded_quantity


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    number: str  # "JP-2569-000123"
    at: datetime  # aware
    vendor_name: str
    lines: tuple[ReceiptLine, ...]
    total: Money
    cash: Money  # cash kept for the sale (total - promptpay)
    promptpay: Money
    tendered: Money  # notes and coins handed over
    change: Money
    voided: bool
    void_reason: str
    already_committed: bool  # True when the idempotent commit returned the earlier sale
    stock_warnings: tuple[StockWarning, ...] = ()
    refunded: Money = Money(0)  # total refunded so far
    sale_uid: str = ""

    @property
    def payment_label(self) -> str:
        return _payment_label(self.cash, self.promptpay)


@dataclass(frozen=True)
class SaleSummary:
    sale_id: int
    number: str
    at: datetime
    total: Money
    payment_label: str  # "cash", "promptpay", "split"
    voided: bool
    refunded: bool
    vendor_name: str


@dataclass(frozen=True)
class PromptPayRow:
    payment_id: int
    sale_id: int
    number: str
    at: datetime  # when the vendor confirmed it
    amount: Money
    confirmed_by: str
    ticked: bool
    ticked_by: str
    ticked_at: datetime | None
    voided: bool


@dataclass(frozen=True)
class ProductFigure:
    product_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    quantity: Decimal
    amount: Money


@dataclass(frozen=True)
class OwnerFigure:
    participant_id: int | None  # None: the programme's plot
    owner_name: str
    gross: Money
    commission: Money

    @property
    def net(self) -> Money:
        return self.gross - self.commission


@dataclass(frozen=True)
class VoidFigure:
    number: str
    kind: str  # "void" or "refund"
    amount: Money
    reason: str
    approved_by: str
    at: datetime


@dataclass(frozen=True)
class OverrideFigure:
    number: str
    code: str
    name_th: str
    list_price: Money | None
    unit_price: Money
    discount: Money
    approved_by: str


@dataclass(frozen=True)
class DayReport:
    day: date
    closed: bool  # Z report when True, X report (so far) otherwise
    opened_at: datetime | None
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    opening_float: Money
    sale_count: int
    void_count: int
    gross: Money  # valid sales, before refunds
    refunds: Money
    net: Money  # gross - refunds
    cash: Money  # cash kept for valid sales, less cash refunds
    promptpay: Money
    expected_cash: Money  # opening float + cash
    counted_cash: Money | None
    difference: Money | None  # counted - expected
    by_product: tuple[ProductFigure, ...] = ()
    by_owner: tuple[OwnerFigure, ...] = ()
    voids: tuple[VoidFigure, ...] = ()
    overrides: tuple[OverrideFigure, ...] = ()
    oversold: tuple[StockWarning, ...] = ()
    stall_name: str = ""


def _payment_label(cash: Money, promptpay: Money) -> str:
    if promptpay and cash:
        return "split"
    return "promptpay" if promptpay else "cash"


# -- rules ----------------------------------------------------------------------
LEDGER_SALE_KEY = "sale:{uid}"
MAX_CHANGE = Money.baht(1000)  # change of a 1000-baht note or more means a mistyped amount
MAX_FLOAT = Money.baht(100_000)
_RECEIPT_PREFIX = "JP"
_SALES = Sale.__table__
_LINES = SaleLine.__table__
_PAYMENTS = SalePayment.__table__
_MOVEMENTS = StockMovement.__table__
_COUNTERS = ReceiptCounter.__table__
_PARKED = ParkedCart.__table__
_BUSINESS_DAYS = BusinessDay.__table__
_SETTINGS = Setting.__table__
_PARTICIPANTS = Participant.__table__

# The commit's statements, built once (the hot path skips building and cache-keying them).
_COMMIT_SETTINGS = ("commission_percent_plot", "commission_percent_consignment",
                    "promptpay_max_amount")
# Before writing, one round trip (portable: a SELECT of scalar subqueries): was
# this cart committed already, is the day closed, and the settings the commit uses.
_BEFORE_COMMIT = select(
    select(_SALES.c.id).where(_SALES.c.uid == bindparam("uid")).scalar_subquery()
    .label("existing"),
    select(_BUSINESS_DAYS.c.closed_at).where(_BUSINESS_DAYS.c.day == bindparam("day"))
    .scalar_subquery().label("closed_at"),
    *(select(_SETTINGS.c.value).where(_SETTINGS.c.key == key).scalar_subquery().label(key)
      for key in _COMMIT_SETTINGS))
_LEVELS = (select(_MOVEMENTS.c.product_id, func.sum(_MOVEMENTS.c.quantity))
           .where(_MOVEMENTS.c.product_id.in_(bindparam("ids", expanding=True)))
           .group_by(_MOVEMENTS.c.product_id))
_BUMP = (update(_COUNTERS).where(_COUNTERS.c.year_be == bindparam("year"))
         .values(last_number=_COUNTERS.c.last_number + 1).returning(_COUNTERS.c.last_number))
_NEW_COUNTER = insert(_COUNTERS).values(year_be=bindparam("year"), last_number=1)
_INSERT_SALE = insert(_SALES)
# RETURNING the position too: the rows may come back in any order, but in one
# multi-row INSERT (sort_by_parameter_order would send one INSERT per line on SQLite)
_INSERT_LINES = insert(_LINES).returning(_LINES.c.position, _LINES.c.id)
_INSERT_PAYMENTS = insert(_PAYMENTS)
_INSERT_MOVEMENTS = insert(_MOVEMENTS)
_UNPARK = delete(_PARKED).where(_PARKED.c.operator_id == bindparam("operator"),
                                _PARKED.c.sale_uid == bindparam("uid"))
_OWNER_NAMES = select(_PARTICIPANTS.c.id, _PARTICIPANTS.c.name_th, _PARTICIPANTS.c.nickname).where(
    _PARTICIPANTS.c.id.in_(bindparam("ids", expanding=True)))


def receipt_number(year_be: int, sequence: int) -> str:
    """"JP-2569-000123"."""
    return f"{_RECEIPT_PREFIX}-{year_be}-{sequence:06d}"


def business_day_of(moment: datetime) -> date:
    """The trading day a moment belongs to: its date in Bangkok."""
    return to_local(moment).date()


@dataclass(frozen=True)
class _Figures:
    total: Money
    cash: Money  # kept
    promptpay: Money
    tendered: Money
    change: Money
    amounts: tuple[Money, ...] = ()  # each cart line's amount, in order


def check_payment(cart: Cart, payment: PaymentRequest) -> _Figures:
    """The payment's figures, or InvalidInput (in Thai) when they do not fit the cart."""
    if cart.is_empty:
        raise InvalidInput(tr("The cart is empty."))
    amounts = tuple(line.amount for line in cart.lines)
    for line, amount in zip(cart.lines, amounts):
        if line.quantity <= 0:
            raise InvalidInput(tr("The quantity must be more than zero."))
        if line.quantity > MAX_QUANTITY:
            raise InvalidInput(tr("That quantity is too large."))
        if line.quantity != line.quantity.quantize(Decimal("0.001")):
            raise InvalidInput(tr("A quantity has at most 3 digits after the point."))
        if not line.sold_by_weight and line.quantity != line.quantity.to_integral_value():
            raise InvalidInput(tr("This product is sold by the piece: whole numbers only."))
        if line.unit_price.satang <= 0:
            raise InvalidInput(tr("A price must be more than zero."))
        if line.discount.is_negative or amount.satang <= 0:
            raise InvalidInput(tr("A discount must be less than the line's amount."))
    total = Money(sum(amount.satang for amount in amounts))
    if payment.cash_tendered.is_negative or payment.promptpay.is_negative:
        raise InvalidInput(tr("The amount cannot be negative."))
    if payment.promptpay > total:
        raise InvalidInput(tr("The PromptPay amount is more than the total."))
    cash_due = total - payment.promptpay
    if payment.cash_tendered < cash_due:
        raise InvalidInput(tr("The cash given is less than the amount due ({due}).").format(
            due=cash_due.format()))
    change = payment.cash_tendered - cash_due
    if change >= MAX_CHANGE:
        raise InvalidInput(tr("The change would be {change}: please check the cash given.").format(
            change=change.format()))
    return _Figures(total, cash_due, payment.promptpay, payment.cash_tendered, change, amounts)


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(tr("Please give a reason."))
    if len(reason) > 500:
        raise InvalidInput(tr("The reason is too long."))
    return reason


def _percent(session: Session, participant_id: int | None) -> Decimal:
    key = "commission_percent_plot" if participant_id is None else "commission_percent_consignment"
    return Decimal(str(settings.get(session, key)))


def promptpay_limit(session: Session) -> Money:
    return Money.parse(str(settings.get(session, "promptpay_max_amount")))


def _day_closed(session: Session, day: date) -> bool:
    closed_at = session.execute(
        select(BusinessDay.closed_at).where(BusinessDay.day == day)).scalar()
    return closed_at is not None


def _refuse_closed_day(session: Session, day: date) -> None:
    if _day_closed(session, day):
        raise InvalidInput(tr("Today has been closed (Z report): no more sales or refunds today."))


def _ledger_shares(gross_by_owner: dict[int | None, Money],
                   commission_by_owner: dict[int | None, Money]) -> list[ledger.OwnerShare]:
    return [ledger.OwnerShare(owner, gross, commission_by_owner[owner])
            for owner, gross in gross_by_owner.items()]


def _post_sale_ledger(session: Session, *, key: str, reference: str, on: date,
                      operator_id: int | None, cash: Money, promptpay: Money,
                      shares: list[ledger.OwnerShare], new_key: bool = False) -> int:
    """The one call site of the fund ledger for sales and refunds."""
    return ledger.post_sale(session, key=key, reference=reference, on=on, operator_id=operator_id,
                            cash=cash, promptpay=promptpay, shares=shares, new_key=new_key)


# -- commit ---------------------------------------------------------------------
def commit_sale(db: Database, cart: Cart, who: SignedIn, payment: PaymentRequest,
                now: datetime | None = None) -> SaleResult:
    """Record the sale in one transaction; the same cart twice gives the first sale back."""
    figures = check_payment(cart, payment)
    with db.unit_of_work() as session:
        sale_id, committed = commit_in_session(session, cart, who.operator_id, who.name,
                                               payment, figures, now or utc_now())
        if committed is None:
            return _load_result(session, sale_id, already_committed=True)
    return committed


def commit_in_session(session: Session, cart: Cart, operator_id: int, vendor_name: str,
                      payment: PaymentRequest, figures: _Figures | None = None,
                      now: datetime | None = None) -> tuple[int, SaleResult | None]:
    """The commit inside the caller's unit of work (SQLAlchemy Core on the hot path).

    Returns (sale id, result); the result is None when the cart was already
    committed (the caller loads the earlier sale).
    """
    figures = figures or check_payment(cart, payment)
    now = now or utc_now()
    amounts = figures.amounts if len(figures.amounts) == len(cart.lines) else tuple(
        line.amount for line in cart.lines)
    conn = session.connection()
    day = business_day_of(now)
    before_commit = conn.execute(_BEFORE_COMMIT, {"uid": cart.sale_uid, "day": day}).one()
    if before_commit.existing is not None:
        return before_commit.existing, None
    if before_commit.closed_at is not None:
        raise InvalidInput(tr("Today has been closed (Z report): no more sales or refunds today."))
    values = {k: settings.DEFAULTS[k] if v is None else json.loads(v)
              for k, v in zip(_COMMIT_SETTINGS, before_commit[2:])}
    limit = Money.parse(str(values["promptpay_max_amount"]))
    if figures.promptpay > limit:
        raise InvalidInput(tr("A PromptPay QR can be at most {max}.").format(max=limit.format()))
    rates = {None: Decimal(str(values["commission_percent_plot"])),
             "consignment": Decimal(str(values["commission_percent_consignment"]))}

    # stock before the sale: warn on lines that sell more than is recorded
    product_ids = sorted({line.product_id for line in cart.lines})
    running = {pid: (total if isinstance(total, Decimal) else Decimal(total) / 1000)
               for pid, total in conn.execute(_LEVELS, {"ids": product_ids})}
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

    # the receipt number: one counter row per BE year, in this transaction
    year = be_year(day)
    sequence = conn.execute(_BUMP, {"year": year}).scalar()  # UPDATE ... RETURNING (SQLite, PostgreSQL)
    if sequence is None:
        conn.execute(_NEW_COUNTER, {"year": year})
        sequence = 1
    number = receipt_number(year, sequence)

    sale_id = conn.execute(_INSERT_SALE, dict(
        uid=cart.sale_uid, number=number, year_be=year, sequence=sequence, at=now,
        business_day=day, operator_id=operator_id, vendor_name=vendor_name,
        total=figures.total, cash=figures.cash, promptpay=figures.promptpay,
        tendered=figures.tendered, change=figures.change, voided=False,
    )).inserted_primary_key[0]

    line_rows = []
    percents = {None: str(rates[None]), "consignment": str(rates["consignment"])}
    for position, (line, amount, before) in enumerate(zip(cart.lines, amounts, stock_before),
                                                      start=1):
        rate = percents[None] if line.owner_participant_id is None else percents["consignment"]
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

    # stock: one "sale" movement per line (the rows stock.add_movement would add)
    conn.execute(_INSERT_MOVEMENTS, [
        {"product_id": line.product_id, "quantity": -line.quantity, "reason": "sale",
         "reference": number, "at": now, "operator_id": operator_id, "note": ""}
        for line in cart.lines])

    # the fund ledger: each owner's gross, less the programme's commission
    gross: dict[int | None, Money] = {}
    for line, amount in zip(cart.lines, amounts):
        gross[line.owner_participant_id] = gross.get(line.owner_participant_id, Money(0)) + amount
    commission = {owner: amount.percent(rates[None] if owner is None else rates["consignment"])
                  for owner, amount in gross.items()}
    # new_key: the uid check above, in this transaction, found no sale with this cart's
    # uid, hence no ledger entry under its key (the key's unique constraint backs this)
    _post_sale_ledger(session, key=LEDGER_SALE_KEY.format(uid=cart.sale_uid), reference=number,
                      on=day, operator_id=operator_id, cash=figures.cash,
                      promptpay=figures.promptpay, shares=_ledger_shares(gross, commission),
                      new_key=True)

    conn.execute(_UNPARK, {"operator": operator_id, "uid": cart.sale_uid})
    mark_changed(session, "sales", "stock")

    owners = _owner_names(session, {l.owner_participant_id for l in cart.lines})
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


def _owner_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.connection().execute(_OWNER_NAMES, {"ids": wanted})
    return {i: display_name(name, nick) for i, name, nick in rows}


# -- reading a sale -----------------------------------------------------------
def _load_result(session: Session, sale_id: int, already_committed: bool = False) -> SaleResult:
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound(tr("There is no such sale."))
    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)
                            .order_by(SaleLine.position)).all()
    refunded = _refunded_by_line(session, sale_id)
    reversals = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)
                                .order_by(SaleReversal.id)).all()
    void = next((r for r in reversals if r.kind == "void"), None)
    owners = _owner_names(session, {l.owner_participant_id for l in lines})
    receipt_lines = tuple(
        ReceiptLine(l.id, l.code, l.name_th, l.name_en, l.unit, l.quantity, l.unit_price,
                    l.discount, l.amount, owners.get(l.owner_participant_id, ""),
                    refunded.get(l.id, (Decimal("0.000"), Money(0)))[0], l.product_id,
                    l.owner_participant_id, l.list_price, l.sold_by_weight)
        for l in lines)
    warnings = tuple(
        StockWarning(l.product_id, l.code, l.name_th, l.name_en, l.unit, l.stock_before,
                     l.quantity)
        for l in lines if l.stock_before is not None)
    refunded_total = sum((r.amount for r in reversals if r.kind == "refund"), Money(0))
    return SaleResult(sale.id, sale.number, sale.at, sale.vendor_name, receipt_lines, sale.total,
                      sale.cash, sale.promptpay, sale.tendered, sale.change, sale.voided,
                      void.reason if void else "", already_committed, warnings, refunded_total,
                      sale.uid)


def _refunded_by_line(session: Session, sale_id: int) -> dict[int, tuple[Decimal, Money]]:
    """sale line id -> (quantity, amount) already given back by refunds and voids."""
    rows = session.execute(
        select(SaleReversalLine.sale_line_id, SaleReversalLine.quantity, SaleReversalLine.amount)
        .join(SaleReversal, SaleReversal.id == SaleReversalLine.reversal_id)
        .where(SaleReversal.sale_id == sale_id))
    result: dict[int, tuple[Decimal, Money]] = {}
    for line_id, qty, amount in rows:
        q, a = result.get(line_id, (Decimal("0.000"), Money(0)))
        result[line_id] = (q + qty, a + amount)
    return result


def sale_result(db: Database, sale_id: int) -> SaleResult:
    with db.reading() as session:
        return _load_result(session, sale_id)


def sale_by_number(db: Database, number: str) -> SaleResult:
    with db.reading() as session:
        sale_id = session.execute(select(Sale.id).where(Sale.number == number.strip())).scalar()
        if sale_id is None:
            raise NotFound(tr("There is no sale with number {number}.").format(number=number))
        return _load_result(session, sale_id)


def sales_of_day(db: Database, day: date, search: str = "") -> list[SaleSummary]:
    """The day's sales, newest first; ``search`` matches the receipt number (or its last digits)."""
    needle = search.strip().upper()
    with db.reading() as session:
        query = select(Sale).where(Sale.business_day == day).order_by(Sale.id.desc())
        if needle:
            if needle.isdigit():
                query = query.where(Sale.sequence == int(needle))
            else:
                query = query.where(Sale.number.contains(needle))
        sales = session.scalars(query).all()
        refunded_ids = set(session.scalars(
            select(SaleReversal.sale_id).where(SaleReversal.kind == "refund",
                                               SaleReversal.sale_id.in_([s.id for s in sales]))))
        return [SaleSummary(s.id, s.number, s.at, s.total, _payment_label(s.cash, s.promptpay),
                            s.voided, s.id in refunded_ids, s.vendor_name) for s in sales]


def popularity(db: Database, days: int = 30, now: datetime | None = None) -> dict[int, int]:
    """Product id -> how many sales lines sold it in the last ``days`` days (not voided)."""
    since = business_day_of(now or utc_now()) - timedelta(days=days)
    with db.reading() as session:
        rows = session.execute(
            select(SaleLine.product_id, func.count(SaleLine.id))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.business_day > since, Sale.voided.is_(False))
            .group_by(SaleLine.product_id))
        return {product_id: count for product_id, count in rows}


# -- parked carts ---------------------------------------------------------------
def park_cart(db: Database, who: SignedIn, cart: Cart) -> None:
    """Keep the operator's open cart (survives a crash and a sign-out); an empty cart clears it."""
    with db.unit_of_work() as session:
        row = session.get(ParkedCart, who.operator_id)
        if cart.is_empty:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(ParkedCart(operator_id=who.operator_id, sale_uid=cart.sale_uid,
                                   cart_json=cart.to_json(), parked_at=utc_now()))
        else:
            row.sale_uid, row.cart_json, row.parked_at = cart.sale_uid, cart.to_json(), utc_now()


def parked_cart(db: Database, who: SignedIn) -> Cart | None:
    """The operator's parked cart, unless it was committed meanwhile."""
    with db.reading() as session:
        row = session.get(ParkedCart, who.operator_id)
        if row is None:
            return None
        committed = session.execute(select(Sale.id).where(Sale.uid == row.sale_uid)).scalar()
        return None if committed is not None else Cart.from_json(row.cart_json)


# -- voids and refunds ------------------------------------------------------------
def _sale_for_reversal(session: Session, sale_id: int) -> Sale:
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound(tr("There is no such sale."))
    if sale.voided:
        raise InvalidInput(tr("Sale {number} is already voided.").format(number=sale.number))
    return sale


def void_sale(db: Database, sale_id: int, who: SignedIn, staff_pin: str, reason: str,
              now: datetime | None = None) -> SaleResult:
    """Void a whole sale (what was not refunded yet): stock and ledger back, number kept."""
    reason = _reason(reason)
    now = now or utc_now()
    with db.reading() as session:
        sale = _sale_for_reversal(session, sale_id)
        _refuse_closed_day(session, business_day_of(now))
        number = sale.number
    approver = auth.approve_with_staff_pin(db, staff_pin, "sale_void", number,
                                           requested_by=who.operator_id, reason=reason)
    with db.unit_of_work() as session:
        return void_in_session(session, sale_id, who.operator_id, approver, reason, now)


def void_in_session(session: Session, sale_id: int, operator_id: int, approver: SignedIn,
                    reason: str, now: datetime, audited: bool = True) -> SaleResult:
    """The void inside the caller's unit of work (the PIN was checked before)."""
    sale = _sale_for_reversal(session, sale_id)
    day = business_day_of(now)
    _refuse_closed_day(session, day)
    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)).all()
    done = _refunded_by_line(session, sale_id)
    nothing = (Decimal(0), Money(0))
    back = {l.id: (l.quantity - done.get(l.id, nothing)[0], l.amount - done.get(l.id, nothing)[1])
            for l in lines}
    earlier = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)).all()
    cash = sale.cash - sum((r.cash for r in earlier), Money(0))
    promptpay = sale.promptpay - sum((r.promptpay for r in earlier), Money(0))
    reversal = SaleReversal(
        sale_id=sale_id, kind="void", at=now, business_day=day, amount=cash + promptpay,
        cash=cash, promptpay=promptpay, reason=reason, operator_id=operator_id,
        approved_by_id=approver.operator_id, ledger_key=f"void:{sale.uid}")
    session.add(reversal)
    session.flush()
    for line in lines:
        qty, amount = back[line.id]
        if qty > 0:
            session.add(SaleReversalLine(reversal_id=reversal.id, sale_line_id=line.id,
                                         quantity=qty, amount=amount))
            stock.add_movement(session, line.product_id, qty, "void", sale.number,
                               operator_id, reason)
    sale.voided = True
    # refunds first (money back in), then the sale: the fund never dips below zero on the way
    for refund in earlier:
        ledger.reverse(session, key=f"void:{refund.ledger_key}", original_key=refund.ledger_key,
                       on=day, reason=reason, operator_id=operator_id)
    ledger.reverse(session, key=f"void:{sale.uid}",
                   original_key=LEDGER_SALE_KEY.format(uid=sale.uid), on=day, reason=reason,
                   operator_id=operator_id)
    if audited:
        audit.record(session, "sale_void", operator_id, sale.number, reason=reason,
                     approved_by=approver.name, amount=reversal.amount.plain())
    mark_changed(session, "sales", "stock")
    session.flush()
    return _load_result(session, sale_id)


def _share_back(original: Money, quantity: Decimal, before: Decimal, now_back: Decimal) -> Money:
    """The part of a line's amount that ``now_back`` more units give back (rounded cumulatively).

    Rounding the running total rather than each refund makes a line refunded
    in pieces give back exactly its amount.
    """
    def upto(q: Decimal) -> int:
        exact = Decimal(original.satang) * q / quantity
        return int(exact.to_integral_value(rounding=ROUND_HALF_UP))
    return Money(upto(before + now_back) - upto(before))


def refund_lines(db: Database, sale_id: int, quantities: dict[int, Decimal], who: SignedIn,
                 staff_pin: str, reason: str, now: datetime | None = None) -> SaleResult:
    """Give back some lines (line id -> quantity): stock back, ledger entry, number kept."""
    reason = _reason(reason)
    now = now or utc_now()
    wanted = {line_id: q for line_id, q in quantities.items() if q != 0}
    if not wanted:
        raise InvalidInput(tr("Choose what to refund."))

    def check(session: Session) -> Sale:
        sale = _sale_for_reversal(session, sale_id)
        lines = {l.id: l for l in session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id))}
        done = _refunded_by_line(session, sale_id)
        for line_id, qty in wanted.items():
            line = lines.get(line_id)
            if line is None:
                raise InvalidInput(tr("That line is not part of this sale."))
            if not isinstance(qty, Decimal) or qty <= 0 or qty != qty.quantize(Decimal("0.001")):
                raise InvalidInput(tr("The quantity must be more than zero."))
            if not line.sold_by_weight and qty != qty.to_integral_value():
                raise InvalidInput(tr("This product is sold by the piece: whole numbers only."))
            left = line.quantity - done.get(line_id, (Decimal(0), Money(0)))[0]
            if qty > left:
                raise InvalidInput(tr("Only {left} {unit} of {name} can still be refunded.").format(
                    left=format_quantity(left), unit=line.unit, name=line.name_th))
        _refuse_closed_day(session, business_day_of(now))
        return sale

    with db.reading() as session:
        number = check(session).number
    approver = auth.approve_with_staff_pin(db, staff_pin, "sale_refund", number,
                                           requested_by=who.operator_id, reason=reason)
    with db.unit_of_work() as session:
        sale = check(session)
        day = business_day_of(now)
        lines = {l.id: l for l in session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id))}
        done = _refunded_by_line(session, sale_id)
        pieces = []
        for line_id, qty in sorted(wanted.items()):
            line = lines[line_id]
            before = done.get(line_id, (Decimal("0.000"), Money(0)))[0]
            pieces.append((line, qty, _share_back(line.amount, line.quantity, before, qty)))
        amount = sum((p[2] for p in pieces), Money(0))
        earlier = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)).all()
        cash_left = sale.cash - sum((r.cash for r in earlier), Money(0))
        cash = min(amount, cash_left)  # cash back first, the rest by PromptPay transfer
        promptpay = amount - cash
        count = len(earlier) + 1
        key = f"refund:{sale.uid}:{count}"
        reversal = SaleReversal(
            sale_id=sale_id, kind="refund", at=now, business_day=day, amount=amount, cash=cash,
            promptpay=promptpay, reason=reason, operator_id=who.operator_id,
            approved_by_id=approver.operator_id, ledger_key=key)
        session.add(reversal)
        session.flush()
        gross: dict[int | None, Money] = {}
        for line, qty, back in pieces:
            session.add(SaleReversalLine(reversal_id=reversal.id, sale_line_id=line.id,
                                         quantity=qty, amount=back))
            stock.add_movement(session, line.product_id, qty, "refund", sale.number,
                               who.operator_id, reason)
            gross[line.owner_participant_id] = gross.get(line.owner_participant_id, Money(0)) + back
        commission = _refund_commission(session, sale_id, lines, done, gross)
        if amount:
            _post_sale_ledger(session, key=key, reference=sale.number, on=day,
                              operator_id=who.operator_id, cash=-cash, promptpay=-promptpay,
                              shares=_ledger_shares({o: -g for o, g in gross.items() if g},
                                                    {o: -c for o, c in commission.items()}))
        audit.record(session, "sale_refund", who.operator_id, sale.number, reason=reason,
                     approved_by=approver.name, amount=amount.plain(),
                     lines={str(l.id): str(q) for l, q, _ in pieces})
        mark_changed(session, "sales", "stock")
        session.flush()
        return _load_result(session, sale_id)


def _refund_commission(session: Session, sale_id: int, lines: dict[int, SaleLine],
                       done: dict[int, tuple[Decimal, Money]],
                       gross_back: dict[int | None, Money]) -> dict[int | None, Money]:
    """Per owner, the commission this refund takes back (rounded on the running total)."""
    result = {}
    for owner, back in gross_back.items():
        owner_lines = [l for l in lines.values() if l.owner_participant_id == owner]
        rate = Decimal(owner_lines[0].commission_percent)
        before = sum((done.get(l.id, (Decimal(0), Money(0)))[1] for l in owner_lines), Money(0))
        result[owner] = (before + back).percent(rate) - before.percent(rate)
    return result


# -- PromptPay reconciliation ------------------------------------------------------
def promptpay_for_reconciliation(db: Database, day: date) -> list[PromptPayRow]:
    """The day's PromptPay payments (as the vendors confirmed them), to tick off the bank statement."""
    confirmer = aliased(Operator)
    ticker = aliased(Operator)
    with db.reading() as session:
        rows = session.execute(
            select(SalePayment, Sale.number, Sale.voided, confirmer.name, ticker.name)
            .join(Sale, Sale.id == SalePayment.sale_id)
            .join(confirmer, confirmer.id == SalePayment.confirmed_by_id)
            .outerjoin(ticker, ticker.id == SalePayment.reconciled_by_id)
            .where(Sale.business_day == day, SalePayment.method == "promptpay")
            .order_by(SalePayment.confirmed_at, SalePayment.id))
        return [PromptPayRow(p.id, p.sale_id, number, p.confirmed_at, p.amount, by or "",
                             p.reconciled, ticked_by or "", p.reconciled_at, voided)
                for p, number, voided, by, ticked_by in rows]


def tick_promptpay(db: Database, payment_id: int, who: SignedIn, ticked: bool) -> None:
    """Staff mark a PromptPay payment as found (or not) on the bank statement; audited."""
    if not who.is_staff:
        raise NotAllowed(tr("Only staff can reconcile PromptPay payments."))
    with db.unit_of_work() as session:
        payment = session.get(SalePayment, payment_id)
        if payment is None or payment.method != "promptpay":
            raise NotFound(tr("There is no such PromptPay payment."))
        if payment.reconciled == ticked:
            return
        payment.reconciled = ticked
        payment.reconciled_by_id = who.operator_id if ticked else None
        payment.reconciled_at = utc_now() if ticked else None
        number = session.execute(select(Sale.number).where(Sale.id == payment.sale_id)).scalar()
        audit.record(session, "promptpay_tick" if ticked else "promptpay_untick", who.operator_id,
                     number or "", amount=payment.amount.plain())
        mark_changed(session, "sales")


# -- the day: opening float, X and Z reports -------------------------------------------
def open_day(db: Database, who: SignedIn, opening_float: Money, now: datetime | None = None) -> None:
    """Start today's trading with the cash in the drawer (may be set again until closed)."""
    if opening_float.is_negative:
        raise InvalidInput(tr("The amount cannot be negative."))
    if opening_float > MAX_FLOAT:
        raise InvalidInput(tr("The amount is too large."))
    now = now or utc_now()
    day = business_day_of(now)
    with db.unit_of_work() as session:
        row = session.get(BusinessDay, day)
        if row is not None and row.closed_at is not None:
            raise InvalidInput(tr("Today has been closed (Z report): no more sales or refunds today."))
        if row is None:
            row = BusinessDay(day=day, opening_float=opening_float)
            session.add(row)
        old = row.opening_float
        row.opening_float = opening_float
        row.opened_at = row.opened_at or now
        row.opened_by_id = row.opened_by_id or who.operator_id
        audit.record(session, "day_open", who.operator_id, day.isoformat(),
                     opening_float=opening_float.plain(), old=old.plain())
        mark_changed(session, "sales")


def day_report(db: Database, day: date) -> DayReport:
    """The X report (so far) of an open day, or the Z report of a closed one."""
    with db.reading() as session:
        return build_day_report(session, day)


def close_day(db: Database, who: SignedIn, counted_cash: Money,
              now: datetime | None = None) -> DayReport:
    """Close today (Z report): record the counted cash and the difference; no more sales today."""
    if counted_cash.is_negative:
        raise InvalidInput(tr("The amount cannot be negative."))
    if counted_cash > MAX_FLOAT * 10:
        raise InvalidInput(tr("The amount is too large."))
    now = now or utc_now()
    day = business_day_of(now)
    with db.unit_of_work() as session:
        row = session.get(BusinessDay, day)
        if row is not None and row.closed_at is not None:
            raise InvalidInput(tr("Today has already been closed."))
        if row is None:
            row = BusinessDay(day=day, opening_float=Money(0))
            session.add(row)
            session.flush()
        report = build_day_report(session, day)
        row.closed_at = now
        row.closed_by_id = who.operator_id
        row.expected_cash = report.expected_cash
        row.counted_cash = counted_cash
        row.difference = counted_cash - report.expected_cash
        audit.record(session, "day_close", who.operator_id, day.isoformat(),
                     expected=report.expected_cash.plain(), counted=counted_cash.plain(),
                     difference=row.difference.plain())
        mark_changed(session, "sales")
        session.flush()
        return build_day_report(session, day)


# -- invariants for `kiosk check` ------------------------------------------------------
@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "receipt numbers are gapless per year"))
def _check_numbers(session: Session) -> list[str]:
    problems = []
    counters = dict(session.execute(select(ReceiptCounter.year_be, ReceiptCounter.last_number)).all())
    years = session.execute(
        select(Sale.year_be, func.count(Sale.id), func.min(Sale.sequence), func.max(Sale.sequence))
        .group_by(Sale.year_be)).all()
    for year, count, low, high in years:
        if low != 1 or high != count or counters.get(year) != high:
            problems.append(f"receipt numbers of {year}: {count} sales, {low}..{high}, "
                            f"counter {counters.get(year)}")
    for year, last in counters.items():
        if year not in {y for y, *_ in years} and last:
            problems.append(f"receipt counter of {year} is {last} but there are no sales")
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "each sale's lines and payments add up to its total"))
def _check_totals(session: Session) -> list[str]:
    line_sums = dict(session.execute(
        select(SaleLine.sale_id, func.sum(type_coerce(SaleLine.amount, BigInteger)))
        .group_by(SaleLine.sale_id)).all())
    pay_sums = dict(session.execute(
        select(SalePayment.sale_id, func.sum(type_coerce(SalePayment.amount, BigInteger)))
        .group_by(SalePayment.sale_id)).all())
    problems = []
    for sale_id, number, total in session.execute(select(Sale.id, Sale.number, Sale.total)):
        if line_sums.get(sale_id) != total.satang or pay_sums.get(sale_id) != total.satang:
            problems.append(f"sale {number}: total {total.plain()} but lines "
                            f"{line_sums.get(sale_id)} and payments {pay_sums.get(sale_id)} satang")
    return problems


from kiosk.services.sales_day import build_day_report  # noqa: E402  (uses the dataclasses above)
