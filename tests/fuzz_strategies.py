"""Hypothesis strategies for what people (and accidents) type into the kiosk's services.

Money text, weights, dates, names and notes in Thai and in odd Unicode, huge
numbers, SQL-looking text: each strategy mixes believable input with the
nasty kind, so a property over it meets both.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import strategies as st

SQL_LOOKING = ("'; DROP TABLE sales; --", "1 OR 1=1", "\" OR \"\"=\"", "%", "_", "\\",
               "0x00", "NULL", "Robert'); DELETE FROM ledger_lines;--", "' UNION SELECT pin_hash FROM operators --")
ODD_CHARACTERS = ("\u200b", "\u200d", "\u202e", "\ufeff", "\u0e31\u0e31\u0e31", "\x00", "\r\n", "\t",
                  "🥬", "👩🏽‍🌾", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud800", "A\u0301", "Ⅻ", "٣", "๕๐")
THAI = st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), min_size=1,
               max_size=40)

HUGE = st.sampled_from([10**12, 10**15, 2**63 - 1, 2**63, 2**64, 10**30, -(2**63), -1, 0])


def texts(max_size: int = 300) -> st.SearchStrategy[str]:
    """A name, a note or a reason: Thai, Latin, odd Unicode, SQL-looking, very long."""
    return st.one_of(
        THAI,
        st.text(max_size=max_size),
        st.sampled_from(SQL_LOOKING),
        st.lists(st.sampled_from(ODD_CHARACTERS + ("ผัก", "a", " ")), max_size=12).map("".join),
        st.integers(0, 5_000).map(lambda n: "ก" * n),
    )


def money_text() -> st.SearchStrategy[str]:
    """What is typed in an amount box: 45, 45.5, 1,234.50, ฿20, ๑๒๓, -5, 1e9, 'abc'."""
    plain = st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e13"), places=2,
                        allow_nan=False, allow_infinity=False).map(str)
    grouped = st.integers(0, 10**12).map(lambda n: f"{n:,}")
    thai_digits = st.integers(0, 10**7).map(
        lambda n: str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")))
    return st.one_of(plain, grouped, thai_digits, HUGE.map(str),
                     st.sampled_from(["", " ", "฿20", "20 บาท", "1e9", "NaN", "Infinity", "-0",
                                      "0.001", "12.345", "1..2", "١٢", ".5", "5.", "+5", "0x10"]),
                     texts(40))


def quantity_text() -> st.SearchStrategy[str]:
    """A weight or a count as typed: 0.35, 2, ๒, 1,000, 0.0001, -1, 'kg'."""
    return st.one_of(
        st.decimals(min_value=Decimal("-10"), max_value=Decimal("100000"), places=4,
                    allow_nan=False, allow_infinity=False).map(str),
        st.integers(-5, 10**9).map(str),
        st.sampled_from(["", "0", "0.000", "1,000", "๒", "2 kg", "NaN", "1e3", "½"]),
        texts(20))


def quantities() -> st.SearchStrategy[object]:
    """A quantity a caller hands a service: Decimals, ints, and what should never come."""
    return st.one_of(
        st.decimals(min_value=Decimal("-5"), max_value=Decimal("5000"), places=3,
                    allow_nan=False, allow_infinity=False),
        st.integers(-3, 3000), HUGE,
        st.sampled_from([Decimal("NaN"), Decimal("Infinity"), Decimal("0.0001"), None, "2",
                         1.5, True]))


def days(around: date) -> st.SearchStrategy[object]:
    """A date a form could send: near ``around``, far past or future, BE years, not a date."""
    return st.one_of(
        st.integers(-400, 400).map(lambda n: around + timedelta(days=n)),
        st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
        st.sampled_from([date(around.year + 543, around.month, 1), None, "2026-01-01",
                         datetime(2026, 1, 1), datetime(2026, 1, 1, tzinfo=timezone.utc), 20260101]))


def ids() -> st.SearchStrategy[object]:
    """A row id: small ones that exist, ones that do not, and not an id at all."""
    return st.one_of(st.integers(-2, 40), HUGE, st.sampled_from([None, "1", 1.0, True]))
