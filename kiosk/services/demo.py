"""The demo market: a believable Talad Jompol stall to try the kiosk with.

``ensure_demo_data`` fills an empty database on first start; ``reset_demo_data``
wipes everything (but the schema version) and builds the demo again. Both run
in one unit of work: people, operators, crops, products, opening stock, then
each area's ``add_demo_data(session, demo)`` (see kiosk.services.demo_context).

Demo PINs: vendors 1111-1114, staff 2221-2223, admin 9999 (DEMO_PINS); backup
passphrase talad-jompol-demo (backup_crypto.DEMO_PASSPHRASE) where none was set.
"""

from __future__ import annotations

import importlib
import importlib.util
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, func, inspect, select, table, text
from sqlalchemy.orm import Session

from kiosk.data import load_crops
from kiosk.dates import today, utc_now
from kiosk.db import Database, mark_changed
from kiosk.models import AuditEvent, Category, Crop, Operator, Participant, Product, Role
from kiosk.money import Money
from kiosk.services import audit, auth, backup_crypto, settings, stock
from kiosk.services.demo_context import AREA_DEMO_MODULES, DemoContext
from kiosk.topics import Topic

# -- what the demo holds -------------------------------------------------------
CATEGORIES = (  # code, Thai, English
    ("leafy", "ผักใบ", "Leafy greens"),
    ("fruit", "ผักผล", "Fruit vegetables"),
    ("herb", "สมุนไพร/ผักเครื่องเทศ", "Herbs"),
)


@dataclass(frozen=True)
class DemoParticipant:
    name_th: str
    nickname: str
    phone: str
    id_prefix: str  # 12 digits; the check digit is computed ("" = no ID on file)
    joined_days_ago: int
    notes: str = ""


PARTICIPANTS = (
    DemoParticipant("นางบุญมี ศรีสุข", "ป้าบุญมี", "0817684231", "340990012345", 620,
                    "ปลูกผักมาทั้งชีวิต ช่วยสอนน้อง ๆ เรื่องทำปุ๋ยหมัก"),
    DemoParticipant("นางคำปุ่น พรมมา", "แม่คำปุ่น", "0895127730", "340010045678", 600,
                    "อายุ 67 ปี ขายผักพื้นบ้านที่ตลาดมานาน"),
    DemoParticipant("นางสมปอง แก้วมณี", "ป้าปอง", "0862204519", "", 540),
    DemoParticipant("นายทองดี บุญเรือง", "ลุงทองดี", "0934418852", "340080077123", 520,
                    "ดูแลระบบน้ำหยดในแปลง"),
    DemoParticipant("นางอำไพ สุวรรณศรี", "แม่ไพ", "0828831460", "", 480),
    DemoParticipant("นางวันเพ็ญ ศรีวงษ์", "พี่เพ็ญ", "0641902378", "140990034561", 400),
    DemoParticipant("นางสาวสุภาพร ไชยศรี", "พี่พร", "0957713304", "140990088912", 360,
                    "รับผิดชอบหน้าร้านวันเสาร์"),
    DemoParticipant("นางจันทร์เพ็ญ มูลมาตย์", "ป้าจันทร์", "0873356021", "", 300),
    DemoParticipant("นางสาวกัญญารัตน์ จันทร์หอม", "น้องฝน", "0618824497", "110370045672", 240,
                    "นักศึกษา ปวส. มาช่วยขายช่วงเย็น"),
    DemoParticipant("นายอนุชา ทองสุข", "น้องเบียร์", "0926635108", "", 180),
    DemoParticipant("นางสาวพิมพ์ชนก นามวงศ์", "น้องมิ้นท์", "0809947216", "110370099815", 120),
    DemoParticipant("นางละมัย ภูผาทอง", "ป้าละมัย", "043241587", "", 60,
                    "ใช้โทรศัพท์บ้าน ติดต่อช่วงเช้า"),
)

# Operators: (name on the sign-in tile, role, PIN, participant nickname or None)
OPERATORS = (
    ("น้องฝน", Role.VENDOR, "1111", "น้องฝน"),
    ("พี่พร", Role.VENDOR, "1112", "พี่พร"),
    ("ป้าบุญมี", Role.VENDOR, "1113", "ป้าบุญมี"),
    ("น้องเบียร์", Role.VENDOR, "1114", "น้องเบียร์"),
    ("พี่แอน ศิริพร", Role.STAFF, "2221", None),
    ("พี่ต้น ธนพล", Role.STAFF, "2222", None),
    ("พี่วิ วิภาวดี", Role.STAFF, "2223", None),
    ("คุณอรุณี", Role.ADMIN, "9999", None),
)
DEMO_PINS = {name: pin for name, _, pin, _ in OPERATORS}

# Extra ways to sell a crop: (crop code, unit, price in baht, Thai suffix, English suffix)
VARIANTS = (
    ("chili", "100g", "15", "(ขีด)", "(100 g)"),
    ("coriander", "100g", "20", "(ขีด)", "(100 g)"),
    ("chinese_kale", "bunch", "15", "(กำ)", "(bunch)"),
)

