"""Read models for the plot screens and the weekly schedule: Today, map, month,
week, timeline and a bed's history. Each reads in one short session and
returns frozen dataclasses; queries are bounded by date so years of history
do not slow them down.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from kiosk.db import Database
from kiosk.models import Crop, Operator, Participant
from kiosk.models.plot import Bed, Harvest, Planting, PlotTask
from kiosk.names import short_name
from kiosk.services.plot_beds import bed_info
from kiosk.services.plot_harvests import summed_quantity
from kiosk.services.plot_plantings import planting_info
from kiosk.services.plot_training import trainings_in
from kiosk.services.plot_results import (DayEvents, MapBed, MapData, MapPlanting, MonthData,
                                         PlantingInfo, ReadyPlanting, ScheduleData, TaskInfo,
                                         TimelineRow, TodayData, TrainingInfo, WeekDay)
from kiosk.services.plot_rules import ENDED_STATUSES, PLOT_LENGTH_CM, PLOT_WIDTH_CM, TASK_KINDS


@dataclass(frozen=True)
class PlotFilter:
    """What the staff narrowed the views to (None: everything)."""

    bed_id: int | None = None
    crop_id: int | None = None
    participant_id: int | None = None


NO_FILTER = PlotFilter()


# -- helpers --------------------------------------------------------------------------
def _task_query(first: date, last: date, flt: PlotFilter):
    done_by = aliased(Operator)
    query = (select(PlotTask, Bed.name, Crop.name_th, Crop.name_en, Crop.family,
                    Participant.nickname, Participant.name_th, done_by.name)
             .outerjoin(Planting, Planting.id == PlotTask.planting_id)
             .outerjoin(Crop, Crop.id == Planting.crop_id)
             .outerjoin(Bed, Bed.id == PlotTask.bed_id)
             .outerjoin(Participant, Participant.id == PlotTask.assignee_id)
             .outerjoin(done_by, done_by.id == PlotTask.done_by_id)
             .where(PlotTask.due_on.between(first, last)))
    return _filter_tasks(query, flt)


def _filter_tasks(query, flt: PlotFilter):
    if flt.bed_id is not None:
        query = query.where(PlotTask.bed_id == flt.bed_id)
    if flt.crop_id is not None:
        query = query.where(Planting.crop_id == flt.crop_id)
    if flt.participant_id is not None:
        query = query.where(PlotTask.assignee_id == flt.participant_id)
    return query


def _task_info(row) -> TaskInfo:
    task, bed_name, crop_th, crop_en, family, nick, pname, done_by = row
    return TaskInfo(task.id, task.kind, task.due_on, task.planting_id, task.bed_id,
                    bed_name or "", crop_th or "", crop_en or "", family or "", task.note,
                    task.assignee_id, short_name(pname or "", nick), task.done_at, done_by or "")


def _task_order(task: TaskInfo) -> tuple:
    return (task.due_on, task.bed_name, TASK_KINDS.index(task.kind) if task.kind in TASK_KINDS
            else 99, task.id)


def _plantings(session: Session, first: date, last: date, flt: PlotFilter,
               active_only: bool = False) -> list[PlantingInfo]:
    """Plantings whose time on the bed touches first..last."""
    query = (select(Planting, Crop, Bed).join(Crop, Crop.id == Planting.crop_id)
             .join(Bed, Bed.id == Planting.bed_id)
             .where(Planting.start_on <= last,
                    func.coalesce(Planting.ended_on, Planting.harvest_to) >= first))
    if active_only:
        query = query.where(Planting.status.not_in(ENDED_STATUSES))
    if flt.bed_id is not None:
        query = query.where(Planting.bed_id == flt.bed_id)
    if flt.crop_id is not None:
        query = query.where(Planting.crop_id == flt.crop_id)
    if flt.participant_id is not None:
        query = query.where(Planting.id.in_(select(PlotTask.planting_id).where(
            PlotTask.assignee_id == flt.participant_id)))
    query = query.order_by(Bed.sort_order, Planting.from_cm, Planting.start_on)
    return [planting_info(p, c, b) for p, c, b in session.execute(query)]


def _harvested(session: Session, planting_ids: list[int]) -> dict[int, Decimal]:
    if not planting_ids:
        return {}
    return {pid: summed_quantity(total) for pid, total in session.execute(
        select(Harvest.planting_id, func.sum(Harvest.quantity))
        .where(Harvest.planting_id.in_(planting_ids)).group_by(Harvest.planting_id))}


def month_grid(year: int, month: int) -> tuple[tuple[date, ...], ...]:
    """Six Monday-first weeks covering the month."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return tuple(tuple(start + timedelta(days=7 * w + d) for d in range(7)) for w in range(6))


