"""The plot's results as plain dataclasses: beds, plantings, training, the views' days and map.

Pure (no database): the services fill them, the screens and the printed
weekly schedule (kiosk.reports) read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kiosk.services.plot_rules import crop_name, remedy


@dataclass(frozen=True, kw_only=True)
class BedInfo:
    id: int
    name: str
    kind: str
    x_cm: int
    y_cm: int
    length_cm: int
    width_cm: int
    archived: bool
    version: int = 1  # what an edit names (services/row_versions)

    @property
    def long_cm(self) -> int:
        """The bed's long side: plantings take a part of it."""
        return max(self.length_cm, self.width_cm)


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class TrainingInfo:
    id: int
    held_on: date
    topic: str
    trainer: str
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]


@dataclass(frozen=True)
class TaskInfo:
    id: int
    kind: str
    due_on: date
    planting_id: int | None
    bed_id: int | None
    bed_name: str
    crop_th: str
    crop_en: str
    family: str
    note: str
    assignee_id: int | None
    assignee_name: str
    done_at: datetime | None
    done_by: str

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def crop_name(self) -> str:
        return crop_name(self.crop_th, self.crop_en) if self.crop_th else ""

    @property
    def remedy(self) -> str:
        return remedy(self.family) if self.kind == "pest" else ""


@dataclass(frozen=True)
class ReadyPlanting:
    """A planting in its harvest window today."""

    planting: PlantingInfo
    days_left: int  # until the window closes


@dataclass(frozen=True)
class TodayData:
    day: date
    harvest: tuple[ReadyPlanting, ...]
    water: tuple[TaskInfo, ...]
    tasks: tuple[TaskInfo, ...]  # everything else due today, and overdue from this week
    training: tuple[TrainingInfo, ...]


@dataclass(frozen=True)
class DayEvents:
    sown: tuple[PlantingInfo, ...] = ()
    harvest_starts: tuple[PlantingInfo, ...] = ()
    harvest_ends: tuple[PlantingInfo, ...] = ()
    task_counts: tuple[tuple[str, int, int], ...] = ()  # kind, total, done
    training: tuple[TrainingInfo, ...] = ()


@dataclass(frozen=True)
class MonthData:
    year: int
    month: int
    weeks: tuple[tuple[date, ...], ...]  # Monday first, 6 rows
    days: dict[date, DayEvents] = field(default_factory=dict)

    def events(self, day: date) -> DayEvents:
        return self.days.get(day, DayEvents())


@dataclass(frozen=True)
class WeekDay:
    day: date
    events: DayEvents
    tasks: tuple[TaskInfo, ...]


@dataclass(frozen=True)
class MapPlanting:
    planting_id: int
    crop_th: str
    crop_en: str
    colour: str
    from_cm: int
    to_cm: int
    status: str
    days_to_harvest: int  # >0 days until first harvest, <=0 harvesting now

    @property
    def crop_name(self) -> str:
        return crop_name(self.crop_th, self.crop_en)


@dataclass(frozen=True)
class MapBed:
    bed: BedInfo
    plantings: tuple[MapPlanting, ...]


@dataclass(frozen=True)
class MapData:
    day: date
    length_cm: int
    width_cm: int
    beds: tuple[MapBed, ...]


@dataclass(frozen=True)
class TimelineRow:
    bed: BedInfo
    plantings: tuple[PlantingInfo, ...]


@dataclass(frozen=True)
class ScheduleData:
    """What the printed weekly schedule shows."""

    monday: date
    stall_name: str
    map: MapData
    days: tuple[WeekDay, ...]
    ready: tuple[ReadyPlanting, ...]  # in harvest some time this week
