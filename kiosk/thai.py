"""Small facts about Thai input: digits typed on a Thai keyboard, the 13-digit ID."""

from __future__ import annotations

import re

#: Thai digits (๐-๙) as typed on a Thai keyboard, to Arabic digits
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def national_id_ok(digits: str) -> bool:
    """The Thai 13-digit ID (or tax ID) checksum: (11 - sum(d_i * (13 - i)) mod 11) mod 10."""
    if not re.fullmatch(r"\d{13}", digits or ""):
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def format_national_id(digits: str) -> str:
    """A 13-digit ID or tax ID as printed on Thai cards: 1-2345-67890-12-3."""
    return f"{digits[0]}-{digits[1:5]}-{digits[5:10]}-{digits[10:12]}-{digits[12]}"
