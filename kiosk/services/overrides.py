"""Bounds of a price change and of a discount, checked before staff type a PIN.

A vendor asks, staff approve: the amount is checked first, so staff never
type a PIN for something the kiosk will then refuse. The cart's own rules
(a price above zero, a discount below the line's amount) stay in
``kiosk.services.cart``; this module adds the bounds and runs both. The sale
commit (``sale_rules.check_payment``) calls ``check_line`` on every line with a
changed price or a discount, so a caller that skips the screen meets them too.
"""

from __future__ import annotations

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money
from kiosk.services.cart import Cart, CartLine

#: the most a unit may cost after a price change (the dearest produce is ~฿500/kg)
MAX_OVERRIDE_PRICE = Money.baht(5_000)
#: the most one line may come to after a price change (what the cart shows unclipped)
MAX_LINE_AMOUNT = Money.baht(100_000)
#: a discount is at most this much (and always less than the line's amount)
MAX_DISCOUNT = Money.baht(5_000)


def check_line(line: CartLine) -> CartLine:
    """Refuse a line whose changed price or discount is beyond the bounds."""
    if line.list_price is not None and line.unit_price > MAX_OVERRIDE_PRICE:
        raise InvalidInput(tr("A new price can be at most {max} per unit.").format(
            max=MAX_OVERRIDE_PRICE.format()))
    if line.discount > MAX_DISCOUNT:
        raise InvalidInput(tr("A discount can be at most {max}.").format(max=MAX_DISCOUNT.format()))
    if line.amount > MAX_LINE_AMOUNT:
        raise InvalidInput(tr("One line can come to at most {max}.").format(
            max=MAX_LINE_AMOUNT.format()))
    return line


def price_override(cart: Cart, row: int, price: Money, approved_by: int = 0) -> Cart:
    """The cart with ``row`` at ``price`` per unit; raises InvalidInput if refused."""
    changed = cart.override_price(row, price, approved_by)
    check_line(changed.lines[row])
    return changed


def discount(cart: Cart, row: int, amount: Money, approved_by: int = 0) -> Cart:
    """The cart with ``amount`` off ``row``; raises InvalidInput if refused."""
    changed = cart.give_discount(row, amount, approved_by)
    check_line(changed.lines[row])
    return changed
