"""0009_office_texts: role suffixes leave operators' names (the screens add the role)."""

from __future__ import annotations

from sqlalchemy import select, text

from kiosk import schema
from kiosk.models import Operator


def test_role_suffixes_leave_the_names(db):
    schema.downgrade(db, "0009_office_texts-1")
    assert "0009_office_texts" not in schema.database_revisions(db)
    with db.unit_of_work() as session:
        for name in ("พี่แอน ศิริพร (เจ้าหน้าที่)", "คุณอรุณี (ผู้ดูแลระบบ)", "ป้าแดง (แม่ค้า)",
                     " (เจ้าหน้าที่)"):
            session.execute(text(
                "INSERT INTO operators (name, role, pin_salt, pin_hash, failed_attempts, active, "
                "sort_order) VALUES (:n, 'staff', :pin, :pin, 0, :yes, 0)"),
                {"n": name, "pin": b"\x00", "yes": True})
    schema.upgrade(db)
    with db.reading() as session:
        names = set(session.scalars(select(Operator.name)))
    assert names == {"พี่แอน ศิริพร", "คุณอรุณี", "ป้าแดง (แม่ค้า)", " (เจ้าหน้าที่)"}


def test_the_demo_names_carry_no_role():
    from kiosk.services.demo import OPERATORS
    assert not [n for n, *_ in OPERATORS if n.endswith(")")]
