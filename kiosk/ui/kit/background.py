"""A user action run off the UI thread; its Outcome comes back on the UI thread.

For a service call slow enough to freeze a touch screen (a PIN check is an
scrypt hash of about 50 ms, one for every staff member a wrong staff PIN is
tried against): the screen says it is checking and takes no second press
until ``done(outcome)`` arrives. The call is the same unit of work as with
``actions.attempt``, worded the same way when it fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kiosk.ui import actions
from kiosk.ui.actions import Outcome

if TYPE_CHECKING:  # the sign-in paints before SQLAlchemy is imported
    from kiosk.db import Database

T = TypeVar("T")


class _Relay(QObject):
    """Made on the UI thread: the worker's signal is queued to ``_deliver`` there."""

    finished = Signal(object)

    def __init__(self, done: Callable[[object], None], receiver: QObject | None) -> None:
        super().__init__()
        self.done, self.receiver = done, receiver
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        _running.discard(self)
        if self.receiver is None or shiboken6.isValid(self.receiver):
            self.done(result)


class _Run(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        self.relay.finished.emit(self.work())


_running: set[_Relay] = set()  # a relay lives until its work has reported


def run_in_background(work: Callable[[], T], done: Callable[[T], None],
                      receiver: QObject | None = None) -> None:
    """``work()`` (which never raises and touches no widget) on the global thread pool;
    ``done(result)`` on the UI thread, while ``receiver`` still exists."""
    relay = _Relay(done, receiver)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Run(work, relay))


def attempt_in_background(db: Database | None, work: Callable[[], T],
                          done: Callable[[Outcome[T]], None],
                          receiver: QObject | None = None) -> None:
    """Run ``work`` (one service call) as ``actions.attempt`` would, on a worker thread;
    ``done(outcome)`` on the UI thread, while ``receiver`` still exists."""
    run_in_background(lambda: actions.outcome_of(db, work), done, receiver)


def running() -> int:
    """How many background jobs have not reported yet (tests, closing the window)."""
    return len(_running)
