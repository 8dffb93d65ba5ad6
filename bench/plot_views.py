"""Benchmark: the plot views over 5 years of history (~2,000 plantings, 40,000 tasks).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/plot_views.py [runs]

Targets (issue 6): month view built < 100 ms, map repainted < 16 ms, Today
view < 50 ms. Each figure has a baseline measured in the same run: the
view's raw query alone, or an empty widget of the same kind.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from kiosk import schema  # noqa: E402
from kiosk.db import Database  # noqa: E402
from kiosk.models import Category, Crop, Participant, Role  # noqa: E402
from kiosk.models.plot import Bed, Planting, PlotTask, TrainingSession  # noqa: E402
from kiosk.services import auth, plot_views  # noqa: E402
from kiosk.services.demo_context import DemoContext  # noqa: E402
from kiosk.services.plot_demo import CROP_COLOURS, _beds  # noqa: E402
from kiosk.services.plot_rules import default_tasks, harvest_window  # noqa: E402
from figures import figure  # noqa: E402

TODAY = date(2026, 11, 25)
YEARS = 5
PARTS = 7  # each bed in 7 strips, replanted back to back
TASKS_PER_PLANTING = 25
SEASONS = {"hot": "02-15", "rainy": "05-15", "cool": "10-15"}
CROPS = [("water_spinach", "ผักบุ้งจีน", "Convolvulaceae", 28, 7),
         ("chinese_kale", "คะน้า", "Brassicaceae", 50, 15),
         ("choy_sum", "กวางตุ้ง", "Brassicaceae", 40, 15),
         ("lettuce", "กรีนโอ๊ค", "Asteraceae", 42, 7),
         ("coriander", "ผักชี", "Apiaceae", 50, 7),
         ("spring_onion", "ต้นหอม", "Amaryllidaceae", 45, 10),
         ("yardlong_bean", "ถั่วฝักยาว", "Fabaceae", 48, 35),
         ("cucumber", "แตงกวา", "Cucurbitaceae", 38, 25)]


def build(path: Path) -> tuple[Database, auth.SignedIn]:
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    staff_id = auth.create_operator(db, "พี่แดง", Role.STAFF, "2222")
    who = auth.SignedIn(staff_id, "พี่แดง", Role.STAFF, None)
    now = datetime.now(timezone.utc)
    with db.unit_of_work() as session:
        session.add(Category(code="veg", name_th="ผัก", name_en="Vegetables"))
        crops = []
        for code, th, family, days, window in CROPS:
            crop = Crop(code=code, name_th=th, name_en=code, family=family, start_from="seed",
                        days_to_first_harvest=days, harvest_window_days=window, spacing_cm="",
                        sale_unit="kg", alt_unit="", poor_seasons="", notes="",
                        colour=CROP_COLOURS[code])
            session.add(crop)
            crops.append(crop)
        people = [Participant(name_th=f"ผู้เข้าร่วม {i}", nickname=f"p{i}", joined_on=date(2021, 1, 1))
                  for i in range(12)]
        session.add_all(people)
        beds = _beds()
        session.add_all(beds)
        session.flush()
        # each bed split in 7 parts, each part replanted back to back: ~2,000 plantings
        plantings, start = [], TODAY - timedelta(days=365 * YEARS)
        n = 0
        for bed in beds:
            long_cm = max(bed.length_cm, bed.width_cm)
            for part in range(PARTS):
                day = start + timedelta(days=part * 5 + bed.id)
                while day < TODAY + timedelta(days=60):
                    crop = crops[n % len(crops)]
                    first, last = harvest_window(day, crop.days_to_first_harvest,
                                                 crop.harvest_window_days)
                    done = last < TODAY
                    plantings.append(dict(
                        crop_id=crop.id, bed_id=bed.id, from_cm=part * long_cm // PARTS,
                        to_cm=(part + 1) * long_cm // PARTS, method="sow", start_on=day,
                        harvest_from=first, harvest_to=last, expected_yield=None,
                        yield_unit="kg", status="done" if done else "growing",
                        ended_on=last if done else None, failed_reason="", notes="",
                        created_at=now, created_by_id=staff_id))
                    day = last + timedelta(days=3)
                    n += 1
        session.execute(insert(Planting), plantings)
        rows = session.execute(select(Planting.id, Planting.bed_id, Planting.start_on,
                                      Planting.harvest_from, Planting.harvest_to)).all()
        tasks = []
        for i, (pid, bed_id, day, first, last) in enumerate(rows):
            for j, task in enumerate(default_tasks("sow", day, first, last, SEASONS)[:TASKS_PER_PLANTING]):
                done = task.due_on < TODAY
                tasks.append(dict(kind=task.kind, due_on=task.due_on, planting_id=pid,
                                  bed_id=bed_id, note="", assignee_id=people[(i + j) % 12].id,
                                  done_at=now if done else None,
                                  done_by_id=staff_id if done else None))
        session.execute(insert(PlotTask), tasks)
        for week in range(0, 365 * YEARS, 14):
            session.add(TrainingSession(held_on=start + timedelta(days=week), topic="อบรม",
                                        trainer="อ.สมพร", notes=""))
    return db, who


def timed(fn, runs: int) -> float:
    """Median milliseconds of ``runs`` calls (after one warm-up)."""
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
    from kiosk.ui.context import AppContext, DataBus
    from kiosk.ui.plot.calendar import MonthView
    from kiosk.ui.plot.map import PlotMapView
    from kiosk.ui.plot.today import TodayView
    from kiosk.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        db, who = build(Path(tmp) / "plot.sqlite3")
        with db.reading() as session:
            plantings = session.scalar(select(func.count()).select_from(Planting))
            tasks = session.scalar(select(func.count()).select_from(PlotTask))
        print(f"history: {plantings} plantings, {tasks} tasks over {YEARS} years "
              f"(built in {time.perf_counter() - t0:.1f} s)")
        ctx = AppContext(db, DataBus(db), who)
        results = []

        # month view: a new MonthView filled with November's data
        month_query = timed(lambda: plot_views.month_view(db, 2026, 11), runs)

        def build_month() -> None:
            view = MonthView(ctx)
            view.today = view.selected = TODAY
            view.show_month(2026, 11)
            view.resize(1280, 640)
            view.deleteLater()

        def empty_month() -> None:
            view = MonthView(ctx)
            view.resize(1280, 640)
            view.deleteLater()
        month_empty = timed(empty_month, runs)
        month_full = timed(build_month, runs)
        results.append(("month view built", month_full, 100,
                        f"query alone {month_query:.1f} ms, empty grid {month_empty:.1f} ms"))

        # map repaint: the filled map vs an empty QGraphicsView of the same size
        map_view = PlotMapView(editable=True)
        map_view.resize(1000, 560)
        map_view.show()
        map_view.show_map(plot_views.plot_map(db, TODAY))
        app.processEvents()
        empty = QGraphicsView(QGraphicsScene())
        empty.resize(1000, 560)
        empty.show()
        app.processEvents()
        map_repaint = timed(lambda: map_view.viewport().repaint(), runs)
        empty_repaint = timed(lambda: empty.viewport().repaint(), runs)
        map_query = timed(lambda: plot_views.plot_map(db, TODAY), runs)
        results.append(("map repainted", map_repaint, 16,
                        f"empty view {empty_repaint:.2f} ms; map query + scene "
                        f"rebuild not included (query {map_query:.1f} ms)"))

        # Today view: query and widgets
        today = TodayView(ctx)
        today.day = TODAY
        today.resize(1280, 640)
        today.show()
        today_query = timed(lambda: plot_views.today_view(db, TODAY), runs)
        today_full = timed(lambda: (today.refresh(), app.processEvents()), runs)
        data = today.data
        results.append(("Today view", today_full, 50,
                        f"query alone {today_query:.1f} ms; {len(data.harvest)} harvest, "
                        f"{len(data.water)} water, {len(data.tasks)} tasks"))

        print(f"{'what':<20}{'median ms':>12}{'target':>9}  baseline")
        ok = True
        for name, value, target, baseline in results:
            passed = value < target
            ok &= passed
            figure(name, value, "ms", bound=target, note=baseline)
            print(f"{name:<20}{value:>12.1f}{'< ' + str(target):>9}  {baseline}"
                  f"  {'OK' if passed else 'SLOW'}")
        ctx.bus.detach()
        db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
