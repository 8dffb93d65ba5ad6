"""The plot calendar: beds, crops, plantings, tasks, training and harvests.

Each public function that writes is one unit of work. Plantings get their
harvest window and tasks from the crop; clashes in space, rotation and
season come back as warnings and never block. A harvest becomes stock in
the same unit of work. Read models for the screens live in plot_views.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from kiosk.dates import format_date, today, utc_now
from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotAllowed, NotFound
from kiosk.i18n import QT_TRANSLATE_NOOP, tr
from kiosk.models import Crop, Participant, Product, StockMovement
from kiosk.models.plot import (Bed, Harvest, Planting, PlotTask, TrainingAttendance,
                               TrainingSession)
from kiosk.money import parse_quantity
from kiosk.money import quantity as to_quantity
from kiosk.names import display_name, short_name
from kiosk.services import audit, plot_bounds, settings, stock
from kiosk.services.auth import SignedIn
from kiosk.services.checks import invariant
from kiosk.services.plot_rules import (ENDED_STATUSES, METHODS, PLOT_LENGTH_CM, PLOT_WIDTH_CM,
                                       SEASONS, STATUSES, TASK_KINDS, Occupancy, crop_name,
                                       default_tasks, harvest_window,
                                       rotation_clashes, season_label, seasons_between,
                                       space_clashes, spans_overlap)

TOPIC = "plot"


# -- results ------------------------------------------------------------------------
@dataclass(frozen=True)
class BedInfo:
    id: int
    name: str
    kind: str
    x_cm: int
    y_cm: int
    length_cm: int
    width_cm: int
    archived: bool

    @property
    def long_cm(self) -> int:
        """The bed's long side: plantings take a part of it."""
        return max(self.length_cm, self.width_cm)


@dataclass(frozen=True)
class CropInfo:
    id: int
    code: str
    name_th: str
    name_en: str
    family: str
    start_from: str
    days_to_first_harvest: int
    harvest_window_days: int
    spacing_cm: str
    sale_unit: str
    alt_unit: str
    poor_seasons: tuple[str, ...]
    colour: str
    notes: str

    @property
    def name(self) -> str:
        return crop_name(self.name_th, self.name_en)

    @property
    def default_method(self) -> str:
        return "sow" if self.start_from == "seed" else "transplant"


@dataclass(frozen=True)
class PlantingInfo:
    id: int
    crop_id: int
    crop_th: str
    crop_en: str
    family: str
    colour: str
    bed_id: int
    bed_name: str
    from_cm: int
    to_cm: int
    method: str
    start_on: date
    harvest_from: date
    harvest_to: date
    expected_yield: Decimal | None
    yield_unit: str
    status: str
    ended_on: date | None
    failed_reason: str
    notes: str
    harvested: Decimal = Decimal("0.000")

    @property
    def crop_name(self) -> str:
        return crop_name(self.crop_th, self.crop_en)

    @property
    def end_on(self) -> date:
        """The last day the planting occupies its bed."""
        return self.ended_on or self.harvest_to


@dataclass(frozen=True)
class PlotWarning:
    code: str  # overlap, rotation, season
    message: str


@dataclass(frozen=True)
class PlantingPlan:
    """What a planting would be, before it is saved (for the dialog)."""

    harvest_from: date
    harvest_to: date
    warnings: tuple[PlotWarning, ...]


@dataclass(frozen=True)
class PlantingResult:
    planting: PlantingInfo
    warnings: tuple[PlotWarning, ...]
    task_count: int


@dataclass(frozen=True)
class HarvestInfo:
    id: int
    planting_id: int
    product_id: int
    quantity: Decimal
    unit: str
    harvested_on: date
    stock_level: Decimal


@dataclass(frozen=True)
class TrainingInfo:
    id: int
    held_on: date
    topic: str
    trainer: str
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str


# -- helpers -------------------------------------------------------------------------
def _require_staff(who: SignedIn) -> None:
    if not who.is_staff:
        raise NotAllowed(tr("Only staff can change the plot plan."))


def _bed_info(bed: Bed) -> BedInfo:
    return BedInfo(bed.id, bed.name, bed.kind, bed.x_cm, bed.y_cm, bed.length_cm,
                   bed.width_cm, bed.archived)


