"""Who issues the receipt and whose name a customer's bank app shows: checked before saving.

A receipt names its issuer (Revenue Code s.105 bis: name and tax ID); the
stall may trade under the name of a legal entity (the programme's
foundation or community enterprise), so that name and its tax ID are
settings of their own, both optional. The PromptPay account name is what
the customer's banking app shows before they confirm a transfer; the poster
prints it so they can tell they are paying the stall.
"""

from __future__ import annotations

import re

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.thai import THAI_DIGITS, national_id_ok

MAX_ISSUER_NAME = 120
MAX_ACCOUNT_NAME = 80


def check_tax_id(text: str) -> str:
    """The 13 digits of a Thai tax ID typed with or without dashes and spaces; "" for none."""
    digits = re.sub(r"[\s\-]", "", (text or "").translate(THAI_DIGITS))
    if not digits:
        return ""
    if not re.fullmatch(r"\d{13}", digits):
        raise InvalidInput(tr("A tax ID has 13 digits, such as 0-9940-00123-45-6."))
    if not national_id_ok(digits):
        raise InvalidInput(tr("Tax ID \"{text}\": its last digit does not match. "
                              "Check the digits against the certificate.").format(
            text=text.strip()))
    return digits


def _name(text: str, limit: int, too_long: str) -> str:
    name = " ".join((text or "").split())
    if len(name) > limit:
        raise InvalidInput(too_long.format(max=limit))
    return name


def check_issuer(issuer_name: str, issuer_tax_id: str, account_name: str) -> dict[str, str]:
    """Setting key -> value for the issuer and the PromptPay account name; InvalidInput if wrong."""
    return {
        "issuer_name": _name(issuer_name, MAX_ISSUER_NAME,
                             tr("The name on receipts is too long (at most {max} letters).")),
        "issuer_tax_id": check_tax_id(issuer_tax_id),
        "promptpay_account_name": _name(
            account_name, MAX_ACCOUNT_NAME,
            tr("The PromptPay account name is too long (at most {max} letters).")),
    }
