"""pg_rest: an account's version (two staff closing or changing the same account)

Revision ID: 0020_pg_rest
Revises: 0003_ledger
Create Date: 2026-11-30

``ledger_accounts.version`` counts an account's edits, as ``plot_beds.version``
does a bed's: a change made at one terminal names the version it was shown, and
is refused if another terminal saved the account meanwhile
(kiosk.services.row_versions), on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020_pg_rest'
down_revision = '0003_ledger'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain column with a default: SQLite adds it in place (no table copy)
    with op.batch_alter_table('ledger_accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('ledger_accounts', schema=None) as batch_op:
        batch_op.drop_column('version')
