"""Plantings: their harvest window and default tasks from the crop, their
status, and the space, rotation and season warnings (which never block).

Each public function that writes is one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.dates import format_date, today, utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InternalError, InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Crop, Participant
from kiosk.models.plot import Bed, Harvest, Planting, PlotTask
from kiosk.money import parse_quantity
from kiosk.services import audit, plot_bounds, settings
from kiosk.services.auth import SignedIn
from kiosk.services.plot_bounds import whole_cm
from kiosk.services.plot_changes import require_staff
from kiosk.services.plot_harvests import summed_quantity
from kiosk.services.plant_families import family_label
from kiosk.services.plot_results import PlantingInfo
from kiosk.services.plot_rules import (ENDED_STATUSES, METHODS, SEASONS, STATUSES, Occupancy,
                                       crop_name, default_tasks, harvest_window,
                                       rotation_clashes, season_label, seasons_between,
                                       space_clashes)
from kiosk.topics import Topic


@dataclass(frozen=True, kw_only=True)
class PlotWarning:
    code: str  # overlap, rotation, season
    message: str


@dataclass(frozen=True, kw_only=True)
class PlantingPlan:
    """What a planting would be, before it is saved (for the dialog)."""

    harvest_from: date
    harvest_to: date
    warnings: tuple[PlotWarning, ...]


@dataclass(frozen=True, kw_only=True)
class PlantingResult:
    planting: PlantingInfo
    warnings: tuple[PlotWarning, ...]
    task_count: int


def planting_info(p: Planting, crop: Crop, bed: Bed,
                  harvested: Decimal = Decimal("0.000")) -> PlantingInfo:
    return PlantingInfo(id=p.id, crop_id=crop.id, crop_th=crop.name_th, crop_en=crop.name_en,
                        family=crop.family, colour=crop.colour, bed_id=bed.id,
                        bed_name=bed.name, from_cm=p.from_cm, to_cm=p.to_cm, method=p.method,
                        start_on=p.start_on, harvest_from=p.harvest_from,
                        harvest_to=p.harvest_to, expected_yield=p.expected_yield,
                        yield_unit=p.yield_unit, status=p.status, ended_on=p.ended_on,
                        failed_reason=p.failed_reason, notes=p.notes, harvested=harvested)


def _occupancies(session: Session, bed_id: int, around: date, exclude: int | None) -> list[Occupancy]:
    """Plantings in a bed within a year either side of ``around`` (for clash checks)."""
    low, high = around - timedelta(days=400), around + timedelta(days=400)
    rows = session.execute(
        select(Planting, Crop).join(Crop, Crop.id == Planting.crop_id)
        .where(Planting.bed_id == bed_id, Planting.status != "failed",
               Planting.start_on <= high, Planting.harvest_to >= low))
    return [Occupancy(p.id, p.bed_id, p.from_cm, p.to_cm, p.start_on, p.ended_on or p.harvest_to,
                      c.family, crop_name(c.name_th, c.name_en))
            for p, c in rows if p.id != exclude]


def _warnings(session: Session, crop: Crop, occupancy: Occupancy,
              harvest_from: date) -> tuple[PlotWarning, ...]:
    others = _occupancies(session, occupancy.bed_id, occupancy.start_on, occupancy.planting_id)
    found: list[PlotWarning] = []
    for other in space_clashes(occupancy, others):
        found.append(PlotWarning(code="overlap", message=tr(
            "{crop} already grows in this part of the bed from {start} to {end}.").format(
            crop=other.crop_label, start=format_date(other.start_on), end=format_date(other.end_on))))
    gaps = settings.get(session, "rotation_gap_days") or {}
    for other in rotation_clashes(occupancy, others, gaps):
        found.append(PlotWarning(code="rotation", message=tr(
            "{crop} ({family}) left this bed on {end}: the same family should rest "
            "{days} days.").format(crop=other.crop_label, family=family_label(other.family),
                                   end=format_date(other.end_on), days=gaps.get(crop.family))))
    boundaries = settings.get(session, "season_boundaries")
    poor = {s for s in (crop.poor_seasons or "").split(";") if s}
    for season in SEASONS:
        if season in poor and season in seasons_between(occupancy.start_on, harvest_from, boundaries):
            found.append(PlotWarning(code="season", message=tr(
                "{crop} does poorly in the {season}.").format(
                crop=crop_name(crop.name_th, crop.name_en), season=season_label(season))))
    return tuple(found)


def _resolve(session: Session, crop_id: int, bed_id: int) -> tuple[Crop, Bed]:
    crop = session.get(Crop, crop_id) if crop_id else None
    if crop is None:
        raise InvalidInput(tr("Please choose a crop."))
    bed = session.get(Bed, bed_id) if bed_id else None
    if bed is None or bed.archived:
        raise InvalidInput(tr("This bed does not exist."))
    return crop, bed


def _dates(crop: Crop, start_on: date, harvest_from: date | None,
           harvest_to: date | None) -> tuple[date, date]:
    if not isinstance(start_on, date):
        raise InvalidInput(tr("Please choose the sowing or planting date."))
    plot_bounds.check_planting_date(start_on)
    auto_from, auto_to = harvest_window(start_on, crop.days_to_first_harvest,
                                        crop.harvest_window_days)
    first = harvest_from or auto_from
    last = harvest_to or (auto_to if harvest_from is None
                          else first + (auto_to - auto_from))
    if first <= start_on:
        raise InvalidInput(tr("The harvest must come after sowing or planting."))
    if last < first:
        raise InvalidInput(tr("The last harvest day cannot be before the first."))
    return first, last


def _part(bed: Bed, from_cm: object, to_cm: object) -> tuple[int, int]:
    long_cm = max(bed.length_cm, bed.width_cm)
    start = 0 if from_cm in (None, "") else whole_cm(from_cm, tr("Part of the bed"))
    end = long_cm if to_cm in (None, "") else whole_cm(to_cm, tr("Part of the bed"))
    if start < 0 or end > long_cm or end <= start:
        raise InvalidInput(tr("The part of the bed must lie within its {cm} cm.").format(cm=long_cm))
    return start, end


def plan_planting(db: Database, crop_id: int, bed_id: int, start_on: date,
                  from_cm: object = None, to_cm: object = None,
                  harvest_from: date | None = None, harvest_to: date | None = None,
                  planting_id: int | None = None) -> PlantingPlan:
    """The harvest window and warnings a planting would get; writes nothing."""
    with db.reading() as session:
        crop, bed = _resolve(session, crop_id, bed_id)
        first, last = _dates(crop, start_on, harvest_from, harvest_to)
        start, end = _part(bed, from_cm, to_cm)
        occupancy = Occupancy(planting_id, bed.id, start, end, start_on, last, crop.family, "")
        return PlantingPlan(harvest_from=first, harvest_to=last,
                            warnings=_warnings(session, crop, occupancy, first))


def create_planting(db: Database, who: SignedIn, crop_id: int, bed_id: int, start_on: date, *,
                    from_cm: object = None, to_cm: object = None, method: str | None = None,
                    harvest_from: date | None = None, harvest_to: date | None = None,
                    expected_yield: object = None, yield_unit: str | None = None,
                    notes: str = "", assignee_id: int | None = None,
                    with_tasks: bool = True) -> PlantingResult:
    """Plan a planting: harvest window from the crop (or given), default tasks, warnings."""
    require_staff(who)
    with db.unit_of_work() as session:
        crop, bed = _resolve(session, crop_id, bed_id)
        first, last = _dates(crop, start_on, harvest_from, harvest_to)
        start, end = _part(bed, from_cm, to_cm)
        chosen_method = method or ("sow" if crop.start_from == "seed" else "transplant")
        if chosen_method not in METHODS:
            raise InternalError(f"unknown way of planting {chosen_method!r}")
        expected = None
        if expected_yield not in (None, ""):
            expected = plot_bounds.check_quantity(
                parse_quantity(str(expected_yield)), yield_unit or crop.sale_unit,
                whole_planting=True)
        notes = plot_bounds.check_text(notes, "notes", tr("note"))
        if assignee_id is not None and session.get(Participant, assignee_id) is None:
            raise InvalidInput(tr("This participant does not exist."))
        occupancy = Occupancy(None, bed.id, start, end, start_on, last, crop.family, "")
        warnings = _warnings(session, crop, occupancy, first)
        planting = Planting(crop_id=crop.id, bed_id=bed.id, from_cm=start, to_cm=end,
                            method=chosen_method, start_on=start_on, harvest_from=first,
                            harvest_to=last, expected_yield=expected,
                            yield_unit=yield_unit or crop.sale_unit, status="planned",
                            ended_on=None, failed_reason="", notes=notes.strip(),
                            created_at=utc_now(), created_by_id=who.operator_id)
        session.add(planting)
        session.flush()
        count = 0
        if with_tasks:
            boundaries = settings.get(session, "season_boundaries")
            for task in default_tasks(chosen_method, start_on, first, last, boundaries):
                session.add(PlotTask(kind=task.kind, due_on=task.due_on, planting_id=planting.id,
                                     bed_id=bed.id, note="", assignee_id=assignee_id))
                count += 1
        audit.record(session, "plot_planting_add", who.operator_id, f"planting:{planting.id}",
                     crop=crop.code, bed=bed.name, start=start_on.isoformat(),
                     warnings=[w.code for w in warnings])
        mark_changed(session, Topic.PLOT)
        return PlantingResult(planting=planting_info(planting, crop, bed), warnings=warnings,
                              task_count=count)


def reschedule_planting(db: Database, who: SignedIn, planting_id: int, start_on: date,
                        harvest_from: date | None = None,
                        harvest_to: date | None = None) -> PlantingResult:
    """Move a planting's dates; its open tasks move by the same number of days."""
    require_staff(who)
    with db.unit_of_work() as session:
        planting = session.get(Planting, planting_id)
        if planting is None:
            raise NotFound(tr("This planting does not exist."))
        crop, bed = _resolve(session, planting.crop_id, planting.bed_id)
        first, last = _dates(crop, start_on, harvest_from, harvest_to)
        shift = start_on - planting.start_on
        planting.start_on, planting.harvest_from, planting.harvest_to = start_on, first, last
        if shift:
            for task in session.scalars(select(PlotTask).where(
                    PlotTask.planting_id == planting.id, PlotTask.done_at.is_(None))):
                task.due_on = task.due_on + shift
        occupancy = Occupancy(planting.id, bed.id, planting.from_cm, planting.to_cm, start_on,
                              planting.ended_on or last, crop.family, "")
        warnings = _warnings(session, crop, occupancy, first)
        audit.record(session, "plot_planting_change", who.operator_id, f"planting:{planting.id}",
                     start=start_on.isoformat(), harvest=[first.isoformat(), last.isoformat()])
        mark_changed(session, Topic.PLOT)
        return PlantingResult(planting=planting_info(planting, crop, bed), warnings=warnings,
                              task_count=0)


