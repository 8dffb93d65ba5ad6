"""The audit log: who did what, when. Append-only."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import utc_now
from kiosk.db import Database, mark_changed
from kiosk.i18n import QT_TRANSLATE_NOOP, tr
from kiosk.models import AuditEvent, Operator
from kiosk.topics import Topic


def record(session: Session, action: str, operator_id: int | None = None,
           target: str = "", /, **details: object) -> AuditEvent:
    """Add an audit event inside the caller's unit of work."""
    event = AuditEvent(
        at=utc_now(), operator_id=operator_id, action=action, target=target,
        details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )
    session.add(event)
    mark_changed(session, Topic.AUDIT)
    return event


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    operator_name: str
    action: str
    target: str
    details: dict[str, object]
    #: codes named in the event (a crop's or product's code) -> (Thai, English) names
    names: dict[str, tuple[str, str]] = field(default_factory=dict)


def recent_events(db: Database, limit: int = 500, action: str | None = None) -> list[AuditRow]:
    """The newest audit events first, for the staff's audit screen."""
    with db.reading() as session:
        query = (select(AuditEvent, Operator.name)
                 .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
                 .order_by(AuditEvent.id.desc()).limit(limit))
        if action:
            query = query.where(AuditEvent.action == action)
        from kiosk.models import Crop, Product
        crops = {code: (th, en or th) for code, th, en in session.execute(
            select(Product.code, Product.name_th, Product.name_en))}
        crops.update({code: (th, en or th) for code, th, en in session.execute(
            select(Crop.code, Crop.name_th, Crop.name_en))})
        return [
            AuditRow(e.id, e.at, name or "", e.action, e.target, json.loads(e.details or "{}"),
                     crops)
            for e, name in session.execute(query)
        ]


# -- what an event says, in the current language -----------------------------------------
# Events are stored as a code and parameters, never as a sentence, so the log reads
# in the language on screen. One sentence per code; an unknown code (an older or
# newer kiosk) falls back to its words.
def _sentences() -> dict[str, str]:
    return {
        "sign_in": tr("{target} signed in."),
        "sign_out": tr("{target} signed out ({reason})."),
        "pin_failed": tr("Wrong PIN for {target} (attempt {attempt})."),
        "lockout": tr("{target} is locked out until {until}."),
        "approval": tr("A staff member approved: {action} ({target})."),
        "approval_failed": tr("Approval refused: {action} ({target})."),
        "approval_lockout": tr("Approvals locked until {until} ({target})."),
        "setting_change": tr("Setting {target} changed from {old} to {new}."),
        "operator_create": tr("{target} added as {role}."),
        "operator_pin_change": tr("The PIN of {target} was changed."),
        "operator_role_change": tr("The role of {target} was changed."),
        "operator_activate": tr("{target} may sign in again."),
        "operator_deactivate": tr("{target} may no longer sign in."),
        "backup": tr("Backup saved to {target}."),
        "restore": tr("Restored from {target}."),
        "sale_void": tr("Sale {target} voided: {reason}."),
        "drawer_open": tr("Cash drawer opened by hand: {reason}."),
        "sale_refund": tr("Refund on sale {target}: {reason}."),
        "price_override": tr("Price changed at sale {target}."),
        "promptpay_tick": tr("PromptPay payment {target} marked as received ({amount} baht)."),
        "promptpay_untick": tr("PromptPay payment {target} unmarked ({amount} baht)."),
        "day_open": tr("Day {target} opened with a float of {opening_float} baht."),
        "day_close": tr("Day {target} closed: counted {counted} baht, expected {expected}."),
        "stock_adjust": tr("Stock of {target} adjusted by {quantity} ({kind})."),
        "ledger_reversal": tr("Journal entry {target} reversed: {reason}."),
        "period_close": tr("Month {target} closed."),
        "account_create": tr("Account {target} {name} added."),
        "account_close": tr("Account {target} closed."),
        "loan_create": tr("Loan {target} of {principal} baht: {term} {frequency} instalments, "
                          "{method}."),
        "loan_reschedule": tr("Loan {target} rescheduled to {term} instalments: {reason}."),
        "loan_write_off": tr("Loan {target} written off ({amount} baht): {reason}."),
        "participant_create": tr("Participant {target} added."),
        "participant_update": tr("Participant {target} changed."),
        "participant_activate": tr("Participant {target} is back."),
        "participant_deactivate": tr("Participant {target} left the programme."),
        "participant_consent": tr("Consent of {target} recorded ({method}, notice {notice})."),
        "national_id_view": tr("The full national ID of {target} was shown."),
        "person_export": tr("All the data about {target} was exported ({via})."),
        "participant_erase": tr("The personal data of {target} was erased."),
        "backup_passphrase_set": tr("The backup passphrase was set."),
        "plot_bed_add": tr("Bed {target} added."),
        "plot_bed_change": tr("Bed {target} resized."),
        "plot_bed_archive": tr("Bed {target} archived."),
        "plot_bed_delete": tr("Bed {target} deleted."),
        "product_add": tr("Product {target} added."),
        "product_change": tr("Product {target} changed."),
        "plot_crop_add": tr("Crop {target} added."),
        "plot_crop_change": tr("Crop {target} changed."),
        "plot_planting_add": tr("Planting {target} added: {crop} on bed {bed} from {start}."),
        "plot_planting_change": tr("Planting {target} moved to {start}."),
        "plot_planting_status": tr("Planting {target} is now {status}."),
        "plot_task_add": tr("{count} tasks added ({target}) from {first}."),
        "plot_training_add": tr("Training \"{target}\" on {held_on}: {attendees} came."),
        "demo_reset": tr("Demo data created."),
        "demo_create": tr("Demo data created."),
    }


