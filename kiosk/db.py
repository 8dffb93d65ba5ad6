"""The database: engine set-up, units of work and schema migrations.

Services own transactions: each user action is one ``with db.unit_of_work()``
block, committed when the block ends and rolled back if it raises. Windows
never hold a session. On SQLite every connection runs in WAL mode with
``synchronous=FULL`` so a committed sale survives a power cut.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk import db_errors, db_watch
from kiosk.errors import DatabaseUnavailable
from kiosk.i18n import tr
from kiosk.topics import Topic

ChangeListener = Callable[[frozenset[str]], None]
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000
# PostgreSQL: how long a writer waits for another terminal's write to finish
# (SQLite's busy timeout, the same five seconds)
SERVER_LOCK_TIMEOUT_MS = SQLITE_BUSY_TIMEOUT_MS
# the advisory lock every writer holds until it commits (any fixed number)
WRITER_LOCK_KEY = 0x4B494F534B  # "KIOSK"
_CHANGES_KEY = "kiosk.changed"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own
        # implicit transactions start too late to protect a read-then-write).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front, so two terminals never both
        # read a receipt number and then collide when they write it.
        if connection.get_execution_options().get("kiosk_writer"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # One writer at a time, as on SQLite: the services read-then-write
        # (receipt numbers, the chain head, balance limits) and rely on no
        # other terminal writing in between. Readers are not held up (MVCC).
        # Under READ COMMITTED each later statement sees what the previous
        # writer committed before releasing the lock.
        if connection.get_execution_options().get("kiosk_writer"):
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {SERVER_LOCK_TIMEOUT_MS}")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the kiosk's connection settings."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    # pre-ping: a connection the server dropped (restart, cable) is replaced
    # before a unit of work starts on it, not found dead half-way through
    engine = create_engine(url, pool_pre_ping=True)
    if parsed.get_backend_name() == "postgresql":
        _configure_postgresql(engine)
    return engine


CONFLICT_ATTEMPTS = 3


def retrying(work: Callable[[], T], attempts: int = CONFLICT_ATTEMPTS) -> T:
    """Run one user action (its own unit of work) again when the server rolled
    it back before its commit: a clash with another terminal, or a connection
    that broke (the retry connects afresh). After ``attempts`` the Thai "try
    again" goes up. A lock waited out (server_busy) is not retried: the person
    has waited long enough; nor is a connection lost during the COMMIT itself."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except db_errors.RetrySafe:
            if attempt == attempts:
                raise
            time.sleep(0.05 * attempt)  # let the other terminal's commit through first
    raise AssertionError("unreachable")


def mark_changed(session: Session, *topics: Topic) -> None:
    """Note what a unit of work changed; listeners hear it after the commit.
    A topic outside kiosk.topics.Topic is a mistake nobody would hear: ValueError."""
    session.info.setdefault(_CHANGES_KEY, set()).update(Topic(topic) for topic in topics)


class Database:
    """One database: its engine, its sessions and who listens for changes."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._writer = sessionmaker(
            self.engine.execution_options(kiosk_writer=True), expire_on_commit=False
        )
        reader = self.engine
        if self.engine.dialect.name == "postgresql":
            # one snapshot for the whole read, as SQLite's WAL gives
            reader = reader.execution_options(isolation_level="REPEATABLE READ",
                                              postgresql_readonly=True)
        self._reader = sessionmaker(reader, expire_on_commit=False)
        self._listeners: list[ChangeListener] = []
        self._origin = db_watch.new_origin()  # our own notices are not news to us
        self._watcher: db_watch.Watcher | db_watch.FileWatcher | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The file behind a SQLite database (None for memory or other servers)."""
        if not self.is_sqlite:
            return None
        database = self.engine.url.database
        if not database or database == ":memory:":
            return None
        return Path(database).expanduser()

    # -- sessions ----------------------------------------------------------
    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One atomic, durable write: committed at the end, rolled back on error."""
        session = self._writer()
        committing = False  # a connection lost from here on may have carried the COMMIT
        try:
            with session.begin() as transaction:
                yield session
                self._announce(session)
                session.flush()
                committing = True
                with self._watcher.committing() if self._watcher else nullcontext():
                    transaction.commit()
            topics = frozenset(session.info.pop(_CHANGES_KEY, set()))
        except sa_exc.DBAPIError as error:
            known = self._unavailable(error, committing)
            if known is None:
                raise
            raise known from error
        finally:
            session.close()
        if topics:
            self._notify(topics)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session (a consistent snapshot on SQLite WAL)."""
        session = self._reader()
        try:
            with session.begin():
                yield session
                if self.is_sqlite:
                    session.rollback()
                # PostgreSQL: the READ ONLY transaction ends with COMMIT (nothing can
                # have been written). A ROLLBACK makes psycopg discard every prepared
                # statement (DEALLOCATE ALL, a round trip), so no statement the
                # screens and the sale commit repeat would ever stay prepared.
        except sa_exc.DBAPIError as error:
            known = self._unavailable(error)
            if known is None:
                raise
            raise known from error
        finally:
            session.close()

    def _unavailable(self, error: sa_exc.DBAPIError,
                     committing: bool = False) -> DatabaseUnavailable | db_errors.SaveUncertain | None:
        """A locked, full, read-only or damaged database, or a server connection
        that broke, as a translated KioskError.

        None for anything else (a constraint, a bug): it goes up as it is, to be logged."""
        if error.connection_invalidated and not self.is_sqlite:
            # SQLAlchemy has dropped the broken connection (and the pool's others
            # made before it): the next unit of work connects afresh
            return (db_errors.lost_while_saving if committing
                    else db_errors.connection_lost)(self.url)
        known = db_errors.explain(error, self.url)
        if known is None and isinstance(error, sa_exc.OperationalError):
            return DatabaseUnavailable(tr("The database could not save this."))
        return known

    # -- change notification -----------------------------------------------
    def add_listener(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, session: Session) -> None:
        """Tell the other terminals what this unit of work changed (PostgreSQL:
        NOTIFY, sent by the server at the commit and never for a rollback)."""
        topics = session.info.get(_CHANGES_KEY)
        if topics and self.engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, :payload)"), {
                "channel": db_watch.CHANNEL,
                "payload": db_watch.payload(self._origin, frozenset(topics))})

    def watch_other_terminals(self) -> None:
        """Hear what other terminals commit (PostgreSQL), or other windows on this
        PC (a SQLite file), as if it were done here."""
        if self._watcher is not None:
            return
        if self.engine.dialect.name == "postgresql":
            args, params = self.engine.dialect.create_connect_args(self.engine.url)
            self._watcher = db_watch.Watcher(args, params, self._origin, self._notify)
        elif self.sqlite_path is not None:
            self._watcher = db_watch.FileWatcher(self.sqlite_path, self._notify)

    def _notify(self, topics: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(topics)

    def dispose(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self.engine.dispose()

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()
