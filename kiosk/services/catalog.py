"""What the sale screen shows: product tiles with price, picture and stock."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from kiosk.db import Database
from kiosk.models import Category, Product
from kiosk.money import Money
from kiosk.paths import PRODUCT_PICTURES
from kiosk.services import stock
from kiosk.services.cart import CartLine


@dataclass(frozen=True)
class CategoryTab:
    id: int
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class ProductTile:
    id: int
    code: str
    name_th: str
    name_en: str
    category_id: int
    unit: str
    sold_by_weight: bool
    price: Money
    picture: str  # absolute path, or "" when the product has none
    stock: Decimal  # what the movements add up to (may be negative: produce is weighed)
    popularity: int = 0  # how often sold lately; the sale screen puts these first

    @property
    def sold_out(self) -> bool:
        return self.stock <= 0

    def matches(self, text: str) -> bool:
        """Search by Thai name, English name or code (case-insensitive)."""
        needle = text.strip().casefold()
        return (not needle or needle in self.name_th.casefold()
                or needle in self.name_en.casefold() or needle in self.code.casefold())

    def line(self, quantity: Decimal, owner_participant_id: int | None = None) -> CartLine:
        """A cart line for ``quantity`` of this product at its catalogue price."""
        return CartLine(self.id, self.code, self.name_th, self.name_en, self.unit,
                        self.sold_by_weight, quantity, self.price, owner_participant_id)


def category_tabs(db: Database) -> list[CategoryTab]:
    with db.reading() as session:
        rows = session.scalars(select(Category).order_by(Category.sort_order, Category.id))
        return [CategoryTab(c.id, c.code, c.name_th, c.name_en) for c in rows]


def product_tiles(db: Database, popularity: dict[int, int] | None = None) -> list[ProductTile]:
    """Active products, most sold first (``popularity``: product id -> times sold)."""
    popularity = popularity or {}
    with db.reading() as session:
        products = session.scalars(select(Product).where(Product.active.is_(True))
                                   .order_by(Product.sort_order, Product.id)).all()
        levels = stock.levels(session)
        tiles = [
            ProductTile(
                p.id, p.code, p.name_th, p.name_en, p.category_id, p.unit, p.sold_by_weight,
                p.price, str(PRODUCT_PICTURES / p.picture) if p.picture else "",
                levels.get(p.id, Decimal("0.000")), popularity.get(p.id, 0),
            )
            for p in products
        ]
    # stable sort keeps staff's order among equally popular products
    return sorted(tiles, key=lambda t: -t.popularity)


def find_by_code(tiles: list[ProductTile], code: str) -> ProductTile | None:
    """The tile whose code is exactly ``code`` (what a barcode scanner types)."""
    wanted = code.strip().casefold()
    return next((t for t in tiles if t.code.casefold() == wanted), None)
