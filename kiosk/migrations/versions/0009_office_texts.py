"""office_texts: an operator's role is not part of their name

The demo (and some hand-made kiosks) stored "พี่แอน ศิริพร (เจ้าหน้าที่)": the role
then showed in Thai on an English screen and twice beside the role the screens add.
The suffix is dropped where it names a role; the role column already says it.

Revision ID: 0009_office_texts
Revises: 0001_foundation
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_office_texts'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None

ROLE_SUFFIXES = (" (เจ้าหน้าที่)", " (ผู้ดูแลระบบ)", " (ผู้ขาย)", " (staff)", " (admin)",
                 " (vendor)")


def upgrade() -> None:
    bind = op.get_bind()
    operators = sa.table("operators", sa.column("id", sa.Integer), sa.column("name", sa.String))
    for operator_id, name in bind.execute(sa.select(operators.c.id, operators.c.name)).all():
        for suffix in ROLE_SUFFIXES:
            if name.endswith(suffix) and name[:-len(suffix)].strip():
                bind.execute(operators.update().where(operators.c.id == operator_id)
                             .values(name=name[:-len(suffix)].strip()))
                break


def downgrade() -> None:
    # the role is still in its column; nothing to put back into the name
    pass
