"""Money in integer satang and quantities in Decimal: plain values, no database.

1 baht = 100 satang. Nothing here uses float: amounts are ints, quantities are
Decimal with three places, and every rounding is explicit (half up, as a Thai
shop rounds a weighed price to the satang).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Sequence

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.thai import THAI_DIGITS

SATANG_PER_BAHT = 100
# Far above anything the stall or the fund will see; stops a mistyped
# number (or a scanner gone wrong) from becoming a real amount.
MAX_SATANG = 10_000_000_000  # 100 million baht

_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$")
_PLAIN = re.compile(r"^\d+(\.\d{1,2})?$")
# "0,35": a decimal comma. Thai writing uses the comma for thousands only, so
# rather than guess (0.35 or 35), quantities and amounts both refuse it.
_DECIMAL_COMMA = re.compile(r"^\d*,\d{1,2}$")


def _normalise(text: str) -> str:
    return text.strip().translate(THAI_DIGITS).replace("฿", "").replace(" ", "")


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of baht held as integer satang."""

    satang: int

    def __post_init__(self) -> None:
        if isinstance(self.satang, bool) or not isinstance(self.satang, int):
            raise TypeError(f"Money needs integer satang, got {self.satang!r}")

    # -- construction ----------------------------------------------------
    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def baht(cls, baht: int | str | Decimal) -> Money:
        """Money from a whole or decimal number of baht (no floats)."""
        if isinstance(baht, float):
            raise TypeError("Money.baht does not take float; pass str or Decimal")
        value = Decimal(baht) * SATANG_PER_BAHT
        if value != value.to_integral_value():
            raise ValueError(f"{baht} baht is not a whole number of satang")
        return cls(int(value))

    @classmethod
    def parse(cls, text: str) -> Money:
        """Parse what a user typed: "1,234.50", "1234.5", "฿20". Never negative."""
        if not isinstance(text, str):
            raise InvalidInput(tr("Please enter an amount."))
        cleaned = _normalise(text)
        if cleaned.startswith("-"):
            raise InvalidInput(tr("The amount cannot be negative."))
        if not cleaned:
            raise InvalidInput(tr("Please enter an amount."))
        if not (_PLAIN.match(cleaned) or _GROUPED.match(cleaned)):
            if _DECIMAL_COMMA.match(cleaned):
                raise InvalidInput(tr("Use a point for decimals, such as 0.35."))
            if re.match(r"^[\d,]*\.\d{3,}$", cleaned):
                raise InvalidInput(tr("An amount has at most 2 digits after the point (satang)."))
            raise InvalidInput(tr('"{text}" is not an amount of baht.').format(text=text.strip()))
        satang = int(Decimal(cleaned.replace(",", "")) * SATANG_PER_BAHT)
        if satang > MAX_SATANG:
            raise InvalidInput(tr("The amount is too large."))
        return cls(satang)

    # -- arithmetic ------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.satang + other.satang)

    def __radd__(self, other: object) -> Money:
        # lets sum() start from 0
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.satang - other.satang)

    def __neg__(self) -> Money:
        return Money(-self.satang)

    def __abs__(self) -> Money:
        return Money(abs(self.satang))

    def __mul__(self, factor: int) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int):
            return NotImplemented
        return Money(self.satang * factor)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.satang != 0

    def times(self, quantity: Decimal) -> Money:
        """Price x quantity (e.g. per kg x 0.35 kg), rounded half up to the satang."""
        if not isinstance(quantity, (Decimal, int)) or isinstance(quantity, bool):
            raise TypeError("quantity must be Decimal or int")
        exact = Decimal(self.satang) * Decimal(quantity)
        return Money(int(exact.to_integral_value(rounding=ROUND_HALF_UP)))

    def percent(self, rate: Decimal) -> Money:
        """``rate`` percent of this amount, rounded half up to the satang."""
        return self.times(Decimal(rate) / 100)

    def allocate(self, ratios: Sequence[int]) -> list[Money]:
        """Split into parts proportional to ``ratios`` that sum exactly to self.

        Largest remainder: each part gets its floor share, then the satang
        left over go one each to the parts with the largest remainders
        (earlier parts first on ties).
        """
        if not ratios or any(r < 0 for r in ratios) or sum(ratios) == 0:
            raise ValueError("ratios must be non-negative and not all zero")
        total = sum(ratios)
        sign = -1 if self.satang < 0 else 1
        amount = abs(self.satang)
        shares = [amount * r // total for r in ratios]
        remainders = [amount * r % total for r in ratios]
        left = amount - sum(shares)
        order = sorted(range(len(ratios)), key=lambda i: (-remainders[i], i))
        for i in order[:left]:
            shares[i] += 1
        return [Money(sign * s) for s in shares]

    # -- presentation ----------------------------------------------------
    @property
    def is_negative(self) -> bool:
        return self.satang < 0

    def as_decimal(self) -> Decimal:
        """The amount in baht as an exact Decimal (two places)."""
        return (Decimal(self.satang) / SATANG_PER_BAHT).quantize(Decimal("0.01"))

    def plain(self) -> str:
        """"1234.50": for payloads and CSV, no symbol or separators."""
        sign = "-" if self.satang < 0 else ""
        baht, satang = divmod(abs(self.satang), SATANG_PER_BAHT)
        return f"{sign}{baht}.{satang:02d}"

    def format(self, symbol: bool = True) -> str:
        """"฿1,234.50" (or "1,234.50"); negatives as "-฿12.00"."""
        sign = "-" if self.satang < 0 else ""
        baht, satang = divmod(abs(self.satang), SATANG_PER_BAHT)
        return f"{sign}{'฿' if symbol else ''}{baht:,}.{satang:02d}"

    def __str__(self) -> str:
        return self.format()


# -- Thai words (BAHTTEXT) ---------------------------------------------------
_DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACE_WORDS = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")


def _below_million(number: int, follows_higher: bool) -> str:
    """Words for 0 < number < 1,000,000; follows_higher: there are millions before."""
    digits = [int(d) for d in str(number)]
    words = []
    for position, digit in zip(range(len(digits) - 1, -1, -1), digits):
        if digit == 0:
            continue
        if position == 0 and digit == 1 and (number > 10 or follows_higher):
            words.append("เอ็ด")
        elif position == 1 and digit == 1:
            words.append("สิบ")
        elif position == 1 and digit == 2:
            words.append("ยี่สิบ")
        else:
            words.append(_DIGIT_WORDS[digit] + _PLACE_WORDS[position])
    return "".join(words)


def number_text(number: int, follows_higher: bool = False) -> str:
    """Thai words for a non-negative whole number, as BAHTTEXT writes them."""
    if number == 0:
        return _DIGIT_WORDS[0]
    millions, rest = divmod(number, 1_000_000)
    text = ""
    if millions:
        text = number_text(millions, follows_higher) + "ล้าน"
    if rest:
        text += _below_million(rest, follows_higher or bool(millions))
    return text


def baht_text(satang: int | Money) -> str:
    """The amount in Thai words as on a receipt, following Excel's BAHTTEXT.

    2100 -> "ยี่สิบเอ็ดบาทถ้วน"; 123450 -> "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์";
    25 -> "ยี่สิบห้าสตางค์" (under one baht only the satang are written).
    """
    if isinstance(satang, Money):
        satang = satang.satang
    if isinstance(satang, bool) or not isinstance(satang, int):
        raise TypeError("baht_text takes integer satang")
    if satang < 0:
        return "ลบ" + baht_text(-satang)
    baht, rest = divmod(satang, SATANG_PER_BAHT)
    if baht == 0 and rest == 0:
        return "ศูนย์บาทถ้วน"
    text = number_text(baht) + "บาท" if baht else ""
    if rest == 0:
        return text + "ถ้วน"
    return text + number_text(rest) + "สตางค์"


# -- quantities --------------------------------------------------------------
QUANTITY_PLACES = Decimal("0.001")
# Above this a weighed quantity needs a confirmation (a typo like 35 for 0.35).
LARGE_QUANTITY = Decimal("50")
MAX_QUANTITY = Decimal("1000")
_QUANTITY_TEXT = re.compile(r"^\d+(\.\d{1,3})?$")
_GROUPED_QUANTITY = re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,3})?$")


