"""Read models of the plot screens, on the demo plot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kiosk.models import Participant
from kiosk.services import plot_beds, plot_checks, plot_views
from kiosk.services.demo_context import DemoContext
from kiosk.services.plot_demo import add_demo_data
from tests.plot_helpers import add_participant, seed_catalogue

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo_db(db, vendor, staff):
    crops = seed_catalogue(db)
    people = {f"p{i}": add_participant(db, f"คนที่ {i}", f"p{i}") for i in range(6)}
    demo = DemoContext(today=TODAY, participants=people, vendor_ids=[vendor.operator_id],
                       staff_ids=[staff.operator_id], crops=crops)
    with db.unit_of_work() as session:
        add_demo_data(session, demo)
    return db


def test_demo_plot_is_sensible_and_consistent(demo_db):
    beds = plot_beds.list_beds(demo_db)
    assert len(beds) == 9 and sum(b.kind == "bed" for b in beds) == 8
    assert all((b.length_cm, b.width_cm) == (500, 100) for b in beds if b.kind == "bed")
    with demo_db.reading() as session:
        assert plot_checks._check_plot(session) == []
        assert plot_checks._check_harvests(session) == []


def test_today_view_lists_harvest_water_and_tasks(demo_db):
    today = plot_views.today_view(demo_db, TODAY)
    assert today.harvest and all(r.planting.harvest_from <= TODAY <= r.planting.harvest_to
                                 for r in today.harvest)
    assert today.water and all(t.due_on == TODAY for t in today.water)
    assert all(t.kind != "water" for t in today.tasks)
    assert all(t.due_on == TODAY or not t.done for t in today.tasks)
    assert any(r.planting.harvested > 0 for r in today.harvest)


def test_month_view_shows_sowing_harvests_tasks_and_training(demo_db):
    month = plot_views.month_view(demo_db, 2026, 11)
    assert month.weeks[0][0] == date(2026, 10, 26) and len(month.weeks) == 6
    assert month.events(TODAY - timedelta(days=5)).training
    assert month.events(TODAY).task_counts
    sown = [p for w in month.weeks for d in w for p in month.events(d).sown]
    assert sown and all(month.weeks[0][0] <= p.start_on <= month.weeks[-1][-1] for p in sown)


def test_filters_narrow_the_views(demo_db):
    beds = {b.name: b.id for b in plot_beds.list_beds(demo_db)}
    only = plot_views.PlotFilter(bed_id=beds["A1"])
    week = plot_views.week_view(demo_db, TODAY - timedelta(days=TODAY.weekday()), only)
    tasks = [t for d in week for t in d.tasks]
    assert tasks and {t.bed_name for t in tasks} == {"A1"}
    with demo_db.reading() as session:
        someone = session.scalars(select(Participant.id)).first()
    mine = plot_views.today_view(demo_db, TODAY, plot_views.PlotFilter(participant_id=someone))
    assert all(t.assignee_id == someone for t in mine.water + mine.tasks)
    rows = plot_views.timeline(demo_db, date(2026, 7, 1), date(2027, 1, 31), only)
    assert [r.bed.name for r in rows] == ["A1"] and len(rows[0].plantings) == 2


def test_map_shows_what_grows_now_and_history(demo_db):
    data = plot_views.plot_map(demo_db, TODAY)
    assert (data.length_cm, data.width_cm) == (1200, 600)
    growing = {b.bed.name: b.plantings for b in data.beds}
    assert growing["A1"][0].crop_th == "กวางตุ้ง" and growing["A1"][0].days_to_harvest == 20
    history = plot_views.bed_history(demo_db, growing and data.beds[0].bed.id)
    assert [p.crop_th for p in history] == ["กวางตุ้ง", "คะน้า"]
    assert history[1].status == "done" and history[1].harvested > 0


def test_weekly_schedule_pdf_has_the_map_and_every_day(demo_db):
    import io
    import unicodedata

    from pypdf import PdfReader

    from kiosk.reports.weekly_schedule import build_weekly_schedule
    pdf = build_weekly_schedule(plot_views.weekly_schedule(demo_db, date(2026, 11, 23)))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for bed in ("A1", "A4", "B1", "B4", "N"):
        assert bed in text
    for day in range(23, 30):
        assert f"{day} " in text
    assert "2569" in text

    def bare(s: str) -> str:
        return "".join(c for c in s if unicodedata.category(c) != "Mn")
    assert bare("กวางตุ้ง") in bare(text)
