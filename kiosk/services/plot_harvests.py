"""Harvests: logged against a planting and added to the sale product's stock
in the same unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from kiosk.dates import today, utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Participant, Product
from kiosk.models.plot import Harvest, Planting, PlotTask
from kiosk.money import parse_quantity
from kiosk.money import quantity as to_quantity
from kiosk.services import inputs, plot_bounds, stock
from kiosk.services.auth import SignedIn
from kiosk.topics import Topic


@dataclass(frozen=True, kw_only=True)
class HarvestInfo:
    id: int
    planting_id: int
    product_id: int
    quantity: Decimal
    unit: str
    harvested_on: date
    stock_level: Decimal


def summed_quantity(raw: object) -> Decimal:
    """A SUM over a QuantityType column comes back as thousandths (or None)."""
    if raw is None:
        return Decimal("0.000")
    if isinstance(raw, Decimal):
        return raw
    return (Decimal(int(raw)) / 1000).quantize(Decimal("0.001"))


def harvest_units(db: Database, planting_id: int) -> list[tuple[int, str]]:
    """(product id, unit) a planting's harvest can be recorded in: its crop's products."""
    with db.reading() as session:
        planting = session.get(Planting, planting_id)
        if planting is None:
            raise NotFound(tr("This planting does not exist."))
        return [(p.id, p.unit) for p in session.scalars(
            select(Product).where(Product.crop_id == planting.crop_id, Product.active.is_(True))
            .order_by(Product.sort_order, Product.id))]


def record_harvest(db: Database, who: SignedIn, planting_id: int, quantity: object,
                   unit: str | None = None, harvested_by: int | None = None,
                   on: date | None = None) -> HarvestInfo:
    """Log a harvest and add it to the sale product's stock, in one unit of work."""
    if isinstance(quantity, str):
        amount = parse_quantity(quantity)
    elif isinstance(quantity, (Decimal, int)) and not isinstance(quantity, bool):
        amount = to_quantity(quantity)
    else:
        raise InvalidInput(tr("Please enter a quantity."))
    if amount <= 0:
        raise InvalidInput(tr("The harvest must be more than zero."))
    on = inputs.optional_date(on)  # a moment is not a day: refused in words, not a TypeError
    with db.unit_of_work() as session:
        planting = session.get(Planting, planting_id) if planting_id else None
        if planting is None:
            raise InvalidInput(tr("This planting does not exist."))
        if planting.status == "failed":
            raise InvalidInput(tr("This planting failed; nothing to harvest."))
        products = session.scalars(select(Product).where(
            Product.crop_id == planting.crop_id, Product.active.is_(True))
            .order_by(Product.sort_order, Product.id)).all()
        product = next((p for p in products if unit is None or p.unit == unit), None)
        if product is None:
            raise InvalidInput(tr("No sale product for this crop in that unit: "
                                  "ask the staff to add one first."))
        if harvested_by is not None and session.get(Participant, harvested_by) is None:
            raise InvalidInput(tr("This participant does not exist."))
        plot_bounds.check_quantity(amount, product.unit)
        plot_bounds.check_harvest_date(on or today(), planting.start_on)
        harvest = Harvest(planting_id=planting.id, product_id=product.id, quantity=amount,
                          unit=product.unit, harvested_on=on or today(),
                          harvested_by_id=harvested_by, recorded_by_id=who.operator_id,
                          at=utc_now())
        session.add(harvest)
        session.flush()
        stock.add_movement(session, product.id, amount, "harvest", f"harvest:{harvest.id}",
                           who.operator_id)
        if planting.status in ("planned", "sown", "growing"):
            planting.status = "harvesting"
        for task in session.scalars(select(PlotTask).where(
                PlotTask.planting_id == planting.id, PlotTask.kind == "harvest",
                PlotTask.done_at.is_(None), PlotTask.due_on <= harvest.harvested_on)):
            task.done_at, task.done_by_id = utc_now(), who.operator_id
        session.flush()
        level = stock.level(session, product.id)
        mark_changed(session, Topic.PLOT)
        return HarvestInfo(id=harvest.id, planting_id=planting.id, product_id=product.id,
                           quantity=amount, unit=product.unit,
                           harvested_on=harvest.harvested_on, stock_level=level)