def set_planting_status(db: Database, who: SignedIn, planting_id: int, status: str,
                        reason: str = "", on: date | None = None) -> PlantingInfo:
    """Move a planting along (sown, growing, harvesting, done) or mark it failed."""
    require_staff(who)
    if status not in STATUSES:
        raise InternalError(f"unknown planting status {status!r}")
    if status == "failed" and not reason.strip():
        raise InvalidInput(tr("Please say why the planting failed."))
    reason = plot_bounds.check_text(reason, "reason", tr("reason"))
    with db.unit_of_work() as session:
        planting = session.get(Planting, planting_id)
        if planting is None:
            raise NotFound(tr("This planting does not exist."))
        crop, bed = session.get(Crop, planting.crop_id), session.get(Bed, planting.bed_id)
        planting.status = status
        planting.failed_reason = reason.strip() if status == "failed" else ""
        planting.ended_on = (on or today()) if status in ENDED_STATUSES else None
        if status in ENDED_STATUSES:
            # nothing left to do for it
            session.execute(delete(PlotTask).where(
                PlotTask.planting_id == planting.id, PlotTask.done_at.is_(None),
                PlotTask.due_on > planting.ended_on))
        audit.record(session, "plot_planting_status", who.operator_id, f"planting:{planting.id}",
                     status=status, reason=reason.strip())
        mark_changed(session, Topic.PLOT)
        return planting_info(planting, crop, bed)


def planting_warnings(db: Database, planting_id: int) -> tuple[PlotWarning, ...]:
    with db.reading() as session:
        planting = session.get(Planting, planting_id)
        if planting is None:
            raise NotFound(tr("This planting does not exist."))
        crop = session.get(Crop, planting.crop_id)
        occupancy = Occupancy(planting.id, planting.bed_id, planting.from_cm, planting.to_cm,
                              planting.start_on, planting.ended_on or planting.harvest_to,
                              crop.family, "")
        return _warnings(session, crop, occupancy, planting.harvest_from)


def get_planting(db: Database, planting_id: int) -> PlantingInfo:
    with db.reading() as session:
        row = session.execute(
            select(Planting, Crop, Bed).join(Crop, Crop.id == Planting.crop_id)
            .join(Bed, Bed.id == Planting.bed_id).where(Planting.id == planting_id)).first()
        if row is None:
            raise NotFound(tr("This planting does not exist."))
        harvested = session.scalar(select(func.sum(Harvest.quantity)).where(
            Harvest.planting_id == planting_id))
        return planting_info(*row, harvested=summed_quantity(harvested))