def crop_info(crop: Crop) -> CropInfo:
    seasons = tuple(s for s in (crop.poor_seasons or "").split(";") if s)
    return CropInfo(crop.id, crop.code, crop.name_th, crop.name_en, crop.family,
                    crop.start_from, crop.days_to_first_harvest, crop.harvest_window_days,
                    crop.spacing_cm, crop.sale_unit, crop.alt_unit, seasons, crop.colour,
                    crop.notes)


def planting_info(p: Planting, crop: Crop, bed: Bed,
                  harvested: Decimal = Decimal("0.000")) -> PlantingInfo:
    return PlantingInfo(p.id, crop.id, crop.name_th, crop.name_en, crop.family, crop.colour,
                        bed.id, bed.name, p.from_cm, p.to_cm, p.method, p.start_on,
                        p.harvest_from, p.harvest_to, p.expected_yield, p.yield_unit, p.status,
                        p.ended_on, p.failed_reason, p.notes, harvested)


def _int_cm(value: object, what: str) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise InvalidInput(tr("{what} must be a whole number of centimetres.").format(
            what=what)) from exc
    return number


# -- beds ------------------------------------------------------------------------------
def list_beds(db: Database, include_archived: bool = False) -> list[BedInfo]:
    with db.reading() as session:
        query = select(Bed).order_by(Bed.sort_order, Bed.name)
        if not include_archived:
            query = query.where(Bed.archived.is_(False))
        return [_bed_info(b) for b in session.scalars(query)]


def _validate_bed(session: Session, name: str, x: int, y: int, length: int, width: int,
                  bed_id: int | None = None) -> None:
    if not name.strip():
        raise InvalidInput(tr("Please give the bed a name."))
    if length <= 0 or width <= 0:
        raise InvalidInput(tr("A bed must be longer and wider than 0 cm."))
    if x < 0 or y < 0 or x + length > PLOT_LENGTH_CM or y + width > PLOT_WIDTH_CM:
        raise InvalidInput(tr("The bed must stay inside the plot ({length} x {width} cm).").format(
            length=PLOT_LENGTH_CM, width=PLOT_WIDTH_CM))
    for other in session.scalars(select(Bed).where(Bed.archived.is_(False))):
        if other.id == bed_id:
            continue
        if (spans_overlap(x, x + length, other.x_cm, other.x_cm + other.length_cm)
                and spans_overlap(y, y + width, other.y_cm, other.y_cm + other.width_cm)):
            raise InvalidInput(tr("The bed would overlap bed {name}.").format(name=other.name))
        if other.name == name.strip():
            raise InvalidInput(tr("There is already a bed called {name}.").format(name=name))


def add_bed(db: Database, who: SignedIn, name: str, x_cm: object, y_cm: object,
            length_cm: object, width_cm: object, kind: str = "bed") -> BedInfo:
    _require_staff(who)
    x, y = _int_cm(x_cm, tr("Position")), _int_cm(y_cm, tr("Position"))
    length, width = _int_cm(length_cm, tr("Length")), _int_cm(width_cm, tr("Width"))
    with db.unit_of_work() as session:
        _validate_bed(session, name, x, y, length, width)
        order = session.scalar(select(func.coalesce(func.max(Bed.sort_order), 0))) or 0
        bed = Bed(name=name.strip(), kind=kind if kind in ("bed", "nursery") else "bed",
                  x_cm=x, y_cm=y, length_cm=length, width_cm=width, archived=False,
                  sort_order=order + 1, notes="")
        session.add(bed)
        session.flush()
        audit.record(session, "plot_bed_add", who.operator_id, bed.name,
                     x=x, y=y, length=length, width=width)
        mark_changed(session, TOPIC)
        return _bed_info(bed)


