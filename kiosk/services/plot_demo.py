"""Demo plot: 8 beds of 100 x 500 cm with 50 cm paths and a seedling nursery on
the 6 x 12 m plot, a season of plantings around ``demo.today``, their tasks,
harvests already in stock, and two training sessions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.dates import BANGKOK, utc_now
from kiosk.db import mark_changed
from kiosk.models import Crop, Product
from kiosk.models.plot import (Bed, Harvest, Planting, PlotTask, TrainingAttendance,
                               TrainingSession)
from kiosk.services import settings, stock
from kiosk.services.demo_context import DemoContext
from kiosk.services.plot_rules import default_tasks, harvest_window
from kiosk.topics import Topic

CROP_COLOURS = {
    "water_spinach": "#7cb342", "chinese_kale": "#2e7d32", "choy_sum": "#66bb6a",
    "chinese_cabbage": "#c5e1a5", "lettuce": "#9ccc65", "coriander": "#aed581",
    "spring_onion": "#4db6ac", "thai_basil": "#6a1b9a", "holy_basil": "#8e24aa",
    "chili": "#e53935", "yardlong_bean": "#8d6e63", "cucumber": "#26a69a",
    "eggplant": "#5e35b1", "culantro": "#558b2f", "lemongrass": "#c0ca33",
}

# (bed, crop code, days before today it started, part from, part to)
_PLAN = [
    ("A1", "chinese_kale", 95, 0, 500), ("A1", "choy_sum", 20, 0, 500),
    ("A2", "water_spinach", 110, 0, 500), ("A2", "lettuce", 60, 0, 250),
    ("A2", "coriander", 55, 250, 500), ("A2", "spring_onion", -3, 0, 500),
    ("A3", "yardlong_bean", 100, 0, 500), ("A3", "chinese_cabbage", 30, 0, 500),
    ("A4", "holy_basil", 120, 0, 250), ("A4", "thai_basil", 80, 250, 500),
    ("B1", "chili", 130, 0, 500),
    ("B2", "cucumber", 115, 0, 500), ("B2", "chinese_kale", 42, 0, 500),
    ("B3", "eggplant", 140, 0, 500),
    ("B4", "lettuce", 48, 0, 250), ("B4", "spring_onion", 40, 250, 500),
    ("B4", "choy_sum", -10, 0, 250),
    ("N", "chili", 10, 0, 120), ("N", "holy_basil", 5, 120, 250),
]

_HARVESTS = {"kg": (Decimal("1.5"), Decimal("4.5")), "bunch": (Decimal("8"), Decimal("25")),
             "head": (Decimal("6"), Decimal("15")), "fruit": (Decimal("6"), Decimal("15")),
             "piece": (Decimal("6"), Decimal("15")), "pack": (Decimal("5"), Decimal("12")),
             "bundle": (Decimal("5"), Decimal("10")), "100g": (Decimal("5"), Decimal("10"))}


def _beds() -> list[Bed]:
    beds = []
    for row in range(4):
        y = 25 + row * 150
        beds.append(Bed(name=f"A{row + 1}", kind="bed", x_cm=0, y_cm=y, length_cm=500,
                        width_cm=100, archived=False, sort_order=row + 1, notes=""))
        beds.append(Bed(name=f"B{row + 1}", kind="bed", x_cm=550, y_cm=y, length_cm=500,
                        width_cm=100, archived=False, sort_order=row + 5, notes=""))
    beds.append(Bed(name="N", kind="nursery", x_cm=1100, y_cm=25, length_cm=100, width_cm=250,
                    archived=False, sort_order=9, notes="แปลงเพาะกล้า"))
    return beds


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=BANGKOK)


def add_demo_data(session: Session, demo: DemoContext) -> None:
    today = demo.today
    crops = {c.code: c for c in session.scalars(select(Crop))}
    for code, colour in CROP_COLOURS.items():
        if code in crops:
            crops[code].colour = colour
    beds = {b.name: b for b in _beds()}
    session.add_all(beds.values())
    session.flush()
    boundaries = settings.get(session, "season_boundaries")
    people = list(demo.participants.values())
    workers = demo.vendor_ids or demo.staff_ids or [None]
    products: dict[int, Product] = {}
    for product in session.scalars(select(Product).where(Product.crop_id.is_not(None))
                                   .order_by(Product.sort_order, Product.id)):
        products.setdefault(product.crop_id, product)

    for n, (bed_name, code, ago, from_cm, to_cm) in enumerate(_PLAN):
        crop = crops.get(code)
        if crop is None:
            continue
        bed = beds[bed_name]
        start = today - timedelta(days=ago)
        method = "sow" if crop.start_from == "seed" else "transplant"
        if bed.kind == "nursery":
            method = "sow"
        first, last = harvest_window(start, crop.days_to_first_harvest, crop.harvest_window_days)
        if bed.kind == "nursery":  # seedlings leave the nursery after about 4 weeks
            first, last = start + timedelta(days=25), start + timedelta(days=30)
        ended = last if last < today else None
        status = ("done" if ended else "harvesting" if first <= today
                  else "growing" if start <= today - timedelta(days=7)
                  else "sown" if start <= today else "planned")
        planting = Planting(crop_id=crop.id, bed_id=bed.id, from_cm=from_cm, to_cm=to_cm,
                            method=method, start_on=start, harvest_from=first, harvest_to=last,
                            expected_yield=None, yield_unit=crop.sale_unit, status=status,
                            ended_on=ended, failed_reason="", notes="",
                            created_at=utc_now(), created_by_id=demo.admin_id)
        session.add(planting)
        session.flush()
        assignee = people[n % len(people)] if people else None
        for i, task in enumerate(default_tasks(method, start, first, last, boundaries)):
            if ended and task.due_on > ended:
                continue
            done = task.due_on < today or (task.due_on == today and i % 3 == 0)
            session.add(PlotTask(
                kind=task.kind, due_on=task.due_on, planting_id=planting.id, bed_id=bed.id,
                note="", assignee_id=assignee,
                done_at=_at(task.due_on, 7 + i % 4) if done else None,
                done_by_id=workers[i % len(workers)] if done else None))
        product = products.get(crop.id)
        if product is None or bed.kind == "nursery" or first > today:
            continue
        low, high = _HARVESTS.get(product.unit, _HARVESTS["kg"])
        day = first
        k = 0
        while day <= min(last, today - timedelta(days=1)):
            amount = (low + (high - low) * Decimal((n * 7 + k * 3) % 10) / 9).quantize(
                Decimal("1") if product.unit != "kg" else Decimal("0.1"))
            amount = amount.quantize(Decimal("0.001"))
            harvest = Harvest(planting_id=planting.id, product_id=product.id, quantity=amount,
                              unit=product.unit, harvested_on=day, harvested_by_id=assignee,
                              recorded_by_id=workers[0], at=_at(day, 6))
            session.add(harvest)
            session.flush()
            stock.add_movement(session, product.id, amount, "harvest", f"harvest:{harvest.id}",
                               workers[0])
            day += timedelta(days=max(3, crop.harvest_window_days // 4))
            k += 1

    # bed care that belongs to no planting
    for offset in range(-3, 4):
        day = today + timedelta(days=offset)
        session.add(PlotTask(kind="water", due_on=day, planting_id=None, bed_id=beds["N"].id,
                             note="รดน้ำกล้าเช้า-เย็น", assignee_id=people[0] if people else None,
                             done_at=_at(day, 7) if offset < 0 else None,
                             done_by_id=workers[0] if offset < 0 else None))
    session.add(PlotTask(kind="compost", due_on=today + timedelta(days=2), planting_id=None,
                         bed_id=beds["A3"].id, note="กลับกองปุ๋ยหมัก", assignee_id=None))

    past = TrainingSession(held_on=today - timedelta(days=5),
                           topic="ทำน้ำหมักสมุนไพรไล่แมลง (สะเดา ข่า ตะไคร้หอม)",
                           trainer="อ.สมพร ศรีสุข (คณะเกษตรศาสตร์ มข.)", notes="")
    coming = TrainingSession(held_on=today + timedelta(days=3),
                             topic="การเพาะกล้าในถาดหลุมและการย้ายปลูก",
                             trainer="พี่แดง (เจ้าหน้าที่โครงการ)", notes="")
    session.add_all([past, coming])
    session.flush()
    session.add_all(TrainingAttendance(session_id=past.id, participant_id=p)
                    for p in people[: max(1, len(people) * 2 // 3)])
    mark_changed(session, Topic.PLOT, Topic.STOCK)
