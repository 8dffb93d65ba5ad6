"""One way to run a user action: its unit of work, and a message if it fails.

Every button that writes goes through ``attempt``. Whatever the unit of work
raises (a refused input, a locked or read-only database, a full disk, an I/O
error, a bug) becomes one translated message shown where the person looks;
the screen is re-enabled and, as the unit of work rolled back, nothing is
written. A database lock is waited for first (kiosk.db's busy timeout)::

    outcome = actions.attempt(self.ctx.db, lambda: fund.donate(...),
                              show=self.form.show_error, busy=self.form.setDisabled)
    if outcome.ok:
        use(outcome.value)
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.ui.i18n import tr

if TYPE_CHECKING:
    from kiosk.db import Database

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an action gave back (``value``), or why it failed (``message``)."""

    value: T | None = None
    message: str = ""
    error: BaseException | None = None  # what failed, for a screen that words it itself

    @property
    def ok(self) -> bool:
        return not self.message


def nothing_saved() -> str:
    return tr("Nothing was saved. Try again; if it happens again, tell the staff.")


def system_failed() -> str:
    """A bug or anything unforeseen: the person cannot fix it; the detail is in the log."""
    return tr("The system failed and nothing was saved. Tell the administrator.")


def message_for(error: BaseException, db: Database | None = None) -> str:
    """The person's message for any failure of a unit of work."""
    if isinstance(error, DatabaseUnavailable):  # kiosk.db's words for a locked, full, ... database
        return error.message + "\n" + nothing_saved()
    if isinstance(error, KioskError):
        return error.message
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return tr("The disk is full.") + "\n" + nothing_saved()
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return tr("The kiosk may not write there (read-only).") + "\n" + nothing_saved()
        return tr("The computer could not read or write the disk.") + "\n" + nothing_saved()
    return system_failed()


def attempt(db: Database | None, work: Callable[[], T], *,
            show: Callable[[str], None] | QWidget | None = None,
            busy: Callable[[bool], None] | None = None) -> Outcome[T]:
    """Run ``work`` (one service call); on any failure ``show`` its message.

    ``busy(True)`` before and ``busy(False)`` after, whatever happens, so a
    failure never leaves a screen disabled. ``show`` is a function taking the
    message, or a widget over which a touch error box opens.
    """
    if busy is not None:
        busy(True)
    try:
        outcome = outcome_of(db, work)
    finally:
        if busy is not None:
            busy(False)
    if not outcome.ok:
        if show is None or isinstance(show, QWidget):
            from kiosk.ui import dialogs
            dialogs.show_error(show, outcome.message)
        else:
            show(outcome.message)
    return outcome


def outcome_of(db: Database | None, work: Callable[[], T]) -> Outcome[T]:
    """Run ``work`` and give what it returned or its failure in words; shows nothing
    and touches no widget (kiosk.ui.kit.background runs it on a worker thread)."""
    try:
        from kiosk.db import retrying  # here: the sign-in paints before SQLAlchemy is imported
        value = retrying(work)  # a clash with the other terminal: run again, whole
    except Exception as error:  # noqa: BLE001 - the one place every failure is turned into words
        if not isinstance(error, KioskError):
            log.exception("a user action failed")
        return Outcome(message=message_for(error, db), error=error)
    return Outcome(value=value)


def message_of(db: Database | None, check: Callable[[], object]) -> str:
    """Run a pure check again and give its message ("" if it passes): a message's remake."""
    try:
        check()
    except Exception as error:  # noqa: BLE001 - the same words as attempt() would show
        return message_for(error, db)
    return ""
