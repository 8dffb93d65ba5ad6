"""Optimistic concurrency for rows staff edit from two terminals.

A row with a ``version`` column is shown with its version; the save names it.
If someone saved the row in between, the save is refused whole, so nobody's
change is silently overwritten; the edit then counts the version up.
"""

from __future__ import annotations

from typing import Protocol

from kiosk.errors import Conflict
from kiosk.i18n import tr


class Versioned(Protocol):
    version: int


class ChangedMeanwhile(Conflict):
    """The row was saved by someone else after this terminal read it."""


def claim(row: Versioned, expected: int | None) -> None:
    """Refuse the edit if ``row`` moved on from ``expected`` (None: no check), else count it."""
    if expected is not None and row.version != expected:
        raise ChangedMeanwhile(tr(
            "This was changed by someone else meanwhile (on another terminal). Nothing was saved: "
            "look at it again, then make your change."))
    row.version += 1
