"""The plot's beds: where they lie, their sizes, archiving and deleting.

Each public function that writes is one unit of work."""

from __future__ import annotations


from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.db import Database, mark_changed
from kiosk.errors import InvalidInput, NotFound
from kiosk.i18n import tr
from kiosk.models.plot import Bed, Planting, PlotTask
from kiosk.services import audit, row_versions
from kiosk.services.auth import SignedIn
from kiosk.services.plot_bounds import whole_cm
from kiosk.services.plot_changes import require_staff
from kiosk.services.plot_results import BedInfo
from kiosk.services.plot_rules import ENDED_STATUSES, PLOT_LENGTH_CM, PLOT_WIDTH_CM, spans_overlap
from kiosk.topics import Topic


def bed_info(bed: Bed) -> BedInfo:
    return BedInfo(id=bed.id, name=bed.name, kind=bed.kind, x_cm=bed.x_cm, y_cm=bed.y_cm,
                   length_cm=bed.length_cm, width_cm=bed.width_cm, archived=bed.archived,
                   version=bed.version)


def list_beds(db: Database, include_archived: bool = False) -> list[BedInfo]:
    with db.reading() as session:
        query = select(Bed).order_by(Bed.sort_order, Bed.name)
        if not include_archived:
            query = query.where(Bed.archived.is_(False))
        return [bed_info(b) for b in session.scalars(query)]


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
    require_staff(who)
    x, y = whole_cm(x_cm, tr("Position")), whole_cm(y_cm, tr("Position"))
    length, width = whole_cm(length_cm, tr("Length")), whole_cm(width_cm, tr("Width"))
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
        mark_changed(session, Topic.PLOT)
        return bed_info(bed)


def update_bed(db: Database, who: SignedIn, bed_id: int, *, name: str | None = None,
               x_cm: object = None, y_cm: object = None, length_cm: object = None,
               width_cm: object = None, expected_version: int | None = None) -> BedInfo:
    """Move, resize or rename a bed (by dragging or by typing sizes).

    ``expected_version``: the bed's version the change was made on; refused
    (row_versions.ChangedMeanwhile) if another terminal saved the bed since."""
    require_staff(who)
    with db.unit_of_work() as session:
        bed = session.get(Bed, bed_id)
        if bed is None or bed.archived:
            raise NotFound(tr("This bed does not exist."))
        new_name = bed.name if name is None else name.strip()
        x = bed.x_cm if x_cm is None else whole_cm(x_cm, tr("Position"))
        y = bed.y_cm if y_cm is None else whole_cm(y_cm, tr("Position"))
        length = bed.length_cm if length_cm is None else whole_cm(length_cm, tr("Length"))
        width = bed.width_cm if width_cm is None else whole_cm(width_cm, tr("Width"))
        _validate_bed(session, new_name, x, y, length, width, bed_id=bed.id)
        new_long = max(length, width)
        longest_use = session.scalar(select(func.max(Planting.to_cm)).where(
            Planting.bed_id == bed.id, Planting.status.not_in(ENDED_STATUSES))) or 0
        if longest_use > new_long:
            raise InvalidInput(tr("Plantings use {cm} cm of this bed; it cannot be shorter.").format(
                cm=longest_use))
        row_versions.claim(bed, expected_version)
        old = (bed.x_cm, bed.y_cm, bed.length_cm, bed.width_cm)
        bed.name, bed.x_cm, bed.y_cm, bed.length_cm, bed.width_cm = new_name, x, y, length, width
        audit.record(session, "plot_bed_change", who.operator_id, bed.name,
                     old=list(old), new=[x, y, length, width])
        mark_changed(session, Topic.PLOT)
        return bed_info(bed)


def archive_bed(db: Database, who: SignedIn, bed_id: int) -> None:
    """Take a bed off the map; its history stays."""
    require_staff(who)
    with db.unit_of_work() as session:
        bed = session.get(Bed, bed_id)
        if bed is None:
            raise NotFound(tr("This bed does not exist."))
        bed.archived = True
        audit.record(session, "plot_bed_archive", who.operator_id, bed.name)
        mark_changed(session, Topic.PLOT)


def delete_bed(db: Database, who: SignedIn, bed_id: int) -> None:
    """Delete a bed that never had anything in it; otherwise refuse (archive it)."""
    require_staff(who)
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
        mark_changed(session, Topic.PLOT)
