"""Stock: a table of signed movements per product, owned by this one service.

Harvests add stock, sales take it away, voids and refunds put it back. The
stock of a product is the sum of its movements; nothing is ever edited.
That sum is kept per product in ``stock_levels``, written here and only
here, in the transaction that adds the movements: ten years of movements
are never summed for a screen or a sale. `kiosk check` compares the two.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.dates import utc_now
from kiosk.db import mark_changed
from kiosk.models import Product, StockLevel, StockMovement
from kiosk.services.checks import invariant
from kiosk.topics import Topic

REASONS = ("harvest", "sale", "void", "refund", "count", "waste", "consignment")
_MOVEMENTS = StockMovement.__table__
_LEVELS = StockLevel.__table__
_INSERT_MOVEMENTS = insert(_MOVEMENTS)


def _upsert(dialect: str):
    """Add to a product's level, making its row on the product's first movement; RETURNING
    the level after (an INSERT ... ON CONFLICT: one round trip, SQLite and PostgreSQL)."""
    statement = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(_LEVELS)
    return statement.on_conflict_do_update(
        index_elements=[_LEVELS.c.product_id],
        set_={"quantity": _LEVELS.c.quantity + statement.excluded.quantity},
    ).returning(_LEVELS.c.product_id, _LEVELS.c.quantity)


_UPSERTS = {dialect: _upsert(dialect) for dialect in ("sqlite", "postgresql")}


def _apply(connection: Connection, changes: dict[int, Decimal]) -> dict[int, Decimal]:
    """Add ``changes`` (product id -> signed quantity) to the levels; returns the levels after."""
    # in product order: two terminals' transactions lock the rows in the same order
    rows = [{"product_id": pid, "quantity": changes[pid]} for pid in sorted(changes)]
    result = connection.execute(_UPSERTS[connection.dialect.name], rows)
    return {product_id: quantity for product_id, quantity in result}


def add_movement(session: Session, product_id: int, quantity: Decimal, reason: str,
                 reference: str = "", operator_id: int | None = None,
                 note: str = "") -> StockMovement:
    """Record a stock movement inside the caller's unit of work."""
    if reason not in REASONS:
        raise ValueError(f"unknown stock reason {reason!r}")
    if not isinstance(quantity, Decimal):
        raise TypeError("stock quantities are Decimal")
    movement = StockMovement(product_id=product_id, quantity=quantity, reason=reason,
                             reference=reference, at=utc_now(), operator_id=operator_id,
                             note=note)
    session.add(movement)
    _apply(session.connection(), {product_id: quantity})
    mark_changed(session, Topic.STOCK)
    return movement


def sell(connection: Connection, lines: Iterable[tuple[int, Decimal]], reference: str,
         at: datetime, operator_id: int) -> dict[int, Decimal]:
    """One sale's "sale" movements (one per line: product id, quantity sold), in the sale's
    transaction; returns each product's level before the sale (the commit's hot path: Core,
    two round trips)."""
    lines = list(lines)
    sold: dict[int, Decimal] = {}
    for product_id, quantity in lines:
        sold[product_id] = sold.get(product_id, Decimal("0.000")) + quantity
    after = _apply(connection, {pid: -quantity for pid, quantity in sold.items()})
    connection.execute(_INSERT_MOVEMENTS, [
        {"product_id": product_id, "quantity": -quantity, "reason": "sale",
         "reference": reference, "at": at, "operator_id": operator_id, "note": ""}
        for product_id, quantity in lines])
    return {pid: after[pid] + quantity for pid, quantity in sold.items()}


def levels(session: Session, product_ids: list[int] | None = None) -> dict[int, Decimal]:
    """Current stock per product id (products without movements are absent)."""
    query = select(StockLevel.product_id, StockLevel.quantity)
    if product_ids is not None:
        query = query.where(StockLevel.product_id.in_(product_ids))
    return {pid: quantity for pid, quantity in session.execute(query)}


def level(session: Session, product_id: int) -> Decimal:
    return levels(session, [product_id]).get(product_id, Decimal("0.000"))


def summed_levels(session: Session) -> dict[int, Decimal]:
    """Each product's movements added up (what ``stock_levels`` must hold)."""
    query = select(StockMovement.product_id, func.sum(StockMovement.quantity)).group_by(
        StockMovement.product_id)
    # The column type turns each sum of thousandths back into a Decimal.
    return {product_id: total if isinstance(total, Decimal) else Decimal(total) / 1000
            for product_id, total in session.execute(query)}


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "stock movements refer to known products and reasons"))
def _check_movements(session: Session) -> list[str]:
    problems = []
    bad = session.execute(
        select(StockMovement.id, StockMovement.reason)
        .where(StockMovement.reason.not_in(REASONS))).all()
    problems += [f"stock movement {i} has unknown reason {r!r}" for i, r in bad]
    orphans = session.execute(
        select(StockMovement.id).outerjoin(Product, Product.id == StockMovement.product_id)
        .where(Product.id.is_(None))).scalars().all()
    problems += [f"stock movement {i} refers to a missing product" for i in orphans]
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "each product's stock level is the sum of its movements"))
def _check_levels(session: Session) -> list[str]:
    kept = levels(session)
    summed = summed_levels(session)
    return [f"product {pid}: stock level {kept.get(pid)}, its movements add up to "
            f"{summed.get(pid, Decimal('0.000'))}"
            for pid in sorted(set(kept) | set(summed)) if kept.get(pid) != summed.get(pid)]
