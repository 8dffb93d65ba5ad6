"""A user action run off the UI thread; its Outcome comes back on the UI thread.

For a service call slow enough to freeze a touch screen (a PIN check is an
scrypt hash of about 50 ms, one for every staff member a wrong staff PIN is
tried against): the screen says it is checking and takes no second press
until ``done(outcome)`` arrives. The call is the same unit of work as with
``actions.attempt``, worded the same way when it fails.
"""

from __future__ import annotations

import itertools
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
    """One for the application, made on the UI thread: a worker's ``finished`` is
    queued to ``_deliver`` there. The jobs' callbacks and receivers are held here
    and let go on the UI thread only: a Qt object must never be freed by a worker."""

    finished = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: dict[int, tuple[Callable[[object], None], QObject | None]] = {}
        self.finished.connect(self._deliver)

    @Slot(int, object)
    def _deliver(self, job: int, result: object) -> None:
        done, receiver = self.jobs.pop(job)
        if receiver is None or shiboken6.isValid(receiver):
            done(result)


class _Run(QRunnable):
    def __init__(self, job: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.job, self.work, self.relay = job, work, relay

    def run(self) -> None:
        work, self.work = self.work, None
        self.relay.finished.emit(self.job, work())


_relay: _Relay | None = None
_jobs = itertools.count(1)


def run_in_background(work: Callable[[], T], done: Callable[[T], None],
                      receiver: QObject | None = None) -> None:
    """``work()`` (which never raises and holds no widget) on the global thread pool;
    ``done(result)`` on the UI thread, while ``receiver`` still exists."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    job = next(_jobs)
    _relay.jobs[job] = (done, receiver)
    QThreadPool.globalInstance().start(_Run(job, work, _relay))


def attempt_in_background(db: Database | None, work: Callable[[], T],
                          done: Callable[[Outcome[T]], None],
                          receiver: QObject | None = None) -> None:
    """Run ``work`` (one service call) as ``actions.attempt`` would, on a worker thread;
    ``done(outcome)`` on the UI thread, while ``receiver`` still exists."""
    run_in_background(lambda: actions.outcome_of(db, work), done, receiver)


def running() -> int:
    """How many background jobs have not reported yet (tests, closing the window)."""
    return len(_relay.jobs) if _relay is not None else 0
