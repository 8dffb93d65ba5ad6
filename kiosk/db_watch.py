"""Hearing the other terminal: changes committed elsewhere reach this process.

On PostgreSQL a unit of work that marked topics sends them with NOTIFY
(``kiosk.db``), which the server delivers at the commit and never for a
rollback. ``Watcher`` LISTENs on a connection of its own in a daemon thread
and hands the topics that other terminals sent to the Database's listeners
(the UI's data bus re-emits them on its own thread), so a sale made at the
stall shows in the office's history without a tap. A dropped connection (the
server restarted, a cable pulled) is tried again every few seconds; once
back, every topic is told, as what was committed meanwhile went unheard.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable

import psycopg

from kiosk.topics import Topic

_log = logging.getLogger(__name__)
CHANNEL = "kiosk_changed"
RETRY_SECONDS = 3.0
_SEPARATOR = "|"
_KNOWN = frozenset(topic.value for topic in Topic)
EVERYTHING = frozenset(Topic)  # a change of unknown extent: every screen looks again


def payload(origin: str, topics: frozenset[str]) -> str:
    return origin + _SEPARATOR + ",".join(sorted(topics))


def new_origin() -> str:
    """Who sent a notice: each Database object its own (two windows, one process)."""
    return uuid.uuid4().hex


class Watcher:
    """LISTEN for other terminals' changes until ``stop``."""

    def __init__(self, connect_args: list, connect_params: dict, origin: str,
                 deliver: Callable[[frozenset[str]], None]) -> None:
        self._connect = (list(connect_args), dict(connect_params))
        self._origin = origin
        self._deliver = deliver
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set while a LISTEN is in place (tests wait on it)
        self._thread = threading.Thread(target=self._run, name="kiosk-db-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        dropped = False
        while not self._stopping.is_set():
            try:
                args, params = self._connect
                with psycopg.connect(*args, **{**params, "autocommit": True}) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if dropped:  # what the others committed meanwhile was not heard: all of it
                        self._tell(EVERYTHING)
                        dropped = False
                    while not self._stopping.is_set():
                        for notice in connection.notifies(timeout=0.5):
                            self._heard(notice.payload)
            except psycopg.Error:
                self.listening.clear()
                dropped = True
                self._stopping.wait(RETRY_SECONDS)

    def _heard(self, text: str) -> None:
        origin, _, words = text.partition(_SEPARATOR)
        # a topic a newer kiosk sends and this one does not know: nobody here listens for it
        topics = frozenset(Topic(w) for w in words.split(",") if w in _KNOWN)
        if origin != self._origin and topics:
            self._tell(topics)

    def _tell(self, topics: frozenset[str]) -> None:
        try:
            self._deliver(topics)
        except Exception:  # a listener's bug must not stop the hearing
            _log.exception("a change listener failed")
