"""The demo market: believable, complete, idempotent, and resettable."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from kiosk.dates import today
from kiosk.models import AuditEvent, Category, Crop, Operator, Participant, Product, Role, StockMovement
from kiosk.paths import PRODUCT_PICTURES
from kiosk.services import audit, auth, demo, people, stock
from kiosk.services.people import ParticipantInput

THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def demo_db(demo_copy):
    return demo_copy


def test_ensure_seeds_a_fresh_database(db):
    assert demo.ensure_demo_data(db) is True
    assert _count(db, Participant) == len(demo.PARTICIPANTS)


def _count(db, model):
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_people_are_believable(demo_db):
    with demo_db.reading() as session:
        participants = session.scalars(select(Participant)).all()
        operators = session.scalars(select(Operator)).all()
        assert 10 <= len(participants) <= 15
        for p in participants:
            assert THAI.search(p.name_th) and THAI.search(p.nickname)
            assert people.normalise_phone(p.phone) == p.phone
            assert p.national_id is None or people.national_id_checksum_ok(p.national_id)
        women = sum(p.name_th.startswith(("นาง", "นางสาว")) for p in participants)
        assert women > len(participants) / 2
        roles = [o.role for o in operators]
        assert roles.count(Role.STAFF) == 3 and roles.count(Role.ADMIN) == 1
        vendors = [o for o in operators if o.role is Role.VENDOR]
        assert len(vendors) >= 3 and all(o.participant_id for o in vendors)


def test_every_demo_pin_signs_in(demo_db):
    tiles = {t.name: t for t in auth.operator_tiles(demo_db)}
    assert set(tiles) == set(demo.DEMO_PINS)
    for name, pin in demo.DEMO_PINS.items():
        assert auth.sign_in(demo_db, tiles[name].id, pin).name == name


def test_catalogue_is_complete(demo_db):
    with demo_db.reading() as session:
        crops = session.scalars(select(Crop)).all()
        products = session.scalars(select(Product)).all()
        levels = stock.levels(session)
        categories = session.scalar(select(func.count()).select_from(Category))
        assert len(crops) == 15 and categories == 3
        assert len({c.colour for c in crops}) == len(crops)  # each crop its own map colour
        assert len(products) == len(crops) + len(demo.VARIANTS)
        pictures = set()
        for product in products:
            assert re.fullmatch(r"P\d{3}", product.code)
            assert THAI.search(product.name_th)
            assert product.price.satang > 0
            assert product.sold_by_weight == (product.unit == "kg")
            assert (PRODUCT_PICTURES / product.picture).is_file(), product.picture
            pictures.add(product.picture)
            assert levels[product.id] > 0
        assert len(pictures) == len(products)  # a distinct picture each
        chili_100g = next(p for p in products if p.unit == "100g" and p.name_en.startswith("Bird"))
        assert chili_100g.price.satang == 1500


def test_picture_files_are_256_square_pngs():
    for path in PRODUCT_PICTURES.glob("*.png"):
        header = path.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == 256 == int.from_bytes(header[20:24], "big")
    assert (PRODUCT_PICTURES / "CREDITS.md").read_text(encoding="utf-8").count("CC-BY 4.0")


def test_ensure_is_idempotent(demo_db):
    before = (_count(demo_db, Participant), _count(demo_db, Product), _count(demo_db, AuditEvent))
    assert demo.ensure_demo_data(demo_db) is False
    assert (_count(demo_db, Participant), _count(demo_db, Product),
            _count(demo_db, AuditEvent)) == before


def test_ensure_leaves_a_database_with_operators_alone(db, admin):
    assert demo.ensure_demo_data(db) is False
    assert _count(db, Participant) == 0


def test_trying_the_demo_is_not_real_data_but_work_is(demo_db):
    assert demo.has_real_data(demo_db) is False
    tile = auth.operator_tiles(demo_db)[0]
    who = auth.sign_in(demo_db, tile.id, demo.DEMO_PINS[tile.name])
    with pytest.raises(auth.WrongPin):
        auth.sign_in(demo_db, tile.id, "0000")
    auth.sign_out(demo_db, who)
    assert demo.has_real_data(demo_db) is False
    staff = auth.sign_in(demo_db, next(t.id for t in auth.operator_tiles(demo_db)
                                       if t.role is Role.STAFF), "2221")
    people.create_participant(demo_db, staff, ParticipantInput("นางใหม่ มาสมัคร", today()))
    assert demo.has_real_data(demo_db) is True


def test_empty_or_hand_made_databases(db, admin):
    assert demo.has_real_data(db) is True  # operators but no demo marker


def test_fresh_database_has_no_real_data(db):
    assert demo.has_real_data(db) is False


@pytest.mark.slow  # a demo reset
@pytest.mark.sqlite_only
def test_reset_wipes_append_only_tables_and_keeps_their_triggers(demo_db):
    with demo_db.unit_of_work() as session:
        audit.record(session, "sale_void", None, "JP-2569-000001")
    assert demo.has_real_data(demo_db) is True
    demo.reset_demo_data(demo_db)
    assert demo.has_real_data(demo_db) is False
    with demo_db.reading() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        triggers = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        revisions = session.execute(text("SELECT count(*) FROM alembic_version")).scalar()
    assert "sale_void" not in actions and "demo_create" not in actions
    assert actions[-1] == "demo_reset"
    assert {"audit_events_no_delete", "stock_movements_no_update"} <= triggers
    assert revisions >= 1
    assert _count(demo_db, Participant) == len(demo.PARTICIPANTS)
    assert _count(demo_db, StockMovement) >= _count(demo_db, Product)
    # rows the migrations seed (e.g. a chart of accounts) are back
    for name, rows in demo._seed_rows().items():
        with demo_db.reading() as session:
            assert session.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() >= len(rows)
    # the append-only rule still holds after the reset
    with pytest.raises(Exception, match="append-only"):
        with demo_db.unit_of_work() as session:
            session.execute(text("DELETE FROM audit_events"))


@pytest.mark.sqlite_only
def test_failed_reset_leaves_everything_as_it_was(demo_db, monkeypatch):
    participants = _count(demo_db, Participant)

    def broken(session, day, action):
        raise RuntimeError("power cut")
    monkeypatch.setattr(demo, "_build", broken)
    with pytest.raises(RuntimeError):
        demo.reset_demo_data(demo_db)
    assert _count(demo_db, Participant) == participants
    with demo_db.reading() as session:
        triggers = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert "audit_events_no_delete" in triggers
