"""Small facts about Thai input and produce units, shared by services, screens and paper."""

from __future__ import annotations

import re

from kiosk.i18n import tr

#: Thai digits (๐-๙) as typed on a Thai keyboard, to Arabic digits
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def national_id_ok(digits: str) -> bool:
    """The Thai 13-digit ID (or tax ID) checksum: (11 - sum(d_i * (13 - i)) mod 11) mod 10."""
    if not re.fullmatch(r"\d{13}", digits or ""):
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def unit_label(unit: str) -> str:
    """The unit a price or quantity is per, in the current language ("กก.", "กำ", "มัด"...)."""
    labels = {"kg": tr("kg"), "bunch": tr("bunch"), "bundle": tr("bundle"),
              "piece": tr("piece"), "pack": tr("pack"), "100g": tr("100 g")}
    return labels.get(unit, unit)
