"""The point of sale's core: commit, park, history, void, refund, day close.

Qt-free. Each user action is one unit of work. The rest of the point of sale
lives in modules beside this one, imported from where they are (no names are
passed on from here): sale_commit (the commit), sale_reversals (voids,
refunds), sale_results (what comes back), sale_rules (the checks), sales_day
(X/Z figures), sale_checks (`kiosk check`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.i18n import tr
from kiosk.models import Operator
from kiosk.models.sales import BusinessDay, ParkedCart, Sale, SaleLine, SalePayment, SaleReversal
from kiosk.money import Money
from kiosk.services import audit, inputs, ledger_chain, sale_checks  # noqa: F401  (sale_checks: its invariants)
from kiosk.services.auth import SignedIn
from kiosk.services.cart import Cart, check_line, is_id
from kiosk.services.sale_results import (
    DayReport, PromptPayRow, SaleResult, SaleSummary, _payment_label, business_day_of, load_result,
)
from kiosk.services.sale_rules import (
    MAX_FLOAT, check_amount, check_day, check_when, check_operator, check_who, promptpay_limit,
    refuse_if_closed,
)
from kiosk.services.sales_day import build_day_report
from kiosk.topics import Topic


SEARCH_MAX = 40  # a receipt number or its last digits


def read_promptpay_limit(db: Database) -> Money:
    """The largest PromptPay QR amount (for the payment screen)."""
    with db.reading() as session:
        return promptpay_limit(session)


def sale_result(db: Database, sale_id: int) -> SaleResult:
    if not is_id(sale_id):
        raise NotFound(tr("There is no such sale."))
    with db.reading() as session:
        return load_result(session, sale_id)


def sale_by_number(db: Database, number: str) -> SaleResult:
    if not isinstance(number, str):
        raise NotFound(tr("There is no sale with number {number}.").format(number=number))
    number = inputs.text(number, max_len=SEARCH_MAX)  # a typed number: no lone surrogates
    with db.reading() as session:
        sale_id = session.execute(select(Sale.id).where(Sale.number == number)).scalar()
        if sale_id is None:
            raise NotFound(tr("There is no sale with number {number}.").format(number=number))
        return load_result(session, sale_id)


def sales_of_day(db: Database, day: date, search: str = "") -> list[SaleSummary]:
    """The day's sales, newest first; ``search`` matches the receipt number (or its last digits)."""
    check_day(day)
    needle = inputs.text(search, max_len=SEARCH_MAX).upper() if isinstance(search, str) else ""
    with db.reading() as session:
        query = select(Sale).where(Sale.business_day == day).order_by(Sale.id.desc())
        if needle:
            if needle.isdigit() and len(needle) <= 9:
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
    if type(days) is not int or not 0 < days <= 3660:
        raise InvalidInput(tr("Please choose a date."))
    now = now or utc_now()
    check_when(now)
    since = business_day_of(now) - timedelta(days=days)
    with db.reading() as session:
        # the window's sales by their day's index, then their lines by sale (a join lets
        # SQLite walk every line ever sold by product instead)
        recent = select(Sale.id).where(Sale.business_day > since, Sale.voided.is_(False))
        rows = session.execute(
            select(SaleLine.product_id, func.count(SaleLine.id))
            .where(SaleLine.sale_id.in_(recent))
            .group_by(SaleLine.product_id))
        return {product_id: count for product_id, count in rows}


# -- parked carts ---------------------------------------------------------------
def park_cart(db: Database, who: SignedIn, cart: Cart) -> None:
    """Keep the operator's open cart (survives a crash and a sign-out); an empty cart clears it."""
    check_who(who)
    if not isinstance(cart, Cart) or not isinstance(cart.sale_uid, str) \
            or not 0 < len(cart.sale_uid) <= 40 or not isinstance(cart.lines, tuple):
        raise InvalidInput(tr("The cart is empty."))
    for line in cart.lines:
        check_line(line)
    with db.unit_of_work() as session:
        check_operator(session, who)
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
    check_who(who)
    with db.reading() as session:
        row = session.get(ParkedCart, who.operator_id)
        if row is None:
            return None
        committed = session.execute(select(Sale.id).where(Sale.uid == row.sale_uid)).scalar()
        return None if committed is not None else Cart.from_json(row.cart_json)



# -- PromptPay reconciliation ------------------------------------------------------
def promptpay_for_reconciliation(db: Database, day: date) -> list[PromptPayRow]:
    """The day's PromptPay payments (as the vendors confirmed them), to tick off the bank statement."""
    check_day(day)
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
    check_who(who)
    if not is_id(payment_id) or not isinstance(ticked, bool):
        raise NotFound(tr("There is no such PromptPay payment."))
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
        mark_changed(session, Topic.SALES)


# -- the day: opening float, X and Z reports -------------------------------------------
def open_day(db: Database, who: SignedIn, opening_float: Money, now: datetime | None = None) -> None:
    """Start today's trading with the cash in the drawer (may be set again until closed)."""
    now = check_day_action(who, opening_float, MAX_FLOAT, now)
    with db.unit_of_work() as session:
        open_day_in_session(session, who, opening_float, now)


def check_day_action(who: SignedIn, amount: Money, limit: Money, now: datetime | None) -> datetime:
    """The inputs of opening or closing the day (checked before a staff PIN is asked)."""
    check_who(who)
    check_amount(amount, limit)
    now = now or utc_now()
    check_when(now)
    return now


def open_day_in_session(session: Session, who: SignedIn, opening_float: Money,
                        now: datetime) -> None:
    """The opening inside the caller's unit of work (its inputs checked before)."""
    day = business_day_of(now)
    check_operator(session, who)
    row = session.get(BusinessDay, day)
    refuse_if_closed(row.closed_at if row is not None else None)
    if row is None:
        row = BusinessDay(day=day, opening_float=opening_float)
        session.add(row)
    old = row.opening_float
    row.opening_float = opening_float
    row.opened_at = row.opened_at or now
    row.opened_by_id = row.opened_by_id or who.operator_id
    audit.record(session, "day_open", who.operator_id, day.isoformat(),
                 opening_float=opening_float.plain(), old=old.plain())
    mark_changed(session, Topic.SALES)


def day_report(db: Database, day: date) -> DayReport:
    """The X report (so far) of an open day, or the Z report of a closed one."""
    check_day(day)
    with db.reading() as session:
        return build_day_report(session, day)


def close_day(db: Database, who: SignedIn, counted_cash: Money,
              now: datetime | None = None) -> DayReport:
    """Close today (Z report): record the counted cash and the difference; no more sales today."""
    now = check_day_action(who, counted_cash, MAX_FLOAT * 10, now)
    with db.unit_of_work() as session:
        return close_day_in_session(session, who, counted_cash, now)


def close_day_in_session(session: Session, who: SignedIn, counted_cash: Money,
                         now: datetime) -> DayReport:
    """The Z inside the caller's unit of work (its inputs checked before)."""
    day = business_day_of(now)
    check_operator(session, who)
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
    row.chain_head = ledger_chain.head(session)  # printed on the Z report: the anchor
    audit.record(session, "day_close", who.operator_id, day.isoformat(),
                 expected=report.expected_cash.plain(), counted=counted_cash.plain(),
                 difference=row.difference.plain())
    mark_changed(session, Topic.SALES)
    session.flush()
    return build_day_report(session, day)