# -- views ------------------------------------------------------------------------------
def today_view(db: Database, day: date, flt: PlotFilter = NO_FILTER,
               overdue_days: int = 7) -> TodayData:
    """What to harvest, water and do today (and what was left undone this week)."""
    with db.reading() as session:
        rows = [_task_info(r) for r in session.execute(
            _task_query(day - timedelta(days=overdue_days), day, flt)
            .where(or_(PlotTask.due_on == day, PlotTask.done_at.is_(None))))]
        rows.sort(key=_task_order)
        # a missed watering is not worth doing tomorrow; other tasks stay until done
        water = tuple(t for t in rows if t.kind == "water" and t.due_on == day)
        tasks = tuple(t for t in rows if t.kind != "water")
        ready = _plantings(session, day, day, flt, active_only=True)
        ready = [p for p in ready if p.harvest_from <= day <= p.harvest_to]
        totals = _harvested(session, [p.id for p in ready])
        harvest = tuple(
            ReadyPlanting(replace(p, harvested=totals.get(p.id, p.harvested)),
                          (p.harvest_to - day).days)
            for p in ready)
        return TodayData(day, harvest, water, tasks, tuple(trainings_in(session, day, day)))


def _day_events(session: Session, first: date, last: date,
                flt: PlotFilter) -> dict[date, DayEvents]:
    sown: dict[date, list[PlantingInfo]] = defaultdict(list)
    starts: dict[date, list[PlantingInfo]] = defaultdict(list)
    ends: dict[date, list[PlantingInfo]] = defaultdict(list)
    query = (select(Planting, Crop, Bed).join(Crop, Crop.id == Planting.crop_id)
             .join(Bed, Bed.id == Planting.bed_id)
             .where(or_(Planting.start_on.between(first, last),
                        Planting.harvest_from.between(first, last),
                        Planting.harvest_to.between(first, last))))
    if flt.bed_id is not None:
        query = query.where(Planting.bed_id == flt.bed_id)
    if flt.crop_id is not None:
        query = query.where(Planting.crop_id == flt.crop_id)
    for p, c, b in session.execute(query.order_by(Bed.sort_order, Planting.from_cm)):
        info = planting_info(p, c, b)
        if first <= p.start_on <= last:
            sown[p.start_on].append(info)
        if first <= p.harvest_from <= last and p.status != "failed":
            starts[p.harvest_from].append(info)
        if first <= p.harvest_to <= last and p.status != "failed" and p.harvest_to != p.harvest_from:
            ends[p.harvest_to].append(info)
    counts: dict[date, list[tuple[str, int, int]]] = defaultdict(list)
    count_query = (select(PlotTask.due_on, PlotTask.kind, func.count(),
                          func.count(PlotTask.done_at))
                   .where(PlotTask.due_on.between(first, last)))
    if flt.crop_id is not None:
        count_query = count_query.join(Planting, Planting.id == PlotTask.planting_id)
    count_query = _filter_tasks(count_query, flt).group_by(PlotTask.due_on, PlotTask.kind)
    for due, kind, total, done in session.execute(count_query):
        counts[due].append((kind, total, done))
    training: dict[date, list[TrainingInfo]] = defaultdict(list)
    if flt.bed_id is None and flt.crop_id is None:
        for t in trainings_in(session, first, last):
            if flt.participant_id is None or flt.participant_id in t.attendee_ids:
                training[t.held_on].append(t)
    result = {}
    for day in set(sown) | set(starts) | set(ends) | set(counts) | set(training):
        kinds = sorted(counts.get(day, []), key=lambda k: TASK_KINDS.index(k[0])
                       if k[0] in TASK_KINDS else 99)
        result[day] = DayEvents(tuple(sown.get(day, ())), tuple(starts.get(day, ())),
                                tuple(ends.get(day, ())), tuple(kinds),
                                tuple(training.get(day, ())))
    return result


def month_view(db: Database, year: int, month: int, flt: PlotFilter = NO_FILTER) -> MonthData:
    weeks = month_grid(year, month)
    with db.reading() as session:
        days = _day_events(session, weeks[0][0], weeks[-1][-1], flt)
    return MonthData(year, month, weeks, days)


