"""The automatic or "back up now" backup, run off the UI thread.

A backup of a ten-year database takes seconds; the close of the day must
not freeze while it runs. ``start_backup`` runs it on the global thread pool
and calls ``done`` on the UI thread with the service's ``DailyBackup``.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kiosk.db import Database
from kiosk.services import backup_daily
from kiosk.services.backup_daily import DailyBackup


class _Relay(QObject):
    """Lives on the UI thread: the worker's signal is queued to ``_deliver`` here."""

    finished = Signal(object)

    def __init__(self, done: Callable[[DailyBackup], None], receiver: QObject | None) -> None:
        super().__init__()
        self.done, self.receiver = done, receiver
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, result: DailyBackup) -> None:
        _running.discard(self)
        if self.receiver is None or shiboken6.isValid(self.receiver):
            self.done(result)


class _BackupRunnable(QRunnable):
    def __init__(self, db: Database, operator_id: int | None, relay: _Relay) -> None:
        super().__init__()
        self.db, self.operator_id, self.relay = db, operator_id, relay

    def run(self) -> None:
        # back_up_after_close never raises: every failure is a message
        self.relay.finished.emit(backup_daily.back_up_after_close(self.db, self.operator_id))


_running: set[_Relay] = set()  # relays live until their job reported


def start_backup(db: Database, operator_id: int | None, done: Callable[[DailyBackup], None],
                 receiver: QObject | None = None) -> None:
    """Back up in the background; ``done(result)`` on the UI thread while ``receiver`` lives."""
    relay = _Relay(done, receiver)
    _running.add(relay)
    QThreadPool.globalInstance().start(_BackupRunnable(db, operator_id, relay))


def wait_for_backups(msecs: int = 30_000) -> bool:
    """Wait for running backups (tests, and closing the window)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
