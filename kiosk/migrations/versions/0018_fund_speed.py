"""fund speed: each closed month's balances, written once with the close; entries by participant

A balance on a past day (the fund's 12-month history, a report's opening and
closing figures) starts from the last closed month's balances instead of
summing every line since the fund began. Existing closes get theirs here.
A participant's journal finds the entries naming them through an index.

Revision ID: 0018_fund_speed
Revises: 0003_ledger
Create Date: 2026-11-30
"""

from __future__ import annotations

import calendar
from datetime import date

import sqlalchemy as sa
from alembic import op

import kiosk.models.base
from kiosk.migrations.triggers import (
    allow_truncate, drop_append_only, make_append_only, refuse_truncate,
)

revision = '0018_fund_speed'
down_revision = '0003_ledger'
branch_labels = None
depends_on = None

TABLE = "ledger_close_balances"
_closes = sa.table("ledger_period_closes", sa.column("month", sa.String))
_entries = sa.table("ledger_entries", sa.column("id", sa.Integer), sa.column("on", sa.Date))
_lines = sa.table("ledger_lines", sa.column("entry_id", sa.Integer),
                  sa.column("account_id", sa.Integer), sa.column("amount", sa.BigInteger))


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('balance', kiosk.models.base.MoneyType(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['ledger_accounts.id'],
                                name=op.f('fk_ledger_close_balances_account_id_ledger_accounts')),
        sa.ForeignKeyConstraint(['month'], ['ledger_period_closes.month'],
                                name=op.f('fk_ledger_close_balances_month_ledger_period_closes')),
        sa.PrimaryKeyConstraint('month', 'account_id', name=op.f('pk_ledger_close_balances')))
    _fill()
    make_append_only(TABLE)
    refuse_truncate(TABLE)
    op.create_index('ix_ledger_entries_participant', 'ledger_entries', ['participant_id'])


def _fill() -> None:
    """Walk the books once, month close by month close, adding up each account."""
    bind = op.get_bind()
    table = sa.table(TABLE, sa.column("month", sa.String), sa.column("account_id", sa.Integer),
                     sa.column("balance", sa.BigInteger))
    running: dict[int, int] = {}
    after: date | None = None
    for month in bind.execute(sa.select(_closes.c.month).order_by(_closes.c.month)).scalars():
        year, number = int(month[:4]), int(month[5:7])
        end = date(year, number, calendar.monthrange(year, number)[1])
        window = _entries.c.on <= end if after is None else sa.and_(
            _entries.c.on > after, _entries.c.on <= end)
        for account_id, total in bind.execute(
                sa.select(_lines.c.account_id, sa.func.sum(_lines.c.amount))
                .join(_entries, _entries.c.id == _lines.c.entry_id).where(window)
                .group_by(_lines.c.account_id)):
            running[account_id] = running.get(account_id, 0) + int(total)
        rows = [dict(month=month, account_id=a, balance=b) for a, b in sorted(running.items()) if b]
        if rows:
            bind.execute(table.insert(), rows)
        after = end


def downgrade() -> None:
    op.drop_index('ix_ledger_entries_participant', table_name='ledger_entries')
    allow_truncate(TABLE)
    drop_append_only(TABLE)
    op.drop_table(TABLE)
