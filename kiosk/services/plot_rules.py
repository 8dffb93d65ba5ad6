"""The plot's rules as plain functions (no database): seasons, harvest windows,
space and rotation clashes, and the tasks a crop needs.

Everything here takes and returns plain values so it can be tested with
hypothesis and reused by the views, the warnings and the benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.errors import InvalidInput
from kiosk.i18n import current_language, tr

# The donated plot: 12 m along x, 6 m across y.
PLOT_LENGTH_CM = 1200
PLOT_WIDTH_CM = 600

SEASONS = ("hot", "rainy", "cool")
STATUSES = ("planned", "sown", "growing", "harvesting", "done", "failed")
ENDED_STATUSES = ("done", "failed")
TASK_KINDS = ("sow", "transplant", "water", "compost", "weed", "pest", "harvest", "other")
METHODS = ("sow", "transplant")

# Long-cropping plants (basil, chili) would otherwise get a year of watering
# rows at once; later rounds are added by staff when the first run out.
MAX_RECURRING_DAYS = 90
_MMDD = re.compile(r"^(\d{2})-(\d{2})$")


def season_label(season: str) -> str:
    return {"hot": tr("hot season"), "rainy": tr("rainy season"),
            "cool": tr("cool season")}.get(season, season)


def status_label(status: str) -> str:
    return {"planned": tr("planned"), "sown": tr("sown"), "growing": tr("growing"),
            "harvesting": tr("harvesting"), "done": tr("done"),
            "failed": tr("failed")}.get(status, status)


def task_label(kind: str) -> str:
    return {"sow": tr("Sow"), "transplant": tr("Plant out"), "water": tr("Water"),
            "compost": tr("Compost"), "weed": tr("Weed"), "pest": tr("Pest check"),
            "harvest": tr("Harvest"), "other": tr("Other task")}.get(kind, kind)


def method_label(method: str) -> str:
    return {"sow": tr("sow seed"), "transplant": tr("plant out")}.get(method, method)


def remedy(family: str) -> str:
    """A non-chemical remedy to try when the pest check finds trouble."""
    by_family = {
        "Brassicaceae": tr("Look under the leaves for caterpillars and flea beetles; "
                           "pick them off and spray neem seed extract."),
        "Solanaceae": tr("Look for thrips and mites; spray wood vinegar or neem, "
                         "pull out sick plants."),
        "Cucurbitaceae": tr("Look for leaf beetles; hang yellow sticky traps, spray neem."),
        "Fabaceae": tr("Look for aphids and pod borers; spray garlic and chili water."),
        "Apiaceae": tr("Look for rot at the base; keep the bed drained, "
                       "remove sick plants, add Trichoderma."),
        "Amaryllidaceae": tr("Look for leaf fungus; keep the bed drained, "
                             "remove sick leaves, add Trichoderma."),
    }
    return by_family.get(family, tr("Look for pests; pick them off by hand, "
                                    "spray neem seed extract."))


def crop_name(name_th: str, name_en: str) -> str:
    return name_th if current_language() == "th" else name_en


# -- seasons -------------------------------------------------------------------
def parse_boundaries(boundaries: dict[str, str]) -> dict[str, tuple[int, int]]:
    """{"hot": "02-15", ...} -> {"hot": (2, 15), ...}; each value is the season's first day."""
    parsed: dict[str, tuple[int, int]] = {}
    for season in SEASONS:
        text = str(boundaries.get(season, ""))
        match = _MMDD.match(text)
        if not match:
            raise InvalidInput(tr("Season start dates are written as MM-DD, e.g. 02-15."))
        month, day = int(match.group(1)), int(match.group(2))
        try:
            date(2024, month, day)  # a leap year accepts 02-29
        except ValueError as exc:
            raise InvalidInput(tr("Season start dates are written as MM-DD, e.g. 02-15.")) from exc
        parsed[season] = (month, day)
    if len(set(parsed.values())) != len(parsed):
        raise InvalidInput(tr("Two seasons cannot start on the same day."))
    return parsed


def season_of(day: date, boundaries: dict[str, str]) -> str:
    """The season ``day`` falls in: the one that started most recently."""
    starts = sorted(parse_boundaries(boundaries).items(), key=lambda kv: kv[1])
    current = starts[-1][0]  # before the first start of the year: last year's last season
    for season, (month, dom) in starts:
        if (day.month, day.day) >= (month, dom):
            current = season
    return current


