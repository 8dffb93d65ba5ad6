"""The plot services bound what they accept: quantities by unit, expected yields,
planting dates, text lengths and characters the fonts can draw. Nothing is written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from kiosk.dates import today
from kiosk.errors import InvalidInput
from kiosk.models import StockMovement
from kiosk.models.plot import Harvest, Planting, TrainingSession
from kiosk.services import plot_beds, plot_harvests, plot_plantings, plot_training
from tests.plot_helpers import seed_catalogue

TODAY = today()


@pytest.fixture
def crops(db):
    return seed_catalogue(db)


@pytest.fixture
def bed(db, staff):
    return plot_beds.add_bed(db, staff, "A1", 0, 25, 500, 100)


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def planting(db, staff, bed, crops):
    return plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id,
                                TODAY - timedelta(days=40)).planting


@pytest.mark.parametrize("quantity, unit, words", [
    ("99999999", None, "at most|too large"),
    ("1234567890123456", None, "at most|too large"),  # was an OverflowError in the stock table
    ("501", None, "at most"),
])
def test_a_harvest_beyond_its_units_bound_is_refused(db, staff, planting, quantity, unit, words,
                                                      english):
    with pytest.raises(InvalidInput, match=words):
        plot_harvests.record_harvest(db, staff, planting.id, quantity, unit=unit)
    assert count(db, Harvest) == 0 and count(db, StockMovement) == 0


def test_a_count_unit_takes_whole_numbers_only(db, staff, bed, crops, english):
    p = plot_plantings.create_planting(db, staff, crops["water_spinach"], bed.id,
                             TODAY - timedelta(days=40), from_cm=0, to_cm=100).planting
    assert plot_harvests.harvest_units(db, p.id)[0][1] == "bunch"
    with pytest.raises(InvalidInput, match="whole numbers"):
        plot_harvests.record_harvest(db, staff, p.id, "12.345")
    with pytest.raises(InvalidInput, match="at most 2,000 bunch"):
        plot_harvests.record_harvest(db, staff, p.id, "2001")
    assert plot_harvests.record_harvest(db, staff, p.id, "12").quantity == 12


def test_a_harvest_cannot_be_dated_in_the_future_or_before_planting(db, staff, planting, english):
    with pytest.raises(InvalidInput, match="future"):
        plot_harvests.record_harvest(db, staff, planting.id, "1", on=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="before the planting"):
        plot_harvests.record_harvest(db, staff, planting.id, "1", on=TODAY - timedelta(days=60))
    assert count(db, Harvest) == 0


@pytest.mark.parametrize("expected", ["0", "-3", "99999999"])
def test_an_expected_yield_is_more_than_zero_and_bounded(db, staff, bed, crops, expected, english):
    with pytest.raises(InvalidInput):
        plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, TODAY, expected_yield=expected)
    assert count(db, Planting) == 0


@pytest.mark.parametrize("years", [-9, 9, -2, 3])
def test_planting_dates_stay_within_a_sensible_window(db, staff, bed, crops, years, english):
    day = TODAY + timedelta(days=365 * years)
    with pytest.raises(InvalidInput, match="Choose a date from"):
        plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, day)
    with pytest.raises(InvalidInput, match="Choose a date from"):
        plot_plantings.plan_planting(db, crops["choy_sum"], bed.id, day)
    assert count(db, Planting) == 0


@pytest.mark.parametrize("topic, trainer, words", [
    ("x" * 500, "พี่แดง", "at most 120"),
    ("ปุ๋ยหมัก", "y" * 81, "at most 80"),
    ("ปุ๋ยหมัก 🌱", "พี่แดง", "cannot show"),
])
def test_training_texts_are_bounded_and_drawable(db, staff, topic, trainer, words, english):
    with pytest.raises(InvalidInput, match=words):
        plot_training.add_training(db, staff, TODAY, topic, trainer)
    assert count(db, TrainingSession) == 0
    assert plot_training.add_training(db, staff, TODAY, "ปุ๋ยหมัก Compost", "พี่แดง")


def test_planting_notes_are_bounded(db, staff, bed, crops, english):
    with pytest.raises(InvalidInput, match="at most 500"):
        plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, TODAY, notes="n" * 501)
    with pytest.raises(InvalidInput, match="cannot show"):
        plot_plantings.create_planting(db, staff, crops["choy_sum"], bed.id, TODAY, notes="😀")
    assert count(db, Planting) == 0
