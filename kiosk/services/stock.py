"""Stock: a table of signed movements per product, owned by this one service.

Harvests add stock, sales take it away, voids and refunds put it back. The
stock of a product is the sum of its movements; nothing is ever edited.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.dates import utc_now
from kiosk.db import mark_changed
from kiosk.models import Product, StockMovement
from kiosk.services.checks import invariant
from kiosk.topics import Topic

REASONS = ("harvest", "sale", "void", "refund", "count", "waste", "consignment")


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
    mark_changed(session, Topic.STOCK)
    return movement


def levels(session: Session, product_ids: list[int] | None = None) -> dict[int, Decimal]:
    """Current stock per product id (products without movements are absent)."""
    query = select(StockMovement.product_id, func.sum(StockMovement.quantity)).group_by(
        StockMovement.product_id)
    if product_ids is not None:
        query = query.where(StockMovement.product_id.in_(product_ids))
    # The column type turns each sum of thousandths back into a Decimal.
    result: dict[int, Decimal] = {}
    for product_id, total in session.execute(query):
        result[product_id] = total if isinstance(total, Decimal) else Decimal(total) / 1000
    return result


def level(session: Session, product_id: int) -> Decimal:
    return levels(session, [product_id]).get(product_id, Decimal("0.000"))


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