def update_bed(db: Database, who: SignedIn, bed_id: int, *, name: str | None = None,
               x_cm: object = None, y_cm: object = None, length_cm: object = None,
               width_cm: object = None) -> BedInfo:
    """Move, resize or rename a bed (by dragging or by typing sizes)."""
    _require_staff(who)
    with db.unit_of_work() as session:
        bed = session.get(Bed, bed_id)
        if bed is None or bed.archived:
            raise NotFound(tr("This bed does not exist."))
        new_name = bed.name if name is None else name.strip()
        x = bed.x_cm if x_cm is None else _int_cm(x_cm, tr("Position"))
        y = bed.y_cm if y_cm is None else _int_cm(y_cm, tr("Position"))
        length = bed.length_cm if length_cm is None else _int_cm(length_cm, tr("Length"))
        width = bed.width_cm if width_cm is None else _int_cm(width_cm, tr("Width"))
        _validate_bed(session, new_name, x, y, length, width, bed_id=bed.id)
        new_long = max(length, width)
        longest_use = session.scalar(select(func.max(Planting.to_cm)).where(
            Planting.bed_id == bed.id, Planting.status.not_in(ENDED_STATUSES))) or 0
        if longest_use > new_long:
            raise InvalidInput(tr("Plantings use {cm} cm of this bed; it cannot be shorter.").format(
                cm=longest_use))
        old = (bed.x_cm, bed.y_cm, bed.length_cm, bed.width_cm)
        bed.name, bed.x_cm, bed.y_cm, bed.length_cm, bed.width_cm = new_name, x, y, length, width
        audit.record(session, "plot_bed_change", who.operator_id, bed.name,
                     old=list(old), new=[x, y, length, width])
        mark_changed(session, TOPIC)
        return _bed_info(bed)


def archive_bed(db: Database, who: SignedIn, bed_id: int) -> None:
    """Take a bed off the map; its history stays."""
    _require_staff(who)
    with db.unit_of_work() as session:
        bed = session.get(Bed, bed_id)
        if bed is None:
            raise NotFound(tr("This bed does not exist."))
        bed.archived = True
        audit.record(session, "plot_bed_archive", who.operator_id, bed.name)
        mark_changed(session, TOPIC)


def delete_bed(db: Database, who: SignedIn, bed_id: int) -> None:
    """Delete a bed that never had anything in it; otherwise refuse (archive it)."""
    _require_staff(who)
    with db.unit_of_work() as session:
        bed = session.get(Bed, bed_id)
        if bed is None:
            raise NotFound(tr("This bed does not exist."))
        used = session.scalar(select(func.count()).select_from(Planting)
                              .where(Planting.bed_id == bed_id))
        tasks = session.scalar(select(func.count()).select_from(PlotTask)
                               .where(PlotTask.bed_id == bed_id))
        if used or tasks:
            raise InvalidInput(tr("Bed {name} has plantings and cannot be deleted. "
                                  "Archive it instead.").format(name=bed.name))
        session.delete(bed)
        audit.record(session, "plot_bed_delete", who.operator_id, bed.name)
        mark_changed(session, TOPIC)


# -- crops -----------------------------------------------------------------------------
def list_crops(db: Database) -> list[CropInfo]:
    with db.reading() as session:
        return [crop_info(c) for c in session.scalars(select(Crop).order_by(Crop.name_th))]


START_FROM = ("seed", "seedling", "bulb", "cutting")
SALE_UNITS = ("kg", "bunch", "bundle", "piece", "pack", "100g")
BROADCAST = "broadcast"  # seed scattered over the bed, no rows
_HEX = "0123456789abcdefABCDEF"


@dataclass(frozen=True)
class ProductLink:
    """A sale product and the crop it comes from (for the crop form)."""

    id: int
    name: str
    unit: str
    crop_id: int | None


def sale_products(db: Database) -> list[ProductLink]:
    """Active sale products, with the crop each is linked to."""
    with db.reading() as session:
        rows = session.execute(select(Product.id, Product.name_th, Product.name_en, Product.unit,
                                      Product.crop_id).where(Product.active.is_(True))
                               .order_by(Product.sort_order, Product.id))
        return [ProductLink(i, crop_name(th, en), unit, crop) for i, th, en, unit, crop in rows]


