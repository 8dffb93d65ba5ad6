"""Participants of the programme and the operators who sign in."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.models.base import Base, UTCDateTime


class Role(str, enum.Enum):
    VENDOR = "vendor"  # sale screen and today's plot tasks
    STAFF = "staff"  # everything but settings and operators
    ADMIN = "admin"  # everything


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_th: Mapped[str] = mapped_column(String(120))
    nickname: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    national_id: Mapped[str | None] = mapped_column(String(13), nullable=True)
    photo_path: Mapped[str | None] = mapped_column(String(255), nullable=True)
    joined_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # PDPA consent: when, how, who wrote it down and which notice they were shown
    consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # the operator's id; no foreign key, as operators already point at participants
    # and a cycle would stop the demo's wipe from ordering the tables
    consent_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    consent_notice: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # set when their personal fields were replaced by a pseudonym (erasure)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    operator: Mapped[Operator | None] = relationship(back_populates="participant")


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=10,
                                            values_callable=lambda e: [m.value for m in e]))
    pin_salt: Mapped[bytes] = mapped_column(LargeBinary(32))
    pin_hash: Mapped[bytes] = mapped_column(LargeBinary(64))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # wrong staff PINs typed to approve this operator's requests (locks like sign-in)
    approval_failures: Mapped[int] = mapped_column(Integer, default=0)
    approval_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id"), nullable=True, unique=True)
    photo_path: Mapped[str | None] = mapped_column(String(255), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    participant: Mapped[Participant | None] = relationship(back_populates="operator")
