"""Stock changes made on the small "Stock" form: consignments in, waste out, counts.

Qt-free. Each action is one unit of work, audited (``stock_adjust``) and
validated before anything is written. A consignment's stock movement names
its participant in ``reference`` ("participant:12"); ``consignment_owners``
reads that back so the sale screen can default such a product's lines to
the participant whose produce it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant, Product, StockMovement
from kiosk.names import display_name
from kiosk.money import check_quantity, parse_quantity
from kiosk.services import audit, inputs, stock
from kiosk.services.auth import SignedIn
from kiosk.services.cart import is_id
from kiosk.services.sale_rules import check_operator, check_who
from kiosk.topics import Topic
from kiosk.units import quantity_with_unit

CONSIGNMENT_PREFIX = "participant:"
MAX_NOTE = 500
#: Stock coming in: the latest of these decides whose produce a product is.
_INCOMING = ("harvest", "consignment")


@dataclass(frozen=True)
class StockRow:
    """A product on the Stock form with what the movements add up to."""

    product_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    sold_by_weight: bool
    level: Decimal
    owner_participant_id: int | None  # whose the latest stock in was (None: the plot)
    owner_name: str  # "" for the plot


@dataclass(frozen=True)
class StockChange:
    """What one action did to one product's stock."""

    movement_id: int
    product_id: int
    reason: str  # "consignment", "waste" or "count"
    quantity: Decimal  # signed: + in, - out
    level_before: Decimal
    level_after: Decimal
    participant_id: int | None = None


def consignment_reference(participant_id: int) -> str:
    return f"{CONSIGNMENT_PREFIX}{participant_id}"


def participant_of(reference: str) -> int | None:
    """The participant id in a consignment movement's reference, or None."""
    if not reference.startswith(CONSIGNMENT_PREFIX):
        return None
    rest = reference[len(CONSIGNMENT_PREFIX):]
    return int(rest) if rest.isdigit() else None


# -- validation ------------------------------------------------------------------
def _quantity(value: Decimal | str, sold_by_weight: bool, allow_zero: bool = False) -> Decimal:
    if isinstance(value, str):  # typed: read as every typed quantity is ("0,35" refused)
        value = parse_quantity(value, allow_zero=allow_zero)
    return check_quantity(value, sold_by_weight, allow_zero)


def _text(value: str, required_message: str | None) -> str:
    if value is not None and not isinstance(value, str):
        raise InvalidInput(required_message or tr("The note is too long."))
    # inputs.text also refuses what cannot be stored or shown (a lone surrogate reached
    # SQLite as a UnicodeEncodeError: found by tests/test_fuzz_inputs.py)
    return inputs.text(value, max_len=MAX_NOTE, required=required_message or None,
                       too_long=tr("The note is too long."))


def _product(session: Session, product_id: int) -> Product:
    if not is_id(product_id):
        raise NotFound(tr("There is no such product."))
    product = session.get(Product, product_id)
    if product is None or not product.active:
        raise NotFound(tr("There is no such product."))
    return product


def _staff_only(who: SignedIn) -> None:
    check_who(who)
    if not who.is_staff:
        raise NotAllowed(tr("Only staff can record waste or a stock count."))


def _record(session: Session, who: SignedIn, product: Product, quantity: Decimal, reason: str,
            reference: str, note: str, /, **details: object) -> StockChange:
    check_operator(session, who)
    before = stock.level(session, product.id)
    movement = stock.add_movement(session, product.id, quantity, reason, reference,
                                  who.operator_id, note)
    session.flush()
    after = before + quantity
    audit.record(session, "stock_adjust", who.operator_id, product.code, kind=reason,
                 quantity=str(quantity), before=str(before), after=str(after), **details)
    mark_changed(session, Topic.STOCK)
    return StockChange(movement.id, product.id, reason, quantity, before, after,
                       participant_of(reference))


