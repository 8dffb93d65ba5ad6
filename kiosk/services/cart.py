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
from decimal import ROUND_HALF_UP, Decimal

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import (  # noqa: F401  (LARGE_QUANTITY: re-exported for the screens)
    LARGE_QUANTITY, MAX_QUANTITY, MAX_SATANG, QUANTITY_PLACES, Money, check_quantity,
)


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
    # Sold by money: the amount the customer asked for ("20 baht of it"). The
    # line charges exactly this; the quantity is derived from it for stock.
    fixed_amount: Money | None = None

    @property
    def gross(self) -> Money:
        """The line before its discount."""
        if self.fixed_amount is not None:
            return self.fixed_amount
        return self.unit_price.times(self.quantity)

    @property
    def amount(self) -> Money:
        return self.gross - self.discount

    @property
    def overridden(self) -> bool:
        return self.override_by is not None


def quantity_for_amount(amount: Money, price: Money) -> Decimal:
    """How much of a product ``amount`` buys at ``price`` per unit (3 places, half up)."""
    if price.satang <= 0:
        raise InvalidInput(tr("This product has no price yet: ask the staff to set one."))
    return (Decimal(amount.satang) / Decimal(price.satang)).quantize(
        QUANTITY_PLACES, rounding=ROUND_HALF_UP)


def by_amount(line: CartLine, amount: Money) -> CartLine:
    """``line`` sold by money: it charges ``amount``, its quantity is what that buys."""
    if not isinstance(amount, Money) or amount.satang <= 0:
        raise InvalidInput(tr("The amount must be more than zero."))
    if amount.satang > MAX_SATANG:
        raise InvalidInput(tr("The amount is too large."))
    if not line.sold_by_weight:
        raise InvalidInput(tr("This product is counted in whole numbers, not weighed."))
    derived = quantity_for_amount(amount, line.unit_price)
    if derived <= 0:
        raise InvalidInput(tr("That amount is too small to weigh."))
    return replace(line, quantity=derived, fixed_amount=amount)


def is_id(value: object, optional: bool = False) -> bool:
    """A row id a service may look up: an int the database can hold (0 stands for
    "approver not known yet" while a change is checked before the staff PIN)."""
    if value is None:
        return optional
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


# the longest texts a sale line stores (the columns' sizes)
_TEXT_SIZES = {"code": 40, "name_th": 80, "name_en": 80, "unit": 20}


def check_line(line: CartLine) -> Money:
    """The one home of a cart line's rules (adding it and committing it); its amount."""
    if not isinstance(line, CartLine) or not is_id(line.product_id) \
            or not is_id(line.owner_participant_id, optional=True) \
            or not is_id(line.override_by, optional=True) \
            or not isinstance(line.sold_by_weight, bool) \
            or any(not isinstance(getattr(line, name), str) or len(getattr(line, name)) > size
                   for name, size in _TEXT_SIZES.items()):
        raise InvalidInput(tr("There is no such product."))
    if line.list_price is not None and not isinstance(line.list_price, Money):
        raise InvalidInput(tr("A price must be more than zero."))
    check_quantity(line.quantity, bool(line.sold_by_weight))
    if not isinstance(line.unit_price, Money) or line.unit_price.satang <= 0:
        raise InvalidInput(tr("A price must be more than zero."))
    if line.unit_price.satang > MAX_SATANG:
        raise InvalidInput(tr("The amount is too large."))
    if line.fixed_amount is not None and (
            not isinstance(line.fixed_amount, Money) or not line.sold_by_weight
            or quantity_for_amount(line.fixed_amount, line.unit_price) != line.quantity):
        raise InvalidInput(tr("The amount does not match the quantity: weigh it again."))
    if not isinstance(line.discount, Money) or line.discount.is_negative:
        raise InvalidInput(tr("A discount must be less than the line's amount."))
    gross = line.gross
    if gross.satang <= 0:
        raise InvalidInput(tr("This line comes to {amount}: enter a larger quantity.").format(
            amount=gross.format()))
    if gross.satang > MAX_SATANG:
        raise InvalidInput(tr("The amount is too large."))
    if line.discount >= gross:
        raise InvalidInput(tr("A discount must be less than the line's amount."))
    return gross - line.discount


def new_sale_uid() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Cart:
    sale_uid: str = field(default_factory=new_sale_uid)
    lines: tuple[CartLine, ...] = ()

    # -- changes (each returns a new cart) -----------------------------------
    def add(self, line: CartLine) -> Cart:
        """Add a line; a unit product already in the cart (same owner and price) grows by one."""
        if isinstance(line, CartLine) and isinstance(line.unit_price, Money) \
                and line.unit_price.satang <= 0:
            raise InvalidInput(tr("This product has no price yet: ask the staff to set one."))
        check_line(line)
        if not line.sold_by_weight:
            for index, existing in enumerate(self.lines):
                if (existing.product_id == line.product_id and not existing.overridden
                        and existing.owner_participant_id == line.owner_participant_id
                        and existing.unit_price == line.unit_price):
                    return self.set_quantity(index, existing.quantity + line.quantity)
        return replace(self, lines=self.lines + (line,))

    def line_at(self, index: object) -> CartLine:
        """The line at ``index``, or InvalidInput when there is none."""
        if type(index) is not int or not 0 <= index < len(self.lines):
            raise InvalidInput(tr("There is no such line in the cart."))
        return self.lines[index]

    def set_quantity(self, index: int, new_quantity: Decimal) -> Cart:
        line = self.line_at(index)
        changed = replace(line, quantity=check_quantity(new_quantity, line.sold_by_weight),
                          fixed_amount=None)  # weighed again: priced by the quantity
        check_line(changed)
        return self._replace_line(index, changed)

    def set_amount(self, index: int, amount: Money) -> Cart:
        """Sell line ``index`` by money: it charges ``amount``, weighed out from it."""
        changed = by_amount(self.line_at(index), amount)
        check_line(changed)
        return self._replace_line(index, changed)

    def set_owner(self, index: int, participant_id: int | None) -> Cart:
        if not is_id(participant_id, optional=True):
            raise InvalidInput(tr("This participant no longer exists."))
        return self._replace_line(index, replace(self.line_at(index),
                                                 owner_participant_id=participant_id))

    def override_price(self, index: int, price: Money, approved_by: int) -> Cart:
        if not isinstance(price, Money) or price.satang <= 0:
            raise InvalidInput(tr("A price must be more than zero."))
        line = self.line_at(index)
        changed = replace(line, unit_price=price, list_price=line.list_price or line.unit_price,
                          override_by=approved_by, fixed_amount=None)
        check_line(changed)
        return self._replace_line(index, changed)

    def give_discount(self, index: int, discount: Money, approved_by: int) -> Cart:
        line = self.line_at(index)
        if not isinstance(discount, Money) or discount.satang < 0 or discount >= line.gross:
            raise InvalidInput(tr("A discount must be less than the line's amount."))
        return self._replace_line(index, replace(line, discount=discount, override_by=approved_by))

    def remove(self, index: int) -> Cart:
        self.line_at(index)
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
    def line_count(self) -> int:
        """What the cart's heading counts ("ตะกร้า 3 รายการ"): its lines, never pieces, since
        a weight, two bunches and a cabbage are not four of anything."""
        return len(self.lines)

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
                "fixed_amount": None if line.fixed_amount is None else line.fixed_amount.satang,
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
                fixed_amount=None if d.get("fixed_amount") is None else Money(d["fixed_amount"]),
            )
            for d in data["lines"]
        )
        return cls(sale_uid=data["sale_uid"], lines=lines)
