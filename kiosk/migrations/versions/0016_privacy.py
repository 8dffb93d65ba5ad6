"""privacy: a participant's consent (PDPA) and the mark of an erasure

Revision ID: 0016_privacy
Revises: 0001_foundation
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016_privacy'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain columns: SQLite adds them in place (no table copy)
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('consent_method', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('consent_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('consent_notice', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        for column in ('erased_at', 'consent_notice', 'consent_by_id', 'consent_method',
                       'consent_on'):
            batch_op.drop_column(column)
