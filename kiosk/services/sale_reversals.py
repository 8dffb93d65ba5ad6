"""Voids and refunds: the customer's money back, stock back, the ledger reversed.

A reversal keeps the sale's number and is a row of its own on the day it
was made. Every check runs before the staff PIN is asked for; the approval
is audited in the reversal's own unit of work, so a refused reversal leaves
no approval behind. A customer can always be refunded: when the owner was
paid out already, their share becomes what they owe the fund.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models.sales import Sale, SaleLine, SaleReversal, SaleReversalLine
from kiosk.money import Money, check_quantity
from kiosk.services import audit, auth, ledger, proceeds, sale_ledger, stock
from kiosk.services.auth import SignedIn
from kiosk.services.cart import is_id
from kiosk.services.sale_results import (
    SaleResult, business_day_of, load_result, refunded_by_line,
)
from kiosk.services.sale_rules import (
    check_operator, check_when, check_who, reason as checked_reason, refuse_closed_day,
)
from kiosk.shares import Owner, PricedLine, Share, commission, line_share_back, refund_shares, void_shares
from kiosk.topics import Topic
from kiosk.units import quantity_with_unit

_NOTHING = (Decimal("0.000"), Money(0))


def _sale_for_reversal(session: Session, sale_id: object) -> Sale:
    if not is_id(sale_id):
        raise NotFound(tr("There is no such sale."))
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFound(tr("There is no such sale."))
    if sale.voided:
        raise InvalidInput(tr("Sale {number} is already voided.").format(number=sale.number))
    return sale


def _priced(line: SaleLine, amount: Money) -> PricedLine:
    return PricedLine(line.owner_participant_id, amount, Decimal(line.commission_percent))


def _gross_before(lines, done) -> dict[Owner, Money]:
    before: dict[Owner, Money] = {}
    for line in lines:
        amount = done.get(line.id, _NOTHING)[1]
        before[line.owner_participant_id] = before.get(line.owner_participant_id, Money(0)) + amount
    return before


def _net(gross: Money, rate: Decimal) -> Money:
    return gross - commission(gross, rate)


def _give_back_deductions(session: Session, sale: Sale, lines, done, shares: list[Share],
                          record_key: str, on, operator_id: int) -> None:
    """Each owner's loans give back their part of this sale's deduction."""
    sold = {s.owner: s for s in _sale_shares(lines)}
    before = _gross_before(lines, done)
    rates = {l.owner_participant_id: Decimal(l.commission_percent) for l in lines}
    for share in shares:
        if share.owner is None:
            continue
        proceeds.give_back(
            session, sale_key=sale_ledger.sale_key(sale.uid), record_key=record_key,
            reference=sale.number, on=on, operator_id=operator_id, participant_id=share.owner,
            whole=sold[share.owner].net,
            before=_net(before.get(share.owner, Money(0)), rates[share.owner]), back=share.net)


def _sale_shares(lines) -> list[Share]:
    from kiosk.shares import sale_shares
    return sale_shares(_priced(l, l.amount) for l in lines)


# -- void ----------------------------------------------------------------------------
def void_sale(db: Database, sale_id: int, who: SignedIn, staff_pin: str, reason: str,
              now: datetime | None = None) -> SaleResult:
    """Void a whole sale (what was not refunded yet): stock and ledger back, number kept."""
    check_who(who)
    reason = checked_reason(reason)
    now = now or utc_now()
    check_when(now)
    with db.reading() as session:
        check_operator(session, who)
        sale = _sale_for_reversal(session, sale_id)
        refuse_closed_day(session, business_day_of(now))
        number = sale.number
    approver = auth.verify_staff_pin(db, staff_pin, "sale_void", number,
                                     requested_by=who.operator_id)
    with db.unit_of_work() as session:
        check_operator(session, who)
        result = void_in_session(session, sale_id, who.operator_id, approver, reason, now)
        auth.record_approval(session, approver, "sale_void", number,
                             requested_by=who.operator_id, reason=reason)
        return result


def void_in_session(session: Session, sale_id: int, operator_id: int, approver: SignedIn,
                    reason: str, now: datetime, audited: bool = True) -> SaleResult:
    """The void inside the caller's unit of work (the PIN was checked before)."""
    sale = _sale_for_reversal(session, sale_id)
    day = business_day_of(now)
    refuse_closed_day(session, day)
    lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)).all()
    done = refunded_by_line(session, sale_id)
    back = {l.id: (l.quantity - done.get(l.id, _NOTHING)[0], l.amount - done.get(l.id, _NOTHING)[1])
            for l in lines}
    earlier = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)
                              .order_by(SaleReversal.id)).all()
    cash = sale.cash - sum((r.cash for r in earlier), Money(0))
    promptpay = sale.promptpay - sum((r.promptpay for r in earlier), Money(0))
    key = sale_ledger.void_key(sale.uid)
    reversal = SaleReversal(
        sale_id=sale_id, kind="void", at=now, business_day=day, amount=cash + promptpay,
        cash=cash, promptpay=promptpay, reason=reason, operator_id=operator_id,
        approved_by_id=approver.operator_id, ledger_key=key)
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
    given = refund_shares((_priced(l, done.get(l.id, _NOTHING)[1]) for l in lines), {})
    left = void_shares((_priced(l, l.amount) for l in lines), given)
    _give_back_deductions(session, sale, lines, done, left, key, day, operator_id)
    with ledger.owed_may_go_into_debit(session):
        # refunds first (money back in), then the sale: the fund never dips below zero on the way
        for refund in earlier:
            ledger.reverse(session, key=sale_ledger.void_key(refund.ledger_key),
                           original_key=refund.ledger_key, on=day, reason=reason,
                           operator_id=operator_id)
        ledger.reverse(session, key=key, original_key=sale_ledger.sale_key(sale.uid), on=day,
                       reason=reason, operator_id=operator_id)
    if audited:
        audit.record(session, "sale_void", operator_id, sale.number, reason=reason,
                     approved_by=approver.name, amount=reversal.amount.plain())
    mark_changed(session, Topic.SALES, Topic.STOCK)
    session.flush()
    return load_result(session, sale_id)


