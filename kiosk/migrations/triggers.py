"""Triggers that make tables append-only in the database itself.

Used from migrations: the app never updates or deletes these rows, and the
database refuses it too, so an edit with a SQL tool fails loudly.
"""

from __future__ import annotations

from alembic import op


_PG_REFUSE = (
    "CREATE OR REPLACE FUNCTION kiosk_refuse_change() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql")


def refuse_truncate(table: str) -> None:
    """PostgreSQL's TRUNCATE fires no row trigger: refuse it by a statement trigger."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_REFUSE)
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION kiosk_refuse_change()")


def allow_truncate(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")


def make_append_only(table: str) -> None:
    """Refuse UPDATE and DELETE on ``table`` (SQLite and PostgreSQL)."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    elif dialect == "postgresql":
        op.execute(_PG_REFUSE)
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION kiosk_refuse_change()"
        )
    else:
        raise NotImplementedError(f"append-only triggers for {dialect}")


def drop_append_only(table: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")
    elif dialect == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
