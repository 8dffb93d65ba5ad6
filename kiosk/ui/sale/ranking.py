"""The best sellers' order, fixed for the day.

The tiles are sorted most-sold first. Re-sorting after every sale moved a
tile from under the vendor's finger, so the ranking is read once per day (and
database) and kept until the next day; the day's own sales count from tomorrow.
"""

from __future__ import annotations

from datetime import date

from kiosk.dates import today
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.services import sales

_ranking: dict[tuple[str, date], dict[int, int]] = {}


def best_sellers(db: Database, day: date | None = None) -> dict[int, int]:
    """Product id -> times sold lately, as it stood at the first look of ``day``."""
    day = day or today()
    key = (db.url, day)
    if key not in _ranking:
        for old in [k for k in _ranking if k[1] != day]:
            del _ranking[old]
        try:
            _ranking[key] = sales.popularity(db)
        except KioskError:
            return {}
    return _ranking[key]
