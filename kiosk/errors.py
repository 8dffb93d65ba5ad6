"""Errors a user can cause and read. Messages are already translated (tr)."""

from __future__ import annotations


class KioskError(Exception):
    """Base of every error shown to the user instead of a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(KioskError):
    """The user typed or chose something the kiosk cannot accept."""


class NotFound(KioskError):
    """The thing asked for does not exist (or no longer)."""


class NotAllowed(KioskError):
    """The signed-in operator's role does not allow this."""


class Conflict(KioskError):
    """The request clashes with what is already recorded."""


class DatabaseUnavailable(KioskError):
    """The database file is missing, locked, read-only or damaged."""


class InternalError(Exception):
    """A bug, not anything the person did: the code asked for something impossible
    (an unknown kind of task, an unbalanced entry). Not a KioskError, so the screen says
    only that the system failed (kiosk.ui.actions) and the English detail goes to the log."""
