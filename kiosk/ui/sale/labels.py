"""Short words the sale screen shows for units, owners and names."""

from __future__ import annotations

from decimal import Decimal

from kiosk.i18n import current_language
from kiosk.money import Money, format_quantity
from kiosk.units import unit_label  # noqa: F401 (used here and re-exported)




def product_name(name_th: str, name_en: str) -> str:
    """The Thai name, or the English one when the screen is in English."""
    if current_language() == "en" and name_en:
        return name_en
    return name_th


def baht(amount: Money) -> str:
    """"฿1,234" for whole baht, "฿12.50" otherwise: fewer digits to read."""
    if amount.satang % 100 == 0:
        sign = "-" if amount.satang < 0 else ""
        return f"{sign}฿{abs(amount.satang) // 100:,}"
    return amount.format()


def quantity_text(value: Decimal, sold_by_weight: bool) -> str:
    return format_quantity(value, 3) if sold_by_weight else format_quantity(value)
