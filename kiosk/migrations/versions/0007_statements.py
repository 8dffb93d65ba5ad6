"""statements: the signing key (made here, at install) and the statements issued

Revision ID: 0007_statements
Revises: 0003_ledger
Create Date: 2026-11-30
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

import kiosk.models.base

revision = '0007_statements'
down_revision = '0003_ledger'
branch_labels = None
depends_on = None


def upgrade() -> None:
    keys = op.create_table('statement_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.LargeBinary(length=64), nullable=False),
    sa.Column('created_at', kiosk.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_keys'))
    )
    op.create_table('statements_issued',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('figures_json', sa.Text(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', kiosk.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_statements_issued_participant_id_participants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statements_issued')),
    sa.UniqueConstraint('code', name=op.f('uq_statements_issued_code'))
    )
    # the key is made once, here: every install has its own
    op.bulk_insert(keys, [{"id": 1, "secret": secrets.token_bytes(32),
                           "created_at": datetime.now(timezone.utc)}])


def downgrade() -> None:
    op.drop_table('statements_issued')
    op.drop_table('statement_keys')
