"""ledger rules: the cash drawer cannot go below zero, like the bank account

Revision ID: 0006_ledger_rules
Revises: 0003_ledger
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_ledger_rules'
down_revision = '0003_ledger'
branch_labels = None
depends_on = None

_accounts = sa.table("ledger_accounts", sa.column("kind", sa.String), sa.column("limit", sa.String))


def upgrade() -> None:
    op.execute(_accounts.update().where(_accounts.c.kind == "cash").values(limit="not_negative"))


def downgrade() -> None:
    op.execute(_accounts.update().where(_accounts.c.kind == "cash").values(limit="none"))
