"""Beds, plantings, tasks, training and harvests on the 6 x 12 m plot.

Coordinates are whole centimetres from the plot's top-left corner: ``x``
runs along the plot's 1200 cm length, ``y`` across its 600 cm width.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models.base import Base, QuantityType, UTCDateTime


class Bed(Base):
    """A rectangle of the plot where things grow (or the seedling nursery)."""

    __tablename__ = "plot_beds"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12), default="bed")  # bed, nursery
    x_cm: Mapped[int] = mapped_column(Integer)
    y_cm: Mapped[int] = mapped_column(Integer)
    length_cm: Mapped[int] = mapped_column(Integer)  # along x
    width_cm: Mapped[int] = mapped_column(Integer)  # along y
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # counts edits: a save names the version it was made from (two terminals)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Planting(Base):
    """A crop in (part of) a bed from sowing or transplanting to its last harvest."""

    __tablename__ = "plot_plantings"
    __table_args__ = (
        Index("ix_plot_plantings_bed", "bed_id", "start_on"),
        Index("ix_plot_plantings_dates", "start_on", "harvest_to"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    crop_id: Mapped[int] = mapped_column(ForeignKey("crops.id"))
    bed_id: Mapped[int] = mapped_column(ForeignKey("plot_beds.id"))
    # the part of the bed along its long side, in cm from its start
    from_cm: Mapped[int] = mapped_column(Integer)
    to_cm: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(12))  # sow, transplant
    start_on: Mapped[date] = mapped_column(Date)
    harvest_from: Mapped[date] = mapped_column(Date)
    harvest_to: Mapped[date] = mapped_column(Date)
    expected_yield: Mapped[Decimal | None] = mapped_column(QuantityType, nullable=True)
    yield_unit: Mapped[str] = mapped_column(String(20), default="kg")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # done or failed
    failed_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)


class PlotTask(Base):
    """Something to do on a day: for a planting, for a bed, or for the whole plot."""

    __tablename__ = "plot_tasks"
    __table_args__ = (
        Index("ix_plot_tasks_due", "due_on"),
        Index("ix_plot_tasks_planting", "planting_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # sow, transplant, water, compost, weed, pest, harvest, other
    due_on: Mapped[date] = mapped_column(Date)
    planting_id: Mapped[int | None] = mapped_column(ForeignKey("plot_plantings.id"), nullable=True)
    bed_id: Mapped[int | None] = mapped_column(ForeignKey("plot_beds.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. the non-chemical remedy
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)


class TrainingSession(Base):
    __tablename__ = "plot_training_sessions"
    __table_args__ = (Index("ix_plot_training_sessions_held_on", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(160))
    trainer: Mapped[str] = mapped_column(String(120))
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingAttendance(Base):
    __tablename__ = "plot_training_attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id",
                                       name="uq_plot_training_attendance_session_participant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("plot_training_sessions.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))


class Harvest(Base):
    """What came off a planting; the same unit of work adds it to stock. Append-only."""

    __tablename__ = "plot_harvests"
    __table_args__ = (Index("ix_plot_harvests_planting", "planting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    planting_id: Mapped[int] = mapped_column(ForeignKey("plot_plantings.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(QuantityType)
    unit: Mapped[str] = mapped_column(String(20))
    harvested_on: Mapped[date] = mapped_column(Date)
    harvested_by_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), nullable=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