def _value(key: str, value: object) -> str:
    """A parameter as a reader wants it: dates in B.E., codes as words."""
    from kiosk import dates
    words = {
        ("frequency", "month"): tr("monthly"), ("frequency", "week"): tr("weekly"),
        ("method", "zero"): tr("no interest"), ("method", "flat"): tr("flat rate"),
        ("method", "declining"): tr("declining balance"),
        ("reason", "idle"): tr("no one used the kiosk"), ("reason", "manual"): tr("pressed sign out"),
        ("via", "screen"): tr("at the kiosk"), ("via", "command line"): tr("from the command line"),
        ("role", "vendor"): tr("vendor"), ("role", "staff"): tr("staff"), ("role", "admin"): tr("admin"),
    }
    if isinstance(value, str) and (key, value) in words:
        return words[(key, value)]
    from kiosk.services.privacy_notice import CONSENT_METHODS, method_label
    if key == "method" and value in CONSENT_METHODS:
        return method_label(value)
    if key == "status" and isinstance(value, str):
        from kiosk.services.plot_rules import status_label
        return status_label(value)
    if key == "target" and isinstance(value, str) and value.startswith(("planting:",
                                                                        "participant:")):
        return "#" + value.partition(":")[2]
    if isinstance(value, str) and len(value) >= 10:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return dates.format_date(moment.date()) if len(value) == 10 else dates.format_datetime(moment)
    if value is None:
        return "-"
    return str(value)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(row: AuditRow) -> str:
    """The event as a sentence in the current language."""
    template = _sentences().get(row.action)
    params = _Params({key: _value(key, value) for key, value in row.details.items()})
    params["target"] = _value("target", row.target)
    from kiosk.i18n import current_language
    pick = 0 if current_language() == "th" else 1
    if isinstance(row.details.get("crop"), str) and row.details["crop"] in row.names:
        params["crop"] = row.names[row.details["crop"]][pick]
    if row.action.startswith("plot_crop") and row.target in row.names:
        params["target"] = row.names[row.target][pick]
    if row.action in ("approval", "approval_failed") and isinstance(row.details.get("action"), str):
        code = row.details["action"]
        params["action"] = tr(_ACTION_NAMES[code]) if code in _ACTION_NAMES else code.replace("_", " ")
    if row.action == "loan_create" and row.details.get("method") in ("flat", "declining"):
        params["method"] = tr("{method} {rate}% a year").format(
            method=params["method"], rate=row.details.get("rate", "?"))
    if template is None:
        words = row.action.replace("_", " ")
        return f"{words}: {row.target}" if row.target else words
    return template.format_map(params)


def about(row: AuditRow) -> str:
    """What the event was about, as words in the current language: "planting:5" is
    "Planting #5", a crop code is the crop's name, a day or month is in B.E."""
    from kiosk import dates
    from kiosk.i18n import current_language
    target = row.target
    if not target:
        return "-"
    pick = 0 if current_language() == "th" else 1
    kind, _, number = target.partition(":")
    if kind == "planting" and number.isdigit():
        return tr("Planting #{n}").format(n=number)
    if kind == "participant" and number.isdigit():
        return tr("Participant #{n}").format(n=number)
    if target in row.names and (row.action.startswith("plot_crop") or row.action == "stock_adjust"):
        return row.names[target][pick]
    if row.action == "plot_task_add":
        from kiosk.services.plot_rules import task_label
        return task_label(target)
    if row.action.startswith("plot_bed"):
        return tr("bed {name}").format(name=target)
    if row.action == "ledger_reversal":
        return tr("Journal entry {number}").format(number=target)
    if row.action == "period_close" and len(target) == 7 and target[4] == "-":
        try:
            return dates.format_month(int(target[:4]), int(target[5:]))
        except ValueError:
            return target
    if row.action.startswith("loan_"):
        return tr("Loan {number}").format(number=target)
    if row.action.startswith("sale_") or row.action.startswith("promptpay_") \
            or row.action == "price_override":
        return tr("Sale {number}").format(number=target)
    if row.action.startswith("account_"):
        return tr("Account {code}").format(code=target)
    if row.action.startswith("demo_"):
        return tr("Demo data")
    return _value("target", target)


#: what staff approve, by the code a service passes
_ACTION_NAMES = {
    "sale_void": QT_TRANSLATE_NOOP("audit", "void a sale"),
    "drawer_open": QT_TRANSLATE_NOOP("audit", "open the cash drawer"),
    "sale_refund": QT_TRANSLATE_NOOP("audit", "refund"),
    "refund": QT_TRANSLATE_NOOP("audit", "refund"),
    "price_override": QT_TRANSLATE_NOOP("audit", "change a price"),
    "discount": QT_TRANSLATE_NOOP("audit", "discount"),
    "day_open": QT_TRANSLATE_NOOP("audit", "open the day"),
    "day_close": QT_TRANSLATE_NOOP("audit", "close the day"),
    "loan_reschedule": QT_TRANSLATE_NOOP("audit", "reschedule a loan"),
    "loan_write_off": QT_TRANSLATE_NOOP("audit", "write off a loan"),
}