def _crop_changes(values: dict[str, object], creating: bool) -> dict[str, object]:
    """Check what staff typed for a crop; column -> value. Raises before anything is written."""

    def days(value: object) -> int:
        try:
            number = int(str(value).strip())
        except ValueError as exc:
            raise InvalidInput(tr("Days must be a whole number.")) from exc
        if number < 1 or number > 730:
            raise InvalidInput(tr("Days must be between {low} and 730.").format(low=1))
        return number

    changes: dict[str, object] = {}
    for key in ("name_th", "name_en", "family"):
        value = values.get(key)
        if value is None and not creating:
            continue
        text = " ".join(str(value or "").split())
        if not text:
            raise InvalidInput({"name_th": tr("Please enter the Thai name."),
                                "name_en": tr("Please enter the English name."),
                                "family": tr("Please enter the plant family.")}[key])
        if len(text) > (60 if key == "family" else 80):
            raise InvalidInput(tr("That name is too long."))
        changes[key] = text
    for key in ("days_to_first_harvest", "harvest_window_days"):
        if values.get(key) is not None or creating:
            changes[key] = days(values.get(key) if values.get(key) is not None else "")
    if values.get("start_from") is not None or creating:
        if values.get("start_from") not in START_FROM:
            raise InvalidInput(tr("Please choose how the crop is started."))
        changes["start_from"] = values["start_from"]
    if values.get("sale_unit") is not None or creating:
        if values.get("sale_unit") not in SALE_UNITS:
            raise InvalidInput(tr("Please choose the sale unit."))
        changes["sale_unit"] = values["sale_unit"]
    if values.get("spacing_cm") is not None or creating:
        spacing = str(values.get("spacing_cm") or "").strip().lower().replace(" ", "")
        spacing = spacing.replace("×", "x").removesuffix("cm")
        parts = spacing.split("x") if spacing and spacing != BROADCAST else []
        if parts and (len(parts) > 2 or not all(p.isdigit() and 0 < int(p) <= 500
                                                  for p in parts)):
            raise InvalidInput(tr("Spacing is written in cm like 20 or 20x30."))
        changes["spacing_cm"] = spacing
    poor = values.get("poor_seasons")
    if poor is not None or creating:
        given = set(poor or ())
        if given - set(SEASONS):
            raise InvalidInput(tr("Unknown season."))
        changes["poor_seasons"] = ";".join(s for s in SEASONS if s in given)
    colour = values.get("colour")
    if colour is not None or creating:
        colour = str(colour or "").strip()
        if not (len(colour) == 7 and colour.startswith("#") and all(c in _HEX for c in colour[1:])):
            raise InvalidInput(tr("A colour is written like #4caf50."))
        changes["colour"] = colour.lower()
    return changes


def _link_products(session: Session, crop: Crop, product_ids: Iterable[int] | None) -> list[int]:
    """Link exactly these products to the crop (others linked to it are unlinked)."""
    if product_ids is None:
        return []
    wanted = set(product_ids)
    found = {p.id: p for p in session.scalars(select(Product).where(
        or_(Product.id.in_(wanted), Product.crop_id == crop.id)))}
    if wanted - set(found):
        raise InvalidInput(tr("This sale product does not exist."))
    for product in found.values():
        product.crop_id = crop.id if product.id in wanted else None
    return sorted(wanted)


def create_crop(db: Database, who: SignedIn, *, name_th: str, name_en: str, family: str,
                start_from: str, days_to_first_harvest: object, harvest_window_days: object,
                sale_unit: str, spacing_cm: str = "", poor_seasons: Iterable[str] = (),
                colour: str = "#4caf50", product_ids: Iterable[int] | None = None) -> CropInfo:
    """Add a crop to the catalogue (staff)."""
    _require_staff(who)
    changes = _crop_changes(dict(name_th=name_th, name_en=name_en, family=family,
                                 start_from=start_from, days_to_first_harvest=days_to_first_harvest,
                                 harvest_window_days=harvest_window_days, sale_unit=sale_unit,
                                 spacing_cm=spacing_cm, poor_seasons=tuple(poor_seasons),
                                 colour=colour), creating=True)
    with db.unit_of_work() as session:
        taken = set(session.scalars(select(Crop.code)))
        names = {n.casefold() for row in session.execute(select(Crop.name_th, Crop.name_en))
                 for n in row}
        if changes["name_th"].casefold() in names or changes["name_en"].casefold() in names:
            raise InvalidInput(tr("There is already a crop with that name."))
        base = "_".join("".join(c if c.isascii() and c.isalnum() else " "
                                for c in changes["name_en"].lower()).split())[:30] or "crop"
        code, n = base, 2
        while code in taken:
            code, n = f"{base}_{n}", n + 1
        crop = Crop(code=code, alt_unit="", notes="", **changes)
        session.add(crop)
        session.flush()
        linked = _link_products(session, crop, product_ids)
        audit.record(session, "plot_crop_add", who.operator_id, crop.code,
                     new={k: v for k, v in changes.items()}, products=linked)
        mark_changed(session, TOPIC, "catalog")
        return crop_info(crop)


