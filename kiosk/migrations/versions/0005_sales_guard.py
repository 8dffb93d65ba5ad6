"""sales guard: sales and payments append-only, receipt counters only count up, Z chain head

Revision ID: 0005_sales_guard
Revises: 0002_sales
Create Date: 2026-11-30

A sale's money, number and time and a payment's method and amount never
change once written; only a sale's ``voided`` flag may go from false to true
and a payment may be ticked off the bank statement. A receipt counter only
goes up by one. The database refuses the rest, as it does for the journal.
The Z report keeps the ledger's chain head it printed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005_sales_guard'
down_revision = '0002_sales'
branch_labels = None
depends_on = None

FROZEN_COLUMNS = {
    "sales": ("uid", "number", "year_be", "sequence", "at", "business_day", "operator_id",
              "vendor_name", "total", "cash", "promptpay", "tendered", "change"),
    "sale_payments": ("sale_id", "method", "amount", "confirmed_by_id", "confirmed_at"),
}
# name: (table, event, SQLite WHEN, PostgreSQL WHEN)
GUARDS = {
    "sales_voided_once": ("sales", "UPDATE OF voided", "OLD.voided AND NOT NEW.voided",
                          "OLD.voided AND NOT NEW.voided"),
    "receipt_counters_count_up": ("receipt_counters", "UPDATE",
                                  "NEW.last_number <> OLD.last_number + 1 "
                                  "OR NEW.year_be <> OLD.year_be",
                                  "NEW.last_number <> OLD.last_number + 1 "
                                  "OR NEW.year_be <> OLD.year_be"),
}
NO_DELETE = ("sales", "sale_payments", "receipt_counters")


def _create(name: str, table: str, event: str, when: str | None, message: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        condition = f" WHEN {when}" if when else ""
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{condition} "
                   f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION kiosk_refuse_change() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql")
        condition = f" WHEN ({when})" if when else ""
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{condition} "
                   "EXECUTE FUNCTION kiosk_refuse_change()")
    else:
        raise NotImplementedError(f"triggers for {dialect}")


def _drop(name: str, table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _names():
    for table, columns in FROZEN_COLUMNS.items():
        yield f"{table}_frozen", table, f"UPDATE OF {', '.join(columns)}", None
    for table in NO_DELETE:
        yield f"{table}_no_delete", table, "DELETE", None
    for name, (table, event, sqlite_when, pg_when) in GUARDS.items():
        postgres = op.get_bind().dialect.name == "postgresql"
        yield name, table, event, pg_when if postgres else sqlite_when


def upgrade() -> None:
    with op.batch_alter_table('business_days', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_head', sa.String(length=80), nullable=True))
    for name, table, event, when in _names():
        _create(name, table, event, when, f"{table}: this change is refused (append-only)")


def downgrade() -> None:
    for name, table, _, _ in _names():
        _drop(name, table)
    with op.batch_alter_table('business_days', schema=None) as batch_op:
        batch_op.drop_column('chain_head')

