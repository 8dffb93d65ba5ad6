"""Bounds on the fund's amounts and texts, in one place.

The fund holds about ฿100,000. A donation may be up to ten times that (a large
gift, not a typo); what leaves the fund at once (a grant, a loan, a payout, a
repayment) up to the whole fund. Both are settings (baht), like PromptPay's
limit. Names are as long as a member's name may be; other texts a sentence.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money
from kiosk.services import inputs, settings
from kiosk.services.people import MAX_NAME

DONATION = "fund_max_donation"
PAYMENT = "fund_max_payment"
NAME_MAX = MAX_NAME
TEXT_MAX = inputs.TEXT_MAX


def maximum(session: Session, which: str) -> Money:
    try:
        return Money.baht(Decimal(str(settings.get(session, which))))
    except (InvalidOperation, ValueError, TypeError, KeyError):
        return Money.baht(settings.DEFAULTS[which])


def check_type(amount: object) -> Money:
    """A positive Money (the form parsed the text); checked before any reading."""
    if not isinstance(amount, Money) or amount.satang <= 0:
        raise InvalidInput(tr("The amount must be more than zero."))
    return amount


def amount(session: Session, value: object, which: str) -> Money:
    """A positive amount no larger than the ``which`` setting allows."""
    money = check_type(value)
    most = maximum(session, which)
    if money > most:
        raise InvalidInput(tr("{amount} is more than the most the kiosk takes here ({most}). "
                              "Please check the amount.").format(amount=money.format(),
                                                                 most=most.format()))
    return money


def name(value: object, required: str) -> str:
    return inputs.text(value, max_len=NAME_MAX, required=required,
                       too_long=tr("The name is too long: at most {n} characters.").format(n=NAME_MAX))


def sentence(value: object, required: str | None = None) -> str:
    return inputs.text(value, max_len=TEXT_MAX, required=required)