def update_crop(db: Database, who: SignedIn, crop_id: int, *, days_to_first_harvest: object = None,
                harvest_window_days: object = None, poor_seasons: Iterable[str] | None = None,
                family: str | None = None, spacing_cm: str | None = None,
                colour: str | None = None, name_th: str | None = None,
                name_en: str | None = None, start_from: str | None = None,
                sale_unit: str | None = None,
                product_ids: Iterable[int] | None = None) -> CropInfo:
    """Staff correct the catalogue (day counts, seasons, names, colour, linked products)."""
    _require_staff(who)
    changes = _crop_changes(dict(
        name_th=name_th, name_en=name_en, family=family, start_from=start_from,
        days_to_first_harvest=days_to_first_harvest, harvest_window_days=harvest_window_days,
        sale_unit=sale_unit, spacing_cm=spacing_cm,
        poor_seasons=None if poor_seasons is None else tuple(poor_seasons), colour=colour),
        creating=False)
    with db.unit_of_work() as session:
        crop = session.get(Crop, crop_id)
        if crop is None:
            raise NotFound(tr("This crop does not exist."))
        for key in ("name_th", "name_en"):
            if key in changes and session.scalar(select(Crop.id).where(
                    Crop.id != crop.id, or_(func.lower(Crop.name_th) == changes[key].lower(),
                                            func.lower(Crop.name_en) == changes[key].lower()))):
                raise InvalidInput(tr("There is already a crop with that name."))
        old = {k: getattr(crop, k) for k in changes}
        for key, value in changes.items():
            setattr(crop, key, value)
        linked = _link_products(session, crop, product_ids)
        audit.record(session, "plot_crop_change", who.operator_id, crop.code, old=old, new=changes,
                     products=linked if product_ids is not None else None)
        mark_changed(session, TOPIC, "catalog")
        return crop_info(crop)


