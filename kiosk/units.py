"""The units produce is sold and harvested in, and how a quantity of them is written.

The one home of both: the product form, the crop form, the tiles, the cart,
receipts, the day slip, statements and the plot's harvests all write a
quantity through ``quantity_text`` / ``quantity_with_unit``, so a weight reads
"0.350 กก." on the screen and on paper alike.

A unit is a Thai classifier: a cabbage is a หัว, a cucumber or an eggplant a
ลูก, green oak a ถุง. ``piece`` (ชิ้น) is left for goods that have no
classifier of their own. The code ``pack`` is kept for the bag (ถุง) because
sale lines already sold in it are never rewritten.
"""

from __future__ import annotations

from decimal import Decimal

from kiosk.i18n import QT_TRANSLATE_NOOP, tr
from kiosk.money import format_quantity

#: every unit a product or crop can have, in the order the forms offer them
UNITS = ("kg", "100g", "bunch", "bundle", "head", "fruit", "pack", "piece")
#: the unit weighed on the scale: its quantities have three decimals everywhere
WEIGHED = frozenset({"kg"})
#: units counted in whole numbers
COUNTED = frozenset(UNITS) - WEIGHED - {"100g"}
#: the classifier of the crops whose produce has its own (instead of ชิ้น)
OWN_CLASSIFIER = {"chinese_cabbage": "head", "cucumber": "fruit", "eggplant": "fruit"}

_LABELS = {
    "kg": QT_TRANSLATE_NOOP("QCoreApplication", "kg"),
    "100g": QT_TRANSLATE_NOOP("QCoreApplication", "100 g"),
    "bunch": QT_TRANSLATE_NOOP("QCoreApplication", "bunch"),
    "bundle": QT_TRANSLATE_NOOP("QCoreApplication", "bundle"),
    "head": QT_TRANSLATE_NOOP("QCoreApplication", "head"),
    "fruit": QT_TRANSLATE_NOOP("QCoreApplication", "fruit"),
    "pack": QT_TRANSLATE_NOOP("QCoreApplication", "bag"),
    "piece": QT_TRANSLATE_NOOP("QCoreApplication", "piece"),
}


def unit_label(unit: str) -> str:
    """The unit a price or quantity is per, in the current language ("กก.", "กำ", "หัว"...)."""
    source = _LABELS.get(unit)
    return tr(source) if source else unit


def is_weighed(unit: str) -> bool:
    return unit in WEIGHED


def quantity_text(value: Decimal, weighed: bool) -> str:
    """"0.350" for a weight (always three decimals), "2" or "1.5" for a count."""
    return format_quantity(value, 3) if weighed else format_quantity(value)


def quantity_with_unit(value: Decimal, unit: str) -> str:
    """"0.350 กก.", "2 กำ", "1 หัว": a quantity as screens and paper write it."""
    return f"{quantity_text(value, is_weighed(unit))} {unit_label(unit)}"
