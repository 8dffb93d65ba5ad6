"""Crops, products and people for the plot tests (a few rows of crops.csv)."""

from __future__ import annotations

from datetime import date

from kiosk.models import Category, Crop, Participant, Product
from kiosk.money import Money

CROPS = [
    # code, th, en, family, start_from, days, window, sale_unit, poor
    ("water_spinach", "ผักบุ้งจีน", "water spinach", "Convolvulaceae", "seed", 28, 7, "bunch", ""),
    ("chinese_kale", "คะน้า", "Chinese kale", "Brassicaceae", "seed", 50, 15, "kg", "hot"),
    ("choy_sum", "กวางตุ้ง", "choy sum", "Brassicaceae", "seed", 40, 15, "kg", "hot"),
    ("coriander", "ผักชี", "coriander", "Apiaceae", "seed", 50, 7, "bunch", "hot;rainy"),
    ("holy_basil", "กะเพรา", "holy basil", "Lamiaceae", "seedling", 40, 180, "bunch", ""),
    ("chili", "พริกขี้หนู", "bird's eye chili", "Solanaceae", "seedling", 75, 120, "kg", ""),
]


def seed_catalogue(db) -> dict[str, int]:
    """Crops (and a sale product for each) -> {code: crop id}."""
    ids = {}
    with db.unit_of_work() as session:
        veg = Category(code="veg", name_th="ผัก", name_en="Vegetables")
        session.add(veg)
        for n, (code, th, en, family, start, days, window, unit, poor) in enumerate(CROPS):
            crop = Crop(code=code, name_th=th, name_en=en, family=family, start_from=start,
                        days_to_first_harvest=days, harvest_window_days=window, spacing_cm="",
                        sale_unit=unit, alt_unit="", poor_seasons=poor, notes="",
                        colour="#4caf50")
            session.add(crop)
            session.flush()
            session.add(Product(code=code, name_th=th, name_en=en, category=veg, crop_id=crop.id,
                                unit=unit, sold_by_weight=unit == "kg", price=Money(5000),
                                picture="", active=True, sort_order=n))
            ids[code] = crop.id
    return ids


def add_participant(db, name="สมศรี ใจดี", nickname="ศรี") -> int:
    with db.unit_of_work() as session:
        person = Participant(name_th=name, nickname=nickname, joined_on=date(2026, 1, 5))
        session.add(person)
        session.flush()
        return person.id


def product_of(db, crop_id: int) -> int:
    from sqlalchemy import select
    with db.reading() as session:
        return session.scalar(select(Product.id).where(Product.crop_id == crop_id))
