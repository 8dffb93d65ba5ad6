"""The automatic or "back up now" backup, run off the UI thread.

A backup of a ten-year database takes seconds; the close of the day must
not freeze while it runs. ``start_backup`` runs it on the global thread pool
and calls ``done`` on the UI thread with the service's ``DailyBackup``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool

from kiosk.db import Database
from kiosk.services import backup_daily
from kiosk.services.backup_daily import DailyBackup
from kiosk.ui.kit.background import run_in_background


def start_backup(db: Database, operator_id: int | None, done: Callable[[DailyBackup], None],
                 receiver: QObject | None = None) -> None:
    """Back up in the background; ``done(result)`` on the UI thread while ``receiver`` lives."""
    # back_up_after_close never raises: every failure is a message
    run_in_background(lambda: backup_daily.back_up_after_close(db, operator_id), done, receiver)


def wait_for_backups(msecs: int = 30_000) -> bool:
    """Wait for running backups (tests, and closing the window)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
