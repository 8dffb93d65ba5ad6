"""PostgreSQL: the append-only guards are real PL/pgSQL triggers, the hash chain
still finds an edit made behind them, `kiosk check` passes on the demo, the
migrations go down and up, and a URL's password is never shown."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from kiosk import cli, schema
from kiosk.db import Database
from kiosk.db_errors import explain, shown
from kiosk.services import demo, ledger_chain
import postgres_fixtures as pg
from postgres_fixtures import pg_db, pg_template, superuser_connection  # noqa: F401

# a table and an edit of what it must keep
GUARDED = {"ledger_lines": "amount = amount + 1", "ledger_entries": "description = 'x'",
           "sales": "total = total + 1", "sale_payments": "amount = amount + 1",
           "audit_events": "action = 'x'"}


@pytest.fixture(scope="module")
def pg_demo_template(pg_template):
    return pg.template(demo.ensure_demo_data, based_on=pg_template)


@pytest.fixture
def pg_demo(pg_demo_template):
    database = pg.create(pg_demo_template)
    yield database
    pg.drop(database)


@pytest.mark.parametrize("table", GUARDED)
@pytest.mark.parametrize("statement", ["UPDATE {t} SET {edit}", "DELETE FROM {t}",
                                       "TRUNCATE {t} CASCADE"])
def test_journal_and_sales_refuse_update_delete_and_truncate(pg_demo, table, statement):
    with pytest.raises(DatabaseError, match="append-only|refused"):
        with pg_demo.unit_of_work() as session:
            session.execute(text(statement.format(t=table, edit=GUARDED[table])))
    with pg_demo.reading() as session:
        assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() > 0


def test_the_chain_finds_an_edit_made_with_the_triggers_disabled(pg_demo):
    with pg_demo.reading() as session:
        assert ledger_chain.verify_chain(session) == []
    with superuser_connection(pg_demo) as connection:  # someone with the owner's password
        connection.execute("ALTER TABLE ledger_lines DISABLE TRIGGER USER")
        connection.execute("UPDATE ledger_lines SET amount = amount + 500 "
                           "WHERE id = (SELECT min(id) FROM ledger_lines)")
        connection.execute("ALTER TABLE ledger_lines ENABLE TRIGGER USER")
    with pg_demo.reading() as session:
        problems = ledger_chain.verify_chain(session)
    assert len(problems) == 1 and "changed after posting" in problems[0]


def test_kiosk_check_passes_every_invariant_on_the_demo(pg_demo, capsys):
    pg_demo.dispose()
    assert cli.main(["--lang", "en", "--db", pg_demo.url, "check"]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and out.count("OK") >= 10


def test_demo_reset_keeps_every_guard_enabled(pg_demo):
    demo.reset_demo_data(pg_demo)
    with pg_demo.reading() as session:
        disabled = session.execute(text(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")).all()
        guards = session.execute(text(
            "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")).scalar()
    assert disabled == [] and guards >= 20
    with pytest.raises(DatabaseError, match="append-only"):
        with pg_demo.unit_of_work() as session:
            session.execute(text("DELETE FROM ledger_lines"))


def test_migrations_go_down_to_nothing_and_up_again(pg_db):
    schema.downgrade(pg_db, "base")
    assert set(pg_db.table_names()) <= {"alembic_version"}
    schema.upgrade(pg_db)
    assert schema.is_current(pg_db)
    with superuser_connection(pg_db) as connection:
        triggers = {r[0] for r in connection.execute(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    assert {"ledger_lines_append_only", "ledger_lines_no_truncate", "sales_frozen"} <= triggers


def test_a_password_in_the_url_never_reaches_the_screen(pg_db, capsys):
    url = pg_db.url.replace("postgres@", "postgres:s3cret-pw@").replace(
        "host=", "host=/nonexistent")
    assert "s3cret-pw" not in shown(url)
    broken = Database(url)
    with pytest.raises(Exception) as raised:
        with broken.unit_of_work() as session:
            session.execute(text("SELECT 1"))
    broken.dispose()
    message = explain(raised.value, url)
    assert message is not None and "s3cret-pw" not in message.message
    assert cli.main(["--lang", "en", "--db", url, "check"]) == 1
    captured = capsys.readouterr()
    assert "s3cret-pw" not in captured.out + captured.err
    assert "Cannot reach the database server" in captured.out


def test_psycopg_is_the_driver(pg_db):
    assert pg_db.engine.dialect.driver == "psycopg" and psycopg.__version__ >= "3"


def test_kiosk_check_fails_while_a_guard_is_switched_off(pg_demo, capsys):
    pg_demo.dispose()
    with superuser_connection(pg_demo) as connection:
        connection.execute("ALTER TABLE sales DISABLE TRIGGER sales_no_delete")
        connection.execute("ALTER TABLE ledger_lines DISABLE TRIGGER ALL")  # the FKs' too
    assert cli.main(["--lang", "en", "--db", pg_demo.url, "check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  no guard trigger or foreign key switched off" in out
    assert "sales: trigger sales_no_delete is switched off" in out
    with superuser_connection(pg_demo) as connection:
        connection.execute("ALTER TABLE sales ENABLE TRIGGER ALL")
        connection.execute("ALTER TABLE ledger_lines ENABLE TRIGGER ALL")
    assert cli.main(["--lang", "en", "--db", pg_demo.url, "check"]) == 0