# -- refund --------------------------------------------------------------------------
def _check_refund(session: Session, sale_id: int, wanted: dict, now: datetime):
    """The sale, its lines, what went back already and this refund's pieces; or the reason not."""
    sale = _sale_for_reversal(session, sale_id)
    lines = {l.id: l for l in session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id))}
    done = refunded_by_line(session, sale_id)
    if any(type(line_id) is not int or line_id not in lines for line_id in wanted):
        raise InvalidInput(tr("That line is not part of this sale."))
    pieces = []
    for line_id, qty in sorted(wanted.items()):
        line = lines[line_id]
        if line is None:
            raise InvalidInput(tr("That line is not part of this sale."))
        qty = check_quantity(qty, line.sold_by_weight)
        before = done.get(line_id, _NOTHING)[0]
        left = line.quantity - before
        if qty > left:
            raise InvalidInput(tr("Only {left} of {name} can still be refunded.").format(
                left=quantity_with_unit(left, line.unit), name=line.name_th))
        pieces.append((line, qty, line_share_back(line.amount, line.quantity, before, qty)))
    amount = sum((p[2] for p in pieces), Money(0))
    if not amount:
        raise InvalidInput(tr("This refund comes to {amount}: there is nothing to give back. "
                              "Refund a larger quantity.").format(amount=amount.format()))
    refuse_closed_day(session, business_day_of(now))
    return sale, lines, done, pieces, amount


def refund_lines(db: Database, sale_id: int, quantities: dict[int, Decimal], who: SignedIn,
                 staff_pin: str, reason: str, now: datetime | None = None) -> SaleResult:
    """Give back some lines (line id -> quantity): stock back, ledger entry, number kept."""
    check_who(who)
    reason = checked_reason(reason)
    now = now or utc_now()
    check_when(now)
    if not isinstance(quantities, dict):
        raise InvalidInput(tr("Choose what to refund."))
    wanted = {line_id: q for line_id, q in quantities.items() if not (
        (isinstance(q, Decimal) and q.is_zero()) or (type(q) is int and q == 0))}
    if not wanted:
        raise InvalidInput(tr("Choose what to refund."))
    with db.reading() as session:
        check_operator(session, who)
        number = _check_refund(session, sale_id, wanted, now)[0].number
    approver = auth.verify_staff_pin(db, staff_pin, "sale_refund", number,
                                     requested_by=who.operator_id)
    with db.unit_of_work() as session:
        check_operator(session, who)
        sale, lines, done, pieces, amount = _check_refund(session, sale_id, wanted, now)
        day = business_day_of(now)
        earlier = session.scalars(select(SaleReversal).where(SaleReversal.sale_id == sale_id)).all()
        cash_left = sale.cash - sum((r.cash for r in earlier), Money(0))
        cash = min(amount, cash_left)  # cash back first, the rest by PromptPay transfer
        promptpay = amount - cash
        key = sale_ledger.refund_key(sale.uid, len(earlier) + 1)
        reversal = SaleReversal(
            sale_id=sale_id, kind="refund", at=now, business_day=day, amount=amount, cash=cash,
            promptpay=promptpay, reason=reason, operator_id=who.operator_id,
            approved_by_id=approver.operator_id, ledger_key=key)
        session.add(reversal)
        session.flush()
        for line, qty, back in pieces:
            session.add(SaleReversalLine(reversal_id=reversal.id, sale_line_id=line.id,
                                         quantity=qty, amount=back))
            stock.add_movement(session, line.product_id, qty, "refund", sale.number,
                               who.operator_id, reason)
        shares = refund_shares((_priced(line, back) for line, _, back in pieces),
                               _gross_before(lines.values(), done))
        _give_back_deductions(session, sale, list(lines.values()), done, shares, key, day,
                              who.operator_id)
        with ledger.owed_may_go_into_debit(session):
            sale_ledger.post(session, key=key, reference=sale.number, on=day,
                             operator_id=who.operator_id, cash=cash, promptpay=promptpay,
                             shares=shares, sign=-1)
        auth.record_approval(session, approver, "sale_refund", sale.number,
                             requested_by=who.operator_id, reason=reason)
        audit.record(session, "sale_refund", who.operator_id, sale.number, reason=reason,
                     approved_by=approver.name, amount=amount.plain(),
                     lines={str(l.id): str(q) for l, q, _ in pieces})
        mark_changed(session, Topic.SALES, Topic.STOCK)
        session.flush()
        return load_result(session, sale_id)
