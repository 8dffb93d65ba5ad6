"""Plot calendar services: beds, plantings, warnings, tasks, training, harvests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from sqlalchemy import func, select

from kiosk.dates import today
from kiosk.errors import InternalError, InvalidInput, NotAllowed
from kiosk.models import StockMovement
from kiosk.models.plot import Bed, Harvest, Planting, PlotTask
from kiosk.services import (checks, plot_beds, plot_checks, plot_harvests, plot_plantings,
                            plot_tasks, plot_training, plot_views, stock)
from kiosk.services import settings as settings_service
from kiosk.services.plot_rules import (default_tasks, harvest_window, season_of,
                                       seasons_between)
from tests.plot_helpers import add_participant, product_of, seed_catalogue

SEASONS = {"hot": "02-15", "rainy": "05-15", "cool": "10-15"}


@pytest.fixture
def crops(db):
    return seed_catalogue(db)


@pytest.fixture
def bed(db, staff):
    return plot_beds.add_bed(db, staff, "A1", 0, 25, 500, 100)


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


# -- rules ---------------------------------------------------------------------------
def test_seasons_follow_the_editable_boundaries():
    assert season_of(date(2026, 1, 10), SEASONS) == "cool"
    assert season_of(date(2026, 2, 15), SEASONS) == "hot"
    assert season_of(date(2026, 5, 14), SEASONS) == "hot"
    assert season_of(date(2026, 8, 1), SEASONS) == "rainy"
    assert season_of(date(2026, 12, 31), SEASONS) == "cool"
    assert season_of(date(2026, 3, 1), {**SEASONS, "hot": "03-15"}) == "cool"


@given(st.dates(date(2020, 1, 1), date(2035, 12, 31)), st.integers(0, 400))
@hsettings(max_examples=200, deadline=None)
def test_seasons_between_holds_the_season_of_every_day(first, length):
    last = first + timedelta(days=length)
    found = seasons_between(first, last, SEASONS)
    for offset in range(0, length + 1, 5):
        assert season_of(first + timedelta(days=offset), SEASONS) in found


@given(st.dates(date(2020, 1, 1), date(2035, 12, 31)), st.integers(1, 200), st.integers(1, 365))
def test_harvest_window_follows_the_crop(start, days, window):
    first, last = harvest_window(start, days, window)
    assert (first - start).days == days
    assert (last - first).days == window - 1


def test_watering_is_daily_in_the_hot_season_every_other_day_when_cool_none_in_rain():
    hot = default_tasks("sow", date(2026, 3, 1), date(2026, 4, 20), date(2026, 5, 4), SEASONS)
    water = [t.due_on for t in hot if t.kind == "water"]
    assert water == [date(2026, 3, 2) + timedelta(days=i) for i in range(64)]
    cool = default_tasks("sow", date(2026, 11, 1), date(2026, 12, 1), date(2026, 12, 10), SEASONS)
    gaps = {(b.due_on - a.due_on).days for a, b in zip(
        [t for t in cool if t.kind == "water"], [t for t in cool if t.kind == "water"][1:])}
    assert gaps == {2}
    rainy = default_tasks("sow", date(2026, 6, 1), date(2026, 7, 1), date(2026, 7, 10), SEASONS)
    assert not [t for t in rainy if t.kind == "water"]
    kinds = [t.kind for t in rainy]
    assert kinds[:2] == ["compost", "sow"] and kinds[-1] == "harvest"
    assert kinds.count("pest") == 4 and kinds.count("weed") == 2


# -- beds ----------------------------------------------------------------------------
def test_beds_must_stay_inside_the_plot_and_apart(db, staff, bed):
    for args in ((0, 25, 1300, 100), (-10, 0, 100, 100), (1100, 500, 100, 200), (100, 50, 100, 100),
                 (0, 0, 0, 100)):
        with pytest.raises(InvalidInput) as error:
            plot_beds.add_bed(db, staff, "X", *args)
        assert error.value.message  # a message for the user, Thai by default
    assert count(db, Bed) == 1
    plot_beds.add_bed(db, staff, "A2", 0, 175, 500, 100)  # a 50 cm path between
    with pytest.raises(InvalidInput):
        plot_beds.update_bed(db, staff, bed.id, y_cm=150)  # onto A2
    moved = plot_beds.update_bed(db, staff, bed.id, x_cm=100, length_cm=400)
    assert (moved.x_cm, moved.length_cm) == (100, 400)


def test_error_messages_are_thai_by_default(db, staff, bed):
    with pytest.raises(InvalidInput) as error:
        plot_beds.add_bed(db, staff, "X", 0, 0, 2000, 100)
    assert "แปลง" in error.value.message


def test_a_bed_with_plantings_is_archived_not_deleted(db, staff, bed, crops):
    plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1))
    with pytest.raises(InvalidInput):
        plot_beds.delete_bed(db, staff, bed.id)
    assert count(db, Bed) == 1
    plot_beds.archive_bed(db, staff, bed.id)
    assert plot_beds.list_beds(db) == []
    assert [b.name for b in plot_beds.list_beds(db, include_archived=True)] == ["A1"]
    empty = plot_beds.add_bed(db, staff, "A9", 0, 475, 500, 100)
    plot_beds.delete_bed(db, staff, empty.id)
    assert count(db, Bed) == 1


def test_vendors_cannot_change_the_plan(db, vendor, crops):
    with pytest.raises(NotAllowed):
        plot_beds.add_bed(db, vendor, "A1", 0, 25, 500, 100)


# -- plantings -----------------------------------------------------------------------
def test_a_planting_gets_its_harvest_window_and_tasks_from_the_crop(db, staff, bed, crops):
    result = plot_plantings.create_planting(db, staff, crops["chinese_kale"], bed.id, date(2026, 11, 1))
    planting = result.planting
    assert (planting.harvest_from, planting.harvest_to) == (date(2026, 12, 21), date(2027, 1, 4))
    assert planting.method == "sow" and planting.status == "planned"
    assert (planting.from_cm, planting.to_cm) == (0, 500)
    assert result.warnings == ()
    with db.reading() as session:
        kinds = session.scalars(select(PlotTask.kind).where(
            PlotTask.planting_id == planting.id)).all()
    assert result.task_count == len(kinds) > 10
    assert {"compost", "sow", "water", "weed", "pest", "harvest"} <= set(kinds)


def test_harvest_window_can_be_overridden(db, staff, bed, crops):
    result = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1),
                                  harvest_from=date(2026, 12, 5), from_cm=0, to_cm=250,
                                  expected_yield="12.5")
    p = result.planting
    assert (p.harvest_from, p.harvest_to) == (date(2026, 12, 5), date(2026, 12, 19))
    assert p.expected_yield == Decimal("12.500")


@pytest.mark.parametrize("kwargs", [
    {"harvest_from": date(2026, 10, 1)},  # before sowing
    {"harvest_from": date(2026, 12, 5), "harvest_to": date(2026, 12, 1)},
    {"from_cm": 300, "to_cm": 200},
    {"to_cm": 900},
    {"bed": 999},  # no such bed
    {"crop": 999},
])
def test_bad_plantings_are_refused_and_nothing_is_written(db, staff, bed, crops, kwargs):
    kwargs = dict(kwargs)
    bed_id = kwargs.pop("bed", bed.id)
    crop_id = kwargs.pop("crop", crops["choy_sum"])
    with pytest.raises(InvalidInput):
        plot_plantings.create_planting(db, staff, crop_id, bed_id, date(2026, 11, 1), **kwargs)
    assert count(db, Planting) == 0 and count(db, PlotTask) == 0


def test_warnings_for_space_rotation_and_season_never_block(db, staff, bed, crops):
    first = plot_plantings.create_planting(db, staff, crops["chinese_kale"], bed.id, date(2026, 10, 20))
    # same space, same time
    clash = plot_plantings.create_planting(db, staff, crops["water_spinach"], bed.id, date(2026, 11, 10),
                                 from_cm=200, to_cm=300)
    assert [w.code for w in clash.warnings] == ["overlap"]
    # the other half of nothing: no clash
    plot_plantings.set_planting_status(db, staff, clash.planting.id, "failed", "น้ำท่วม", date(2026, 11, 12))
    # Brassicaceae again 20 days after kale ends (gap 60 days)
    end = first.planting.harvest_to
    again = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, end + timedelta(days=20))
    assert "rotation" in [w.code for w in again.warnings]
    # the gap comes from Settings
    settings_service.change(db, staff.operator_id,
                            rotation_gap_days={"Brassicaceae": 10})
    assert "rotation" not in [w.code for w in plot_plantings.planting_warnings(db, again.planting.id)]
    # coriander does poorly in the hot and rainy seasons
    bed2 = plot_beds.add_bed(db, staff, "A2", 0, 175, 500, 100)
    hot = plot_plantings.create_planting(db, staff, crops["coriander"], bed2.id, date(2027, 3, 1))
    assert [w.code for w in hot.warnings] == ["season"]
    assert count(db, Planting) == 4  # all saved despite warnings
    # moving the season boundaries moves the warning
    cool = plot_plantings.plan_planting(db, crops["coriander"], bed2.id, date(2026, 12, 1))
    assert cool.warnings == ()
    settings_service.change(db, staff.operator_id,
                            season_boundaries={"hot": "01-01", "rainy": "05-15", "cool": "10-15"})
    later = plot_plantings.plan_planting(db, crops["coriander"], bed2.id, date(2026, 12, 2))
    assert [w.code for w in later.warnings] == ["season"]


def test_failed_planting_needs_a_reason_and_drops_its_future_tasks(db, staff, bed, crops):
    p = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1)).planting
    with pytest.raises(InvalidInput):
        plot_plantings.set_planting_status(db, staff, p.id, "failed")
    plot_plantings.set_planting_status(db, staff, p.id, "failed", "หนอนกินหมด", date(2026, 11, 20))
    with db.reading() as session:
        assert session.scalar(select(func.max(PlotTask.due_on)).where(
            PlotTask.planting_id == p.id)) <= date(2026, 11, 20)
    assert plot_plantings.get_planting(db, p.id).failed_reason == "หนอนกินหมด"


def test_rescheduling_moves_open_tasks(db, staff, bed, crops):
    p = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1)).planting
    before = plot_views.tasks_between(db, date(2026, 10, 1), date(2027, 3, 1))
    plot_plantings.reschedule_planting(db, staff, p.id, date(2026, 11, 8))
    after = plot_views.tasks_between(db, date(2026, 10, 1), date(2027, 3, 1))
    assert [t.due_on + timedelta(days=7) for t in before] == [t.due_on for t in after]
    assert plot_plantings.get_planting(db, p.id).harvest_from == date(2026, 12, 18)


# -- tasks ---------------------------------------------------------------------------
def test_ticking_a_task_records_who_and_when_and_anyone_may(db, staff, vendor, bed, crops):
    p = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1)).planting
    sow = next(t for t in plot_views.tasks_between(db, date(2026, 11, 1), date(2026, 11, 1))
               if t.kind == "sow")
    plot_tasks.mark_task_done(db, vendor, sow.id)
    done = next(t for t in plot_views.tasks_between(db, date(2026, 11, 1), date(2026, 11, 1))
                if t.id == sow.id)
    assert done.done and done.done_by == vendor.name
    assert plot_plantings.get_planting(db, p.id).status == "sown"
    plot_tasks.mark_task_done(db, vendor, sow.id, done=False)
    assert not plot_views.tasks_between(db, date(2026, 11, 1), date(2026, 11, 1))[-1].done


def test_recurring_and_assigned_tasks(db, staff, bed):
    person = add_participant(db)
    ids = plot_tasks.add_task(db, staff, "water", date(2027, 3, 1), bed_id=bed.id, every_days=1,
                        until=date(2027, 3, 10), assignee_id=person)
    assert len(ids) == 10
    mine = plot_views.tasks_between(db, date(2027, 3, 1), date(2027, 3, 31),
                                    plot_views.PlotFilter(participant_id=person))
    assert len(mine) == 10 and mine[0].assignee_name == "ศรี"
    plot_tasks.assign_task(db, staff, ids[0], None)
    with pytest.raises(InvalidInput):
        plot_tasks.add_task(db, staff, "water", date(2027, 3, 1), every_days=1, until=date(2027, 2, 1))
    with pytest.raises(InternalError):  # the screen offers only known kinds: a bug, logged
        plot_tasks.add_task(db, staff, "dance", date(2027, 3, 1))
    assert count(db, PlotTask) == 10


# -- training ------------------------------------------------------------------------
def test_training_attendance_counts_for_the_month(db, staff):
    a, b = add_participant(db), add_participant(db, "มานี มีนา", "นี")
    sid = plot_training.add_training(db, staff, date(2026, 11, 20), "ปุ๋ยหมัก", "อ.สมพร", [a, b])
    plot_training.set_attendance(db, staff, sid, [b])
    assert plot_training.training_attended(db, a, 2026, 11) == []
    assert [t.topic for t in plot_training.training_attended(db, b, 2026, 11)] == ["ปุ๋ยหมัก"]
    assert plot_training.training_attended(db, b, 2026, 12) == []
    with pytest.raises(InvalidInput):
        plot_training.add_training(db, staff, date(2026, 11, 21), " ", "อ.สมพร")
    with pytest.raises(InvalidInput):
        plot_training.add_training(db, staff, date(2026, 11, 21), "x", "y", [9999])


# -- harvests ------------------------------------------------------------------------
def test_a_harvest_becomes_stock_in_the_same_unit_of_work(db, staff, vendor, bed, crops):
    p = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1)).planting
    product = product_of(db, crops["choy_sum"])
    result = plot_harvests.record_harvest(db, vendor, p.id, "2.35", on=today())
    assert result.stock_level == Decimal("2.350")
    plot_harvests.record_harvest(db, vendor, p.id, Decimal("1.5"), unit="kg")
    with db.reading() as session:
        assert stock.level(session, product) == Decimal("3.850")
        refs = session.scalars(select(StockMovement.reference)).all()
    assert refs == [f"harvest:{result.id}", f"harvest:{result.id + 1}"]
    info = plot_plantings.get_planting(db, p.id)
    assert info.status == "harvesting" and info.harvested == Decimal("3.850")
    assert all(c.ok for c in _plot_checks(db))


@pytest.mark.parametrize("quantity", ["0", "-1", "abc", Decimal("0"), "1.2345"])
def test_bad_harvests_write_nothing(db, staff, bed, crops, quantity):
    p = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1)).planting
    with pytest.raises(InvalidInput):
        plot_harvests.record_harvest(db, staff, p.id, quantity)
    assert count(db, Harvest) == 0 and count(db, StockMovement) == 0


def test_harvest_of_a_missing_planting_or_unit_writes_nothing(db, staff, bed, crops):
    p = plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, date(2026, 11, 1)).planting
    with pytest.raises(InvalidInput):
        plot_harvests.record_harvest(db, staff, 999, "1")
    with pytest.raises(InvalidInput):
        plot_harvests.record_harvest(db, staff, p.id, "1", unit="bunch")  # no such product
    assert count(db, Harvest) == 0 and count(db, StockMovement) == 0


def _plot_checks(db):
    with db.reading() as session:
        return [checks.CheckResult(name, check(session)) for name, check in (
            ("harvests", plot_checks._check_harvests), ("plot", plot_checks._check_plot))]
