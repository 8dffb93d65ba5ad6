"""Checks every service input passes before anything is computed: the right type,
within bounds, ids that exist. Each failure is a domain error with a translated
message (never an AttributeError or an IntegrityError from deep inside)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from kiosk import drawable
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Operator

MAX_ID = 2**62  # larger ids cannot exist (and overflow SQLite's integers)
TEXT_MAX = 200  # a purpose, a reason, a note: a sentence or two


def an_id(value: object, missing: str) -> int:
    """An id as a positive int; anything else is "not found" with ``missing``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < MAX_ID:
        raise NotFound(missing)
    return value


def optional_id(value: object, missing: str) -> int | None:
    return None if value is None else an_id(value, missing)


def operator_id(session: Session, value: object) -> int | None:
    """None (the system) or an operator that exists."""
    missing = tr("This staff member or vendor no longer exists.")
    if value is None:
        return None
    if session.get(Operator, an_id(value, missing)) is None:
        raise NotFound(missing)
    return value  # type: ignore[return-value]


def a_date(value: object, message: str | None = None) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInput(message or tr("Please choose a date."))
    return value


def optional_date(value: object) -> date | None:
    return None if value is None else a_date(value)


def a_count(value: object, low: int, high: int, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(message)
    return value


def a_flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(tr("Choose yes or no."))
    return value


def text(value: object, *, max_len: int = TEXT_MAX, required: str | None = None,
         too_long: str | None = None) -> str:
    """Stripped text: "" for None unless ``required`` (its message); at most ``max_len``
    characters, each one the kiosk's font can draw."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(tr("Please type text here."))
    value = value.strip()
    if required is not None and not value:
        raise InvalidInput(required)
    if len(value) > max_len:
        raise InvalidInput(too_long or tr("This text is too long: at most {n} characters.")
                           .format(n=max_len))
    bad = drawable.undrawable(value)
    if bad:
        raise InvalidInput(tr("The kiosk cannot show {chars}: please type it without them.")
                           .format(chars=" ".join(bad)))
    return value


def choice(value: object, allowed: tuple[str, ...], message: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise InvalidInput(message)
    return value
