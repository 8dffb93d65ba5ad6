"""sale_ui: the staff-approval PIN box locks like sign-in

Revision ID: 0008_sale_ui
Revises: 0001_foundation
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import kiosk.models.base


revision = '0008_sale_ui'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('operators') as batch:
        batch.add_column(sa.Column('approval_failures', sa.Integer(), nullable=False,
                                   server_default='0'))
        batch.add_column(sa.Column('approval_locked_until', kiosk.models.base.UTCDateTime(),
                                   nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('operators') as batch:
        batch.drop_column('approval_locked_until')
        batch.drop_column('approval_failures')
