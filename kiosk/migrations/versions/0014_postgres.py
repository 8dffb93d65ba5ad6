"""postgres: TRUNCATE refused on append-only tables (PostgreSQL); a bed's version

Revision ID: 0014_postgres
Revises: 0003_ledger, 0004_plot, 0005_sales_guard
Create Date: 2026-11-30

On PostgreSQL TRUNCATE fires no row trigger, so the append-only guards of
the earlier revisions let it empty a journal; a statement trigger refuses it
(SQLite has no TRUNCATE). ``plot_beds.version`` counts a bed's edits so that
two staff editing the same bed at two terminals cannot overwrite each other:
the second save names the version it started from and is refused if the bed
moved on (kiosk.services.plot_beds.update_bed).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.migrations.triggers import allow_truncate, refuse_truncate

revision = '0014_postgres'
# needs every append-only table, hence after the ledger, the plot and the sales guard
down_revision = ('0003_ledger', '0004_plot', '0005_sales_guard')
branch_labels = None
depends_on = None

# every table an earlier revision made append-only (make_append_only, NO_DELETE)
APPEND_ONLY = ("audit_events", "stock_movements", "sales", "sale_payments", "sale_lines",
               "sale_reversals", "sale_reversal_lines", "receipt_counters", "ledger_entries",
               "ledger_lines", "ledger_period_closes", "loans", "loan_schedules",
               "loan_instalments", "loan_events", "plot_harvests")


def upgrade() -> None:
    with op.batch_alter_table('plot_beds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    for table in _existing(APPEND_ONLY):
        refuse_truncate(table)


def downgrade() -> None:
    for table in _existing(APPEND_ONLY):
        allow_truncate(table)
    with op.batch_alter_table('plot_beds', schema=None) as batch_op:
        batch_op.drop_column('version')


def _existing(tables: tuple[str, ...]) -> list[str]:
    present = set(sa.inspect(op.get_bind()).get_table_names())
    return [t for t in tables if t in present]
