"""The cart being rung up: a plain immutable value, no database.

The sale screen holds a Cart; every change makes a new one (easy to undo,
to park as JSON and to test). ``sale_uid`` is made when the cart opens and
is the idempotency key of the commit: committing the same cart twice (double
tap, retry after a crash) gives one sale.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money, quantity

# Above this a weighed quantity needs a confirmation (a typo like 35 for 0.35).
LARGE_QUANTITY = Decimal("50")
MAX_QUANTITY = Decimal("1000")


@dataclass(frozen=True)
class CartLine:
    product_id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    sold_by_weight: bool
    quantity: Decimal
    unit_price: Money
    owner_participant_id: int | None = None  # None: the programme's plot
    list_price: Money | None = None  # the catalogue price when overridden
    override_by: int | None = None  # staff operator who approved the price/discount
    discount: Money = Money(0)

    @property
    def amount(self) -> Money:
        return self.unit_price.times(self.quantity) - self.discount

    @property
    def overridden(self) -> bool:
        return self.override_by is not None


def _check_quantity(value: Decimal, sold_by_weight: bool) -> Decimal:
    value = quantity(value)
    if value <= 0:
        raise InvalidInput(tr("The quantity must be more than zero."))
    if value > MAX_QUANTITY:
        raise InvalidInput(tr("That quantity is too large."))
    if not sold_by_weight and value != value.to_integral_value():
        raise InvalidInput(tr("This product is sold by the piece: whole numbers only."))
    return value


def new_sale_uid() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Cart:
    sale_uid: str = field(default_factory=new_sale_uid)
    lines: tuple[CartLine, ...] = ()

    # -- changes (each returns a new cart) -----------------------------------
    def add(self, line: CartLine) -> Cart:
        """Add a line; a unit product already in the cart (same owner and price) grows by one."""
        _check_quantity(line.quantity, line.sold_by_weight)
        if line.unit_price.satang <= 0:
            raise InvalidInput(tr("This product has no price yet."))
        if not line.sold_by_weight:
            for index, existing in enumerate(self.lines):
                if (existing.product_id == line.product_id and not existing.overridden
                        and existing.owner_participant_id == line.owner_participant_id
                        and existing.unit_price == line.unit_price):
                    return self.set_quantity(index, existing.quantity + line.quantity)
        return replace(self, lines=self.lines + (line,))

    def set_quantity(self, index: int, new_quantity: Decimal) -> Cart:
        line = self.lines[index]
        checked = _check_quantity(new_quantity, line.sold_by_weight)
        return self._replace_line(index, replace(line, quantity=checked))

    def set_owner(self, index: int, participant_id: int | None) -> Cart:
        return self._replace_line(index, replace(self.lines[index], owner_participant_id=participant_id))

    def override_price(self, index: int, price: Money, approved_by: int) -> Cart:
        if price.satang <= 0:
            raise InvalidInput(tr("A price must be more than zero."))
        line = self.lines[index]
        return self._replace_line(index, replace(
            line, unit_price=price, list_price=line.list_price or line.unit_price,
            override_by=approved_by))

    def give_discount(self, index: int, discount: Money, approved_by: int) -> Cart:
        line = self.lines[index]
        gross = line.unit_price.times(line.quantity)
        if discount.satang < 0 or discount >= gross:
            raise InvalidInput(tr("A discount must be less than the line's amount."))
        return self._replace_line(index, replace(line, discount=discount, override_by=approved_by))

    def remove(self, index: int) -> Cart:
        return replace(self, lines=self.lines[:index] + self.lines[index + 1:])

    def cleared(self) -> Cart:
        """An empty cart with a new sale id (after a sale or a cancel)."""
        return Cart()

    def _replace_line(self, index: int, line: CartLine) -> Cart:
        lines = list(self.lines)
        lines[index] = line
        return replace(self, lines=tuple(lines))

    # -- figures ---------------------------------------------------------------
    @property
    def total(self) -> Money:
        return sum((line.amount for line in self.lines), Money(0))

    @property
    def item_count(self) -> int:
        """What the screen calls "items": pieces for unit lines, one per weighed line."""
        return sum(1 if line.sold_by_weight else int(line.quantity) for line in self.lines)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    # -- parking ---------------------------------------------------------------
    def to_json(self) -> str:
        def encode(line: CartLine) -> dict[str, object]:
            return {
                "product_id": line.product_id, "code": line.code, "name_th": line.name_th,
                "name_en": line.name_en, "unit": line.unit, "sold_by_weight": line.sold_by_weight,
                "quantity": str(line.quantity), "unit_price": line.unit_price.satang,
                "owner_participant_id": line.owner_participant_id,
                "list_price": None if line.list_price is None else line.list_price.satang,
                "override_by": line.override_by, "discount": line.discount.satang,
            }
        return json.dumps({"sale_uid": self.sale_uid, "lines": [encode(l) for l in self.lines]},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Cart:
        data = json.loads(text)
        lines = tuple(
            CartLine(
                product_id=d["product_id"], code=d["code"], name_th=d["name_th"],
                name_en=d["name_en"], unit=d["unit"], sold_by_weight=d["sold_by_weight"],
                quantity=Decimal(d["quantity"]), unit_price=Money(d["unit_price"]),
                owner_participant_id=d["owner_participant_id"],
                list_price=None if d["list_price"] is None else Money(d["list_price"]),
                override_by=d["override_by"], discount=Money(d["discount"]),
            )
            for d in data["lines"]
        )
        return cls(sale_uid=data["sale_uid"], lines=lines)
