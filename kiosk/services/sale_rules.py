"""The point of sale's rules, each in one place: the payment, the PromptPay limit,
"the day is closed", a reason. Checked before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Operator
from kiosk.models.sales import BusinessDay
from kiosk.money import MAX_SATANG, Money
from kiosk.services import overrides, settings
from kiosk.services.auth import SignedIn
from kiosk.services.cart import Cart, check_line, is_id

MAX_CHANGE = Money.baht(1000)  # change of a 1000-baht note or more means a mistyped amount
MAX_FLOAT = Money.baht(100_000)
MAX_LINES = 500
PROMPTPAY_LIMIT_KEY = "promptpay_max_amount"


@dataclass(frozen=True)
class PaymentRequest:
    """How the customer pays. Cash due = total - promptpay."""

    cash_tendered: Money = Money(0)  # notes and coins handed over
    promptpay: Money = Money(0)  # confirmed by the vendor on the customer's app


@dataclass(frozen=True)
class Figures:
    total: Money
    cash: Money  # kept
    promptpay: Money
    tendered: Money
    change: Money
    amounts: tuple[Money, ...] = ()  # each cart line's amount, in order


def check_amount(value: object, limit: Money | None = None) -> Money:
    """An amount a user gave: Money, not negative, not absurd."""
    if not isinstance(value, Money):
        raise InvalidInput(tr("Please enter an amount."))
    if value.is_negative:
        raise InvalidInput(tr("The amount cannot be negative."))
    if value.satang > MAX_SATANG or (limit is not None and value > limit):
        raise InvalidInput(tr("The amount is too large."))
    return value


def check_payment(cart: Cart, payment: PaymentRequest) -> Figures:
    """The payment's figures, or InvalidInput (in Thai) when they do not fit the cart."""
    if not isinstance(cart, Cart) or not isinstance(cart.lines, tuple):
        raise InvalidInput(tr("The cart is empty."))
    if not isinstance(cart.sale_uid, str) or not 0 < len(cart.sale_uid) <= 40:
        raise InvalidInput(tr("The cart is empty."))
    if cart.is_empty:
        raise InvalidInput(tr("The cart is empty."))
    if len(cart.lines) > MAX_LINES:
        raise InvalidInput(tr("The cart has too many lines."))
    amounts = tuple(check_line(line) for line in cart.lines)
    for line in cart.lines:
        # a changed price or a discount: the bounds staff approved against, whoever commits
        if line.list_price is not None or line.discount:
            overrides.check_line(line)
    total = Money(sum(amount.satang for amount in amounts))
    if total.satang > MAX_SATANG:
        raise InvalidInput(tr("The amount is too large."))
    if not isinstance(payment, PaymentRequest):
        raise InvalidInput(tr("Please enter an amount."))
    tendered = check_amount(payment.cash_tendered)
    promptpay = check_amount(payment.promptpay)
    if promptpay > total:
        raise InvalidInput(tr("The PromptPay amount is more than the total."))
    cash_due = total - promptpay
    if tendered < cash_due:
        raise InvalidInput(tr("The cash given is less than the amount due ({due}).").format(
            due=cash_due.format()))
    change = tendered - cash_due
    if change >= MAX_CHANGE:
        raise InvalidInput(tr("The change would be {change}: please check the cash given.").format(
            change=change.format()))
    return Figures(total, cash_due, promptpay, tendered, change, amounts)


# -- PromptPay -------------------------------------------------------------------------
def promptpay_limit_from(stored: object) -> Money:
    """The largest PromptPay QR amount from the setting's value (baht)."""
    value = settings.DEFAULTS[PROMPTPAY_LIMIT_KEY] if stored is None else stored
    return Money.parse(str(value))


def promptpay_limit(session: Session) -> Money:
    return promptpay_limit_from(settings.get(session, PROMPTPAY_LIMIT_KEY))


def check_promptpay(amount: Money, limit: Money) -> None:
    if amount > limit:
        raise InvalidInput(tr("A PromptPay QR can be at most {max}.").format(max=limit.format()))


# -- the day ---------------------------------------------------------------------------
def refuse_if_closed(closed_at: datetime | None) -> None:
    """No sale, refund, void or float on a day whose Z report was made."""
    if closed_at is not None:
        raise InvalidInput(tr("Today is closed: no more sales or refunds today. "
                             "If you still need to sell, tell the staff."))


def refuse_if_not_opened(opened_at: datetime | None) -> None:
    """No sale before the day is opened with its float (the cash count starts from it).

    Checked after the sale's uid: a cart committed before a crash is found
    again whatever the day's state; a cart restored unpaid is paid again
    through the screen, which asks for the float first.
    """
    if opened_at is None:
        raise InvalidInput(tr("The day has not been opened: open the day first "
                              "with the cash in the drawer (opening float)."))


def closed_at(session: Session, day: date) -> datetime | None:
    return session.execute(select(BusinessDay.closed_at).where(BusinessDay.day == day)).scalar()


def refuse_closed_day(session: Session, day: date) -> None:
    refuse_if_closed(closed_at(session, day))


# -- reasons ---------------------------------------------------------------------------
def reason(text: object) -> str:
    text = text.strip() if isinstance(text, str) else ""
    if not text:
        raise InvalidInput(tr("Please give a reason."))
    if len(text) > 500:
        raise InvalidInput(tr("The reason is too long."))
    return text


def check_when(now: object) -> None:
    """A moment given to a service: an aware datetime of this era."""
    if not isinstance(now, datetime) or now.tzinfo is None or not 2000 <= now.year <= 2200:
        raise InvalidInput(tr("Please choose a date."))



def check_day(day: object) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise InvalidInput(tr("Please choose a date."))
    return day


def check_who(who: object) -> SignedIn:
    """The signed-in operator a service was given."""
    if not isinstance(who, SignedIn) or not is_id(who.operator_id) \
            or not isinstance(who.name, str) or not 0 < len(who.name) <= 120:
        raise InvalidInput(tr("Please sign in again."))
    return who


def check_operator(session: Session, who: object) -> SignedIn:
    """``check_who``, and the operator is still on the books."""
    check_who(who)
    if session.get(Operator, who.operator_id) is None:
        raise NotFound(tr("This operator no longer exists."))
    return who