# -- plantings --------------------------------------------------------------------------
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
        found.append(PlotWarning("overlap", tr(
            "{crop} already grows in this part of the bed from {start} to {end}.").format(
            crop=other.crop_label, start=format_date(other.start_on), end=format_date(other.end_on))))
    gaps = settings.get(session, "rotation_gap_days") or {}
    for other in rotation_clashes(occupancy, others, gaps):
        found.append(PlotWarning("rotation", tr(
            "{crop} ({family}) left this bed on {end}: the same family should rest "
            "{days} days.").format(crop=other.crop_label, family=other.family,
                                   end=format_date(other.end_on), days=gaps.get(crop.family))))
    boundaries = settings.get(session, "season_boundaries")
    poor = {s for s in (crop.poor_seasons or "").split(";") if s}
    for season in SEASONS:
        if season in poor and season in seasons_between(occupancy.start_on, harvest_from, boundaries):
            found.append(PlotWarning("season", tr("{crop} does poorly in the {season}.").format(
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
    start = 0 if from_cm in (None, "") else _int_cm(from_cm, tr("Part of the bed"))
    end = long_cm if to_cm in (None, "") else _int_cm(to_cm, tr("Part of the bed"))
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
        return PlantingPlan(first, last, _warnings(session, crop, occupancy, first))


def create_planting(db: Database, who: SignedIn, crop_id: int, bed_id: int, start_on: date, *,
                    from_cm: object = None, to_cm: object = None, method: str | None = None,
                    harvest_from: date | None = None, harvest_to: date | None = None,
                    expected_yield: object = None, yield_unit: str | None = None,
                    notes: str = "", assignee_id: int | None = None,
                    with_tasks: bool = True) -> PlantingResult:
    """Plan a planting: harvest window from the crop (or given), default tasks, warnings."""
    _require_staff(who)
    with db.unit_of_work() as session:
        crop, bed = _resolve(session, crop_id, bed_id)
        first, last = _dates(crop, start_on, harvest_from, harvest_to)
        start, end = _part(bed, from_cm, to_cm)
        chosen_method = method or ("sow" if crop.start_from == "seed" else "transplant")
        if chosen_method not in METHODS:
            raise InvalidInput(tr("Unknown way of planting."))
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
        mark_changed(session, TOPIC)
        return PlantingResult(planting_info(planting, crop, bed), warnings, count)


def reschedule_planting(db: Database, who: SignedIn, planting_id: int, start_on: date,
                        harvest_from: date | None = None,
                        harvest_to: date | None = None) -> PlantingResult:
    """Move a planting's dates; its open tasks move by the same number of days."""
    _require_staff(who)
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
        mark_changed(session, TOPIC)
        return PlantingResult(planting_info(planting, crop, bed), warnings, 0)


def set_planting_status(db: Database, who: SignedIn, planting_id: int, status: str,
                        reason: str = "", on: date | None = None) -> PlantingInfo:
    """Move a planting along (sown, growing, harvesting, done) or mark it failed."""
    _require_staff(who)
    if status not in STATUSES:
        raise InvalidInput(tr("Unknown status."))
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
        mark_changed(session, TOPIC)
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
        return planting_info(*row, harvested=_qty(harvested))


def _qty(raw: object) -> Decimal:
    """A SUM over a QuantityType column comes back as thousandths (or None)."""
    if raw is None:
        return Decimal("0.000")
    if isinstance(raw, Decimal):
        return raw
    return (Decimal(int(raw)) / 1000).quantize(Decimal("0.001"))


# -- tasks -------------------------------------------------------------------------------
def add_task(db: Database, who: SignedIn, kind: str, due_on: date, *,
             planting_id: int | None = None, bed_id: int | None = None, note: str = "",
             assignee_id: int | None = None, every_days: int = 0,
             until: date | None = None) -> list[int]:
    """A task (or a series: every ``every_days`` until ``until``) for a planting or bed."""
    _require_staff(who)
    if kind not in TASK_KINDS:
        raise InvalidInput(tr("Unknown kind of task."))
    if not isinstance(due_on, date):
        raise InvalidInput(tr("Please choose a date."))
    if every_days < 0 or (every_days and (until is None or until < due_on)):
        raise InvalidInput(tr("A repeating task needs an end date after its first day."))
    if every_days and (until - due_on).days // every_days > 366:
        raise InvalidInput(tr("That would make more than a year of tasks."))
    note = plot_bounds.check_text(note, "task_note", tr("note"))
    with db.unit_of_work() as session:
        if planting_id is not None:
            planting = session.get(Planting, planting_id)
            if planting is None:
                raise InvalidInput(tr("This planting does not exist."))
            bed_id = planting.bed_id
        if bed_id is not None and session.get(Bed, bed_id) is None:
            raise InvalidInput(tr("This bed does not exist."))
        if assignee_id is not None and session.get(Participant, assignee_id) is None:
            raise InvalidInput(tr("This participant does not exist."))
        days = [due_on]
        if every_days:
            days = [due_on + timedelta(days=d) for d in range(0, (until - due_on).days + 1,
                                                              every_days)]
        tasks = [PlotTask(kind=kind, due_on=d, planting_id=planting_id, bed_id=bed_id,
                          note=note.strip(), assignee_id=assignee_id) for d in days]
        session.add_all(tasks)
        session.flush()
        audit.record(session, "plot_task_add", who.operator_id, kind, count=len(tasks),
                     first=due_on.isoformat())
        mark_changed(session, TOPIC)
        return [t.id for t in tasks]


def assign_task(db: Database, who: SignedIn, task_id: int, participant_id: int | None) -> None:
    _require_staff(who)
    with db.unit_of_work() as session:
        task = session.get(PlotTask, task_id)
        if task is None:
            raise NotFound(tr("This task does not exist."))
        if participant_id is not None and session.get(Participant, participant_id) is None:
            raise InvalidInput(tr("This participant does not exist."))
        task.assignee_id = participant_id
        mark_changed(session, TOPIC)


def mark_task_done(db: Database, who: SignedIn, task_id: int, done: bool = True) -> None:
    """Tick a task done (or undo a tick); anyone signed in may, it records who."""
    with db.unit_of_work() as session:
        task = session.get(PlotTask, task_id)
        if task is None:
            raise NotFound(tr("This task does not exist."))
        if done:
            task.done_at, task.done_by_id = utc_now(), who.operator_id
            if task.planting_id and task.kind in ("sow", "transplant"):
                planting = session.get(Planting, task.planting_id)
                if planting is not None and planting.status == "planned":
                    planting.status = "sown"
        else:
            task.done_at, task.done_by_id = None, None
        mark_changed(session, TOPIC)


# -- training ------------------------------------------------------------------------------
def _check_people(session: Session, participant_ids: Iterable[int]) -> list[int]:
    ids = sorted(set(participant_ids))
    found = set(session.scalars(select(Participant.id).where(Participant.id.in_(ids))))
    if len(found) != len(ids):
        raise InvalidInput(tr("This participant does not exist."))
    return ids


def add_training(db: Database, who: SignedIn, held_on: date, topic: str, trainer: str,
                 participant_ids: Iterable[int] = ()) -> int:
    _require_staff(who)
    if not isinstance(held_on, date):
        raise InvalidInput(tr("Please choose a date."))
    if not topic.strip():
        raise InvalidInput(tr("Please enter the topic."))
    if not trainer.strip():
        raise InvalidInput(tr("Please enter the trainer."))
    topic = plot_bounds.check_text(topic, "topic", tr("topic"))
    trainer = plot_bounds.check_text(trainer, "trainer", tr("trainer"))
    with db.unit_of_work() as session:
        ids = _check_people(session, participant_ids)
        training = TrainingSession(held_on=held_on, topic=topic.strip(), trainer=trainer.strip(),
                                   notes="")
        session.add(training)
        session.flush()
        session.add_all(TrainingAttendance(session_id=training.id, participant_id=p) for p in ids)
        audit.record(session, "plot_training_add", who.operator_id, topic.strip(),
                     held_on=held_on.isoformat(), attendees=len(ids))
        mark_changed(session, TOPIC, "training")
        return training.id


def set_attendance(db: Database, who: SignedIn, session_id: int,
                   participant_ids: Iterable[int]) -> None:
    """Who came to a training session (replaces the list)."""
    _require_staff(who)
    with db.unit_of_work() as session:
        if session.get(TrainingSession, session_id) is None:
            raise NotFound(tr("This training session does not exist."))
        ids = _check_people(session, participant_ids)
        session.execute(delete(TrainingAttendance).where(TrainingAttendance.session_id == session_id))
        session.add_all(TrainingAttendance(session_id=session_id, participant_id=p) for p in ids)
        mark_changed(session, TOPIC, "training")


def trainings_between(db: Database, first: date, last: date) -> list[TrainingInfo]:
    with db.reading() as session:
        return _trainings(session, first, last)


def _trainings(session: Session, first: date, last: date) -> list[TrainingInfo]:
    sessions = session.scalars(select(TrainingSession).where(
        TrainingSession.held_on.between(first, last)).order_by(TrainingSession.held_on)).all()
    if not sessions:
        return []
    people: dict[int, list[tuple[int, str]]] = {s.id: [] for s in sessions}
    for sid, pid, name, nick in session.execute(
            select(TrainingAttendance.session_id, Participant.id, Participant.name_th,
                   Participant.nickname)
            .join(Participant, Participant.id == TrainingAttendance.participant_id)
            .where(TrainingAttendance.session_id.in_(people))):
        people[sid].append((pid, short_name(name, nick)))
    return [TrainingInfo(s.id, s.held_on, s.topic, s.trainer,
                         tuple(p for p, _ in people[s.id]), tuple(n for _, n in people[s.id]))
            for s in sessions]


def training_attended(db: Database, participant_id: int, year: int, month: int) -> list[TrainingInfo]:
    """The training sessions a participant came to in a month (for their statement)."""
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return [t for t in trainings_between(db, first, last) if participant_id in t.attendee_ids]


# -- harvests ------------------------------------------------------------------------------
def harvest_units(db: Database, planting_id: int) -> list[tuple[int, str]]:
    """(product id, unit) a planting's harvest can be recorded in: its crop's products."""
    with db.reading() as session:
        planting = session.get(Planting, planting_id)
        if planting is None:
            raise NotFound(tr("This planting does not exist."))
        return [(p.id, p.unit) for p in session.scalars(
            select(Product).where(Product.crop_id == planting.crop_id, Product.active.is_(True))
            .order_by(Product.sort_order, Product.id))]


def record_harvest(db: Database, who: SignedIn, planting_id: int, quantity: object,
                   unit: str | None = None, harvested_by: int | None = None,
                   on: date | None = None) -> HarvestInfo:
    """Log a harvest and add it to the sale product's stock, in one unit of work."""
    if isinstance(quantity, str):
        amount = parse_quantity(quantity)
    elif isinstance(quantity, (Decimal, int)) and not isinstance(quantity, bool):
        amount = to_quantity(quantity)
    else:
        raise InvalidInput(tr("Please enter a quantity."))
    if amount <= 0:
        raise InvalidInput(tr("The harvest must be more than zero."))
    with db.unit_of_work() as session:
        planting = session.get(Planting, planting_id) if planting_id else None
        if planting is None:
            raise InvalidInput(tr("This planting does not exist."))
        if planting.status == "failed":
            raise InvalidInput(tr("This planting failed; nothing to harvest."))
        products = session.scalars(select(Product).where(
            Product.crop_id == planting.crop_id, Product.active.is_(True))
            .order_by(Product.sort_order, Product.id)).all()
        product = next((p for p in products if unit is None or p.unit == unit), None)
        if product is None:
            raise InvalidInput(tr("No sale product for this crop in that unit: "
                                  "add one before recording the harvest."))
        if harvested_by is not None and session.get(Participant, harvested_by) is None:
            raise InvalidInput(tr("This participant does not exist."))
        plot_bounds.check_quantity(amount, product.unit)
        plot_bounds.check_harvest_date(on or today(), planting.start_on)
        harvest = Harvest(planting_id=planting.id, product_id=product.id, quantity=amount,
                          unit=product.unit, harvested_on=on or today(),
                          harvested_by_id=harvested_by, recorded_by_id=who.operator_id,
                          at=utc_now())
        session.add(harvest)
        session.flush()
        stock.add_movement(session, product.id, amount, "harvest", f"harvest:{harvest.id}",
                           who.operator_id)
        if planting.status in ("planned", "sown", "growing"):
            planting.status = "harvesting"
        for task in session.scalars(select(PlotTask).where(
                PlotTask.planting_id == planting.id, PlotTask.kind == "harvest",
                PlotTask.done_at.is_(None), PlotTask.due_on <= harvest.harvested_on)):
            task.done_at, task.done_by_id = utc_now(), who.operator_id
        session.flush()
        level = stock.level(session, product.id)
        mark_changed(session, TOPIC)
        return HarvestInfo(harvest.id, planting.id, product.id, amount, product.unit,
                           harvest.harvested_on, level)


# -- people ------------------------------------------------------------------------------
def participants(db: Database) -> list[PersonInfo]:
    """Active participants, for assigning tasks and attendance."""
    with db.reading() as session:
        rows = session.execute(select(Participant.id, Participant.name_th, Participant.nickname)
                               .where(Participant.active.is_(True)).order_by(Participant.name_th))
        return [PersonInfo(i, display_name(name, nick)) for i, name, nick in rows]


# -- invariants --------------------------------------------------------------------------
@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "every harvest is in stock"))
def _check_harvests(session: Session) -> list[str]:
    moved = {ref: qty for ref, qty in session.execute(
        select(StockMovement.reference, StockMovement.quantity).where(
            StockMovement.reason == "harvest", StockMovement.reference.like("harvest:%")))}
    problems = []
    for hid, quantity in session.execute(select(Harvest.id, Harvest.quantity)):
        if moved.get(f"harvest:{hid}") != quantity:
            problems.append(f"harvest {hid} has no matching stock movement")
    return problems


@invariant(QT_TRANSLATE_NOOP("QCoreApplication", "plot beds inside the plot, not overlapping; plantings in order"))
def _check_plot(session: Session) -> list[str]:
    problems = []
    beds = session.scalars(select(Bed).where(Bed.archived.is_(False))).all()
    for i, a in enumerate(beds):
        if (a.x_cm < 0 or a.y_cm < 0 or a.x_cm + a.length_cm > PLOT_LENGTH_CM
                or a.y_cm + a.width_cm > PLOT_WIDTH_CM):
            problems.append(f"bed {a.name} leaves the plot")
        for b in beds[i + 1:]:
            if (spans_overlap(a.x_cm, a.x_cm + a.length_cm, b.x_cm, b.x_cm + b.length_cm)
                    and spans_overlap(a.y_cm, a.y_cm + a.width_cm, b.y_cm, b.y_cm + b.width_cm)):
                problems.append(f"beds {a.name} and {b.name} overlap")
    bad = session.scalars(select(Planting.id).where(or_(
        Planting.harvest_from <= Planting.start_on, Planting.harvest_to < Planting.harvest_from,
        Planting.status.not_in(STATUSES)))).all()
    problems += [f"planting {i} has its dates or status out of order" for i in bad]
    return problems
