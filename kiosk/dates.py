"""Buddhist Era dates and Asia/Bangkok time, for screens and paper."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from kiosk.i18n import current_language

BANGKOK = ZoneInfo("Asia/Bangkok")
BE_OFFSET = 543

THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                     "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
THAI_MONTHS_LONG = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
EN_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EN_MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")
THAI_WEEKDAYS_SHORT = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")
EN_WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# Set only while `kiosk simulate` runs: its days pass on their own clock, so a
# seed replays exactly and "today" (periods, loans' arrears) is the simulated day.
_clock: Callable[[], datetime] | None = None


def utc_now() -> datetime:
    """Aware UTC now: what the database stores."""
    if _clock is not None:
        return _clock()
    return datetime.now(timezone.utc)


def local_now() -> datetime:
    """Aware Bangkok now: what people see."""
    return utc_now().astimezone(BANGKOK)


@contextmanager
def simulated_clock(read: Callable[[], datetime]) -> Iterator[None]:
    """Every reading of the time inside the block asks ``read`` (an aware datetime)."""
    global _clock
    before, _clock = _clock, read
    try:
        yield
    finally:
        _clock = before


def today() -> date:
    """Today's date in Khon Kaen (not the machine's zone)."""
    return local_now().date()


def to_local(moment: datetime) -> datetime:
    """A stored moment in Bangkok time; naive values are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(BANGKOK)


def be_year(day: date) -> int:
    return day.year + BE_OFFSET


def _lang(lang: str | None) -> str:
    return lang or current_language()


def format_date(day: date, lang: str | None = None) -> str:
    """"25 พ.ย. 2569" (English: "25 Nov 2569"): the year is always BE."""
    months = THAI_MONTHS_SHORT if _lang(lang) == "th" else EN_MONTHS_SHORT
    return f"{day.day} {months[day.month - 1]} {be_year(day)}"


def format_date_long(day: date, lang: str | None = None) -> str:
    """"25 พฤศจิกายน 2569" (English: "25 November 2569")."""
    months = THAI_MONTHS_LONG if _lang(lang) == "th" else EN_MONTHS_LONG
    return f"{day.day} {months[day.month - 1]} {be_year(day)}"


def format_date_numeric(day: date) -> str:
    """"25/11/2569"."""
    return f"{day.day:02d}/{day.month:02d}/{be_year(day)}"


def format_month(year: int, month: int, lang: str | None = None) -> str:
    """"พฤศจิกายน 2569" for a statement or a calendar heading."""
    months = THAI_MONTHS_LONG if _lang(lang) == "th" else EN_MONTHS_LONG
    return f"{months[month - 1]} {year + BE_OFFSET}"


def format_time(moment: datetime) -> str:
    """"14:05" in Bangkok time."""
    return to_local(moment).strftime("%H:%M")


def format_datetime(moment: datetime, lang: str | None = None) -> str:
    """"25 พ.ย. 2569 14:05" in Bangkok time."""
    local = to_local(moment)
    return f"{format_date(local.date(), lang)} {local.strftime('%H:%M')}"


def weekday_short(day: date, lang: str | None = None) -> str:
    names = THAI_WEEKDAYS_SHORT if _lang(lang) == "th" else EN_WEEKDAYS_SHORT
    return names[day.weekday()]