def quantity(value: str | int | Decimal) -> Decimal:
    """A Decimal quantity with exactly three places; rejects more precision."""
    if isinstance(value, float):
        raise TypeError("quantities are Decimal, not float")
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise InvalidInput(tr('"{text}" is not a quantity.').format(text=value)) from exc
    if not number.is_finite():
        raise InvalidInput(tr('"{text}" is not a quantity.').format(text=value))
    if number.copy_abs() > MAX_QUANTITY * 1000:
        raise InvalidInput(tr("That quantity is too large."))
    if number != number.quantize(QUANTITY_PLACES):
        raise InvalidInput(tr("A quantity has at most 3 digits after the point."))
    return number.quantize(QUANTITY_PLACES)


def check_quantity(value: object, sold_by_weight: bool, allow_zero: bool = False) -> Decimal:
    """The one home of the quantity rules: a finite number with at most 3 places,
    more than zero (or zero when ``allow_zero``), at most MAX_QUANTITY, and whole
    for a product that is counted, not weighed. Returns it with three places."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise InvalidInput(tr('"{text}" is not a quantity.').format(text=value))
    number = quantity(value)
    if number < 0 or (number == 0 and not allow_zero):
        raise InvalidInput(tr("The quantity must be more than zero."))
    if number > MAX_QUANTITY:
        raise InvalidInput(tr("That quantity is too large."))
    if not sold_by_weight and number != number.to_integral_value():
        raise InvalidInput(tr("This product is counted in whole numbers, not weighed."))
    return number


def parse_quantity(text: str, allow_zero: bool = False) -> Decimal:
    """Parse a user-typed positive quantity such as "0.35", "2" or "1,200".

    The comma groups thousands, as in amounts of money; "0,35" is refused
    (not read as 35 nor guessed as 0.35)."""
    cleaned = _normalise(text)
    if cleaned.startswith("-"):
        raise InvalidInput(tr("The quantity must be more than zero."))
    if not cleaned:
        raise InvalidInput(tr("Please enter a quantity."))
    if _DECIMAL_COMMA.match(cleaned):
        raise InvalidInput(tr("Use a point for decimals, such as 0.35."))
    if _GROUPED_QUANTITY.match(cleaned):
        cleaned = cleaned.replace(",", "")
    if re.match(r"^\d*\.\d{4,}$", cleaned):
        raise InvalidInput(tr("A quantity has at most 3 digits after the point."))
    if not _QUANTITY_TEXT.match(cleaned):
        raise InvalidInput(tr('"{text}" is not a quantity.').format(text=text.strip()))
    number = quantity(cleaned)
    if number < 0 or (number == 0 and not allow_zero):
        raise InvalidInput(tr("The quantity must be more than zero."))
    return number


def format_quantity(value: Decimal, places: int | None = None) -> str:
    """"1.25", "3" or "0.350": trailing zeros dropped unless places is given."""
    if places is not None:
        return f"{value:.{places}f}"
    text = f"{value.quantize(QUANTITY_PLACES):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
