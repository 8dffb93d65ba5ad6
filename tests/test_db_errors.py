"""A unit of work on a locked database fails with the kiosk's words, not SQLAlchemy's."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

import kiosk.db
from kiosk import db_errors
from kiosk.errors import DatabaseUnavailable


def test_a_locked_database_is_a_translated_kiosk_error_and_nothing_is_written(db, monkeypatch):
    monkeypatch.setattr(kiosk.db, "SQLITE_BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()  # new connections wait 100 ms for the lock
    other = sqlite3.connect(str(db.sqlite_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            with db.unit_of_work() as session:
                session.execute(text("CREATE TABLE scratch (x INTEGER)"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.message == db_errors.locked(db.sqlite_path).message
    assert isinstance(caught.value.__cause__, sa_exc.OperationalError)  # kept for the log
    assert "scratch" not in db.table_names()


def test_a_broken_rule_is_not_disguised(db):
    with pytest.raises(sa_exc.IntegrityError):  # a bug to log, not a locked disk
        with db.unit_of_work() as session:
            session.execute(text("CREATE TEMP TABLE t (x INTEGER NOT NULL)"))
            session.execute(text("INSERT INTO t VALUES (NULL)"))