# Opening stock per unit, as if picked this morning
OPENING_STOCK = {"kg": Decimal("6.500"), "bunch": Decimal("25"), "bundle": Decimal("20"),
                 "head": Decimal("12"), "fruit": Decimal("12"), "piece": Decimal("12"),
                 "pack": Decimal("15"), "100g": Decimal("20")}

STALL_PHONE = "0897112345"

# Audit actions that do not make a database "real": trying the demo out.
_HARMLESS_ACTIONS = frozenset({"sign_in", "sign_out", "pin_failed", "lockout",
                               "approval", "approval_failed", "demo_create", "demo_reset"})
_UNCOUNTED_TABLES = frozenset({"alembic_version", "settings", "audit_events"})


def picture_file(crop_code: str, unit: str | None = None) -> str:
    """The picture of a product, relative to assets/products."""
    return f"{crop_code}_{unit}.png" if unit else f"{crop_code}.png"


def with_check_digit(prefix: str) -> str:
    """A 12-digit prefix completed with the Thai national ID check digit."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(prefix))
    return prefix + str((11 - total % 11) % 10)


# -- building it ---------------------------------------------------------------
def _add_people(session: Session, demo: DemoContext) -> None:
    for person in PARTICIPANTS:
        participant = Participant(
            name_th=person.name_th, nickname=person.nickname, phone=person.phone,
            national_id=with_check_digit(person.id_prefix) if person.id_prefix else None,
            joined_on=demo.today - timedelta(days=person.joined_days_ago),
            active=True, notes=person.notes)
        session.add(participant)
        session.flush()
        demo.participants[person.nickname] = participant.id
    for order, (name, role, pin, nickname) in enumerate(OPERATORS, 1):
        salt = auth.new_salt()
        operator = Operator(name=name, role=role, pin_salt=salt, pin_hash=auth.hash_pin(pin, salt),
                            failed_attempts=0, active=True, sort_order=order,
                            participant_id=demo.participants[nickname] if nickname else None)
        session.add(operator)
        session.flush()
        demo.operators[name] = operator.id
        if role is Role.VENDOR:
            demo.vendor_ids.append(operator.id)
        elif role is Role.STAFF:
            demo.staff_ids.append(operator.id)
        else:
            demo.admin_id = operator.id
    mark_changed(session, Topic.PARTICIPANTS, Topic.OPERATORS)


def _add_catalogue(session: Session, demo: DemoContext) -> None:
    categories: dict[str, int] = {}
    for order, (code, name_th, name_en) in enumerate(CATEGORIES, 1):
        category = Category(code=code, name_th=name_th, name_en=name_en, sort_order=order)
        session.add(category)
        session.flush()
        categories[code] = category.id
    products: list[Product] = []
    crops = load_crops()
    for record in crops:
        crop = Crop(code=record.code, name_th=record.name_th, name_en=record.name_en,
                    family=record.family, start_from=record.start_from,
                    days_to_first_harvest=record.days_to_first_harvest,
                    harvest_window_days=record.harvest_window_days,
                    spacing_cm=record.spacing_cm, sale_unit=record.sale_unit,
                    alt_unit=record.alt_unit, poor_seasons=record.poor_seasons,
                    notes=record.notes, colour=record.colour)
        session.add(crop)
        session.flush()
        demo.crops[record.code] = crop.id
        products.append(Product(
            name_th=record.name_th, name_en=record.name_en.capitalize(),
            category_id=categories[record.category], crop_id=crop.id, unit=record.sale_unit,
            sold_by_weight=record.sale_unit == "kg", price=Money.baht(record.demo_price_thb),
            picture=picture_file(record.code), active=True))
    by_code = {r.code: r for r in crops}
    for crop_code, unit, price, suffix_th, suffix_en in VARIANTS:
        record = by_code[crop_code]
        products.append(Product(
            name_th=f"{record.name_th} {suffix_th}",
            name_en=f"{record.name_en.capitalize()} {suffix_en}",
            category_id=categories[record.category], crop_id=demo.crops[crop_code], unit=unit,
            sold_by_weight=unit == "kg", price=Money.baht(price),
            picture=picture_file(crop_code, unit), active=True))
    for number, product in enumerate(products, 1):
        product.code = f"P{number:03d}"
        product.sort_order = number
        session.add(product)
        session.flush()
        demo.products[product.code] = product.id
        stock.add_movement(session, product.id, OPENING_STOCK[product.unit], "harvest",
                           reference="demo", operator_id=demo.staff_ids[0],
                           note="เก็บจากแปลงเช้านี้")
    mark_changed(session, Topic.CATALOG)


def _add_areas(session: Session, demo: DemoContext) -> None:
    for module_name in AREA_DEMO_MODULES:
        if importlib.util.find_spec(module_name) is None:
            continue  # that area is not built yet
        importlib.import_module(module_name).add_demo_data(session, demo)


def _table_counts(session: Session) -> dict[str, int]:
    names = inspect(session.connection()).get_table_names()
    return {name: session.scalar(select(func.count()).select_from(table(name))) or 0
            for name in sorted(names) if name not in _UNCOUNTED_TABLES}


def _build(session: Session, day: date, action: str) -> DemoContext:
    demo = DemoContext(today=day)
    _add_people(session, demo)
    _add_catalogue(session, demo)
    _add_areas(session, demo)
    settings.put(session, "stall_phone", STALL_PHONE)
    audit.record(session, action, demo.admin_id, "demo",
                 participants=len(demo.participants), products=len(demo.products))
    session.flush()
    last_audit = session.scalar(select(func.max(AuditEvent.id))) or 0
    settings.put(session, "demo_data", {"created_at": utc_now().isoformat(),
                                        "last_audit_id": last_audit,
                                        "counts": _table_counts(session)})
    return demo


def _has_operators(session: Session) -> bool:
    return session.scalar(select(Operator.id).limit(1)) is not None


def ensure_demo_data(db: Database, day: date | None = None) -> bool:
    """Create the demo market if the database has no operators; True if it did."""
    with db.unit_of_work() as session:
        if _has_operators(session):
            return False
        _build(session, day or today(), "demo_create")
    backup_crypto.use_demo_passphrase()
    return True


# -- wiping --------------------------------------------------------------------
@lru_cache(maxsize=1)
def _seed_rows() -> dict[str, list[dict[str, Any]]]:
    """Rows the migrations themselves put in a new database (e.g. the chart of
    accounts), found by migrating a scratch database: a reset puts them back."""
    from kiosk import schema
    with tempfile.TemporaryDirectory() as folder:
        scratch = Database(f"sqlite:///{Path(folder) / 'seed.sqlite3'}")
        try:
            schema.upgrade(scratch)
            with scratch.engine.connect() as connection:
                meta = MetaData()
                meta.reflect(bind=connection)
                return {t.name: [dict(r._mapping) for r in connection.execute(select(t))]
                        for t in meta.sorted_tables if t.name != "alembic_version"}
        finally:
            scratch.dispose()


def _wipe(session: Session) -> None:
    """Delete every row but the schema version, in this transaction, then put
    back the rows the migrations seed.

    Append-only tables refuse DELETE by trigger; their triggers are dropped
    and created again inside the same transaction, so a failure anywhere
    leaves them (and the data) as they were.
    """
    connection = session.connection()
    dialect = connection.dialect.name
    meta = MetaData()
    meta.reflect(bind=connection)
    tables = [t for t in reversed(meta.sorted_tables) if t.name != "alembic_version"]
    if dialect == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        triggers = connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"
        )).all()
        for name, _ in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for t in tables:
            connection.execute(t.delete())
        for _, sql in triggers:
            connection.exec_driver_sql(sql)
    elif dialect == "postgresql":
        user_triggers = connection.execute(text(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()")).all()
        for relname, tgname in user_triggers:
            connection.exec_driver_sql(f'ALTER TABLE "{relname}" DISABLE TRIGGER "{tgname}"')
        for t in tables:
            connection.execute(t.delete())
        # a deferred foreign key's pending checks would stop ENABLE TRIGGER
        connection.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
        for relname, tgname in user_triggers:
            connection.exec_driver_sql(f'ALTER TABLE "{relname}" ENABLE TRIGGER "{tgname}"')
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")  # back to the loans' default
    else:
        raise NotImplementedError(f"demo reset on {dialect}")
    seeds = _seed_rows()
    for t in meta.sorted_tables:
        if seeds.get(t.name):
            connection.execute(t.insert(), seeds[t.name])
    session.expire_all()


def reset_demo_data(db: Database, day: date | None = None) -> None:
    """Wipe every table (but the schema version) and build the demo again.

    Destroys real data: the CLI asks the user first when has_real_data is true.
    """
    with db.unit_of_work() as session:
        _wipe(session)
        _build(session, day or today(), "demo_reset")
        mark_changed(session, Topic.DEMO, Topic.STOCK, Topic.AUDIT, Topic.SETTINGS)
    backup_crypto.use_demo_passphrase()


def has_real_data(db: Database) -> bool:
    """True if the database holds anything beyond the demo market as it was made.

    Signing in to try the demo does not count; a sale, a new participant, a
    settings change or any other recorded action does.
    """
    with db.reading() as session:
        if not _has_operators(session):
            return False
        marker = settings.get(session, "demo_data")
        if not marker:
            return True  # people set up by hand: real
        if _table_counts(session) != marker.get("counts"):
            return True
        newer = session.scalars(select(AuditEvent.action).where(
            AuditEvent.id > int(marker.get("last_audit_id", 0)))).all()
        return any(action not in _HARMLESS_ACTIONS for action in newer)
