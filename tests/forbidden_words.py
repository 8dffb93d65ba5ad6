"""The glossary's forbidden words on a vendor's Thai screens, in one place.

/work/shared/reference/thai-glossary.md: one term per concept, no English and no
abbreviations, "กลับ" (never "ยกเลิก", which also means void) as a dialog's way
out, double quotes around what the person typed, one register (no "กรุณา").
Extend ``FORBIDDEN`` (or ``forbidden_in``) rather than writing a second list.
"""

from __future__ import annotations

import re

#: (the glossary's word instead, pattern) for any text a vendor reads in Thai
FORBIDDEN: list[tuple[str, re.Pattern[str]]] = [
    ("รหัสผ่าน, not PIN", re.compile(r"\bPIN\b")),
    ("คงเหลือ, not สต็อก", re.compile("สต็อก")),
    ("สรุปยอดถึงตอนนี้ / สรุปยอดปิดร้าน, not X/Z",
     re.compile(r"(?<![A-Za-z0-9])[XZ](?![A-Za-z0-9])")),
    ("no English abbreviations (PAR30, QR, PDF, OK, ID)",
     re.compile(r"\b(?:PAR\d*|QR|PDF|OK|ID)\b")),
    ("ลำดับเวลา, not ไทม์ไลน์", re.compile("ไทม์ไลน์")),
    ("ป้าย, not โปสเตอร์", re.compile("โปสเตอร์")),
    ("one register: plain commands, not กรุณา", re.compile("กรุณา")),
    ('double quotes around typed text, not single', re.compile(r"'[^'\s][^']*'|‘[^’]*’")),
]


def _own_classifier_names() -> str:
    """The Thai names of the crops whose produce has a classifier of its own (kiosk.units)."""
    from kiosk.data import load_crops
    from kiosk.units import OWN_CLASSIFIER
    return "|".join(re.escape(c.name_th) for c in load_crops() if c.code in OWN_CLASSIFIER)


FORBIDDEN += [
    ("หัว / ลูก, not ชิ้น, for produce with a classifier of its own (a cabbage is a หัว)",
     re.compile(f"(?:{_own_classifier_names()})[^\n]{{0,40}}ชิ้น")),
    ("รายการ, not ชิ้น, for the cart's lines", re.compile(r"^\s*\d+\s*ชิ้น\s*$")),
]

#: a button that leaves a dialog says กลับ; ยกเลิก alone would also read "void"
WAY_OUT_FORBIDDEN = frozenset({"ยกเลิก"})


_HTML_TAG = re.compile(r"<[^>]*>")


def forbidden_in(text: str) -> list[str]:
    """What in ``text`` the glossary forbids on a vendor's screen (the rule broken); the
    markup of rich text is not read."""
    shown = _HTML_TAG.sub(" ", text)
    return [rule for rule, pattern in FORBIDDEN if pattern.search(shown)]
