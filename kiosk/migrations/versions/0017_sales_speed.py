"""sales speed: each product's stock level kept beside its movements; an index for whose
stock it is

Revision ID: 0017_sales_speed
Revises: 0014_postgres
Create Date: 2026-11-30

Ten years of stock movements made the sale screen, the Stock form and every
sale commit sum them all (seconds on the ten-year database). ``stock_levels``
holds each product's sum, written by kiosk.services.stock in the transaction
that adds a movement; this revision fills it from the movements already
there. `kiosk check` compares the two.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017_sales_speed'
# after every revision that made the sale side's tables
down_revision = '0014_postgres'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'stock_levels',
        sa.Column('product_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'],
                                name=op.f('fk_stock_levels_product_id_products')),
        sa.PrimaryKeyConstraint('product_id', name=op.f('pk_stock_levels')))
    op.execute("INSERT INTO stock_levels (product_id, quantity) "
               "SELECT product_id, SUM(quantity) FROM stock_movements GROUP BY product_id")
    # op.create_index, not batch mode: the append-only table is never copied
    op.create_index('ix_stock_movements_product_reason', 'stock_movements',
                    ['product_id', 'reason', 'at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_stock_movements_product_reason', table_name='stock_movements')
    op.drop_table('stock_levels')
