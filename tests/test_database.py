"""Units of work, SQLite settings, migrations and the column types."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from kiosk import schema
from kiosk.db import mark_changed
from kiosk.models import Base, Category, Participant, Product, StockMovement
from kiosk.money import Money
from kiosk.services import audit, stock
from kiosk.topics import Topic


@pytest.mark.sqlite_only
def test_sqlite_connections_are_durable_and_check_foreign_keys(db):
    with db.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_a_unit_of_work_that_fails_writes_nothing(db):
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as session:
            session.add(Participant(name_th="สมศรี ใจดี", joined_on=date(2026, 1, 5)))
            session.flush()
            raise RuntimeError("power cut")
    with db.reading() as session:
        assert session.scalars(select(Participant)).all() == []


def test_listeners_hear_what_changed_only_after_commit(db):
    heard = []
    db.add_listener(heard.append)
    with db.unit_of_work() as session:
        session.add(Participant(name_th="สมศรี ใจดี", joined_on=date(2026, 1, 5)))
        mark_changed(session, Topic.PARTICIPANTS)
        assert heard == []
    assert heard == [frozenset({Topic.PARTICIPANTS})]
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as session:
            mark_changed(session, Topic.PARTICIPANTS)
            raise RuntimeError
    assert len(heard) == 1


def test_migrations_and_models_agree(db):
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert schema.is_current(db)


def test_money_and_quantity_columns_round_trip_exactly(db):
    with db.unit_of_work() as session:
        category = Category(code="leafy", name_th="ผักใบ", name_en="Leafy greens")
        product = Product(code="kale", name_th="คะน้า", name_en="Chinese kale", category=category,
                          unit="kg", sold_by_weight=True, price=Money(6050))
        session.add(product)
        session.flush()
        stock.add_movement(session, product.id, Decimal("1.235"), "harvest")
        stock.add_movement(session, product.id, Decimal("-0.200"), "sale")
        product_id = product.id
    with db.reading() as session:
        assert session.get(Product, product_id).price == Money(6050)
        assert stock.level(session, product_id) == Decimal("1.035")
        raw = session.execute(text("SELECT quantity FROM stock_movements ORDER BY id")).scalars().all()
        assert raw == [1235, -200]


def test_audit_and_stock_rows_cannot_be_edited_even_with_sql(db):
    with db.unit_of_work() as session:
        audit.record(session, "sign_in", None, "test")
    for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(DatabaseError, match="append-only"):
            with db.unit_of_work() as session:
                session.execute(text(statement))
    with db.reading() as session:
        assert session.scalars(select(StockMovement)).all() == []
        assert [e.action for e in audit.recent_events(db)] == ["sign_in"]