# -- the three actions -------------------------------------------------------------
def receive_consignment(db: Database, who: SignedIn, participant_id: int, product_id: int,
                        quantity: Decimal | str, note: str = "") -> StockChange:
    """A participant brings produce to sell on consignment: stock in, named after them."""
    check_who(who)
    note = _text(note, None)
    with db.unit_of_work() as session:
        participant = session.get(Participant, participant_id) if is_id(participant_id) \
            and participant_id else None
        if participant is None or not participant.active:
            raise InvalidInput(tr("Choose whose produce this is."))
        product = _product(session, product_id)
        amount = _quantity(quantity, product.sold_by_weight)
        return _record(session, who, product, amount, "consignment",
                       consignment_reference(participant.id), note,
                       participant=participant.name_th, note=note)


def record_waste(db: Database, who: SignedIn, product_id: int, quantity: Decimal | str,
                 reason: str) -> StockChange:
    """Produce thrown away or given away (wilted, damaged): stock out, with a reason."""
    _staff_only(who)
    reason = _text(reason, tr("Please give a reason."))
    with db.unit_of_work() as session:
        product = _product(session, product_id)
        amount = _quantity(quantity, product.sold_by_weight)
        level = stock.level(session, product.id)
        if amount > max(level, Decimal("0.000")):
            raise InvalidInput(tr("Only {level} is recorded on hand: count it instead.").format(
                level=quantity_with_unit(level, product.unit)))
        return _record(session, who, product, -amount, "waste", "", reason, reason=reason)


def record_count(db: Database, who: SignedIn, product_id: int,
                 counted: Decimal | str) -> StockChange:
    """Staff counted (or weighed) what is there: the difference to the recorded level."""
    _staff_only(who)
    with db.unit_of_work() as session:
        product = _product(session, product_id)
        amount = _quantity(counted, product.sold_by_weight, allow_zero=True)
        level = stock.level(session, product.id)
        return _record(session, who, product, amount - level, "count", "", "",
                       counted=str(amount))


# -- reading -------------------------------------------------------------------------------
def _owners(session: Session) -> dict[int, int]:
    # each product's latest harvest and latest consignment (an index walk each, however
    # long the history), then the later of the two decides
    latest = [select(StockMovement.id).where(StockMovement.product_id == Product.id,
                                             StockMovement.reason == reason)
              .order_by(StockMovement.at.desc(), StockMovement.id.desc()).limit(1)
              .scalar_subquery() for reason in _INCOMING]
    ids = {i for row in session.execute(select(*latest).select_from(Product))
           for i in row if i is not None}
    newest: dict[int, tuple] = {}
    for pid, at, movement_id, reason, reference in session.execute(
            select(StockMovement.product_id, StockMovement.at, StockMovement.id,
                   StockMovement.reason, StockMovement.reference)
            .where(StockMovement.id.in_(ids))):
        if pid not in newest or (at, movement_id) > newest[pid][:2]:
            newest[pid] = (at, movement_id, reason, reference)
    return {pid: owner for pid, (_, _, reason, reference) in newest.items()
            if reason == "consignment" and (owner := participant_of(reference)) is not None}


def consignment_owners(db: Database) -> dict[int, int]:
    """Product id -> participant id, for products whose latest stock in was a consignment."""
    with db.reading() as session:
        owners = _owners(session)
        active = set(session.scalars(select(Participant.id).where(Participant.active.is_(True))))
    return {pid: owner for pid, owner in owners.items() if owner in active}


def stock_rows(db: Database) -> list[StockRow]:
    """Active products in the staff's order, with their stock and current owner."""
    with db.reading() as session:
        products = session.scalars(select(Product).where(Product.active.is_(True))
                                   .order_by(Product.sort_order, Product.id)).all()
        levels = stock.levels(session)
        owners = _owners(session)
        names = {p.id: display_name(p.name_th, p.nickname)
                 for p in session.scalars(select(Participant))}
        return [StockRow(p.id, p.code, p.name_th, p.name_en, p.unit, p.sold_by_weight,
                         levels.get(p.id, Decimal("0.000")), owners.get(p.id),
                         names.get(owners.get(p.id), "") if p.id in owners else "")
                for p in products]
