"""The products staff keep for the sale screen: names, category, unit, price, on sale or not.

Each public function that writes is one unit of work. What the form offers is
what is stored: the unit is one of kiosk.units.UNITS (its Thai classifier is
what tiles, cart, receipts and reports print), and a product is weighed on
the scale exactly when its unit is weighed (kg), so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.i18n import tr
from kiosk.models import Category, Product, StockMovement
from kiosk.models.sales import SaleLine
from kiosk.money import Money
from kiosk.services import audit
from kiosk.services.auth import SignedIn
from kiosk.topics import Topic
from kiosk.units import UNITS, is_weighed, unit_label

MAX_NAME = 80
#: the dearest price per unit the form accepts: a kilo of the dearest herb, with room
MAX_PRICE = Money.baht(5_000)


@dataclass(frozen=True)
class ProductRow:
    id: int
    code: str
    name_th: str
    name_en: str
    category_id: int
    unit: str
    price: Money
    active: bool


@dataclass(frozen=True)
class ProductForm:
    """What staff typed or chose (texts as the form holds them)."""

    name_th: str
    name_en: str
    category_id: int | None
    unit: str
    price: str
    active: bool = True


def _row(product: Product) -> ProductRow:
    return ProductRow(product.id, product.code, product.name_th, product.name_en,
                      product.category_id, product.unit, product.price, product.active)


def list_products(db: Database) -> list[ProductRow]:
    """Every product, those on sale first, in the sale screen's order."""
    with db.reading() as session:
        rows = session.scalars(select(Product).order_by(Product.active.desc(),
                                                        Product.sort_order, Product.id))
        return [_row(p) for p in rows]


def _checked(session: Session, form: ProductForm) -> dict[str, object]:
    """Column -> value; InvalidInput (in the user's language) before anything is written."""
    name_th = " ".join((form.name_th or "").split())
    name_en = " ".join((form.name_en or "").split())
    if not name_th:
        raise InvalidInput(tr("Please enter the Thai name."))
    if len(name_th) > MAX_NAME or len(name_en) > MAX_NAME:
        raise InvalidInput(tr("A product name has at most {max} letters.").format(max=MAX_NAME))
    if form.unit not in UNITS:
        raise InvalidInput(tr("Please choose the unit it is sold in."))
    if form.category_id is None or session.get(Category, form.category_id) is None:
        raise InvalidInput(tr("Please choose a category."))
    try:
        price = Money.parse(form.price or "")
    except InvalidInput as error:
        raise InvalidInput(tr("Price: {problem}").format(problem=error.message)) from None
    if price.satang <= 0:
        raise InvalidInput(tr("A price must be more than zero."))
    if price > MAX_PRICE:
        raise InvalidInput(tr("A price is at most {max} a unit.").format(max=MAX_PRICE.format()))
    return {"name_th": name_th, "name_en": name_en, "category_id": form.category_id,
            "unit": form.unit, "sold_by_weight": is_weighed(form.unit), "price": price,
            "active": bool(form.active)}


def _has_history(session: Session, product_id: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(StockMovement)
                               .where(StockMovement.product_id == product_id))
                or session.scalar(select(func.count()).select_from(SaleLine)
                                  .where(SaleLine.product_id == product_id)))


def _require_staff(who: SignedIn) -> None:
    if not who.is_staff:
        raise NotAllowed(tr("Only staff can change the products."))


def _audit_value(value: object) -> object:
    return value.format(symbol=False) if isinstance(value, Money) else value


def add_product(db: Database, who: SignedIn, form: ProductForm) -> ProductRow:
    """A new product on the sale screen (staff); its code is the next free P-number."""
    _require_staff(who)
    with db.unit_of_work() as session:
        values = _checked(session, form)
        codes = set(session.scalars(select(Product.code)))
        number = len(codes) + 1
        while f"P{number:03d}" in codes:
            number += 1
        last = session.scalar(select(func.max(Product.sort_order))) or 0
        product = Product(code=f"P{number:03d}", picture="", sort_order=last + 1, **values)
        session.add(product)
        session.flush()
        audit.record(session, "product_add", who.operator_id, product.code,
                     new={k: _audit_value(v) for k, v in values.items()})
        mark_changed(session, Topic.CATALOG)
        return _row(product)


def change_product(db: Database, who: SignedIn, product_id: int, form: ProductForm) -> ProductRow:
    """Staff correct a product. Between weighed and counted units only while nothing was
    stocked or sold in it: its stock and sales are quantities of the old unit."""
    _require_staff(who)
    with db.unit_of_work() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(tr("This product does not exist."))
        values = _checked(session, form)
        if (values["sold_by_weight"] != product.sold_by_weight
                and _has_history(session, product.id)):
            raise InvalidInput(tr("This product's stock and sales are counted in {unit}: "
                                  "it cannot change between weighed and counted. Add a new "
                                  "product for the other unit.").format(
                unit=unit_label(product.unit)))
        old = {k: getattr(product, k) for k in values if getattr(product, k) != values[k]}
        for key in old:
            setattr(product, key, values[key])
        if old:
            audit.record(session, "product_change", who.operator_id, product.code,
                         old={k: _audit_value(v) for k, v in old.items()},
                         new={k: _audit_value(values[k]) for k in old})
            mark_changed(session, Topic.CATALOG)
        return _row(product)

