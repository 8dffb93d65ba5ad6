"""Bounds for what the plot screens accept: quantities by unit, dates, text lengths
and characters the kiosk's fonts can draw. The plot services call these before
they write; the dialogs show the message they raise."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.dates import format_date, today
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.services import inputs
from kiosk.units import COUNTED, unit_label

#: units sold by count: a harvest or yield in them is a whole number
COUNT_UNITS = COUNTED
#: the most one harvest can be, per unit: a small plot's picking, with room to spare
MAX_HARVEST = {"kg": Decimal(500), "100g": Decimal(5000)}
MAX_HARVEST_COUNT = Decimal(2000)
#: an expected yield is for a whole planting: a season of pickings
YIELD_FACTOR = 20
#: plantings are recorded up to a year late and planned up to two years ahead
PLANTING_PAST_DAYS = 365
PLANTING_FUTURE_DAYS = 730
#: lengths of the texts typed on the plot screens
TEXT_LIMITS = {"topic": 120, "trainer": 80, "notes": 500, "reason": 200, "task_note": 200}


def _max_for(unit: str) -> Decimal:
    return MAX_HARVEST.get(unit, MAX_HARVEST_COUNT)


def check_quantity(amount: Decimal, unit: str, *, whole_planting: bool = False) -> Decimal:
    """A harvest (or, with ``whole_planting``, an expected yield) in ``unit``."""
    if amount <= 0:
        raise InvalidInput(tr("The quantity must be more than zero."))
    if unit in COUNT_UNITS and amount != amount.to_integral_value():
        raise InvalidInput(tr("Count {unit} in whole numbers.").format(unit=unit_label(unit)))
    top = _max_for(unit) * (YIELD_FACTOR if whole_planting else 1)
    if amount > top:
        message = (tr("An expected yield is at most {max} {unit}.") if whole_planting
                   else tr("One harvest is at most {max} {unit}."))
        raise InvalidInput(message.format(max=f"{top:,}", unit=unit_label(unit)))
    return amount


def check_planting_date(day: date) -> date:
    """Sowing or planting: from a year ago to two years ahead."""
    first = today() - timedelta(days=PLANTING_PAST_DAYS)
    last = today() + timedelta(days=PLANTING_FUTURE_DAYS)
    if not first <= day <= last:
        raise InvalidInput(tr("Choose a date from {first} to {last}.").format(
            first=format_date(first), last=format_date(last)))
    return day


def check_harvest_date(day: date, planted: date) -> date:
    if day > today():
        raise InvalidInput(tr("The date cannot be in the future."))
    if day < planted:
        raise InvalidInput(tr("A harvest cannot come before the planting ({date}).").format(
            date=format_date(planted)))
    return day


def check_text(value: str, field: str, what: str, *, required: bool = False) -> str:
    """Stripped ``value`` of at most TEXT_LIMITS[field] characters, all of them ones the
    kiosk's font draws (the fund's own text rule, kiosk.services.inputs)."""
    limit = TEXT_LIMITS[field]
    count = len((value or "").strip()) if isinstance(value, str) else 0
    return inputs.text(value, max_len=limit,
                       required=tr("Please enter the {what}.").format(what=what) if required else None,
                       too_long=tr("The {what} is at most {n} characters ({count} now).").format(
                           what=what, n=limit, count=count))


def whole_cm(value: object, what: str) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise InvalidInput(tr("{what} must be a whole number of centimetres.").format(
            what=what)) from exc
    return number
