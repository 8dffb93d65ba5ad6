"""Thai QR Payment (PromptPay) payloads, merchant-presented mode (EMVCo).

A payload is a string of TLV fields (2-digit tag, 2-digit length, value)
ending with a CRC-16/CCITT-FALSE over everything up to and including
``6304``. Static payloads (no amount) are for the poster on the table;
dynamic ones (one payment, exact amount) for the sale screen.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.money import Money
from kiosk.thai import national_id_ok

AID_PROMPTPAY = "A000000677010111"
_SEPARATORS = re.compile(r"[\s\-().]")
_MOBILE = re.compile(r"^0[689]\d{8}$")

MOBILE = "mobile"
NATIONAL_ID = "national_id"


def crc16(data: str | bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR."""
    if isinstance(data, str):
        data = data.encode("ascii")
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def validate_target(target: str) -> tuple[str, str]:
    """(kind, digits) for a Thai mobile number or a 13-digit ID; InvalidInput otherwise.

    Mobile numbers may be typed as 081-234-5678, +66812345678 or 66812345678.
    """
    cleaned = _SEPARATORS.sub("", target or "")
    if cleaned.startswith("+66"):
        cleaned = "0" + cleaned[3:]
    elif cleaned.startswith("0066") and len(cleaned) == 13:
        cleaned = "0" + cleaned[4:]
    elif cleaned.startswith("66") and len(cleaned) == 11:
        cleaned = "0" + cleaned[2:]
    if _MOBILE.match(cleaned):
        return MOBILE, cleaned
    if re.fullmatch(r"\d{13}", cleaned):
        if national_id_ok(cleaned):
            return NATIONAL_ID, cleaned
        raise InvalidInput(tr("This 13-digit ID is not valid: its last digit (checksum) does not match."))
    raise InvalidInput(tr(
        "A PromptPay target is a Thai mobile number (10 digits, 06/08/09) or a 13-digit ID."))


def _field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"TLV value for {tag} is too long")
    return f"{tag}{len(value):02d}{value}"


def check_amount(amount: Money, max_amount: Money | None = None) -> Money:
    """An amount a bank app accepts: more than zero and not over ``max_amount``."""
    if amount.satang <= 0:
        raise InvalidInput(tr("The PromptPay amount must be more than zero."))
    if max_amount is not None and amount > max_amount:
        raise InvalidInput(tr("A PromptPay QR can be at most {max}.").format(max=max_amount.format()))
    return amount


def payload(target: str, amount: Money | None = None, max_amount: Money | None = None) -> str:
    """The QR payload for ``target``; with an amount a one-time (dynamic) QR."""
    kind, digits = validate_target(target)
    if kind == MOBILE:
        account = _field("01", ("66" + digits[1:]).rjust(13, "0"))
    else:
        account = _field("02", digits)
    parts = [
        _field("00", "01"),
        _field("01", "11" if amount is None else "12"),
        _field("29", _field("00", AID_PROMPTPAY) + account),
        _field("58", "TH"),
        _field("53", "764"),
    ]
    if amount is not None:
        check_amount(amount, max_amount)
        parts.append(_field("54", amount.plain()))
    body = "".join(parts) + "6304"
    return body + f"{crc16(body):04X}"


def parse_tlv(text: str) -> dict[str, str]:
    """Tag -> value of a TLV string (one level; parse a nested value again)."""
    fields: dict[str, str] = {}
    index = 0
    while index < len(text):
        if index + 4 > len(text):
            raise ValueError(f"truncated TLV at {index}")
        tag, length = text[index:index + 2], text[index + 2:index + 4]
        if not length.isdigit():
            raise ValueError(f"bad TLV length {length!r} at {index}")
        end = index + 4 + int(length)
        if end > len(text):
            raise ValueError(f"TLV value of {tag} runs past the end")
        fields[tag] = text[index + 4:end]
        index = end
    return fields


def crc_ok(text: str) -> bool:
    """True when the payload's last field is a CRC that matches the rest."""
    return len(text) > 8 and text[-8:-4] == "6304" and text[-4:] == f"{crc16(text[:-4]):04X}"


def qr_image(text: str, box_size: int = 10, border: int = 4):  # -> PIL.Image.Image
    """A black-on-white QR of ``text`` (medium error correction)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image()


def write_png(text: str, path: str | Path, box_size: int = 10) -> Path:
    """Save the QR of ``text`` as a PNG file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    qr_image(text, box_size=box_size).save(path, format="PNG")
    return path


def cli(target: str, amount: str | None = None, png: str | None = None) -> str:
    """What `kiosk promptpay TARGET [--amount BAHT] [--png FILE]` does: the payload line."""
    money = Money.parse(amount) if amount is not None else None
    text = payload(target, money)
    if png:
        write_png(text, png)
    return text