def week_view(db: Database, monday: date, flt: PlotFilter = NO_FILTER) -> list[WeekDay]:
    """Seven days from ``monday``: events and every task."""
    last = monday + timedelta(days=6)
    with db.reading() as session:
        events = _day_events(session, monday, last, flt)
        by_day: dict[date, list[TaskInfo]] = defaultdict(list)
        for row in session.execute(_task_query(monday, last, flt)):
            task = _task_info(row)
            by_day[task.due_on].append(task)
    days = [monday + timedelta(days=i) for i in range(7)]
    return [WeekDay(d, events.get(d, DayEvents()), tuple(sorted(by_day[d], key=_task_order)))
            for d in days]


def plot_map(db: Database, day: date, include_archived: bool = False) -> MapData:
    """Beds to scale with what grows in them on ``day``."""
    with db.reading() as session:
        query = select(Bed).order_by(Bed.sort_order, Bed.name)
        if not include_archived:
            query = query.where(Bed.archived.is_(False))
        beds = session.scalars(query).all()
        growing: dict[int, list[MapPlanting]] = defaultdict(list)
        for p, c in session.execute(
                select(Planting, Crop).join(Crop, Crop.id == Planting.crop_id)
                .where(Planting.start_on <= day,
                       func.coalesce(Planting.ended_on, Planting.harvest_to) >= day,
                       Planting.status != "failed")
                .order_by(Planting.from_cm)):
            growing[p.bed_id].append(MapPlanting(p.id, c.name_th, c.name_en, c.colour, p.from_cm,
                                                 p.to_cm, p.status, (p.harvest_from - day).days))
        return MapData(day, PLOT_LENGTH_CM, PLOT_WIDTH_CM,
                       tuple(MapBed(bed_info(b), tuple(growing.get(b.id, ()))) for b in beds))


def timeline(db: Database, first: date, last: date, flt: PlotFilter = NO_FILTER) -> list[TimelineRow]:
    """Per bed, the plantings touching first..last (a Gantt chart's rows)."""
    with db.reading() as session:
        beds = [bed_info(b) for b in session.scalars(
            select(Bed).where(Bed.archived.is_(False)).order_by(Bed.sort_order, Bed.name))]
        plantings = _plantings(session, first, last, flt)
    by_bed: dict[int, list[PlantingInfo]] = defaultdict(list)
    for p in plantings:
        by_bed[p.bed_id].append(p)
    return [TimelineRow(b, tuple(sorted(by_bed[b.id], key=lambda p: p.start_on)))
            for b in beds if flt.bed_id is None or b.id == flt.bed_id]


def planting_span(db: Database) -> tuple[date, date] | None:
    """The first sowing and the last harvest day of all plantings (None: there are none)."""
    with db.reading() as session:
        first, last = session.execute(select(func.min(Planting.start_on), func.max(
            func.coalesce(Planting.ended_on, Planting.harvest_to)))).one()
    return (first, last) if first is not None else None


def bed_history(db: Database, bed_id: int) -> list[PlantingInfo]:
    """Everything ever planted in a bed, newest first, with what it yielded."""
    with db.reading() as session:
        rows = session.execute(
            select(Planting, Crop, Bed).join(Crop, Crop.id == Planting.crop_id)
            .join(Bed, Bed.id == Planting.bed_id).where(Planting.bed_id == bed_id)
            .order_by(Planting.start_on.desc())).all()
        totals = _harvested(session, [p.id for p, _, _ in rows])
        return [planting_info(p, c, b, totals.get(p.id, Decimal("0.000"))) for p, c, b in rows]


def tasks_between(db: Database, first: date, last: date,
                  flt: PlotFilter = NO_FILTER) -> list[TaskInfo]:
    with db.reading() as session:
        return sorted((_task_info(r) for r in session.execute(_task_query(first, last, flt))),
                      key=_task_order)


def month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def weekly_schedule(db: Database, monday: date, flt: PlotFilter = NO_FILTER) -> ScheduleData:
    from kiosk.services import settings
    days = week_view(db, monday, flt)
    sunday = monday + timedelta(days=6)
    with db.reading() as session:
        stall = settings.get(session, "stall_name")
        ready = [p for p in _plantings(session, monday, sunday, flt, active_only=True)
                 if p.harvest_from <= sunday and p.harvest_to >= monday]
    return ScheduleData(monday, stall, plot_map(db, monday), tuple(days),
                        tuple(ReadyPlanting(p, (p.harvest_to - monday).days) for p in ready))
