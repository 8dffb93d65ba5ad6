"""The fund's periods and the dates its entries may carry.

The fund's first day is the ``fund_first_day`` setting; nothing is dated
before it. Until staff set it, an entry may be dated at most
MAX_DAYS_BACK_UNSET days back (the first entry does not fix the first day: a
kiosk's first sale often comes before staff type in the fund's history).
Months close in order: closing a month locks it and every month before it,
so a month before the last closed one can never be closed (or posted to) again.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import dates
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.models import Setting
from kiosk.models.ledger import JournalEntry, PeriodClose

# How far back an entry may be dated while no first day is set: the books of a
# fund that opened before the kiosk came, not a typo's year.
MAX_DAYS_BACK_UNSET = 730
FIRST_DAY_SETTING = "fund_first_day"


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(key: str) -> date:
    year, month = (int(p) for p in key.split("-"))
    return date(year, month, 1)


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def parse_first_day(stored: str | None) -> date | None:
    """The setting's JSON value ("2026-01-04", or null)."""
    if stored is None:
        return None
    try:
        value = json.loads(stored)
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


# One scalar subquery each, so the posting path reads them in its one round trip.
FIRST_DAY_SETTING_QUERY = select(Setting.value).where(Setting.key == FIRST_DAY_SETTING).scalar_subquery()
FIRST_ENTRY_ON_QUERY = select(func.min(JournalEntry.on)).scalar_subquery()
LAST_CLOSED_QUERY = select(func.max(PeriodClose.month)).scalar_subquery()


def first_day(session: Session) -> date | None:
    """The fund's first day, or None while staff have not set it."""
    return parse_first_day(session.scalar(select(FIRST_DAY_SETTING_QUERY)))


def books_start(session: Session) -> date | None:
    """The first day, else the date of the first entry (None for empty books)."""
    stored, first_on = session.execute(select(FIRST_DAY_SETTING_QUERY, FIRST_ENTRY_ON_QUERY)).one()
    return parse_first_day(stored) or first_on


def last_closed_month(session: Session) -> str | None:
    return session.scalar(select(func.max(PeriodClose.month)))


def is_closed(session: Session, day: date) -> bool:
    """A month is closed when it, or any month after it, was closed."""
    last = last_closed_month(session)
    return last is not None and month_key(day) <= last


def date_problem(on: object, first: date | None, last_closed: str | None) -> str | None:
    """Why an entry may not be dated ``on`` (None when it may): the one rule."""
    if not isinstance(on, date) or isinstance(on, datetime):
        return tr("Please choose a date.")
    today = dates.today()
    if on > today:
        return tr("The date cannot be in the future.")
    # a first day typed in the future would refuse even today's sales: today is the latest
    if first is not None and on < min(first, today):
        return tr("The fund's books start on {date}: nothing can be dated before it.").format(
            date=dates.format_date(first))
    if first is None and on < today - timedelta(days=MAX_DAYS_BACK_UNSET):
        return tr("The date is too long ago.")
    if last_closed is not None and month_key(on) <= last_closed:
        return tr("That month is closed. Post the correction in an open month.")
    return None


def check_date(session: Session, on: object) -> None:
    """Refuse a date an entry may not carry (the posting checks it again)."""
    problem = date_problem(on, first_day(session), last_closed_month(session))
    if problem:
        raise InvalidInput(problem)


def closable_months(session: Session) -> list[date]:
    """First days of the months that may be closed now, oldest first: those that have
    ended, after the last closed month and from the month the books start."""
    last = last_closed_month(session)
    if last is not None:
        month = next_month(month_start(last))
    else:
        first = books_start(session)
        month = first.replace(day=1) if first else dates.today().replace(day=1)
    months = []
    while next_month(month) <= dates.today():
        months.append(month)
        month = next_month(month)
    return months


def check_can_close(session: Session, year: int, month: int) -> date:
    """The month's first day, if it may be closed now; else why not. Closing a month
    locks the months before it too, so a month before the last closed one is closed."""
    if isinstance(year, bool) or isinstance(month, bool) or not isinstance(year, int) \
            or not isinstance(month, int) or not 1 <= month <= 12 or not 2000 <= year <= 2200:
        raise InvalidInput(tr("Choose a month."))
    start = date(year, month, 1)
    if next_month(start) > dates.today():
        raise InvalidInput(tr("Only a month that has ended can be closed."))
    if is_closed(session, start):
        raise InvalidInput(tr("That month is already closed."))
    first = books_start(session)
    if first is not None and next_month(start) <= first:
        raise InvalidInput(tr("The fund's books start on {date}: nothing before it to close.").format(
            date=dates.format_date(first)))
    return start
