"""Settings with their defaults; stored as JSON in the settings table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from kiosk.db import Database, mark_changed
from kiosk.models import Setting
from kiosk.services import audit
from kiosk.topics import Topic

# Every setting the kiosk knows, with its default. Areas add their own keys
# here (one line each) so `kiosk check` and the settings screen see them all.
DEFAULTS: dict[str, Any] = {
    # shell
    "language": "th",
    "idle_sign_out_seconds": 300,
    # the stall, as printed on receipts
    "stall_name": "แปลงผักปลอดสารพิษ ตลาดจอมพล",
    "stall_address": "ตลาดจอมพล ถ.กลางเมือง ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000",
    "stall_phone": "",
    "issuer_name": "",  # the legal entity a receipt names (empty: the stall's name)
    "issuer_tax_id": "",  # its 13-digit tax ID, printed when set
    "promptpay_account_name": "",  # the name a customer's bank app shows for the PromptPay number
    "promptpay_target": "0812345678",  # phone, or 13-digit national/tax ID
    "promptpay_max_amount": "50000",  # baht: the largest QR amount the banks accept
    # point of sale (percent as a string, parsed with Decimal)
    "commission_percent_plot": "100",  # the plot's produce: all proceeds to the fund
    "commission_percent_consignment": "10",  # a participant's produce
    "printer_kind": "pdf",  # "system", "escpos" or "pdf"
    "printer_system_name": "",
    "printer_escpos_connection": "",  # e.g. "usb:0x0416:0x5011", "network:192.168.1.50", "serial:/dev/ttyUSB0"
    "printer_timeout_seconds": 5,
    "receipt_folder": "",  # empty: <user data>/receipts
    "customer_receipt": "ask",  # "always", "ask" or "never"
    # devices (kiosk.services.device_settings): empty port, no scale
    "scale_port": "", "scale_baud": 9600, "scale_parity": "N", "scale_protocol": "cas",
    "customer_display_screen": "",  # the name of the screen facing the customer; empty: none
    # fund
    "instalment_multiple_satang": 100,  # instalments in whole baht
    "arrears_grace_days": 3,
    "par_days": 30,
    "auto_repayment_percent": "0",
    "fund_max_donation": "1000000",  # baht: ten times the fund (kiosk.services.fund_bounds)
    "fund_max_payment": "100000",  # baht: a grant, loan, payout or repayment, at most the fund
    "fund_first_day": None,  # ISO date; None: the date of the fund's first entry
    # plot
    "rotation_gap_days": {"Brassicaceae": 60, "Solanaceae": 90, "Cucurbitaceae": 60},
    "season_boundaries": {"hot": "02-15", "rainy": "05-15", "cool": "10-15"},
    "backup_folder": "",  # the day's automatic backup (a USB stick); empty: beside the database
    # demo market: set by kiosk.services.demo (row counts when it was made)
    "demo_data": None,
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    return json.loads(row.value)


def get_all(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.query(Setting).all():
        values[row.key] = json.loads(row.value)
    return values


def put(session: Session, key: str, value: Any) -> None:
    """Store a setting inside the caller's unit of work (no audit)."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    mark_changed(session, Topic.SETTINGS)


def read(db: Database, key: str) -> Any:
    with db.reading() as session:
        return get(session, key)


def change(db: Database, operator_id: int | None, **values: Any) -> None:
    """A user changes settings: one unit of work, audited with old and new values."""
    with db.unit_of_work() as session:
        for key, value in values.items():
            old = get(session, key)
            if old == value:
                continue
            put(session, key, value)
            audit.record(session, "setting_change", operator_id, key, old=old, new=value)
