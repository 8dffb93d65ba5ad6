"""The crop catalogue and the sale products each crop is linked to.

Each public function that writes is one unit of work."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk.db import Database, mark_changed
from kiosk.errors import InternalError, InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models import Crop, Product
from kiosk.services import audit, inputs
from kiosk.services.auth import SignedIn
from kiosk.services.plot_changes import require_staff
from kiosk.services.plot_rules import SEASONS, crop_name
from kiosk.topics import Topic
from kiosk.units import UNITS


@dataclass(frozen=True, kw_only=True)
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


def crop_info(crop: Crop) -> CropInfo:
    seasons = tuple(s for s in (crop.poor_seasons or "").split(";") if s)
    return CropInfo(id=crop.id, code=crop.code, name_th=crop.name_th, name_en=crop.name_en,
                    family=crop.family, start_from=crop.start_from,
                    days_to_first_harvest=crop.days_to_first_harvest,
                    harvest_window_days=crop.harvest_window_days, spacing_cm=crop.spacing_cm,
                    sale_unit=crop.sale_unit, alt_unit=crop.alt_unit, poor_seasons=seasons,
                    colour=crop.colour, notes=crop.notes)


def list_crops(db: Database) -> list[CropInfo]:
    with db.reading() as session:
        return [crop_info(c) for c in session.scalars(select(Crop).order_by(Crop.name_th))]


START_FROM = ("seed", "seedling", "bulb", "cutting")
SALE_UNITS = UNITS
BROADCAST = "broadcast"  # seed scattered over the bed, no rows
_HEX = "0123456789abcdefABCDEF"


@dataclass(frozen=True, kw_only=True)
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
        return [ProductLink(id=i, name=crop_name(th, en), unit=unit, crop_id=crop)
                for i, th, en, unit, crop in rows]


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
        # what the font cannot draw (a lone surrogate SQLite cannot even store) is refused
        changes[key] = inputs.text(text, max_len=60 if key == "family" else 80,
                                   too_long=tr("That name is too long."))
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
            raise InternalError(f"unknown seasons {sorted(given - set(SEASONS))}")
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
    require_staff(who)
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
        mark_changed(session, Topic.PLOT, Topic.CATALOG)
        return crop_info(crop)


def update_crop(db: Database, who: SignedIn, crop_id: int, *, days_to_first_harvest: object = None,
                harvest_window_days: object = None, poor_seasons: Iterable[str] | None = None,
                family: str | None = None, spacing_cm: str | None = None,
                colour: str | None = None, name_th: str | None = None,
                name_en: str | None = None, start_from: str | None = None,
                sale_unit: str | None = None,
                product_ids: Iterable[int] | None = None) -> CropInfo:
    """Staff correct the catalogue (day counts, seasons, names, colour, linked products)."""
    require_staff(who)
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
        mark_changed(session, Topic.PLOT, Topic.CATALOG)
        return crop_info(crop)
