"""The simulated market's cast and its first morning: people, operators, the
catalogue, crops and beds, made through the services where the kiosk has one.

The catalogue (categories and products) has no service yet: the kiosk's
products come from the demo or from staff at install time. It is the one
thing written here through the models, once, before the first day; every
day after goes through the services only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from decimal import Decimal

from kiosk import dates
from kiosk.db import Database
from kiosk.models import Category, Product, Role
from kiosk.money import Money
from kiosk.services import auth, people, plot_beds, plot_crops
from kiosk.services.auth import SignedIn
from kiosk.simulate.auditor import Auditor

STAFF_PIN, VENDOR_PINS = "2468", ("1357", "1470")

# code, Thai, English, unit, price (baht); grown on the programme's plot
PLOT_PRODUCTS = (
    ("KALE", "คะน้า", "Chinese kale", "bunch", 20, ("Brassicaceae", 45, 20)),
    ("MORNING", "ผักบุ้งจีน", "Morning glory", "bunch", 15, ("Convolvulaceae", 28, 14)),
    ("LETTUCE", "กรีนโอ๊ค", "Green oak lettuce", "kg", 80, ("Asteraceae", 42, 10)),
    ("CORIANDER", "ผักชี", "Coriander", "bunch", 10, ("Apiaceae", 50, 14)),
    ("ONION", "ต้นหอม", "Spring onion", "bunch", 10, ("Amaryllidaceae", 45, 14)),
    ("BEAN", "ถั่วฝักยาว", "Yardlong bean", "bunch", 25, ("Fabaceae", 50, 35)),
    ("CUCUMBER", "แตงกวา", "Cucumber", "kg", 40, ("Cucurbitaceae", 40, 25)),
    ("BASIL", "กะเพรา", "Holy basil", "bunch", 10, ("Lamiaceae", 40, 40)),
)
# brought by one participant each, sold on consignment
CONSIGNED_PRODUCTS = (
    ("EGG", "ไข่ไก่อารมณ์ดี", "Free-range eggs", "piece", 5),
    ("MUSHROOM", "เห็ดนางฟ้า", "Oyster mushroom", "kg", 90),
    ("CHILI", "พริกขี้หนู", "Bird's eye chili", "100g", 15),
    ("BANANA", "กล้วยน้ำว้า", "Banana", "bunch", 35),
    ("PICKLE", "ผักกาดดอง", "Pickled mustard", "pack", 25),
    ("GALANGAL", "ข่าอ่อน", "Young galangal", "kg", 60),
)
FIRST_NAMES = ("สมศรี", "บุญมี", "คำปุ่น", "ทองดี", "อำไพ", "วันเพ็ญ", "สุภาพร", "จันทร์เพ็ญ",
               "กัญญารัตน์", "อนุชา", "พิมพ์ชนก", "ละมัย", "สมปอง", "ประยูร", "มณี", "สุดา")
LAST_NAMES = ("ใจดี", "ศรีสุข", "พรมมา", "บุญเรือง", "สุวรรณศรี", "ศรีวงษ์", "ไชยศรี",
              "มูลมาตย์", "จันทร์หอม", "ทองสุข", "นามวงศ์", "ภูผาทอง", "แก้วมณี")
BEDS = 10


@dataclass
class Item:
    id: int
    code: str
    name_th: str
    name_en: str
    unit: str
    by_weight: bool
    price: int  # satang
    crop_id: int | None = None
    owner: int | None = None  # the participant who consigns it (None: the plot's)


@dataclass
class Clock:
    """The simulated time every service reads (through kiosk.dates) while the run lasts."""

    now: datetime


@dataclass
class World:
    db: Database
    rng: random.Random
    seed: int
    staff: SignedIn
    vendors: list[SignedIn]
    books: Auditor
    clock: Clock
    items: list[Item] = field(default_factory=list)
    participants: list[int] = field(default_factory=list)
    beds: list[int] = field(default_factory=list)
    bed_free_from: dict[int, date] = field(default_factory=dict)
    crops: list[int] = field(default_factory=list)
    serial: int = 0
    habits: dict[int, str] = field(default_factory=dict)  # borrower -> punctual, late, stops
    sale_lines: dict[int, list[int]] = field(default_factory=dict)  # sale -> its line ids
    sales_per_day: int = 80

    def wants_more(self, product_id: int) -> int:
        """Thousandths short of a day and a half of selling (what is worth picking or bringing)."""
        target = min(900_000, max(15_000, self.sales_per_day * 600))
        return min(target, max(0, target - self.books.stock[product_id]))

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """Move the simulated clock to ``day`` at hour:minute in Bangkok."""
        self.clock.now = datetime.combine(day, time(hour, minute), tzinfo=dates.BANGKOK) \
            .astimezone(timezone.utc)
        return self.clock.now

    def forget_sales(self, kept: set[int]) -> None:
        """Drop the line ids of sales the auditor no longer keeps (too old to refund)."""
        for sale_id in [s for s in self.sale_lines if s not in kept]:
            del self.sale_lines[sale_id]

    def key(self, what: str) -> str:
        self.serial += 1
        return f"sim:{what}:{self.serial}"

    def item(self, product_id: int) -> Item:
        return next(i for i in self.items if i.id == product_id)


def _person(rng: random.Random, joined: date) -> people.ParticipantInput:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    title = rng.choice(("นาง", "นาย", "นางสาว"))
    return people.ParticipantInput(
        name_th=f"{title}{first} {last}", joined_on=joined,
        nickname=rng.choice(("ป้า", "ลุง", "พี่", "แม่", "น้อง")) + first[:3],
        phone="08" + "".join(str(rng.randint(0, 9)) for _ in range(8)))


def add_participant(world: World, day: date) -> int:
    pid = people.create_participant(world.db, world.staff, _person(world.rng, day))
    world.participants.append(pid)
    world.books.participants.add(pid)
    return pid


def _catalogue(db: Database) -> list[Item]:
    """Categories and products: written through the models (no catalogue service yet)."""
    items = []
    with db.unit_of_work() as session:
        veg = Category(code="veg", name_th="ผัก", name_en="Vegetables", sort_order=1)
        other = Category(code="other", name_th="ของฝากขาย", name_en="Consigned", sort_order=2)
        session.add_all([veg, other])
        session.flush()
        rows = [(c, th, en, u, p, veg.id) for c, th, en, u, p, _ in PLOT_PRODUCTS]
        rows += [(c, th, en, u, p, other.id) for c, th, en, u, p in CONSIGNED_PRODUCTS]
        for order, (code, th, en, unit, price, category) in enumerate(rows, 1):
            product = Product(code=code, name_th=th, name_en=en, category_id=category, unit=unit,
                              sold_by_weight=unit == "kg", price=Money.baht(price), picture="",
                              active=True, sort_order=order)
            session.add(product)
            session.flush()
            items.append(Item(product.id, code, th, en, unit, unit == "kg", price * 100))
    return items


def build(db: Database, seed: int, start: date, books: Auditor, clock: Clock) -> World:
    """The market on its first morning (the simulated clock must be running)."""
    rng = random.Random(seed)
    staff = SignedIn(auth.create_operator(db, "พี่แดง จัดการ", Role.STAFF, STAFF_PIN),
                     "พี่แดง จัดการ", Role.STAFF, None)
    vendors = [SignedIn(auth.create_operator(db, name, Role.VENDOR, pin), name, Role.VENDOR, None)
               for name, pin in zip(("น้องฝน ขายดี", "ป้าสมใจ"), VENDOR_PINS)]
    world = World(db, rng, seed, staff, vendors, books, clock)
    world.items = _catalogue(db)
    for _ in range(24):
        add_participant(world, start)
    for item, (*_, (family, days, window)) in zip(world.items, PLOT_PRODUCTS):
        crop = plot_crops.create_crop(
            db, staff, name_th=item.name_th, name_en=item.name_en, family=family,
            start_from="seed", days_to_first_harvest=days, harvest_window_days=window,
            sale_unit=item.unit, product_ids=[item.id])
        item.crop_id = crop.id
        world.crops.append(crop.id)
    owners = rng.sample(world.participants, len(CONSIGNED_PRODUCTS))
    for item, owner in zip(world.items[len(PLOT_PRODUCTS):], owners):
        item.owner = owner
        books.consignment[item.id] = owner
    for n in range(BEDS):
        bed = plot_beds.add_bed(db, staff, f"แปลง {n + 1}", 20 + (n % 5) * 235,
                                50 + (n // 5) * 300, 200, 120)
        world.beds.append(bed.id)
        world.bed_free_from[bed.id] = start
    return world


def quantity_text(milli: int) -> Decimal:
    return (Decimal(milli) / 1000).quantize(Decimal("0.001"))
