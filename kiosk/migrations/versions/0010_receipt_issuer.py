"""receipt_issuer: produce with its own Thai classifier is no longer sold by the ชิ้น

A cabbage is a หัว ("head"), a cucumber or an eggplant a ลูก ("fruit"). Crops,
their products and their plantings that said "piece" take the crop's own
unit. Sale lines and harvests already recorded are append-only and keep the
unit they were made in. The receipt issuer (legal name, tax ID) and the
PromptPay account name are settings rows: no table changes.

Revision ID: 0010_receipt_issuer
Revises: 0001_foundation
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_receipt_issuer'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None

# a copy of kiosk.units.OWN_CLASSIFIER as it was: a migration never follows later code
OWN_CLASSIFIER = {"chinese_cabbage": "head", "cucumber": "fruit", "eggplant": "fruit"}

_crops = sa.table("crops", sa.column("id", sa.Integer), sa.column("code", sa.String),
                  sa.column("sale_unit", sa.String), sa.column("alt_unit", sa.String))
_products = sa.table("products", sa.column("crop_id", sa.Integer), sa.column("unit", sa.String))
_plantings = sa.table("plot_plantings", sa.column("crop_id", sa.Integer),
                      sa.column("yield_unit", sa.String))


def _rename(old: str, new_of: dict[str, str]) -> None:
    bind = op.get_bind()
    crops = bind.execute(sa.select(_crops.c.id, _crops.c.code)
                         .where(_crops.c.code.in_(list(new_of)))).all()
    for crop_id, code in crops:
        new = new_of[code]
        for column in (_crops.c.sale_unit, _crops.c.alt_unit):
            bind.execute(_crops.update().where(_crops.c.id == crop_id, column == old)
                         .values({column.name: new}))
        bind.execute(_products.update().where(_products.c.crop_id == crop_id,
                                              _products.c.unit == old).values(unit=new))
        if sa.inspect(bind).has_table("plot_plantings"):
            bind.execute(_plantings.update().where(_plantings.c.crop_id == crop_id,
                                                   _plantings.c.yield_unit == old)
                         .values(yield_unit=new))


def upgrade() -> None:
    _rename("piece", OWN_CLASSIFIER)


def downgrade() -> None:
    for code, unit in OWN_CLASSIFIER.items():
        _rename(unit, {code: "piece"})
