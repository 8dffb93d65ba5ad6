"""Short words the sale screen shows for units, owners and names."""

from __future__ import annotations

from kiosk.i18n import current_language
from kiosk.money import Money
from kiosk.units import quantity_text, unit_label  # noqa: F401 (re-exported: one home of both)


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