def seasons_between(first: date, last: date, boundaries: dict[str, str]) -> set[str]:
    """Every season touched by the days first..last (inclusive)."""
    if last < first:
        return set()
    found = {season_of(first, boundaries)}
    parsed = parse_boundaries(boundaries)
    for year in range(first.year, last.year + 1):
        for season, (month, dom) in parsed.items():
            start = date(year, month, min(dom, 28 if month == 2 else dom))
            if first <= start <= last:
                found.add(season)
    return found


# -- harvest windows -------------------------------------------------------------
def harvest_window(start_on: date, days_to_first_harvest: int,
                   harvest_window_days: int) -> tuple[date, date]:
    """First and last day of harvest for a planting started on ``start_on``."""
    first = start_on + timedelta(days=days_to_first_harvest)
    return first, first + timedelta(days=max(harvest_window_days, 1) - 1)


# -- clashes ---------------------------------------------------------------------
@dataclass(frozen=True)
class Occupancy:
    """A planting seen as a block of bed and time (for clash checks)."""

    planting_id: int | None
    bed_id: int
    from_cm: int
    to_cm: int
    start_on: date
    end_on: date  # last day it occupies the bed
    family: str
    crop_label: str


def spans_overlap(a_from: int, a_to: int, b_from: int, b_to: int) -> bool:
    """Half-open [from, to) ranges share some length."""
    return a_from < b_to and b_from < a_to


def days_overlap(a_first: date, a_last: date, b_first: date, b_last: date) -> bool:
    return a_first <= b_last and b_first <= a_last


def space_clashes(new: Occupancy, others: list[Occupancy]) -> list[Occupancy]:
    """Other plantings in the same part of the same bed at the same time."""
    return [o for o in others
            if o.planting_id != new.planting_id and o.bed_id == new.bed_id
            and spans_overlap(new.from_cm, new.to_cm, o.from_cm, o.to_cm)
            and days_overlap(new.start_on, new.end_on, o.start_on, o.end_on)]


def rotation_clashes(new: Occupancy, others: list[Occupancy],
                     gaps: dict[str, int]) -> list[Occupancy]:
    """Earlier plantings of the same family there that ended less than the gap before."""
    gap = int(gaps.get(new.family, 0) or 0)
    if gap <= 0:
        return []
    return [o for o in others
            if o.planting_id != new.planting_id and o.bed_id == new.bed_id
            and o.family == new.family
            and spans_overlap(new.from_cm, new.to_cm, o.from_cm, o.to_cm)
            and o.end_on < new.start_on and (new.start_on - o.end_on).days < gap]


# -- tasks -------------------------------------------------------------------------
@dataclass(frozen=True)
class PlannedTask:
    kind: str
    due_on: date


def water_every(season: str) -> int:
    """Days between waterings: daily in the hot season, every 2 days in the cool
    season; in the rainy season the rain waters (0: none)."""
    return {"hot": 1, "cool": 2}.get(season, 0)


def default_tasks(method: str, start_on: date, harvest_from: date, harvest_to: date,
                  boundaries: dict[str, str]) -> list[PlannedTask]:
    """The tasks a new planting gets: compost before, sow or plant out, watering by
    season, weeding every 2 weeks and a pest check every week until harvest,
    and the first harvest."""
    tasks = [PlannedTask("compost", start_on - timedelta(days=3)),
             PlannedTask("sow" if method == "sow" else "transplant", start_on)]
    last_water = min(harvest_to, start_on + timedelta(days=MAX_RECURRING_DAYS))
    day = start_on + timedelta(days=1)
    since_water = 99
    while day <= last_water:
        every = water_every(season_of(day, boundaries))
        if every and since_water >= every:
            tasks.append(PlannedTask("water", day))
            since_water = 0
        since_water += 1
        day += timedelta(days=1)
    for offset in range(14, (harvest_from - start_on).days, 14):
        tasks.append(PlannedTask("weed", start_on + timedelta(days=offset)))
    for offset in range(7, (harvest_from - start_on).days, 7):
        tasks.append(PlannedTask("pest", start_on + timedelta(days=offset)))
    tasks.append(PlannedTask("harvest", harvest_from))
    return sorted(tasks, key=lambda t: (t.due_on, TASK_KINDS.index(t.kind)))
