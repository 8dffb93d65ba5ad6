"""The Settings screen's "General" tab: check what an admin typed, then save it.

Values arrive as the text in the form; ``save_general`` validates every field
before anything is written, then stores them through ``settings.change`` in
one audited unit of work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kiosk.db import Database
from kiosk.errors import InvalidInput, NotAllowed
from kiosk.i18n import LANGUAGES, tr
from kiosk.money import Money
from kiosk.services import settings
from kiosk.services.auth import SignedIn
from kiosk.services.issuer import check_issuer
from kiosk.services.people import normalise_phone
from kiosk.promptpay import validate_target
from kiosk.thai import THAI_DIGITS, format_national_id

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


@dataclass(frozen=True)
class GeneralSettings:
    """The General tab's fields as the form shows them (text)."""

    stall_name: str
    stall_address: str
    stall_phone: str
    promptpay_target: str
    idle_minutes: str
    language: str
    commission_percent_plot: str
    commission_percent_consignment: str
    promptpay_max_amount: str = ""
    issuer_name: str = ""
    issuer_tax_id: str = ""
    promptpay_account_name: str = ""


def load_general(db: Database) -> GeneralSettings:
    with db.reading() as session:
        values = settings.get_all(session)
    seconds = int(values["idle_sign_out_seconds"])
    return GeneralSettings(
        stall_name=values["stall_name"], stall_address=values["stall_address"],
        stall_phone=values["stall_phone"], promptpay_target=values["promptpay_target"],
        idle_minutes=str(max(1, seconds // 60)), language=values["language"],
        commission_percent_plot=str(values["commission_percent_plot"]),
        commission_percent_consignment=str(values["commission_percent_consignment"]),
        promptpay_max_amount=Money.parse(str(values["promptpay_max_amount"])).format(symbol=False),
        issuer_name=values["issuer_name"], issuer_tax_id=_tax_id_text(values["issuer_tax_id"]),
        promptpay_account_name=values["promptpay_account_name"])


def _tax_id_text(digits: str) -> str:
    return format_national_id(digits) if digits else ""


def _percent(text: str, label: str) -> str:
    cleaned = (text or "").strip().translate(THAI_DIGITS).rstrip("%").strip()
    if not re.fullmatch(r"\d{1,3}(\.\d{1,2})?", cleaned):
        raise InvalidInput(tr("{field}: enter a percentage such as 10 or 12.5.").format(field=label))
    value = Decimal(cleaned)
    if value > 100:
        raise InvalidInput(tr("{field}: a percentage is between 0 and 100.").format(field=label))
    return format(value.normalize(), "f")


def _minutes(text: str) -> int:
    cleaned = (text or "").strip().translate(THAI_DIGITS)
    try:
        minutes = int(cleaned)
    except ValueError:
        raise InvalidInput(tr("Idle sign-out: enter whole minutes.")) from None
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise InvalidInput(tr("Idle sign-out is between {low} and {high} minutes.").format(
            low=MIN_IDLE_MINUTES, high=MAX_IDLE_MINUTES))
    return minutes


def validate_general(form: GeneralSettings) -> dict[str, object]:
    """Setting key -> value to store; InvalidInput (in the user's language) if any is wrong."""
    name = " ".join((form.stall_name or "").split())
    if not name:
        raise InvalidInput(tr("Please enter the stall's name."))
    if len(name) > 80:
        raise InvalidInput(tr("The stall's name is too long (at most 80 letters)."))
    address = " ".join((form.stall_address or "").split())
    if len(address) > 200:
        raise InvalidInput(tr("The address is too long (at most 200 letters)."))
    phone = normalise_phone(form.stall_phone)
    target = (form.promptpay_target or "").strip()
    if not target:
        raise InvalidInput(tr("Please enter the PromptPay number."))
    _, target_digits = validate_target(target)
    try:
        qr_limit = Money.parse(form.promptpay_max_amount or "")
    except InvalidInput as error:
        raise InvalidInput(tr("Largest PromptPay QR amount: {problem}").format(
            problem=error.message)) from None
    if qr_limit.satang <= 0:
        raise InvalidInput(tr("The largest PromptPay QR amount must be more than zero."))
    if form.language not in LANGUAGES:
        raise InvalidInput(tr("Please choose a language."))
    try:
        plot = _percent(form.commission_percent_plot, tr("Share of plot sales to the fund"))
        consignment = _percent(form.commission_percent_consignment,
                               tr("Commission on participants' produce"))
    except InvalidOperation:  # pragma: no cover - the pattern lets only numbers through
        raise InvalidInput(tr("Please check the percentages.")) from None
    return {
        "stall_name": name, "stall_address": address, "stall_phone": phone,
        "promptpay_target": target_digits,
        "idle_sign_out_seconds": _minutes(form.idle_minutes) * 60,
        "language": form.language,
        "commission_percent_plot": plot, "commission_percent_consignment": consignment,
        "promptpay_max_amount": format(qr_limit.as_decimal().normalize(), "f"),
        **check_issuer(form.issuer_name, form.issuer_tax_id, form.promptpay_account_name),
    }


def save_general(db: Database, who: SignedIn, form: GeneralSettings) -> dict[str, object]:
    """Validate and save (admin only); each changed key is audited. Returns what was stored."""
    if not who.is_admin:
        raise NotAllowed(tr("Only an admin can change the settings."))
    values = validate_general(form)
    settings.change(db, who.operator_id, **values)
    return values
