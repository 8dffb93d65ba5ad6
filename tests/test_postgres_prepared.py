"""What the screens and the sale commit repeat stays prepared on the server: a read
ends with COMMIT, as a ROLLBACK makes psycopg deallocate every prepared statement."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kiosk.errors import KioskError
from postgres_fixtures import pg_db, pg_template  # noqa: F401


def test_statements_repeated_across_reads_stay_prepared(pg_db):
    for _ in range(8):  # psycopg prepares a statement on its fifth run
        with pg_db.reading() as session:
            session.execute(text("SELECT count(*) FROM categories")).scalar()
    with pg_db.reading() as session:
        prepared = session.execute(text(
            "SELECT count(*) FROM pg_prepared_statements "
            "WHERE statement LIKE 'SELECT count(*) FROM categories%'")).scalar()
    assert prepared == 1


def test_a_read_still_writes_nothing(pg_db):
    with pytest.raises((DBAPIError, KioskError)):
        with pg_db.reading() as session:
            session.execute(text("INSERT INTO categories (code, name_th, name_en, sort_order) "
                                 "VALUES ('READ', 'อ่าน', 'Read', 1)"))
    with pg_db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM categories")).scalar() == 0
