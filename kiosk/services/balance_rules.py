"""The one home for "is there enough money": the fund's available money and the
floors of its accounts. Pure rules; the ledger and the forms' live checks use them.

The fund may spend only what it has less what it owes participants, and money
cannot leave a cash drawer or a bank account that does not hold it.
"""

from __future__ import annotations

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money

# Accounts holding real money that can never go below zero, whatever their
# ``limit`` column says (checked by `kiosk check` too). PromptPay clearing is
# not here: it is a transit account the bank settles.
NEVER_NEGATIVE_KINDS = ("cash", "bank")


def check_available(available: Money, spend: Money) -> None:
    """Refuse spending more than the fund's available money."""
    if spend > available:
        raise InvalidInput(not_enough_message(available))


def not_enough_message(available: Money) -> str:
    return tr("The fund has only {money} available.").format(money=max(available, Money(0)).format())


def below_floor_message(kind: str | None, code: str, balance: Money) -> str:
    """Why a posting would take an account below zero (``balance`` on its normal side)."""
    held = max(balance, Money(0)).format()
    if kind == "owed_to_participant":
        return tr("This is more than the participant is owed.")
    if kind == "loans_receivable":
        return tr("This is more than the loan balance.")
    if kind == "cash":
        return tr("The cash drawer holds only {money}.").format(money=held)
    if kind == "bank":
        return tr("The bank account holds only {money}.").format(money=held)
    return tr("The account {code} would go below zero.").format(code=code)
