"""Settings > Plot: rotation gaps per plant family and the seasons' start dates.

``save_plot_settings`` checks everything first, then stores both settings
through ``settings.change`` (one audited unit of work).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kiosk.db import Database
from kiosk.errors import InvalidInput
from kiosk.i18n import tr
from kiosk.models import Crop
from kiosk.services import settings
from kiosk.services.auth import SignedIn
from kiosk.services.plot_changes import require_staff
from kiosk.services.plot_rules import SEASONS, parse_boundaries

MAX_GAP_DAYS = 730


@dataclass(frozen=True)
class PlotSettings:
    rotation_gap_days: dict[str, int]  # every family in the catalogue (0: no rest)
    season_boundaries: dict[str, str]  # season -> "MM-DD", its first day


def load_plot_settings(db: Database) -> PlotSettings:
    """The stored values, with every crop family listed (0 days if none is set)."""
    with db.reading() as session:
        gaps = dict(settings.get(session, "rotation_gap_days") or {})
        boundaries = dict(settings.get(session, "season_boundaries"))
        families = set(session.scalars(select(Crop.family).distinct()))
    every = {family: int(gaps.get(family, 0) or 0) for family in sorted(families | set(gaps))}
    return PlotSettings(every, {s: str(boundaries.get(s, "")) for s in SEASONS})


def validate_plot_settings(gaps: dict[str, object],
                           boundaries: dict[str, str]) -> tuple[dict[str, int], dict[str, str]]:
    """What to store; InvalidInput (in the user's language) if anything is wrong."""
    clean: dict[str, int] = {}
    for family, value in gaps.items():
        try:
            days = int(str(value).strip())
        except ValueError:
            raise InvalidInput(tr("{family}: the rest is a whole number of days.").format(
                family=family)) from None
        if not 0 <= days <= MAX_GAP_DAYS:
            raise InvalidInput(tr("{family}: the rest is between 0 and {most} days.").format(
                family=family, most=MAX_GAP_DAYS))
        if days:
            clean[family] = days  # 0 days: no rest, not stored
    parse_boundaries(boundaries)  # raises with a Thai message
    return clean, {s: boundaries[s] for s in SEASONS}


def save_plot_settings(db: Database, who: SignedIn, gaps: dict[str, object],
                       boundaries: dict[str, str]) -> PlotSettings:
    require_staff(who)
    clean_gaps, clean_boundaries = validate_plot_settings(gaps, boundaries)
    settings.change(db, who.operator_id, rotation_gap_days=clean_gaps,
                    season_boundaries=clean_boundaries)
    return load_plot_settings(db)
