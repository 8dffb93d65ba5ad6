"""The plot's invariants: harvests are in stock; beds inside the plot and apart;
plantings with their dates and status in order."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.models import StockMovement
from kiosk.models.plot import Bed, Harvest, Planting
from kiosk.services.checks import invariant
from kiosk.services.plot_rules import PLOT_LENGTH_CM, PLOT_WIDTH_CM, STATUSES, spans_overlap


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
