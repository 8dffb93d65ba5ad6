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
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.topics import Topic

_log = logging.getLogger(__name__)
CHANNEL = "kiosk_changed"
RETRY_SECONDS = 3.0
POLL_SECONDS = 0.5  # SQLite: how often another window's commit is looked for
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

    @contextmanager
    def committing(self) -> Iterator[None]:
        """Around a COMMIT: nothing to do, the server tells each commit's topics."""
        yield

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
        import psycopg  # here, not at the top: a SQLite kiosk never pays for loading the driver

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


class FileWatcher:
    """SQLite: two windows on one PC share a file, not a server, so nothing is told;
    ``PRAGMA data_version`` changes on this watcher's own connection whenever another
    connection commits. It is looked at every ``POLL_SECONDS`` (microseconds of work);
    a change says only that something changed, so every topic is told.

    Our own commits change it too, and are not news (the Database tells its listeners
    itself). The unit of work asks ``committing`` while it holds SQLite's write
    lock (nobody else can commit then): a change seen there is someone else's. Right
    after its commit it takes the new version as seen. A commit by another window
    squeezed in between the end of ours and that look (microseconds) goes unheard
    until the next change.
    """

    def __init__(self, path: Path, deliver: Callable[[frozenset[str]], None]) -> None:
        self._connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._deliver = deliver
        self._lock = threading.Lock()
        self._seen = self._version()
        self._elsewhere = False  # another window committed: tell at the next chance
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-file-watch", daemon=True)
        self._thread.start()

    def _version(self) -> int:
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    @contextmanager
    def committing(self) -> Iterator[None]:
        """Around our own COMMIT, which holds off the polling: a version seen before it
        (we hold the write lock) is someone else's, the one after it is ours."""
        with self._lock:
            self._quietly(self._look)
            yield
            self._quietly(self._take_as_seen)
        self._tell_if_changed()

    def _take_as_seen(self) -> None:
        self._seen = self._version()

    @staticmethod
    def _quietly(look: Callable[[], None]) -> None:
        """Watching must never fail a sale: a file being replaced (a restore) is looked
        at again at the next poll."""
        try:
            look()
        except sqlite3.Error:
            _log.warning("could not read the database's data_version", exc_info=True)

    def _look(self) -> None:
        version = self._version()
        if version != self._seen:
            self._elsewhere, self._seen = True, version

    def _tell_if_changed(self) -> None:
        with self._lock:
            told, self._elsewhere = self._elsewhere, False
        if told:
            try:
                self._deliver(EVERYTHING)
            except Exception:  # a listener's bug must not stop the watching
                _log.exception("a change listener failed")

    def _run(self) -> None:
        while not self._stopping.wait(POLL_SECONDS):
            with self._lock:
                self._quietly(self._look)
            self._tell_if_changed()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._connection.close()
