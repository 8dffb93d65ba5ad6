"""The words for a cash difference (counted minus expected), one home for screens and paper.

A bare "-฿5" leaves a vendor guessing which way the drawer is off, so the
difference is always said in words: เงินขาด ฿5 / เงินเกิน ฿5 / เงินตรงพอดี.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.i18n import tr
from kiosk.money import Money


def cash_difference_parts(difference: Money) -> tuple[str, Money | None]:
    """``(word, amount)``: "Cash short" with the missing amount, "Cash over" with the extra
    amount (both positive), or "Cash exactly right" and ``None``.

    For a table with the word in one column and the amount in the next (the day slip).
    """
    if difference.satang < 0:
        return tr("Cash short"), -difference
    if difference.satang > 0:
        return tr("Cash over"), difference
    return tr("Cash exactly right"), None


def cash_difference_text(difference: Money,
                         amount_text: Callable[[Money], str] = Money.format) -> str:
    """"เงินขาด ฿5" / "เงินเกิน ฿5" / "เงินตรงพอดี" in one line (``amount_text`` formats the amount)."""
    word, amount = cash_difference_parts(difference)
    return word if amount is None else f"{word} {amount_text(amount)}"
