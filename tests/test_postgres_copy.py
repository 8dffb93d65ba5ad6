"""`kiosk db copy` (SQLite -> PostgreSQL and back, row for row, checked) and
`kiosk db init-server` (a login role that can sell but cannot touch a guard)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

import postgres_fixtures as pg
from kiosk import cli
from kiosk.db import Database
from kiosk.errors import DatabaseUnavailable, InvalidInput
from kiosk.services import db_copy, db_server, ledger_chain
from postgres_fixtures import pg_db, pg_template  # noqa: F401


def _empty_server_database() -> str:
    name = pg.new_name("copy")
    pg.admin(f'CREATE DATABASE "{name}"')
    return name


@pytest.fixture
def empty_pg():
    database = Database(pg.server().url(_empty_server_database()))
    yield database
    pg.drop(database)


def test_a_demo_stall_moves_to_the_server_and_back_unchanged(demo_copy, empty_pg, tmp_path,
                                                              capsys):
    if not demo_copy.is_sqlite:
        pytest.skip("the source is the SQLite demo")
    demo_copy.dispose()
    assert cli.main(["--lang", "en", "db", "copy", demo_copy.url, empty_pg.url]) == 0
    out = capsys.readouterr().out
    assert "Every check passed on the copy" in out and "DIFFERS" not in out
    with demo_copy.reading() as session:
        head = ledger_chain.head(session)
    assert head and head in out
    # the server's copy goes on: a new sale gets the next ids (sequences moved on)
    with empty_pg.unit_of_work() as session:
        session.execute(text("INSERT INTO categories (code, name_th, name_en, sort_order) "
                             "VALUES ('NEW', 'ใหม่', 'New', 9)"))
    back = tmp_path / "back.sqlite3"
    report = db_copy.copy_database(empty_pg.url, f"sqlite:///{back}")
    assert report.differences == () and report.chain_head == head
    assert report.rows["categories"] == db_copy_rows(demo_copy, "categories") + 1


def db_copy_rows(database: Database, table: str) -> int:
    with database.reading() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_a_target_holding_data_is_refused_and_left_alone(demo_copy, pg_db, english):
    from kiosk.services import demo
    demo.ensure_demo_data(pg_db)
    before = db_copy_rows(pg_db, "sales")
    with pytest.raises(InvalidInput, match="already holds data"):
        db_copy.copy_database(demo_copy.url, pg_db.url)
    assert db_copy_rows(pg_db, "sales") == before


def test_init_server_gives_a_role_that_sells_but_cannot_touch_the_guards(demo_copy, english):
    admin = pg.server().url("postgres")
    name = pg.new_name("stall")
    role = pg.new_name("kiosk")
    setup = db_server.init_server(admin, database=name, role=role, owner=f"{role}_owner")
    assert f"{role}@" in setup.kiosk_url and "options" not in setup.kiosk_url
    kiosk = Database(pg.server().url(name).replace("postgres@", f"{role}@"))
    try:
        if demo_copy.is_sqlite:  # the stall moves over, run as the owner
            demo_copy.dispose()
            assert db_copy.copy_database(demo_copy.url, db_server.as_role(
                admin, name, f"{role}_owner")).differences == ()
        else:
            from kiosk.services import demo
            demo.ensure_demo_data(kiosk)
        assert cli.main(["--db", kiosk.url, "check"]) == 0
        for statement in ("DROP TRIGGER ledger_lines_append_only ON ledger_lines",
                          "ALTER TABLE ledger_lines DISABLE TRIGGER USER",
                          "TRUNCATE ledger_lines", "DELETE FROM ledger_lines",
                          "ALTER TABLE sales ADD COLUMN x integer", "DROP TABLE audit_events"):
            # the guard's own refusal, or the role's: "may not do this (it owns no tables)"
            with pytest.raises((DatabaseError, DatabaseUnavailable),
                               match="owns no tables|append-only"):
                with kiosk.unit_of_work() as session:
                    session.execute(text(statement))
        with psycopg.connect(pg.server().url(name, driver="postgresql")) as connection:
            superuser = connection.execute(
                "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = %s",
                (role,)).fetchone()[0]
        assert superuser is False
    finally:
        kiosk.dispose()
        pg.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
